"""Wat gaan we doen: where the target groups stand, the work per phase with its light, and
the lists of late, not begun, coming, running, undated, finished and cancelled work."""

from __future__ import annotations

from ...domain.activity import PlacedActivity
from ...dutch import counted, enumeration, short_date, upper_first
from ...render.view import Alinea, Blok, Cel, Sectie, Tussenkop, table
from ..state import Progress
from .cells import light_cell, phase_name
from .first_page import activity_sentence, time_sentence


def section(progress: Progress) -> Sectie:
    if not progress.counted_activities and not progress.cancelled:
        return Sectie("werk", "Wat gaan we doen", _time(progress).blokken)
    rows = [
        (
            Cel(phase.name),
            Cel(f"{phase.done} van {phase.total}"),
            Cel(str(phase.running)),
            Cel(str(phase.late), nadruk=phase.late > 0),
            Cel(str(phase.cancelled)),
            light_cell(phase.light),
        )
        for phase in progress.phases
        if phase.total or phase.cancelled
    ]
    blocks: list[Blok] = [
        *_time(progress).blokken,
        Tussenkop("Activiteiten per fase"),
        Alinea(activity_sentence(progress)),
        table(
            ("Fase", "Gereed", "Bezig", "Te laat", "Vervallen", "Stoplicht"),
            rows,
            numbers=(1, 2, 3, 4),
        ),
    ]
    lists: list[tuple[str, tuple[PlacedActivity, ...], tuple[str, ...]]] = [
        ("Te laat", progress.late, ("Activiteit", "Wie", "Einddatum", "Te laat")),
        ("Had al moeten beginnen", progress.not_started, ("Activiteit", "Wie", "Start", "")),
        (
            f"Begint in de komende {progress.upcoming_weeks} weken",
            progress.upcoming,
            ("Activiteit", "Wie", "Start", ""),
        ),
        ("Bezig", progress.running, ("Activiteit", "Wie", "Klaar uiterlijk", "")),
        ("Nog zonder startdatum", progress.undated, ("Activiteit", "Wie", "Einddatum", "")),
        ("Afgerond", progress.done, ("Activiteit", "Wie", "Einddatum", "")),
        ("Vervallen", progress.cancelled, ("Activiteit", "Wie", "", "")),
    ]
    for title, items, head in lists:
        if not items:
            continue
        blocks.append(Tussenkop(title))
        blocks.append(table(head, [_activity_row(p, head) for p in items]))
    return Sectie("werk", "Wat gaan we doen", tuple(blocks))


def _time(progress: Progress) -> Sectie:
    blocks: list[Blok] = []
    sentence = time_sentence(progress)
    if sentence:
        blocks.append(Alinea(sentence))
    if progress.group_phases:
        blocks.append(
            table(
                ("Doelgroep", "Fase waarin de groep nu staat"),
                [
                    (
                        Cel(group.name),
                        Cel(
                            phase_name(group.phase) if group.phase else "niet ingevuld",
                            klein=f"fase bijwerken? {group.contradicted_by}"
                            if group.contradicted_by
                            else "",
                        ),
                    )
                    for group in progress.group_phases
                ],
            )
        )
    if progress.running_phases:
        phases = enumeration(phase_name(p) for p in progress.running_phases)
        where = "de fasen" if len(progress.running_phases) > 1 else "de fase"
        blocks.append(Alinea(f"Er loopt nu werk in {where} {phases}.", "Lopend werk"))
    return Sectie("tijd", "Waar we staan", tuple(blocks))


def _activity_row(placed: PlacedActivity, head: tuple[str, ...]) -> tuple[Cel, ...]:
    a = placed.activity
    when = {
        "Einddatum": a.end,
        "Start": a.start,
        "Klaar uiterlijk": a.end,
    }.get(head[2])
    late = counted(placed.days_late, "dag", "dagen") if placed.days_late else ""
    return (
        Cel(upper_first(placed.name), klein=phase_name(placed.phase)),
        Cel(a.who or ""),
        Cel(short_date(when) if when else ""),
        Cel(late, nadruk=bool(late)),
    )
