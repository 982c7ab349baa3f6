"""The plan's JSON Schema, generated from the pydantic models (the single source of truth)."""

from __future__ import annotations

import json

from .model import Plan


def plan_schema() -> dict[str, object]:
    """JSON Schema (draft 2020-12) for plan files, keyed by the Dutch YAML names."""
    schema = Plan.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
    }


def schema_json() -> str:
    return json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"
