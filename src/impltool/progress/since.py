"""What changed since the last report (`impl voortgang --sinds`).

`--sinds DATUM` reads the plan's own dates: what began, was finished or was due in the window,
metingen, bijstellingen and evaluation moments; the window includes that day (a quarterly
report `--sinds 2027-07-01` must show the launch on 1 July). `--sinds REVISIE` (a git commit, tag or
branch) compares the plan as it was then with the plan now: status changes, new metingen,
activities added, removed or moved, changed targets (revision.py, compare.py, git.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.activity import ActivityStatus, activity_name, is_counted, status_of
from ..domain.line import kpi_label
from ..dutch import long_date, number, upper_first
from ..errors import UserError

if TYPE_CHECKING:
    from ..plan.model import Adjustment, Kpi, Plan

_DATE_LIKE = re.compile(r"[\d\-./]+")


@dataclass(frozen=True)
class Change:
    """One thing that changed; `date` when the plan dates it."""

    date: dt.date | None
    text: str


@dataclass(frozen=True)
class Since:
    """The window of a progress report: `label` says since when, for the reader."""

    label: str
    changes: tuple[Change, ...]
    notes: tuple[str, ...] = ()
    reference: str = ""  # the git revision compared with, for small print only


def is_date_like(value: str) -> bool:
    """Whether `--sinds` was meant as a date (digits and separators) rather than a revision."""
    return bool(_DATE_LIKE.fullmatch(value.strip()))


# --- since a date ---------------------------------------------------------------------------


def since_date(plan: Plan, since: dt.date, today: dt.date) -> Since:
    """What the plan's dates say happened from `since` up to `today`, both days included."""
    if since > today:
        raise UserError(
            f"--sinds {since.isoformat()} ligt na de datum van het overzicht "
            f"({today.isoformat()}); kies een eerdere datum"
        )
    notes = []
    if plan.period is not None and since < plan.period.start:
        notes.append(
            f"{long_date(since)} ligt voor het begin van de looptijd "
            f"({long_date(plan.period.start)}): dit is alles sinds het begin"
        )

    def inside(day: dt.date | None) -> bool:
        return day is not None and since <= day <= today

    changes: list[Change] = []
    for _, _, activity in plan.activities():
        if not is_counted(activity):
            continue
        label = upper_first(activity_name(activity))
        if inside(activity.start):
            changes.append(Change(activity.start, f"{label}: begonnen volgens de planning"))
        if inside(activity.end):
            if status_of(activity) is ActivityStatus.DONE:
                changes.append(Change(activity.end, f"{label}: afgerond"))
            else:
                changes.append(Change(activity.end, f"{label}: had klaar moeten zijn"))
    for kpi in plan.kpis:
        for meting in kpi.measurements:
            if inside(meting.date):
                changes.append(
                    Change(meting.date, f"Meting {kpi_label(kpi)}: {value_text(kpi, meting.value)}")
                )
    for adjustment in plan.adjustments:
        if inside(adjustment.date):
            changes.append(Change(adjustment.date, f"Bijstelling: {adjustment_text(adjustment)}"))
    for moment in plan.evaluation.moments if plan.evaluation else []:
        if inside(moment):
            changes.append(Change(moment, "Evaluatiemoment"))
    changes.sort(key=lambda c: c.date or dt.date.min)
    return Since(f"sinds {long_date(since)}", tuple(changes), tuple(notes))


def value_text(kpi: Kpi, value: float | int | None) -> str:
    """A KPI's value with its unit, as a change names it ("" for no value)."""
    shown = number(value)
    return f"{shown} {kpi.unit}" if kpi.unit and shown else shown


def adjustment_text(adjustment: Adjustment) -> str:
    """A bijstelling in a few words: its decision, or else its reason."""
    return adjustment.decision or adjustment.reason or "zonder omschrijving"


def in_date_order(changes: list[Change]) -> tuple[Change, ...]:
    """What the plan dates (metingen, bijstellingen, evaluations) in date order, then what
    was changed in the plan itself, which has no date of its own, in the plan's order."""
    dated = sorted((c for c in changes if c.date is not None), key=lambda c: c.date or dt.date.min)
    return (*dated, *(c for c in changes if c.date is None))
