"""The quickscan as one JSON document, for dashboards and other tools."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from ..quickscan.finding import Finding
from . import PlanOutcome

JSON_VERSION = 1


def _finding(finding: Finding) -> dict[str, Any]:
    return finding._asdict()


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
        "areas": [
            {
                "area": a.key,
                "name": a.name,
                "score": a.score,
                "light": a.light,
                "rules_applicable": a.applicable,
                "rules_passed": a.passed,
            }
            for a in result.areas
        ],
        "findings": [_finding(f) for f in result.findings],
        "accepted": [{**_finding(a.finding), "reason": a.reason} for a in result.accepted],
        "unused_ignores": result.unused_ignores,
        "counts": {
            "fout": result.count("fout"),
            "waarschuwing": result.count("waarschuwing"),
            "tip": result.count("tip"),
            "accepted": len(result.accepted),
        },
    }


def write_json(outcomes: Iterable[PlanOutcome], stream: TextIO | None = None) -> None:
    document = {"version": JSON_VERSION, "plans": [_plan(o) for o in outcomes]}
    (stream or sys.stdout).write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
