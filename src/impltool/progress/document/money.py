"""Wat mag het kosten: planned and spent money per year and payer, when the plan records
what was spent (`besteed` per begroting post)."""

from __future__ import annotations

from ...dutch import euro
from ...knowledge import toolkit
from ...render.view import Alinea, Blok, Cel, Sectie, table
from ..state import Progress, spending
from .cells import light_cell


def section(progress: Progress) -> Sectie:
    """What was planned and what was spent, per year and payer (when the plan records it)."""
    rules = toolkit().rules
    lines = spending(progress.plan)
    if not lines:
        return Sectie("geld", "", ())
    rows = [
        (
            Cel(str(line.year) if line.year else "zonder jaar"),
            Cel(line.source),
            Cel(euro(line.planned)),
            Cel(euro(line.spent) if line.spent is not None else "niet ingevuld"),
            Cel(
                f"{round(line.spent / line.planned * 100)} %"
                if line.spent is not None and line.planned
                else "",
                klein="meer besteed dan begroot" if line.overspent else "",
                nadruk=line.overspent,
            ),
            light_cell(line.light(progress.today, rules)),
        )
        for line in lines
    ]
    planned = sum(line.planned for line in lines)
    spent = sum(line.spent or 0.0 for line in lines)
    blocks: list[Blok] = [
        Alinea(
            f"Begroot {euro(planned)}, tot nu toe besteed {euro(spent)} "
            f"({round(spent / planned * 100) if planned else 0} %), volgens wat bij de "
            "begrotingsposten als besteed staat."
        ),
        table(
            ("Jaar", "Betaald door", "Begroot", "Besteed", "Deel", "Stoplicht"),
            rows,
            numbers=(2, 3, 4),
        ),
    ]
    return Sectie("geld", "Wat mag het kosten: begroot en besteed", tuple(blocks))
