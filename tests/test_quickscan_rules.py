"""Every quickscan rule fires on a plan that has its gap, and stays quiet on a complete plan.

Each case starts from tests/fixtures/complete.yaml (which raises nothing), breaks one thing,
and checks that exactly the expected rule speaks up, at the right place.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from impltool.plan.load import load_text
from impltool.quickscan.rules import all_rules
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


# Each case: (code, what breaks the plan). The rule must fire after the change.
FIRES: list[tuple[str, Callable[[Plan], Any]]] = [
    ("DOEL-01", lambda p: p.pop("doelen")),
    ("DOEL-02", lambda p: p["doelen"][0].pop("waar")),
    (
        "DOEL-03",
        lambda p: p["doelen"].append(
            {"id": "D2", "wat": "x", "bij_wie": "y", "waar": "z", "wanneer": "2027-01-01"}
        ),
    ),
    ("DOEL-04", lambda p: p["interventie"].pop("probleem")),
    (
        "BETR-01",
        lambda p: p.update(
            doelgroepen=[g for g in p["doelgroepen"] if g["type"] != "profijtgroep"]
        ),
    ),
    (
        "BETR-02",
        lambda p: p.update(betrokkenen=[b for b in p["betrokkenen"] if b["type"] != "financier"]),
    ),
    ("BETR-03", lambda p: [activity(p, a).update(doelgroepen=["bestuur"]) for a in ("A1", "A2")]),
    ("BETR-04", lambda p: drop_activities(p, "kickoff", "update_beslissers")),
    ("BETR-05", lambda p: drop_activities(p, "betrekken_gebruikers", "feedback")),
    ("TEAM-01", lambda p: p.pop("team")),
    ("TEAM-02", lambda p: p["team"].pop()),
    ("TEAM-03", lambda p: p["betrokkenen"][0].update(betrokken_vanaf="doen")),
    ("FAC-01", lambda p: p["factoren"].pop(0)),
    ("FAC-02", lambda p: p["factoren"][0].update(oordeel="onbekend")),
    ("FAC-03", lambda p: activity(p, "A13").pop("adresseert")),
    ("FAC-04", lambda p: p["factoren"][3].update(oordeel="belemmerend")),
    ("ACT-01", lambda p: p["fasen"].update(begrijpen=[])),
    ("ACT-02", lambda p: drop_activities(p, "reflectie")),
    ("ACT-03", lambda p: activity(p, "A5").pop("wie")),
    ("ACT-04", lambda p: activity(p, "A5").update(eind="2028-03-01")),
    (
        "ACT-05",
        lambda p: [
            a.update(strategie="informeren") for items in p["fasen"].values() for a in items
        ],
    ),
    ("ACT-06", lambda p: drop_activities(p, "pilot", "proefimplementatie")),
    ("ACT-07", lambda p: activity(p, "A13").update(sessies=1)),
    ("ACT-08", lambda p: activity(p, "A12").update(status="bezig")),
    ("COM-01", lambda p: group(p, "ouderen").pop("boodschap")),
    (
        "COM-02",
        lambda p: group(p, "ouderen").update(
            kanalen=[
                {"naam": "wijkkrant", "soort": "massamedia"},
                {"naam": "website", "soort": "massamedia"},
            ]
        ),
    ),
    ("COM-03", lambda p: group(p, "ouderen").update(contactmomenten=3)),
    ("COM-04", lambda p: group(p, "werkers").pop("verspreiders")),
    ("COM-05", lambda p: drop_activities(p, "lokale_aanpassing", "handboek", "coaching")),
    ("COM-06", as_platform),
    ("KPI-01", lambda p: p.pop("kpis")),
    ("KPI-02", lambda p: p["kpis"][0].pop("bron")),
    ("KPI-03", lambda p: p["kpis"][0].pop("nulmeting")),
    ("KPI-04", as_platform),
    ("KPI-05", lambda p: p["kpis"][0].update(metingen=[{"datum": "2026-09-30", "waarde": 40}])),
    ("EVAL-01", lambda p: p["evaluatie"].pop("methode")),
    ("EVAL-02", lambda p: p["evaluatie"].update(momenten=["2027-12-01"])),
    ("EVAL-03", lambda p: p["evaluatie"].pop("rapportage")),
    ("EVAL-04", lambda p: p.pop("bijstellingen")),
    ("BORG-01", lambda p: p["borging"].pop("financiering")),
    ("BORG-02", lambda p: p["betrokkenen"][0].update(betrokken_vanaf="blijven_doen")),
    ("BORG-03", lambda p: activity(p, "A15").update(start="2027-09-01", eind="2027-12-01")),
    ("BORG-04", lambda p: drop_activities(p, "feedback", "verbeteren")),
    ("BORG-05", lambda p: drop_activities(p, "vieren")),
    ("PLAN-01", lambda p: activity(p, "A3").update(doelgroepen=["bestuur", "vrijwilligers"])),
    ("PLAN-02", lambda p: p.update(quickscan={"negeer": [{"regel": "COM-03"}]})),
]


def test_the_complete_plan_raises_nothing() -> None:
    result = scan(copy.deepcopy(BASE))
    assert result.findings == []
    assert result.overall == 100


def test_every_rule_has_a_firing_case() -> None:
    assert {code for code, _ in FIRES} == set(all_rules())


@pytest.mark.parametrize(("code", "breaks"), FIRES, ids=[code for code, _ in FIRES])
def test_rule_fires_on_its_gap(code: str, breaks: Callable[[Plan], Any]) -> None:
    plan = copy.deepcopy(BASE)
    breaks(plan)
    result = scan(plan)
    assert code in codes(result), [f"{f.code}: {f.message}" for f in result.findings]
    for finding in result.findings:
        assert finding.message and finding.suggestion and finding.source
        assert finding.line >= 1 and finding.column >= 1


@pytest.mark.parametrize("code", sorted({code for code, _ in FIRES}))
def test_rule_is_quiet_on_the_complete_plan(code: str) -> None:
    assert code not in codes(scan(copy.deepcopy(BASE)))


def test_messages_name_the_concrete_thing() -> None:
    plan = copy.deepcopy(BASE)
    plan["doelen"][0].pop("waar")
    plan["doelen"][0].pop("bij_wie")
    plan["kpis"][0].pop("deadline")
    group(plan, "ouderen").update(contactmomenten=3)
    findings = {f.code: f for f in scan(plan).findings}
    assert "D1" in findings["DOEL-02"].message
    assert "bij wie" in findings["DOEL-02"].message and "waar" in findings["DOEL-02"].message
    assert "T (tijdgebonden" in findings["KPI-02"].message
    assert "ouderen" in findings["COM-03"].message


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


def test_act01_is_only_a_tip_for_phase_zero_of_an_implementing_organisation() -> None:
    plan = copy.deepcopy(BASE)
    plan["rol"] = "uitvoerende_organisatie"
    plan["fasen"]["ontwikkelen"] = []
    severities = {f.severity for f in scan(plan).findings if f.code == "ACT-01"}
    assert severities == {"tip"}
    plan["rol"] = "ontwikkelaar"
    severities = {f.severity for f in scan(plan).findings if f.code == "ACT-01"}
    assert severities == {"waarschuwing"}


def test_rules_that_do_not_apply_are_not_counted() -> None:
    result = scan(copy.deepcopy(BASE))
    platform = copy.deepcopy(BASE)
    as_platform(platform)
    for rule_code in ("COM-06", "KPI-04"):
        assert rule_code not in codes(result)
    communicatie = {a.key: a for a in result.areas}["communicatie"]
    platform_comm = {a.key: a for a in scan(platform).areas}["communicatie"]
    assert platform_comm.applicable == communicatie.applicable + 1


def test_kpi05_quiet_when_on_track_and_works_for_falling_targets() -> None:
    plan = copy.deepcopy(BASE)
    plan["kpis"][0].update(
        nulmeting=100, streefwaarde=40, metingen=[{"datum": "2026-09-30", "waarde": 80}]
    )
    assert "KPI-05" not in codes(scan(plan))  # 20 of the expected ~20 down: on track
    plan["kpis"][0]["metingen"] = [{"datum": "2026-09-30", "waarde": 98}]
    assert "KPI-05" in codes(scan(plan))


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
    assert not result.fails_at("tip")


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
    assert scan(plan).unused_ignores == ["COM-03"]


def test_scores_and_traffic_lights() -> None:
    plan = copy.deepcopy(BASE)
    plan.pop("kpis")
    plan.pop("evaluatie")
    areas = {a.key: a for a in scan(plan).areas}
    evaluatie = areas["evaluatie"]
    assert evaluatie.score is not None and evaluatie.score < 50
    assert evaluatie.light == "rood"
    assert areas["doelen"].light == "oranje"  # DOEL-03 fails without KPIs: 3 of 4
