"""Hostile plans end to end: `impl check`, `impl render` and `impl init` never crash.

Hypothesis mutates the three example plans the way careless editing or a hostile user
would (keys dropped, types swapped, odd Unicode, Markdown and HTML in text, very long
strings, dates at the edge of the calendar, duplicate ids, references to nothing, odd
`quickscan.negeer` entries, lines deleted or re-indented) and runs the commands through the
CLI runner. Whatever the plan, the user gets exit 0, 1 or 2 and never a traceback; a
rendered document is Markdown a viewer shows intact: every table row has its header's
column count, the Mermaid timeline is well-formed, and no HTML from the plan gets through.

Fast enough for CI; IMPL_FUZZ=20 runs twenty times as many examples for a deeper search.
Each crash found this way also has a readable test in test_regressions.py.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from copy import deepcopy
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import VOORBEELDEN, examples, run_cli
from impltool.plan.load import load_plan
from impltool.shown import visible
from markdown_checks import check_no_html, check_tables, parse_gantt, tokens_of

DAY = "2026-11-24"
SCALE = int(os.environ.get("IMPL_FUZZ", "1"))


def fuzz(full: int) -> settings:
    return settings(
        max_examples=examples(full) * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


EXAMPLES = {p.name: p.read_text(encoding="utf-8") for p in sorted(VOORBEELDEN.glob("*.yaml"))}
EXAMPLE_DATA = {name: yaml.safe_load(text) for name, text in EXAMPLES.items()}


# --- hostile values -----------------------------------------------------------------------

ODD_PIECES = [
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066x\u2069",  # isolate
    "e\u0301\u0301\u0301",  # stacked combining accents
    "\u0301",  # a combining accent with nothing to sit on
    "👩\u200d👩\u200d👧",  # emoji joined by zero-width joiners
    "🏳️\u200d🌈",
    "\u200b",  # zero-width space
    "\ufeff",  # byte order mark in the middle of text
    "\u00ad",  # soft hyphen
    "\x07\x08\x1b[31m",  # control characters and an ANSI colour code
    "\t",
    "\r",
    "\x85",  # YAML's NEL line break
    "\u2028",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",  # astral letters
    "\U0010fffd",  # the last private use character
    "|",
    "a | b",
    "||",
    "\\|",
    "<script>alert(1)</script>",
    "<b>vet</b>",
    "<!-- x -->",
    "# kop",
    "*",
    "**vet**",
    "_",
    "`",
    "```",
    "~~~",
    "[x](y)",
    "![p](x.png)",
    "---",
    "===",
    "- lijst",
    "1. lijst",
    "> citaat",
    "\n",
    "\n\n",
    "a: b",
    "key: value # comment",
    ":",
    ";",
    "%%",
    "%%{init: {}}%%",
    "section x",
    "click A1 call alert()",
    "12:30",
    "{{ 7 * 7 }}",
    "{% raw %}",
    "&amp;",
    "None",
    "null",
    "~",
    "    ingesprongen",
    " ",
    "",
]
# Very long text, built on demand (a mapped strategy keeps error reports short).
LONG = [("x", 10_000), ("woord ", 2_000), ("|", 10_000), ("é", 10_000), ("a\n", 3_000)]
long_text = st.sampled_from(LONG).map(lambda spec: spec[0] * spec[1])

plain_text = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40)
short_odd_text = st.one_of(
    st.sampled_from(ODD_PIECES),
    plain_text,
    st.lists(st.sampled_from(ODD_PIECES), min_size=2, max_size=5).map("".join),
)
# One text in ten is very long: enough to find what breaks on length, and the suite stays
# fast (parsing pages of escaped pipes is the slow part).
odd_text = st.integers(0, 9).flatmap(lambda n: long_text if n == 0 else short_odd_text)

# The same without YAML's own line breaks (U+0085, U+2028, U+2029), which the loader
# refuses on purpose: text that keeps the plan valid, so render sees it.
YAML_BREAKS = re.compile("[\x85\u2028\u2029]")
valid_odd_text = odd_text.map(lambda text: YAML_BREAKS.sub("", text))

EDGE_DATES = [
    dt.date(1, 1, 1),
    dt.date(1, 12, 31),
    dt.date(9999, 12, 31),
    dt.date(9999, 12, 30),
    dt.date(9999, 1, 1),
    dt.date(2000, 2, 29),
]
odd_dates = st.one_of(
    st.sampled_from(EDGE_DATES),
    st.dates(),
    st.sampled_from(
        ["0000-01-01", "10000-01-01", "2025-13-01", "2025-02-30", "9999-12-32", "2025-1-1"]
    ),
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    odd_text,
    odd_dates,
)
values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(
            st.one_of(st.sampled_from(["id", "wat", "naam"]), plain_text), children, max_size=3
        ),
    ),
    max_leaves=8,
)


# --- mutations of the plan structure ------------------------------------------------------

Where = tuple[Any, ...]


def all_paths(node: Any, prefix: Where = ()) -> list[Where]:
    """Every place in the plan: a dict key or a list index, at every depth."""
    found = []
    if isinstance(node, dict):
        items = list(node.items())
    elif isinstance(node, list):
        items = list(enumerate(node))
    else:
        return found
    for key, child in items:
        found.append((*prefix, key))
        found.extend(all_paths(child, (*prefix, key)))
    return found


def parent_of(data: Any, path: Where) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


def id_lists(data: Any) -> list[list[dict]]:
    """Lists whose items carry an `id`: goals, groups, activities, KPIs, own factors."""
    nodes = [data, *(parent_of(data, p)[p[-1]] for p in all_paths(data))]
    return [
        node
        for node in nodes
        if isinstance(node, list) and sum(isinstance(i, dict) and "id" in i for i in node) >= 2
    ]


REFERENCE_KEYS = {"doel", "doelgroepen", "adresseert", "betrokken_vanaf", "huidige_fase", "item"}


KINDS_KEEPING_IT_VALID = [
    *["odd_text", "odd_everywhere"] * 3,
    *["date", "reverse", "duplicate_id", "dangling", "negeer", "number"],
]
EDGE_NUMBERS = st.one_of(
    st.sampled_from([0, -1, 10**15 - 1, -(10**15) + 1, 10**15, 10**400, -(10**400)]),
    st.sampled_from([0.1, -0.0, 1.5, 1e14 + 0.5, 1e300]),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
)


# Keys whose value is free text (or a list of it); the others hold codes and vocabulary.
FREE_TEXT = {
    *("titel", "naam", "probleem", "beschrijving", "werkzame_elementen", "aanpasbaar"),
    *("eigenaar", "id", "wat", "bij_wie", "waar", "subdoelen", "rol", "wie", "boodschap"),
    *("verspreiders", "toelichting", "omschrijving", "indicator", "eenheid", "bron"),
    *("vragen", "methode", "uitvoerder", "rapportage", "financiering", "verantwoordelijke"),
    *("inbedding", "kwaliteitsbewaking", "aanleiding", "besluit", "reden"),
}


def is_free_text(data: Any, path: Where) -> bool:
    key = path[-2] if isinstance(path[-1], int) and len(path) > 1 else path[-1]
    top_level_role = path == ("rol",)  # the plan's role is vocabulary; a team role is text
    return (
        key in FREE_TEXT and not top_level_role and isinstance(parent_of(data, path)[path[-1]], str)
    )


def hostile(draw: st.DrawFn, old: Any, pieces: st.SearchStrategy[str] | None = None) -> str:
    """`old` text with a hostile piece inserted, or the piece instead of another value."""
    piece = draw(valid_odd_text if pieces is None else pieces)
    if not isinstance(old, str):
        return piece
    at = draw(st.integers(0, len(old)))
    return old[:at] + piece + old[at:]


def mutate(draw: st.DrawFn, data: Any) -> str:
    """Apply one random mutation to `data` in place; return its name for the report."""
    paths = all_paths(data)
    # Most mutations keep the plan valid, so that render gets to see the hostile text.
    kind = draw(st.sampled_from([*KINDS_KEEPING_IT_VALID, "drop", "swap", "odd"]))
    texts = [p for p in paths if is_free_text(data, p)]
    if kind == "odd_everywhere":
        for path in texts:
            if draw(st.integers(0, 3)) == 0:
                parent_of(data, path)[path[-1]] = hostile(draw, parent_of(data, path)[path[-1]])
    elif kind == "odd_text":
        if texts:
            path = draw(st.sampled_from(texts))
            parent_of(data, path)[path[-1]] = hostile(draw, parent_of(data, path)[path[-1]])
    elif kind in ("drop", "swap", "odd") and paths:
        path = draw(st.sampled_from(paths))
        parent, key = parent_of(data, path), path[-1]
        if kind == "drop":
            del parent[key]
        elif kind == "swap":
            parent[key] = deepcopy(draw(values))
        else:
            parent[key] = hostile(draw, parent[key], odd_text)
    elif kind == "date":
        dated = [p for p in paths if isinstance(parent_of(data, p)[p[-1]], dt.date)]
        if dated:
            path = draw(st.sampled_from(dated))
            parent_of(data, path)[path[-1]] = draw(odd_dates)
    elif kind == "number":
        numbers = [
            p
            for p in paths
            if isinstance(parent_of(data, p)[p[-1]], int | float)
            and not isinstance(parent_of(data, p)[p[-1]], bool)
        ]
        if numbers:
            path = draw(st.sampled_from(numbers))
            parent_of(data, path)[path[-1]] = draw(EDGE_NUMBERS)
    elif kind == "reverse":
        spans = [
            parent_of(data, p)[p[-1]]
            for p in paths
            if isinstance(parent_of(data, p)[p[-1]], dict)
            and {"start", "eind"} <= set(parent_of(data, p)[p[-1]])
        ]
        if spans:
            span = draw(st.sampled_from(spans))
            if draw(st.booleans()):  # end before start
                span["start"], span["eind"] = span["eind"], span["start"]
            else:  # the whole calendar, backwards
                span["start"], span["eind"] = dt.date(9999, 12, 31), dt.date(1, 1, 1)
    elif kind == "duplicate_id":
        lists = id_lists(data)
        if lists:
            items = draw(st.sampled_from(lists))
            with_id = [i for i in items if isinstance(i, dict) and "id" in i]
            source, target = draw(st.permutations(with_id))[:2]
            if draw(st.booleans()):
                target["id"] = source["id"]
            else:
                items.append(deepcopy(source))
    elif kind == "dangling":
        refs = [p for p in paths if p[-1] in REFERENCE_KEYS]
        if refs:
            path = draw(st.sampled_from(refs))
            parent, key = parent_of(data, path), path[-1]
            ghost = draw(st.sampled_from(["bestaat_niet", "D99", "", "org.bestaat_niet", "🙂"]))
            if isinstance(parent[key], list):
                parent[key] = [*parent[key], ghost]
            else:
                parent[key] = ghost
    else:
        # drawn values are mutated later on: never hand out a shared object
        data["quickscan"] = deepcopy(draw(negeer_settings))
    return kind


CODES = ["COM-03", "com-03", " COM-03 ", "PLAN-02", "DOEL-01", "XYZ-99", "", "COM-", "*"]
negeer_entry = st.one_of(
    st.fixed_dictionaries(
        {"regel": st.one_of(st.sampled_from(CODES), odd_text)},
        optional={"reden": st.one_of(odd_text, st.none(), st.integers())},
    ),
    values,
)
negeer_settings = st.one_of(
    st.fixed_dictionaries({"negeer": st.one_of(st.lists(negeer_entry, max_size=5), values)}),
    st.builds(lambda: {"negeer": [{"regel": "COM-03", "reden": "x"} for _ in range(3)]}),
    values,
)


@st.composite
def mutated_plans(draw: st.DrawFn) -> tuple[str, list[str]]:
    name = draw(st.sampled_from(sorted(EXAMPLE_DATA)))
    data = deepcopy(EXAMPLE_DATA[name])
    done = [mutate(draw, data) for _ in range(draw(st.integers(1, 4)))]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False), [name, *done]


# --- mutations of the raw text ------------------------------------------------------------


RAW_NUMBER = re.compile(r"(: )\d+\b(?![-:])")  # a plain number value, not a date or time
RAW_DIGITS = ["9" * 5000, "1" + "0" * 400, "999999999999999", "-0", "00012", "1,5", "1.5e3", "٣"]


@st.composite
def edited_texts(draw: st.DrawFn) -> str:
    """An example file after a few edits by hand, comments and flow style included."""
    text = EXAMPLES[draw(st.sampled_from(sorted(EXAMPLES)))]
    for _ in range(draw(st.integers(1, 4))):
        lines = text.split("\n")
        where = draw(st.integers(0, len(lines) - 1))
        kind = draw(
            st.sampled_from(["delete", "duplicate", "indent", "dedent", "insert", "swap", "digits"])
        )
        if kind == "delete":
            del lines[where]
        elif kind == "duplicate":
            lines.insert(where, lines[where])
        elif kind == "indent":
            lines[where] = draw(st.sampled_from([" ", "  ", "\t", "    "])) + lines[where]
        elif kind == "dedent":
            lines[where] = lines[where][draw(st.integers(1, 4)) :]
        elif kind == "insert":
            at = draw(st.integers(0, len(lines[where])))
            piece = draw(st.sampled_from(ODD_PIECES))
            lines[where] = lines[where][:at] + piece + lines[where][at:]
        elif kind == "digits":  # a number as nobody means it, written plain
            numbers = [i for i, line in enumerate(lines) if RAW_NUMBER.search(line)]
            if numbers:
                where = draw(st.sampled_from(numbers))
                digits = draw(st.sampled_from(RAW_DIGITS))
                lines[where] = RAW_NUMBER.sub(rf"\g<1>{digits}", lines[where], count=1)
        else:
            other = draw(st.integers(0, len(lines) - 1))
            lines[where], lines[other] = lines[other], lines[where]
        text = "\n".join(lines)
    return text


# --- what every command must do -----------------------------------------------------------

GITHUB_LINE = re.compile(r"::(error|warning|notice) file=[^\n\r]*")


def assert_no_crash(result: Any) -> None:
    assert result.exception is None, repr(result.exception)
    assert "Traceback" not in result.output, result.output[-2000:]
    assert "interne fout" not in result.output and "in impl zelf" not in result.output


def check_document(text: str) -> None:
    """A rendered plan reads as intended in a Markdown viewer."""
    assert text.strip()
    tokens = tokens_of(text)  # parsed once: long hostile text makes parsing the slow part
    check_tables(text, tokens)
    check_no_html(text, tokens)  # a `<script>` inside a code span is shown as code: fine
    for fence in [t for t in tokens if t.type == "fence"]:
        assert fence.info == "mermaid", fence.info
        parse_gantt(fence.content)


def check_and_render(path: Path, day: str = DAY) -> None:
    """Run check in its three formats and render with the quickscan; judge what comes out."""
    for output_format in ("tekst", "json", "github"):
        result = run_cli("check", path, "--datum", day, "--formaat", output_format)
        assert_no_crash(result)
        assert result.exit_code in (0, 1, 2), result.output
        if output_format == "json":
            document = json.loads(result.stdout)
            assert len(document["plans"]) == 1
            assert document["plans"][0]["valid"] == (result.exit_code != 2)
        elif output_format == "github":
            # The runner splits on \n and \r only; both are escaped inside an annotation.
            for line in result.stdout.removesuffix("\n").split("\n") if result.stdout else []:
                assert GITHUB_LINE.fullmatch(line), line
        if result.exit_code == 2:  # the broken plan is named, with its line
            named = result.stdout if output_format == "github" else result.stderr
            shown = f"{visible(path)}:"  # file names are shown inert (impltool.shown)
            assert ("::error file=" if output_format == "github" else shown) in named
    result = run_cli("render", path, "--datum", day, "--met-quickscan")
    assert_no_crash(result)
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 0:
        check_document(result.stdout)
    else:
        assert result.stderr.strip() and not result.stdout


def run_on_text(text: str, name: str = "plan.yaml", day: str = DAY) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        check_and_render(path, day)


# The file name shows up in reports, annotations and at the foot of the document.
FILE_NAMES = st.sampled_from(
    [
        "plan.yaml",
        "a|b.yaml",
        "<script>x.yaml",
        "<img src=x onerror=alert(1)>.yaml",
        "# kop `x` [x](y) *z*.yaml",
        "plan met spaties, komma's: en %0A.yaml",
        "plän 🙂 \u202e.yaml",
        "regel\neinde.yml",
    ]
)
DAYS = st.sampled_from([DAY, DAY, DAY, "0001-01-01", "9999-12-31", "2000-02-29"])


# --- the tests ----------------------------------------------------------------------------


def test_the_unchanged_examples_pass_every_check() -> None:
    for text in EXAMPLES.values():
        run_on_text(text)


@pytest.mark.slow
@fuzz(60)
@given(mutated_plans(), FILE_NAMES, DAYS)
def test_mutated_examples_never_crash_and_render_intact_markdown(
    plan: tuple[str, list[str]], name: str, day: str
) -> None:
    text, _ = plan
    run_on_text(text, name, day)


@pytest.mark.slow
@fuzz(25)
@given(edited_texts())
def test_hand_edited_examples_never_crash(text: str) -> None:
    run_on_text(text)


@pytest.mark.slow
@fuzz(15)
@given(st.sampled_from(sorted(EXAMPLE_DATA)), negeer_settings)
def test_odd_negeer_settings_never_crash(name: str, quickscan: Any) -> None:
    data = deepcopy(EXAMPLE_DATA[name])
    data["quickscan"] = quickscan
    run_on_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


# --- impl init ----------------------------------------------------------------------------

init_text = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=60),
    st.sampled_from(ODD_PIECES),
    long_text,
    st.sampled_from(['"quotes"', "'enkel'", "a: b", "# kop", "- lijst", "&anker", "*alias"]),
    st.lists(st.sampled_from(ODD_PIECES), min_size=2, max_size=4).map("".join),
)
init_dates = st.one_of(
    st.dates(min_value=dt.date(1890, 1, 1), max_value=dt.date(3010, 12, 31)).map(dt.date.isoformat),
    st.sampled_from(
        [
            "0001-01-01",
            "9999-12-31",
            "1900-01-01",
            "2999-12-31",
            "2026-02-30",
            "31-12-2026",
            "1-1-2027",
            "2026/01/01",
            "gisteren",
            "",
            " ",
            "２０２６-０１-０１",  # fullwidth digits
            "١٢٣٤-٠١-٠١",  # Arabic-Indic digits
        ]
    ),
)
ROLE_CHOICES = ["uitvoerende_organisatie", "ontwikkelaar", "1", "2", "3", "ont", "", "ONTWIKKELAAR"]
KIND_CHOICES = ["sociale_interventie", "online_platform", "werkwijze", "instrument", "o", "w", "9"]
TEMPLATE_CHOICES = ["basis", "ontwikkelaar", "online_platform", "b", "2", "onbekend", ""]


def option(flag: str, strategy: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    return st.one_of(st.just([]), strategy.map(lambda value: [flag, value]))


init_options = st.tuples(
    option("--titel", init_text),
    option("--interventie", init_text),
    option("--start", init_dates),
    option("--eind", init_dates),
    option("--rol", st.sampled_from(ROLE_CHOICES)),
    option("--soort", st.sampled_from(KIND_CHOICES)),
    option("--sjabloon", st.sampled_from(TEMPLATE_CHOICES)),
).map(lambda parts: [word for part in parts for word in part])


@pytest.mark.slow
@fuzz(40)
@given(init_options)
def test_init_with_any_answers_writes_a_plan_that_checks_and_renders(options: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.yaml"
        result = run_cli("init", path, "--geen-vragen", *options)
        assert_no_crash(result)
        assert result.exit_code in (0, 2), result.output
        if result.exit_code == 2:
            assert result.stderr.startswith("fout: "), result.stderr
            assert not path.exists()
            return
        plan = load_plan(path).plan
        given_options = dict(zip(options[::2], options[1::2], strict=True))
        if "--titel" in given_options:
            assert plan.title == given_options["--titel"].strip()
        if "--interventie" in given_options:
            assert plan.intervention.name == given_options["--interventie"].strip()
        result = run_cli("check", path, "--datum", DAY)
        assert_no_crash(result)
        assert result.exit_code in (0, 1), result.output
        result = run_cli("render", path, "--datum", DAY, "--met-quickscan")
        assert_no_crash(result)
        assert result.exit_code == 0, result.output
        check_document(result.stdout)
