"""What differs between two versions of a plan (`impl voortgang --sinds REVISIE`): status
changes, activities added, removed or moved, changed KPI targets and deadlines, new metingen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.activity import activity_name
from ..domain.line import kpi_label
from ..dutch import long_date, short_date, upper_first
from ..knowledge import toolkit
from .since import Change, adjustment_text, value_text

if TYPE_CHECKING:
    from ..plan.model import Activity, Plan


def compare(then: Plan, now: Plan) -> list[Change]:
    """What differs between two versions of a plan, in the plan's order."""
    changes: list[Change] = []
    old = _activities(then)
    new = _activities(now)
    for key, (phase, _, activity) in new.items():
        label = upper_first(activity_name(activity))
        if key not in old:
            # Undated: listed under its own (maybe future) start it would read as an event.
            changes.append(Change(None, f"{label}: nieuw in het plan ({_when(activity)})"))
            continue
        was_phase, _, was = old[key]
        if was.status != activity.status:
            changes.append(Change(None, f"{label}: {was.status} → {activity.status}"))
        if (was.start, was.end) != (activity.start, activity.end):
            changes.append(
                Change(None, f"{label}: verplaatst van {_when(was)} naar {_when(activity)}")
            )
        if was_phase != phase:
            changes.append(Change(None, f"{label}: naar fase {_phase_name(phase)}"))
    for key, (_, _, activity) in old.items():
        if key not in new:
            label = upper_first(activity_name(activity))
            changes.append(Change(None, f"{label}: uit het plan gehaald"))
    changes += _kpi_changes(then, now)
    old_adjustments = {(a.date, a.decision, a.reason) for a in then.adjustments}
    for adjustment in now.adjustments:
        if (adjustment.date, adjustment.decision, adjustment.reason) not in old_adjustments:
            changes.append(Change(adjustment.date, f"Bijstelling: {adjustment_text(adjustment)}"))
    old_moments = set(then.evaluation.moments if then.evaluation else [])
    new_moments = set(now.evaluation.moments if now.evaluation else [])
    for moment in sorted(new_moments - old_moments):
        changes.append(Change(moment, "Nieuw evaluatiemoment"))
    for moment in sorted(old_moments - new_moments):
        changes.append(Change(moment, "Evaluatiemoment geschrapt"))
    if then.period != now.period and now.period is not None:
        period_then = (
            f"{short_date(then.period.start)} – {short_date(then.period.end)}"
            if then.period
            else "geen"
        )
        changes.append(
            Change(
                None,
                f"Looptijd: was {period_then}, nu {short_date(now.period.start)} – "
                f"{short_date(now.period.end)}",
            )
        )
    return changes


def _activities(plan: Plan) -> dict[str, tuple[str, int, Activity]]:
    """Activities by id; one without an id by what it is (the best a reader would match)."""
    found: dict[str, tuple[str, int, Activity]] = {}
    for phase, index, activity in plan.activities():
        key = f"id:{activity.id}" if activity.id else f"wat:{activity.what or phase + str(index)}"
        # An id is unique within its phase only: a second A1 elsewhere is matched second.
        seen, unique = 1, key
        while unique in found:
            seen += 1
            unique = f"{key}#{seen}"
        found[unique] = (phase, index, activity)
    return found


def _when(activity: Activity) -> str:
    start = short_date(activity.start) if activity.start else "?"
    end = short_date(activity.end) if activity.end else "?"
    return start if start == end else f"{start} – {end}"


def _phase_name(key: str) -> str:
    phase = toolkit().phase(key)
    return phase.name if phase else key


def _kpi_changes(then: Plan, now: Plan) -> list[Change]:
    changes: list[Change] = []
    old = {kpi.id: kpi for kpi in then.kpis}
    for kpi in now.kpis:
        label = kpi_label(kpi)
        was = old.pop(kpi.id, None)
        if was is None:
            changes.append(Change(None, f"KPI {label}: nieuw in het plan"))
            continue
        if was.target != kpi.target:
            changes.append(
                Change(
                    None,
                    f"KPI {label}: streefwaarde van {value_text(kpi, was.target) or 'geen'} naar "
                    f"{value_text(kpi, kpi.target) or 'geen'}",
                )
            )
        if was.deadline != kpi.deadline:
            before = long_date(was.deadline) if was.deadline else "geen"
            after = long_date(kpi.deadline) if kpi.deadline else "geen"
            changes.append(Change(None, f"KPI {label}: deadline van {before} naar {after}"))
        known = {(m.date, m.value) for m in was.measurements}
        earlier = {m.date: m.value for m in was.measurements}
        for meting in sorted(kpi.measurements, key=lambda m: m.date):
            if (meting.date, meting.value) in known:
                continue
            value = value_text(kpi, meting.value)
            if meting.date in earlier:  # the same day measured again: a correction
                before = value_text(kpi, earlier[meting.date])
                text = f"Meting {label} aangepast: was {before}, nu {value}"
            else:
                text = f"Nieuwe meting {label}: {value}"
            changes.append(Change(meting.date, text))
    for kpi in old.values():
        changes.append(Change(None, f"KPI {kpi_label(kpi)}: uit het plan gehaald"))
    return changes
