"""DOEL-*: the goals: what do we want to reach, for whom, where and when (toolkit, PDCA: Plan)."""

from __future__ import annotations

from collections.abc import Iterator

from ...dutch import enumeration, long_date
from ..freetext import Quotes
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


# What a goal's key needs when it is missing or not concrete (DOEL-02's suggestion).
_GOAL_NEEDS = {
    "wat": "bij `wat` wat je bereikt, zo dat je het kunt meten (een aantal, een aandeel, "
    "gedrag dat je kunt zien)",
    "bij_wie": "bij `bij_wie` een aantal of een groep met een naam (zoals '120 mantelzorgers "
    "in Noord')",
    "waar": "bij `waar` een plek (een wijk, gemeente of locatie, of 'online')",
    "wanneer": "bij `wanneer` een datum (JJJJ-MM-DD)",
}


@rule("DOEL-02", empty=_no_goals)
def goal_incomplete(context: Context) -> Iterator[Hit]:
    text = context.text
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
        absent = {key for _, key in missing}
        vague = [
            (key, judgement, why)
            for key, value, judge, why in (
                ("wat", goal.what, lambda t: text.long(t, strict=True), "is vaag"),
                ("bij_wie", goal.for_whom, text.short, "noemt niemand"),
                ("waar", goal.where, lambda t: text.short(t, place_counts=True), "noemt geen plek"),
            )
            if key not in absent and value and (judgement := judge(value)).fails
        ]
        if not missing and not vague:
            continue
        quotes = Quotes()
        lacks = f"zegt nog niet {enumeration(label for label, _ in missing)}" if missing else ""
        vague_parts = "; ".join(f"`{key}` {quotes.failure(j, why)}" for key, j, why in vague)
        if vague_parts:
            vague_parts = "is nog niet concreet: " + vague_parts
        message = f"Doel {goal.id} " + (", en ".join(p for p in (lacks, vague_parts) if p)) + "."
        keys = [key for _, key in missing] + [key for key, _, _ in vague]
        first = next(key for key in _GOAL_NEEDS if key in keys)
        yield Hit(
            message,
            f"Maak doel {goal.id} concreet: noem "
            + enumeration(_GOAL_NEEDS[key] for key in _GOAL_NEEDS if key in keys)
            + ". "
            "Een plaatshouder als 'n.t.b.' of algemene woorden tellen niet: zo kun je later "
            "nagaan of het doel bereikt is.",
            ("doelen", index, first),
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


def _technology_first(context: Context, text: str) -> bool:
    """Every sentence is about a means, and one of them calls the problem the lack of it."""
    rules = context.knowledge.rules
    sentences = [words for words in context.text.sentence_words(text) if words]
    # str.endswith takes the whole tuple of means words at once; stop at the first sentence
    # that names no means.
    if not sentences or not all(
        any(word.endswith(rules.means_words) for word in sentence) for sentence in sentences
    ):
        return False
    return any(any(word in rules.lack_words for word in sentence) for sentence in sentences)


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
        return
    assert problem is not None
    judgement = context.text.long(problem, strict=True)
    if judgement.fails:
        yield Hit(
            "Het probleem is niet concreet beschreven: `probleem` "
            + Quotes().failure(judgement, "bestaat uit algemene woorden")
            + ". Er staat niet wat er misgaat, voor wie en hoeveel.",
            "Schrijf bij `probleem` wat er nu misgaat, voor wie en hoeveel mensen het raakt: "
            "met een getal, een plek of een bron (een wijkmonitor, cijfers van de GGD, "
            "signalen van huisartsen).",
            ("interventie", "probleem"),
        )
    elif _technology_first(context, problem):
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


@rule("DOEL-06")
def hollow_description(context: Context) -> Iterator[Hit]:
    intervention = context.plan.intervention
    texts = [("beschrijving", ("interventie", "beschrijving"), intervention.description)] + [
        ("werkzame_elementen", ("interventie", "werkzame_elementen", i), element)
        for i, element in enumerate(intervention.core_elements)
    ]
    hollow = [
        (key, path, judgement)
        for key, path, value in texts
        if value and context.filled(value) and (judgement := context.text.long(value)).fails
    ]
    if not hollow:
        return
    fields = list(dict.fromkeys(key for key, _, _ in hollow))
    elements = sum(1 for key, _, _ in hollow if key == "werkzame_elementen")
    named = [
        f"`{key}`"
        + (
            f" ({elements} van de {len(intervention.core_elements)})"
            if key == "werkzame_elementen" and len(intervention.core_elements) > 1
            else ""
        )
        for key in fields
    ]
    _, path, first = hollow[0]
    yield Hit(
        f"De interventie is in algemene woorden beschreven: {enumeration(named)} "
        + ("zegt" if len(hollow) == 1 else "zeggen")
        + " niet wat er gebeurt"
        + (" (een zin die ook in andere velden staat)" if first.template else Quotes().of(first))
        + ".",
        "Beschrijf wat er gebeurt, door wie, met wie en hoe vaak (zoals 'een vrijwilliger "
        "bezoekt de oudere zes keer thuis'). Noem bij `werkzame_elementen` de kern die "
        "iedereen zo uitvoert als bedoeld: dan weten uitvoerders wat vastligt en wat ze "
        "mogen aanpassen.",
        path,
    )
