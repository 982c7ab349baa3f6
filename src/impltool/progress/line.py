"""The straight line from a KPI's baseline to its target: what KPI-05 and `impl voortgang` share.

The baseline is the `nulmeting` at the line's start, or, without one, the first of two or more
metingen at its own date. The line's start (catalogue v3, "Timing per target group") is, in
this order: the KPI's own `start`; the start of the work for the `doelgroepen` of its goal
(their *group launch*); the launch of the plan; `periode.start` when no `doen` activity has a
date. The expected value on a day lies on the straight line from the baseline to
(`deadline`, `streefwaarde`), and stays at the target after the deadline. A meting is judged
only once it is at least `kpi_trage_start` of the way from the start to the deadline: a slow
start is allowed (valkuil 2, "grote resultaten kosten tijd").
Both read the metingen as known on the check date (`--datum`): later ones do not count yet,
and of two on one day the last in the list counts, as a correction written below would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from ..dutch import enumeration, long_date

if TYPE_CHECKING:
    from ..knowledge import RuleKnowledge
    from ..plan.model import Activity, Kpi, Measurement, Plan


SHORT_GROUP_NAME = 30  # characters: a longer name reads badly inside a sentence


def _starts_work(activity: Activity) -> bool:
    return activity.start is not None and activity.status != "vervallen"


def launch(plan: Plan) -> dt.date | None:
    """The start of the earliest dated, not-cancelled `doen` activity; without one,
    `periode.start` (quickscan catalogue, "the launch of a plan")."""
    return PlanTiming(plan).launch


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


class Verdict(StrEnum):
    """Where a KPI stands against its line; the value is the word readers see."""

    ON_TRACK = "op koers"
    BEHIND = "achter"
    AHEAD = "voor"
    TOO_EARLY = "nog te vroeg"  # the latest meting is before the slow-start mark
    NOT_JUDGED = "niet te beoordelen"  # no target, deadline, baseline or meting


class Line(NamedTuple):
    """A KPI's line: from (`start`, `base`) to (`deadline`, `target`); `begins` says why it
    starts where it does (None for a line redrawn from a chart's two points)."""

    start: dt.date
    base: float
    deadline: dt.date
    target: float
    begins: LineStart | None = None

    def expected(self, day: dt.date) -> float:
        """The value the line expects on `day` (the target after the deadline)."""
        span = (self.deadline - self.start).days
        share = min(max((day - self.start).days / span, 0.0), 1.0)
        return self.base + (self.target - self.base) * share


def known_measurements(kpi: Kpi, day: dt.date) -> list[tuple[int, Measurement]]:
    """The metingen known on `day`, in date order, one per date, each with its place in the
    plan's list: later ones do not count yet, and the last written for a date wins."""
    by_day: dict[dt.date, tuple[int, Measurement]] = {}
    for index, meting in enumerate(kpi.measurements):
        if meting.date <= day:
            by_day[meting.date] = (index, meting)
    return [by_day[date] for date in sorted(by_day)]


def kpi_line(kpi: Kpi, start: LineStart | None, measurements: list[Measurement]) -> Line | None:
    """The KPI's line, or None when it has none: no target or deadline, no baseline (neither a
    nulmeting with a `start` nor two `measurements`, in date order), or a deadline not later
    than the baseline."""
    if kpi.target is None or kpi.deadline is None:
        return None
    if kpi.baseline is not None:
        if start is None:
            return None
        line_start = start
        base = float(kpi.baseline)
    else:
        if len(measurements) < 2:
            return None
        first = measurements[0]
        line_start = LineStart(first.date, StartReason.FIRST_MEASUREMENT)
        base = float(first.value)
    if kpi.deadline <= line_start.day:
        return None
    return Line(line_start.day, base, kpi.deadline, float(kpi.target), line_start)


class Judgement(NamedTuple):
    """The latest meting set against the line."""

    verdict: Verdict
    latest: Measurement | None
    latest_index: int | None  # its place in the plan's list of metingen
    expected: float | None  # what the line expected on the latest meting's date
    line: Line | None

    @property
    def judged(self) -> bool:
        """Whether the latest meting is set against a line (past the slow start)."""
        return self.expected is not None and self.verdict is not Verdict.TOO_EARLY


def judge(kpi: Kpi, timing: PlanTiming, rules: RuleKnowledge, day: dt.date) -> Judgement:
    """The verdict on a KPI's latest meting known on `day` (the last by date), as KPI-05 reads
    it.

    Behind: the measured change is less than `kpi_achter` of the expected change; ahead: at
    least `kpi_voor` of it. Dividing by the expected change makes this work for falling
    targets too.
    """
    known = known_measurements(kpi, day)
    line = kpi_line(kpi, timing.kpi_start(kpi), [meting for _, meting in known])
    if not known:
        return Judgement(Verdict.NOT_JUDGED, None, None, None, line)
    latest_index, latest = known[-1]
    if line is None:
        return Judgement(Verdict.NOT_JUDGED, latest, latest_index, None, None)
    span = (line.deadline - line.start).days
    elapsed = (latest.date - line.start).days
    expected = line.expected(latest.date)
    if not rules.kpi_slow_start.reached(elapsed, span):
        return Judgement(Verdict.TOO_EARLY, latest, latest_index, expected, line)
    expected_change = expected - line.base
    if expected_change == 0:
        # KPI-06: the KPI asks for no change, so there is no growth to be behind on.
        return Judgement(Verdict.ON_TRACK, latest, latest_index, expected, line)
    ratio = (float(latest.value) - line.base) / expected_change
    if ratio * rules.kpi_behind.denominator < rules.kpi_behind.numerator:
        verdict = Verdict.BEHIND
    elif ratio * rules.kpi_ahead.denominator >= rules.kpi_ahead.numerator:
        verdict = Verdict.AHEAD
    else:
        verdict = Verdict.ON_TRACK
    return Judgement(verdict, latest, latest_index, expected, line)


def judged_from(line: Line, rules: RuleKnowledge) -> dt.date:
    """The first day a meting is judged against `line`: past the slow start."""
    span = (line.deadline - line.start).days
    share = rules.kpi_slow_start
    days = -(-span * share.numerator // share.denominator)  # rounded up
    return line.start + dt.timedelta(days=days)


def is_whole(value: float | None) -> bool:
    return value is not None and float(value).is_integer()
