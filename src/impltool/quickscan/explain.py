"""What `impl regels` and `impl uitleg CODE` show: the rule catalogue as text or JSON.

Plain text without markup, wrapped to the terminal (at most 100 columns), so it reads well
in any console and pipes cleanly. The YAML example is printed unindented: it can be copied
into a plan as it stands.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Mapping

from ..dutch import enumeration, wrap
from ..knowledge import toolkit
from .catalogue import RuleDoc, rule_docs
from .finding import Area

MAX_WIDTH = 100
JSON_VERSION = 1
EVERY_PLAN = "alle plannen"


class UnknownRule(LookupError):
    """A code that is not in the catalogue; the message is the Dutch text for the user."""


def find_rule(text: str, docs: Mapping[str, RuleDoc] | None = None) -> RuleDoc:
    """The rule for a code as typed by a user: any case, with or without the dash and the
    leading zero (`com03`, `COM3`, `com-3` all find COM-03)."""
    docs = rule_docs() if docs is None else docs
    code = text.strip().upper()
    written_differently = _same_code(code)
    for candidate in (code, written_differently):
        if candidate is not None and candidate in docs:
            return docs[candidate]
    hints = _suggestions(code, docs)
    message = f"onbekende regel '{text.strip()}'"
    if hints:
        message += f"; bedoelde je {enumeration(hints, 'of')}?"
    else:
        message += ";"
    raise UnknownRule(f"{message} `impl regels` toont alle regels.")


def _same_code(code: str) -> str | None:
    """DOEL2, DOEL 2, DOEL_02 -> DOEL-02: same family and number, written differently."""
    match = re.fullmatch(r"([A-Z]+)\s*[-_ ]?\s*(\d{1,2})", code)
    return f"{match[1]}-{int(match[2]):02d}" if match else None


def _suggestions(code: str, docs: Mapping[str, RuleDoc]) -> list[str]:
    hints: list[str] = []
    for close in difflib.get_close_matches(code, list(docs), n=3, cutoff=0.6):
        if close not in hints:
            hints.append(close)
    return hints[:3]


# --- impl regels --------------------------------------------------------------------------


def rules_text(docs: Iterable[RuleDoc] | None = None, width: int = MAX_WIDTH) -> str:
    """Every rule, grouped by area in area order: code, severity and one line."""
    docs = list(rule_docs().values() if docs is None else docs)
    width = _clamp(width)
    code_width = max(len(doc.code) for doc in docs)
    severity_width = max(len(doc.severity) for doc in docs)
    indent = " " * (2 + code_width + 2 + severity_width + 2)
    lines = wrap(
        f"De quickscan kent {len(docs)} regels. Uitleg bij één regel: impl uitleg CODE", width
    )
    for area in Area:
        in_area = [doc for doc in docs if doc.area == area]
        if not in_area:
            continue
        lines += ["", toolkit().areas[area].name]
        for doc in in_area:
            head = f"  {doc.code:<{code_width}}  {doc.severity:<{severity_width}}  "
            lines += wrap(doc.title, width, first=head, rest=indent)
            if doc.applies_to:
                lines += wrap(
                    f"geldt voor: {doc.applies_to}",
                    width,
                    first=indent,
                    rest=indent,
                )
    return "\n".join(lines) + "\n"


def rules_json(docs: Iterable[RuleDoc] | None = None) -> str:
    """Every rule with all of its documentation, for other tools (English keys, like check)."""
    docs = list(rule_docs().values() if docs is None else docs)
    order = {area: rank for rank, area in enumerate(Area)}
    ordered = sorted(docs, key=lambda doc: order[doc.area])  # stable: catalogue order per area
    document = {"version": JSON_VERSION, "rules": [doc._asdict() for doc in ordered]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# --- impl uitleg --------------------------------------------------------------------------


def rule_text(doc: RuleDoc, width: int = MAX_WIDTH) -> str:
    """One rule explained in fixed sections: what, why (with source), how to fix, example."""
    width = _clamp(width)
    facts = (
        ("Gebied", _area(doc.area)),
        ("Ernst", doc.severity),
        ("Geldt voor", doc.applies_to or EVERY_PLAN),
    )
    label_width = max(len(label) for label, _ in facts) + 2
    lines = wrap(f"{doc.code}: {doc.title}", width, rest="  ")
    lines.append("")
    for label, value in facts:
        lines += wrap(
            value,
            width,
            first=f"{label + ':':<{label_width}}",
            rest=" " * label_width,
        )
    lines += _section("Wat controleert deze regel?", doc.what, width)
    lines += _section("Waarom is dit belangrijk?", doc.why, width)
    lines += _paragraph(f"Bron: {doc.source}", width)
    lines += _section("Hoe los je het op?", doc.fix, width)
    lines += ["", "Voorbeeld (een stuk plan dat aan deze regel voldoet):", ""]
    lines += doc.example.rstrip("\n").splitlines()
    if doc.fires_example:
        lines += ["", "Zo niet (hierop gaat de regel af):", ""]
        lines += doc.fires_example.rstrip("\n").splitlines()
    return "\n".join(lines) + "\n"


def _area(key: str) -> str:
    # "Meten en evalueren (evaluatie)": the key too, when the label does not already say it.
    label = toolkit().areas[key].name
    return label if label.lower() == key else f"{label} ({key})"


def _section(heading: str, text: str, width: int) -> list[str]:
    return ["", heading, *_paragraph(text, width)]


def _paragraph(text: str, width: int) -> list[str]:
    return wrap(" ".join(text.split()), width, first="  ", rest="  ")


def _clamp(width: int) -> int:
    # Very narrow terminals still get readable lines; wide ones no longer than 100.
    return max(40, min(width, MAX_WIDTH))
