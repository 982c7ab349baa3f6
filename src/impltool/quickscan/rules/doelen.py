"""Goals: what do we want to reach, for whom, where and when (toolkit, PDCA: Plan)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...dutch import enumeration, long_date
from . import Context, Hit, rule


def _no_goals(context: Context) -> bool:
    return context.no_items(context.plan.goals)


@rule("DOEL-01")
def no_goals(context: Context) -> Iterator[Hit]:
    if _no_goals(context):
        yield Hit(
            "Het plan heeft nog geen ingevulde doelen."
            if context.plan.goals
            else "Het plan heeft nog geen doelen.",
            "Schrijf onder `doelen` minstens één doel uit: wat wil je bereiken, bij wie, waar "
            "en wanneer?",
            ("doelen",),
        )


@rule("DOEL-02", empty=_no_goals)
def goal_incomplete(context: Context) -> Iterator[Hit]:
    for index, goal in enumerate(context.plan.goals):
        missing = [
            (label, key)
            for label, key, value in (
                ("wat", "wat", goal.what),
                ("bij wie", "bij_wie", goal.for_whom),
                ("waar", "waar", goal.where),
                ("wanneer", "wanneer", goal.when),
            )
            if not context.filled(value)
        ]
        if missing:
            yield Hit(
                f"Doel {goal.id} zegt nog niet {enumeration(label for label, _ in missing)}.",
                f"Vul bij doel {goal.id} nog "
                + enumeration(f"`{key}`" for _, key in missing)
                + " in (een plaatshouder als 'n.t.b.' telt niet), zodat je later kunt nagaan "
                "of het doel bereikt is.",
                ("doelen", index, missing[0][1]),
            )


@rule("DOEL-03", empty=_no_goals)
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


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
_WORD = re.compile(r"[^\W\d_]+")


def _technology_first(context: Context, text: str) -> bool:
    """Every sentence is about a means, and one of them calls the problem the lack of it."""
    rules = context.knowledge.rules

    def words(sentence: str) -> list[str]:
        return _WORD.findall(sentence.lower())

    def is_means(word: str) -> bool:
        return any(word.endswith(means) for means in rules.means_words)

    sentences = [words(s) for s in _SENTENCE_END.split(text) if words(s)]
    about_means = [any(is_means(w) for w in sentence) for sentence in sentences]
    lack_of_means = any(
        means and any(w in rules.lack_words for w in sentence)
        for sentence, means in zip(sentences, about_means, strict=True)
    )
    return bool(sentences) and all(about_means) and lack_of_means


@rule("DOEL-04")
def no_problem(context: Context) -> Iterator[Hit]:
    problem = context.plan.intervention.problem
    if not context.filled(problem):
        yield Hit(
            "Het plan zegt hoe, maar niet waarom: `interventie.probleem` is leeg.",
            "Beschrijf onder `interventie` bij `probleem` welk probleem of welke behoefte je "
            "aanpakt, en voor wie. Begin bij het doel, niet bij de oplossing.",
            ("interventie", "probleem"),
        )
    elif problem and _technology_first(context, problem):
        yield Hit(
            "Het probleem is beschreven als het ontbreken van een middel (een app, website of "
            "platform), niet als wat mensen missen of nodig hebben.",
            "Schrijf bij `probleem` wat er nu misgaat voor de mensen om wie het gaat, bij wie en "
            "hoe je dat weet. Het middel hoort bij `beschrijving`: begin bij de vraag, niet bij "
            "de techniek.",
            ("interventie", "probleem"),
        )


@rule("DOEL-05", applies=lambda c: c.plan.period is not None)
def dates_in_period(context: Context) -> Iterator[Hit]:
    period = context.plan.period
    assert period is not None
    span = f"de periode loopt van {long_date(period.start)} tot {long_date(period.end)}"
    for index, goal in enumerate(context.plan.goals):
        if goal.when and not period.start <= goal.when <= period.end:
            yield Hit(
                f"Doel {goal.id} moet op {long_date(goal.when)} bereikt zijn, buiten de periode "
                f"van het plan ({span}).",
                "Kies een `wanneer` binnen de periode, of pas de `periode` aan als het plan echt "
                "langer loopt.",
                ("doelen", index, "wanneer"),
            )
    for index, kpi in enumerate(context.plan.kpis):
        if kpi.deadline and not period.start <= kpi.deadline <= period.end:
            yield Hit(
                f"KPI {kpi.id} heeft als deadline {long_date(kpi.deadline)}, buiten de periode "
                f"van het plan ({span}).",
                "Kies een `deadline` binnen de periode: wat je na afloop meet, kan het plan niet "
                "meer bijsturen.",
                ("kpis", index, "deadline"),
            )
    evaluation = context.plan.evaluation
    for index, moment in enumerate(evaluation.moments if evaluation else []):
        if moment < period.start:
            yield Hit(
                f"Het evaluatiemoment {long_date(moment)} ligt vóór de start van het plan "
                f"({long_date(period.start)}).",
                "Evalueer tijdens en na de invoering; een meting vooraf hoort bij de "
                "`nulmeting` van een KPI.",
                ("evaluatie", "momenten", index),
            )
