"""The timeline as a native Word table: a row per activity, a column per month (per quarter
for long plans), the months it runs shaded.

Chosen over a picture because it stays sharp in print and at any zoom, a screen reader can
read it, it can be edited in Word like the rest, and it needs no image library: python-docx
cannot draw, and an SVG is not a picture Word 2016 shows everywhere.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ....domain.activity import ActivityStatus
from ....dutch import SHORT_MONTHS, shortened
from .page import usable_width
from .tables import add_row, new_table, set_widths, shade
from .text import clean

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import Table

    from ...view import Groep, Tijdlijn

STATUS_FILL = {
    ActivityStatus.DONE: "7F7F7F",
    ActivityStatus.RUNNING: "1F6FEB",
    ActivityStatus.PLANNED: "BDD7EE",
}
TODAY_FILL = "F4B6B6"
TIMELINE_NAME_CHARS = 70  # the full name is in the activity tables
MAX_MONTH_COLUMNS = 24  # beyond this, a column per quarter

Column = tuple[str, dt.date, dt.date]  # label, first day, first day after


def write_timeline(doc: WordDocument, timeline: Tijdlijn) -> None:
    columns = _columns(timeline)
    table = new_table(doc, ("Activiteit", *(label for label, _, _ in columns)))
    table.autofit = False
    today_column = None
    for index, (_, start, end) in enumerate(columns):
        if timeline.vandaag is not None and start <= timeline.vandaag < end:
            today_column = index + 1
            shade(table.rows[0].cells[index + 1], TODAY_FILL)
    for group in timeline.groepen:
        _group_rows(table, group, columns)
    _small_grid(table, usable_width(doc), len(columns))
    legend = doc.add_paragraph()
    legend.add_run("Legenda: ").bold = True
    legend.add_run(
        "donkergrijs = gereed, blauw = bezig, lichtblauw = gepland, ◆ = activiteit van één "
        "dag"
        + (", rode kop = de maand van vandaag" if today_column is not None else "")
        + ". Onder elke activiteit staan de data en de stand in woorden."
    ).font.size = Pt(8)


def _group_rows(table: Table, group: Groep, columns: list[Column]) -> None:
    """The group's name across the whole row, then a row per activity with its months."""
    row = add_row(table)
    merged = row.cells[0].merge(row.cells[-1])
    merged.text = ""
    merged.paragraphs[0].add_run(clean(group.naam)).bold = True
    for bar in group.balken:
        cells = add_row(table).cells
        name = cells[0].paragraphs[0]
        name.add_run(clean(shortened(bar.naam, TIMELINE_NAME_CHARS, "…")))
        detail = name.add_run()
        detail.add_break()
        detail.add_text(f"{bar.wanneer}, {bar.status.value}")
        detail.italic = True
        for index, (_, start, end) in enumerate(columns, start=1):
            if bar.start < end and bar.eind >= start:
                if bar.mijlpaal:
                    cells[index].paragraphs[0].add_run("◆").bold = True
                else:
                    shade(cells[index], STATUS_FILL.get(bar.status, "BDD7EE"))


def _small_grid(table: Table, usable: int, months: int) -> None:
    """Narrow month columns, a wide first column; small type so the grid fits a page."""
    first = Mm(70)
    rest = int((usable - first) / months)
    set_widths(table, [first] + [rest] * months)
    _narrow_margins(table)
    for row in table.rows:
        for index, cell in enumerate(row.cells):
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(7 if index else 8)


def _narrow_margins(table: Table) -> None:
    """Small cell margins, so a month name fits its narrow column."""

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "28")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.append(margins)


def _columns(timeline: Tijdlijn) -> list[Column]:
    """A column per month, or per quarter for long plans."""
    months = list(timeline.maanden)
    step = 1 if len(months) <= MAX_MONTH_COLUMNS else 3
    columns = []
    for index in range(0, len(months), step):
        start = months[index]
        end = months[index + step] if index + step < len(months) else timeline.einde
        if step == 1:
            label = SHORT_MONTHS[start.month - 1]
            if start.month == 1 or index == 0:
                label += f" {start.year % 100:02d}"
        else:
            label = f"K{(start.month - 1) // 3 + 1} {start.year % 100:02d}"
        columns.append((label, start, end))
    return columns
