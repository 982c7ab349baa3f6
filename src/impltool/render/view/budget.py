"""The money: the budget section (costs, per year, per funder, capacity) and its one-line
summary for the first page."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ...domain.activity import activity_name
from ...dutch import enumeration, euro, number, upper_first
from .blocks import paragraphs, table
from .contract import Blok, Cel, Sectie, Tussenkop

if TYPE_CHECKING:
    from ...plan.budget import Budget, BudgetItem, Capacity
    from ...plan.model import Plan

NO_YEAR = "zonder jaar"


def budget_section(plan: Plan) -> Sectie:
    budget = plan.budget
    if budget is None:
        return Sectie("begroting", "", ())
    blocks: list[Blok] = []
    if budget.items:
        blocks += [_costs(plan, budget.items), *_per_year(budget.items)]
        blocks += _per_source(budget.items)
    if budget.hours:
        blocks += _capacity(budget.hours)
    if budget.explanation:
        blocks += [Tussenkop("Toelichting"), *paragraphs(budget.explanation)]
    return Sectie("begroting", "Begroting en capaciteit", tuple(blocks))


def _costs(plan: Plan, items: list[BudgetItem]) -> Blok:
    """Every item, with the activity it pays for by name, and the total."""
    activities = {a.id: a for _, _, a in plan.activities() if a.id}
    rows = [
        (
            Cel(i.what),
            Cel(str(i.year) if i.year else ""),
            Cel(i.source or ""),
            Cel(
                activity_name(activities[i.activity])
                if i.activity in activities
                else (i.activity or "")
            ),
            Cel(euro(i.amount)),
        )
        for i in items
    ]
    return table(
        ("Post", "Jaar", "Betaald door", "Voor activiteit", "Bedrag"),
        rows,
        numbers=(4,),
        total_label="Totaal",
        total=euro(sum(i.amount for i in items)),
    )


def _per_year(items: list[BudgetItem]) -> list[Blok]:
    """A table per year, when the costs fall in more than one."""
    years = totals(items, lambda i: str(i.year) if i.year else NO_YEAR)
    if len(years) <= 1:
        return []
    rows = [(Cel(y), Cel(euro(t))) for y, t in years]
    return [Tussenkop("Per jaar"), table(("Jaar", "Bedrag"), rows, numbers=(1,))]


def _per_source(items: list[BudgetItem]) -> list[Blok]:
    """A table per funder, when the plan names one."""
    sources = totals(items, lambda i: i.source or "nog onbekend")
    if len(sources) <= 1 and not any(i.source for i in items):
        return []
    rows = [(Cel(s), Cel(euro(t))) for s, t in sources]
    return [Tussenkop("Per financier"), table(("Betaald door", "Bedrag"), rows, numbers=(1,))]


def _capacity(hours: list[Capacity]) -> list[Blok]:
    rows = [(Cel(h.who), Cel(number(h.hours_per_week))) for h in hours]
    return [
        Tussenkop("Capaciteit"),
        table(
            ("Wie", "Uren per week"),
            rows,
            numbers=(1,),
            total_label="Totaal",
            total=number(sum(h.hours_per_week for h in hours)),
        ),
    ]


def totals(
    items: Iterable[BudgetItem], key: Callable[[BudgetItem], str]
) -> list[tuple[str, float]]:
    """The amounts summed per key, in order; no year (or no key) last."""
    summed: dict[str, float] = {}
    for item in items:
        summed[key(item)] = summed.get(key(item), 0) + item.amount
    return sorted(summed.items(), key=lambda kv: (kv[0] in ("", NO_YEAR), kv[0]))


def money_line(plan: Plan) -> str:
    """The summary's line on money and capacity: the total, per year, who pays, the hours."""
    budget = plan.budget
    if budget is None or not (budget.items or budget.hours):
        return "Er staat nog geen begroting in het plan."
    parts = []
    if budget.items:
        parts.append(_cost_line(budget))
    if budget.hours:
        hours = sum(h.hours_per_week for h in budget.hours)
        parts.append(f"{number(hours)} uur per week ({enumeration(h.who for h in budget.hours)})")
    return ". ".join(upper_first(p) for p in parts) + "."


def _cost_line(budget: Budget) -> str:
    total = sum(i.amount for i in budget.items)
    line = f"{euro(total)} in totaal"
    years = totals(budget.items, lambda i: str(i.year) if i.year else "")
    if len(years) > 1:
        line += " (" + ", ".join(f"{y or NO_YEAR}: {euro(t)}" for y, t in years) + ")"
    sources = totals(budget.items, lambda i: i.source or "")
    if any(s for s, _ in sources):
        line += "; betaald door " + enumeration(
            f"{s or 'nog onbekend'} ({euro(t)})" for s, t in sources
        )
    return line
