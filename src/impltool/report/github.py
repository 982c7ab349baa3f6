"""The quickscan as GitHub Actions workflow annotations (`::warning file=...::...`)."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterable
from typing import TextIO

from ..quickscan.finding import Severity
from . import PlanOutcome

_LEVEL = {Severity.FOUT: "error", Severity.WAARSCHUWING: "warning", Severity.TIP: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _line(level: str, file: str, line: int, column: int, title: str, message: str) -> str:
    properties = ",".join(
        (
            f"file={_escape_property(file)}",
            f"line={line}",
            f"col={column}",
            f"title={_escape_property(title)}",
        )
    )
    return f"::{level} {properties}::{_escape_data(message)}"


def write_github(outcomes: Iterable[PlanOutcome], stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    outcomes = list(outcomes)
    _append_step_summary(outcomes)
    for outcome in outcomes:
        for problem in outcome.problems:
            stream.write(
                _line(
                    "error",
                    problem.file,
                    problem.line,
                    problem.column,
                    "impl: fout in plan",
                    problem.message,
                )
                + "\n"
            )
        if outcome.result is None:
            continue
        result = outcome.result
        if result.overall is not None:
            # The same numbers as the text and JSON reports, once per plan.
            areas = ", ".join(f"{a.name} {a.score} %" for a in result.areas if a.score is not None)
            stream.write(
                _line(
                    "notice",
                    result.file,
                    1,
                    1,
                    f"impl quickscan: {result.overall} % ({result.overall_light})",
                    f"Totaal {result.overall} % ({result.overall_light}). {areas}.",
                )
                + "\n"
            )
        for f in result.findings:
            stream.write(
                _line(
                    _LEVEL[f.severity],
                    f.file,
                    f.line,
                    f.column,
                    f"{f.code} ({f.severity})",
                    f"{f.message} Wat nu: {f.suggestion} Bron: {f.source}",
                )
                + "\n"
            )


def _append_step_summary(outcomes: list[PlanOutcome]) -> None:
    """GitHub lists only ten annotations of a kind per step; the job summary gets the whole
    text report. GitHub names the file in GITHUB_STEP_SUMMARY and expects us to append."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from .text import write_text

    report = io.StringIO()
    write_text(outcomes, report)
    with contextlib.suppress(OSError), open(target, "a", encoding="utf-8") as summary:
        summary.write(f"## impl quickscan\n\n```text\n{report.getvalue()}```\n")
