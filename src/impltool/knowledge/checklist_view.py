"""`impl checklist`: the factor checklist and the phase activities as text to fill in.

Two forms: a plain-text sheet a team can print and tick, and a `factoren:` YAML block to
paste into a plan (every item `oordeel: onbekend`, the question as a comment above it).
Plain strings only: no rich, no jinja, so the command starts fast.
"""

from __future__ import annotations

from ..dutch import enumeration, wrap
from . import ChecklistItem, Phase, Toolkit, toolkit

WIDTH = 88
INDENT = "    "


def _wrap(text: str, indent: str, first: str = "") -> list[str]:
    """Wrap `first + text`, continuing lines under `indent`."""
    return wrap(first + text, WIDTH, indent, indent + " " * len(first))


def _heading(text: str, underline: str) -> list[str]:
    return [text, underline * len(text)]


YES_HINDERS = "Let op: hier remt een 'ja' (veel veranderingen tegelijk is belemmerend)."


def _kind_label(kind: str, kit: Toolkit) -> str:
    """`training`, or `startbijeenkomst (kickoff)`: the Dutch label and the key to write."""
    label = kit.kind_name(kind).lower()
    return kind if label == kind else f"{label} ({kind})"


def _item_lines(number: int, item: ChecklistItem, kit: Toolkit) -> list[str]:
    boxes = "  ".join(f"[ ] {judgement}" for judgement in kit.judgements)
    answers = ", ".join(_kind_label(kind, kit) for kind in item.answers)
    lines = _wrap(item.question, "", f"{number:2}. ")
    if item.hinders_when == "ja":
        lines += _wrap(YES_HINDERS, INDENT)
    lines += _wrap(item.explanation, INDENT, "Waarom: ")
    lines.append(INDENT + boxes)
    lines.append(INDENT + "Toelichting: " + "_" * (WIDTH - len(INDENT) - len("Toelichting: ")))
    lines += _wrap(answers, INDENT, "Remt het? Plan bijvoorbeeld: ")
    lines.append(f"{INDENT}In je plan: item: {item.id}")
    lines += _wrap(item.source, INDENT, "Bron: ")
    return lines


def _phase_lines(phase: Phase, kit: Toolkit) -> list[str]:
    lines = _heading(f"Fase {phase.number}: {phase.name}   (sleutel in je plan: {phase.key})", "-")
    lines += _wrap(phase.goal, "", "Doel: ")
    lines.append("")
    for activity in phase.key_activities:
        label = f"[ ] {activity.section}  "
        lines += _wrap(f"{kit.kind_name(activity.kind)} (soort: {activity.kind})", "", label)
        pad = " " * len(label)
        lines += _wrap(activity.summary, pad)
        lines += _wrap(activity.example, pad, "Bijvoorbeeld: ")
    for tip in phase.tips:
        lines += _wrap(f"{tip.text} (bron: {tip.source})", "", "Tip: ")
    lines.append(f"Bron: {phase.source}")
    return lines


def checklist_text(kit: Toolkit | None = None) -> str:
    """The checklist grouped per domain with boxes to tick, then the six phases."""
    kit = kit or toolkit()
    lines = _heading("Checklist: wat helpt en wat remt de invoering?", "=")
    lines.append("")
    intro = (
        "Beantwoord elke vraag voor jullie eigen situatie en kruis aan wat het antwoord "
        "betekent: "
        + "; ".join(f"{key} = {meaning}" for key, meaning in kit.judgements.items())
        + ". Zet de uitkomst daarna in je plan onder `factoren:` (met `impl checklist --yaml` "
        "krijg je een blok om te plakken). Remt iets de invoering, plan dan een activiteit die "
        "erop inspeelt en noem de factor bij die activiteit onder `adresseert:`."
    )
    lines += _wrap(intro, "")
    sources = {item.source_ref.document for item in kit.checklist}
    lines.append(
        "Bron: "
        + ", ".join(kit.sources[key].short for key in sorted(sources))
        + ", checklist beïnvloedende factoren (ingrediënt 2)."
    )
    number = 0
    for domain, items in kit.checklist_by_domain().items():
        lines.append("")
        lines += _heading(kit.domains[domain], "-")
        for item in items:
            number += 1
            lines.append("")
            lines += _item_lines(number, item, kit)

    lines += ["", ""]
    lines += _heading("De zes fasen en hun kernactiviteiten", "=")
    lines.append("")
    lines += _wrap(
        "Kruis aan welke kernactiviteiten al in je plan staan. De toolkit raadt ze per fase "
        "aan; een activiteit mag ook in een andere fase staan.",
        "",
    )
    for phase in kit.phases:
        lines.append("")
        lines += _phase_lines(phase, kit)
    return "\n".join(lines) + "\n"


def factors_yaml(kit: Toolkit | None = None) -> str:
    """A `factoren:` block for a plan: every checklist item judged `onbekend`."""
    kit = kit or toolkit()
    lines = [
        "# Beïnvloedende factoren: de checklist uit `impl checklist`.",
        f"# Zet bij elk item `oordeel:` op {enumeration(kit.judgements, 'of')},",
        "# en schrijf achter `toelichting:` waarom. Remt een factor de invoering, noem hem",
        "# dan bij een activiteit onder `adresseert:`.",
        "factoren:",
    ]
    for domain, items in kit.checklist_by_domain().items():
        lines.append(f"  # --- {kit.domains[domain]} ---")
        for item in items:
            lines.append(f"  # {item.question}")
            if item.hinders_when == "ja":
                lines.append(f"  # {YES_HINDERS}")
            lines.append(f"  - item: {item.id}")
            lines.append("    oordeel: onbekend")
            lines.append("    toelichting:")
    return "\n".join(lines) + "\n"
