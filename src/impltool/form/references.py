"""Fields whose value is the id of another part of the plan, and the ids to choose from.

The plan model types these fields as text; which list they point at is said once, here, in
`REFERENCES`. The form offers the ids that exist in the plan (with their names), and keeps a
value that points at nothing, marked, so the person sees it.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from pydantic import BaseModel

from ..plan import budget, model


class Choice(NamedTuple):
    value: str
    label: str


# (model, Dutch key) → the parts of the plan whose ids it may name.
REFERENCES: dict[tuple[type[BaseModel], str], tuple[str, ...]] = {
    (model.Goal, "doelgroepen"): ("doelgroepen",),
    (model.Factor, "doelgroepen"): ("doelgroepen",),
    (model.Activity, "doelgroepen"): ("doelgroepen",),
    (model.Activity, "adresseert"): ("factoren",),
    (model.Kpi, "doel"): ("doelen",),
    (budget.BudgetItem, "activiteit"): ("activiteiten",),
    (model.Adjustment, "betreft"): ("kpis", "activiteiten", "doelen"),
    (model.Factor, "item"): ("checklist",),
}


def reference_choices(
    owner: type[BaseModel], key: str, plan: dict[str, Any]
) -> tuple[Choice, ...] | None:
    """The ids field `key` of `owner` may take, or None when it is no reference."""
    sources = REFERENCES.get((owner, key))
    if sources is None:
        return None
    found: list[Choice] = []
    for source in sources:
        found += ids_in(source, plan)
    return tuple(dict((choice.value, choice) for choice in found).values())


def ids_in(source: str, plan: dict[str, Any]) -> list[Choice]:
    """The ids of one part of the plan (or of the checklist), with their names."""
    if source == "checklist":
        from ..knowledge import toolkit

        return [Choice(item.id, f"{item.id}: {item.question}") for item in toolkit().checklist]
    if source == "activiteiten":
        phases = plan.get("fasen")
        items = [
            item
            for phase in (phases.values() if isinstance(phases, dict) else ())
            if isinstance(phase, list)
            for item in phase
        ]
    else:
        found = plan.get(source)
        items = found if isinstance(found, list) else []
    choices = []
    for item in items:
        if not isinstance(item, dict):
            continue
        key = item.get("item") or item.get("id") if source == "factoren" else item.get("id")
        if not isinstance(key, str) or not key.strip():
            continue
        name = item.get("naam") or item.get("wat") or item.get("omschrijving")
        label = f"{key}: {name}" if isinstance(name, str) and name.strip() else key
        choices.append(Choice(key.strip(), label))
    return choices
