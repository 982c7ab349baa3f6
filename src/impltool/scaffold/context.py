"""What the init templates are filled with: the answers, and the toolkit's checklist and
phases with dated example activities.

The checklist questions and the phase key activities come from the toolkit knowledge
(impltool.knowledge), the example activities from templates/init/voorbeelden.yaml; the
templates read the choices and descriptions of the plan's keys from the model itself
(`keuzes` and `uitleg`, see plan_text): nothing about the plan's content is written twice.
"""

from __future__ import annotations

from typing import Any

import yaml

from .answers import Answers
from .period import date_at
from .target import SCHEMA_FILE

# Where in the period each phase's example activities fall, as fractions of its length.
# Phases overlap, as they do in practice; every date stays inside the period.
PHASE_WINDOWS = {
    "ontwikkelen": (0.0, 0.15),
    "weten": (0.05, 0.3),
    "begrijpen": (0.15, 0.4),
    "willen": (0.25, 0.5),
    "doen": (0.35, 0.75),
    "blijven_doen": (0.5, 1.0),
}


def _examples() -> dict[str, Any]:
    from ..resources import resource_dir

    path = resource_dir("templates") / "init" / "voorbeelden.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _phase_context(answers: Answers, toolkit: Any) -> list[dict[str, Any]]:
    """The phases with their key activities and dated example activities for this template."""
    data = _examples()
    kinds_data = data["soorten"]
    chosen = data["sjablonen"][answers.template]
    example_texts = {
        activity.kind: activity.example
        for phase in toolkit.phases
        for activity in phase.key_activities
    }
    phases = []
    number = 0
    for phase in toolkit.phases:
        low, high = PHASE_WINDOWS[phase.key]
        kinds = chosen.get(phase.key, [])
        examples = []
        for index, kind in enumerate(kinds):
            details = kinds_data[kind]
            number += 1
            share = (high - low) / len(kinds)
            examples.append(
                {
                    "id": f"A{number}",
                    "wat": details.get("wat") or example_texts[kind],
                    "soort": kind,
                    "wie": details["wie"],
                    "start": date_at(answers.start, answers.end, low + index * share).isoformat(),
                    "eind": date_at(
                        answers.start, answers.end, low + (index + 1) * share
                    ).isoformat(),
                    "doelgroepen": details["doelgroepen"],
                    "adresseert": details["adresseert"],
                    "strategie": details["strategie"],
                    "sessies": details.get("sessies"),
                }
            )
        phases.append(
            {
                "key": phase.key,
                "number": phase.number,
                "name": phase.name,
                "goal": phase.goal,
                "key_activities": [
                    {"kind": a.kind, "section": a.section, "summary": a.summary}
                    for a in phase.key_activities
                ],
                "tips": [{"text": t.text, "source": t.source} for t in phase.tips],
                "examples": examples,
            }
        )
    return phases


def template_context(answers: Answers) -> dict[str, Any]:
    """Everything the init templates use. User text arrives as typed: the templates write it
    with the `yaml` filter."""
    from ..knowledge import toolkit as load_toolkit

    toolkit = load_toolkit()
    domains = [
        {"key": key, "label": label, "items": [i for i in toolkit.checklist if i.domain == key]}
        for key, label in toolkit.domains.items()
    ]
    return {
        "schema_file": SCHEMA_FILE,
        "template": answers.template,
        "title": answers.title,
        "name": answers.name,
        "role": answers.role,
        "kind": answers.kind,
        "organisation": answers.organisation,
        "author": answers.author,
        "first_year": answers.start.year,
        "start": answers.start.isoformat(),
        "end": answers.end.isoformat(),
        "halfway": date_at(answers.start, answers.end, 0.5).isoformat(),
        "third": date_at(answers.start, answers.end, 1 / 3).isoformat(),
        "domains": domains,
        "phases": _phase_context(answers, toolkit),
    }
