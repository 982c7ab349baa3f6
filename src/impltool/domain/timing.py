"""When work starts in a plan: its launch, the launch per group of doelgroepen, and so where a
KPI's line starts (catalogue v3, "Timing per target group").

The line's start is, in this order: the KPI's own `start`; the start of the work for the
`doelgroepen` of its goal (their *group launch*); the launch of the plan (the earliest dated,
not-cancelled `doen` activity); `periode.start` when no `doen` activity has a date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from ..dutch import enumeration, long_date
from .activity import is_counted

if TYPE_CHECKING:
    from ..plan.model import Activity, Kpi, Plan


SHORT_GROUP_NAME = 30  # characters: a longer name reads badly inside a sentence


def _starts_work(activity: Activity) -> bool:
    return activity.start is not None and is_counted(activity)


class StartReason(StrEnum):
    """Why a KPI's line starts where it does."""

    KPI_START = "kpi_start"  # the KPI's own `start`
    GROUP_WORK = "group_work"  # the group launch of its goal's `doelgroepen`
    LAUNCH = "launch"  # the launch of the plan
    PERIOD_START = "period_start"  # no dated `doen` activity: the start of the period
    FIRST_MEASUREMENT = "first_measurement"  # no nulmeting: the first meting


class LineStart(NamedTuple):
    """Where a KPI's line starts, and why; `activity` is the work that starts it (group
    launch or launch), `groups` the doelgroepen of its goal (group launch)."""

    day: dt.date
    reason: StartReason
    activity: Activity | None = None
    groups: tuple[str, ...] = ()
    launch: dt.date | None = None  # the plan's launch, to compare with

    @property
    def at_launch(self) -> bool:
        """The line starts on the day of the plan's launch (whatever the reason)."""
        return self.day == self.launch

    def why(self, group_names: dict[str, str] | None = None, *, nested: bool = False) -> str:
        """The reason in words: "de start van het werk voor wijkverpleging (Do4)"; `nested`
        for inside brackets: "de start van het werk voor wijkverpleging, Do4"."""
        label = ""
        if self.activity is not None and self.activity.id:
            label = f", {self.activity.id}" if nested else f" ({self.activity.id})"
        if self.reason is StartReason.KPI_START:
            return "de start die bij de KPI staat"
        if self.reason is StartReason.GROUP_WORK:
            names = enumeration((group_names or {}).get(g, g) for g in self.groups)
            return f"de start van het werk voor {names}{label}"
        if self.reason is StartReason.LAUNCH:
            return f"de start van het werk{label}"
        if self.reason is StartReason.FIRST_MEASUREMENT:
            return "de eerste meting" + (
                "; er is geen nulmeting" if nested else " (er is geen nulmeting)"
            )
        return "de start van de periode"

    def sentence(self, group_names: dict[str, str] | None = None) -> str:
        """ "de lijn begint op 2 februari 2026: de start van het werk voor wijkverpleging (Do4)"."""
        return f"de lijn begint op {long_date(self.day)}: {self.why(group_names)}"


class PlanTiming:
    """When work starts in a plan: its launch and the launch per group of doelgroepen, worked
    out once per plan and shared by the quickscan (KPI-05, FAC-03, FAC-04) and voortgang."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._groups: dict[frozenset[str], Activity | None] = {}

    @cached_property
    def group_names(self) -> dict[str, str]:
        """How a sentence names a doelgroep: its name when short, else its id."""
        return {
            g.id: g.name if g.name and len(g.name) <= SHORT_GROUP_NAME else g.id
            for g in self.plan.target_groups
        }

    @cached_property
    def _doing(self) -> list[Activity]:
        """The dated, not-cancelled `doen` activities, earliest first (stable for ties)."""
        work = [a for a in self.plan.phases.do if _starts_work(a)]
        return sorted(work, key=lambda a: a.start)  # type: ignore[arg-type,return-value]

    @property
    def launch_activity(self) -> Activity | None:
        """The earliest dated, not-cancelled `doen` activity."""
        return self._doing[0] if self._doing else None

    @cached_property
    def launch(self) -> dt.date | None:
        first = self.launch_activity
        if first is not None:
            return first.start
        return self.plan.period.start if self.plan.period else None

    def group_launch(self, groups: Iterable[str]) -> Activity | None:
        """The earliest dated, not-cancelled `doen` activity (any kind, `selectie` too) that
        reaches one of `groups`; None when there is none."""
        key = frozenset(groups)
        if key not in self._groups:
            self._groups[key] = next(
                (a for a in self._doing if key.intersection(a.target_groups)), None
            )
        return self._groups[key]

    def kpi_start(self, kpi: Kpi) -> LineStart | None:
        """Where the line of a KPI with a nulmeting starts (its `start`, the group launch of
        its goal's `doelgroepen`, the launch), or None when the plan gives no day at all."""
        launch = self.launch
        if kpi.start is not None:
            return LineStart(kpi.start, StartReason.KPI_START, launch=launch)
        goal = next((g for g in self.plan.goals if g.id == kpi.goal), None) if kpi.goal else None
        if goal is not None and goal.target_groups:
            work = self.group_launch(goal.target_groups)
            if work is not None and work.start is not None:
                groups = tuple(goal.target_groups)
                return LineStart(work.start, StartReason.GROUP_WORK, work, groups, launch)
        return self.launch_start

    @cached_property
    def launch_start(self) -> LineStart | None:
        """A line that starts at the launch of the plan (or `periode.start` without dated
        `doen` work); None when the plan gives neither."""
        first = self.launch_activity
        if first is not None and first.start is not None:
            return LineStart(first.start, StartReason.LAUNCH, first, launch=first.start)
        if self.plan.period is not None:
            day = self.plan.period.start
            return LineStart(day, StartReason.PERIOD_START, launch=day)
        return None
