"""Tables in Word: a shaded header row that repeats on every page, rows that never split
across two pages, and fixed column widths that keep every header word whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from .page import usable_width
from .text import clean

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import Table, _Cell, _Row

    from ...view import Cel, Tabel

HEADER_FILL = "DCE6F0"
# Table text is 9 pt. A character of a wide sans-serif (DejaVu Sans, where LibreOffice lacks
# the base font) is up to about 0.66 em wide on average, 0.78 em in bold; a cell has about
# 16 pt of margins and borders. Used to give each column the width of its longest word, so a
# header never breaks inside a word ("Streefwaard|e").
TABLE_CHAR_PT = 9 * 0.66
TABLE_BOLD_CHAR_PT = 9 * 0.78
CELL_MARGINS_PT = 16
EMU_PER_PT = 12700
# A long body word may claim at most this share of the width; a header word always fits.
BODY_WORD_SHARE = 0.35


def new_table(doc: WordDocument, head: tuple[str, ...]) -> Table:
    """A table of one row: the bold, shaded header that repeats on every page."""
    table: Table = doc.add_table(rows=1, cols=len(head))
    table.style = doc.styles["Table Grid"]
    row = table.rows[0]
    _repeat_header(row)
    for cell, text in zip(row.cells, head, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(clean(text)).bold = True
        shade(cell, HEADER_FILL)
    return table


def write_table(doc: WordDocument, table: Tabel) -> None:
    word = new_table(doc, table.kop)
    rows = [*table.rijen, table.totaal] if table.totaal else list(table.rijen)
    weights = [
        max(len(head), *(len(_plain(row[c])) for row in rows)) ** 0.5 + 2
        for c, head in enumerate(table.kop)
    ]
    for index, row in enumerate(rows):
        closing = bool(table.totaal) and index == len(rows) - 1
        added = add_row(word)
        keep_row_whole(added)
        cells = added.cells
        for column, (cell, value) in enumerate(zip(cells, row, strict=True)):
            _cell(cell, value, bold=closing)
            if column in table.getallen:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_widths(word, _column_widths(table.kop, rows, weights, usable_width(doc)))
    doc.add_paragraph()


def _cell(cell: _Cell, value: Cel, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    if value.vet:
        paragraph.add_run(clean(value.vet) + (" " if value.tekst else "")).bold = True
    if value.tekst:
        paragraph.add_run(clean(value.tekst)).bold = bold or value.nadruk
    if value.klein:
        run = paragraph.add_run()
        if value.vet or value.tekst:
            run.add_break()
        run.add_text(clean(value.klein))
        run.italic = True
    for index, item in enumerate(value.lijst):
        run = paragraph.add_run()
        if index or value.vet or value.tekst:
            run.add_break()
        run.add_text(("• " if len(value.lijst) > 1 else "") + clean(item))


def add_row(table: Table) -> _Row:
    row: _Row = table.add_row()  # type: ignore[no-untyped-call]  # untyped in python-docx 1.x
    return row


def shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _repeat_header(row: _Row) -> None:
    """The row repeats at the top of every page the table runs onto."""

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
    keep_row_whole(row)


def keep_row_whole(row: _Row) -> None:
    """The row moves to the next page whole rather than splitting across two."""

    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _column_widths(
    head: tuple[str, ...], rows: list[tuple[Cel, ...]], weights: list[float], usable: int
) -> list[int]:
    """Widths in EMU: each column at least as wide as its longest header word (and, where
    there is room, its longest body word), the rest shared out by `weights`."""

    def longest(texts: list[str]) -> int:
        # A soft hyphen (Contact\u00admomenten) is a place the word may break.
        words = (word for text in texts for word in text.replace("\u00ad", " ").split())
        return max(map(len, words), default=0)

    def width(characters: int, per_character: float) -> float:
        return (characters * per_character + CELL_MARGINS_PT) * EMU_PER_PT

    header = [width(longest([text]), TABLE_BOLD_CHAR_PT) for text in head]
    body = [
        min(
            width(longest([_plain(row[c]) for row in rows]), TABLE_CHAR_PT),
            usable * BODY_WORD_SHARE,
        )
        for c in range(len(head))
    ]
    if sum(header) > usable:  # more columns than a page holds: share the page alike
        return [int(usable * w / sum(weights)) for w in weights]
    # Body words too, where all of them fit; otherwise the room goes by weight and only
    # long body words break (the headers never do).
    whole = [max(h, b) for h, b in zip(header, body, strict=True)]
    need = whole if sum(whole) <= usable else header
    spare = usable - sum(need)
    return [int(n + spare * w / sum(weights)) for n, w in zip(need, weights, strict=True)]


def _plain(value: Cel) -> str:
    return " ".join((value.vet, value.tekst, value.klein, *value.lijst))


def set_widths(table: Table, widths: list[int]) -> None:
    """Fixed column widths, in the grid (LibreOffice reads that) and in every cell (Word)."""

    table.autofit = False
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=False):
        column.set(qn("w:w"), str(int(width / 635)))  # EMU to twentieths of a point
    properties = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties.append(layout)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width
