"""The document's body in reading order: the title block, each section with its blocks,
and the closing line. Tables, the timeline and the quickscan have modules of their own."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Mm, Pt

from ...view import Alinea, Grafiek, Opsomming, Scores, Tabel, Tijdlijn, Tussenkop
from .page import page_break, page_length, usable_width
from .quickscan import write_findings, write_scores
from .tables import write_table
from .text import clean
from .timeline import write_timeline

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.shape import InlineShape
    from docx.text.paragraph import Paragraph

    from ...huisstijl import HouseStyle
    from ...view import Document, Sectie


class Writer:
    def __init__(self, doc: WordDocument) -> None:
        self.doc = doc
        # The style object, not its name: python-docx looks a name up anew for every
        # paragraph, which made a long report's lists slow.
        self.bullet = doc.styles["List Bullet"]
        # The quickscan's findings, written after the summary's page: the summary shows the
        # lights and has to fit one page.
        self.findings: Scores | None = None

    def title_block(self, document: Document, style: HouseStyle | None) -> None:
        logo = style.png_logo if style is not None else None
        if logo is not None:
            self.doc.add_picture(io.BytesIO(logo.data), height=Mm(18))
        self.doc.add_heading(clean(document.titel), level=0)
        for line in document.titelblok:
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.space_after = 0
            paragraph.add_run(clean(line.kop) + " ").bold = True
            paragraph.add_run(clean(line.tekst))

    def section(self, section: Sectie) -> None:
        landscape = section.sleutel == "tijdlijn"
        if landscape:
            self._orientation(landscape=True)
        self.doc.add_heading(clean(section.titel), level=1)
        blocks = section.blokken
        for index, block in enumerate(blocks):
            written = self.block(block)
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if isinstance(following, Tabel | Grafiek | Tijdlijn | Scores):
                # The words that introduce a table stay on its page.
                for paragraph in written:
                    paragraph.paragraph_format.keep_with_next = True
        if landscape:
            self._orientation(landscape=False)
        elif section.sleutel == "samenvatting":
            page_break(self.doc)  # the summary is a page of its own
            if self.findings:
                write_findings(self.doc, self.findings, self.bullet)
                self.findings = None

    def _orientation(self, landscape: bool) -> None:
        """A new section on a new page, turned for the wide timeline and back again."""

        previous = self.doc.sections[-1]
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        short, long = sorted(
            (page_length(previous.page_width), page_length(previous.page_height, 297))
        )
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (long, short) if landscape else (short, long)

    def closing(self, text: str) -> None:
        paragraph = self.doc.add_paragraph()
        paragraph.add_run(clean(text)).italic = True

    def block(self, block: object) -> list[Paragraph]:
        """Write one block; returns the paragraphs of text it wrote (not tables, pictures)."""
        written: list[Paragraph] = []
        if isinstance(block, Alinea):
            paragraph = self.doc.add_paragraph()
            if block.label:
                paragraph.add_run(clean(block.kop) + (" " if block.tekst else "")).bold = True
            paragraph.add_run(clean(block.tekst))
            written.append(paragraph)
        elif isinstance(block, Opsomming):
            for item in block.items:
                paragraph = self.doc.add_paragraph(style=self.bullet)
                if item.label:
                    paragraph.add_run(clean(item.kop) + " ").bold = True
                paragraph.add_run(clean(item.tekst))
                written.append(paragraph)
        elif isinstance(block, Tussenkop):
            self.doc.add_heading(clean(block.tekst), level=2)
        elif isinstance(block, Tabel):
            write_table(self.doc, block)
        elif isinstance(block, Tijdlijn):
            write_timeline(self.doc, block)
        elif isinstance(block, Scores):
            write_scores(self.doc, block)
            self.findings = block
        elif isinstance(block, Grafiek):
            self.chart(block)
        return written

    def chart(self, chart: Grafiek) -> None:
        """A KPI chart: a caption, the picture (its alternative text says what it shows),
        and a key in words."""
        from ..chart_png import chart_png  # Pillow: only for a document with charts

        caption = self.doc.add_paragraph()
        caption.paragraph_format.keep_with_next = True
        caption.add_run(clean(chart.naam)).bold = True
        unit = f" ({chart.eenheid})" if chart.eenheid else ""
        caption.add_run(clean(f"{unit}: {chart.oordeel}"))
        width = min(usable_width(self.doc), Mm(160))
        # The shape add_picture returns: `doc.inline_shapes[-1]` searched the whole
        # document for every chart.
        shape = self.doc.add_picture(io.BytesIO(chart_png(chart)), width=width)
        _alt_text(shape, chart.tekst)
        key = ["doorgetrokken lijn met punten: gemeten"]
        if chart.lijn:
            key.append("stippellijn: de lijn naar de streefwaarde")
        if chart.streefwaarde:
            key.append("ruit: streefwaarde")
        key.append("rode stippellijn: vandaag")
        self.doc.add_paragraph().add_run("; ".join(key) + ".").font.size = Pt(8)


def _alt_text(shape: InlineShape, text: str) -> None:
    """The picture's description (docPr/@descr), which Word reads aloud and shows as alt text."""
    properties = shape._inline.docPr
    properties.set("descr", clean(text)[:1000])
    properties.set("title", clean(text)[:250])
