"""The quickscan as GitHub Actions workflow annotations (`::warning file=...::...`).

Plan text goes through `visible()` (impltool.shown) first, then GitHub's own escaping, so
it can neither end the annotation nor start a command of its own.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable
from typing import TextIO

from ..errors import UserError
from ..quickscan.finding import Severity
from ..shown import fence, visible
from . import PlanOutcome

_LEVEL = {Severity.FOUT: "error", Severity.WAARSCHUWING: "warning", Severity.TIP: "notice"}


def _escape_data(text: str) -> str:
    return visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


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
    """The annotations, then the job summary; UserError when the summary cannot be written
    (GITHUB_STEP_SUMMARY names a FIFO, a folder, an unwritable file)."""
    stream = stream or sys.stdout
    outcomes = list(outcomes)
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
        if result.waiting:
            stream.write(
                _line(
                    "notice",
                    result.file,
                    1,
                    1,
                    "impl quickscan: nog geen score",
                    result.waiting_text,
                )
                + "\n"
            )
        elif result.overall is not None:
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
    _append_step_summary(outcomes)


def _append_step_summary(outcomes: list[PlanOutcome]) -> None:
    """GitHub lists only ten annotations of a kind per step; the job summary gets the whole
    text report. GitHub names the file in GITHUB_STEP_SUMMARY and expects us to append.

    The report sits in a code block whose fence is longer than any run of backticks in it,
    so no plan text can close the block and write Markdown of its own into the job page.
    """
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from ..files import append_regular, read_error_text
    from .text import write_text

    report = io.StringIO()
    write_text(outcomes, report)
    text = report.getvalue()
    marks = fence(text)
    try:
        append_regular(target, f"## impl quickscan\n\n{marks}text\n{text}{marks}\n")
    except OSError as error:
        raise UserError(
            f"de samenvatting kon niet naar GITHUB_STEP_SUMMARY ({target}): "
            f"{read_error_text(error)}"
        ) from None
