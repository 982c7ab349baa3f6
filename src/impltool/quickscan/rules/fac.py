"""FAC-*: the influencing factors, the toolkit's checklist and the activities that answer them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ...domain.activity import PlacedActivity
from ...dutch import counted, enumeration, long_date
from . import Context, Hit, codes, rule


@rule("FAC-01")
def checklist_assessed(context: Context) -> Iterator[Hit]:
    knowledge = context.knowledge
    assessed = {factor.item for factor in context.plan.factors if factor.item}
    missing = [item for item in knowledge.checklist if item.id not in assessed]
    if missing:
        by_domain: dict[str, list[str]] = {}
        for item in missing:
            by_domain.setdefault(knowledge.domains[item.domain], []).append(item.id)
        listed = "; ".join(f"{domain}: {', '.join(ids)}" for domain, ids in by_domain.items())
        yield Hit(
            f"{len(missing)} van de {len(knowledge.checklist)} vragen uit de checklist "
            f"{'is' if len(missing) == 1 else 'zijn'} nog niet beoordeeld ({listed}).",
            "Neem ze op onder `factoren` met een `oordeel` (bevorderend, belemmerend, neutraal "
            "of onbekend). `impl checklist --yaml` geeft het hele blok om te plakken.",
            ("factoren",),
        )
    if context.unanalysed:
        unknown = len(context.unknown_items)
        yield Hit(
            f"{unknown} van de {len(knowledge.checklist)} vragen uit de checklist staan op "
            "onbekend: de analyse van wat helpt en wat remt is nog niet gedaan.",
            "Beantwoord de checklist samen met gebruikers, management en de ontwikkelaar, "
            "bijvoorbeeld in een groepsgesprek of met een korte vragenlijst (zoals de "
            "ForCA-quickscan of de MIDI-vragenlijst), en vul bij elke factor het `oordeel` in.",
            ("factoren",),
        )


@rule("FAC-02", applies=lambda c: not c.unanalysed)
def unknown_factors(context: Context) -> Iterator[Hit]:
    unknown = [f.key for f in context.plan.factors if f.judgement == "onbekend"]
    first = next((i for i, f in enumerate(context.plan.factors) if f.judgement == "onbekend"), 0)
    if unknown:
        shown = enumeration(unknown[:6]) + (
            f" en nog {len(unknown) - 6}" if len(unknown) > 6 else ""
        )
        yield Hit(
            f"{counted(len(unknown), 'factor staat', 'factoren staan')} nog op onbekend: {shown}.",
            "Zoek het uit bij de mensen om wie het gaat, bijvoorbeeld met een korte vragenlijst "
            "of groepsgesprek (zoals de ForCA-quickscan of de MIDI-vragenlijst), en vul dan het "
            "oordeel in.",
            ("factoren", first),
            places=tuple(unknown),
        )


def _answer_deadline(context: Context) -> date | None:
    """An answer must start before this: the last end of the `doen` work, or the period end."""
    ends = [pa.activity.end for pa in context.in_phase("doen") if pa.activity.end]
    if ends:
        return max(ends)
    return context.plan.period.end if context.plan.period else None


@rule("FAC-03")
def hindrances_answered(context: Context) -> Iterator[Hit]:
    deadline = _answer_deadline(context)
    for index, factor in enumerate(context.plan.factors):
        if factor.judgement != "belemmerend":
            continue
        # The situation is over before the work starts (for its groups, when it names them).
        work_start, _ = context.work_start(factor.target_groups)
        if factor.until and work_start and factor.until <= work_start:
            continue
        answering = [pa for pa in context.activities if factor.key in pa.activity.addresses]
        in_time = [
            pa
            for pa in answering
            if deadline is None or pa.activity.start is None or pa.activity.start < deadline
        ]
        if in_time:
            continue
        item = context.knowledge.checklist_item(factor.key)
        advice = (
            f" Activiteiten die hier vaak bij helpen: {_kinds(context, item.answers)}."
            if item and item.answers
            else ""
        )
        if answering:
            assert deadline is not None  # without a deadline, answering work is in time
            message = (
                f"De belemmerende factor {factor.key} wordt pas aangepakt als de invoering al "
                f"voorbij is (na {long_date(deadline)})."
            )
            fix = "Laat de activiteit die erop inspeelt eerder beginnen, tijdens de invoering."
        else:
            message = f"De belemmerende factor {factor.key} wordt door geen enkele activiteit "
            message += "aangepakt."
            fix = (
                f"Plan een activiteit die erop inspeelt en zet `adresseert: [{factor.key}]` "
                "erbij"
                + (
                    ", of zet bij de factor `tot` als de situatie voorbij is vóór de invoering."
                    if factor.until or (item and item.passing) or factor.id
                    else "."
                )
            )
        yield Hit(message, fix + advice, ("factoren", index))


def _kinds(context: Context, kinds: tuple[str, ...]) -> str:
    return enumeration(f"{context.knowledge.kind_name(k).lower()} (`{k}`)" for k in kinds)


@rule("FAC-04")
def other_changes(context: Context) -> Iterator[Hit]:
    for index, factor in enumerate(context.plan.factors):
        if factor.judgement != "belemmerend":
            continue
        item = context.knowledge.checklist_item(factor.item) if factor.item else None
        passing = item.passing if item else factor.until is not None
        if not passing:
            continue
        groups = factor.target_groups
        only_some = (
            ""
            if groups
            else " Speelt de verandering maar bij een deel van de doelgroepen, zet dan bij de "
            "factor `doelgroepen`: dan telt de start van het werk voor hen."
        )
        if factor.until is None:
            yield Hit(
                f"Er speelt tegelijk een andere grote verandering ({factor.key} is "
                "belemmerend), maar het plan zegt niet tot wanneer.",
                "Zet bij de factor `tot` (de datum waarop de verandering achter de rug is) en "
                "laat de fase doen pas daarna beginnen, of maak expliciet ruimte naast die "
                "andere verandering." + only_some,
                ("factoren", index),
            )
            continue
        start, work = context.work_start(groups)
        if start is None or start >= factor.until:
            continue  # no dated work for these groups is not judged; after `tot` is fine
        label = f" ({work.id})" if work is not None and work.id else ""
        names = context.timing.group_names
        who = (
            f"Het werk voor {enumeration(names.get(g, g) for g in groups)} begint"
            if groups
            else "De invoering begint"
        )
        yield Hit(
            f"{who} op {long_date(start)}{label}, terwijl {factor.key} nog tot "
            f"{long_date(factor.until)} speelt.",
            "Laat dat werk pas na die datum beginnen, of maak expliciet ruimte naast die "
            "andere verandering (en leg dat vast onder `bijstellingen`)." + only_some,
            ("factoren", index, "tot"),
        )


@rule("FAC-05")
def fitting_answers(context: Context) -> Iterator[Hit]:
    for index, factor in enumerate(context.plan.factors):
        if factor.judgement != "belemmerend" or not factor.item:
            continue
        item = context.knowledge.checklist_item(factor.item)
        if item is None or not item.answers:
            continue
        answering = [pa for pa in context.activities if factor.item in pa.activity.addresses]
        if answering and not any(pa.activity.kind in item.answers for pa in answering):
            used = enumeration(
                sorted({f"`{pa.activity.kind or 'zonder soort'}`" for pa in answering})
            )
            yield Hit(
                f"De belemmerende factor {factor.item} wordt alleen aangepakt met {used}: "
                "activiteiten die daar weinig aan veranderen.",
                f"Kies een activiteit die past bij wat hier remt: {codes(item.answers)}, "
                f"en zet `adresseert: [{factor.item}]` erbij.",
                ("factoren", index),
            )


@rule("FAC-06")
def users_involved_claim(context: Context) -> Iterator[Hit]:
    """The analysis says users helped develop the intervention, but the plan's own work for
    that is cancelled or comes too late. Only `ontwikkelen` is read: a feedback round after
    the launch (BORG-04) says nothing about development."""
    item = context.knowledge.rules.developed_with_users
    index = next(
        (i for i, f in enumerate(context.plan.factors) if f.item == item),
        None,
    )
    if index is None or context.plan.factors[index].judgement != "bevorderend":
        return
    planned = [
        pa
        for pa in context.all_activities  # cancelled work too: this rule names it
        if pa.phase == "ontwikkelen"
        and pa.activity.kind in context.knowledge.rules.kinds("meedenken")
        and context.reaches(pa.activity, "gebruikers", "profijtgroep")
    ]
    if not planned:
        return  # the judgement may rest on the developer's earlier work
    launch = context.launch

    def in_time(pa: PlacedActivity) -> bool:
        start = pa.activity.start
        return start is not None and (launch is None or start < launch)

    if any(pa.is_counted() and in_time(pa) for pa in planned):
        return
    cancelled = [pa for pa in planned if not pa.is_counted()]
    late = [pa for pa in planned if pa not in cancelled and pa.activity.start is not None]
    undated = [pa for pa in planned if pa not in cancelled and pa.activity.start is None]
    parts = []
    if cancelled:
        parts.append(f"vervallen: {_labels(cancelled)}")
    if late:
        when = f" ({long_date(launch)})" if launch else ""
        parts.append(f"pas na de start van de invoering{when}: {_labels(late)}")
    if undated:
        parts.append(f"zonder startdatum: {_labels(undated)}")
    yield Hit(
        f"De factor {item} staat op bevorderend, maar de activiteiten waarin gebruikers en "
        f"profijtgroep meedenken zijn {'; '.join(parts)}. Het plan leunt op werk dat er niet "
        "(op tijd) is.",
        "Laat gebruikers en profijtgroep alsnog vóór de start van de invoering meedenken, of "
        "pas het oordeel aan (belemmerend of onbekend) en plan een antwoord; als belemmerende "
        "factor vraagt FAC-03 daar dan om.",
        ("factoren", index, "oordeel"),
    )


def _labels(activities: list[PlacedActivity]) -> str:
    return enumeration(pa.activity.id or pa.reference for pa in activities)
