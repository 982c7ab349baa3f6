"""The report's first page ("In het kort"): time, activities and results in a sentence each,
the lights per goal, what needs attention, the next steps and the latest bijstelling. It stays
one page: long lists are cut short and counted (the sections list them all)."""

from __future__ import annotations

from ...domain.line import Verdict
from ...dutch import counted, enumeration, long_date, period_text, upper_first
from ...render.view import LIGHT_SHAPES, Alinea, Blok, Opsomming, Regel, Sectie
from ..state import Progress
from .cells import VERDICT_MARK, kpi_gap, kpi_name

HEADLINE_STEPS = 3
HEADLINE_ITEMS = 5  # late activities, and KPIs behind, named on the first page
# For what is behind or late without an explanation (a bestuursrapportage asks these three).


def section(progress: Progress) -> Sectie:
    blocks: list[Blok] = []
    time = time_sentence(progress)
    if time:
        blocks.append(Alinea(time, "Tijd"))
    blocks.append(Alinea(activity_sentence(progress), "Activiteiten"))
    if progress.kpis:
        blocks.append(Alinea(_kpi_sentence(progress), "Resultaten"))
    lights = [
        f"{goal_id} {LIGHT_SHAPES[light]} {light}"
        for goal_id, _, light, _ in progress.goal_lights
        if light is not None
    ]
    if lights:
        blocks.append(Alinea(", ".join(lights) + ".", "Stoplichten per doel"))
    # The first page stays one page: the latest work and the first KPIs behind, the
    # rest counted (the sections below list them all).
    late, behind = progress.late, progress.verdicts(Verdict.BEHIND)
    attention = [
        Regel(upper_first(p.name), f"{counted(p.days_late, 'dag', 'dagen')} over de einddatum")
        for p in late[:HEADLINE_ITEMS]
    ]
    if len(late) > HEADLINE_ITEMS:
        more = len(late) - HEADLINE_ITEMS
        attention.append(
            Regel(
                "",
                f"en nog {counted(more, 'activiteit', 'activiteiten')} te laat "
                "(zie Wat gaan we doen)",
            )
        )
    attention += [Regel(kpi_name(k), kpi_gap(k)) for k in behind[:HEADLINE_ITEMS]]
    if len(behind) > HEADLINE_ITEMS:
        more = len(behind) - HEADLINE_ITEMS
        attention.append(
            Regel("", f"en nog {more} KPI's die achterlopen (zie Wat willen we bereiken)")
        )
    if attention:
        blocks.append(Alinea("", "Wat aandacht vraagt"))
        blocks.append(Opsomming(tuple(attention)))
    steps = progress.next_steps[:HEADLINE_STEPS]
    if steps:
        blocks.append(Alinea("", "Wat we nu doen"))
        blocks.append(Opsomming(tuple(Regel("", step) for step in steps)))
    if progress.adjustments:
        last = progress.adjustments[-1]
        blocks.append(
            Alinea(
                f"{len(progress.adjustments)} tot nu toe; de laatste op {long_date(last.date)}: "
                f"{last.decision or last.reason or ''}",
                "Bijstellingen",
            )
        )
    return Sectie("samenvatting", "In het kort", tuple(blocks))


def time_sentence(progress: Progress) -> str:
    period = progress.plan.period
    share = progress.share_of_period
    if period is None or share is None:
        return ""
    if progress.today < period.start:
        return f"De invoering begint op {long_date(period.start)}."
    if progress.today > period.end:
        return f"De looptijd ({period_text(period.start, period.end)}) is voorbij."
    return (
        f"Dag {progress.elapsed_days} van {progress.total_days} "
        f"({round(share * 100)} % van de looptijd, {period_text(period.start, period.end)})."
    )


def activity_sentence(progress: Progress) -> str:
    total = progress.counted_activities
    if not total:
        return "Het plan heeft nog geen activiteiten."
    parts = [
        f"{len(progress.done)} van de {total} gereed ({round(len(progress.done) / total * 100)} %)"
    ]
    if progress.running:
        parts.append(f"{len(progress.running)} bezig")
    if progress.late:
        parts.append(f"{len(progress.late)} te laat")
    if progress.not_started:
        parts.append(f"{len(progress.not_started)} nog niet begonnen")
    if progress.undated:
        parts.append(f"{len(progress.undated)} nog zonder startdatum")
    if progress.cancelled:
        parts.append(f"{len(progress.cancelled)} vervallen")
    return enumeration(parts) + "."


def _kpi_sentence(progress: Progress) -> str:
    counts = [
        (len(progress.verdicts(verdict)), word)
        for verdict, word in (
            (Verdict.AHEAD, "voor op schema"),
            (Verdict.ON_TRACK, "op koers"),
            (Verdict.BEHIND, "loopt achter"),
            (Verdict.TOO_EARLY, "nog te vroeg om te zeggen"),
            (Verdict.NOT_JUDGED, "niet te beoordelen"),
        )
    ]
    if len(progress.kpis) == 1:
        return f"De KPI: {VERDICT_MARK[progress.kpis[0].verdict]}."
    shown = [
        f"{n} {'lopen achter' if n > 1 and word == 'loopt achter' else word}"
        for n, word in counts
        if n
    ]
    return f"Van de {len(progress.kpis)} KPI's: {enumeration(shown)}."
