"""The timeline: the dated activities as bars on a month grid, grouped by phase, and in
words what could not be drawn (no start, an end before the start, cancelled, too late)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ...domain.activity import activity_name, is_counted, status_of
from ...dutch import enumeration
from .contract import Alinea, Balk, Blok, Groep, Sectie, Tijdlijn, add_months

if TYPE_CHECKING:
    from ...knowledge import Toolkit
    from ...plan.model import Plan

MAX_TIMELINE_MONTHS = 72  # a timeline wider than six years is cut off (and says so)

LeftOut = list[tuple[str, list[str]]]  # (why, the activities) for the sentences below it


def timeline_section(plan: Plan, knowledge: Toolkit, today: dt.date) -> Sectie:
    timeline, left_out = build_timeline(plan, knowledge, today)
    blocks: list[Blok] = []
    if timeline is not None:
        blocks.append(timeline)
    for reason, names in left_out:
        if names:
            blocks.append(Alinea(f"{reason}: {enumeration(names)}."))
    return Sectie("tijdlijn", "Tijdlijn", tuple(blocks) if timeline is not None else ())


def build_timeline(
    plan: Plan, knowledge: Toolkit, today: dt.date
) -> tuple[Tijdlijn | None, LeftOut]:
    """The timeline, and what was left out of it and why."""
    groups, left_out = _bars_per_phase(plan, knowledge)
    if not groups:
        return None, left_out
    months = _months(groups, plan)
    edge = add_months(months[-1], 1)
    shown = tuple(Groep(g.naam, tuple(b for b in g.balken if b.start < edge)) for g in groups)
    beyond = [b.naam for g in groups for b in g.balken if b.start >= edge]
    if beyond:
        left_out.append(("Na het einde van de tijdlijn (die toont zes jaar)", beyond))
    shown_today = today if months[0] <= today < edge else None
    return Tijdlijn(tuple(g for g in shown if g.balken), tuple(months), shown_today), left_out


def _bars_per_phase(plan: Plan, knowledge: Toolkit) -> tuple[list[Groep], LeftOut]:
    """A bar for every activity that can be drawn, per phase that has one; the others by
    why they cannot."""
    undated: list[str] = []
    backwards: list[str] = []
    cancelled: list[str] = []
    groups = []
    for phase in knowledge.phases:
        bars = []
        for activity in plan.phases.by_key()[phase.key]:
            label = activity_name(activity)
            if not is_counted(activity):
                cancelled.append(label)
            elif activity.start is None:
                undated.append(label)
            elif activity.end is not None and activity.end < activity.start:
                backwards.append(label)
            else:
                end = activity.end or activity.start
                bars.append(Balk(label, activity.start, end, status_of(activity)))
        if bars:
            groups.append(Groep(f"Fase {phase.number}: {phase.name}", tuple(bars)))
    left_out = [
        ("Niet in de tijdlijn, want zonder startdatum", undated),
        ("Niet in de tijdlijn, want de einddatum ligt voor de startdatum", backwards),
        ("Vervallen, dus niet in de tijdlijn", cancelled),
    ]
    return groups, left_out


def _months(groups: list[Groep], plan: Plan) -> list[dt.date]:
    """The first day of every month from the first bar (or the plan's start) to the last
    bar's end (or the plan's end), at most MAX_TIMELINE_MONTHS."""
    starts = [b.start for g in groups for b in g.balken]
    ends = [b.eind for g in groups for b in g.balken]
    if plan.period is not None:
        starts.append(plan.period.start)
        ends.append(plan.period.end)
    last = max(ends).replace(day=1)
    months: list[dt.date] = []
    month = min(starts).replace(day=1)
    while month <= last and len(months) < MAX_TIMELINE_MONTHS:
        months.append(month)
        month = add_months(month, 1)
    return months
