"""KPI-*: the KPIs, SMART and measured against their line (IMPACT step 4)."""

from __future__ import annotations

from collections.abc import Iterator

from ...domain.line import Verdict, is_whole
from ...dutch import enumeration, long_date, rounded
from ...plan.model import Kpi
from ..freetext import Quotes
from . import Context, Hit, rule


def _no_kpis(context: Context) -> bool:
    return context.no_items(context.plan.kpis)


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
        missing = {key for key, value in values.items() if not context.filled(value)}
        hollow = (
            context.text.long(kpi.indicator)
            if kpi.indicator and "indicator" not in missing
            else None
        )
        if hollow is not None and not hollow.fails:
            hollow = None
        gaps = []
        for part in context.knowledge.smart:
            keys = [key for key in part.keys if key in missing]
            if keys:
                gaps.append(f"{part.word.lower()}: {enumeration(f'`{m}`' for m in keys)}")
        if not gaps and hollow is None:
            continue
        said = []
        if gaps:
            said.append(f"er ontbreekt {'; '.join(gaps)}")
        if hollow is not None:
            said.append(
                "de `indicator` "
                + Quotes().failure(hollow, "is vaag")
                + ", dus niet specifiek: er staat niet wat je precies telt"
            )
        weak = missing | ({"indicator"} if hollow is not None else set())
        yield Hit(
            f"KPI {kpi.id} is nog niet SMART; {', en '.join(said)}.",
            "Vul de ontbrekende onderdelen in: "
            + "; ".join(
                f"{part.word.lower()}: {part.explanation}"
                for part in context.knowledge.smart
                if any(key in weak for key in part.keys)
            )
            + ". Zo meet iedereen hetzelfde en weet je wanneer het doel gehaald is.",
            ("kpis", index, next(key for key in values if key in weak)),
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
            f"De KPI's van het platform meten nog niets over {enumeration(missing)}.",
            f"Volg bij een online platform {len(wanted)} thema's: {enumeration(wanted)} (vragen, "
            "aanbod, matches). Zet bij elke KPI een `thema`.",
            ("kpis",),
        )


def _judged(context: Context) -> bool:
    return any(judgement.judged for _, _, judgement in context.kpi_judgements)


@rule("KPI-05", applies=_judged)
def behind_schedule(context: Context) -> Iterator[Hit]:
    for index, kpi, judgement in context.kpi_judgements:
        if judgement.verdict is not Verdict.BEHIND:
            continue
        latest, line = judgement.latest, judgement.line
        latest_index = judgement.latest_index
        assert latest is not None and line is not None and judgement.expected is not None
        assert latest_index is not None  # a BEHIND verdict has a latest meting
        whole = is_whole(line.base) and is_whole(line.target)
        begins = line.begins
        since = ""
        advice = ""
        if begins is not None and not begins.at_launch:
            why = begins.why(context.timing.group_names, nested=True)
            since = f" vanaf {long_date(begins.day)} ({why})"
        elif kpi.start is None and any(
            goal.id == kpi.goal and not goal.target_groups for goal in context.plan.goals
        ):
            advice = (
                f" Begint het werk voor de mensen van doel {kpi.goal} bewust later dan de "
                "invoering, zet dan bij het doel `doelgroepen` (of bij de KPI `start`)."
            )
        yield Hit(
            f"KPI {kpi.id} loopt achter: op {long_date(latest.date)} gemeten "
            f"{rounded(latest.value)}, volgens de lijn{since} naar de streefwaarde "
            f"({rounded(line.target)} op {long_date(line.deadline)}) was rond "
            f"{rounded(judgement.expected, whole)} verwacht.",
            "Zoek uit waarom, en stel de aanpak of de streefwaarde bij; leg dat vast onder "
            "`bijstellingen`. Grote resultaten kosten tijd: blijf realistisch." + advice,
            ("kpis", index, "metingen", latest_index),
        )


@rule("KPI-06", empty=_no_kpis)
def target_is_baseline(context: Context) -> Iterator[Hit]:
    for index, kpi in enumerate(context.plan.kpis):
        if kpi.baseline is not None and kpi.target is not None and kpi.baseline == kpi.target:
            yield Hit(
                f"KPI {kpi.id} vraagt geen verandering: de streefwaarde is gelijk aan de "
                f"nulmeting ({rounded(kpi.target)}).",
                "Zet een streefwaarde die laat zien wat de interventie moet opleveren. Is het "
                "doel juist het niveau vasthouden, accepteer dit dan bewust met `quickscan: "
                f"{{negeer: [{{regel: KPI-06, waar: {kpi.id}, reden: ...}}]}}`.",
                ("kpis", index, "streefwaarde"),
            )


@rule("KPI-07", empty=_no_kpis)
def counts_only_activity(context: Context) -> Iterator[Hit]:
    text, language = context.text, context.knowledge.language
    for goal in context.plan.goals:
        kpis = [(i, kpi) for i, kpi in enumerate(context.plan.kpis) if kpi.goal == goal.id]
        if not kpis:
            continue  # DOEL-03's finding
        counted: list[tuple[int, Kpi, tuple[str, ...]]] = []
        for index, kpi in kpis:
            if context.is_platform and kpi.theme in language.platform_effect_themes:
                break  # what users do on a platform is its effect
            measure = kpi.unit if context.filled(kpi.unit) else kpi.indicator
            words = text.output_words(measure) if measure and context.filled(measure) else ()
            if not words:
                break
            counted.append((index, kpi, words))
        else:
            if goal.what and text.asks_output(goal.what):
                continue  # the goal asks for that number itself ("2.500 bezoekers per maand")
            first_index = counted[0][0]
            listed = enumeration(f"{kpi.id} ({', '.join(words)})" for _, kpi, words in counted)
            yield Hit(
                f"Doel {goal.id} wordt alleen gemeten met tellingen van wat het project doet: "
                f"{listed}. Dat laat zien dat er iets gebeurt, niet of het doel bereikt wordt.",
                f"Voeg een KPI toe die doel {goal.id} zelf meet: een aandeel, een score, gedrag "
                "dat je ziet, of hoe vaak de aanpak gaat zoals bedoeld. Houd de telling "
                f"erbij als extra. Is het aantal echt het doel, zeg dat dan in het `wat` van "
                f"het doel, of accepteer dit met `negeer` en `waar: {goal.id}`.",
                ("kpis", first_index, "eenheid"),
                places=(goal.id,),
            )
