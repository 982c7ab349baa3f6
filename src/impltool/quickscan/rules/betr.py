"""BETR-*: the stakeholders and target groups (toolkit: Betrokken partijen; IMPACT step 1)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ...domain.activity import PlacedActivity
from ...dutch import enumeration, long_date
from ...plan.vocabulary import TARGET_GROUP_TYPES
from . import Context, Hit, by_day, codes, earliest, rule, starts

SHAPERS = ("gebruikers", "profijtgroep")  # the target-group types who help shape it


def _ends(pa: PlacedActivity) -> date | None:
    """When an activity is over: its `eind`, or its `start` when it has no end."""
    return pa.activity.end or pa.activity.start


@rule("BETR-01")
def target_group_types(context: Context) -> Iterator[Hit]:
    present = {group.type for group in context.plan.target_groups}
    missing = [kind for kind in TARGET_GROUP_TYPES if kind not in present]
    if missing:
        yield Hit(
            f"Bij de doelgroepen ontbreken nog: {enumeration(missing)}.",
            "Neem alle drie de soorten doelgroepen op: beslissers (die besluiten en betalen), "
            "gebruikers (die ermee gaan werken) en de profijtgroep (voor wie het bedoeld is).",
            ("doelgroepen",),
        )


@rule("BETR-02")
def indirect_groups(context: Context) -> Iterator[Hit]:
    indirect_types = context.knowledge.rules.indirect_types
    indirect = any(not group.direct for group in context.plan.target_groups) or any(
        s.type in indirect_types for s in context.plan.stakeholders
    )
    if not indirect:
        yield Hit(
            "Er staat geen indirecte groep in het plan, zoals een financier of ketenpartner.",
            "Bedenk wie je nog meer nodig hebt: wie betaalt (bijvoorbeeld de gemeente) en wie "
            "meewerkt bij de uitvoering. Zet ze als doelgroep met `direct: false` of als "
            "betrokkene met " + enumeration((f"`type: {t}`" for t in indirect_types), "of") + ".",
            ("doelgroepen",),
        )


def _must_be_in_development(context: Context) -> bool:
    # A developer, or the maker of a platform, shapes the thing itself: users join in phase 0.
    return context.is_developer or context.is_platform


@rule("BETR-03")
def users_shape_it_first(context: Context) -> Iterator[Hit]:
    launch = context.launch
    shaping = [
        pa
        for pa in context.of_group("meedenken")
        if pa.activity.start
        and (launch is None or pa.activity.start < launch)
        and context.reaches(pa.activity, *SHAPERS)
        and (pa.phase == "ontwikkelen" or not _must_be_in_development(context))
    ]
    if shaping:
        return
    kinds = codes(sorted(context.knowledge.rules.kinds("meedenken")))
    when = f" (de invoering begint op {long_date(launch)})" if launch else ""
    if _must_be_in_development(context):
        yield Hit(
            "Gebruikers en profijtgroep denken niet mee terwijl de interventie ontwikkeld "
            f"wordt: geen activiteit in de fase ontwikkelen laat hen meedenken vóór de "
            f"invoering{when}.",
            f"Plan in `fasen.ontwikkelen` een activiteit van de soort {kinds}, met een "
            "doelgroep van het type gebruikers of profijtgroep en een `start` vóór de eerste "
            "activiteit in de fase doen.",
            ("fasen", "ontwikkelen"),
        )
        return
    first_do = earliest(context.in_phase("doen"), starts)
    yield Hit(
        f"Gebruikers en profijtgroep denken niet mee vóór de invoering begint{when}: geen "
        "activiteit laat hen de aanpak mee vormgeven.",
        f"Plan vóór de eerste activiteit in de fase doen een activiteit van de soort {kinds} "
        "(bijvoorbeeld de aanpak samen met hen op de eigen situatie afstemmen), met een "
        "doelgroep van het type gebruikers of profijtgroep.",
        first_do.path if first_do else ("fasen",),
    )


@rule("BETR-04")
def deciders_kept_informed(context: Context) -> Iterator[Hit]:
    launch = context.launch

    def after_launch(pa: PlacedActivity) -> bool:
        end = _ends(pa)
        return end is not None and (launch is None or end >= launch)

    updates = [
        pa
        for pa in context.of_group("beslissers_bijpraten")
        if context.reaches(pa.activity, "beslissers") and after_launch(pa)
    ]
    meetings = by_day(
        (
            pa
            for pa in context.of_group("beslissers_overleg")
            if context.reaches(pa.activity, "beslissers")
        ),
        _ends,
    )
    if updates or any(after_launch(pa) for pa in meetings[1:]):
        return
    yield Hit(
        "De beslissers worden niet op de hoogte gehouden terwijl de invoering loopt"
        + (": er is alleen een startbijeenkomst." if meetings else ".")
        + (f" De invoering begint op {long_date(launch)}." if launch else ""),
        "Plan na de start regelmatig een update voor de beslissers (`soort: "
        "update_beslissers`, met een doelgroep van het type beslissers): mijlpalen, mooie "
        "verhalen en de resultaten. Eén startbijeenkomst is niet genoeg.",
        meetings[0].path if meetings else ("fasen",),
    )


@rule("BETR-05")
def beneficiaries_have_a_say(context: Context) -> Iterator[Hit]:
    if any(context.reaches(pa.activity, "profijtgroep") for pa in context.of_group("meedenken")):
        return
    kinds = codes(sorted(context.knowledge.rules.kinds("meedenken")))
    yield Hit(
        "De profijtgroep heeft nergens inspraak: geen activiteit laat de mensen om wie het "
        "gaat meedenken. Professionals (type gebruikers) spreken niet voor hen.",
        f"Plan een activiteit van de soort {kinds} met een doelgroep van het type "
        "profijtgroep, zodat niet alleen professionals beslissen wat goed is voor hen.",
        ("fasen",),
    )
