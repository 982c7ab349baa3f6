"""KPIs and the evaluation plan (IMPACT step 4; toolkit PDCA: Check and Act)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ...dutch import long_date
from ...plan.model import Kpi
from . import Context, Hit, names, rule

PLATFORM_THEMES = ("bezoekers", "gebruikers", "activiteit")
ON_TRACK = 0.75  # KPI-05: measured change must be at least 75 % of the expected change


@rule("KPI-01")
def no_kpis(context: Context) -> Iterator[Hit]:
    if not context.plan.kpis:
        yield Hit(
            "Het plan heeft nog geen KPI's: je kunt niet zien of het werkt.",
            "Zet onder `kpis` per doel een meetbare indicator, met nulmeting, streefwaarde, "
            "eenheid, deadline en bron.",
            ("kpis",),
        )


def _smart_gaps(context: Context, kpi: Kpi) -> list[str]:
    values = {
        "indicator": kpi.indicator,
        "streefwaarde": kpi.target,
        "eenheid": kpi.unit,
        "doel": kpi.goal,
        "deadline": kpi.deadline,
        "bron": kpi.source,
    }
    gaps = []
    for part in context.knowledge.smart:
        missing = [key for key in part.keys if values.get(key) in (None, "")]
        if missing:
            gaps.append(f"{part.letter} ({part.word.lower()}: " + names(missing) + ")")
    return gaps


@rule("KPI-02", applies=lambda c: bool(c.plan.kpis))
def smart(context: Context) -> Iterator[Hit]:
    for index, kpi in enumerate(context.plan.kpis):
        gaps = _smart_gaps(context, kpi)
        if gaps:
            yield Hit(
                f"KPI {kpi.id} is nog niet SMART: het schort aan {names(gaps)}.",
                "Vul de ontbrekende onderdelen in, zodat iedereen hetzelfde meet en weet "
                "wanneer het doel gehaald is.",
                ("kpis", index),
            )


@rule("KPI-03", applies=lambda c: bool(c.plan.kpis))
def baseline(context: Context) -> Iterator[Hit]:
    for index, kpi in enumerate(context.plan.kpis):
        if kpi.baseline is None:
            yield Hit(
                f"KPI {kpi.id} heeft geen nulmeting.",
                "Meet bij de start hoe het ervoor staat (`nulmeting`); zonder beginpunt zie je "
                "niet wat de interventie veranderd heeft.",
                ("kpis", index),
            )


@rule("KPI-04", applies=lambda c: c.is_platform)
def platform_themes(context: Context) -> Iterator[Hit]:
    themes = {kpi.theme for kpi in context.plan.kpis}
    missing = [t for t in PLATFORM_THEMES if t not in themes]
    if missing:
        yield Hit(
            f"De KPI's van het platform meten nog niets over {names(missing)}.",
            "Volg bij een online platform drie thema's: bezoekers, gebruikers en activiteit "
            "(vragen, aanbod, matches). Zet bij elke KPI een `thema`.",
            ("kpis",),
        )


def _expected(kpi: Kpi, start: date, on: date) -> float:
    assert kpi.baseline is not None and kpi.target is not None and kpi.deadline is not None
    span = (kpi.deadline - start).days
    share = 1.0 if span <= 0 else min(max((on - start).days / span, 0.0), 1.0)
    return kpi.baseline + (kpi.target - kpi.baseline) * share


@rule(
    "KPI-05",
    applies=lambda c: c.plan.period is not None and any(k.measurements for k in c.plan.kpis),
)
def behind_schedule(context: Context) -> Iterator[Hit]:
    period = context.plan.period
    assert period is not None
    for index, kpi in enumerate(context.plan.kpis):
        if not kpi.measurements or None in (kpi.baseline, kpi.target, kpi.deadline):
            continue
        latest_index, latest = max(enumerate(kpi.measurements), key=lambda m: m[1].date)
        expected = _expected(kpi, period.start, latest.date)
        expected_change = expected - kpi.baseline  # type: ignore[operator]
        measured_change = latest.value - kpi.baseline  # type: ignore[operator]
        if expected_change == 0:
            continue
        if measured_change / expected_change < ON_TRACK:
            yield Hit(
                f"KPI {kpi.id} loopt achter: op {long_date(latest.date)} gemeten "
                f"{_number(latest.value)}, volgens de lijn naar de streefwaarde was rond "
                f"{_number(expected)} verwacht.",
                "Zoek uit waarom, en stel de aanpak of de streefwaarde bij; leg dat vast onder "
                "`bijstellingen`. Grote resultaten kosten tijd: blijf realistisch.",
                ("kpis", index, "metingen", latest_index),
            )


def _number(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}".replace(".", ",")


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
        if not value
    ]
    if missing:
        yield Hit(
            f"Het evaluatieplan mist nog {names(f'`{m}`' for m in missing)}.",
            "Een evaluatieplan zegt wat je wilt weten, hoe je het verzamelt en wanneer.",
            ("evaluatie",),
        )


@rule(
    "EVAL-02",
    applies=lambda c: c.plan.evaluation is not None and c.plan.period is not None,
)
def evaluate_per_phase(context: Context) -> Iterator[Hit]:
    evaluation, period = context.plan.evaluation, context.plan.period
    assert evaluation is not None and period is not None
    last_quarter = period.start + (period.end - period.start) * 3 / 4
    if len(evaluation.moments) == 1 and evaluation.moments[0] >= last_quarter:
        yield Hit(
            "Je evalueert alleen aan het eind van de periode.",
            "Evalueer ook tussendoor, bijvoorbeeld per fase: dan kun je nog bijsturen terwijl "
            "het loopt.",
            ("evaluatie", "momenten"),
        )


@rule("EVAL-03", applies=lambda c: c.plan.evaluation is not None)
def reporting(context: Context) -> Iterator[Hit]:
    assert context.plan.evaluation is not None
    if not context.plan.evaluation.reporting:
        yield Hit(
            "Het evaluatieplan zegt niet aan wie en hoe je rapporteert.",
            "Vul `rapportage` in: wie krijgt de uitkomsten, en in welke vorm (kort, leesbaar, "
            "op tijd om er iets mee te doen)?",
            ("evaluatie",),
        )


@rule("EVAL-04")
def adjustments_recorded(context: Context) -> Iterator[Hit]:
    today = context.today
    measured = any(m.date <= today for kpi in context.plan.kpis for m in kpi.measurements)
    evaluated = context.plan.evaluation is not None and any(
        moment <= today for moment in context.plan.evaluation.moments
    )
    if (measured or evaluated) and not context.plan.adjustments:
        what = "metingen" if measured else "evaluatiemomenten"
        yield Hit(
            f"Er zijn al {what} geweest, maar er staan geen bijstellingen in het plan.",
            "Noteer onder `bijstellingen` wat je naar aanleiding van de metingen hebt besloten "
            "(ook als dat 'doorgaan zoals gepland' is): zo wordt het plan een levend plan.",
            ("bijstellingen",),
        )
