"""Influencing factors: the toolkit's checklist, and activities that answer what hinders."""

from __future__ import annotations

from collections.abc import Iterator

from . import Context, Hit, names, rule


@rule("FAC-01")
def checklist_assessed(context: Context) -> Iterator[Hit]:
    assessed = {factor.item for factor in context.plan.factors if factor.item}
    missing = [item for item in context.knowledge.checklist if item.id not in assessed]
    if not missing:
        return
    by_domain: dict[str, list[str]] = {}
    for item in missing:
        by_domain.setdefault(context.knowledge.domains[item.domain], []).append(item.id)
    listed = "; ".join(f"{domain}: {', '.join(ids)}" for domain, ids in by_domain.items())
    yield Hit(
        f"{len(missing)} van de {len(context.knowledge.checklist)} vragen uit de checklist "
        f"zijn nog niet beoordeeld ({listed}).",
        "Neem ze op onder `factoren` met een `oordeel` (bevorderend, belemmerend, neutraal of "
        "onbekend). `impl checklist --yaml` geeft het hele blok om te plakken.",
        ("factoren",),
    )


@rule("FAC-02")
def unknown_factors(context: Context) -> Iterator[Hit]:
    unknown = [f.key for f in context.plan.factors if f.judgement == "onbekend"]
    if unknown:
        shown = names(unknown[:6]) + (f" en nog {len(unknown) - 6}" if len(unknown) > 6 else "")
        yield Hit(
            f"{len(unknown)} factor(en) staan nog op onbekend: {shown}.",
            "Zoek het uit bij de mensen om wie het gaat, bijvoorbeeld met een korte vragenlijst "
            "of groepsgesprek (zoals de ForCA-quickscan of de MIDI-vragenlijst), en vul dan het "
            "oordeel in.",
            ("factoren",),
        )


@rule("FAC-03")
def hindrances_answered(context: Context) -> Iterator[Hit]:
    answered = {key for pa in context.activities for key in pa.activity.addresses}
    for index, factor in enumerate(context.plan.factors):
        if factor.judgement != "belemmerend" or factor.key in answered:
            continue
        item = context.knowledge.checklist_item(factor.key)
        if item and item.answers:
            kinds = names(
                f"{context.knowledge.activity_kinds[k].name.lower()} (`{k}`)" for k in item.answers
            )
            advice = f" Activiteiten die hier vaak bij helpen: {kinds}."
        else:
            advice = ""
        yield Hit(
            f"De belemmerende factor {factor.key} wordt door geen enkele activiteit aangepakt.",
            f"Plan een activiteit die erop inspeelt en zet `adresseert: [{factor.key}]` "
            f"erbij.{advice}",
            ("factoren", index),
        )


@rule("FAC-04")
def other_changes(context: Context) -> Iterator[Hit]:
    for index, factor in enumerate(context.plan.factors):
        if factor.item == "org.veranderingen" and factor.judgement == "belemmerend":
            yield Hit(
                "Er lopen andere grote veranderingen in de organisatie (org.veranderingen is "
                "belemmerend).",
                "Stem de start van de fase doen af op die andere verandering: begin niet in "
                "hetzelfde halfjaar als een reorganisatie of fusie, of maak expliciet ruimte.",
                ("factoren", index),
            )
