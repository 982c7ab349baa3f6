"""The document for one plan: the title block, the summary, and every section in order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from ...dutch import long_date
from ...knowledge import Toolkit, toolkit
from ...plan.fields import on_document
from .budget import budget_section
from .contract import Document, Regel, Sectie
from .factors import Hindering, factors_section, hindering_factors
from .sections import (
    activities_section,
    adjustments_section,
    communication_section,
    embedding_section,
    evaluation_section,
    goals_section,
    intervention_section,
    stakeholders_section,
)
from .summary import summary_section
from .timeline import timeline_section
from .wording import file_name, words

if TYPE_CHECKING:
    from ...plan.load import LoadedPlan
    from ...plan.model import Plan
    from ...quickscan.scan import ScanResult


class _Inputs(NamedTuple):
    """What the section builders read."""

    plan: Plan
    knowledge: Toolkit
    hindering: list[Hindering]
    today: dt.date


# The sections after the summary, in order, each with its builder; the keys are also the
# template block names.
_BUILDERS: dict[str, Callable[[_Inputs], Sectie]] = {
    "interventie": lambda i: intervention_section(i.plan),
    "doelen": lambda i: goals_section(i.plan),
    "betrokkenen": lambda i: stakeholders_section(i.plan, i.knowledge),
    "communicatie": lambda i: communication_section(i.plan, i.knowledge),
    "factoren": lambda i: factors_section(i.plan, i.knowledge, i.hindering),
    "activiteiten": lambda i: activities_section(i.plan, i.knowledge),
    "tijdlijn": lambda i: timeline_section(i.plan, i.knowledge, i.today),
    "begroting": lambda i: budget_section(i.plan),
    "evaluatie": lambda i: evaluation_section(i.plan),
    "borging": lambda i: embedding_section(i.plan),
    "bijstellingen": lambda i: adjustments_section(i.plan),
}
SECTIONS = tuple(_BUILDERS)


def build_document(loaded: LoadedPlan, today: dt.date, scan: ScanResult | None = None) -> Document:
    """The document for one plan; `scan` only with `--met-quickscan`."""
    plan = loaded.plan
    knowledge = toolkit()
    hindering = hindering_factors(plan, knowledge)
    inputs = _Inputs(plan, knowledge, hindering, today)
    sections: dict[str, Sectie | None] = {}
    for key, build in _BUILDERS.items():
        built = build(inputs)
        sections[key] = built if built.blokken else None
    return Document(
        titel=plan.title,
        titelblok=_title_block(plan, today),
        samenvatting=summary_section(plan, knowledge, hindering, scan),
        secties=sections,
        slot=f"Gemaakt uit het planbestand {file_name(loaded.file)}, {long_date(today)}.",
        vandaag=today,
        bestand=file_name(loaded.file),
        plan=plan.model_dump(mode="python", by_alias=True),
    )


def _title_block(plan: Plan, today: dt.date) -> tuple[Regel, ...]:
    # The fields the model marks for the document (organisatie, auteur, ...); the version
    # goes with the date, on the last line.
    lines = [
        Regel(label, str(getattr(plan, name) or ""))
        for name, label in on_document(type(plan))
        if name != "version"
    ]
    intervention = plan.intervention.name
    kind = words(plan.intervention.kind)
    lines.append(Regel("Interventie", f"{intervention} ({kind})"))
    if plan.intervention.owner:
        lines.append(Regel("Eigenaar van de interventie", plan.intervention.owner))
    version = f"versie {plan.version}, " if plan.version else ""
    lines.append(Regel("Versie en datum" if plan.version else "Datum", version + long_date(today)))
    return tuple(line for line in lines if line.tekst)
