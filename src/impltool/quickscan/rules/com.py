"""COM-*: communication per target group (toolkit §1.1; IMPACT steps 2 and 3)."""

from __future__ import annotations

from collections.abc import Iterator

from ...dutch import enumeration
from ...plan.model import TargetGroup
from . import Context, Hit, codes, rule


def _no_groups(context: Context) -> bool:
    return context.no_items(context.plan.target_groups)


def _direct(context: Context) -> list[tuple[int, TargetGroup]]:
    return [(i, g) for i, g in enumerate(context.plan.target_groups) if g.direct]


@rule("COM-01", empty=_no_groups)
def channels_and_message(context: Context) -> Iterator[Hit]:
    for index, group in enumerate(context.plan.target_groups):
        missing = [
            label
            for label, value in (("kanalen", group.channels), ("boodschap", group.message))
            if not context.filled(value)
        ]
        if missing:
            yield Hit(
                f"Doelgroep {group.id} heeft nog geen {enumeration(missing)}.",
                f"Beschrijf bij doelgroep {group.id} wat ze moeten horen (`boodschap`) en via "
                "welke `kanalen` je ze bereikt.",
                ("doelgroepen", index, missing[0]),
            )


@rule("COM-02", empty=_no_groups)
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


@rule("COM-03", empty=_no_groups)
def repetition(context: Context) -> Iterator[Hit]:
    minimum = context.knowledge.rules.contact_moments
    for index, group in _direct(context):
        moments = group.contact_moments
        if moments is None or moments < minimum:
            now = "niet opgegeven" if moments is None else str(moments)
            yield Hit(
                f"Doelgroep {group.id} krijgt de boodschap te weinig vaak te zien "
                f"(contactmomenten: {now}).",
                f"Plan minstens {minimum} contactmomenten via kanalen die elkaar versterken: "
                f"een boodschap moet je ongeveer {minimum} keer zien voor je haar onthoudt.",
                ("doelgroepen", index),
            )


@rule("COM-04", empty=_no_groups)
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
    adopters = context.knowledge.adopters
    for index, group in enumerate(context.plan.target_groups):
        reaching = {
            pa.activity.kind for pa in context.activities if group.id in pa.activity.target_groups
        }
        for side, wish in (("laat", "gemak en aanpasbaarheid"), ("vroeg", "uitproberen")):
            categories = [a for a in group.adoption if adopters[a].side == side]
            fitting = sorted(
                {kind for a in categories for kind in adopters[a].fitting_kinds.get(group.type, ())}
            )
            if not categories or reaching.intersection(fitting):
                continue
            yield Hit(
                f"Doelgroep {group.id} heeft {enumeration(categories)}, maar geen activiteit "
                f"voor deze groep speelt in op wat zij nodig hebben ({wish}).",
                " ".join(adopters[a].advice for a in categories)
                + f" Plan voor deze groep bijvoorbeeld {codes(fitting)}.",
                ("doelgroepen", index, "adoptie"),
            )


@rule("COM-06", applies=lambda c: c.is_platform)
def offline_partners(context: Context) -> Iterator[Hit]:
    if not context.of_group("offline_partners"):
        yield Hit(
            "Het online platform heeft geen afspraken met offline partners.",
            "Maak procesafspraken (`soort: procesafspraken`) met bijvoorbeeld het wijkteam of "
            "de buurthulpdienst over doorverwijzen en bemiddelen: online en offline vullen "
            "elkaar aan.",
            ("fasen",),
        )
