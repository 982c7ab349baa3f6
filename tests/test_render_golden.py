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

import os
import re
from pathlib import Path

import pytest

from conftest import REPO, VOORBEELDEN, run_cli
from impltool.knowledge import toolkit
from impltool.plan.load import load_plan
from markdown_checks import SECTION_ORDER, check_no_html, check_tables, parse_gantt, tokens_of

GOLDEN = REPO / "tests" / "golden"
DAY = "2026-11-24"
UPDATE = os.environ.get("IMPL_UPDATE_GOLDEN") == "1"

PLANS = sorted(VOORBEELDEN.glob("*.yaml")) + sorted((GOLDEN / "plannen").glob("*.yaml"))
CASES = [(plan, (), plan.stem) for plan in PLANS] + [
    (GOLDEN / "plannen" / "vijandig.yaml", ("--met-quickscan",), "vijandig.met-quickscan")
]


def rendered(plan: Path, extra: tuple[str, ...]) -> str:
    result = run_cli("render", plan, "--datum", DAY, *extra)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module", params=CASES, ids=[name for _, _, name in CASES])
def case(request: pytest.FixtureRequest) -> tuple[Path, str, str]:
    plan, extra, name = request.param
    return plan, name, rendered(plan, extra)


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


def test_every_table_row_has_as_many_cells_as_its_header(case: tuple[Path, str, str]) -> None:
    _, _, text = case
    check_tables(text)


def test_no_html_from_the_plan_gets_through(case: tuple[Path, str, str]) -> None:
    _, _, text = case
    check_no_html(text)


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
