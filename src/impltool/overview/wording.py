"""The overview's sentences and the numbers in words that more than one format shows."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..dutch import counted, long_date, rounded, short_date

if TYPE_CHECKING:
    from .rows import Overview, Totals

WAITING = "nog geen score: wacht tot de fout is opgelost"
ORDER_TEXT = (
    "Wat de meeste aandacht vraagt staat bovenaan: eerst plannen die niet te lezen zijn, dan "
    "plannen met fouten, dan de meeste activiteiten te laat en KPI's achter, dan de laagste "
    "quickscan, dan de meeste waarschuwingen."
)
KPI_NOTE = (
    "KPI's op koers of achter: de laatste meting naast de lijn van nulmeting naar "
    "streefwaarde, zoals in het voortgangsrapport (voor op de lijn telt als op koers). Een KPI "
    "zonder meting, of met een meting van te vroeg in de looptijd, telt bij geen van beide. "
    "Meting te laat: KPI's met een frequentie waarvan de volgende meting meer dan een termijn "
    "plus een maand uitblijft."
)
WORK_NOTE = (
    "Gereed: activiteiten met status gereed, van alle activiteiten die niet vervallen zijn. "
    "Te laat: voorbij de einddatum en niet gereed."
)


def title_line(overview: Overview) -> str:
    count = counted(len(overview.rows), "plan", "plannen")
    return f"Overzicht van {count} op {long_date(overview.today)}"


def totals_label(totals: Totals) -> str:
    text = counted(totals.plans, "plan", "plannen")
    if totals.unreadable:
        text += f", waarvan {totals.unreadable} niet te lezen"
    return text


def lights_text(totals: Totals) -> str:
    parts = [f"{n} {light}" for light, n in totals.lights.items()]
    if totals.waiting:
        parts.append(f"{totals.waiting} zonder score (fout open)")
    return ", ".join(parts)


def mean_text(value: float | None) -> str:
    return "" if value is None else f"{rounded(value, whole=True)} %"


def percent(share: float | None) -> str:
    return "" if share is None else f"{rounded(share * 100, whole=True)} %"


def short_period(start: dt.date | None, end: dt.date | None) -> str:
    """`1 feb 2026 – 31 dec 2027`; empty unless both dates are known."""
    if start is None or end is None:
        return ""
    return f"{short_date(start)} – {short_date(end)}"
