"""KPIs and the evaluation plan (IMPACT step 4; toolkit PDCA: Check and Act)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from ...dutch import long_date
from ...plan.model import Kpi, Measurement
from . import Context, Hit, names, rule


def _no_kpis(context: Context) -> bool:
    return context.no_items(context.plan.kpis)


def _no_evaluation(context: Context) -> bool:
    return context.no_section(context.plan.evaluation)


@rule("KPI-01")
def no_kpis(context: Context) -> Iterator[Hit]:
    if _no_kpis(context):
        yield Hit(
            "Het plan heeft nog geen KPI's: je kunt niet zien of het werkt.",
            "Zet onder `kpis` per doel een meetbare indicator, met nulmeting, streefwaarde, "
            "eenheid, deadline en bron.",
            ("kpis",),
        )


@rule("KPI-02", empty=_no_kpis)
def smart(context: Context) -> Iterator[Hit]:
    for index, kpi in enumerate(context.plan.kpis):
        values = {
            "indicator": kpi.indicator,
            "streefwaarde": kpi.target,
            "eenheid": kpi.unit,
            "bron": kpi.source,
            "doel": kpi.goal,
            "deadline": kpi.deadline,
        }
        gaps = []
        for part in context.knowledge.smart:
            missing = [key for key in part.keys if not context.filled(values.get(key))]
            if missing:
                gaps.append(f"{part.word.lower()}: {names(f'`{m}`' for m in missing)}")
        if gaps:
            yield Hit(
                f"KPI {kpi.id} is nog niet SMART; er ontbreekt {'; '.join(gaps)}.",
                "Vul de ontbrekende onderdelen in: "
                + "; ".join(
                    f"{part.word.lower()}: {part.explanation}"
                    for part in context.knowledge.smart
                    if any(not context.filled(values.get(key)) for key in part.keys)
                )
                + ". Zo meet iedereen hetzelfde en weet je wanneer het doel gehaald is.",
                ("kpis", index, next(k for k, v in values.items() if not context.filled(v))),
            )


@rule("KPI-03", empty=_no_kpis)
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
    wanted = context.knowledge.rules.platform_themes
    missing = [t for t in wanted if t not in themes]
    if missing:
        yield Hit(
            f"De KPI's van het platform meten nog niets over {names(missing)}.",
            f"Volg bij een online platform {len(wanted)} thema's: {names(wanted)} (vragen, "
            "aanbod, matches). Zet bij elke KPI een `thema`.",
            ("kpis",),
        )


class _Progress(NamedTuple):
    """A KPI's latest meting set against the straight line from baseline to target."""

    index: int  # of the latest meting
    latest: Measurement
    expected: float


def _progress(context: Context, kpi: Kpi) -> _Progress | None:
    """The judgement of a KPI's latest meting, or None when it cannot be judged yet."""
    if kpi.target is None or kpi.deadline is None or not kpi.measurements:
        return None
    rules = context.knowledge.rules
    ordered = sorted(enumerate(kpi.measurements), key=lambda item: item[1].date)
    if kpi.baseline is not None:
        if context.launch is None:
            return None
        base_value, base_date = kpi.baseline, context.launch
    elif len(ordered) >= 2:
        base_value, base_date = ordered[0][1].value, ordered[0][1].date
    else:
        return None
    index, latest = ordered[-1]
    span = (kpi.deadline - base_date).days
    elapsed = (latest.date - base_date).days
    if span <= 0 or not rules.kpi_slow_start.reached(elapsed, span):
        return None  # a slow start is allowed
    share = min(elapsed / span, 1.0)
    return _Progress(index, latest, base_value + (kpi.target - base_value) * share)


def _judged(context: Context) -> bool:
    return any(_progress(context, kpi) for kpi in context.plan.kpis)


@rule("KPI-05", applies=_judged)
def behind_schedule(context: Context) -> Iterator[Hit]:
    behind = context.knowledge.rules.kpi_behind
    for index, kpi in enumerate(context.plan.kpis):
        progress = _progress(context, kpi)
        if progress is None:
            continue
        base = (
            kpi.baseline
            if kpi.baseline is not None
            else min(kpi.measurements, key=lambda m: m.date).value
        )
        expected_change = progress.expected - base
        measured_change = progress.latest.value - base
        if expected_change == 0:
            continue  # KPI-06: the KPI asks for no change
        # Dividing by the expected change makes this work for falling targets too.
        if measured_change / expected_change < behind.numerator / behind.denominator:
            whole = _whole(base) and _whole(kpi.target)
            yield Hit(
                f"KPI {kpi.id} loopt achter: op {long_date(progress.latest.date)} gemeten "
                f"{_number(progress.latest.value)}, volgens de lijn naar de streefwaarde "
                f"({_number(kpi.target)} op {long_date(kpi.deadline)}) was rond "  # type: ignore[arg-type]
                f"{_number(progress.expected, whole)} verwacht.",
                "Zoek uit waarom, en stel de aanpak of de streefwaarde bij; leg dat vast onder "
                "`bijstellingen`. Grote resultaten kosten tijd: blijf realistisch.",
                ("kpis", index, "metingen", progress.index),
            )


def _whole(value: float | None) -> bool:
    return value is not None and float(value).is_integer()


def _number(value: float, whole: bool | None = None) -> str:
    """A value as the unit is counted: whole numbers stay whole, others get one decimal.

    Halves round up, as people round (92,5 → 93), not to the even neighbour as `round` does;
    rounding to nine decimals first drops the float noise of the straight line (92,4999…).
    """
    if whole is None:
        whole = float(value).is_integer()
    exact = Decimal(repr(round(float(value), 9)))
    shown = exact.quantize(Decimal(1) if whole else Decimal("0.1"), rounding=ROUND_HALF_UP)
    if shown.is_zero():
        shown = abs(shown)  # no "-0"
    return f"{shown:f}".replace(".", ",")


@rule("KPI-06", empty=_no_kpis)
def target_is_baseline(context: Context) -> Iterator[Hit]:
    for index, kpi in enumerate(context.plan.kpis):
        if kpi.baseline is not None and kpi.target is not None and kpi.baseline == kpi.target:
            yield Hit(
                f"KPI {kpi.id} vraagt geen verandering: de streefwaarde is gelijk aan de "
                f"nulmeting ({_number(kpi.target)}).",
                "Zet een streefwaarde die laat zien wat de interventie moet opleveren. Is het "
                "doel juist het niveau vasthouden, accepteer dit dan bewust met `quickscan: "
                f"{{negeer: [{{regel: KPI-06, waar: {kpi.id}, reden: ...}}]}}`.",
                ("kpis", index, "streefwaarde"),
            )


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
    if missing:
        yield Hit(
            f"Het evaluatieplan mist nog {names(f'`{m}`' for m in missing)}.",
            "Een evaluatieplan zegt wat je wilt weten, hoe je het verzamelt en wanneer.",
            ("evaluatie", missing[0]),
        )


@rule(
    "EVAL-02",
    applies=lambda c: c.plan.period is not None or _no_evaluation(c),
    empty=lambda c: _no_evaluation(c) or not c.plan.evaluation.moments,  # type: ignore[union-attr]
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
    measured = {
        ("kpis", k, "metingen", m): meting.date
        for k, kpi in enumerate(context.plan.kpis)
        for m, meting in enumerate(kpi.measurements)
        if meting.date <= today
    }
    evaluation = context.plan.evaluation
    evaluated = {
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
    what = names(label for label, dates in kinds if dates)
    yield Hit(
        f"Er zijn al {what} geweest (de eerste op {long_date(first)}), maar er staat sindsdien "
        "geen bijstelling in het plan.",
        "Noteer onder `bijstellingen` wat je naar aanleiding daarvan hebt besloten (ook als dat "
        "'doorgaan zoals gepland' is): zo wordt het plan een levend plan.",
        # Without any bijstelling, point at the first meting or moment: line 1 helps no one.
        ("bijstellingen",) if context.plan.adjustments else first_path,
    )
