"""`impl regels` lists every quickscan rule; `impl uitleg CODE` explains one."""

from __future__ import annotations

import json

import pytest
import yaml

from conftest import run_cli
from impltool.knowledge import toolkit
from impltool.quickscan.catalogue import rule_docs
from impltool.quickscan.explain import rules_text
from impltool.quickscan.finding import Area

CODES = list(rule_docs())
SECTIONS = (
    "Wat controleert deze regel?",
    "Waarom is dit belangrijk?",
    "Hoe los je het op?",
    "Voorbeeld",
)


def test_regels_lists_every_rule_with_severity_and_title() -> None:
    result = run_cli("regels")

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    for doc in rule_docs().values():
        line = next((line for line in lines if line.split()[:1] == [doc.code]), None)
        assert line is not None, f"{doc.code} is missing from `impl regels`"
        assert doc.severity in line.split()
    assert "impl uitleg CODE" in result.stdout
    assert all(len(line) <= 100 for line in lines)


def test_regels_groups_rules_by_area_in_area_order() -> None:
    lines = run_cli("regels").stdout.splitlines()

    headings = [lines.index(toolkit().areas[area].name) for area in Area]
    assert headings == sorted(headings)
    for doc in rule_docs().values():
        row = next(i for i, line in enumerate(lines) if line.split()[:1] == [doc.code])
        area_index = list(Area).index(doc.area)
        assert headings[area_index] < row
        if area_index + 1 < len(headings):
            assert row < headings[area_index + 1], f"{doc.code} is listed under the wrong area"


def test_regels_says_when_a_rule_is_only_for_some_plans() -> None:
    lines = run_cli("regels").stdout.splitlines()

    row = next(i for i, line in enumerate(lines) if line.startswith("  COM-06"))
    assert "online platforms" in lines[row + 1]


def test_regels_as_json_carries_the_whole_documentation() -> None:
    result = run_cli("regels", "--formaat", "json")

    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["version"] == 1
    rules = {rule["code"]: rule for rule in document["rules"]}
    assert set(rules) == set(CODES)
    doc = rule_docs()["COM-06"]
    assert rules["COM-06"] == {
        "code": "COM-06",
        "area": "communicatie",
        "severity": doc.severity,
        "title": doc.title,
        "source": doc.source,
        "what": doc.what,
        "why": doc.why,
        "fix": doc.fix,
        "example": doc.example,
        "applies_to": doc.applies_to,
        "fires_example": None,
    }
    # Rules that judge free text also show a plan part on which they fire (catalogue v3).
    assert rules["DOEL-02"]["fires_example"] == rule_docs()["DOEL-02"].fires_example
    assert "alle betrokkenen" not in rules["DOEL-02"]["example"]


def test_regels_refuses_an_unknown_format() -> None:
    result = run_cli("regels", "--formaat", "html")

    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_uitleg_shows_every_section() -> None:
    doc = rule_docs()["DOEL-02"]
    result = run_cli("uitleg", "DOEL-02")

    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(f"DOEL-02: {doc.title}")
    assert "Gebied:" in out and "Doelen" in out
    assert "Ernst:" in out and "waarschuwing" in out
    assert "Geldt voor:" in out and "alle plannen" in out
    positions = [out.index(heading) for heading in SECTIONS]
    assert positions == sorted(positions), "sections are out of order"
    assert f"Bron: {doc.source}" in " ".join(out.split())
    assert "bij_wie" in out  # the fix names the key to fill in


def test_uitleg_shows_a_text_rule_firing_after_the_passing_example() -> None:
    out = run_cli("uitleg", "DOEL-02").stdout

    passing = out.index("Voorbeeld (een stuk plan dat aan deze regel voldoet):")
    firing = out.index("Zo niet (hierop gaat de regel af):")
    assert passing < firing
    assert "waar: overal waar dat nodig is" in out[firing:]
    assert "waar: overal waar dat nodig is" not in out[:firing]


def test_uitleg_example_can_be_copied_into_a_plan() -> None:
    out = run_cli("uitleg", "FAC-03").stdout

    example = out.split("Voorbeeld", 1)[1].split("\n", 2)[2]
    passing, _, firing = example.partition("Zo niet (hierop gaat de regel af):")
    assert yaml.safe_load(passing) == yaml.safe_load(rule_docs()["FAC-03"].example)
    assert yaml.safe_load(firing) == yaml.safe_load(rule_docs()["FAC-03"].fires_example or "")


@pytest.mark.parametrize("code", CODES)
def test_uitleg_works_for_every_rule(code: str) -> None:
    result = run_cli("uitleg", code)

    assert result.exit_code == 0, result.output
    assert all(heading in result.stdout for heading in SECTIONS)
    assert all(len(line) <= 100 for line in result.stdout.splitlines())


def test_uitleg_names_who_a_restricted_rule_is_for() -> None:
    out = run_cli("uitleg", "KPI-04").stdout

    geldt = next(line for line in out.splitlines() if line.startswith("Geldt voor:"))
    assert "online platforms" in geldt


@pytest.mark.parametrize("typed", ["doel-02", " Doel-02 ", "doel02", "DOEL2", "doel-2", "Doel 02"])
def test_uitleg_accepts_any_case_with_or_without_dash_and_zero(typed: str) -> None:
    assert run_cli("uitleg", typed).stdout == run_cli("uitleg", "DOEL-02").stdout


def test_uitleg_unknown_code_suggests_a_close_one() -> None:
    result = run_cli("uitleg", "DOEL-9x")

    assert result.exit_code == 2
    assert result.exception is None
    assert result.stdout == ""
    assert result.stderr.startswith("fout: onbekende regel 'DOEL-9x'; bedoelde je DOEL-0")
    assert "impl regels" in result.stderr


@pytest.mark.parametrize("typed", ["com03", "COM3"])
def test_uitleg_finds_a_code_typed_without_dash(typed: str) -> None:
    result = run_cli("uitleg", typed)

    assert result.exit_code == 0
    assert result.stdout.startswith("COM-03: ")


def test_uitleg_unknown_code_without_anything_close_points_to_the_list() -> None:
    result = run_cli("uitleg", "koffie")

    assert result.exit_code == 2
    assert "onbekende regel 'koffie'" in result.stderr
    assert "bedoelde je" not in result.stderr
    assert "impl regels" in result.stderr


def test_uitleg_without_code_is_a_usage_error() -> None:
    result = run_cli("uitleg")

    assert result.exit_code == 2
    assert "CODE" in result.stderr


def test_rule_list_fits_a_narrow_terminal() -> None:
    text = rules_text(width=60)

    assert all(len(line) <= 60 for line in text.splitlines())
    assert all(code in text for code in CODES)
