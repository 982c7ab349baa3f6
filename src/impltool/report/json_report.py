"""The quickscan as one JSON document, for dashboards and other tools."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from ..quickscan.finding import Finding, Severity
from ..shown import json_visible
from . import PlanOutcome

# 2: areas carry weights instead of rule counts, plus `empty`; findings carry `places`;
# `accepted` carries `waar`; `ignores` lists every `negeer` entry with what it accepted.
# 3: scoring v3: areas carry `lost` (the points their open rules cost) instead of weights;
# `waiting` is true while a fout is open, and then every `score` and `light` is null.
JSON_VERSION = 3


def _finding(finding: Finding) -> dict[str, Any]:
    return {**finding._asdict(), "places": list(finding.places)}


def _plan(outcome: PlanOutcome) -> dict[str, Any]:
    if outcome.result is None:
        return {
            "file": outcome.file,
            "valid": False,
            "problems": [
                {"line": p.line, "column": p.column, "message": p.message} for p in outcome.problems
            ],
        }
    result = outcome.result
    return {
        "file": outcome.file,
        "valid": True,
        "title": result.title,
        "date": result.today.isoformat(),
        "score": result.overall,
        "light": result.overall_light,
        "waiting": result.waiting,
        "areas": [
            {
                "area": a.key,
                "name": a.name,
                "score": a.score,
                "light": a.light,
                "empty": a.empty,
                "lost": a.lost,
            }
            for a in result.areas
        ],
        "findings": [_finding(f) for f in result.findings],
        "accepted": [
            {**_finding(a.finding), "reason": a.reason, "waar": a.where} for a in result.accepted
        ],
        "ignores": [
            {"rule": use.rule, "waar": use.where, "reason": use.reason, "accepted": use.accepted}
            for use in result.ignores
        ],
        "unused_ignores": [{"rule": use.rule, "waar": use.where} for use in result.unused_ignores],
        "counts": {
            **{s.value: result.count(s) for s in Severity},
            "accepted": len(result.accepted),
        },
    }


def write_json(outcomes: Iterable[PlanOutcome], stream: TextIO | None = None) -> None:
    """The document; characters that could act in a terminal or CI log are written as
    `\\uXXXX` escapes, which every JSON reader turns back into the exact text."""
    document = {"version": JSON_VERSION, "plans": [_plan(o) for o in outcomes]}
    text = json.dumps(document, ensure_ascii=False, indent=2)
    (stream or sys.stdout).write(json_visible(text) + "\n")
