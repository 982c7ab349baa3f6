"""TEAM-*: the implementation team (toolkit: Betrokken partijen; IMPACT step 1)."""

from __future__ import annotations

from collections.abc import Iterator

from ...dutch import enumeration
from ...plan.vocabulary import COMPETENCES
from . import Context, Hit, rule


@rule("TEAM-01")
def team_present(context: Context) -> Iterator[Hit]:
    team = context.plan.team
    if not team:
        yield Hit(
            "Het plan heeft nog geen implementatieteam.",
            "Zet onder `team` wie de implementatie trekt, elk met een `rol`.",
            ("team",),
        )
    elif not any(context.filled(member.role) for member in team):
        yield Hit(
            "Niemand in het implementatieteam heeft een rol.",
            "Geef elk teamlid een `rol`, zodat duidelijk is wie wat trekt.",
            ("team",),
        )


@rule("TEAM-02", empty=lambda c: c.no_items(c.plan.team))
def team_competences(context: Context) -> Iterator[Hit]:
    present = {c for member in context.plan.team for c in member.competences}
    missing = [c for c in COMPETENCES if c not in present]
    if missing:
        labels = [context.knowledge.competences[c].name.lower() for c in missing]
        yield Hit(
            f"Het team mist nog {'deze competentie' if len(missing) == 1 else 'deze competenties'}"
            f": {enumeration(labels)}.",
            "Zoek iemand die dit inbrengt, of vermeld het bij een teamlid onder "
            "`competenties` (" + enumeration(f"`{c}`" for c in missing) + ").",
            ("team",),
        )


@rule("TEAM-03")
def management_and_professionals(context: Context) -> Iterator[Hit]:
    early_phases = context.knowledge.rules.early_phases
    early = {s.type for s in context.plan.stakeholders if s.involved_from in early_phases}
    missing = [
        label
        for kind, label in (
            ("beslisser", "management (beslisser)"),
            ("gebruiker", "uitvoerende professionals (gebruiker)"),
        )
        if kind not in early
    ]
    if missing:
        yield Hit(
            f"Niet vanaf het begin betrokken: {enumeration(missing)}.",
            "Zet management en uitvoerende professionals bij `betrokkenen` met "
            + enumeration((f"`betrokken_vanaf: {phase}`" for phase in early_phases), "of")
            + ", zodat het team draagvlak heeft.",
            ("betrokkenen",),
        )
