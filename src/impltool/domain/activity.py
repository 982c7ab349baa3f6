"""An activity in its place in the plan, and what `impl check`, `impl voortgang` and the
documents decide about it the same way: its status, whether it counts, whether it is late, and
its name.

The plan file writes `status` as a Dutch word (`plan.model.Status`, a contract with users);
`ActivityStatus` is that same vocabulary for the code, read once per activity by `status_of`.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from ..knowledge import toolkit

if TYPE_CHECKING:
    from ..plan.model import Activity
    from ..plan.yamlbase import YamlPath

# A name this long is left out of a finding's reference to an activity: it reads badly there.
SHORT_REFERENCE = 50  # characters


class ActivityStatus(StrEnum):
    """An activity's `status`; the value is the word in the plan (plan.model.Status)."""

    PLANNED = "gepland"
    RUNNING = "bezig"
    DONE = "gereed"
    CANCELLED = "vervallen"


def status_of(activity: Activity) -> ActivityStatus:
    return ActivityStatus(activity.status)


def is_counted(activity: Activity) -> bool:
    """Cancelled (`vervallen`) work counts for nothing: not in the quickscan's rules, not in
    voortgang's totals, not in the document's timeline or answers to hindering factors."""
    return status_of(activity) is not ActivityStatus.CANCELLED


def is_late(activity: Activity, day: dt.date) -> bool:
    """Counted work past its `eind` on `day` and not `gereed` (ACT-08; voortgang's Te laat)."""
    return (
        activity.end is not None
        and activity.end < day
        and status_of(activity) not in (ActivityStatus.DONE, ActivityStatus.CANCELLED)
    )


def activity_name(activity: Activity) -> str:
    """`A7 Training in drie dagdelen`: the id (when there is one) and what it is (`wat`, else
    the name of its kind): how voortgang and the documents list an activity."""
    what = activity.what or (toolkit().kind_name(activity.kind) if activity.kind else "")
    what = what or "activiteit zonder omschrijving"
    return f"{activity.id} {what}" if activity.id else what


class PlacedActivity(NamedTuple):
    """An activity with its phase and its position in that phase's list. For a report day,
    voortgang fills in `days_late` (how far past `eind` unfinished work is) and
    `days_overdue_start` (how far past `start` work not begun is)."""

    phase: str
    position: int
    activity: Activity
    days_late: int = 0
    days_overdue_start: int = 0

    @property
    def path(self) -> YamlPath:
        """Where the activity is in the plan file."""
        return ("fasen", self.phase, self.position)

    @property
    def status(self) -> ActivityStatus:
        return status_of(self.activity)

    def is_counted(self) -> bool:
        return is_counted(self.activity)

    def is_late(self, day: dt.date) -> bool:
        return is_late(self.activity, day)

    @property
    def name(self) -> str:
        """How voortgang and the documents list it: `A7 Training in drie dagdelen`."""
        return activity_name(self.activity)

    @property
    def reference(self) -> str:
        """How a quickscan finding points at it in the file: `activiteit A7`, by its id, else
        by a short `wat`, else by its place (`activiteit 2 in doen`)."""
        a = self.activity
        short = a.what if a.what and len(a.what) <= SHORT_REFERENCE else None
        name = a.id or short
        return f"activiteit {name}" if name else f"activiteit {self.position + 1} in {self.phase}"
