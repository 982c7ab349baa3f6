"""`impl overzicht --formaat md`: one table, for reading on GitHub or GitLab.

Laid out with the document's Markdown machinery: every text from a plan or a file name is
escaped by render/markdown.py, and the page is tidied by render/formats/md.py like a
document. The columns are those of columns.py that appear in "md".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..render.formats.md import LIGHTS, tidy
from ..render.markdown import cell as text_cell
from ..render.markdown import compose, escape
from .columns import (
    MD,
    Cell,
    Count,
    Light,
    Mean,
    Period,
    PlanHead,
    Share,
    Text,
    TotalHead,
    table,
)
from .wording import (
    KPI_NOTE,
    ORDER_TEXT,
    WAITING,
    WORK_NOTE,
    mean_text,
    percent,
    short_period,
    title_line,
)

if TYPE_CHECKING:
    from .rows import Overview

LEGEND = f"Lichten van de quickscan: {', '.join(f'{s} {n}' for n, s in LIGHTS.items())}."


def markdown_text(overview: Overview) -> str:
    shown = table(overview, MD)
    lines = [
        f"# {escape(title_line(overview))}",
        "",
        escape(ORDER_TEXT),
        "",
        _line(escape(c.header_in(MD)) for c in shown.columns),
        "|" + "|".join("---:" if c.numeric else "---" for c in shown.columns) + "|",
        *(_line(_cell(c) for c in cells) for _, cells in shown.rows),
        _line(_cell(c) for c in shown.totals),
        "",
        escape(f"{LEGEND} {WORK_NOTE} {KPI_NOTE}"),
    ]
    return tidy("\n".join(lines))


def _line(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _cell(cell: Cell | None) -> str:
    """Any cell of the overview as Markdown, on one line."""
    if cell is None:
        return ""
    if isinstance(cell, Count):
        return str(cell.value)
    if isinstance(cell, Text):
        return text_cell(cell.value)
    if isinstance(cell, Period):
        return text_cell(short_period(cell.start, cell.end))
    if isinstance(cell, Share):
        return f"{cell.done} van {cell.counted} ({percent(cell.share)})" if cell.counted else ""
    if isinstance(cell, Light):
        return _light(cell)
    if isinstance(cell, Mean):
        return _mean(cell)
    if isinstance(cell, PlanHead):
        return _head(cell)
    if isinstance(cell, TotalHead):
        return f"**Totaal:** {escape(cell.label)}"
    raise TypeError(f"geen cel: {type(cell).__name__}")


def _light(cell: Light) -> str:
    if cell.waiting:
        return escape(WAITING)
    shown = "–" if cell.score is None else f"{cell.score}{' %' if cell.sign else ''}"
    return f"{shown} {LIGHTS[cell.light]}" if cell.light in LIGHTS else shown


def _mean(cell: Mean) -> str:
    if cell.value is None and not cell.lights:
        return ""
    shown = f"gem. {mean_text(cell.value) if cell.sign else cell.whole}"
    return f"{shown}<br>{escape(cell.lights)}" if cell.lights else shown


def _head(cell: PlanHead) -> str:
    if cell.problem:
        return compose("**kan niet gelezen worden:** {}", cell.problem)
    parts = [cell.title, *([cell.organisation] if cell.organisation else []), cell.file]
    pattern = "**{}**" + "<br>{}" * (len(parts) - 1) + "<br>**Fout:** {}" * len(cell.errors)
    return compose(pattern, *parts, *cell.errors)
