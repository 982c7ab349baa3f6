"""Golden files for `impl render`: every example renders to a checked-in Markdown document.

Cases: each plan in voorbeelden/ and in tests/golden/plannen/, rendered with
`--datum 2026-11-24` to tests/golden/<name>.md; tests/golden/plannen/vijandig.yaml is also
rendered with `--met-quickscan` to tests/golden/vijandig.met-quickscan.md.

A change in the document shows up as a failing test with a diff. When the change is meant,
rewrite the files and review them like code:

    IMPL_UPDATE_GOLDEN=1 python -m pytest tests/test_render_golden.py
    git diff tests/golden/

Besides the exact text, every document is checked the way a Markdown viewer reads it: each
table row has as many cells as its header, no heading is empty, no HTML from the plan gets
through, nothing says None or null, and the Mermaid timeline is well-formed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from conftest import REPO, VOORBEELDEN, run_cli
from impltool.knowledge import toolkit
from impltool.plan.load import load_plan

GOLDEN = REPO / "tests" / "golden"
DAY = "2026-11-24"
UPDATE = os.environ.get("IMPL_UPDATE_GOLDEN") == "1"

PLANS = sorted(VOORBEELDEN.glob("*.yaml")) + sorted((GOLDEN / "plannen").glob("*.yaml"))
CASES = [(plan, (), plan.stem) for plan in PLANS] + [
    (GOLDEN / "plannen" / "vijandig.yaml", ("--met-quickscan",), "vijandig.met-quickscan")
]

# The sections of the issue, in its order; a document shows a subset, never another order.
SECTION_ORDER = [
    "Samenvatting",
    "De interventie",
    "Doelen en KPI's",
    "Betrokkenen en implementatieteam",
    "Doelgroepen en communicatie",
    "Wat helpt en wat remt: beïnvloedende factoren",
    "Activiteiten per fase",
    "Tijdlijn",
    "Evaluatie",
    "Borging: zo blijft de interventie",
    "Bijstellingen",
]


def rendered(plan: Path, extra: tuple[str, ...]) -> str:
    result = run_cli("render", plan, "--datum", DAY, *extra)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module", params=CASES, ids=[name for _, _, name in CASES])
def case(request: pytest.FixtureRequest) -> tuple[Path, str, str]:
    plan, extra, name = request.param
    return plan, name, rendered(plan, extra)


def tokens_of(text: str) -> list:
    return MarkdownIt("commonmark").enable("table").parse(text)


# --- the golden comparison ----------------------------------------------------------------


def test_the_voorbeelden_are_all_covered() -> None:
    assert len([p for p in PLANS if p.parent == VOORBEELDEN]) >= 3


def test_document_matches_its_golden_file(case: tuple[Path, str, str]) -> None:
    _, name, text = case
    golden = GOLDEN / f"{name}.md"
    if UPDATE:
        golden.write_text(text, encoding="utf-8", newline="\n")
        return
    assert golden.exists(), f"{golden} ontbreekt; maak hem met IMPL_UPDATE_GOLDEN=1"
    assert text == golden.read_text(encoding="utf-8")


def test_no_golden_file_is_left_over() -> None:
    names = {f"{name}.md" for _, _, name in CASES}
    assert {p.name for p in GOLDEN.glob("*.md")} <= names


# --- what a Markdown reader sees ----------------------------------------------------------


def split_row(line: str) -> list[str]:
    """The cells of a GFM table row, the way GitHub splits it: on `|` not escaped."""
    line = line.strip()
    assert line.startswith("|") and line.endswith("|") and not line.endswith("\\|"), line
    return re.split(r"(?<!\\)\|", line[1:-1])


def test_every_table_row_has_as_many_cells_as_its_header(case: tuple[Path, str, str]) -> None:
    _, _, text = case
    lines = text.splitlines()
    tables = [t for t in tokens_of(text) if t.type == "table_open"]
    for table in tables:
        start, end = table.map
        rows = [split_row(line) for line in lines[start:end]]
        header, delimiter, *body = rows
        assert all(re.fullmatch(r":?-{3,}:?", c.strip()) for c in delimiter)
        assert len(delimiter) == len(header)
        for row in body:
            assert len(row) == len(header), (lines[start], row)
    # Every line that looks like a table row belongs to a parsed table.
    in_tables = {i for t in tables for i in range(*t.map)}
    stray = [line for i, line in enumerate(lines) if line.startswith("| ") and i not in in_tables]
    assert not stray


def test_no_html_from_the_plan_gets_through(case: tuple[Path, str, str]) -> None:
    _, _, text = case
    for token in tokens_of(text):
        assert token.type != "html_block", token.content
        for child in token.children or []:
            assert child.type != "html_inline" or child.content == "<br>", child.content
            assert child.type != "link_open", text[:200]
            assert child.type != "image"


def test_no_empty_headings_and_sections_in_order(case: tuple[Path, str, str]) -> None:
    _, _, text = case
    tokens = tokens_of(text)
    heads = [(i, int(t.tag[1])) for i, t in enumerate(tokens) if t.type == "heading_open"]
    for number, (index, level) in enumerate(heads):
        nxt = heads[number + 1] if number + 1 < len(heads) else (len(tokens), 0)
        content = []  # after heading_open, inline, heading_close; up to a rule or heading
        for token in tokens[index + 3 : nxt[0]]:
            if token.type == "hr":
                break
            content.append(token)
        if nxt[1] > level and len(content) == nxt[0] - index - 3:
            continue  # a deeper heading follows and carries the content
        assert content, f"empty heading: {tokens[index + 1].content}"
    sections = [tokens[i + 1].content for i, level in heads if level == 2]
    assert sections == [s for s in SECTION_ORDER if s in sections], sections
    assert set(sections) <= set(SECTION_ORDER)


def test_nothing_reads_none_or_null(case: tuple[Path, str, str]) -> None:
    _, _, text = case
    assert not re.search(r"\b(None|null|True|False|nan)\b", text)


# --- the Mermaid timeline -----------------------------------------------------------------

TASK = re.compile(r"(?P<name>[^:;#\n]+?) :(?P<data>[^:;#\n]+)")
TAGS = {"done", "active", "crit", "milestone"}
KEYWORDS = re.compile(
    r"(gantt|title|section|dateformat|axisformat|tickinterval|includes|excludes|todaymarker|"
    r"inclusiveenddates|topaxis|weekday|weekend|click|acctitle|accdescr)\b",
    re.IGNORECASE,
)


def parse_gantt(block: str) -> dict[str, list[dict]]:
    """Check a gantt block line by line the way Mermaid's grammar reads it."""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    if lines[0].startswith("%%{"):
        directive = lines.pop(0)
        assert directive.startswith("%%{init:") and directive.endswith("}%%"), directive
        json.loads(directive[len("%%{init:") : -len("}%%")])  # its settings must be JSON
    assert lines[0] == "gantt"
    assert "dateFormat YYYY-MM-DD" in lines
    sections: dict[str, list[dict]] = {}
    current = None
    for line in lines[1:]:
        if line.startswith(("dateFormat ", "axisFormat ")):
            continue
        if line.startswith("section "):
            current = line[len("section ") :]
            assert not re.search(r"[:;#]", current), line
            sections[current] = []
            continue
        match = TASK.fullmatch(line)
        assert match and current is not None, line
        assert not KEYWORDS.match(match["name"]), line
        *tags, start, end = (part.strip() for part in match["data"].split(","))
        assert set(tags) <= TAGS, line
        first = dt.date.fromisoformat(start)
        if "milestone" in tags:
            assert end == "0d", line
        else:
            assert dt.date.fromisoformat(end) > first, line
        sections[current].append({"name": match["name"], "tags": tags, "start": first})
    assert all(sections.values()), "a section without tasks"
    return sections


def test_the_timeline_is_well_formed_and_shows_every_dated_activity(
    case: tuple[Path, str, str],
) -> None:
    plan_file, _, text = case
    fences = [t for t in tokens_of(text) if t.type == "fence"]
    plan = load_plan(plan_file).plan
    expected = {}
    for phase, _, activity in plan.activities():
        dated = activity.start and (activity.end is None or activity.end >= activity.start)
        if dated and activity.status != "vervallen":
            name = toolkit().phase(phase)
            expected.setdefault(f"Fase {name.number} {name.name}", []).append(activity)
    if not expected:
        assert not fences
        return
    assert [f.info for f in fences] == ["mermaid"]
    sections = parse_gantt(fences[0].content)
    assert list(sections) == list(expected)
    for section, activities in expected.items():
        shown = sections[section]
        assert [t["start"] for t in shown] == [a.start for a in activities]
