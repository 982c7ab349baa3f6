"""The quickscan as text a non-programmer reads: scores per area, then what to do next.

Colour only on a terminal (and never with NO_COLOR); plain text when piped. Every text that
came from the plan or its file name passes through `visible()` (impltool.shown).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable
from typing import TextIO

from ..dutch import counted, long_date
from ..dutch import wrap as wrap_words
from ..knowledge import toolkit
from ..quickscan.finding import Area, Finding, Severity
from ..quickscan.scan import AreaScore, ScanResult
from ..shown import visible
from . import PlanOutcome

_COLOURS = {
    "groen": "32",
    "oranje": "33",
    "rood": "31",
    Severity.FOUT: "1;31",
    Severity.WAARSCHUWING: "1;33",
    Severity.TIP: "1;36",
    "vet": "1",
    "zacht": "2",
}
_MARK = {Severity.FOUT: "✖", Severity.WAARSCHUWING: "▲", Severity.TIP: "●"}


class TerminalStyle:
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
    style = TerminalStyle(stream)
    lines: list[str] = []
    totals: dict[str, int] = {**{s: 0 for s in Severity}, "geaccepteerd": 0}
    outcomes = list(outcomes)
    for outcome in outcomes:
        if outcome.result is None:
            continue  # input problems go to stderr, printed by the CLI
        result = outcome.result
        if lines:
            lines.append("")
        lines += _plan_report(result, style)
        for severity in Severity:
            totals[severity] += result.count(severity)
        totals["geaccepteerd"] += len(result.accepted)
    scanned = sum(1 for o in outcomes if o.result is not None)
    if scanned > 1:
        lines += ["", style(f"Alle {scanned} plannen samen: ", "vet") + _counts(totals)]
    if lines:
        stream.write("\n".join(lines) + "\n")


def _plan_report(result: ScanResult, style: TerminalStyle) -> list[str]:
    lines = [
        style(f"Quickscan van {visible(result.file)}", "vet"),
        f"{visible(result.title)} — beoordeeld op {long_date(result.today)}",
        "",
        *_scores(result, style),
        *_findings_by_area(result, style),
        *_accepted(result, style),
    ]
    for use in result.unused_ignores:
        at = f" bij {use.where}" if use.where else ""
        lines += [
            "",
            *wrap(
                f"Let op: `negeer` voor {use.rule}{at} onderdrukt niets meer in dit plan; je "
                "kunt die regel weghalen.",
                style.width,
                "",
                "  ",
            ),
        ]
    counts: dict[str, int] = {s: result.count(s) for s in Severity}
    counts["geaccepteerd"] = len(result.accepted)
    lines += ["", style("Samenvatting: ", "vet") + _counts(counts)]
    if not result.findings:
        lines.append("Het plan dekt alle punten van de quickscan. Houd het bij!")
    return lines


def _scores(result: ScanResult, style: TerminalStyle) -> list[str]:
    """A score and light per area and in total, or why there are none yet."""
    if result.waiting:
        # A plan that contradicts itself gets no percentage a reader could take as a grade.
        return wrap(result.waiting_text + " Hieronder staat waar.", style.width, "  ", "  ")
    lines = []
    name_width = max(len(a.name) for a in result.areas) + 2
    for area in result.areas:
        line = _score_line(area.name, area.score, area.light, name_width, style)
        lines.append("  " + line + _why(area, result))
    lines.append("  " + "─" * (name_width + 16))
    lines.append(
        "  " + _score_line("Totaal", result.overall, result.overall_light, name_width, style)
    )
    return lines


def _findings_by_area(result: ScanResult, style: TerminalStyle) -> list[str]:
    by_area: dict[Area, list[Finding]] = {}
    for finding in result.findings:
        by_area.setdefault(finding.area, []).append(finding)
    scores = {a.key: a for a in result.areas}
    lines = []
    for area_key, findings in by_area.items():
        score = scores.get(area_key)
        heading = toolkit().areas[area_key].name
        if score and score.score is not None:
            heading += f" ({score.score} %)"
        lines += ["", style(heading, "vet")]
        for finding in findings:
            lines += _finding_lines(finding, style)
    return lines


def _accepted(result: ScanResult, style: TerminalStyle) -> list[str]:
    """The findings the plan accepts (quickscan.negeer) with their reasons."""
    if not result.accepted:
        return []
    lines = ["", style("Bewust geaccepteerd (quickscan.negeer):", "vet")]
    for item in result.accepted:
        at = f" (bij {item.where})" if item.where else ""
        lines += wrap(
            f"{item.finding.code}{at}: {item.finding.message} Reden: {item.reason}",
            style.width,
            "  ",
            "    ",
        )
    for use in result.ignores:
        if use.where is None and use.accepted:
            lines += wrap(
                f"`negeer` voor {use.rule} zonder `waar` geldt voor de hele regel en "
                f"accepteert {counted(use.accepted, 'bevinding', 'bevindingen')}; met "
                "`waar` (een code of fase) accepteer je alleen wat op die plek staat.",
                style.width,
                "  ",
                "    ",
            )
    return lines


def _why(area: AreaScore, result: ScanResult) -> str:
    """Why an area is not green although its score would be, or that it is empty."""
    if area.empty:
        return "  (nog leeg)"
    exact = area.exact
    if exact is None or exact < result.scoring.green or area.light == "groen":
        return ""
    return "  (waarschuwing open)"


def _score_line(
    name: str, score: int | None, light: str | None, width: int, style: TerminalStyle
) -> str:
    if score is None:
        return f"{name:<{width}}{'–':>5}    geen regels van toepassing"
    return f"{name:<{width}}{score:>3} %  {style('●', light)} {light}"


def _finding_lines(finding: Finding, style: TerminalStyle) -> list[str]:
    head = (
        f"  {style(_MARK[finding.severity] + ' ' + finding.severity, finding.severity)} "
        f"{style(visible(finding.code), 'vet')}  {style(visible(finding.location), 'zacht')}"
    )
    return [
        head,
        *wrap(
            finding.message,
            style.width,
            "    ",
            "    ",
        ),
        *wrap(
            "Wat nu: " + finding.suggestion,
            style.width,
            "    ",
            "      ",
        ),
        *[
            style(line, "zacht")
            for line in wrap(
                "Bron: " + finding.source,
                style.width,
                "    ",
                "      ",
            )
        ],
    ]


def wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """dutch.wrap on the text shown inert: plan text in it may not act (impltool.shown)."""
    return wrap_words(visible(text), width, first, rest)


def _counts(counts: dict[str, int]) -> str:
    text = ", ".join(
        (
            counted(counts[Severity.FOUT], "fout", "fouten"),
            counted(counts[Severity.WAARSCHUWING], "waarschuwing", "waarschuwingen"),
            counted(counts[Severity.TIP], "tip", "tips"),
        )
    )
    if counts["geaccepteerd"]:
        text += f" ({counts['geaccepteerd']} bewust geaccepteerd)"
    return text
