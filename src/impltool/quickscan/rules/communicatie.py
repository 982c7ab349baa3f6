"""Communication per target group (toolkit §1.1; IMPACT steps 2 and 3)."""

from __future__ import annotations

from collections.abc import Iterator

from ...plan.model import TargetGroup
from . import Context, Hit, names, rule

MIN_CONTACT_MOMENTS = 7  # IMPACT step 3: a message must be seen about seven times
# What persuades each adopter category (toolkit: kenmerken van de gebruikers).
EASE_KINDS = ("lokale_aanpassing", "handboek", "coaching")
TRIAL_KINDS = ("pilot", "proefimplementatie")
LATE = ("late_majority", "laggards")
EARLY = ("innovators", "early_adopters")


def _has_groups(context: Context) -> bool:
    return bool(context.plan.target_groups)


def _direct(context: Context) -> list[tuple[int, TargetGroup]]:
    return [(i, g) for i, g in enumerate(context.plan.target_groups) if g.direct]


@rule("COM-01", applies=_has_groups)
def channels_and_message(context: Context) -> Iterator[Hit]:
    for index, group in enumerate(context.plan.target_groups):
        missing = [
            label
            for label, value in (("kanalen", group.channels), ("boodschap", group.message))
            if not value
        ]
        if missing:
            yield Hit(
                f"Doelgroep {group.id} heeft nog geen {names(missing)}.",
                f"Beschrijf bij doelgroep {group.id} wat ze moeten horen (`boodschap`) en via "
                "welke `kanalen` je ze bereikt.",
                ("doelgroepen", index),
            )


@rule("COM-02", applies=lambda c: bool(_direct(c)))
def channel_mix(context: Context) -> Iterator[Hit]:
    for index, group in _direct(context):
        channels = group.channels
        if not channels:
            continue  # COM-01 already says so
        personal = any(channel.kind == "persoonlijk" for channel in channels)
        if len(channels) < 2 or not personal:
            problem = "maar één kanaal" if len(channels) < 2 else "geen persoonlijk kanaal"
            yield Hit(
                f"Doelgroep {group.id} heeft {problem}.",
                "Gebruik minstens twee kanalen, waarvan één persoonlijk (een teamoverleg, "
                "huisbezoek, sleutelfiguur of consulent): mensen horen het liefst van iemand "
                "die ze kennen.",
                ("doelgroepen", index, "kanalen"),
            )


@rule("COM-03", applies=lambda c: bool(_direct(c)))
def repetition(context: Context) -> Iterator[Hit]:
    for index, group in _direct(context):
        moments = group.contact_moments
        if moments is None or moments < MIN_CONTACT_MOMENTS:
            now = "niet opgegeven" if moments is None else str(moments)
            yield Hit(
                f"Doelgroep {group.id} krijgt de boodschap te weinig vaak te zien "
                f"(contactmomenten: {now}).",
                f"Plan minstens {MIN_CONTACT_MOMENTS} contactmomenten via kanalen die elkaar "
                "versterken: een boodschap moet je ongeveer zeven keer zien voor je haar "
                "onthoudt.",
                ("doelgroepen", index),
            )


@rule("COM-04", applies=_has_groups)
def spreaders(context: Context) -> Iterator[Hit]:
    for index, group in enumerate(context.plan.target_groups):
        if not group.spreaders:
            yield Hit(
                f"Doelgroep {group.id} heeft geen verspreiders.",
                "Zoek sleutelfiguren of opinieleiders die deze groep vertrouwt en zet ze onder "
                "`verspreiders`: wie een betrouwbare bron is, verschilt per groep.",
                ("doelgroepen", index),
            )


@rule("COM-05", applies=lambda c: any(g.adoption for g in c.plan.target_groups))
def adopter_fit(context: Context) -> Iterator[Hit]:
    for index, group in enumerate(context.plan.target_groups):
        reaching = {
            pa.activity.kind for pa in context.activities if group.id in pa.activity.target_groups
        }
        late = [a for a in group.adoption if a in LATE]
        early = [a for a in group.adoption if a in EARLY]
        if late and not reaching.intersection(EASE_KINDS):
            yield Hit(
                f"Doelgroep {group.id} heeft {names(late)}, maar geen activiteit laat zien hoe "
                "makkelijk en aanpasbaar de interventie is.",
                "Late volgers overtuig je met gebruiksgemak en aanpasbaarheid: plan voor deze "
                "groep bijvoorbeeld " + names(f"`{k}`" for k in EASE_KINDS) + ".",
                ("doelgroepen", index, "adoptie"),
            )
        if early and not reaching.intersection(TRIAL_KINDS):
            yield Hit(
                f"Doelgroep {group.id} heeft {names(early)}, maar geen activiteit laat hen de "
                "interventie uitproberen.",
                "Vroege gebruikers willen het voordeel zien en het zelf proberen: betrek deze "
                "groep bij een `pilot` of `proefimplementatie`.",
                ("doelgroepen", index, "adoptie"),
            )


@rule("COM-06", applies=lambda c: c.is_platform)
def offline_partners(context: Context) -> Iterator[Hit]:
    if not context.of_kind("procesafspraken"):
        yield Hit(
            "Het online platform heeft geen afspraken met offline partners.",
            "Maak procesafspraken (`soort: procesafspraken`) met bijvoorbeeld het wijkteam of "
            "de buurthulpdienst over doorverwijzen en bemiddelen: online en offline vullen "
            "elkaar aan.",
            ("fasen",),
        )
