"""Every quickscan rule fires on a plan that has its gap, and stays quiet on a complete plan.

Each case starts from tests/fixtures/complete.yaml (which raises nothing), breaks one thing,
and checks that exactly the expected rule speaks up, at the right place.
"""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from impltool.plan.load import load_text
from impltool.quickscan.finding import Severity
from impltool.quickscan.scan import ScanResult, scan_plan

TODAY = date(2026, 11, 24)
BASE_TEXT = (Path(__file__).parent / "fixtures" / "complete.yaml").read_text(encoding="utf-8")
BASE: dict[str, Any] = yaml.safe_load(BASE_TEXT)

Plan = dict[str, Any]


def scan(data: Plan, today: date = TODAY) -> ScanResult:
    return scan_plan(load_text(yaml.safe_dump(data, allow_unicode=True), "plan.yaml"), today)


def codes(result: ScanResult) -> set[str]:
    return {f.code for f in result.findings}


def activity(plan: Plan, activity_id: str) -> dict[str, Any]:
    for items in plan["fasen"].values():
        for item in items or []:
            if item.get("id") == activity_id:
                return item
    raise KeyError(activity_id)


def group(plan: Plan, group_id: str) -> dict[str, Any]:
    return next(g for g in plan["doelgroepen"] if g["id"] == group_id)


def drop_activities(plan: Plan, *kinds: str) -> None:
    for phase, items in plan["fasen"].items():
        plan["fasen"][phase] = [a for a in items or [] if a.get("soort") not in kinds]


def as_platform(plan: Plan) -> None:
    plan["interventie"]["soort"] = "online_platform"


def test_the_complete_plan_raises_nothing() -> None:
    result = scan(copy.deepcopy(BASE))
    assert result.findings == []
    assert result.overall == 100
    assert result.overall_light == "groen"


def test_a_kpi_is_never_called_unrealistic_for_a_missing_field() -> None:
    plan = copy.deepcopy(BASE)
    for key in ("bron", "deadline", "eenheid", "doel", "indicator"):
        plan["kpis"][0].pop(key)
    (finding,) = [f for f in scan(plan).findings if f.code == "KPI-02"]
    assert "realistisch" not in (finding.message + finding.suggestion).lower()
    for key in ("bron", "deadline", "eenheid", "doel", "indicator"):
        assert key in finding.message


def test_finding_points_at_the_offending_line() -> None:
    text = BASE_TEXT.replace("sessies: 3", "sessies: 1")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "sessies: 1" in row)
    result = scan_plan(load_text(text, "plan.yaml"), TODAY)
    (finding,) = [f for f in result.findings if f.code == "ACT-07"]
    assert (finding.file, finding.line) == ("plan.yaml", line)
    assert finding.path == "fasen.doen[3].sessies"


def test_missing_section_points_at_line_one() -> None:
    plan = copy.deepcopy(BASE)
    plan.pop("borging")
    (finding,) = [f for f in scan(plan).findings if f.code == "BORG-01"]
    assert (finding.line, finding.column) == (1, 1)


def test_act08_uses_the_given_date() -> None:
    plan = copy.deepcopy(BASE)
    activity(plan, "A17").update(status="gepland")  # ends 2027-12-15

    def overdue(today: date) -> bool:
        return any(f.code == "ACT-08" and "A17" in f.message for f in scan(plan, today).findings)

    assert not overdue(date(2027, 12, 1))
    assert overdue(date(2028, 1, 1))


def test_a_dangling_reference_still_gets_the_full_quickscan() -> None:
    plan = copy.deepcopy(BASE)
    plan["kpis"][0]["doel"] = "D9"
    plan["borging"].pop("financiering")
    found = codes(scan(plan))
    assert {"PLAN-01", "DOEL-03", "BORG-01"} <= found
    assert len({a.key for a in scan(plan).areas}) == 7


def test_negeer_accepts_a_finding_with_a_reason() -> None:
    plan = copy.deepcopy(BASE)
    group(plan, "ouderen").update(contactmomenten=3)
    plan["quickscan"] = {"negeer": [{"regel": "com-03", "reden": "huisbezoek volstaat"}]}
    result = scan(plan)
    assert "COM-03" not in codes(result)
    assert [(a.finding.code, a.reason) for a in result.accepted] == [
        ("COM-03", "huisbezoek volstaat")
    ]
    assert not result.fails_at(Severity.TIP)
    assert [(u.rule, u.where, u.accepted) for u in result.ignores] == [("COM-03", None, 1)]


def test_negeer_with_waar_accepts_only_that_place() -> None:
    plan = copy.deepcopy(BASE)
    group(plan, "ouderen").update(contactmomenten=3)
    group(plan, "bestuur").update(contactmomenten=2)
    plan["quickscan"] = {"negeer": [{"regel": "COM-03", "waar": "ouderen", "reden": "huisbezoek"}]}
    result = scan(plan)
    open_findings = [f for f in result.findings if f.code == "COM-03"]
    assert len(open_findings) == 1 and "bestuur" in open_findings[0].message
    assert [a.finding.places for a in result.accepted] == [("ouderen",)]
    betrokkenen = {a.key: a for a in result.areas}["communicatie"]
    assert betrokkenen.lost > 0  # one finding still open: the rule fails


def test_negeer_waar_names_an_activity_or_a_phase() -> None:
    plan = copy.deepcopy(BASE)
    activity(plan, "A13").update(sessies=1)
    for where in ("A13", "doen"):
        plan["quickscan"] = {"negeer": [{"regel": "ACT-07", "waar": where, "reden": "kort"}]}
        assert "ACT-07" not in codes(scan(plan)), where
    plan["quickscan"] = {"negeer": [{"regel": "ACT-07", "waar": "A14", "reden": "kort"}]}
    result = scan(plan)
    assert "ACT-07" in codes(result)
    assert [(u.rule, u.where) for u in result.unused_ignores] == [("ACT-07", "A14")]


def test_act09_is_accepted_per_doelgroep() -> None:
    plan = copy.deepcopy(BASE)
    group(plan, "werkers")["huidige_fase"] = "weten"
    activity(plan, "A13")["start"] = "2026-02-01"
    assert "ACT-09" in codes(scan(plan))
    plan["quickscan"] = {"negeer": [{"regel": "ACT-09", "waar": "werkers", "reden": "kenden het"}]}
    assert "ACT-09" not in codes(scan(plan))


def test_negeer_without_reason_keeps_the_finding_and_adds_plan02() -> None:
    plan = copy.deepcopy(BASE)
    group(plan, "ouderen").update(contactmomenten=3)
    plan["quickscan"] = {"negeer": [{"regel": "COM-03"}, {"regel": "XYZ-99", "reden": "x"}]}
    result = scan(plan)
    assert {"COM-03", "PLAN-02"} <= codes(result)
    assert sum(f.code == "PLAN-02" for f in result.findings) == 2


def test_unused_negeer_is_reported() -> None:
    plan = copy.deepcopy(BASE)
    plan["quickscan"] = {"negeer": [{"regel": "COM-03", "reden": "oud"}]}
    assert [(u.rule, u.where) for u in scan(plan).unused_ignores] == [("COM-03", None)]
