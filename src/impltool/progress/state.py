"""Where a plan stands on a day: time, activities, KPIs, and what to do next.

Everything `impl voortgang` and `impl overzicht` show is worked out here, once, from the plan
and the check date (`--datum`); the report formats only lay it out. Metingen and bijstellingen
dated after the check date do not count yet, so a report for an earlier date says what was
known then. Activity `status` is read as it is in the file: the plan keeps no history of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.activity import ActivityStatus, PlacedActivity, status_of
from ..domain.line import Verdict, kpi_label
from ..domain.timing import LineStart, PlanTiming
from ..dutch import counted, long_date, upper_first
from ..knowledge import toolkit
from .kpis import KpiProgress, kpi_progress

if TYPE_CHECKING:
    from ..knowledge import RuleKnowledge, Toolkit
    from ..plan.load import LoadedPlan
    from ..plan.model import Activity, Adjustment, Measurement, Plan
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

    lists: dict[str, list[PlacedActivity]] = {kind: [] for kind in _LISTS}
    phases: list[PhaseProgress] = []
    running_phases: list[str] = []
    for key, activities in plan.phases.by_key().items():
        here: dict[str, list[PlacedActivity]] = {kind: [] for kind in _LISTS}
        for index, activity in enumerate(activities):
            kind, placed = _sorted_into(PlacedActivity(key, index, activity), today, horizon)
            here[kind].append(placed)
            open_work = kind not in ("cancelled", "done")
            if open_work and _underway(activity, today) and key not in running_phases:
                running_phases.append(key)
        phases.append(_phase_progress(key, here, knowledge))
        for kind, items in here.items():
            lists[kind] += items
    lists["late"].sort(key=lambda p: -p.days_late)
    lists["upcoming"].sort(key=lambda p: p.activity.start or today)  # all have a start

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
        done=tuple(lists["done"]),
        running=tuple(lists["running"]),
        late=tuple(lists["late"]),
        not_started=tuple(lists["not_started"]),
        upcoming=tuple(lists["upcoming"]),
        cancelled=tuple(lists["cancelled"]),
        undated=tuple(lists["undated"]),
        phases=tuple(phases),
        kpis=tuple(
            kpi_progress(index, kpi, today, timing, knowledge.rules)
            for index, kpi in enumerate(plan.kpis)
        ),
        adjustments=tuple(sorted((a for a in plan.adjustments if a.date <= today), key=_by_date)),
        moments_past=tuple(m for m in moments if m <= today),
        moments_coming=tuple(m for m in moments if m > today),
        upcoming_weeks=weeks,
        since=since,
        launch_start=timing.launch_start,
    )


# The lists of the report an activity is sorted into; `later` (starting after the coming
# weeks) is counted in its phase but listed nowhere.
_LISTS = ("done", "running", "late", "not_started", "upcoming", "cancelled", "undated", "later")


def _sorted_into(
    placed: PlacedActivity, today: dt.date, horizon: dt.date
) -> tuple[str, PlacedActivity]:
    """The list an activity belongs in on `today`, and the activity with its days late (or
    days since it should have begun) filled in."""
    activity = placed.activity
    if not placed.is_counted():
        return "cancelled", placed
    if placed.status is ActivityStatus.DONE:
        return "done", placed
    if placed.is_late(today):
        assert activity.end is not None
        return "late", placed._replace(days_late=(today - activity.end).days)
    if placed.status is ActivityStatus.RUNNING:
        return "running", placed
    if activity.start is not None and activity.start < today:
        # Planned to have begun (and not yet due): not begun, as far as the file says.
        return "not_started", placed._replace(days_overdue_start=(today - activity.start).days)
    if activity.start is not None and activity.start <= horizon:
        return "upcoming", placed
    if activity.start is None:
        return "undated", placed
    return "later", placed


def _phase_progress(
    key: str, here: dict[str, list[PlacedActivity]], knowledge: Toolkit
) -> PhaseProgress:
    """One phase's counts and light from its activities, sorted by `_sorted_into`."""
    total = sum(len(items) for kind, items in here.items() if kind != "cancelled")
    late = here["late"]
    light = None
    if total:
        red = max((p.days_late for p in late), default=0) > knowledge.rules.phase_red_days
        light = "rood" if red else "oranje" if late else "groen"
    phase = knowledge.phase(key)
    return PhaseProgress(
        key=key,
        name=phase.name if phase else key,
        total=total,
        done=len(here["done"]),
        running=len(here["running"]),
        late=len(late),
        cancelled=len(here["cancelled"]),
        light=light,
    )


def _underway(activity: Activity, today: dt.date) -> bool:
    """Work going on today: marked bezig, or today within its dates."""
    if status_of(activity) is ActivityStatus.RUNNING:
        return True
    start, end = activity.start, activity.end
    return start is not None and start <= today and (end is None or today <= end)


def _by_date(item: Adjustment | Measurement) -> dt.date:
    return item.date
