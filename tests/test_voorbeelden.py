"""The example plans in voorbeelden/: valid, complete, and covering the three situations.

Users copy these files as a starting point, and the quickscan's own tests use them as complete
plans, so each one must load cleanly and assess the whole factor checklist. One example is a
plan in progress with honest open gaps (IN_PROGRESS): users learn from it what findings look
like, and its text report is kept as a golden file.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from conftest import CHECKLIST_IDS, REPO, VOORBEELDEN, run_cli
from impltool.plan.load import LoadedPlan, PlanError, load_plan

# The examples describe plans halfway through, as seen on this day.
REFERENCE_DAY = date(2026, 11, 24)

EXAMPLES = sorted(p for p in VOORBEELDEN.iterdir() if p.suffix in (".yaml", ".yml"))
IN_PROGRESS = VOORBEELDEN / "vroegsignalering-schulden-onderweg.yaml"
COMPLETE = [p for p in EXAMPLES if p != IN_PROGRESS]
GOLDEN_REPORT = REPO / "tests" / "golden" / "check" / f"{IN_PROGRESS.stem}.txt"
UPDATE = os.environ.get("IMPL_UPDATE_GOLDEN") == "1"


def _load(path: Path) -> LoadedPlan:
    try:
        return load_plan(path)
    except PlanError as error:  # show every problem, with file:line:column
        pytest.fail(f"{path.name} is geen geldig plan:\n{error}")


def test_there_are_three_complete_examples_and_one_in_progress() -> None:
    assert len(COMPLETE) >= 3, [p.name for p in COMPLETE]
    assert IN_PROGRESS.is_file()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_loads_without_problems(path: Path) -> None:
    loaded = _load(path)
    assert loaded.plan.title
    assert loaded.plan.activities(), f"{path.name} has no activities"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_opens_with_the_schema_line_and_a_comment_saying_what_it_shows(
    path: Path,
) -> None:
    schema_line, first = path.read_text(encoding="utf-8").splitlines()[:2]
    assert schema_line == "# yaml-language-server: $schema=../schema/plan.schema.json"
    assert (path.parent / "../schema/plan.schema.json").is_file()
    assert first.startswith("# Voorbeeldplan"), first


def test_the_three_situations_are_present() -> None:
    plans = [_load(path).plan for path in COMPLETE]
    developer = [p for p in plans if p.role == "ontwikkelaar"]
    organisation = [
        p
        for p in plans
        if p.role == "uitvoerende_organisatie" and p.intervention.kind != "online_platform"
    ]
    platform = [p for p in plans if p.intervention.kind == "online_platform"]
    assert developer, "no example written by an intervention developer"
    assert organisation, "no example of an organisation implementing an existing intervention"
    assert platform, "no example of an online platform"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_checklist_item_is_assessed(path: Path) -> None:
    factors = _load(path).plan.factors
    assessed = {f.item for f in factors if f.item}
    missing = [item for item in CHECKLIST_IDS if item not in assessed]
    assert not missing, f"{path.name} does not assess {missing}"
    assert any(f.judgement != "onbekend" for f in factors)
    assert any(f.id for f in factors), f"{path.name} has no own factor"


@pytest.mark.parametrize("path", COMPLETE, ids=lambda p: p.stem)
def test_every_hindering_factor_is_answered_by_an_activity(path: Path) -> None:
    plan = _load(path).plan
    addressed = {key for _, _, activity in plan.activities() for key in activity.addresses}
    open_factors = [
        f.key for f in plan.factors if f.judgement == "belemmerend" and f.key not in addressed
    ]
    assert not open_factors


@pytest.mark.parametrize("path", COMPLETE, ids=lambda p: p.stem)
def test_example_is_a_plan_in_progress_on_the_reference_day(path: Path) -> None:
    """Done work is marked done, current work is under way, and the plan was adjusted."""
    plan = _load(path).plan
    statuses = {activity.status for _, _, activity in plan.activities()}
    assert {"gereed", "bezig", "gepland"} <= statuses
    for phase, _, activity in plan.activities():
        assert activity.start and activity.end, f"{activity.id} ({phase}) lacks start or eind"
        if activity.end < REFERENCE_DAY:
            assert activity.status == "gereed", activity.id
        elif activity.start > REFERENCE_DAY:
            assert activity.status == "gepland", activity.id
        else:
            assert activity.status == "bezig", activity.id
    assert plan.adjustments, f"{path.name} records no bijstellingen"


def test_complete_examples_pass_the_quickscan_without_errors_or_warnings() -> None:
    result = run_cli("check", *COMPLETE, "--datum", REFERENCE_DAY.isoformat(), "--faal-op", "tip")
    assert result.exit_code == 0, result.output
    for path in COMPLETE:
        assert path.name in result.stdout
    assert result.stdout.count("Totaal                  100 %  ● groen") == len(COMPLETE)


def test_the_plan_in_progress_shows_real_findings_and_is_not_green() -> None:
    result = run_cli("check", IN_PROGRESS, "--datum", REFERENCE_DAY.isoformat())
    assert result.exit_code == 1, result.output
    plan = _load(IN_PROGRESS).plan
    statuses = [activity.status for _, _, activity in plan.activities()]
    assert {"gereed", "bezig", "gepland", "vervallen"} <= set(statuses)
    assert plan.adjustments
    # some work late, one KPI behind, funding after the project still open
    for code in ("ACT-08", "KPI-05", "BORG-01"):
        assert code in result.stdout
    assert "Totaal" in result.stdout and "● groen" not in result.stdout.split("Totaal")[1]


def test_the_plan_in_progress_report_matches_its_golden_file() -> None:
    result = run_cli("check", IN_PROGRESS, "--datum", REFERENCE_DAY.isoformat())
    report = result.stdout.replace(str(IN_PROGRESS), f"voorbeelden/{IN_PROGRESS.name}")
    if UPDATE:
        GOLDEN_REPORT.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN_REPORT.write_text(report, encoding="utf-8")
    assert GOLDEN_REPORT.is_file(), "run with IMPL_UPDATE_GOLDEN=1 to create it"
    assert report == GOLDEN_REPORT.read_text(encoding="utf-8")
