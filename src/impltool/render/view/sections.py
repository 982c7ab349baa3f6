"""The plan's sections that are one table or list each: the intervention, goals and KPIs,
who is involved, target groups and communication, activities per phase, evaluation,
embedding and adjustments. (Factors, the timeline and the budget have their own modules.)"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...domain.activity import ActivityStatus, status_of
from ...dutch import enumeration, long_date, number, period_text, quantity, short_date
from ...plan.fields import labelled
from .blocks import bullets, paragraphs, table
from .contract import Alinea, Blok, Cel, Opsomming, Regel, Sectie, Tabel, Tussenkop
from .wording import channel_text, phase_label, words

if TYPE_CHECKING:
    from ...knowledge import Toolkit
    from ...plan.model import Kpi, Plan

LONG_GROUP_NAME = 28  # longer target-group names get a short name and a legend


def intervention_section(plan: Plan) -> Sectie:
    i = plan.intervention
    blocks: list[Blok] = []
    if i.problem:
        blocks += [Tussenkop("Het probleem"), *paragraphs(i.problem)]
    if i.description:
        blocks += [Tussenkop("Wat de interventie inhoudt"), *paragraphs(i.description)]
    if i.core_elements:
        blocks += [
            Tussenkop("Werkzame elementen: hier volg je het protocol"),
            Alinea("Deze onderdelen maken dat de interventie werkt. Voer ze uit zoals bedoeld."),
            bullets(i.core_elements),
        ]
    if i.adaptable:
        blocks += [
            Tussenkop("Aanpasbaar: hier zit de vrijheid"),
            Alinea("Deze onderdelen mag je afstemmen op de eigen situatie."),
            bullets(i.adaptable),
        ]
    return Sectie("interventie", "De interventie", tuple(blocks))


def _kpi_table(kpis: Sequence[Kpi]) -> Tabel:
    rows = []
    for k in kpis:
        latest = max(k.measurements, key=lambda m: m.date, default=None)
        rows.append(
            (
                Cel(k.name or "", vet=k.id),
                Cel(k.indicator or ""),
                Cel(
                    quantity(k.baseline, k.unit),
                    klein=f"op {short_date(k.start)}" if k.start and k.baseline is not None else "",
                ),
                Cel(quantity(k.target, k.unit)),
                Cel(short_date(k.deadline) if k.deadline else ""),
                Cel(k.source or ""),
                Cel(
                    f"{quantity(latest.value, k.unit)} ({short_date(latest.date)})"
                    if latest
                    else ""
                ),
            )
        )
    return table(
        # Soft hyphens: where a narrow column may break these long words, and nowhere else.
        (
            "KPI",
            "Indicator",
            "Nul\u00admeting",
            "Streef\u00adwaarde",
            "Deadline",
            "Bron",
            "Laatste meting",
        ),
        rows,
        numbers=(2, 3, 6),
    )


def goals_section(plan: Plan) -> Sectie:
    blocks: list[Blok] = []
    goal_ids = {g.id for g in plan.goals}
    names = {g.id: g.name or g.id for g in plan.target_groups}
    for goal in plan.goals:
        blocks.append(Tussenkop(f"{goal.id}: {goal.what}" if goal.what else goal.id))
        lines = [
            Regel("Bij wie", goal.for_whom or ""),
            # The groups the goal's KPI lines start with (catalogue v3), beside bij_wie.
            Regel("Doelgroepen", enumeration(names.get(g, g) for g in goal.target_groups)),
            Regel("Waar", goal.where or ""),
            Regel("Wanneer", f"uiterlijk {long_date(goal.when)}" if goal.when else ""),
        ]
        lines = [line for line in lines if line.tekst]
        if lines:
            blocks.append(Opsomming(tuple(lines)))
        if goal.subgoals:
            blocks += [Alinea("Subdoelen:"), bullets(goal.subgoals)]
        kpis = [k for k in plan.kpis if k.goal == goal.id]
        if kpis:
            blocks.append(_kpi_table(kpis))
    loose = [k for k in plan.kpis if k.goal not in goal_ids]
    if loose:
        blocks += [Tussenkop("KPI's zonder doel"), _kpi_table(loose)]
    return Sectie("doelen", "Doelen en KPI's", tuple(blocks))


def stakeholders_section(plan: Plan, knowledge: Toolkit) -> Sectie:
    blocks: list[Blok] = []
    if plan.stakeholders:
        rows = [
            (
                Cel(s.name or s.id),
                Cel(words(s.type)),
                Cel(phase_label(s.involved_from, knowledge)),
            )
            for s in plan.stakeholders
        ]
        blocks += [
            Tussenkop("Betrokken partijen"),
            table(("Wie", "Soort", "Betrokken vanaf"), rows),
        ]
    if plan.team:
        rows = [
            (
                Cel(m.name),
                Cel(m.role or ""),
                Cel(", ".join(knowledge.competences[c].name for c in m.competences)),
            )
            for m in plan.team
        ]
        blocks += [Tussenkop("Implementatieteam"), table(("Wie", "Rol", "Competenties"), rows)]
    return Sectie("betrokkenen", "Betrokkenen en implementatieteam", tuple(blocks))


def communication_section(plan: Plan, knowledge: Toolkit) -> Sectie:
    if not plan.target_groups:
        return Sectie("communicatie", "", ())
    rows = []
    for g in plan.target_groups:
        about = f"{words(g.type)}, {'direct' if g.direct else 'indirect'}"
        phase = phase_label(g.current_phase, knowledge)
        rows.append(
            (
                Cel(vet=g.name or g.id, klein=about + (f", nu: {phase}" if phase else "")),
                Cel(lijst=tuple(channel_text(c) for c in g.channels)),
                Cel(g.message or ""),
                Cel(number(g.contact_moments)),
                Cel(lijst=tuple(g.spreaders)),
                Cel(", ".join(knowledge.adopters[a].name for a in g.adoption)),
            )
        )
    return Sectie(
        "communicatie",
        "Doelgroepen en communicatie",
        (
            Alinea(
                "Per doelgroep: hoe we hen bereiken, wat ze moeten horen, hoe vaak, en wie de "
                "boodschap uitdraagt."
            ),
            table(
                (
                    "Doelgroep",
                    "Kanalen",
                    "Boodschap",
                    "Contact\u00admomenten",
                    "Verspreiders",
                    "Adoptie",
                ),
                rows,
                numbers=(3,),
            ),
        ),
    )


def activities_section(plan: Plan, knowledge: Toolkit) -> Sectie:
    if not plan.activities():
        return Sectie("activiteiten", "", ())
    short, legend = _group_names(plan)
    blocks: list[Blok] = []
    if legend:
        blocks += [
            Alinea("In de tabellen staan deze doelgroepen kort:"),
            Opsomming(tuple(Regel(short[g], name) for g, name in legend.items())),
        ]
    for phase in knowledge.phases:
        items = plan.phases.by_key()[phase.key]
        if not items:
            continue
        rows = []
        for a in items:
            kind = knowledge.kind_name(a.kind) if a.kind else ""
            if kind and a.sessions:
                kind += f", {a.sessions} {'sessie' if a.sessions == 1 else 'sessies'}"
            groups = tuple(short.get(g, g) for g in a.target_groups)
            rows.append(
                (
                    Cel(a.what or "", vet=a.id or "", klein=kind),
                    Cel(a.who or ""),
                    Cel(a.where or ""),
                    Cel(period_text(a.start, a.end, short=True)),
                    Cel(lijst=groups),
                    Cel(words(a.strategy)),
                    Cel(a.status, nadruk=status_of(a) is ActivityStatus.RUNNING),
                )
            )
        blocks += [
            Tussenkop(f"Fase {phase.number}: {phase.name}"),
            Alinea(phase.goal, "Doel van deze fase"),
            table(
                ("Wat", "Wie", "Waar", "Wanneer", "Doelgroepen", "Strategie", "Status"),
                rows,
            ),
        ]
    return Sectie("activiteiten", "Activiteiten per fase", tuple(blocks))


def _group_names(plan: Plan) -> tuple[dict[str, str], dict[str, str]]:
    """Short names for target groups in activity tables, and a legend for the long ones:
    a name of a full line would otherwise fill every row it appears in."""
    short: dict[str, str] = {}
    legend: dict[str, str] = {}
    for g in plan.target_groups:
        name = g.name or g.id
        if len(name) > LONG_GROUP_NAME and len(g.id) < len(name):
            short[g.id] = words(g.id)
            legend[g.id] = name
        else:
            short[g.id] = name
    return short, legend


def evaluation_section(plan: Plan) -> Sectie:
    e = plan.evaluation
    if e is None:
        return Sectie("evaluatie", "", ())
    lines = [
        Regel("Hoe", e.method or ""),
        Regel("Wanneer", enumeration(long_date(d) for d in sorted(e.moments))),
        Regel("Wie evalueert", e.evaluator or ""),
        Regel("Rapportage", e.reporting or ""),
    ]
    blocks: list[Blok] = []
    lines = [line for line in lines if line.tekst]
    if lines:
        blocks.append(Opsomming(tuple(lines)))
    if e.questions:
        blocks += [Alinea("De evaluatie geeft antwoord op deze vragen:"), bullets(e.questions)]
    return Sectie("evaluatie", "Evaluatie", tuple(blocks))


def embedding_section(plan: Plan) -> Sectie:
    b = plan.embedding
    if b is None:
        return Sectie("borging", "", ())
    every = [Regel(label, getattr(b, name) or "") for name, label in labelled(type(b))]
    lines = [line for line in every if line.tekst]
    blocks: tuple[Blok, ...] = (Opsomming(tuple(lines)),) if lines else ()
    return Sectie("borging", "Borging: zo blijft de interventie", blocks)


def adjustments_section(plan: Plan) -> Sectie:
    if not plan.adjustments:
        return Sectie("bijstellingen", "", ())
    rows = [
        (Cel(long_date(a.date)), Cel(a.reason or ""), Cel(a.decision or ""))
        for a in sorted(plan.adjustments, key=lambda a: a.date)
    ]
    return Sectie(
        "bijstellingen",
        "Bijstellingen",
        (
            Alinea("Wat we onderweg hebben veranderd, en waarom."),
            table(("Datum", "Aanleiding", "Besluit"), rows),
        ),
    )
