"""Plan text in the rendered document: whatever a user types shows up as literal text.

Each test escapes text the way the document templates do, parses the result with a
CommonMark + GFM-tables parser (markdown-it-py) and checks what a reader would see.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from conftest import examples
from impltool.dutch import enumeration, euro, number, period_text, quantity
from impltool.render.formats.md import block
from impltool.render.markdown import (
    Markdown,
    cell,
    compose,
    dutch_date,
    escape,
    text_block,
)
from impltool.render.view import Cel, Tabel, reader_text

HOSTILE = [
    "a | b",
    "# kop",
    "<script>alert(1)</script>",
    "`code`",
    "*vet* en _schuin_ en **sterk**",
    "[x](https://voorbeeld.nl)",
    "![plaatje](x.png)",
    "&amp; &copy; &#169;",
    "- lijst",
    "+ lijst",
    "1. lijst",
    "2) lijst",
    "> citaat",
    "---",
    "===",
    "~~weg~~",
    "$x$ en $5",
    "\\ backslash \\",
    "<https://autolink.nl>",
    "[^1] voetnoot",
    "[ref]: https://x.nl",
    "    ingesprongen code",
    "```",
    "~~~",
    "| a | b |",
    "*",
    "_",
]

# Printable ASCII with every Markdown punctuation, a few Dutch letters, spaces and breaks.
TEXT = st.text(
    alphabet=st.sampled_from(
        [*"abcXYZ019 .,:;!?'\"()[]{}<>|#*_`~$&\\/-+=^%@", "é", "ë", "€", "\n", "\t"]
    ),
    max_size=60,
)


def parse(text: str) -> list:
    return MarkdownIt("commonmark").enable("table").parse(text)


def shown_text(tokens: list) -> str:
    """What a reader sees in the inline parts, with line breaks as newlines."""
    out = []
    for token in tokens:
        if token.type != "inline":
            continue
        if out:
            out.append("\n")  # between paragraphs
        for child in token.children or []:
            if child.type in ("softbreak", "hardbreak") or is_br(child):
                out.append("\n")
            else:
                out.append(child.content)
    return "".join(out)


def is_br(token) -> bool:
    """The one piece of HTML the document writes itself: a line break inside a table cell."""
    return token.type == "html_inline" and token.content == "<br>"


def only_plain_inline(tokens: list) -> bool:
    return all(
        child.type in ("text", "softbreak", "hardbreak") or is_br(child)
        for token in tokens
        if token.type == "inline"
        for child in token.children or []
    )


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_one_literal_paragraph(text: str) -> None:
    tokens = parse(escape(text))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert only_plain_inline(tokens)
    assert shown_text(tokens) == text.strip()


@given(TEXT)
@settings(max_examples=examples(300))
def test_any_text_reads_back_literally(text: str) -> None:
    escaped = escape(text)
    if not escaped:
        assert not text.strip()
        return
    tokens = parse(escaped)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert only_plain_inline(tokens)
    assert squash(shown_text(tokens)) == squash(text)


@given(TEXT)
@settings(max_examples=examples(300))
def test_text_blocks_keep_their_lines_and_nothing_else(text: str) -> None:
    block = text_block(text)
    tokens = parse(block)
    assert {t.type for t in tokens} <= {"paragraph_open", "inline", "paragraph_close"}
    assert only_plain_inline(tokens)
    lines = [squash(line) for line in text.split("\n") if line.strip()]
    assert [squash(line) for line in shown_text(tokens).split("\n") if line.strip()] == lines


@given(st.lists(TEXT, min_size=1, max_size=4))
@settings(max_examples=examples(200))
def test_any_cells_keep_the_table_intact(cells: list[str]) -> None:
    table = Tabel(tuple(f"kop {i}" for i in range(len(cells))), ((*(Cel(c) for c in cells),),))
    tokens = parse(block(table))
    assert [t.type for t in tokens if t.type.endswith("_open")].count("td_open") == len(cells)
    shown = [t for t in tokens if t.type == "inline"][len(cells) :]
    for token, expected in zip(shown, cells, strict=True):
        assert only_plain_inline([token])
        assert squash(shown_text([token])) == squash(expected)


def test_line_breaks_in_a_cell_become_br_and_lists_get_bullets() -> None:
    assert cell("regel 1\nregel 2") == "regel 1<br>regel 2"
    assert cell(["a|b", "c"]) == "•\u00a0a\\|b<br>•\u00a0c"
    assert cell(["alleen"]) == "alleen"
    assert cell(None) == ""


def test_compose_escapes_parts_but_keeps_its_own_markup() -> None:
    shown = compose("**{}** {}", "A|1", "*niet vet*")
    assert shown == "**A\\|1** \\*niet vet\\*"
    assert compose("{}", Markdown("**al opgemaakt**")) == "**al opgemaakt**"
    with pytest.raises(ValueError, match="2 keer"):
        compose("{} {}", "een")


def test_quickscan_messages_lose_their_code_spans_for_the_reader() -> None:
    shown = reader_text("Zet onder `team` wie trekt; zie `doelgroepen[2].huidige_fase`")
    assert shown == "Zet onder team wie trekt; zie doelgroepen huidige fase"


@pytest.mark.parametrize(
    ("day", "shown"),
    [
        (dt.date(2025, 3, 1), "1 maart 2025"),
        (dt.date(2026, 1, 31), "31 januari 2026"),
        (dt.date(2028, 12, 9), "9 december 2028"),
    ],
)
def test_dates_are_dutch_whatever_the_locale(day: dt.date, shown: str) -> None:
    assert dutch_date(day) == shown


def test_periods_numbers_and_enumerations_read_dutch() -> None:
    start, end = dt.date(2025, 9, 15), dt.date(2026, 1, 31)
    assert period_text(start, end) == "15 september 2025 tot en met 31 januari 2026"
    assert period_text(start, end, short=True) == "15 sep 2025 – 31 jan 2026"
    assert period_text(start, start) == "15 september 2025"
    assert period_text(start, None) == "vanaf 15 september 2025"
    assert number(1500.5) == "1.500,5"
    assert number(6.0) == "6"
    assert number(0.25) == "0,25"
    assert quantity(600, "deelnemers") == "600 deelnemers"
    assert quantity(None, "deelnemers") == ""
    assert enumeration(["a", "b", "c"]) == "a, b en c"
    assert euro(4500) == "€\u00a04.500" and euro(12.5) == "€\u00a012,50"


def test_a_shortened_name_ends_after_a_whole_word() -> None:
    from impltool.dutch import shortened

    name = "Do3 Training voor alle ouderenadviseurs door Zilverlicht (drie dagdelen)"
    for limit in range(12, len(name)):
        short = shortened(name, limit)
        assert len(short) <= limit
        kept = short.removesuffix(" …")
        assert name.startswith(kept) and name[len(kept)] == " ", short
    assert shortened("Eenwoordzonderspaties", 10, "…") == "Eenwoordz…"


def test_the_summary_names_each_risk_in_the_plans_own_words(tmp_path) -> None:
    from conftest import VOORBEELDEN, run_cli

    plan = VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml"
    target = tmp_path / "plan.md"
    assert run_cli("render", plan, "-o", target).exit_code == 0
    summary = target.read_text(encoding="utf-8").split("**Grootste risico's", 1)[1]
    risks = summary.split("\n\n")[1].splitlines()
    assert len(risks) == 3
    # The factor's own toelichting says what the risk is; the question is only the label.
    assert risks[0].startswith("- **Zijn de randvoorwaarden geregeld")
    assert (
        "** Te weinig vrijwilligers en geen structureel budget na 2027. Wat we eraan doen: "
        in (risks[0])
    )
    assert all("(drie …" not in risk for risk in risks)
