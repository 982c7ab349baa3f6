"""The overview's rows: one per plan, worked out here once, and the totals.

The formats lay these rows out (columns.py and the writers beside it). The numbers are
those the other commands show: the quickscan of `impl check` (quickscan.scan) and the
activities and KPIs of `impl voortgang` (progress.state), on the same check date.

Order (ATTENTION_ORDER, in the README too): plans that cannot be read first, then plans
with open fouten (most first), then the most late activities and KPIs behind together, then
the quickscan's light (rood, oranje, groen) and its score (lowest first), then the most open
waarschuwingen; alike plans by title and file name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..domain.line import Verdict
from ..quickscan.finding import Severity

if TYPE_CHECKING:
    from ..plan.load import LoadedPlan, Problem
    from ..quickscan.finding import Finding
    from ..quickscan.scan import AreaScore

ATTENTION_ORDER = (
    "plannen die impl niet kan lezen",
    "plannen met open fouten (de meeste eerst)",
    "de meeste activiteiten te laat en KPI's achter samen",
    "het licht van de quickscan (rood, oranje, groen) en de laagste score",
    "de meeste open waarschuwingen",
    "titel en bestandsnaam",
)
LIGHTS = ("rood", "oranje", "groen")  # worst first


@dataclass(frozen=True)
class AreaCell:
    """One quickscan area of one plan: its score in whole percents and its light."""

    key: str
    name: str
    score: int | None  # None when no rule of the area applies
    light: str | None


class _WorkCounts:
    """What a row and the totals row both say about work and KPIs."""

    activities: int
    done: int
    verdicts: dict[Verdict, int]

    @property
    def share_done(self) -> float | None:
        return self.done / self.activities if self.activities else None

    @property
    def on_track(self) -> int:
        """KPIs on track, ahead counted with them: both need no action."""
        return self.verdicts.get(Verdict.ON_TRACK, 0) + self.verdicts.get(Verdict.AHEAD, 0)

    @property
    def behind(self) -> int:
        return self.verdicts.get(Verdict.BEHIND, 0)


@dataclass(frozen=True)
class Row(_WorkCounts):
    """One plan in the overview; a plan that cannot be read has only `file` and `problems`."""

    file: str
    problems: tuple[Problem, ...] = ()
    number: int = 0  # its place in the overview, from 1 (set by build_overview)
    title: str = ""
    organisation: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    score: int | None = None
    light: str | None = None
    areas: tuple[AreaCell, ...] = ()
    errors: int = 0  # open fouten
    error_words: tuple[str, ...] = ()  # each open fout in words: what, and where in the file
    warnings: int = 0  # open waarschuwingen
    tips: int = 0
    activities: int = 0  # all but the cancelled
    done: int = 0
    late: int = 0
    measuring_late: int = 0  # KPIs whose next meting is overdue (frequentie)
    kpis: int = 0
    verdicts: dict[Verdict, int] = field(default_factory=dict)

    @property
    def readable(self) -> bool:
        return not self.problems

    @property
    def waiting(self) -> bool:
        """A fout is open: the plan's score waits until it is fixed (no percentage, no light)."""
        return self.readable and self.errors > 0

    @property
    def error_text(self) -> str:
        """The first problem as `file:line:column: message`, and how many more there are."""
        if not self.problems:
            return ""
        more = len(self.problems) - 1
        return str(self.problems[0]) + (
            f" (en nog {more} {'fout' if more == 1 else 'fouten'})" if more else ""
        )


def plan_row(loaded: LoadedPlan, today: dt.date) -> Row:
    """The row of a plan that loads: its quickscan and its progress on `today`."""
    from ..progress.state import build_progress
    from ..quickscan.scan import scan_plan

    scan = scan_plan(loaded, today)
    progress = build_progress(loaded, today)
    plan = loaded.plan
    verdicts: dict[Verdict, int] = {}
    for kpi in progress.kpis:
        verdicts[kpi.verdict] = verdicts.get(kpi.verdict, 0) + 1
    return Row(
        file=loaded.file,
        title=plan.title,
        organisation=plan.organisation,
        start=plan.period.start if plan.period else None,
        end=plan.period.end if plan.period else None,
        score=scan.overall,
        light=scan.overall_light,
        areas=tuple(_cell(area) for area in scan.areas),
        errors=scan.count(Severity.FOUT),
        error_words=tuple(_error_words(f) for f in scan.errors),
        warnings=scan.count(Severity.WAARSCHUWING),
        tips=scan.count(Severity.TIP),
        activities=progress.counted_activities,
        done=len(progress.done),
        late=len(progress.late),
        measuring_late=sum(1 for k in progress.kpis if k.measuring_due is not None),
        kpis=len(progress.kpis),
        verdicts=verdicts,
    )


def _error_words(finding: Finding) -> str:
    """A fout as a reader of the overview understands it: what is wrong (in the plan's own
    words, code spans made plain) and the line of the file it is on."""
    from ..render.view import reader_text

    return f"{reader_text(finding.message)} (regel {finding.line})"


def _cell(area: AreaScore) -> AreaCell:
    return AreaCell(key=str(area.key), name=area.name, score=area.score, light=area.light)


def broken_row(file: str, problems: tuple[Problem, ...]) -> Row:
    return Row(file=file, problems=problems)


def attention(row: Row) -> tuple[object, ...]:
    """The sort key: the row that needs attention most sorts first (ATTENTION_ORDER)."""
    if not row.readable:
        return (0, row.file)
    light = LIGHTS.index(row.light) if row.light in LIGHTS else -1  # no light: nothing scored
    return (
        1,
        -row.errors,
        -(row.late + row.behind),
        light,
        row.score if row.score is not None else -1,
        -row.warnings,
        row.title.casefold(),
        row.file,
    )


@dataclass(frozen=True)
class Totals(_WorkCounts):
    """The totals row: sums over the plans that could be read, and how many could not."""

    plans: int
    unreadable: int
    score: float | None  # the mean of the plans' total scores
    areas: tuple[tuple[str, str, float | None], ...]  # (key, name, mean score)
    lights: dict[str, int]  # how many plans have each total light
    waiting: int  # plans whose score waits for a fout (not in the means)
    errors: int
    warnings: int
    tips: int
    activities: int
    done: int
    late: int
    measuring_late: int
    kpis: int
    verdicts: dict[Verdict, int]


@dataclass(frozen=True)
class Overview:
    today: dt.date
    rows: tuple[Row, ...]  # most attention first
    totals: Totals

    @property
    def area_names(self) -> tuple[tuple[str, str], ...]:
        """(key, name) of the quickscan's areas, in their order."""
        return tuple((key, name) for key, name, _ in self.totals.areas)


def build_overview(rows: list[Row], today: dt.date) -> Overview:
    ordered = tuple(
        replace(row, number=number) for number, row in enumerate(sorted(rows, key=attention), 1)
    )
    return Overview(today=today, rows=ordered, totals=_totals(ordered))


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _totals(rows: tuple[Row, ...]) -> Totals:
    from ..knowledge import toolkit
    from ..quickscan.finding import Area

    read = [r for r in rows if r.readable]
    areas = []
    for key in Area:
        if key is Area.PLAN:
            continue  # consistency is counted as fouten, not scored
        scores = [c.score for r in read for c in r.areas if c.key == key and c.score is not None]
        areas.append((str(key), toolkit().areas[key].name, _mean(scores)))
    verdicts: dict[Verdict, int] = {}
    for row in read:
        for verdict, count in row.verdicts.items():
            verdicts[verdict] = verdicts.get(verdict, 0) + count
    return Totals(
        plans=len(rows),
        unreadable=len(rows) - len(read),
        score=_mean([r.score for r in read if r.score is not None]),
        areas=tuple(areas),
        lights={light: sum(1 for r in read if r.light == light) for light in reversed(LIGHTS)},
        waiting=sum(1 for r in read if r.waiting),
        errors=sum(r.errors for r in read),
        warnings=sum(r.warnings for r in read),
        tips=sum(r.tips for r in read),
        activities=sum(r.activities for r in read),
        done=sum(r.done for r in read),
        late=sum(r.late for r in read),
        measuring_late=sum(r.measuring_late for r in read),
        kpis=sum(r.kpis for r in read),
        verdicts=verdicts,
    )
