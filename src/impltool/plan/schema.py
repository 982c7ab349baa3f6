"""The plan's JSON Schema, generated from the pydantic models (the single source of truth).

Editors with the YAML language server use it to complete keys, show the Dutch descriptions
and mark mistakes while typing. The schema follows what the loader accepts, so the editor
never flags what `impl check` allows: an empty list (`weten:`) and a decimal comma
(`nulmeting: '12,5'`) are fine in both.
"""

from __future__ import annotations

import json
import typing
from typing import Any

from pydantic import BaseModel

from . import values
from .fields import key_of, label
from .model import Plan

# Draft 7: the version the YAML language server (VS Code and others) fully supports.
SCHEMA_URL = "http://json-schema.org/draft-07/schema#"
# A number as text the way the loader reads it: a decimal point, no comma, and not a dot
# that could be a Dutch thousands separator (`6.800`), which the loader refuses.
NUMBER_TEXT = r"^\s*(?![-+]?[1-9]\d{0,2}(\.\d{3})+\s*$)[-+]?(\d+(\.\d*)?|\.\d+)\s*$"


def plan_schema() -> dict[str, Any]:
    """JSON Schema (draft 7) for plan files, keyed by the Dutch YAML names."""
    schema = Plan.model_json_schema(
        by_alias=True, mode="validation", ref_template="#/definitions/{model}"
    )
    definitions = schema.pop("$defs", {})
    models: dict[str, type[BaseModel]] = {
        "Plan": Plan,
        **{cls.__name__: cls for cls in _models(Plan)},
    }
    for name, part in [("Plan", schema), *definitions.items()]:
        _adjust_properties(models[name], part.get("properties", {}))
    # The quickscan refuses a `negeer` without a reason (PLAN-02) rather than the loader,
    # but the editor may as well underline it while typing.
    definitions["Ignore"]["required"] = ["regel", "reden"]
    return {"$schema": SCHEMA_URL, **schema, "definitions": definitions}


def schema_json() -> str:
    return json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"


def _adjust_properties(cls: type[BaseModel], properties: dict[str, Any]) -> None:
    fields = {key_of(name, info): info for name, info in cls.model_fields.items()}
    for key, prop in properties.items():
        prop["title"] = label(fields[key], key)
        if any(isinstance(mark, values.OnDocument) for mark in fields[key].metadata):
            prop["description"] += " Staat op het document."
        validators = {getattr(m, "func", None) for m in fields[key].metadata}
        options = prop.get("anyOf", [prop])
        if "const" in prop and prop.get("enum") == [prop["const"]]:
            # pydantic 2.9 writes both for a one-value Literal; one schema for every version.
            del prop["enum"]
        if prop.get("default") == []:
            # An editor would offer `[]`, a flow list, where the plan wants block items.
            del prop["default"]
        if values.none_to_empty_list in validators and {"type": "null"} not in options:
            # `weten:` with nothing after it is an empty list to the loader.
            inner = {k: prop.pop(k) for k in ("type", "items") if k in prop}
            prop["anyOf"] = [inner, {"type": "null"}]
        if _uses(fields[key].annotation, values.Number) or values.parse_number in validators:
            options = prop.setdefault("anyOf", [])
            at = len(options) - 1 if {"type": "null"} in options else len(options)
            options.insert(at, {"type": "string", "pattern": NUMBER_TEXT})


def _uses(annotation: Any, alias: Any) -> bool:
    """Whether `annotation` (e.g. `Number | None`) contains the annotated type `alias`."""
    if annotation == alias:
        return True
    return any(_uses(arg, alias) for arg in typing.get_args(annotation))


def _models(root: type[BaseModel]) -> list[type[BaseModel]]:
    """Every model reachable from `root`'s fields."""
    found: list[type[BaseModel]] = []

    def visit(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation not in found:
                found.append(annotation)
                for info in annotation.model_fields.values():
                    visit(info.annotation)
            return
        for argument in typing.get_args(annotation):
            visit(argument)

    for info in root.model_fields.values():
        visit(info.annotation)
    return found
