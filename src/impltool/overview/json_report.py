"""`impl overzicht --formaat json`: the rows and totals for other programs, with English
keys. Text from a plan is written as JSON escapes where it could act in a log
(`json_visible`); a program reading it gets the original text."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .rows import ATTENTION_ORDER

if TYPE_CHECKING:
    from ..domain.line import Verdict
    from .rows import Overview, Row

# 2: quickscan scoring v3; while a fout is open a plan's `score`, `light` and area scores are
# null, `waiting` is true and `errors` lists each fout in words with its line.
OVERVIEW_JSON_VERSION = 2


def _verdict_counts(verdicts: dict[Verdict, int], total: int) -> dict[str, int]:
    from ..progress.json_report import VERDICT_KEYS

    return {"total": total} | {key: verdicts.get(v, 0) for v, key in VERDICT_KEYS.items()}


def _json_row(row: Row) -> dict[str, Any]:
    if not row.readable:
        return {
            "file": row.file,
            "valid": False,
            "error": row.error_text,
            "problems": [
                {"line": p.line, "column": p.column, "message": p.message} for p in row.problems
            ],
        }
    return {
        "file": row.file,
        "valid": True,
        "title": row.title,
        "organisation": row.organisation,
        "period": {"start": row.start.isoformat(), "end": row.end.isoformat()}
        if row.start and row.end
        else None,
        "score": row.score,
        "light": row.light,
        "waiting": row.waiting,
        "errors": list(row.error_words),
        "areas": [
            {"area": c.key, "name": c.name, "score": c.score, "light": c.light} for c in row.areas
        ],
        "counts": {"fout": row.errors, "waarschuwing": row.warnings, "tip": row.tips},
        "activities": {
            "counted": row.activities,
            "done": row.done,
            "share_done": row.share_done,
            "late": row.late,
        },
        "kpis": _verdict_counts(row.verdicts, row.kpis),
        "measuring_late": row.measuring_late,
    }


def json_document(overview: Overview) -> dict[str, Any]:
    totals = overview.totals
    return {
        "version": OVERVIEW_JSON_VERSION,
        "date": overview.today.isoformat(),
        "order": list(ATTENTION_ORDER),
        "plans": [_json_row(row) for row in overview.rows],
        "totals": {
            "plans": totals.plans,
            "unreadable": totals.unreadable,
            "mean_score": totals.score,
            "lights": totals.lights,
            "waiting": totals.waiting,
            "areas": [
                {"area": key, "name": name, "mean_score": mean} for key, name, mean in totals.areas
            ],
            "counts": {"fout": totals.errors, "waarschuwing": totals.warnings, "tip": totals.tips},
            "activities": {
                "counted": totals.activities,
                "done": totals.done,
                "share_done": totals.share_done,
                "late": totals.late,
            },
            "kpis": _verdict_counts(totals.verdicts, totals.kpis),
            "measuring_late": totals.measuring_late,
        },
    }


def json_text(overview: Overview) -> str:
    from ..shown import json_visible

    return json_visible(json.dumps(json_document(overview), ensure_ascii=False, indent=2)) + "\n"
