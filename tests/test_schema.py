"""The JSON Schema that editors use: Dutch, complete, in step with the loader and checked in.

The editor (YAML language server) reads a plan as YAML 1.2: `2025-01-01` and `yes` are text,
`8` is a number. A small validator for the keywords our schema uses stands in for it, so the
test needs no extra package.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import REPO, VOORBEELDEN
from impltool.plan import budget, model
from impltool.plan.load import load_text
from impltool.plan.schema import plan_schema, schema_json

CHECKED_IN = REPO / "schema" / "plan.schema.json"
KEYWORDS = {
    "definitions", "$ref", "$schema", "additionalProperties", "anyOf", "const", "default",
    "description", "enum", "format", "items", "pattern", "properties", "required", "title",
    "type",
}  # fmt: skip


class Yaml12Loader(yaml.SafeLoader):
    """Resolve plain scalars like YAML 1.2's core schema: no yes/no booleans, no dates."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def as_editor_reads(text: str) -> Any:
    return yaml.load(text, Loader=Yaml12Loader)  # a SafeLoader subclass: no Python tags


WRONG_KIND = " (verkeerde soort waarde)"
KINDS: dict[str, Any] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "null": type(None),
    "array": list,
    "object": dict,
}


def errors(value: Any, schema: dict[str, Any], root: dict[str, Any], path: str = "") -> list[str]:
    """What the editor would mark, as `path: reason` strings (empty when valid)."""
    if "$ref" in schema:
        schema = root["definitions"][schema["$ref"].removeprefix("#/definitions/")]
    if "anyOf" in schema:
        results = [errors(value, option, root, path) for option in schema["anyOf"]]
        if any(not result for result in results):
            return []
        # Report the option of the value's own kind (the list, not the null), as editors do.
        here = f"{path}: "
        deeper = [
            r for r in results if r != [r[0]] or not r[0].startswith(here) or WRONG_KIND not in r[0]
        ]
        return deeper[0] if deeper else [f"{path}: geen van de mogelijkheden past{WRONG_KIND}"]
    found = []
    kind = schema.get("type")
    if kind and (
        not isinstance(value, KINDS[kind]) or (kind in ("integer", "number") and value is True)
    ):
        return [f"{path}: verwacht {kind}{WRONG_KIND}"]
    if "const" in schema and value != schema["const"]:
        found.append(f"{path}: moet {schema['const']!r} zijn")
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{path}: {value!r} niet in {schema['enum']}")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        found.append(f"{path}: {value!r} past niet bij {schema['pattern']}")
    if schema.get("format") == "date":
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            found.append(f"{path}: {value!r} is geen datum")
    if kind == "array":
        for index, item in enumerate(value):
            found += errors(item, schema.get("items", {}), root, f"{path}[{index}]")
    if kind == "object":
        properties = schema.get("properties", {})
        found += [
            f"{path}: {key} ontbreekt" for key in schema.get("required", []) if key not in value
        ]
        for key, item in value.items():
            if key in properties:
                found += errors(item, properties[key], root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{path}: onbekende sleutel {key}")
    return found


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return plan_schema()


def test_schema_is_draft_7_with_only_keywords_the_validator_here_knows(schema) -> None:
    # Draft 7 is what the YAML language server fully supports; newer drafts only partly.
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    used: set[str] = set()

    def walk(part: Any) -> None:
        if isinstance(part, dict):
            used.update(part)
            for key, child in part.items():
                if key in ("properties", "definitions"):
                    for sub in child.values():
                        walk(sub)
                else:
                    walk(child)
        elif isinstance(part, list):
            for child in part:
                walk(child)

    walk(schema)
    assert used <= KEYWORDS, used - KEYWORDS


def test_schema_uses_the_dutch_keys_with_descriptions(schema) -> None:
    top = schema["properties"]
    assert {"formaat", "titel", "interventie", "doelgroepen", "fasen", "kpis"} <= set(top)
    assert schema["required"] == ["formaat", "titel", "interventie", "fasen"]
    assert set(schema["definitions"]["TargetGroup"]["properties"]) >= {"kanalen", "contactmomenten"}
    for name, part in [("Plan", schema), *schema["definitions"].items()]:
        # A Dutch name for the editor, set on the model itself (not pydantic's class name).
        config = getattr(model, name, None) or getattr(budget, name)
        assert "title" in config.model_config, f"give {name} a Dutch title"
        assert part["title"] == config.model_config["title"]
        assert part["additionalProperties"] is False  # the editor marks typos, like impl
        for key, prop in part["properties"].items():
            assert prop.get("description"), f"{name}.{key} has no description"
            assert prop["title"][0].isupper() and "_" not in prop["title"]


def test_vocabularies_are_offered_for_completion(schema) -> None:
    channel = schema["definitions"]["Channel"]["properties"]["soort"]
    assert channel["enum"] == ["massamedia", "persoonlijk"]
    phases = schema["definitions"]["Phases"]["properties"]
    assert list(phases) == ["ontwikkelen", "weten", "begrijpen", "willen", "doen", "blijven_doen"]


EXAMPLES = sorted(VOORBEELDEN.glob("*.y*ml"))


@pytest.mark.skipif(not EXAMPLES, reason="no voorbeelden yet")
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_the_editor_accepts_every_voorbeeld(schema, path: Path) -> None:
    assert errors(as_editor_reads(path.read_text(encoding="utf-8")), schema, schema) == []


ACCEPTED_BY_BOTH = """\
formaat: 1
titel: no
interventie:
  naam: Buurtgezinnen
  werkzame_elementen:
doelgroepen:
  - id: gezinnen
    type: profijtgroep
    contactmomenten: 8
    kanalen:
      - {naam: huisbezoek, soort: persoonlijk, online: false}
fasen:
  weten:
  doen: []
kpis:
  - id: K1
    nulmeting: '12.5'
    streefwaarde: 40
    metingen:
      - {datum: 2025-06-30, waarde: 3.5}
"""


def test_what_impl_accepts_the_editor_accepts_too(schema) -> None:
    load_text(ACCEPTED_BY_BOTH)  # valid for impl
    assert errors(as_editor_reads(ACCEPTED_BY_BOTH), schema, schema) == []


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("  naam: Buurtgezinnen", "  nam: Buurtgezinnen", ".interventie: onbekende sleutel nam"),
        ("soort: persoonlijk", "soort: persoonlijke", ".doelgroepen[0].kanalen[0].soort"),
        ("online: false", "online: nee", ".doelgroepen[0].kanalen[0].online"),
        ("2025-06-30", "30-06-2025", ".kpis[0].metingen[0].datum"),
        ("contactmomenten: 8", "contactmomenten: vaak", ".doelgroepen[0].contactmomenten"),
        ("formaat: 1", "formaat: 2", ".formaat"),
        ("streefwaarde: 40", "streefwaarde: '6.800'", ".kpis[0].streefwaarde"),
    ],
)
def test_the_editor_marks_what_impl_refuses(schema, old: str, new: str, where: str) -> None:
    found = errors(as_editor_reads(ACCEPTED_BY_BOTH.replace(old, new)), schema, schema)
    assert any(error.startswith(where) for error in found), found


def test_checked_in_schema_is_up_to_date() -> None:
    assert CHECKED_IN.is_file(), "schema/plan.schema.json is missing"
    assert CHECKED_IN.read_text(encoding="utf-8") == schema_json(), (
        "schema/plan.schema.json is out of date; update it with: "
        "impl schema -o schema/plan.schema.json"
    )
    json.loads(CHECKED_IN.read_text(encoding="utf-8"))


def test_the_editor_asks_for_a_reason_with_every_negeer() -> None:
    from impltool.plan.schema import plan_schema

    assert plan_schema()["definitions"]["Ignore"]["required"] == ["regel", "reden"]
