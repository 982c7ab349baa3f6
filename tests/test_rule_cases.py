"""Every quickscan rule against its own cases: tests/rule_cases/<CODE>.yaml.

A case file holds the plans on which a rule must speak up (`fires`) and the plans on which it
must stay quiet (`passes`). Each case starts from a base plan (tests/fixtures/complete.yaml
unless `base` names another file under tests/), applies its `change`s, and is scanned on
`today` (default below). Adding a rule means: its function in quickscan/rules/<prefix>.py, its
entry in the YAML file beside it, its case file; this test picks the file up by itself.

Changes (paths are dotted; in a list, a segment is an index, or the `id`/`item` of an entry):
  {set: doelen.D1.waar, to: "n.t.b."}      {remove: kpis.K1.nulmeting}
  {append: fasen.doen, item: {...}}        {drop_kinds: [pilot, proefimplementatie]}
Expectations of a firing case: `severity` (the catalogue's unless given: ACT-01 lowers it for
phase 0), `at`, the path the finding points to as users see it (`fasen.doen[3]` is the third
activity; the finding must point there or inside it), `says`, words the message holds, and
`suggests`, words the suggestion holds; `never_says`, words the message must not hold.
"""

from __future__ import annotations

import copy
import functools
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from impltool.plan.load import load_text
from impltool.quickscan.catalogue import rule_docs
from impltool.quickscan.rules import all_rules
from impltool.quickscan.scan import ScanResult, scan_plan

TESTS = Path(__file__).parent
CASES = TESTS / "rule_cases"
DEFAULT_BASE = "fixtures/complete.yaml"
DEFAULT_TODAY = date(2026, 11, 24)
# libyaml's writer when PyYAML has it: PyYAML's own takes most of this file's time.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        code = path.stem
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for outcome in ("fires", "passes"):
            for case in data.get(outcome, []):
                params.append(
                    pytest.param(code, outcome, data, case, id=f"{code}-{outcome}-{case['name']}")
                )
    return params


def _segment(container: Any, key: str) -> Any:
    if isinstance(container, list):
        if key.lstrip("-").isdigit():
            return int(key)
        for index, item in enumerate(container):
            if isinstance(item, dict) and key in (item.get("id"), item.get("item")):
                return index
        raise KeyError(f"no list item {key!r}")
    return key


def _walk(plan: dict[str, Any], path: str) -> tuple[Any, Any]:
    """The container holding the last segment of `path`, and that segment.

    Ids may hold dots (`org.veranderingen`): in a list, the shortest run of segments that
    names an item is taken."""
    parts = path.split(".")
    node: Any = plan
    while True:
        taken = 1
        if isinstance(node, list):
            while taken < len(parts) and not _names_item(node, ".".join(parts[:taken])):
                taken += 1
        key = _segment(node, ".".join(parts[:taken]))
        parts = parts[taken:]
        if not parts:
            return node, key
        node = node[key]


def _names_item(items: list[Any], key: str) -> bool:
    return key.lstrip("-").isdigit() or any(
        isinstance(item, dict) and key in (item.get("id"), item.get("item")) for item in items
    )


def _apply(plan: dict[str, Any], change: dict[str, Any]) -> None:
    if "set" in change:
        node, key = _walk(plan, change["set"])
        node[key] = change["to"]
    elif "remove" in change:
        node, key = _walk(plan, change["remove"])
        del node[key]
    elif "append" in change:
        node, key = _walk(plan, change["append"])
        if node.get(key) is None if isinstance(node, dict) else False:
            node[key] = []
        node[key].append(change["item"])
    elif "drop_kinds" in change:
        for phase, items in plan["fasen"].items():
            plan["fasen"][phase] = [
                a for a in items or [] if a.get("soort") not in change["drop_kinds"]
            ]
    else:
        raise ValueError(f"unknown change {change}")


@functools.cache
def _base_plan(base: str) -> dict[str, Any]:
    """A base plan parsed once for all its cases (each case changes a deep copy)."""
    data: dict[str, Any] = yaml.safe_load((TESTS / base).read_text(encoding="utf-8"))
    return data


def _scan(data: dict[str, Any], case: dict[str, Any]) -> ScanResult:
    base = case.get("base", data.get("base", DEFAULT_BASE))
    plan = copy.deepcopy(_base_plan(base))
    for change in case.get("change", []):
        _apply(plan, change)
    today = case.get("today", data.get("today", DEFAULT_TODAY))
    text = yaml.dump(plan, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)
    return scan_plan(load_text(text, "plan.yaml"), today)


@pytest.mark.parametrize(("code", "outcome", "data", "case"), _load_cases())
def test_rule_case(code: str, outcome: str, data: dict[str, Any], case: dict[str, Any]) -> None:
    result = _scan(data, case)
    mine = [f for f in result.findings if f.code == code]
    shown = [f"{f.code} {f.severity} {f.path}: {f.message}" for f in result.findings]
    if outcome == "passes":
        assert not mine, shown
        return
    expected = case.get("expect", {})
    severity = expected.get("severity", rule_docs()[code].severity)
    at = expected.get("at")
    matching = [
        f
        for f in mine
        if f.severity == severity
        and (at is None or f.path == at or f.path.startswith((at + ".", at + "[")))
        and all(word in f.message for word in expected.get("says", []))
        and all(word in f.suggestion for word in expected.get("suggests", []))
        and not any(word in f.message for word in expected.get("never_says", []))
    ]
    assert matching, shown
    for finding in mine:
        assert finding.message and finding.suggestion and finding.source
        assert finding.line >= 1 and finding.column >= 1


def test_every_rule_has_cases_that_fire_and_pass() -> None:
    for code in all_rules():
        path = CASES / f"{code}.yaml"
        assert path.is_file(), f"{code} has no case file {path.name}"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data.get("fires") and data.get("passes"), f"{path.name} needs both kinds of case"


def test_every_case_file_is_a_rule() -> None:
    stray = [p.name for p in CASES.glob("*") if p.stem not in all_rules() or p.suffix != ".yaml"]
    assert not stray
