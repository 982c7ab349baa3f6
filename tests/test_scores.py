"""Honest scores and lights (catalogue "Areas and scores", version 2), as a user sees them."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import run_cli
from impltool.plan.load import load_text
from impltool.quickscan.scan import ScanResult, scan_plan
from test_quickscan_rules import BASE, TODAY, activity, group, scan


def areas(result: ScanResult) -> dict[str, Any]:
    return {a.key: a for a in result.areas}


@pytest.mark.parametrize("template", ["basis", "ontwikkelaar", "online_platform"])
def test_an_untouched_init_plan_scores_at_most_25_percent_with_no_green(
    template: str, tmp_path: Path
) -> None:
    plan = tmp_path / "plan.yaml"
    made = run_cli("init", plan, "--geen-vragen", "--sjabloon", template)
    assert made.exit_code == 0, made.output
    report = json.loads(run_cli("check", plan, "--formaat", "json").stdout)["plans"][0]
    assert report["score"] <= 25
    assert report["light"] != "groen"
    assert all(area["light"] != "groen" for area in report["areas"])


def test_an_empty_section_scores_zero() -> None:
    plan = copy.deepcopy(BASE)
    plan.pop("kpis")
    plan.pop("evaluatie")
    evaluatie = areas(scan(plan))["evaluatie"]
    assert (evaluatie.score, evaluatie.light, evaluatie.empty) == (0, "rood", True)


def test_an_empty_activities_area_keeps_the_weight_of_the_rules_that_read_it() -> None:
    # "The section is empty" is no reason not to apply: ACT-03 and ACT-08 (waarschuwingen) and
    # ACT-05 (tip) still weigh in, failing, so an empty area costs the total its full weight.
    full = areas(scan(copy.deepcopy(BASE)))["activiteiten"]
    plan = copy.deepcopy(BASE)
    plan["fasen"] = {phase: [] for phase in plan["fasen"]}
    empty = areas(scan(plan))["activiteiten"]
    assert (empty.score, empty.light, empty.empty) == (0, "rood", True)
    assert empty.weight == full.weight - 1  # only ACT-07 drops out: there is no training


def test_a_tip_weighs_less_than_a_warning() -> None:
    tip = copy.deepcopy(BASE)
    group(tip, "ouderen").update(contactmomenten=3)  # COM-03, a tip
    warning = copy.deepcopy(BASE)
    group(warning, "ouderen").pop("boodschap")  # COM-01, a waarschuwing
    tip_area = areas(scan(tip))["communicatie"]
    warning_area = areas(scan(warning))["communicatie"]
    assert tip_area.weight == warning_area.weight
    assert warning_area.passed < tip_area.passed < tip_area.weight


def test_an_open_warning_keeps_its_area_from_green() -> None:
    plan = copy.deepcopy(BASE)
    for member in plan["team"]:
        member["rol"] = "n.t.b."  # TEAM-01, one of eight rules in this area
    betrokkenen = areas(scan(plan))["betrokkenen"]
    assert betrokkenen.score >= 80
    assert betrokkenen.light == "oranje"


def test_a_fout_anywhere_keeps_every_light_from_green() -> None:
    plan = copy.deepcopy(BASE)
    activity(plan, "A5")["eind"] = "2026-03-01"  # ends before it starts: ACT-04
    result = scan(plan)
    assert all(a.light != "groen" for a in result.areas)
    assert result.overall_light != "groen"


def test_a_handful_of_real_gaps_is_not_green() -> None:
    plan = copy.deepcopy(BASE)
    plan["borging"]["verantwoordelijke"] = "n.t.b."
    plan["doelen"][0]["waar"] = "-"
    activity(plan, "A13")["start"] = "2026-02-01"
    group(plan, "werkers")["huidige_fase"] = "weten"
    activity(plan, "A1")["doelgroepen"] = ["werkers"]
    activity(plan, "A17")["doelgroepen"] = ["werkers"]
    result = scan(plan)
    assert result.overall_light != "groen"
    assert {"BORG-01", "DOEL-02", "ACT-09", "BETR-05"} <= {f.code for f in result.findings}


def test_phase_zero_of_an_organisation_is_a_separate_tip_item() -> None:
    plan = copy.deepcopy(BASE)
    plan["rol"] = "uitvoerende_organisatie"
    plan["fasen"]["ontwikkelen"] = []
    plan["fasen"]["willen"][2]["start"] = "2026-06-01"  # meedenken before the launch
    activiteiten = areas(scan(plan))["activiteiten"]
    complete = areas(scan(copy.deepcopy(BASE)))["activiteiten"]
    # Two rules (ACT-01 and ACT-02) each gain a tip item of weight 1; only ACT-01's fails.
    assert activiteiten.weight == complete.weight + 2
    assert activiteiten.weight - activiteiten.passed == 1


def test_an_accepted_finding_passes_its_rule() -> None:
    plan = copy.deepcopy(BASE)
    group(plan, "ouderen").pop("boodschap")
    plan["quickscan"] = {"negeer": [{"regel": "COM-01", "waar": "ouderen", "reden": "volgt"}]}
    communicatie = areas(scan(plan))["communicatie"]
    assert communicatie.passed == communicatie.weight


def test_text_json_and_github_show_the_same_numbers(tmp_path: Path) -> None:
    plan = copy.deepcopy(BASE)
    plan["borging"]["verantwoordelijke"] = "n.t.b."
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(plan, allow_unicode=True), encoding="utf-8")
    expected = scan_plan(load_text(path.read_text(encoding="utf-8"), str(path)), TODAY)
    day = ("--datum", TODAY.isoformat())
    report = json.loads(run_cli("check", path, "--formaat", "json", *day).stdout)
    assert report["version"] == 2
    shown = report["plans"][0]
    assert shown["score"] == expected.overall
    assert [a["score"] for a in shown["areas"]] == [a.score for a in expected.areas]
    text = run_cli("check", path, *day).stdout
    assert re.search(rf"Totaal\s+{expected.overall} %", text)
    github = run_cli("check", path, "--formaat", "github", *day).stdout
    assert f"impl quickscan%3A {expected.overall} %25" in github  # escaped for GitHub
    document = run_cli("render", path, "--met-quickscan", *day).stdout
    assert f"Totaalscore: **{expected.overall} %**" in document
    for area in expected.areas:
        assert f"| {area.name} | {area.score} % |" in document
