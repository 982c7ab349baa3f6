"""Honest scores and lights (catalogue "Areas and scores", version 3), as a user sees them."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import REPO, run_cli
from impltool.plan.load import load_text
from impltool.quickscan.rules import all_rules
from impltool.quickscan.scan import ScanResult, scan_plan
from test_quickscan_rules import BASE, TODAY, activity, group, scan

DAY = ("--datum", TODAY.isoformat())


def areas(result: ScanResult) -> dict[str, Any]:
    return {a.key: a for a in result.areas}


def scores(result: ScanResult) -> dict[str, int | None]:
    return {a.key: a.score for a in result.areas}


@pytest.mark.parametrize("template", ["basis", "ontwikkelaar", "online_platform"])
def test_an_untouched_init_plan_scores_at_most_25_percent_with_no_green(
    template: str, tmp_path: Path
) -> None:
    plan = tmp_path / "plan.yaml"
    made = run_cli("init", plan, "--geen-vragen", "--sjabloon", template)
    assert made.exit_code == 0, made.output
    report = json.loads(run_cli("check", plan, "--formaat", "json").stdout)["plans"][0]
    assert report["score"] <= 25
    assert report["light"] == "rood"
    assert all(area["light"] != "groen" for area in report["areas"])


def test_an_empty_section_scores_zero() -> None:
    plan = copy.deepcopy(BASE)
    plan.pop("kpis")
    plan.pop("evaluatie")
    evaluatie = areas(scan(plan))["evaluatie"]
    assert (evaluatie.score, evaluatie.light, evaluatie.empty) == (0, "rood", True)


def test_each_area_starts_at_100_and_an_open_tip_costs_20_a_warning_30() -> None:
    tip = copy.deepcopy(BASE)
    group(tip, "ouderen").update(contactmomenten=3)  # COM-03, a tip
    warning = copy.deepcopy(BASE)
    group(warning, "ouderen").pop("boodschap")  # COM-01, a waarschuwing
    assert areas(scan(copy.deepcopy(BASE)))["communicatie"].score == 100
    assert (areas(scan(tip))["communicatie"].score, areas(scan(tip))["communicatie"].light) == (
        80,
        "groen",
    )
    assert (areas(scan(warning))["communicatie"].score, scan(warning).overall_light) == (
        70,
        "oranje",
    )


def test_a_rule_costs_once_however_many_findings_it_has() -> None:
    plan = copy.deepcopy(BASE)
    for name in ("ouderen", "werkers", "bestuur"):
        group(plan, name).update(contactmomenten=2)  # COM-03 three times
    result = scan(plan)
    assert sum(1 for f in result.findings if f.code == "COM-03") == 3
    assert areas(result)["communicatie"].score == 80


def test_a_rule_every_plan_passes_changes_no_score(monkeypatch: pytest.MonkeyPatch) -> None:
    # Version 2 weighed a rule into every score whether it fired or not, so each new rule moved
    # every golden file. Now only open rules cost: taking away one that passes changes nothing.
    plan = copy.deepcopy(BASE)
    group(plan, "ouderen").update(contactmomenten=3)
    plan["borging"]["verantwoordelijke"] = "n.t.b."
    before = scan(plan)
    assert "COM-04" not in {f.code for f in before.findings}
    monkeypatch.delitem(all_rules(), "COM-04")
    after = scan(plan)
    assert scores(after) == scores(before)
    assert after.overall == before.overall


def test_the_total_is_the_mean_of_the_seven_areas() -> None:
    plan = copy.deepcopy(BASE)
    group(plan, "ouderen").update(contactmomenten=3)  # communicatie 80
    plan["borging"]["verantwoordelijke"] = "n.t.b."  # borging 70
    result = scan(plan)
    shown = scores(result)
    assert shown["communicatie"] == 80 and shown["borging"] == 70
    assert result.overall == round((5 * 100 + 80 + 70) / 7)  # 92.86 → 93
    assert result.overall_light == "oranje"  # a waarschuwing is open


def test_green_from_90_percent_with_at_most_three_open_tips() -> None:
    plan = copy.deepcopy(BASE)
    group(plan, "ouderen").update(contactmomenten=3)  # COM-03 (tip) in communicatie
    plan["evaluatie"]["momenten"] = ["2027-10-01"]  # EVAL-02 (tip) in evaluatie
    plan["team"] = [dict(m, competenties=[]) for m in plan["team"]]  # TEAM-02 (tip)
    three = scan(plan)
    assert {f.severity for f in three.findings} == {"tip"}, three.findings
    assert (three.overall, three.overall_light) == (91, "groen")
    activity(plan, "A13")["sessies"] = 1  # ACT-07, a fourth tip in a fourth area
    four = scan(plan)
    assert {f.severity for f in four.findings} == {"tip"}, four.findings
    assert (four.overall, four.overall_light) == (89, "oranje")


def test_an_open_warning_keeps_the_plan_from_green_whatever_its_score() -> None:
    plan = copy.deepcopy(BASE)
    for member in plan["team"]:
        member["rol"] = "n.t.b."  # TEAM-01
    result = scan(plan)
    assert result.overall >= 90
    assert areas(result)["betrokkenen"].light == "oranje"
    assert result.overall_light == "oranje"


def test_with_a_fout_open_the_score_waits() -> None:
    plan = copy.deepcopy(BASE)
    activity(plan, "A5")["eind"] = "2026-03-01"  # ends before it starts: ACT-04
    result = scan(plan)
    assert result.waiting
    assert result.overall is None and result.overall_light is None
    assert all(a.score is None and a.light is None for a in result.areas)
    assert "Nog geen score" in result.waiting_text


def test_a_handful_of_real_gaps_is_not_green_and_below_80() -> None:
    plan = copy.deepcopy(BASE)
    plan["borging"]["verantwoordelijke"] = "n.t.b."
    plan["doelen"][0]["waar"] = "-"
    activity(plan, "A13")["start"] = "2026-02-01"
    group(plan, "werkers")["huidige_fase"] = "weten"
    activity(plan, "A1")["doelgroepen"] = ["werkers"]
    activity(plan, "A17")["doelgroepen"] = ["werkers"]
    group(plan, "ouderen").update(contactmomenten=3)
    plan["kpis"][0].pop("nulmeting")
    result = scan(plan)
    assert {"BORG-01", "DOEL-02", "ACT-09", "BETR-05", "COM-03", "KPI-03"} <= {
        f.code for f in result.findings
    }
    assert result.overall_light != "groen"
    assert result.overall < 80


def test_phase_zero_of_an_organisation_is_a_separate_tip_part() -> None:
    plan = copy.deepcopy(BASE)
    plan["rol"] = "uitvoerende_organisatie"
    plan["fasen"]["ontwikkelen"] = []
    plan["fasen"]["willen"][2]["start"] = "2026-06-01"  # meedenken before the launch
    activiteiten = areas(scan(plan))["activiteiten"]
    assert (activiteiten.lost, activiteiten.score) == (20, 80)  # a tip, not a waarschuwing


def test_an_accepted_finding_passes_its_rule() -> None:
    plan = copy.deepcopy(BASE)
    group(plan, "ouderen").pop("boodschap")
    plan["quickscan"] = {"negeer": [{"regel": "COM-01", "waar": "ouderen", "reden": "volgt"}]}
    communicatie = areas(scan(plan))["communicatie"]
    assert (communicatie.lost, communicatie.score) == (0, 100)


# --- one set of numbers everywhere ------------------------------------------------------------


def _plans(tmp_path: Path) -> list[Path]:
    """A complete plan, one with tips, one with gaps, one with a fout, the scaffold, and a
    voorbeeld in progress."""
    variants: dict[str, dict[str, Any]] = {"compleet": copy.deepcopy(BASE)}
    tips = copy.deepcopy(BASE)
    group(tips, "ouderen").update(contactmomenten=3)
    tips["evaluatie"]["momenten"] = ["2027-10-01"]
    variants["tips"] = tips
    gaps = copy.deepcopy(tips)
    gaps["borging"]["verantwoordelijke"] = "n.t.b."
    gaps["doelen"][0]["waar"] = "-"
    gaps.pop("kpis")
    variants["gaten"] = gaps
    fout = copy.deepcopy(gaps)
    activity(fout, "A5")["eind"] = "2026-03-01"
    variants["fout"] = fout
    paths = []
    for name, data in variants.items():
        data["titel"] = f"Plan {name}"  # the overview is read per title
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        paths.append(path)
    scaffold = tmp_path / "nieuw.yaml"
    assert run_cli("init", scaffold, "--geen-vragen").exit_code == 0
    return [*paths, scaffold, REPO / "voorbeelden" / "vroegsignalering-schulden-onderweg.yaml"]


def _percent(score: int | None) -> str:
    return "–" if score is None else f"{score} %"


def test_check_json_github_documents_and_overzicht_show_the_same_numbers(tmp_path: Path) -> None:
    plans = _plans(tmp_path)
    overview = json.loads(run_cli("overzicht", *plans, "--formaat", "json", *DAY).stdout)
    overview_rows = {Path(row["file"]).name: row for row in overview["plans"]}
    overview_text = run_cli("overzicht", *plans, *DAY).stdout
    seen_waiting = seen_scored = False
    for path in plans:
        expected = scan_plan(load_text(path.read_text(encoding="utf-8"), str(path)), TODAY)
        want = [(a.score, a.light) for a in expected.areas]

        report = json.loads(run_cli("check", path, "--formaat", "json", *DAY).stdout)
        assert report["version"] == 3
        shown = report["plans"][0]
        assert (shown["score"], shown["light"], shown["waiting"]) == (
            expected.overall,
            expected.overall_light,
            expected.waiting,
        )
        assert [(a["score"], a["light"]) for a in shown["areas"]] == want

        row = overview_rows[path.name]
        assert (row["score"], row["light"], row["waiting"]) == (
            expected.overall,
            expected.overall_light,
            expected.waiting,
        )
        assert [(a["score"], a["light"]) for a in row["areas"]] == want

        text = run_cli("check", path, *DAY).stdout
        github = run_cli("check", path, "--formaat", "github", *DAY).stdout
        markdown = run_cli("render", path, "--met-quickscan", *DAY).stdout
        markdown = markdown.split("### Quickscan", 1)[1].split("\n## ", 1)[0]
        html_file = tmp_path / f"{path.stem}.html"
        assert run_cli("render", path, "--met-quickscan", *DAY, "-o", html_file).exit_code == 0
        html = html_file.read_text(encoding="utf-8").split("<h3>Quickscan</h3>", 1)[1]
        html = html.split("</div>", 1)[0] if expected.waiting else html

        if expected.waiting:
            seen_waiting = True
            # No percentage at all, and the same sentence that says why.
            sentence = expected.waiting_text
            assert "Nog geen score" in sentence
            for shown_text in (text, markdown):
                flowing = " ".join(shown_text.split())
                assert sentence in flowing
                assert not re.search(r"\d+ %", flowing.split("Activiteiten per fase")[0])
            assert "nog geen score" in github and "%25" not in github.split("::error")[0]
            assert sentence.split(":")[0] in html and not re.search(r"\d+&nbsp;%|\d+ %", html)
            block = overview_text.split(expected.title, 1)[1].split("\n\n", 1)[0]
            assert "nog geen score" in block and "Fout: " in block
            continue
        seen_scored = True
        assert re.search(rf"Totaal\s+{expected.overall} %  ● {expected.overall_light}", text)
        for area in expected.areas:
            assert re.search(
                rf"{re.escape(area.name)}\s+{_percent(area.score)}  ● {area.light}", text
            )
            assert f"| {area.name} | {_percent(area.score)} |" in markdown
            assert f"{area.name}</text>" in html and f"{_percent(area.score)} " in html
        assert f"impl quickscan%3A {expected.overall} %25 ({expected.overall_light})" in github
        assert f"Totaalscore: **{expected.overall} %**" in markdown
        assert f"Totaalscore: <strong>{expected.overall} %</strong>" in html
        block = overview_text.split(expected.title, 1)[1].split("\n\n", 1)[0]
        assert f"Quickscan {expected.overall} %" in block
    assert seen_waiting and seen_scored
