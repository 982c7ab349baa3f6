"""The example plans in voorbeelden/: valid, complete, and covering the three situations.

Users copy these files as a starting point, and the quickscan's own tests use them as complete
plans, so each one must load cleanly and assess the whole factor checklist.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import CHECKLIST_IDS, VOORBEELDEN, run_cli
from impltool.plan.load import LoadedPlan, PlanError, load_plan

# The examples describe plans halfway through, as seen on this day.
REFERENCE_DAY = date(2026, 11, 24)

EXAMPLES = sorted(p for p in VOORBEELDEN.iterdir() if p.suffix in (".yaml", ".yml"))


def _load(path: Path) -> LoadedPlan:
    try:
        return load_plan(path)
    except PlanError as error:  # show every problem, with file:line:column
        pytest.fail(f"{path.name} is geen geldig plan:\n{error}")


def test_there_are_at_least_three_examples() -> None:
    assert len(EXAMPLES) >= 3, [p.name for p in EXAMPLES]


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
    plans = [_load(path).plan for path in EXAMPLES]
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


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_hindering_factor_is_answered_by_an_activity(path: Path) -> None:
    plan = _load(path).plan
    addressed = {key for _, _, activity in plan.activities() for key in activity.addresses}
    open_factors = [
        f.key for f in plan.factors if f.judgement == "belemmerend" and f.key not in addressed
    ]
    assert not open_factors


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
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


def test_examples_pass_the_quickscan_without_errors_or_warnings() -> None:
    result = run_cli(
        "check", VOORBEELDEN, "--datum", REFERENCE_DAY.isoformat(), "--faal-op", "waarschuwing"
    )
    assert result.exit_code == 0, result.output
    for path in EXAMPLES:
        assert path.name in result.stdout
