"""A KPI on the check date: its metingen up to that day, its line, verdict and light, and what
a reader should know about it (metingen out of order, a meting that is late).

`state.build_progress` asks this for every KPI; the line and the verdict themselves are the
domain's (`domain.line`), shared with the quickscan.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.line import Judgement, Verdict, judge, judged_from, known_measurements
from ..domain.timing import PlanTiming
from ..dutch import counted, long_date

if TYPE_CHECKING:
    from ..knowledge import RuleKnowledge
    from ..plan.model import Kpi, Measurement


@dataclass(frozen=True)
class KpiProgress:
    """A KPI on the check date: its metingen up to that day, the line, and the verdict."""

    index: int
    kpi: Kpi
    measurements: tuple[Measurement, ...]  # up to the check date, in date order
    judgement: Judgement
    expected_now: float | None  # the line's value on the check date
    notes: tuple[str, ...]
    measuring_due: dt.date | None = None  # set when the next meting is late: when it was due
    light: str | None = None  # groen, oranje or rood; None when it cannot be judged
    judged_from: dt.date | None = None  # while too early: the first day a meting is judged
    line_start: str = ""  # where the line starts and why, in words ("" without a line)
    line_moved: bool = False  # the line does not start at the plan's launch

    @property
    def verdict(self) -> Verdict:
        return self.judgement.verdict

    @property
    def share_of_way(self) -> float | None:
        """How far the latest meting is from the baseline towards the target (1.0 = there)."""
        line, latest = self.judgement.line, self.judgement.latest
        if line is None or latest is None or line.target == line.base:
            return None
        return (float(latest.value) - line.base) / (line.target - line.base)


def kpi_progress(
    index: int, kpi: Kpi, today: dt.date, timing: PlanTiming, rules: RuleKnowledge
) -> KpiProgress:
    notes: list[str] = []
    dates = [m.date for m in kpi.measurements]
    if dates != sorted(dates):
        notes.append("de metingen staan niet op datumvolgorde; dit overzicht zet ze op datum")
    doubled = sorted(d for d, n in Counter(dates).items() if n > 1)
    if doubled:
        notes.append(
            "twee of meer metingen op dezelfde dag ("
            + ", ".join(long_date(d) for d in doubled)
            + "); de laatste in de lijst telt"
        )
    if kpi.measurements and kpi.target is None:
        notes.append("er zijn metingen, maar geen streefwaarde: niet te zeggen of dit op koers is")
    elif kpi.measurements and kpi.deadline is None:
        notes.append("er zijn metingen, maar geen deadline: niet te zeggen of dit op koers is")
    later = [m for m in kpi.measurements if m.date > today]
    if later:
        count = len(later)
        notes.append(
            f"{counted(count, 'meting', 'metingen')} na {long_date(today)} "
            f"{'telt' if count == 1 else 'tellen'} in dit overzicht nog niet mee"
        )
    known = tuple(meting for _, meting in known_measurements(kpi, today))
    judgement = judge(kpi, timing, rules, today)
    line = judgement.line
    if known and line is None and kpi.target is not None and kpi.deadline is not None:
        notes.append(_no_line(kpi, known, timing))
    due = _measuring_due(kpi, known, timing, today, rules)
    if due is not None:
        assert kpi.frequency is not None
        owner = f" door {kpi.owner}" if kpi.owner else ""
        notes.append(
            f"meting te laat: er wordt elk{'e' if kpi.frequency == 'maand' else ''} "
            f"{kpi.frequency} gemeten{owner}, en de volgende meting hoorde er uiterlijk "
            f"{long_date(due)} te zijn"
        )
    return KpiProgress(
        index=index,
        kpi=kpi,
        measurements=known,
        judgement=judgement,
        expected_now=line.expected(today) if line is not None else None,
        notes=tuple(notes),
        measuring_due=due,
        light=_kpi_light(kpi, judgement, today, rules),
        judged_from=judged_from(line, rules)
        if line is not None and judgement.verdict is Verdict.TOO_EARLY
        else None,
        line_start=line.begins.sentence(timing.group_names)
        if line is not None and line.begins is not None
        else "",
        line_moved=line is not None and line.begins is not None and not line.begins.at_launch,
    )


def _kpi_light(kpi: Kpi, judgement: Judgement, today: dt.date, rules: RuleKnowledge) -> str | None:
    """groen on track (or too early to say), oranje behind, rood far behind (less than
    `kpi_ver_achter` of the expected growth) or past the deadline without the target."""
    latest, line = judgement.latest, judgement.line
    if kpi.deadline is not None and kpi.target is not None and today > kpi.deadline:
        base = line.base if line else kpi.baseline
        rising = base is None or kpi.target >= base
        value = float(latest.value) if latest is not None else None
        reached = value is not None and (value >= kpi.target if rising else value <= kpi.target)
        if not reached:
            return "rood"
    if judgement.verdict in (Verdict.ON_TRACK, Verdict.AHEAD, Verdict.TOO_EARLY):
        return "groen"
    if judgement.verdict is Verdict.BEHIND and latest is not None and line is not None:
        assert judgement.expected is not None
        grown, wanted = float(latest.value) - line.base, judgement.expected - line.base
        if wanted and not rules.kpi_far_behind.reached(grown / wanted, 1.0):
            return "rood"
        return "oranje"
    return None


def _measuring_due(
    kpi: Kpi,
    known: tuple[Measurement, ...],
    timing: PlanTiming,
    today: dt.date,
    rules: RuleKnowledge,
) -> dt.date | None:
    """When the next meting was due, if it is more than its term plus a grace month late.

    The term runs from the last meting, or (none yet) from where the KPI's line starts: its
    `start`, the work for its goal's groups, the launch or the period's start.
    """
    if kpi.frequency is None:
        return None
    begins = timing.kpi_start(kpi)
    since = known[-1].date if known else (begins.day if begins else None)
    if since is None or (kpi.deadline is not None and since >= kpi.deadline):
        return None  # nothing to measure from, or the KPI's time is over
    due = _add_months(since, rules.measuring_months[kpi.frequency])
    if kpi.deadline is not None:
        due = min(due, kpi.deadline)
    late = _add_months(due, rules.measuring_grace_months) < today
    return due if late else None


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the month's last day where it is shorter (31 jan + 1)."""
    import calendar

    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def _no_line(kpi: Kpi, known: tuple[Measurement, ...], timing: PlanTiming) -> str:
    """Why a KPI with metingen, a target and a deadline has no line to be judged against."""
    if kpi.baseline is None and len(known) < 2:
        return "zonder nulmeting is de eerste meting het beginpunt; een oordeel kan vanaf de tweede"
    begins = timing.kpi_start(kpi) if kpi.baseline is not None else None
    if kpi.baseline is not None and begins is None:
        return (
            "het plan zegt niet wanneer de invoering begint (geen looptijd en geen activiteit "
            "met een startdatum in de fase Doen), dus de lijn naar de streefwaarde heeft geen begin"
        )
    start = begins.day if begins is not None else known[0].date
    assert kpi.deadline is not None
    return (
        f"de deadline ({long_date(kpi.deadline)}) ligt niet na het begin van de lijn "
        f"({long_date(start)}): er is geen lijn om langs te meten"
    )
