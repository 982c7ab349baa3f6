"""Words and table cells that several sections of the progress report share: a verdict in
words, a KPI's name and how far it is from its line, a traffic light, a phase's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...domain.line import Verdict, is_whole
from ...dutch import long_date, number, rounded
from ...knowledge import toolkit
from ...render.view import LIGHT_SHAPES, Cel

if TYPE_CHECKING:
    from ..kpis import KpiProgress

VERDICT_MARK = {
    Verdict.ON_TRACK: "op koers",
    Verdict.AHEAD: "voor op schema",
    Verdict.BEHIND: "loopt achter",
    Verdict.TOO_EARLY: "nog te vroeg om te zeggen",
    Verdict.NOT_JUDGED: "niet te beoordelen",
}


def kpi_name(item: KpiProgress) -> str:
    kpi = item.kpi
    return f"{kpi.id} {kpi.name}" if kpi.name else kpi.id


def kpi_gap(item: KpiProgress) -> str:
    judgement = item.judgement
    if judgement.latest is None or judgement.expected is None or judgement.line is None:
        return VERDICT_MARK[item.verdict]
    whole = is_whole(judgement.line.base) and is_whole(judgement.line.target)
    unit = f" {item.kpi.unit}" if item.kpi.unit else ""
    return (
        f"gemeten {number(judgement.latest.value)}{unit} op {long_date(judgement.latest.date)}; "
        f"volgens de planning rond {rounded(judgement.expected, whole)}"
    )


def light_cell(light: str | None) -> Cel:
    if light is None:
        return Cel("")
    return Cel(f"{LIGHT_SHAPES[light]} {light}", nadruk=light == "rood")


def phase_name(key: str) -> str:
    phase = toolkit().phase(key)
    return phase.name.lower() if phase else key.replace("_", " ")
