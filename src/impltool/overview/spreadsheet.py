"""`impl overzicht --formaat csv`, for Excel as it is set up in the Netherlands: `;` between
the columns, UTF-8 with a byte order mark (without it Excel reads é as Ã©), a decimal comma,
CRLF line ends and ISO dates (2026-02-01), which Excel recognises as dates.

A cell that a spreadsheet would read as a formula gets a leading apostrophe
(`spreadsheet_text`); the columns are those of columns.py that appear in "csv".
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from ..shown import visible
from .columns import CSV, Cell, Count, Text, table

if TYPE_CHECKING:
    from .rows import Overview

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_bytes(overview: Overview) -> bytes:
    shown = table(overview, CSV)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(column.header_in(CSV) for column in shown.columns)
    for _, cells in shown.rows:
        writer.writerow(_value(cell) for cell in cells)
    writer.writerow(_value(cell) for cell in shown.totals)
    return buffer.getvalue().encode("utf-8-sig")


def _value(cell: Cell | None) -> object:
    """A count as a number Excel can add up, text as text."""
    if cell is None:
        return ""
    if isinstance(cell, Count):
        return cell.value
    if isinstance(cell, Text):
        return spreadsheet_text(cell.value)
    raise TypeError(f"geen cel voor CSV: {type(cell).__name__}")


def spreadsheet_text(value: object) -> str:
    """Text from a plan or a file name, safe in a spreadsheet cell and on a terminal.

    A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (also after
    spaces) is a formula to Excel and LibreOffice, which can run commands or leak data
    (CSV injection); a leading apostrophe makes it text. Control characters show as marks.
    """
    text = "" if value is None else str(value)
    if text.lstrip(" ").startswith(FORMULA_START):
        text = "'" + text
    return visible(text)
