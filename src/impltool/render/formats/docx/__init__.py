"""Word (.docx) with python-docx: no Word, LibreOffice or pandoc needed to make it.

Sections are real headings (Word's built-in "Heading N" styles, "Kop N" in a Dutch Word, so
the navigation pane works), tables are real tables whose header row repeats on every page,
and the footer has page numbers. A house style's `huisstijl.docx` is the base document: its
styles, header and footer carry over; its body text is dropped.

- `page.py`: the base document, A4, fonts, styles, page numbers; the width between margins;
- `writer.py`: the body in reading order (title block, sections, blocks, charts);
- `tables.py`, `timeline.py`, `quickscan.py`: the blocks that are Word tables.

This package is imported only for a Word document (render picks the format module by name),
so its imports sit at the top; `impl check` never loads it (tests/test_startup.py).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from ....errors import UserError
from .page import base_document
from .text import clean
from .writer import Writer

if TYPE_CHECKING:
    from ...huisstijl import HouseStyle
    from ...view import Document


def render(document: Document, style: HouseStyle | None) -> bytes:
    try:
        doc = base_document(style)
    except Exception as error:  # noqa: BLE001 - a broken file fails in python-docx any way
        path = style.word_base if style else "huisstijl.docx"
        raise UserError(
            f"{path}: dit Word-document kan impl niet openen als huisstijl ({error}); "
            "sla het in Word opnieuw op als Word-document (.docx)"
        ) from None
    writer = Writer(doc)
    writer.title_block(document, style)
    for section in document.in_volgorde():
        writer.section(section)
    writer.closing(document.slot)
    doc.core_properties.title = clean(document.titel)[:250]
    doc.core_properties.author = clean(str(document.plan.get("auteur") or ""))[:250]
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
