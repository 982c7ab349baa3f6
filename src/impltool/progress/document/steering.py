"""What changed in the report's period (`--sinds`), and the steering: bijstellingen so far,
evaluation moments, what lacks an explanation, and the next steps."""

from __future__ import annotations

from ...dutch import enumeration, long_date, short_date, upper_first
from ...render.view import Alinea, Blok, Cel, Opsomming, Regel, Sectie, Tussenkop, table
from ..state import Progress

# For what is behind or late without an explanation (a bestuursrapportage asks these three).
UNEXPLAINED_QUESTIONS = (
    "Hieronder staat wat achterloopt of te laat is zonder bijstelling die het noemt. Leg per "
    "punt vast: wat is de oorzaak, wat betekent het voor het doel, en wat doen we eraan "
    "(een bijstelling met betreft, oorzaak, gevolg en besluit)."
)


def changes(progress: Progress) -> Sectie:
    since = progress.since
    if since is None:
        return Sectie("sinds", "", ())
    blocks: list[Blok] = [Alinea(f"{upper_first(note)}.") for note in since.notes]
    if since.changes:
        blocks.append(
            Opsomming(
                tuple(Regel(short_date(c.date) if c.date else "", c.text) for c in since.changes)
            )
        )
    else:
        blocks.append(Alinea("Het plan laat in deze periode geen veranderingen zien."))
    if since.reference:
        blocks.append(Alinea(f"Vergeleken met {since.reference}."))
    return Sectie("sinds", f"Wat er veranderde {since.label}", tuple(blocks))


def section(progress: Progress) -> Sectie:
    blocks: list[Blok] = []
    if progress.adjustments:
        blocks.append(Tussenkop("Bijstellingen tot nu toe"))
        blocks.append(
            # Columns the plan leaves empty in every row are left out (betreft, oorzaak,
            # gevolg are optional).
            table(
                ("Datum", "Betreft", "Oorzaak", "Aanleiding", "Gevolg", "Besluit"),
                [
                    (
                        Cel(long_date(a.date)),
                        Cel(", ".join(a.concerns)),
                        Cel(a.cause or ""),
                        Cel(a.reason or ""),
                        Cel(a.consequence or ""),
                        Cel(a.decision or ""),
                    )
                    for a in progress.adjustments
                ],
            )
        )
    if progress.moments_past or progress.moments_coming:
        blocks.append(Tussenkop("Evaluatiemomenten"))
        lines = []
        if progress.moments_past:
            lines.append(Regel("Geweest", enumeration(long_date(m) for m in progress.moments_past)))
        if progress.moments_coming:
            lines.append(
                Regel("Komend", enumeration(long_date(m) for m in progress.moments_coming))
            )
        blocks.append(Opsomming(tuple(lines)))
    if progress.unexplained:
        blocks.append(Tussenkop("Toelichting ontbreekt"))
        blocks.append(Alinea(UNEXPLAINED_QUESTIONS))
        blocks.append(Opsomming(tuple(Regel("", item) for item in progress.unexplained)))
    steps = progress.next_steps
    if steps:
        blocks.append(Tussenkop("Volgende stappen"))
        blocks.append(Opsomming(tuple(Regel(f"{n}.", step) for n, step in enumerate(steps, 1))))
    return Sectie("bijsturen", "Bijsturen", tuple(blocks))
