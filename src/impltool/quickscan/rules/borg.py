"""BORG-*: embedding, making the intervention last (toolkit §5.1–5.3; IMPACT step 5)."""

from __future__ import annotations

from collections.abc import Iterator

from ...domain.activity import PlacedActivity
from ...dutch import enumeration, long_date
from ...plan.fields import keys
from ...plan.model import Embedding
from ...plan.vocabulary import PHASE_KEYS
from ..freetext import FundingGap, Quotes
from . import Context, Hit, codes, earliest, rule, starts

BORGING_KEYS = keys(Embedding)  # financiering, verantwoordelijke, ... → attribute


# What each borging key needs (BORG-01's suggestion).
_EMBEDDING_NEEDS = {
    "financiering": "wie het betaalt (een bron of bedrag) en vanaf welk jaar",
    "verantwoordelijke": "wie er verantwoordelijk voor blijft (een persoon, functie of "
    "organisatie)",
    "inbedding": "waar het een vaste plek krijgt (beleid, werkproces, contract)",
    "kwaliteitsbewaking": "hoe je de kwaliteit bewaakt (een monitor, intervisie, een audit, "
    "een vragenlijst …)",
}


@rule("BORG-01")
def embedding_plan(context: Context) -> Iterator[Hit]:
    embedding = context.plan.embedding
    if embedding is None:
        yield Hit(
            "Het plan zegt nog niet hoe de interventie blijft: er is geen `borging`.",
            "Leg nu al vast wie het betaalt, wie er verantwoordelijk voor blijft, waar het een "
            "vaste plek krijgt en hoe de kwaliteit bewaakt wordt.",
            ("borging",),
        )
        return
    values = {key: getattr(embedding, attribute) for key, attribute in BORGING_KEYS.items()}
    missing = [key for key, value in values.items() if not context.filled(value)]
    weak = _not_concrete(context, {k: v for k, v in values.items() if k not in missing})
    if not missing and not weak:
        return
    said = []
    if missing:
        said.append(f"bij `borging` is {enumeration(f'`{m}`' for m in missing)} nog niet ingevuld")
    said += [f"`{key}` {why}" for key, why in weak.items()]
    keys = [key for key in _EMBEDDING_NEEDS if key in missing or key in weak]
    needs = [_EMBEDDING_NEEDS[key] for key in keys]
    period = context.plan.period
    if "financiering" in keys and period is not None:
        needs[keys.index("financiering")] += (
            f" ({period.end.year}, het eindjaar van het plan, of later)"
        )
    yield Hit(
        f"Het plan zegt nog niet{' concreet' if weak else ''} hoe de interventie blijft: "
        + "; ".join(said)
        + ".",
        f"Leg nu al vast {enumeration(needs)}. Een voornemen ('we gaan op zoek naar', 'we "
        "gaan in gesprek') is nog geen afspraak.",
        ("borging", keys[0]),
    )


def _not_concrete(context: Context, values: dict[str, str | None]) -> dict[str, str]:
    """Why each filled borging key is not concrete, by key (v3: the free-text judgement and
    the financing test)."""
    text, quotes = context.text, Quotes()
    period = context.plan.period
    end_year = period.end.year if period else None
    why: dict[str, str] = {}
    for key, value in values.items():
        if not value:
            continue
        if key == "verantwoordelijke":
            judgement = text.short(value)
            if judgement.fails:
                why[key] = quotes.failure(judgement, "noemt niemand")
            continue
        judgement = text.long(value, methods=key == "kwaliteitsbewaking")
        said = [quotes.failure(judgement, "is vaag")] if judgement.fails else []
        if key == "financiering":
            gap = text.funding_gap(value, end_year)
            if gap is FundingGap.NO_YEAR and end_year is not None:
                said.append(f"{gap.value} ({end_year})")
            elif gap is FundingGap.NO_YEAR:
                said.append("noemt geen jaar en geen vaste afspraak")
            elif gap is not None:
                said.append(gap.value)
        if said:
            why[key] = " en ".join(said)
    return why


@rule("BORG-02")
def deciders_before_keep_doing(context: Context) -> Iterator[Hit]:
    last = PHASE_KEYS.index("blijven_doen")
    involved = [
        s
        for s in context.plan.stakeholders
        if s.type == "beslisser"
        and s.involved_from is not None
        and PHASE_KEYS.index(s.involved_from) < last
    ]
    if not involved:
        yield Hit(
            "Geen beslisser met beslissingsbevoegdheid is betrokken vóór de fase blijven doen.",
            "Betrek iemand die over geld en beleid beslist (directie, wethouder) al vroeg, "
            "bijvoorbeeld in de stuurgroep: zet die bij `betrokkenen` met `type: beslisser` en "
            "een vroege `betrokken_vanaf`.",
            ("betrokkenen",),
        )


def _first_embedding_work(context: Context) -> PlacedActivity | None:
    return earliest(context.of_group("borging_regelen"), starts)


@rule(
    "BORG-03",
    applies=lambda c: c.plan.period is not None,
    empty=lambda c: _first_embedding_work(c) is None,
)
def embedding_early(context: Context) -> Iterator[Hit]:
    period = context.plan.period
    first = _first_embedding_work(context)
    assert period is not None and first is not None and first.activity.start is not None
    share = context.knowledge.rules.embedding_late
    elapsed = (first.activity.start - period.start).days
    if share.reached(elapsed, (period.end - period.start).days):
        yield Hit(
            f"Aan de randvoorwaarden voor borging begin je pas op "
            f"{long_date(first.activity.start)}, in het laatste deel van de periode.",
            "Begin eerder met geld, mensen en inbedding regelen: denk meteen aan borging, niet "
            "pas aan het eind.",
            (*first.path, "start"),
        )


@rule("BORG-04")
def listening_after_launch(context: Context) -> Iterator[Hit]:
    if not any(
        context.reaches(pa.activity, "gebruikers", "profijtgroep")
        for pa in context.of_group("luisteren")
        if pa.phase == "blijven_doen"
    ):
        kinds = codes(sorted(context.knowledge.rules.kinds("luisteren")))
        yield Hit(
            "Na de invoering luistert niets meer naar de gebruikers of de profijtgroep.",
            f"Plan in `fasen.blijven_doen` een activiteit van de soort {kinds} die gebruikers "
            "of de profijtgroep bereikt: blijf vragen hoe het gaat en pas aan waar nodig.",
            ("fasen", "blijven_doen"),
        )


@rule("BORG-05")
def celebrate(context: Context) -> Iterator[Hit]:
    if not context.of_group("vieren"):
        yield Hit(
            "Het plan deelt en viert de resultaten nergens.",
            "Plan een moment om successen te delen en te vieren (`soort: vieren`), met "
            "gebruikers, beslissers en financiers: zo blijft iedereen betrokken.",
            ("fasen", "blijven_doen"),
        )
