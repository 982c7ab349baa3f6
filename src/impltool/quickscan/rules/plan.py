"""PLAN-*: the plan's own consistency: references that point nowhere, and `negeer` entries."""

from __future__ import annotations

from collections.abc import Iterator

from ...dutch import upper_first
from . import Context, Hit, rule


@rule("PLAN-01")
def dangling_references(context: Context) -> Iterator[Hit]:
    plan, knowledge = context.plan, context.knowledge
    goals = {goal.id for goal in plan.goals}
    groups = set(context.groups)
    factors = {factor.key for factor in plan.factors}
    checklist = {item.id for item in knowledge.checklist}
    for index, factor in enumerate(plan.factors):
        if factor.item and factor.item not in checklist:
            yield Hit(
                f"Factor {factor.item!r} staat niet in de checklist.",
                "Kies een item uit `impl checklist`, of maak er een eigen factor van met `id`, "
                "`domein` en `omschrijving`.",
                ("factoren", index, "item"),
            )
    # Version 3: goals and factors name the doelgroepen their timing follows.
    owners = [
        (f"Doel {goal.id}", ("doelen", index), goal.target_groups)
        for index, goal in enumerate(plan.goals)
    ] + [
        (f"Factor {factor.key}", ("factoren", index), factor.target_groups)
        for index, factor in enumerate(plan.factors)
    ]
    for owner, path, named in owners:
        for position, group_id in enumerate(named):
            if group_id not in groups:
                yield Hit(
                    f"{owner} noemt doelgroep {group_id!r}, maar die bestaat niet.",
                    _choose("de doelgroep", groups),
                    (*path, "doelgroepen", position),
                )
    for index, kpi in enumerate(plan.kpis):
        if kpi.goal and kpi.goal not in goals:
            yield Hit(
                f"KPI {kpi.id} verwijst naar doel {kpi.goal!r}, maar dat doel bestaat niet.",
                _choose("het doel", goals),
                ("kpis", index, "doel"),
            )
    for pa in context.all_activities:  # cancelled work must still point somewhere real
        for position, group_id in enumerate(pa.activity.target_groups):
            if group_id not in groups:
                yield Hit(
                    f"{upper_first(pa.reference)} noemt doelgroep {group_id!r}, maar die bestaat "
                    "niet.",
                    _choose("de doelgroep", groups),
                    (*pa.path, "doelgroepen", position),
                )
        for position, key in enumerate(pa.activity.addresses):
            if key not in factors and key not in checklist:
                yield Hit(
                    f"{upper_first(pa.reference)} adresseert {key!r}, maar dat is geen factor uit "
                    "het plan of de checklist.",
                    _choose("de factor", factors),
                    (*pa.path, "adresseert", position),
                )


def _choose(thing: str, known: set[str]) -> str:
    """`thing` with its article, e.g. "het doel"."""
    if not known:
        return f"Voeg {thing} eerst toe, of haal de verwijzing weg: er is er nog geen."
    shown = ", ".join(sorted(known)[:12])
    return f"Verbeter de tikfout of voeg {thing} toe. Bestaande codes: {shown}."


@rule("PLAN-02")
def ignore_entries(context: Context) -> Iterator[Hit]:
    from . import all_rules

    settings = context.plan.quickscan
    if settings is None:
        return
    known = all_rules()
    for index, entry in enumerate(settings.ignore):
        code = entry.rule.upper()
        if code not in known:
            yield Hit(
                f"`negeer` noemt regel {entry.rule!r}, maar die bestaat niet.",
                "Kijk met `impl regels` welke codes er zijn.",
                ("quickscan", "negeer", index, "regel"),
            )
        elif not entry.reason:
            yield Hit(
                f"`negeer` accepteert {code} zonder reden.",
                "Schrijf bij `reden` waarom je deze bevinding bewust accepteert; zonder reden "
                "telt de bevinding gewoon mee.",
                ("quickscan", "negeer", index),
            )
