"""A KPI's straight line from its baseline to its target, and the verdict on its latest meting:
what the quickscan (KPI-05) and `impl voortgang` share.

The baseline is the `nulmeting` at the line's start (see timing.py), or, without one, the
first of two or more metingen at its own date. The expected value on a day lies on the
straight line from the baseline to (`deadline`, `streefwaarde`), and stays at the target after
the deadline. A meting is judged only once it is at least `kpi_trage_start` of the way from
the start to the deadline: a slow start is allowed (valkuil 2, "grote resultaten kosten tijd").
Both read the metingen as known on the check date (`--datum`): later ones do not count yet,
and of two on one day the last in the list counts, as a correction written below would.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from .timing import LineStart, PlanTiming, StartReason

if TYPE_CHECKING:
    from ..knowledge import RuleKnowledge
    from ..plan.model import Kpi, Measurement


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


def kpi_label(kpi: Kpi) -> str:
    """`K2 (Bezochte huishoudens)`: a KPI named in a sentence."""
    return f"{kpi.id} ({kpi.name})" if kpi.name else kpi.id
