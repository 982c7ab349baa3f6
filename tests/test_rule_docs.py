"""The rule catalogue (rules/<prefix>.yaml): complete, consistent with the contract, honest.

Every registered rule is documented and every documented rule runs; each rule's severity is
checked by its case file (tests/rule_cases/), where a firing case expects it. Every rule's
example is put into real plans and scanned: `impl uitleg` must never show an example that the
quickscan itself would complain about.
"""

from __future__ import annotations

import copy
import functools
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import VOORBEELDEN
from impltool.knowledge import compiled
from impltool.plan.load import PlanError, load_plan, load_text
from impltool.plan.model import Plan
from impltool.plan.yamlread import read_yaml
from impltool.quickscan import catalogue
from impltool.quickscan.catalogue import RuleDoc, RuleDocError, docs_from, rule_docs
from impltool.quickscan.finding import Area, Severity
from impltool.quickscan.rules import all_rules

AREA_OF_FAMILY = {
    "DOEL": "doelen",
    "BETR": "betrokkenen",
    "TEAM": "betrokkenen",
    "FAC": "factoren",
    "ACT": "activiteiten",
    "COM": "communicatie",
    "KPI": "evaluatie",
    "EVAL": "evaluatie",
    "BORG": "borging",
    "PLAN": "plan",
}
PLAN_KEYS = {field.alias or name for name, field in Plan.model_fields.items()}
TODAY = date(2026, 11, 24)  # the day the example plans describe as "now"
MINIMAL_PLAN = "formaat: 1\ntitel: Een bijna leeg plan\ninterventie: {naam: Proef}\nfasen: {}\n"
CODES = list(rule_docs())


@pytest.mark.parametrize("code", CODES)
def test_area_matches_the_family(code: str) -> None:
    doc = rule_docs()[code]
    assert doc.code == code
    assert doc.area == AREA_OF_FAMILY[code.split("-")[0]]
    assert isinstance(doc.area, Area) and isinstance(doc.severity, Severity)


@pytest.mark.parametrize("code", CODES)
def test_every_section_is_written(code: str) -> None:
    doc = rule_docs()[code]
    for name in ("title", "source", "what", "why", "fix", "example"):
        value = getattr(doc, name)
        assert isinstance(value, str) and value.strip(), f"{code}: {name} is empty"
    assert doc.applies_to is None or doc.applies_to.strip()
    assert doc.area in Area and doc.severity in Severity
    # One line in `impl regels`, next to code and severity, within 100 columns.
    assert "\n" not in doc.title and len(doc.title) <= 76


def test_rules_for_some_plans_only_say_for_which() -> None:
    docs = rule_docs()
    for code in ("COM-06", "KPI-04"):
        assert "online platform" in (docs[code].applies_to or ""), code
    assert docs["BETR-03"].applies_to is None  # catalogue v2: every plan
    # ACT-01 applies everywhere, but explains the phase-0 exception for organisations.
    assert docs["ACT-01"].applies_to is None and "tip" in docs["ACT-01"].what
    assert docs["DOEL-01"].applies_to is None


@pytest.mark.parametrize("code", CODES)
def test_example_is_whole_plan_sections(code: str) -> None:
    example = rule_docs()[code].example
    data = yaml.safe_load(example)
    assert isinstance(data, dict) and data, f"{code}: the example is not a mapping"
    assert set(data) <= PLAN_KEYS, f"{code}: not plan sections: {set(data) - PLAN_KEYS}"
    assert all(len(line) <= 100 for line in example.splitlines()), code


@pytest.mark.parametrize("code", CODES)
def test_example_is_valid_inside_a_plan(code: str) -> None:
    # Unknown keys, wrong vocabulary or a comma inside a flow mapping all show up here.
    text = _dump(_merged(_read(MINIMAL_PLAN), _read(rule_docs()[code].example)))
    try:
        load_text(text, f"{code}.yaml")
    except PlanError as error:
        pytest.fail(f"{code}: the example is not a valid plan part:\n{error}")


def test_rule_docs_are_loaded_once() -> None:
    assert rule_docs() is rule_docs()
    assert isinstance(next(iter(rule_docs().values())), RuleDoc)


GOOD_ENTRY = """\
  gebied: doelen
  ernst: tip
  titel: Een titel
  bron: Toolkit Implementatie, §1.1
  wat: Kijkt iets.
  waarom: Omdat.
  oplossen: Doe iets.
  voorbeeld: |
    doelen: []
"""


def test_a_good_entry_parses() -> None:
    doc = docs_from(compiled.parse("XYZ-01:\n" + GOOD_ENTRY))["XYZ-01"]
    assert (doc.area, doc.severity, doc.applies_to) == ("doelen", "tip", None)
    assert doc.example == "doelen: []\n"


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("XYZ-01:\n" + GOOD_ENTRY.replace("gebied: doelen", "gebied: elders"), "area"),
        ("XYZ-01:\n" + GOOD_ENTRY.replace("ernst: tip", "ernst: hint"), "severity"),
        ("XYZ-01:\n" + GOOD_ENTRY.replace("  wat: Kijkt iets.\n", ""), "'wat'"),
        ("XYZ-01:\n" + GOOD_ENTRY.replace("waarom: Omdat.", "waarom: ''"), "'waarom'"),
        ("XYZ-01:\n" + GOOD_ENTRY + "  extra: ja\n", "unknown field"),
        ("xyz:\n" + GOOD_ENTRY, "rule code"),
        ("- XYZ-01\n", "rule codes mapped"),
    ],
)
def test_a_broken_catalogue_is_refused(text: str, complaint: str) -> None:
    with pytest.raises(RuleDocError, match=complaint):
        docs_from(compiled.parse(text))


# --- honest examples: the example really satisfies its rule --------------------------------


def _read(text: str) -> dict[str, Any]:
    # The plan's own reader: plain scalars stay text, so the round trip changes nothing.
    data, _positions, problems = read_yaml(text)
    assert not problems and isinstance(data, dict)
    return data


def _merged(base: dict[str, Any], example: dict[str, Any]) -> dict[str, Any]:
    """The base plan with the example's sections in place; phases not shown stay as they are."""
    plan = dict(base)
    for key, value in example.items():
        if key == "fasen" and isinstance(plan.get("fasen"), dict):
            plan["fasen"] = {**plan["fasen"], **value}
        else:
            plan[key] = value
    return plan


# libyaml's dumper where PyYAML has it (pure Python's took most of this file's time).
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _dump(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)


@functools.cache
def _base(text: str) -> dict[str, Any]:
    """A base plan read once per test process; each test merges into a copy."""
    return _read(text)


def _complete_plans() -> list[Path]:
    plans = []
    for path in sorted(VOORBEELDEN.glob("*.y*ml")):
        try:
            load_plan(path)
        except PlanError:
            continue  # a deliberately broken example is no base for this test
        plans.append(path)
    return plans


BASES = [
    pytest.param(MINIMAL_PLAN, id="bijna-leeg-plan"),
    *(pytest.param(path, id=path.stem) for path in _complete_plans()),
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("code", CODES)
def test_example_does_not_trigger_its_rule(code: str, base: str | Path) -> None:
    scan = pytest.importorskip("impltool.quickscan.scan")
    rules = pytest.importorskip("impltool.quickscan.rules")
    text = base if isinstance(base, str) else base.read_text(encoding="utf-8")
    plan_text = _dump(_merged(copy.deepcopy(_base(text)), _read(rule_docs()[code].example)))
    loaded = load_text(plan_text, f"{code}-voorbeeld.yaml")

    result = scan.scan_plan(loaded, TODAY)

    fired = [f"{f.location}: {f.message}" for f in result.findings if f.code == code]
    assert not fired, f"the example of {code} triggers {code}:\n" + "\n".join(fired)
    # Not vacuous: the example makes the rule apply (e.g. COM-06 needs an online platform).
    assert rules.all_rules()[code].applies(rules.Context(loaded, TODAY)), (
        f"{code} does not apply to its own example"
    )


def test_every_registered_rule_is_documented_and_every_documented_rule_runs() -> None:
    rules = pytest.importorskip("impltool.quickscan.rules")
    assert set(rules.all_rules()) == set(CODES)


FIRING = [code for code in CODES if rule_docs()[code].fires_example]


def test_changed_and_new_text_rules_show_when_they_fire() -> None:
    # Catalogue v3: every rule that judges free text shows a passing and a firing example.
    assert {"DOEL-02", "DOEL-04", "DOEL-06", "KPI-02", "KPI-07", "EVAL-01", "BORG-01"} <= set(
        FIRING
    )


def test_changed_and_new_timing_rules_show_when_they_fire() -> None:
    # Catalogue v3: timing per target group, FAC-06, COM-05 and PLAN-01 changed or are new;
    # `impl uitleg` shows each with a passing and a firing example.
    changed = {"KPI-05", "FAC-03", "FAC-04", "FAC-06", "ACT-06", "ACT-09", "COM-05", "PLAN-01"}
    assert changed <= set(FIRING)


@pytest.mark.parametrize("base", BASES[1:])
@pytest.mark.parametrize("code", FIRING)
def test_firing_example_triggers_its_rule(code: str, base: Path) -> None:
    scan = pytest.importorskip("impltool.quickscan.scan")
    example = rule_docs()[code].fires_example
    assert example is not None
    data = _read(example)
    assert set(data) <= PLAN_KEYS, f"{code}: not plan sections: {set(data) - PLAN_KEYS}"
    assert all(len(line) <= 100 for line in example.splitlines()), code
    plan_text = _dump(_merged(copy.deepcopy(_base(base.read_text(encoding="utf-8"))), data))
    result = scan.scan_plan(load_text(plan_text, f"{code}-gaat-af.yaml"), TODAY)

    assert any(f.code == code for f in result.findings), (
        f"the firing example of {code} does not trigger it in {base.name}"
    )


def test_every_rule_lives_in_the_module_of_its_prefix_with_its_documentation_beside_it() -> None:
    """KPI-05 is checked in rules/kpi.py and explained in rules/kpi.yaml; a new prefix's module
    is listed in catalogue.RULE_MODULES, or it would never be loaded."""
    folder = catalogue.RULES_FOLDER
    on_disk = {p.stem for p in folder.glob("*.py") if not p.name.startswith("_")}
    assert on_disk == set(catalogue.RULE_MODULES)
    assert {p.stem for p in folder.glob("*.yaml")} == set(catalogue.RULE_MODULES)
    for code, registered in all_rules().items():
        prefix = code.split("-")[0].lower()
        assert registered.check.__module__.endswith(f".rules.{prefix}"), code
        documented = compiled.parse((folder / f"{prefix}.yaml").read_text(encoding="utf-8"))
        assert code in documented, code
