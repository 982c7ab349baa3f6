"""The one-page summary: why, what, goals, period, money, the biggest risks, the state of
the activities and (with `--met-quickscan`) the quickscan's scores."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ...domain.activity import ActivityStatus, is_counted, status_of
from ...dutch import (
    count_word,
    enumeration,
    long_date,
    lower_first,
    month_span,
    number,
    period_text,
    quantity,
    upper_first,
)
from .budget import money_line
from .contract import Alinea, Blok, Opsomming, Regel, Score, Scores, Sectie
from .factors import Hindering
from .wording import first_sentences, reader_text, words

if TYPE_CHECKING:
    from ...knowledge import Toolkit
    from ...plan.model import Plan
    from ...quickscan.scan import ScanResult

TOP_RISKS = 3
TOP_FINDINGS = 5


def summary_section(
    plan: Plan, knowledge: Toolkit, hindering: list[Hindering], scan: ScanResult | None
) -> Sectie:
    blocks: list[Blok] = []
    intervention = plan.intervention
    if intervention.problem:
        blocks.append(Alinea(first_sentences(intervention.problem), "Waarom"))
    what = f"{intervention.name} ({words(intervention.kind)})."
    description = first_sentences(intervention.description or "")
    blocks.append(Alinea(f"{what} {description}" if description else what, "Wat"))
    goals = [Regel("", _goal_line(plan, g.id, g.what, g.when)) for g in plan.goals]
    if goals:
        blocks.append(Alinea("", "Doelen"))
        blocks.append(Opsomming(tuple(goals)))
    timing = _period_and_phases(plan, knowledge)
    if timing:
        blocks.append(Alinea(timing, "Looptijd"))
    blocks.append(Alinea(money_line(plan), "Geld en capaciteit"))
    if hindering:
        risks = sorted(hindering, key=lambda h: bool(h.answers))[:TOP_RISKS]
        blocks.append(Alinea("", "Grootste risico's en wat we eraan doen"))
        blocks.append(Opsomming(tuple(Regel(h.factor, h.summary) for h in risks)))
    counts = _progress(plan)
    if sum(counts.values()):
        shown = (
            f"{counts[ActivityStatus.DONE]} gereed, {counts[ActivityStatus.RUNNING]} bezig, "
            f"{counts[ActivityStatus.PLANNED]} gepland"
        )
        if counts[ActivityStatus.CANCELLED]:
            shown += f", {counts[ActivityStatus.CANCELLED]} vervallen"
        blocks.append(Alinea(shown + ".", "Stand van de activiteiten"))
    if scan is not None:
        blocks.append(_scores(scan))
    return Sectie("samenvatting", "Samenvatting", tuple(blocks))


def _goal_line(plan: Plan, goal_id: str, what: str | None, when: dt.date | None) -> str:
    text = what or goal_id
    targets = []
    for k in plan.kpis:
        if k.goal != goal_id or k.target is None:
            continue
        name = lower_first(k.name or k.indicator or k.id)
        start = f" van {number(k.baseline)}" if k.baseline is not None else ""
        targets.append(f"{name}{start} naar {quantity(k.target, k.unit)}")
    if when:
        text += f" (uiterlijk {long_date(when)})"
    if targets:
        text += ". Gemeten als " + "; ".join(targets)
    return text


def _period_and_phases(plan: Plan, knowledge: Toolkit) -> str:
    """`1 februari 2026 tot en met 31 december 2027, in vier fasen: weten (feb 2026 – ...)`."""
    parts = []
    for phase in knowledge.phases:
        spans = [
            (a.start, a.end or a.start)
            for a in plan.phases.by_key()[phase.key]
            if a.start is not None and is_counted(a) and (a.end is None or a.end >= a.start)
        ]
        if not spans:
            continue
        start = min(first for first, _ in spans)
        end = max(last for _, last in spans)
        parts.append(f"{phase.name.lower()} ({month_span(start, end)})")
    period = period_text(plan.period.start, plan.period.end) if plan.period is not None else ""
    if not parts:
        return period
    phases = f"in {count_word(len(parts))} {'fase' if len(parts) == 1 else 'fasen'}: " + (
        enumeration(parts)
    )
    return f"{period}, {phases}" if period else upper_first(phases)


def _scores(result: ScanResult) -> Scores:
    """The scan as the reader sees it: no score while a fout is open (the plan contradicts
    itself, a percentage would read as a grade), and the fouten named first."""
    from ...quickscan.finding import Severity

    errors = result.errors
    areas = tuple(Score(a.name, a.score, a.light) for a in result.areas)
    total = Score("Totaal", result.overall, result.overall_light)
    others = sorted(
        (f for f in result.findings if f.severity != Severity.FOUT),
        key=lambda f: f.severity.rank,
    )
    shown = others[: max(0, TOP_FINDINGS - len(errors))]
    return Scores(
        totaal=total,
        gebieden=areas,
        fouten=tuple(reader_text(f.message) for f in errors),
        wacht=result.waiting_text,
        bevindingen=tuple(Regel(str(f.severity), reader_text(f.message)) for f in shown),
        meer=len(others) - len(shown),
        geaccepteerd=len(result.accepted),
    )


def _progress(plan: Plan) -> dict[ActivityStatus, int]:
    counts = dict.fromkeys(ActivityStatus, 0)
    for _, _, activity in plan.activities():
        counts[status_of(activity)] += 1
    return counts
