"""Catalogue v3 on three plans of our own in a field the voorbeelden do not cover.

tests/fixtures/qs3/: a good plan (volunteer energy coaches for low-income households), its
filler copy (every free text replaced by empty policy-speak) and a flawed copy (meaning-based
flaws a presence check misses). The good plan and every voorbeeld must raise no text finding;
the copies must be named, with the vague words quoted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import VOORBEELDEN, run_cli
from impltool.plan.load import load_plan
from impltool.quickscan.finding import Finding
from impltool.quickscan.scan import ScanResult, scan_plan

PLANS = Path(__file__).parent / "fixtures" / "qs3"
GOOD = PLANS / "energiecoaches-goed.yaml"
FILLER = PLANS / "energiecoaches-beleidstaal.yaml"
FLAWED = PLANS / "energiecoaches-gebrekkig.yaml"
TODAY = date(2026, 11, 24)

# The rules that judge free text (v3) and the words their text findings use; a finding of
# one of these codes for an empty field or a placeholder is not a text finding.
TEXT_CODES = {"DOEL-02", "DOEL-04", "DOEL-06", "KPI-02", "KPI-07", "EVAL-01", "BORG-01"}
ALWAYS_TEXT = {"DOEL-06", "KPI-07"}
TEXT_WORDS = ("concreet", "niet specifiek")


def _scan(path: Path) -> ScanResult:
    return scan_plan(load_plan(path), TODAY)


def _text_findings(result: ScanResult) -> list[Finding]:
    return [
        f
        for f in result.findings
        if f.code in ALWAYS_TEXT
        or (f.code in TEXT_CODES and any(word in f.message for word in TEXT_WORDS))
    ]


@pytest.mark.parametrize(
    "path", [GOOD, *sorted(VOORBEELDEN.glob("*.yaml"))], ids=lambda path: path.stem
)
def test_good_plans_raise_no_text_finding(path: Path) -> None:
    result = _scan(path)
    assert not _text_findings(result), [f"{f.code} {f.path}: {f.message}" for f in result.findings]


def test_the_good_plan_is_green() -> None:
    result = _scan(GOOD)
    assert result.overall_light == "groen", [f.message for f in result.findings]


def test_the_filler_copy_is_named_in_every_text_rule() -> None:
    result = _scan(FILLER)
    named = {f.code for f in _text_findings(result)}
    assert named >= {"DOEL-02", "DOEL-04", "DOEL-06", "KPI-02", "EVAL-01", "BORG-01"}
    goals = [f for f in result.findings if f.code == "DOEL-02"]
    assert {place for f in goals for place in f.places} >= {"D1", "D2", "D3"}
    assert result.overall_light != "groen"
    good = _scan(GOOD).overall
    assert result.overall is not None and good is not None and result.overall < good
    borging = next(f for f in result.findings if f.code == "BORG-01")
    assert "'op zoek naar'" in borging.message and "voornemen" in borging.message
    assert "`verantwoordelijke` noemt niemand ('alle betrokkenen')" in borging.message


def test_the_flawed_copy_is_named_for_each_planted_flaw() -> None:
    result = _scan(FLAWED)
    found = {(f.code, place) for f in _text_findings(result) for place in f.places}
    # The webinar registrations measure nothing of D3 (carrying out the approach).
    assert ("KPI-07", "D3") in found
    kpi = next(f for f in result.findings if f.code == "KPI-07")
    assert "K3 (webinaraanmeldingen)" in kpi.message and kpi.path == "kpis[3].eenheid"
    # Only the vague goal is named, not the two concrete ones.
    assert [f.places for f in result.findings if f.code == "DOEL-02"] == [("D2",)]
    evaluation = next(f for f in result.findings if f.code == "EVAL-01")
    assert "de `vragen` zeggen niet over wie en wat" in evaluation.message
    assert "'op de gebruikelijke manier'" in evaluation.message
    assert "noemt geen manier om informatie te verzamelen" in evaluation.message
    funding = next(f for f in result.findings if f.code == "BORG-01")
    assert "`financiering` is een voornemen, geen afspraak" in funding.message
    assert result.overall_light != "groen"


def test_a_user_sees_the_vague_words_in_check() -> None:
    result = run_cli("check", FILLER, "--datum", "2026-11-24")

    assert result.exit_code == 1, result.output
    out = " ".join(result.stdout.split())
    assert "DOEL-02" in out and "`bij_wie` noemt niemand" in out
    assert "'op de gebruikelijke manier'" in out
    assert run_cli("check", GOOD, "--datum", "2026-11-24").exit_code == 0


def test_kpi_07_is_accepted_per_goal(tmp_path: Path) -> None:
    # For KPI-07 `negeer.waar` is the goal's id (catalogue v3, "Accepting a finding").
    text = FLAWED.read_text(encoding="utf-8") + (
        "\nquickscan:\n  negeer:\n    - regel: KPI-07\n      waar: D3\n"
        "      reden: De telling is bewust; het protocol meten we in de coachavonden.\n"
    )
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    result = _scan(plan)
    assert not [f for f in result.findings if f.code == "KPI-07"]
    assert [a.finding.code for a in result.accepted] == ["KPI-07"]
