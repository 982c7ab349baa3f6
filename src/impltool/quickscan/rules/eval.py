"""EVAL-*: the evaluation plan and what is done with it (toolkit PDCA: Check and Act)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ...dutch import enumeration, long_date
from ...plan.yamlbase import YamlPath
from ..freetext import Quotes
from . import Context, Hit, rule


def _no_evaluation(context: Context) -> bool:
    return context.no_section(context.plan.evaluation)


@rule("EVAL-01")
def evaluation_plan(context: Context) -> Iterator[Hit]:
    evaluation = context.plan.evaluation
    if evaluation is None:
        yield Hit(
            "Het plan heeft geen evaluatieplan.",
            "Beschrijf onder `evaluatie` welke `vragen` je wilt beantwoorden, met welke "
            "`methode` je de informatie verzamelt en op welke `momenten`.",
            ("evaluatie",),
        )
        return
    missing = [
        key
        for key, value in (
            ("vragen", evaluation.questions),
            ("methode", evaluation.method),
            ("momenten", evaluation.moments),
        )
        if not context.filled(value)
    ]
    text, quotes = context.text, Quotes()
    vague: dict[str, str] = {}
    questions = [q for q in evaluation.questions if q and context.filled(q)]
    judged = [text.long(question) for question in questions]
    if judged and all(judgement.fails for judgement in judged):
        # Quote the vague words of the first question that has any.
        first = next((j for j in judged if j.vague), judged[0])
        vague["vragen"] = "de `vragen` " + quotes.failure(
            first, "zeggen niet over wie en wat ze gaan"
        )
    method = evaluation.method
    if method and "methode" not in missing:
        judgement = text.long(method, methods=True)
        names_method = text.names_method(method)
        if judgement.fails or not names_method:
            said = [quotes.failure(judgement, "is vaag")] if judgement.fails else []
            if not names_method:
                said.append("noemt geen manier om informatie te verzamelen")
            vague["methode"] = "`methode` " + " en ".join(said)
    if not missing and not vague:
        return
    said = [f"mist nog {enumeration(f'`{m}`' for m in missing)}"] if missing else []
    if vague:
        said.append("is niet concreet: " + "; ".join(vague.values()))
    needs = {
        "vragen": "welke `vragen` je wilt beantwoorden, over wie en wat (zoals 'Voelen de "
        "bezochte ouderen zich na een half jaar minder eenzaam?')",
        "methode": "met welke `methode` je de informatie verzamelt (een vragenlijst, "
        "interviews, registratie, observatie, een focusgroep …)",
        "momenten": "op welke `momenten` je evalueert",
    }
    weak = [key for key in needs if key in missing or key in vague]
    yield Hit(
        f"Het evaluatieplan {', en '.join(said)}.",
        "Een evaluatieplan zegt wat je wilt weten, hoe je het verzamelt en wanneer. Schrijf "
        + enumeration(needs[key] for key in weak)
        + ".",
        ("evaluatie", weak[0]),
    )


@rule(
    "EVAL-02",
    applies=lambda c: c.plan.period is not None or _no_evaluation(c),
    empty=lambda c: _no_evaluation(c) or not (c.plan.evaluation and c.plan.evaluation.moments),
)
def evaluate_per_phase(context: Context) -> Iterator[Hit]:
    evaluation, period = context.plan.evaluation, context.plan.period
    assert evaluation is not None and period is not None
    share = context.knowledge.rules.evaluation_end
    last_part = period.start + (period.end - period.start) * share.numerator / share.denominator
    if all(moment >= last_part for moment in evaluation.moments):
        yield Hit(
            f"Je evalueert alleen aan het eind van de periode (vanaf {long_date(last_part)}).",
            "Evalueer ook tussendoor, bijvoorbeeld per fase: dan kun je nog bijsturen terwijl "
            "het loopt.",
            ("evaluatie", "momenten"),
        )


@rule("EVAL-03", empty=_no_evaluation)
def reporting(context: Context) -> Iterator[Hit]:
    evaluation = context.plan.evaluation
    if evaluation is None or not context.filled(evaluation.reporting):
        yield Hit(
            "Het evaluatieplan zegt niet aan wie en hoe je rapporteert.",
            "Vul `rapportage` in: wie krijgt de uitkomsten, en in welke vorm (kort, leesbaar, "
            "op tijd om er iets mee te doen)?",
            ("evaluatie",),
        )


@rule("EVAL-04")
def adjustments_recorded(context: Context) -> Iterator[Hit]:
    today = context.today
    measured: dict[YamlPath, date] = {
        ("kpis", k, "metingen", m): meting.date
        for k, kpi in enumerate(context.plan.kpis)
        for m, meting in enumerate(kpi.measurements)
        if meting.date <= today
    }
    evaluation = context.plan.evaluation
    evaluated: dict[YamlPath, date] = {
        ("evaluatie", "momenten", m): moment
        for m, moment in enumerate(evaluation.moments if evaluation else [])
        if moment <= today
    }
    if not measured and not evaluated:
        return
    first_path, first = min({**measured, **evaluated}.items(), key=lambda item: item[1])
    if any(adjustment.date >= first for adjustment in context.plan.adjustments):
        return
    kinds = (("metingen", measured), ("evaluatiemomenten", evaluated))
    what = enumeration(label for label, dates in kinds if dates)
    yield Hit(
        f"Er zijn al {what} geweest (de eerste op {long_date(first)}), maar er staat sindsdien "
        "geen bijstelling in het plan.",
        "Noteer onder `bijstellingen` wat je naar aanleiding daarvan hebt besloten (ook als dat "
        "'doorgaan zoals gepland' is): zo wordt het plan een levend plan.",
        # Without any bijstelling, point at the first meting or moment: line 1 helps no one.
        ("bijstellingen",) if context.plan.adjustments else first_path,
    )
