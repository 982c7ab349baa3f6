"""The quickscan as text a non-programmer reads: scores per area, then what to do next.

Colour only on a terminal (and never with NO_COLOR); plain text when piped.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from collections.abc import Iterable
from typing import TextIO

from ..dutch import counted, long_date
from ..knowledge import toolkit
from ..quickscan.finding import Finding
from ..quickscan.scan import ScanResult
from . import PlanOutcome

_COLOURS = {
    "groen": "32",
    "oranje": "33",
    "rood": "31",
    "fout": "1;31",
    "waarschuwing": "1;33",
    "tip": "1;36",
    "vet": "1",
    "zacht": "2",
}
_MARK = {"fout": "✖", "waarschuwing": "▲", "tip": "●"}


class _Style:
    def __init__(self, stream: TextIO) -> None:
        self.colour = (
            stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
        )
        self.width = min(max(shutil.get_terminal_size((100, 24)).columns, 60), 100)

    def __call__(self, text: str, style: str | None) -> str:
        if not self.colour or style is None:
            return text
        return f"\x1b[{_COLOURS[style]}m{text}\x1b[0m"


def write_text(outcomes: Iterable[PlanOutcome], stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    style = _Style(stream)
    lines: list[str] = []
    totals = {"fout": 0, "waarschuwing": 0, "tip": 0, "geaccepteerd": 0}
    outcomes = list(outcomes)
    for outcome in outcomes:
        if outcome.result is None:
            continue  # input problems go to stderr, printed by the CLI
        result = outcome.result
        if lines:
            lines.append("")
        lines += _plan_report(result, style)
        for severity in ("fout", "waarschuwing", "tip"):
            totals[severity] += result.count(severity)
        totals["geaccepteerd"] += len(result.accepted)
    scanned = sum(1 for o in outcomes if o.result is not None)
    if scanned > 1:
        lines += ["", style(f"Alle {scanned} plannen samen: ", "vet") + _counts(totals)]
    if lines:
        stream.write("\n".join(lines) + "\n")


def _plan_report(result: ScanResult, style: _Style) -> list[str]:
    lines = [
        style(f"Quickscan van {result.file}", "vet"),
        f"{result.title} — beoordeeld op {long_date(result.today)}",
        "",
    ]
    name_width = max(len(a.name) for a in result.areas) + 2
    for area in result.areas:
        lines.append("  " + _score_line(area.name, area.score, area.light, name_width, style))
    lines.append("  " + "─" * (name_width + 16))
    lines.append(
        "  " + _score_line("Totaal", result.overall, result.overall_light, name_width, style)
    )
    mistakes = result.count("fout")
    if mistakes:
        # Contradictions are not a toolkit area, so the scores above do not show them.
        lines += [
            "",
            *_wrap(
                f"Let op: het plan spreekt zichzelf op {mistakes} "
                f"{'plek' if mistakes == 1 else 'plekken'} tegen (zie de fouten hieronder). "
                "Los dat eerst op; de scores tellen het niet mee.",
                "  ",
                "  ",
                style.width,
            ),
        ]

    by_area: dict[str, list[Finding]] = {}
    for finding in result.findings:
        by_area.setdefault(finding.area, []).append(finding)
    scores = {a.key: a for a in result.areas}
    for area_key, findings in by_area.items():
        area = scores.get(area_key)
        heading = toolkit().areas[area_key].name
        if area and area.score is not None:
            heading += f" ({area.score} %)"
        lines += ["", style(heading, "vet")]
        for finding in findings:
            lines += _finding_lines(finding, style)

    if result.accepted:
        lines += ["", style("Bewust geaccepteerd (quickscan.negeer):", "vet")]
        for item in result.accepted:
            lines += _wrap(
                f"{item.finding.code}: {item.finding.message} Reden: {item.reason}",
                "  ",
                "    ",
                style.width,
            )
    for code in result.unused_ignores:
        lines += [
            "",
            *_wrap(
                f"Let op: `negeer` voor {code} onderdrukt niets meer in dit plan; je kunt die "
                "regel weghalen.",
                "",
                "  ",
                style.width,
            ),
        ]
    counts = {s: result.count(s) for s in ("fout", "waarschuwing", "tip")}
    counts["geaccepteerd"] = len(result.accepted)
    lines += ["", style("Samenvatting: ", "vet") + _counts(counts)]
    if not result.findings:
        lines.append("Het plan dekt alle punten van de quickscan. Houd het bij!")
    return lines


def _score_line(name: str, score: int | None, light: str | None, width: int, style: _Style) -> str:
    if score is None:
        return f"{name:<{width}}{'–':>5}    geen regels van toepassing"
    return f"{name:<{width}}{score:>3} %  {style('●', light)} {light}"


def _finding_lines(finding: Finding, style: _Style) -> list[str]:
    head = (
        f"  {style(_MARK[finding.severity] + ' ' + finding.severity, finding.severity)} "
        f"{style(finding.code, 'vet')}  {style(finding.location, 'zacht')}"
    )
    return [
        head,
        *_wrap(finding.message, "    ", "    ", style.width),
        *_wrap("Wat nu: " + finding.suggestion, "    ", "      ", style.width),
        *[
            style(line, "zacht")
            for line in _wrap("Bron: " + finding.source, "    ", "      ", style.width)
        ],
    ]


def _wrap(text: str, first: str, rest: str, width: int) -> list[str]:
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def _counts(counts: dict[str, int]) -> str:
    text = ", ".join(
        (
            counted(counts["fout"], "fout", "fouten"),
            counted(counts["waarschuwing"], "waarschuwing", "waarschuwingen"),
            counted(counts["tip"], "tip", "tips"),
        )
    )
    if counts["geaccepteerd"]:
        text += f" ({counts['geaccepteerd']} bewust geaccepteerd)"
    return text
