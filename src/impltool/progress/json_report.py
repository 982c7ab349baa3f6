"""`impl voortgang --formaat json`: the progress report for dashboards and other tools.

Keys are English, like `impl check --formaat json`; texts meant for readers stay Dutch.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any, TextIO

from ..domain.activity import PlacedActivity
from ..domain.line import Verdict
from ..knowledge import toolkit
from ..shown import json_visible
from .kpis import KpiProgress
from .state import Progress, spending

if TYPE_CHECKING:
    from .since import Since

PROGRESS_JSON_VERSION = 1

VERDICT_KEYS = {
    Verdict.ON_TRACK: "on_track",
    Verdict.BEHIND: "behind",
    Verdict.AHEAD: "ahead",
    Verdict.TOO_EARLY: "too_early",
    Verdict.NOT_JUDGED: "not_judged",
}


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _activity(placed: PlacedActivity) -> dict[str, Any]:
    a = placed.activity
    shown: dict[str, Any] = {
        "id": a.id,
        "what": a.what,
        "phase": placed.phase,
        "status": a.status,
        "start": _day(a.start),
        "end": _day(a.end),
    }
    if placed.days_late:
        shown["days_late"] = placed.days_late
    if placed.days_overdue_start:
        shown["days_since_planned_start"] = placed.days_overdue_start
    return shown


def _kpi(item: KpiProgress) -> dict[str, Any]:
    kpi, judgement = item.kpi, item.judgement
    line, latest = judgement.line, judgement.latest
    baseline = {"date": _day(line.start), "value": line.base} if line else None
    if baseline is not None and line is not None and line.begins is not None:
        # Why the line starts on that day (catalogue v3): kpi_start, group_work, launch,
        # period_start or first_measurement, and the same in words.
        baseline |= {"reason": line.begins.reason.value, "reason_text": item.line_start}
    if baseline is None and kpi.baseline is not None:
        baseline = {"date": None, "value": kpi.baseline}  # a nulmeting without a start date
    return {
        "id": kpi.id,
        "name": kpi.name,
        "unit": kpi.unit,
        "baseline": baseline,
        "latest": {"date": _day(latest.date), "value": latest.value} if latest else None,
        "target": kpi.target,
        "deadline": _day(kpi.deadline),
        "share_of_way": item.share_of_way,
        "expected_at_latest": judgement.expected,
        "expected_now": item.expected_now,
        "judged_from": _day(item.judged_from),
        "verdict": VERDICT_KEYS[item.verdict],
        "verdict_text": item.verdict.value,
        "measurements": [{"date": _day(m.date), "value": m.value} for m in item.measurements],
        "notes": list(item.notes),
        "frequency": item.kpi.frequency,
        "owner": item.kpi.owner,
        "measuring_due_late": _day(item.measuring_due),
        "light": item.light,
    }


def progress_document(progress: Progress) -> dict[str, Any]:
    plan = progress.plan
    return {
        "file": progress.file,
        "title": plan.title,
        "organisation": plan.organisation,
        "date": progress.today.isoformat(),
        "period": _period(progress),
        "target_groups": [
            {
                "name": group.name,
                "current_phase": group.phase,
                "phase_contradicted_by": group.contradicted_by,
            }
            for group in progress.group_phases
        ],
        "running_phases": list(progress.running_phases),
        "activities": _activities(progress),
        "phases": [
            {
                "phase": p.key,
                "name": p.name,
                "counted": p.total,
                "done": p.done,
                "running": p.running,
                "late": p.late,
                "cancelled": p.cancelled,
                "light": p.light,
            }
            for p in progress.phases
        ],
        "kpis": [_kpi(k) for k in progress.kpis],
        "since": _since(progress.since) if progress.since else None,
        "adjustments": [
            {"date": _day(a.date), "reason": a.reason, "decision": a.decision}
            for a in progress.adjustments
        ],
        "evaluation_moments": {
            "past": [_day(m) for m in progress.moments_past],
            "coming": [_day(m) for m in progress.moments_coming],
        },
        "next_steps": list(progress.next_steps),
        "unexplained": list(progress.unexplained),
        "goals": [
            {"id": goal_id, "light": light, "kpis": [k.kpi.id for k in kpis]}
            for goal_id, _, light, kpis in progress.goal_lights
        ],
        "money": _money(progress),
    }


def _period(progress: Progress) -> dict[str, Any] | None:
    period = progress.plan.period
    if period is None:
        return None
    return {
        "start": _day(period.start),
        "end": _day(period.end),
        "day": progress.elapsed_days,
        "days": progress.total_days,
        "share": progress.share_of_period,
    }


def _activities(progress: Progress) -> dict[str, Any]:
    return {
        "counted": progress.counted_activities,
        "share_done": progress.share_done,
        "done": [_activity(p) for p in progress.done],
        "running": [_activity(p) for p in progress.running],
        "late": [_activity(p) for p in progress.late],
        "not_started": [_activity(p) for p in progress.not_started],
        "upcoming": [_activity(p) for p in progress.upcoming],
        "upcoming_weeks": progress.upcoming_weeks,
        "cancelled": [_activity(p) for p in progress.cancelled],
        "undated": [_activity(p) for p in progress.undated],
    }


def _since(since: Since) -> dict[str, Any]:
    return {
        "label": since.label,
        "changes": [{"date": _day(c.date), "text": c.text} for c in since.changes],
        "notes": list(since.notes),
        "reference": since.reference or None,
    }


def _money(progress: Progress) -> list[dict[str, Any]]:
    rules = toolkit().rules
    return [
        {
            "year": line.year,
            "source": line.source,
            "planned": line.planned,
            "spent": line.spent,
            "overspent": line.overspent,
            "light": line.light(progress.today, rules),
        }
        for line in spending(progress.plan)
    ]


def write_progress_json(progress: Progress, stream: TextIO) -> None:
    document = {"version": PROGRESS_JSON_VERSION, **progress_document(progress)}
    text = json.dumps(document, ensure_ascii=False, indent=2)
    stream.write(json_visible(text) + "\n")
