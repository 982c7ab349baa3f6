"""Wat willen we bereiken: the goals with their lights, every KPI in one table (where its
line starts, the latest meting, the target, what the line expected, the verdict), a chart per
KPI and what to note about it."""

from __future__ import annotations

from ...domain.line import Verdict, is_whole
from ...dutch import number, rounded, short_date, upper_first
from ...knowledge import Share, toolkit
from ...render.view import (
    LIGHT_SHAPES,
    Alinea,
    Blok,
    Cel,
    Grafiek,
    Punt,
    Sectie,
    Tussenkop,
    table,
)
from ..kpis import KpiProgress
from ..state import Progress
from .cells import VERDICT_MARK, kpi_gap, kpi_name, light_cell

LIGHT_LEGEND = (
    "Stoplichten: groen is binnen de afgesproken tijd en het afgesproken geld; oranje is een "
    "risico, bijsturen nodig; rood is buiten de afspraken. Een KPI is groen als hij op koers "
    "ligt (of het nog te vroeg is om te oordelen), oranje als hij achterloopt, rood als hij "
    "minder dan {ver} van de verwachte groei haalde of de deadline voorbij is zonder de "
    "streefwaarde. Een doel krijgt het zwaarste licht van zijn KPI's. Een fase is oranje met "
    "werk over de einddatum, rood met werk meer dan {dagen} dagen te laat. Geld is rood boven "
    "de begroting, oranje als een lopend jaar al {geld} van zijn begroting besteedde."
)


def section(progress: Progress) -> Sectie:
    if not progress.kpis:
        return Sectie("kpis", "Wat willen we bereiken", ())
    goals = [
        (Cel(what, vet=goal_id), light_cell(light), Cel(", ".join(k.kpi.id for k in kpis)))
        for goal_id, what, light, kpis in progress.goal_lights
    ]
    blocks: list[Blok] = []
    if goals:
        blocks.append(table(("Doel", "Stoplicht", "KPI's"), goals))
    blocks += [
        _legend(),
        Tussenkop("KPI's"),
        Alinea(
            "Per KPI: waar we begonnen, de laatste meting, waar we naartoe willen, en wat we "
            "volgens een rechte lijn van begin naar streefwaarde op de dag van die meting zouden "
            "verwachten; daaraan meet het oordeel. Een trage start is normaal: pas na een derde "
            "van de weg zegt de lijn iets, en tot dan staat erbij vanaf wanneer."
        ),
        table(
            (
                "KPI",
                "Begin",
                "Laatste meting",
                "Streef\u00adwaarde",
                "Verwacht bij die meting",
                "Oordeel",
            ),
            [_kpi_row(item) for item in progress.kpis],
            numbers=(1, 2, 3, 4),
        ),
    ]
    for item in progress.kpis:
        if item.measurements or item.judgement.line is not None:
            blocks.append(_chart(item, progress))
        for note in item.notes:
            blocks.append(Alinea(f"{upper_first(note)}.", f"Let op bij {item.kpi.id}"))
    return Sectie("kpis", "Wat willen we bereiken: doelen en KPI's", tuple(blocks))


def _kpi_row(item: KpiProgress) -> tuple[Cel, ...]:
    kpi, judgement = item.kpi, item.judgement
    line = judgement.line
    whole = line is not None and is_whole(line.base) and is_whole(line.target)
    start = (
        f"{number(kpi.baseline)}"
        if kpi.baseline is not None
        else (f"{number(line.base)} ({short_date(line.start)})" if line else "")
    )
    latest = judgement.latest
    # Every row says where its line starts and why (issue 21): the reader checks the
    # expected value against it.
    return (
        Cel(kpi_name(item), klein=kpi.unit or ""),
        Cel(start, klein=_line_start(item)),
        Cel(
            number(latest.value) if latest else "nog geen",
            klein=short_date(latest.date) if latest else "",
        ),
        Cel(
            number(kpi.target) if kpi.target is not None else "",
            klein=short_date(kpi.deadline) if kpi.deadline else "",
        ),
        # What the line expected on the latest meting's date: the number the verdict, the
        # chart and the first page use, so the reader sees one number.
        Cel(
            rounded(judgement.expected, whole) if judgement.expected is not None else "",
            klein=short_date(latest.date) if latest and judgement.expected is not None else "",
        ),
        # The light and the verdict in one cell: a seven-column table breaks words.
        Cel(
            VERDICT_MARK[item.verdict],
            vet=f"{LIGHT_SHAPES[item.light]} {item.light}" if item.light else "",
            klein=f"oordeel vanaf {short_date(item.judged_from)}"
            if item.verdict is Verdict.TOO_EARLY and item.judged_from
            else "",
            nadruk=item.verdict is Verdict.BEHIND,
        ),
    )


def _line_start(item: KpiProgress) -> str:
    """`vanaf 1 dec 2025: de start van het werk (A1)`, short enough for a table cell."""
    line = item.judgement.line
    if line is None or line.begins is None or not item.line_start:
        return ""
    return f"vanaf {short_date(line.begins.day)}: {item.line_start.split(': ', 1)[-1]}"


def _chart(item: KpiProgress, progress: Progress) -> Grafiek:
    kpi, judgement = item.kpi, item.judgement
    line = judgement.line
    points = tuple(Punt(m.date, float(m.value)) for m in item.measurements)
    if line is not None and kpi.baseline is not None:
        # The nulmeting at the launch, in date order with the metingen (one may be earlier).
        points = tuple(sorted((Punt(line.start, line.base), *points), key=lambda p: p.datum))
    trend = (Punt(line.start, line.base), Punt(line.deadline, line.target)) if line else ()
    target = (
        Punt(kpi.deadline, float(kpi.target))
        if kpi.target is not None and kpi.deadline is not None
        else None
    )
    gap = kpi_gap(item)
    return Grafiek(
        naam=kpi_name(item),
        eenheid=kpi.unit or "",
        metingen=points,
        lijn=trend,
        streefwaarde=target,
        vandaag=progress.today,
        oordeel=VERDICT_MARK[item.verdict],
        tekst=f"{kpi_name(item)}: {VERDICT_MARK[item.verdict]}; {gap}.",
    )


def _legend() -> Alinea:
    rules = toolkit().rules

    def share(value: Share) -> str:
        return f"{round(value.of(100))} %"

    return Alinea(
        LIGHT_LEGEND.format(
            ver=share(rules.kpi_far_behind),
            dagen=rules.phase_red_days,
            geld=share(rules.money_orange),
        )
    )
