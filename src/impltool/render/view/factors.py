"""The factors: every checklist question with the plan's judgement, and what hinders with
the activities that answer it (or the toolkit's advice when none does)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...domain.activity import activity_name, is_counted
from ...dutch import enumeration, long_date, lower_first, upper_first
from .blocks import table
from .contract import Alinea, Blok, Cel, Sectie, Tabel, Tussenkop
from .wording import first_sentences, phase_short, short_name

if TYPE_CHECKING:
    from ...knowledge import Toolkit
    from ...plan.model import Factor, Plan

UNASSESSED = "niet beoordeeld"
_COLUMNS = ("Factor", "Oordeel", "Toelichting")


@dataclass(frozen=True)
class Hindering:
    factor: str
    explanation: str
    answers: tuple[str, ...]  # the activities that answer it
    suggestions: tuple[str, ...]  # the toolkit's kinds, when nothing answers it

    @property
    def summary(self) -> str:
        """The plan's own words on what the risk is, then what is done about it."""
        risk = first_sentences(self.explanation, 160)
        if not risk:
            return self.short_answer
        risk = risk if risk.endswith((".", "!", "?", "…")) else risk + "."
        answer = self.short_answer if self.answers else lower_first(self.short_answer)
        return f"{risk} Wat we eraan doen: {answer}"

    @property
    def short_answer(self) -> str:
        """For the summary: at most two activities, by id where they have one."""
        if not self.answers:
            return upper_first(self.answer_text)
        shown = [short_name(a.rsplit(" (", 1)[0]) for a in self.answers[:2]]
        more = len(self.answers) - len(shown)
        if more:
            shown.append(f"{more} {'andere activiteit' if more == 1 else 'andere activiteiten'}")
        return enumeration(shown)

    @property
    def answer_text(self) -> str:
        if self.answers:
            return enumeration(self.answers)
        if self.suggestions:
            return "nog geen activiteit. Passend volgens de toolkit: " + enumeration(
                self.suggestions
            )
        return "nog geen activiteit"


def hindering_factors(plan: Plan, knowledge: Toolkit) -> list[Hindering]:
    """Each hindering factor with the activities that answer it, or the toolkit's advice."""
    result = []
    for factor in plan.factors:
        if factor.judgement != "belemmerend":
            continue
        item = knowledge.checklist_item(factor.item) if factor.item else None
        answers = tuple(
            f"{activity_name(a)} ({phase_short(phase, knowledge)})"
            for phase, _, a in plan.activities()
            if factor.key in a.addresses and is_counted(a)
        )
        name = factor.description if factor.id else (item.question if item else factor.item)
        result.append(
            Hindering(
                factor=name or factor.key,
                explanation=factor.explanation or "",
                answers=answers,
                suggestions=tuple(lower_first(knowledge.kind_name(k)) for k in item.answers)
                if item and not answers
                else (),
            )
        )
    return result


def factors_section(plan: Plan, knowledge: Toolkit, hindering: list[Hindering]) -> Sectie:
    """Per domain: every checklist question with the plan's judgement, then own factors."""
    if not plan.factors:
        return Sectie("factoren", "", ())
    blocks: list[Blok] = [
        Alinea(
            "De checklist uit de Toolkit Implementatie, per domein, met ons oordeel en eigen "
            "factoren."
        )
    ]
    blocks += _checklist_tables(plan, knowledge)
    if hindering:
        blocks += [Tussenkop("Wat remt, en wat we eraan doen"), _hindering_table(hindering)]
    return Sectie("factoren", "Wat helpt en wat remt: beïnvloedende factoren", tuple(blocks))


def _checklist_tables(plan: Plan, knowledge: Toolkit) -> list[Blok]:
    """A table per domain (its checklist questions, then the plan's own factors), and one for
    factors naming a question the checklist does not have."""
    judged: dict[str, list[Factor]] = {}
    for factor in plan.factors:
        if factor.item:
            judged.setdefault(factor.item, []).append(factor)
    names = {g.id: g.name or g.id for g in plan.target_groups}
    blocks: list[Blok] = []
    for domain, label in knowledge.domains.items():
        rows = []
        for item in knowledge.checklist_by_domain()[domain]:
            found = judged.pop(item.id, [])
            rows += [_row(f, item.question, False, names) for f in found] or [
                _row(None, item.question, False, names)
            ]
        rows += [
            _row(f, f.description or f.id or "", True, names)
            for f in plan.factors
            if f.id and f.domain == domain
        ]
        blocks += [Tussenkop(label), table(_COLUMNS, rows)]
    unknown = [_row(f, f.item or "", False, names) for fs in judged.values() for f in fs]
    if unknown:
        blocks += [Tussenkop("Overige factoren"), table(_COLUMNS, unknown)]
    return blocks


def _row(factor: Factor | None, name: str, own: bool, groups: dict[str, str]) -> tuple[Cel, ...]:
    """A judged factor; `factor` is None for a checklist question not yet assessed."""
    judgement = factor.judgement if factor else UNASSESSED
    notes = ["eigen factor"] if own else []
    if factor and factor.until:
        notes.append(f"tot {long_date(factor.until)}")
    if factor and factor.target_groups:
        notes.append("voor " + enumeration(groups.get(g, g) for g in factor.target_groups))
    return (
        Cel(name, klein=", ".join(notes)),
        Cel(judgement, nadruk=judgement == "belemmerend"),
        Cel(factor.explanation or "" if factor else ""),
    )


def _hindering_table(hindering: list[Hindering]) -> Tabel:
    rows = [
        (
            Cel(h.factor),
            Cel(h.explanation),
            Cel(lijst=h.answers) if h.answers else Cel(upper_first(h.answer_text), nadruk=True),
        )
        for h in hindering
    ]
    return table(("Belemmerende factor", "Toelichting", "Wat we eraan doen"), rows)
