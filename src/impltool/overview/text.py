"""`impl overzicht` on the terminal: a few lines per plan, most attention first, then the
totals. Every text from a plan or a file name passes through `visible()`."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from ..domain.line import Verdict
from ..dutch import counted
from ..render.view import LIGHT_SHAPES
from ..shown import visible
from .wording import (
    ORDER_TEXT,
    WAITING,
    lights_text,
    mean_text,
    percent,
    short_period,
    title_line,
    totals_label,
)

if TYPE_CHECKING:
    from ..report.text import TerminalStyle
    from .rows import Overview, Row


def write_text(overview: Overview, stream: TextIO) -> None:
    from ..report.text import TerminalStyle

    stream.write("\n".join(text_lines(overview, TerminalStyle(stream))) + "\n")


def text_lines(overview: Overview, style: TerminalStyle) -> list[str]:
    from ..report.text import wrap

    lines = [style(title_line(overview), "vet"), *wrap(ORDER_TEXT, style.width)]
    for row in overview.rows:
        lines.append("")
        if not row.readable:
            lines.append(
                style(f"{row.number}. {visible(row.file)}: kan niet gelezen worden", "rood")
            )
            lines += wrap(row.error_text, style.width, "   ", "     ")
            continue
        lines.append(style(f"{row.number}. {visible(row.title)}", "vet"))
        where = " · ".join(
            w for w in (visible(row.organisation or ""), short_period(row.start, row.end)) if w
        )
        if where:
            lines += wrap(where, style.width, "   ", "   ")
        lines.append(style(f"   {visible(row.file)}", "zacht"))
        if row.waiting:
            # No percentage a reader would take as a grade: the fout, what and where, instead.
            lines.append(f"   Quickscan {WAITING} · {_open_text(row.errors, row.warnings)}")
            for words in row.error_words:
                lines += wrap("Fout: " + words, style.width, "   ", "     ")
        else:
            score = "–" if row.score is None else f"{row.score} %"
            light = (
                f" {style(LIGHT_SHAPES[row.light] + ' ' + row.light, row.light)}"
                if row.light
                else ""
            )
            lines.append(f"   Quickscan {score}{light} · {_open_text(row.errors, row.warnings)}")
            lines += wrap("Per gebied: " + _areas_text(row), style.width, "   ", "     ")
        lines.append(f"   Activiteiten: {_activities_text(row.activities, row.done, row.late)}")
        lines.append(
            f"   KPI's: {_kpi_words(row.kpis, row.verdicts)}{_measuring(row.measuring_late)}"
        )
    totals = overview.totals
    lines += ["", style(f"Totaal: {totals_label(totals)}", "vet")]
    if totals.plans > totals.unreadable:
        lines.append(
            f"   Quickscan gemiddeld {mean_text(totals.score)} ({lights_text(totals)}) · "
            + _open_text(totals.errors, totals.warnings)
        )
        activities = _activities_text(totals.activities, totals.done, totals.late)
        lines.append(f"   Activiteiten: {activities}")
        kpis = _kpi_words(totals.kpis, totals.verdicts) + _measuring(totals.measuring_late)
        lines.append(f"   KPI's: {kpis}")
    return lines


def _kpi_words(kpis: int, verdicts: dict[Verdict, int]) -> str:
    """`2 op koers, 1 achter, 1 nog te vroeg (van 4)`: every KPI counted once."""
    if not kpis:
        return "geen"
    on_track = verdicts.get(Verdict.ON_TRACK, 0) + verdicts.get(Verdict.AHEAD, 0)
    parts = [f"{on_track} op koers", f"{verdicts.get(Verdict.BEHIND, 0)} achter"]
    for verdict in (Verdict.TOO_EARLY, Verdict.NOT_JUDGED):
        if verdicts.get(verdict):
            parts.append(f"{verdicts[verdict]} {verdict.value}")
    return f"{', '.join(parts)} (van {kpis})"


def _measuring(late: int) -> str:
    """`; 1 meting te laat`, when KPIs with a frequentie miss their next meting."""
    return f"; {counted(late, 'meting', 'metingen')} te laat" if late else ""


def _open_text(errors: int, warnings: int) -> str:
    return (
        f"{counted(errors, 'fout', 'fouten')}, "
        f"{counted(warnings, 'waarschuwing', 'waarschuwingen')} open"
    )


def _activities_text(counted_: int, done: int, late: int) -> str:
    if not counted_:
        return "nog geen"
    late_text = f", {late} te laat" if late else ""
    return f"{done} van {counted_} gereed ({percent(done / counted_)}){late_text}"


def _areas_text(row: Row) -> str:
    """The areas that are not green, by name; the green ones counted."""
    green = [c for c in row.areas if c.light == "groen"]
    other = [
        f"{c.name} {'–' if c.score is None else str(c.score) + ' %'}"
        + (f" {c.light}" if c.light else "")
        for c in row.areas
        if c.light != "groen"
    ]
    if not other:
        return f"alle {len(green)} gebieden groen"
    if not green:
        return ", ".join(other)
    return ", ".join(other) + f"; de andere {len(green)} groen"
