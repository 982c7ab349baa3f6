"""Stakeholders and the implementation team (toolkit: Betrokken partijen; IMPACT step 1)."""

from __future__ import annotations

from collections.abc import Iterator

from ...dutch import long_date
from ...plan.model import COMPETENCES, TARGET_GROUP_TYPES
from . import Context, Hit, names, rule

EARLY_PHASES = ("ontwikkelen", "weten")


@rule("BETR-01")
def target_group_types(context: Context) -> Iterator[Hit]:
    present = {group.type for group in context.plan.target_groups}
    missing = [kind for kind in TARGET_GROUP_TYPES if kind not in present]
    if missing:
        yield Hit(
            f"Bij de doelgroepen ontbreken nog: {names(missing)}.",
            "Neem alle drie de soorten doelgroepen op: beslissers (die besluiten en betalen), "
            "gebruikers (die ermee gaan werken) en de profijtgroep (voor wie het bedoeld is).",
            ("doelgroepen",),
        )


@rule("BETR-02")
def indirect_groups(context: Context) -> Iterator[Hit]:
    indirect = any(not group.direct for group in context.plan.target_groups) or any(
        s.type in ("financier", "ketenpartner") for s in context.plan.stakeholders
    )
    if not indirect:
        yield Hit(
            "Er staat geen indirecte groep in het plan, zoals een financier of ketenpartner.",
            "Bedenk wie je nog meer nodig hebt: wie betaalt (bijvoorbeeld de gemeente) en wie "
            "meewerkt bij de uitvoering. Zet ze als doelgroep met `direct: false` of als "
            "betrokkene met `type: financier` of `ketenpartner`.",
            ("doelgroepen",),
        )


@rule("BETR-03", applies=lambda c: c.is_developer or c.is_platform)
def users_involved_early(context: Context) -> Iterator[Hit]:
    involving = [
        pa
        for pa in context.activities
        if pa.phase == "ontwikkelen" and context.reaches(pa.activity, "gebruikers", "profijtgroep")
    ]
    if not involving:
        yield Hit(
            "Geen activiteit in de fase ontwikkelen bereikt gebruikers of de profijtgroep.",
            "Plan in `fasen.ontwikkelen` een activiteit (bijvoorbeeld `soort: "
            "betrekken_gebruikers`, zoals een klankbordgroep) met een doelgroep van het type "
            "gebruikers of profijtgroep.",
            ("fasen", "ontwikkelen"),
        )
        return
    first_do = min(
        (
            pa.activity.start
            for pa in context.activities
            if pa.phase == "doen" and pa.activity.start
        ),
        default=None,
    )
    starts = [pa.activity.start for pa in involving if pa.activity.start]
    if first_do and starts and min(starts) > first_do:
        yield Hit(
            "Gebruikers en profijtgroep worden pas betrokken nadat de invoering (doen) al "
            f"begonnen is ({long_date(first_do)}).",
            "Laat ze eerder meedenken: laat de eerste activiteit die hen betrekt beginnen "
            "vóór de eerste activiteit in de fase doen.",
            involving[0].path,
        )


@rule("BETR-04")
def deciders_informed(context: Context) -> Iterator[Hit]:
    if not any(
        context.reaches(pa.activity, "beslissers")
        for pa in context.of_kind("kickoff", "update_beslissers")
    ):
        yield Hit(
            "Geen activiteit houdt de beslissers op de hoogte.",
            "Plan een kickoff en daarna regelmatig een update voor de beslissers "
            "(`soort: kickoff` of `update_beslissers`, met een doelgroep van het type "
            "beslissers): mijlpalen, mooie verhalen en de resultaten.",
            ("fasen",),
        )


@rule("BETR-05")
def users_have_a_say(context: Context) -> Iterator[Hit]:
    if not any(
        context.reaches(pa.activity, "gebruikers", "profijtgroep")
        for pa in context.of_kind("betrekken_gebruikers", "feedback")
    ):
        yield Hit(
            "Gebruikers en profijtgroep hebben nergens inspraak: geen activiteit vraagt hun "
            "mening.",
            "Plan een activiteit met `soort: betrekken_gebruikers` of `feedback` die "
            "gebruikers of de profijtgroep bereikt, zodat niet alleen professionals beslissen.",
            ("fasen",),
        )


@rule("TEAM-01")
def team_present(context: Context) -> Iterator[Hit]:
    team = context.plan.team
    if not team:
        yield Hit(
            "Het plan heeft nog geen implementatieteam.",
            "Zet onder `team` wie de implementatie trekt, elk met een `rol`.",
            ("team",),
        )
    elif not any(member.role for member in team):
        yield Hit(
            "Niemand in het implementatieteam heeft een rol.",
            "Geef elk teamlid een `rol`, zodat duidelijk is wie wat trekt.",
            ("team",),
        )


@rule("TEAM-02", applies=lambda c: bool(c.plan.team))
def team_competences(context: Context) -> Iterator[Hit]:
    present = {c for member in context.plan.team for c in member.competences}
    missing = [c for c in COMPETENCES if c not in present]
    if missing:
        labels = [context.knowledge.competences[c].name.lower() for c in missing]
        yield Hit(
            f"Het team mist nog deze competenties: {names(labels)}.",
            "Zoek iemand die dit inbrengt, of vermeld het bij een teamlid onder "
            "`competenties` (" + names(f"`{c}`" for c in missing) + ").",
            ("team",),
        )


@rule("TEAM-03")
def management_and_professionals(context: Context) -> Iterator[Hit]:
    early = {s.type for s in context.plan.stakeholders if s.involved_from in EARLY_PHASES}
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
            f"Niet vanaf het begin betrokken: {names(missing)}.",
            "Zet management en uitvoerende professionals bij `betrokkenen` met "
            "`betrokken_vanaf: ontwikkelen` of `weten`, zodat het team draagvlak heeft.",
            ("betrokkenen",),
        )
