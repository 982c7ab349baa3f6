"""`impl check` as a user runs it: the report, the formats and the exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import VOORBEELDEN, run_cli

COMPLETE = Path(__file__).parent / "fixtures" / "complete.yaml"
DAY = ("--datum", "2026-11-24")


def with_gap(write_plan, old: str, new: str, name: str = "plan.yaml") -> Path:
    text = COMPLETE.read_text(encoding="utf-8")
    assert old in text
    return write_plan(text.replace(old, new), name)


def test_complete_plan_reports_all_green_and_exits_0() -> None:
    result = run_cli("check", COMPLETE, *DAY)
    assert result.exit_code == 0, result.output
    assert "Totaal" in result.stdout and "100 %" in result.stdout
    assert "0 fouten, 0 waarschuwingen, 0 tips" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when not on a terminal


def test_report_groups_findings_by_area_with_location_suggestion_and_source(write_plan) -> None:
    plan = with_gap(write_plan, "contactmomenten: 7", "contactmomenten: 3")
    result = run_cli("check", plan, "--faal-op", "tip", *DAY)
    assert result.exit_code == 1
    out = result.stdout
    assert "Communicatie (" in out
    assert "tip COM-03" in out
    line = next(
        i
        for i, row in enumerate(plan.read_text(encoding="utf-8").splitlines(), 1)
        if "id: ouderen" in row
    )
    assert f"{plan}:{line}:" in out
    assert "Wat nu:" in out and "Bron:" in out
    assert "0 fouten, 0 waarschuwingen, 1 tip" in out


def test_faal_op_sets_the_exit_code(write_plan) -> None:
    tip_only = with_gap(write_plan, "contactmomenten: 7", "contactmomenten: 3")
    assert run_cli("check", tip_only, *DAY).exit_code == 0  # default: waarschuwing
    assert run_cli("check", tip_only, "--faal-op", "tip", *DAY).exit_code == 1
    no_problem = with_gap(
        write_plan,
        "  probleem: Ouderen in Oost voelen zich eenzaam en vinden de weg naar hulp niet.\n",
        "",
        "np.yaml",
    )
    assert run_cli("check", no_problem, *DAY).exit_code == 1
    assert run_cli("check", no_problem, "--faal-op", "fout", *DAY).exit_code == 0


def test_fout_fails_even_with_faal_op_fout(write_plan) -> None:
    plan = with_gap(
        write_plan,
        "doelgroepen: [bestuur, werkers, ouderen]",
        "doelgroepen: [bestuur, werkers, oudren]",
    )
    result = run_cli("check", plan, "--faal-op", "fout", *DAY)
    assert result.exit_code == 1
    assert "fout PLAN-01" in result.stdout and "'oudren'" in result.stdout


def test_json_output_has_scores_and_findings(write_plan) -> None:
    plan = with_gap(write_plan, "contactmomenten: 7", "contactmomenten: 3")
    result = run_cli("check", plan, "--formaat", "json", *DAY)
    document = json.loads(result.stdout)
    (entry,) = document["plans"]
    assert entry["valid"] is True and entry["date"] == "2026-11-24"
    assert {a["area"] for a in entry["areas"]} == {
        "doelen",
        "betrokkenen",
        "factoren",
        "activiteiten",
        "communicatie",
        "evaluatie",
        "borging",
    }
    (finding,) = entry["findings"]
    assert finding["code"] == "COM-03" and finding["severity"] == "tip"
    assert {"area", "message", "suggestion", "source", "line", "column", "path", "file"} <= set(
        finding
    )
    assert finding["path"].startswith("doelgroepen[")


def test_json_keeps_accepted_findings_with_their_reason(write_plan) -> None:
    plan = with_gap(
        write_plan,
        "contactmomenten: 7",
        "contactmomenten: 3",
    )
    plan.write_text(
        plan.read_text(encoding="utf-8")
        + "quickscan:\n  negeer:\n    - {regel: COM-03, reden: huisbezoek volstaat}\n",
        encoding="utf-8",
    )
    entry = json.loads(run_cli("check", plan, "-f", "json", *DAY).stdout)["plans"][0]
    assert entry["findings"] == []
    assert entry["accepted"][0]["reason"] == "huisbezoek volstaat"
    text = run_cli("check", plan, *DAY).stdout
    assert "Bewust geaccepteerd" in text and "1 bewust geaccepteerd" in text


def test_github_annotations(write_plan) -> None:
    plan = with_gap(write_plan, "contactmomenten: 7", "contactmomenten: 3")
    out = run_cli("check", plan, "--formaat", "github", *DAY).stdout
    assert out.startswith(f"::notice file={plan},line=")
    assert "title=COM-03 (tip)::" in out


def test_broken_plan_next_to_good_one(write_plan) -> None:
    bad = write_plan("formaat: 1\ntitel: [x\n", "kapot.yaml")
    result = run_cli("check", COMPLETE, bad, *DAY)
    assert result.exit_code == 2
    assert "Quickscan van" in result.stdout  # the good plan is still reported
    assert f"{bad}:" in result.stderr and "fout:" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("day", ["24-11-2026", "2026W482", "20261124", "2026-11-24T00:00"])
def test_datum_takes_exactly_the_plan_s_date_form(day: str) -> None:
    # Python's fromisoformat would read an ISO week or a date without dashes.
    result = run_cli("check", COMPLETE, "--datum", day)
    assert result.exit_code == 2
    assert f"fout: '{day}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld" in result.stderr
    assert result.stdout == ""


def test_several_plans_get_a_grand_total(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yml"):
        (tmp_path / name).write_text(COMPLETE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_cli("check", tmp_path, *DAY)
    assert result.exit_code == 0
    assert result.stdout.count("Quickscan van") == 2
    assert "Alle 2 plannen samen" in result.stdout


def test_other_yaml_in_a_folder_is_skipped_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(COMPLETE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    result = run_cli("check", tmp_path, *DAY)
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Quickscan van") == 1
    assert "overgeslagen" in result.stderr and "mkdocs.yml" in result.stderr


def test_contradictions_hold_back_the_scores(write_plan) -> None:
    plan = with_gap(
        write_plan,
        "doelgroepen: [bestuur, werkers, ouderen]",
        "doelgroepen: [bestuur, werkers, oudren]",
    )
    out = run_cli("check", plan, *DAY).stdout
    # No percentage a reader could take as a grade while the plan contradicts itself.
    assert "Nog geen score: het plan spreekt zichzelf op 1 plek tegen" in out
    assert "%" not in out and "groen" not in out
    assert "Nog geen score" not in run_cli("check", COMPLETE, *DAY).stdout


def test_github_format_also_fills_the_job_summary(write_plan, tmp_path, monkeypatch) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("eerder\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    plan = with_gap(write_plan, "contactmomenten: 7", "contactmomenten: 3")
    run_cli("check", plan, "--formaat", "github", *DAY)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("eerder\n## impl quickscan")
    assert "tip COM-03" in text and "\x1b[" not in text


def test_a_link_to_the_whole_disk_in_a_folder_is_not_followed(tmp_path: Path) -> None:
    folder = tmp_path / "plannen"
    folder.mkdir()
    (folder / "plan.yaml").write_text(
        (VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml").read_text("utf-8"), encoding="utf-8"
    )
    (folder / "x").symlink_to("/")
    result = run_cli("check", folder, "-f", "github")
    assert result.exit_code in (0, 1), result.output
    assert result.stdout.count("::") < 400, "it walked the disk"
    assert "x" in result.stderr and "buiten" in result.stderr and "link" in result.stderr
