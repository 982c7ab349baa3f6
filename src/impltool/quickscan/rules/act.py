"""ACT-*: the activities per phase, the toolkit's key activities planned with who, what, when."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ...domain.activity import PlacedActivity
from ...dutch import enumeration, long_date, upper_first
from ..finding import Severity
from . import Context, Hit, codes, rule


def _phase_zero_is_optional(context: Context, phase: str) -> bool:
    # An organisation implementing an existing intervention does not develop it.
    return phase == "ontwikkelen" and not context.is_developer


def _phase_zero_scored_apart(context: Context) -> bool:
    return not context.is_developer


def _no_activities(context: Context) -> bool:
    # An empty section is no reason not to apply: the rule fails, the empty area is the finding.
    return context.no_items(pa.activity for pa in context.activities)


@rule("ACT-01", tip_part=_phase_zero_scored_apart)
def phase_without_activities(context: Context) -> Iterator[Hit]:
    for phase in context.knowledge.phases:
        if not context.no_items(pa.activity for pa in context.in_phase(phase.key)):
            continue
        optional = _phase_zero_is_optional(context, phase.key)
        yield Hit(
            f"De fase {phase.name.lower()} (fase {phase.number}) heeft nog geen activiteiten.",
            f"Plan activiteiten onder `fasen.{phase.key}`, bijvoorbeeld "
            + codes(phase.key_kinds)
            + (
                ". Als uitvoerende organisatie kun je meedoen aan de ontwikkeling of een "
                "proefimplementatie."
                if optional
                else "."
            ),
            ("fasen", phase.key),
            severity=Severity.TIP if optional else None,
        )


@rule("ACT-02", tip_part=_phase_zero_scored_apart)
def key_activities(context: Context) -> Iterator[Hit]:
    for phase in context.knowledge.phases:
        in_phase = context.in_phase(phase.key)
        if context.no_items(pa.activity for pa in in_phase):
            continue  # ACT-01 already says the phase is empty (or holds only an empty scaffold)
        planned = {pa.activity.kind for pa in in_phase}
        missing = [k for k in phase.key_activities if k.kind not in planned]
        if missing:
            yield Hit(
                f"In de fase {phase.name.lower()} "
                + ("ontbreekt de kernactiviteit " if len(missing) == 1 else "ontbreken de ")
                + ("" if len(missing) == 1 else "kernactiviteiten ")
                + enumeration(f"{k.kind} ({k.section})" for k in missing)
                + ".",
                (
                    "Voeg die toe of leg uit waarom die niet nodig is"
                    if len(missing) == 1
                    else "Voeg ze toe of leg uit waarom ze niet nodig zijn"
                )
                + " (met `quickscan.negeer`): "
                + " ".join(f"{k.kind}: {k.summary}" for k in missing),
                ("fasen", phase.key),
                severity=Severity.TIP if _phase_zero_is_optional(context, phase.key) else None,
            )


@rule("ACT-03", empty=_no_activities)
def activity_who_what_when(context: Context) -> Iterator[Hit]:
    for pa in context.activities:
        a = pa.activity
        missing = [
            key
            for key, value in (("wat", a.what), ("wie", a.who), ("start", a.start))
            if not context.filled(value)
        ]
        if missing:
            yield Hit(
                f"Bij {pa.reference} ontbreekt nog {enumeration(f'`{m}`' for m in missing)}.",
                "Leg voor elke activiteit vast wat je doet, wie de trekker is en wanneer het "
                "begint.",
                (*pa.path, missing[0]),
            )


@rule("ACT-04", applies=lambda c: bool(c.activities))
def activity_dates(context: Context) -> Iterator[Hit]:
    period = context.plan.period
    for pa in context.activities:
        a = pa.activity
        if a.start and a.end and a.end < a.start:
            yield Hit(
                f"{upper_first(pa.reference)} eindigt ({long_date(a.end)}) voordat ze begint "
                f"({long_date(a.start)}).",
                "Verbeter `start` of `eind`; waarschijnlijk is een van beide verkeerd getypt.",
                (*pa.path, "eind"),
            )
        if period is None:
            continue
        outside = [
            (key, day)
            for key, day in (("start", a.start), ("eind", a.end))
            if day and not period.start <= day <= period.end
        ]
        for key, day in outside:
            yield Hit(
                f"{upper_first(pa.reference)} valt buiten de periode van het plan: `{key}` is "
                f"{long_date(day)}, de periode loopt van {long_date(period.start)} tot "
                f"{long_date(period.end)}.",
                "Pas de datum aan, of verleng de `periode` als de activiteit echt later valt.",
                (*pa.path, key),
            )


@rule("ACT-05", applies=lambda c: len(c.activities) != 1, empty=_no_activities)
def strategy_mix(context: Context) -> Iterator[Hit]:
    used = {pa.activity.strategy for pa in context.activities if pa.activity.strategy}
    if len(used) <= 1:
        which = f"alleen de strategie {next(iter(used))}" if used else "geen enkele strategie"
        strategies = context.knowledge.strategies.values()
        yield Hit(
            f"De activiteiten gebruiken {which}.",
            "Combineer strategieën: "
            + "; ".join(f"{s.key} ({s.summary[:1].lower()}{s.summary[1:-1]})" for s in strategies)
            + ". Een mix werkt meestal beter; zet bij elke activiteit een `strategie`.",
            ("fasen",),
        )


def _small_start(context: Context) -> PlacedActivity | None:
    """The earliest dated, not-cancelled pilot or proefimplementatie in `doen`; when `doen`
    holds none, the earliest in any phase (a proefimplementatie while developing)."""
    dated = [pa for pa in context.of_group("klein_beginnen") if pa.activity.start]
    in_do = [pa for pa in dated if pa.phase == "doen"]
    return min(in_do or dated, key=_start, default=None)


def _rollout(context: Context, small: PlacedActivity) -> PlacedActivity | None:
    """The earliest dated, not-cancelled `doen` activity of a rollout kind. `overig` (what
    plans used before `uitrol` existed) counts only when it reaches every profijtgroep the
    small start reaches: preparing houses is not rolling out the care."""
    served = {
        group
        for group in small.activity.target_groups
        if (found := context.groups.get(group)) is not None and found.type == "profijtgroep"
    }
    rollouts = [
        pa
        for pa in context.of_group("uitrol")
        if pa.phase == "doen"
        and pa.activity.start
        and (pa.activity.kind == "uitrol" or served <= set(pa.activity.target_groups))
    ]
    return min(rollouts, key=_start, default=None)


@rule("ACT-06")
def small_start(context: Context) -> Iterator[Hit]:
    advice = (
        "Plan een `pilot` (of `proefimplementatie`) met een kleine groep gemotiveerde "
        "gebruikers vóór de brede invoering, en stel daarna plan en interventie bij."
    )
    small = _small_start(context)
    if small is None:
        yield Hit("Het plan begint niet eerst op kleine schaal.", advice, ("fasen", "doen"))
        return
    name = "de proefimplementatie" if small.activity.kind == "proefimplementatie" else "de pilot"
    label = f"{small.activity.id}, " if small.activity.id else ""
    rollout = _rollout(context, small)
    if rollout is not None:
        if _start(small) > _start(rollout):
            roll_label = f"{rollout.activity.id}, " if rollout.activity.id else ""
            yield Hit(
                f"{upper_first(name)} ({label}{long_date(_start(small))}) begint pas nadat de "
                f"brede invoering al loopt ({roll_label}{long_date(_start(rollout))}).",
                f"Laat {name} beginnen vóór de brede invoering (`soort: uitrol`), en stel na "
                f"{name} plan en interventie bij voordat iedereen meedoet.",
                (*small.path, "start"),
            )
        return
    broad = [
        day
        for pa in context.of_group("breed_invoeren")
        if pa.phase == "doen" and (day := pa.activity.end or pa.activity.start) is not None
    ]
    if broad and _start(small) >= max(broad):
        yield Hit(
            "Het plan begint niet eerst op kleine schaal: geen pilot of proefimplementatie vóór "
            "de brede training en begeleiding.",
            advice,
            ("fasen", "doen"),
        )


def _one_workshop_is_enough(context: Context) -> bool:
    """Toolkit §4.2: the intervention fits the work, and users already can and want to."""
    rules = context.knowledge.rules
    return all(
        context.judgement(item) == "bevorderend" for item in rules.one_workshop_favourable
    ) and not any(
        context.judgement(item) == "belemmerend" for item in rules.one_workshop_not_hindering
    )


@rule(
    "ACT-07",
    applies=lambda c: bool(c.of_group("training")) and not _one_workshop_is_enough(c),
)
def training_sessions(context: Context) -> Iterator[Hit]:
    minimum = context.knowledge.rules.training_sessions
    for pa in context.of_group("training"):
        sessions = pa.activity.sessions
        if sessions is None or sessions < minimum:
            said = "één bijeenkomst" if sessions == 1 else f"{sessions} bijeenkomsten"
            yield Hit(
                f"{upper_first(pa.reference)} is een training van {said}."
                if sessions is not None
                else f"Bij {pa.reference} staat niet uit hoeveel bijeenkomsten de training "
                "bestaat.",
                "Spreid de training over enkele dagdelen en zet het aantal bij `sessies`: "
                "herhaling en oefenen in de praktijk tussendoor werken beter dan één dag.",
                (*pa.path, "sessies") if sessions is not None else pa.path,
            )


@rule("ACT-08", empty=_no_activities)
def overdue(context: Context) -> Iterator[Hit]:
    for pa in context.activities:
        a = pa.activity
        if pa.is_late(context.today):
            assert a.end is not None
            yield Hit(
                f"{upper_first(pa.reference)} had op {long_date(a.end)} klaar moeten zijn, maar "
                f"staat nog op {a.status}.",
                "Werk de `status` bij (gereed of vervallen), of verschuif de planning en noteer "
                "waarom onder `bijstellingen`.",
                (*pa.path, "status"),
            )


@rule("ACT-09")
def phase_order_per_group(context: Context) -> Iterator[Hit]:
    order = context.knowledge.rules.group_phases  # weten, begrijpen, willen, doen
    do_phase, earlier_phases = order[-1], order[:-1]
    rules = context.knowledge.rules
    telling = rules.kinds("vertellen")  # counts as weten in whatever phase it is listed
    skip = rules.kinds("voorbereiden") | telling
    silent = rules.kinds("niet_bereiken")  # writing a communicatieplan tells nobody yet

    def phase_of(pa: PlacedActivity) -> str:
        return earlier_phases[0] if pa.activity.kind in telling else pa.phase

    for group in context.plan.target_groups:
        if not group.direct:
            continue
        current = group.current_phase or earlier_phases[0]
        if current == "ontwikkelen":
            current = earlier_phases[0]
        if current not in earlier_phases:
            continue  # already doing it: the order is behind this group
        still_ahead = earlier_phases[earlier_phases.index(current) :]
        reaching = [
            pa
            for pa in context.activities
            if group.id in pa.activity.target_groups and pa.activity.kind not in silent
        ]
        doing = [pa for pa in reaching if pa.phase == do_phase and pa.activity.kind not in skip]
        if not doing:
            continue
        dated_doing = [pa for pa in doing if pa.activity.start]
        first_do = min(dated_doing, key=_start) if dated_doing else None
        before = [pa for pa in reaching if phase_of(pa) in still_ahead and pa.activity.start]
        first_before = min(before, key=_start) if before else None
        if first_do and first_before and _start(first_do) < _start(first_before):
            phase = context.knowledge.phase(phase_of(first_before))
            yield Hit(
                f"Doelgroep {group.id} begint met doen ({first_do.activity.id or 'een activiteit'} "
                f"op {long_date(_start(first_do))}) voordat de fase "
                f"{phase.name.lower() if phase else phase_of(first_before)} voor hen begint "
                f"({long_date(_start(first_before))}).",
                "Laat een groep eerst weten, begrijpen en willen voordat ze gaat doen: schuif de "
                "activiteit in de fase doen op, of begin eerder met de activiteiten ervoor. "
                "Staat de groep al verder, zet dat dan bij `huidige_fase`.",
                first_do.path,
                places=(group.id,),
            )
        elif current == earlier_phases[0] and not any(
            phase_of(pa) == earlier_phases[0] for pa in reaching
        ):
            target = first_do or doing[0]
            yield Hit(
                f"Doelgroep {group.id} moet gaan doen ({target.activity.id or 'een activiteit'}), "
                "maar geen activiteit in de fase weten vertelt hen eerst dat de interventie er "
                "is.",
                "Plan in `fasen.weten` een activiteit die deze groep bereikt (`soort: "
                "communicatie`), of zet bij de groep `huidige_fase` als ze het al weten.",
                target.path,
                places=(group.id,),
            )


def _start(pa: PlacedActivity) -> date:
    """The start of an activity known to be dated."""
    assert pa.activity.start is not None
    return pa.activity.start
