"""Where a plan stands on a day: time, activities, KPIs, and what to do next.

Everything `impl voortgang` and `impl overzicht` show is worked out here, once, from the plan
and the check date (`--datum`); the report formats only lay it out. Metingen and bijstellingen
dated after the check date do not count yet, so a report for an earlier date says what was
known then. Activity `status` is read as it is in the file: the plan keeps no history of it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..domain.activity import ActivityStatus, PlacedActivity, status_of
from ..domain.line import (
    Judgement,
    Verdict,
    judge,
    judged_from,
    known_measurements,
    kpi_label,
)
from ..domain.timing import LineStart, PlanTiming
from ..dutch import counted, long_date, upper_first
from ..knowledge import toolkit

if TYPE_CHECKING:
    from ..knowledge import RuleKnowledge
    from ..plan.load import LoadedPlan
    from ..plan.model import Activity, Adjustment, Kpi, Measurement, Plan
    from .since import Since

MAX_NEXT_STEPS = 8
STEPS_PER_KIND = 2  # late, behind, not begun, coming: each named this often at most


@dataclass(frozen=True)
class PhaseProgress:
    """One phase's work: `total` leaves cancelled work out."""

    key: str
    name: str
    total: int
    done: int
    running: int
    late: int
    cancelled: int
    light: str | None = None  # groen, oranje (work late) or rood (work far too late)

    @property
    def share_done(self) -> float | None:
        return self.done / self.total if self.total else None


# Traffic lights as in a municipal progress report (bestuursrapportage): groen within the
# agreed time, money and quality; oranje a risk that needs correcting; rood outside the frame.
LIGHTS = ("groen", "oranje", "rood")


def worst_light(lights: Iterable[str | None]) -> str | None:
    """The most serious of the lights; None when none is known."""
    known = [light for light in lights if light is not None]
    return max(known, key=LIGHTS.index) if known else None


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


@dataclass(frozen=True)
class Spending:
    """Planned and spent money for one year and one payer (`besteed` per begroting post)."""

    year: int | None
    source: str
    planned: float
    spent: float | None  # None: no post of this year and payer says what was spent

    @property
    def overspent(self) -> bool:
        return self.spent is not None and self.spent > self.planned

    def light(self, today: dt.date, rules: RuleKnowledge) -> str | None:
        """rood above the budget; oranje when a year not yet over has spent most of it."""
        if self.spent is None:
            return None
        if self.overspent:
            return "rood"
        running = self.year is None or self.year >= today.year
        if running and self.planned and rules.money_orange.reached(self.spent, self.planned):
            return "oranje"
        return "groen"


def spending(plan: Plan) -> tuple[Spending, ...]:
    """Per year and payer, in year order; empty when no post records what was spent."""
    budget = plan.budget
    if budget is None or all(item.spent is None for item in budget.items):
        return ()
    planned: dict[tuple[int | None, str], float] = {}
    spent: dict[tuple[int | None, str], float] = {}
    for item in budget.items:
        key = (item.year, item.source or "onbekend")
        planned[key] = planned.get(key, 0.0) + float(item.amount)
        if item.spent is not None:
            spent[key] = spent.get(key, 0.0) + float(item.spent)
    order = sorted(planned, key=lambda key: (key[0] or 0, key[1]))
    return tuple(
        Spending(year, source, planned[year, source], spent.get((year, source)))
        for year, source in order
    )


@dataclass(frozen=True)
class GroupPhase:
    """Where a target group stands by the plan's `huidige_fase`, and, when the plan's own
    activities contradict that, the activity that does: shown as a question, not as fact."""

    name: str
    phase: str | None
    contradicted_by: str | None = None  # "Do1 Pilot in de Molenbuurt is bezig"


# A group before `doen` cannot already be doing the work: a `doen` activity that reaches it
# and is underway or done says its phase is out of date. (Work in `blijven_doen`, such as
# calling clients afterwards, says nothing about where a group stands.)
_DOING_PHASES = ("doen", "blijven_doen")


def _group_phases(plan: Plan) -> tuple[GroupPhase, ...]:
    # An indirect group (financiers, chain partners) goes through the phases only when the
    # plan says where it stands.
    groups = [g for g in plan.target_groups if g.direct or g.current_phase]
    doing: dict[str, PlacedActivity] = {}
    for phase, index, activity in plan.activities():
        if phase == "doen" and status_of(activity) in (ActivityStatus.RUNNING, ActivityStatus.DONE):
            for reached in activity.target_groups:
                doing.setdefault(reached, PlacedActivity(phase, index, activity))
    found = []
    for group in groups:
        evidence = None
        placed = doing.get(group.id)
        if placed is not None and group.current_phase not in (None, *_DOING_PHASES):
            status = "is al gereed" if placed.status is ActivityStatus.DONE else "loopt al"
            evidence = f"{placed.name} {status}"
        found.append(GroupPhase(group.name or group.id, group.current_phase, evidence))
    return tuple(found)


@dataclass(frozen=True)
class Progress:
    """Everything a progress report shows, for one plan on one day."""

    file: str
    plan: Plan
    today: dt.date
    elapsed_days: int | None  # since `periode.start`, within the period
    total_days: int | None
    group_phases: tuple[GroupPhase, ...]
    running_phases: tuple[str, ...]  # the phases of running work, in phase order
    done: tuple[PlacedActivity, ...]
    running: tuple[PlacedActivity, ...]
    late: tuple[PlacedActivity, ...]  # past `eind`, not gereed: most days late first
    not_started: tuple[PlacedActivity, ...]  # past `start`, still gepland, `eind` not yet
    upcoming: tuple[PlacedActivity, ...]  # starting within the coming weeks
    cancelled: tuple[PlacedActivity, ...]
    undated: tuple[PlacedActivity, ...]  # planned work without a start date
    phases: tuple[PhaseProgress, ...]
    kpis: tuple[KpiProgress, ...]
    adjustments: tuple[Adjustment, ...]  # up to the check date, in date order
    moments_past: tuple[dt.date, ...]
    moments_coming: tuple[dt.date, ...]
    upcoming_weeks: int
    since: Since | None = None
    launch_start: LineStart | None = None  # where a line from the plan's launch starts

    @property
    def share_of_period(self) -> float | None:
        if self.elapsed_days is None or not self.total_days:
            return None
        return self.elapsed_days / self.total_days

    @property
    def counted_activities(self) -> int:
        """All work that counts: everything but the cancelled."""
        return sum(p.total for p in self.phases)

    @property
    def share_done(self) -> float | None:
        total = self.counted_activities
        return len(self.done) / total if total else None

    def verdicts(self, verdict: Verdict) -> tuple[KpiProgress, ...]:
        return tuple(k for k in self.kpis if k.verdict is verdict)

    @property
    def goal_lights(self) -> tuple[tuple[str, str, str | None, tuple[KpiProgress, ...]], ...]:
        """Per goal: its id, what it is, the worst light of its KPIs, and those KPIs."""
        found = []
        for goal in self.plan.goals:
            kpis = tuple(k for k in self.kpis if k.kpi.goal == goal.id)
            found.append((goal.id, goal.what or goal.id, worst_light(k.light for k in kpis), kpis))
        return tuple(found)

    @property
    def unexplained(self) -> tuple[str, ...]:
        """What is behind or late without a bijstelling that names it (`betreft`) since the
        meting or the end date that showed it: a municipal report asks cause, consequence and
        correction for each."""

        def explained(code: str | None, since: dt.date | None) -> bool:
            return code is not None and any(
                code in a.concerns and (since is None or a.date >= since) for a in self.adjustments
            )

        found = [
            f"KPI {kpi_label(k.kpi)} loopt achter"
            for k in self.verdicts(Verdict.BEHIND)
            if not explained(k.kpi.id, k.measurements[-1].date if k.measurements else None)
        ]
        found += [
            f"{upper_first(p.name)} is te laat"
            for p in self.late
            if not explained(p.activity.id, p.activity.end)
        ]
        return tuple(found)

    @property
    def next_steps(self) -> tuple[str, ...]:
        """What to do now, most urgent first: the latest work, the KPIs behind, the rest of
        the late work in one line, work not begun, then what is coming. Long lists are cut
        short, so that a plan with much late work still names its KPIs behind."""
        late = [
            f"{upper_first(p.name)}: afronden of opnieuw plannen "
            f"({counted(p.days_late, 'dag', 'dagen')} over de einddatum)."
            for p in self.late[:STEPS_PER_KIND]
        ]
        behind = [
            f"KPI {kpi_label(k.kpi)} loopt achter: zoek uit waarom en besluit wat je bijstelt "
            "(aanpak of streefwaarde); leg dat vast als bijstelling."
            for k in self.verdicts(Verdict.BEHIND)[:STEPS_PER_KIND]
        ]
        behind += [
            f"KPI {kpi_label(k.kpi)}: meet opnieuw"
            + (f" ({k.kpi.owner})" if k.kpi.owner else "")
            + f"; de meting hoorde er uiterlijk {_long(k.measuring_due)} te zijn."
            for k in self.kpis
            if k.measuring_due is not None
        ][:STEPS_PER_KIND]
        more_late = len(self.late) - STEPS_PER_KIND
        if more_late > 0:
            behind.append(
                f"Nog {counted(more_late, 'activiteit is', 'activiteiten zijn')} over de "
                "einddatum: loop de lijst Te laat na en plan opnieuw of laat vervallen."
            )
        not_begun = [
            f"{upper_first(p.name)}: had op {_long(p.activity.start)} moeten beginnen; "
            "begin of plan opnieuw."
            for p in self.not_started[:STEPS_PER_KIND]
        ]
        more_not_begun = len(self.not_started) - STEPS_PER_KIND
        if more_not_begun > 0:
            not_begun.append(
                f"Nog {counted(more_not_begun, 'activiteit', 'activiteiten')} had al moeten "
                "beginnen: zie de lijst."
            )
        coming = [
            f"{upper_first(p.name)}: voorbereiden, begint {_long(p.activity.start)}."
            for p in self.upcoming[:STEPS_PER_KIND]
        ]
        if self.moments_coming:
            coming.append(
                f"Volgend evaluatiemoment: {long_date(self.moments_coming[0])}; "
                "zet de metingen en de vragen klaar."
            )
        return tuple([*late, *behind, *not_begun, *coming][:MAX_NEXT_STEPS])


def _long(day: dt.date | None) -> str:
    return long_date(day) if day is not None else "een onbekende datum"


def build_progress(loaded: LoadedPlan, today: dt.date, since: Since | None = None) -> Progress:
    """The plan's progress on `today`; `since` is the window of `--sinds`, if asked."""
    plan = loaded.plan
    knowledge = toolkit()
    timing = PlanTiming(plan)
    weeks = knowledge.rules.upcoming_weeks
    # The calendar ends at 9999-12-31: a report on that day looks ahead to the end of it.
    horizon = today + min(dt.timedelta(weeks=weeks), dt.date.max - today)

    done: list[PlacedActivity] = []
    running: list[PlacedActivity] = []
    late: list[PlacedActivity] = []
    not_started: list[PlacedActivity] = []
    upcoming: list[PlacedActivity] = []
    cancelled: list[PlacedActivity] = []
    undated: list[PlacedActivity] = []
    phases: list[PhaseProgress] = []
    running_phases: list[str] = []
    for key, activities in plan.phases.by_key().items():
        counts = {"total": 0, "done": 0, "running": 0, "late": 0, "cancelled": 0}
        most_late = 0
        for index, activity in enumerate(activities):
            placed = PlacedActivity(key, index, activity)
            status = placed.status
            if not placed.is_counted():
                cancelled.append(placed)
                counts["cancelled"] += 1
                continue
            counts["total"] += 1
            if status is ActivityStatus.DONE:
                done.append(placed)
                counts["done"] += 1
                continue
            if _underway(activity, today) and key not in running_phases:
                running_phases.append(key)
            if placed.is_late(today):
                assert activity.end is not None
                late.append(replace(placed, days_late=(today - activity.end).days))
                counts["late"] += 1
                most_late = max(most_late, (today - activity.end).days)
            elif status is ActivityStatus.RUNNING:
                running.append(placed)
                counts["running"] += 1
            elif activity.start is not None and activity.start < today:
                # Planned to have begun (and not yet due): not begun, as far as the file says.
                not_started.append(
                    replace(placed, days_overdue_start=(today - activity.start).days)
                )
            elif activity.start is not None and activity.start <= horizon:
                upcoming.append(placed)
            elif activity.start is None:
                undated.append(placed)
        phase = knowledge.phase(key)
        light = None
        if counts["total"]:
            red = most_late > knowledge.rules.phase_red_days
            light = "rood" if red else "oranje" if counts["late"] else "groen"
        phases.append(
            PhaseProgress(key=key, name=phase.name if phase else key, light=light, **counts)
        )
    late.sort(key=lambda p: -p.days_late)
    upcoming.sort(key=lambda p: p.activity.start or today)  # all have a start

    elapsed = total = None
    if plan.period is not None:
        total = (plan.period.end - plan.period.start).days + 1
        elapsed = min(max((today - plan.period.start).days + 1, 0), total)

    evaluation = plan.evaluation
    moments = sorted(evaluation.moments) if evaluation else []
    return Progress(
        file=loaded.file,
        plan=plan,
        today=today,
        elapsed_days=elapsed,
        total_days=total,
        group_phases=_group_phases(plan),
        running_phases=tuple(running_phases),
        done=tuple(done),
        running=tuple(running),
        late=tuple(late),
        not_started=tuple(not_started),
        upcoming=tuple(upcoming),
        cancelled=tuple(cancelled),
        undated=tuple(undated),
        phases=tuple(phases),
        kpis=tuple(
            _kpi_progress(index, kpi, today, timing, knowledge.rules)
            for index, kpi in enumerate(plan.kpis)
        ),
        adjustments=tuple(sorted((a for a in plan.adjustments if a.date <= today), key=_by_date)),
        moments_past=tuple(m for m in moments if m <= today),
        moments_coming=tuple(m for m in moments if m > today),
        upcoming_weeks=weeks,
        since=since,
        launch_start=timing.launch_start,
    )


def _underway(activity: Activity, today: dt.date) -> bool:
    """Work going on today: marked bezig, or today within its dates."""
    if status_of(activity) is ActivityStatus.RUNNING:
        return True
    start, end = activity.start, activity.end
    return start is not None and start <= today and (end is None or today <= end)


def _by_date(item: Adjustment | Measurement) -> dt.date:
    return item.date


def _kpi_progress(
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
