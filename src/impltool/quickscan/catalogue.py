"""The rule catalogue: what every quickscan rule checks, why, how to fix it, with an example.

Each rule's documentation lives beside its code: the rules with code prefix KPI are checked in
`rules/kpi.py` and explained in `rules/kpi.yaml`, and so on for every prefix in `RULE_MODULES`
(Dutch keys, our own words, each rule with its source). `rule_docs()` loads them once, through
their generated twin (knowledge/compiled.py), and returns read-only `RuleDoc`s with English
attribute names. The engine reads area, severity, title and source from here; `impl regels`
and `impl uitleg` show the rest.

The fields of a rule's entry (Dutch keys):
  gebied      one of the quickscan's areas (`Area`)
  ernst       how serious a finding is (`Severity`)
  titel       one line, for `impl regels`
  geldt_voor  only when the rule does not hold for every plan ("alleen online platforms")
  bron        document + place
  wat         what the rule checks
  waarom      why it matters
  oplossen    what to do about it
  voorbeeld   plan sections (whole top-level sections) that satisfy the rule; the tests put
              them into a complete plan and check that the rule then passes
  gaat_af     (optional) plan sections on which the rule fires; the tests put them into every
              complete voorbeeld and check that the rule then fires
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from ..knowledge import compiled
from .finding import Area, Severity

__all__ = ["Area", "RuleDoc", "RuleDocError", "Severity", "rule_docs"]

# One module per code prefix, in catalogue order: `rules/<name>.py` holds the checks of the codes
# <NAME>-nn, `rules/<name>.yaml` their documentation.
RULE_MODULES = ("doel", "betr", "team", "fac", "act", "com", "kpi", "eval", "borg", "plan")
RULES_FOLDER = Path(__file__).resolve().parent / "rules"
DATA = compiled.DataFile(
    tuple(RULES_FOLDER / f"{name}.yaml" for name in RULE_MODULES),
    "impltool.quickscan._rule_docs_yaml",  # not in rules/: explaining a rule loads no rule
)

CODE_PATTERN = re.compile(r"[A-Z]+-\d{2}")

# YAML key -> RuleDoc attribute; `geldt_voor` is the only optional one.
_FIELDS = {
    "gebied": "area",
    "ernst": "severity",
    "titel": "title",
    "bron": "source",
    "wat": "what",
    "waarom": "why",
    "oplossen": "fix",
    "voorbeeld": "example",
}
_OPTIONAL = {"geldt_voor": "applies_to", "gaat_af": "fires_example"}


class RuleDocError(Exception):
    """A rule's documentation is malformed: a bug in the package, caught by the tests."""


class RuleDoc(NamedTuple):
    """The documentation of one quickscan rule."""

    code: str
    area: Area
    severity: Severity  # a rule may lower it for one finding (ACT-01 for phase 0)
    title: str  # one line, for `impl regels`
    source: str  # document + section, e.g. "Toolkit Implementatie, §1.1"
    what: str  # what the rule checks
    why: str  # why it matters, in our own words
    fix: str  # how to fix it
    example: str  # YAML: one or more top-level plan sections that satisfy the rule
    applies_to: str | None = None  # e.g. "alleen online platforms"; None: every plan
    fires_example: str | None = None  # YAML: plan sections on which the rule fires


@cache
def rule_docs() -> Mapping[str, RuleDoc]:
    """Every rule's documentation by code, in catalogue order (loaded once)."""
    return MappingProxyType(docs_from(compiled.load(DATA)))


def docs_from(data: Any) -> dict[str, RuleDoc]:
    """RuleDocs from the data of the documentation files; RuleDocError on any defect."""
    if not isinstance(data, dict):
        raise RuleDocError("expected rule codes mapped to their documentation")
    return {str(code): _doc(str(code), entry) for code, entry in data.items()}


def _doc(code: str, entry: Any) -> RuleDoc:
    if not CODE_PATTERN.fullmatch(code):
        raise RuleDocError(f"{code!r} is not a rule code like DOEL-01")
    if not isinstance(entry, dict):
        raise RuleDocError(f"{code}: expected a mapping of fields")
    unknown = set(entry) - set(_FIELDS) - set(_OPTIONAL)
    if unknown:
        raise RuleDocError(f"{code}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    text = {attribute: _text(code, entry, key) for key, attribute in _FIELDS.items()}
    if "\n" in text["title"]:
        raise RuleDocError(f"{code}: the title must be one line")
    try:
        area = Area(text["area"])
    except ValueError:
        raise RuleDocError(f"{code}: unknown area {entry['gebied']!r}") from None
    try:
        severity = Severity(text["severity"])
    except ValueError:
        raise RuleDocError(f"{code}: unknown severity {entry['ernst']!r}") from None
    applies_to = None if entry.get("geldt_voor") is None else _text(code, entry, "geldt_voor")
    fires = None if entry.get("gaat_af") is None else _text(code, entry, "gaat_af")
    return RuleDoc(
        code=code,
        area=area,
        severity=severity,
        title=text["title"],
        source=text["source"],
        what=text["what"],
        why=text["why"],
        fix=text["fix"],
        example=text["example"],
        applies_to=applies_to,
        fires_example=fires,
    )


def _text(code: str, entry: dict[str, Any], key: str) -> str:
    """A field's non-empty text; block scalars keep their final newline only in the examples,
    which keep their layout."""
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RuleDocError(f"{code}: field {key!r} must be non-empty text")
    return value if key in ("voorbeeld", "gaat_af") else value.strip()
