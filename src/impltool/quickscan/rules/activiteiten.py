"""Activities per phase: the toolkit's key activities, planned with who, what and when."""

from __future__ import annotations

from collections.abc import Iterator

from ...dutch import long_date
from . import Context, Hit, names, rule, sentence

PILOT_KINDS = ("pilot", "proefimplementatie")


def _phase_zero_is_optional(context: Context, phase: str) -> bool:
    # An organisation implementing an existing intervention does not develop it.
    return phase == "ontwikkelen" and not context.is_developer


@rule("ACT-01")
def phase_without_activities(context: Context) -> Iterator[Hit]:
    for phase in context.knowledge.phases:
        if context.plan.phases.by_key()[phase.key]:
            continue
        optional = _phase_zero_is_optional(context, phase.key)
        yield Hit(
            f"De fase {phase.name.lower()} (fase {phase.number}) heeft nog geen activiteiten.",
            f"Plan activiteiten onder `fasen.{phase.key}`, bijvoorbeeld "
            + names(f"`{k.kind}`" for k in phase.key_activities)
            + (
                ". Als uitvoerende organisatie kun je meedoen aan de ontwikkeling of een "
                "proefimplementatie."
                if optional
                else "."
            ),
            ("fasen", phase.key),
            severity="tip" if optional else None,
        )


@rule("ACT-02")
def key_activities(context: Context) -> Iterator[Hit]:
    by_key = context.plan.phases.by_key()
    for phase in context.knowledge.phases:
        planned = {a.kind for a in by_key[phase.key]}
        if not planned:
            continue  # ACT-01 already says the phase is empty
        missing = [k for k in phase.key_activities if k.kind not in planned]
        if missing:
            yield Hit(
                f"In de fase {phase.name.lower()} ontbreken kernactiviteiten: "
                + names(f"{k.kind} ({k.section})" for k in missing)
                + ".",
                "Voeg ze toe of leg uit waarom ze niet nodig zijn (met `quickscan.negeer`): "
                + " ".join(f"{k.kind}: {k.summary}" for k in missing),
                ("fasen", phase.key),
                severity="tip" if _phase_zero_is_optional(context, phase.key) else None,
            )


@rule("ACT-03", applies=lambda c: bool(c.activities))
def activity_who_what_when(context: Context) -> Iterator[Hit]:
    for pa in context.activities:
        a = pa.activity
        missing = [
            key for key, value in (("wat", a.what), ("wie", a.who), ("start", a.start)) if not value
        ]
        if missing:
            yield Hit(
                f"Bij {pa.label} ontbreekt nog {names(f'`{m}`' for m in missing)}.",
                "Leg voor elke activiteit vast wat je doet, wie de trekker is en wanneer het "
                "begint.",
                pa.path,
            )


@rule("ACT-04", applies=lambda c: bool(c.activities))
def activity_dates(context: Context) -> Iterator[Hit]:
    period = context.plan.period
    for pa in context.activities:
        a = pa.activity
        if a.start and a.end and a.end < a.start:
            yield Hit(
                f"{sentence(pa.label)} eindigt ({long_date(a.end)}) voordat ze begint "
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
                f"{sentence(pa.label)} valt buiten de periode van het plan: `{key}` is "
                f"{long_date(day)}, de periode loopt van {long_date(period.start)} tot "
                f"{long_date(period.end)}.",
                "Pas de datum aan, of verleng de `periode` als de activiteit echt later valt.",
                (*pa.path, key),
            )


@rule("ACT-05", applies=lambda c: len(c.activities) > 1)
def strategy_mix(context: Context) -> Iterator[Hit]:
    used = {pa.activity.strategy for pa in context.activities if pa.activity.strategy}
    if len(used) <= 1:
        which = f"alleen {next(iter(used))}" if used else "geen enkele strategie"
        yield Hit(
            f"De activiteiten gebruiken {which}.",
            "Combineer strategieën: informeren, faciliteren, overtuigen en soms verplichten. "
            "Een mix werkt meestal beter; zet bij elke activiteit een `strategie`.",
            ("fasen",),
        )


@rule("ACT-06")
def small_start(context: Context) -> Iterator[Hit]:
    if not context.of_kind(*PILOT_KINDS):
        yield Hit(
            "Het plan begint niet eerst op kleine schaal.",
            "Plan een `pilot` (of `proefimplementatie`) met een kleine groep gemotiveerde "
            "gebruikers vóór de brede invoering, en stel daarna plan en interventie bij.",
            ("fasen", "doen"),
        )


@rule("ACT-07", applies=lambda c: bool(c.of_kind("training")))
def training_sessions(context: Context) -> Iterator[Hit]:
    for pa in context.of_kind("training"):
        if pa.activity.sessions == 1:
            yield Hit(
                f"{sentence(pa.label)} is een training van één bijeenkomst.",
                "Spreid de training over enkele dagdelen: herhaling en oefenen in de praktijk "
                "tussendoor werken beter dan één dag.",
                (*pa.path, "sessies"),
            )


@rule("ACT-08", applies=lambda c: bool(c.activities))
def overdue(context: Context) -> Iterator[Hit]:
    for pa in context.activities:
        a = pa.activity
        if a.end and a.end < context.today and a.status not in ("gereed", "vervallen"):
            yield Hit(
                f"{sentence(pa.label)} had op {long_date(a.end)} klaar moeten zijn, maar "
                f"staat nog op {a.status}.",
                "Werk de `status` bij (gereed of vervallen), of verschuif de planning en noteer "
                "waarom onder `bijstellingen`.",
                (*pa.path, "status"),
            )
