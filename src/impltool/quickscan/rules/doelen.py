"""Goals: what do we want to reach, for whom, where and when (toolkit, PDCA: Plan)."""

from __future__ import annotations

from collections.abc import Iterator

from . import Context, Hit, names, rule


@rule("DOEL-01")
def no_goals(context: Context) -> Iterator[Hit]:
    if not context.plan.goals:
        yield Hit(
            "Het plan heeft nog geen doelen.",
            "Voeg onder `doelen` minstens één doel toe: wat wil je bereiken, bij wie, waar en "
            "wanneer?",
            ("doelen",),
        )


@rule("DOEL-02", applies=lambda c: bool(c.plan.goals))
def goal_incomplete(context: Context) -> Iterator[Hit]:
    for index, goal in enumerate(context.plan.goals):
        missing = [
            label
            for label, value in (
                ("wat", goal.what),
                ("bij wie", goal.for_whom),
                ("waar", goal.where),
                ("wanneer", goal.when),
            )
            if not value
        ]
        if missing:
            yield Hit(
                f"Doel {goal.id} zegt nog niet {names(missing)}.",
                f"Vul bij doel {goal.id} nog "
                + names(f"`{key}`" for key in _keys(missing))
                + " in, zodat je later kunt nagaan of het doel bereikt is.",
                ("doelen", index),
            )


def _keys(labels: list[str]) -> list[str]:
    return [{"bij wie": "bij_wie"}.get(label, label) for label in labels]


@rule("DOEL-03", applies=lambda c: bool(c.plan.goals))
def goal_without_kpi(context: Context) -> Iterator[Hit]:
    measured = {kpi.goal for kpi in context.plan.kpis}
    for index, goal in enumerate(context.plan.goals):
        if goal.id not in measured:
            yield Hit(
                f"Doel {goal.id} heeft nog geen KPI die laat zien of het bereikt wordt.",
                f"Voeg onder `kpis` een indicator toe met `doel: {goal.id}`; werk het doel zo "
                "nodig eerst uit in subdoelen.",
                ("doelen", index),
            )


@rule("DOEL-04")
def no_problem(context: Context) -> Iterator[Hit]:
    if not context.plan.intervention.problem:
        yield Hit(
            "Het plan zegt hoe, maar niet waarom: `interventie.probleem` is leeg.",
            "Beschrijf onder `interventie` bij `probleem` welk probleem of welke behoefte je "
            "aanpakt, en voor wie. Begin bij het doel, niet bij de oplossing.",
            ("interventie",),
        )
