"""Word (.docx) with python-docx: no Word, LibreOffice or pandoc needed to make it.

Sections are real headings (Word's built-in "Heading N" styles, "Kop N" in a Dutch Word, so
the navigation pane works), tables are real tables whose header row repeats on every page,
and the footer has page numbers. A house style's `huisstijl.docx` is the base document: its
styles, header and footer carry over; its body text is dropped.

The timeline is a native table: a row per activity, a column per month (per quarter for
long plans), the months it runs shaded. Chosen over a picture because it stays sharp in
print and at any zoom, a screen reader can read it, it can be edited in Word like the rest,
and it needs no image library: python-docx cannot draw, and an SVG is not a picture Word
2016 shows everywhere.

This module is imported only for a Word document (render picks the format module by name),
so its imports sit at the top; `impl check` never loads it (tests/test_startup.py).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from typing import TYPE_CHECKING

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.oxml import serialize_part_xml
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ...domain.activity import ActivityStatus
from ...dutch import SHORT_MONTHS, counted, shortened
from ...errors import UserError
from ...shown import controls_visible
from ..view import (
    LIGHT_SHAPES,
    Alinea,
    Cel,
    Grafiek,
    Opsomming,
    Scores,
    Tabel,
    Tijdlijn,
    Tussenkop,
)

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.section import Section, _Footer
    from docx.shape import InlineShape
    from docx.shared import Length
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph

    from ..huisstijl import HouseStyle
    from ..view import Document, Sectie

HEADER_FILL = "DCE6F0"
STATUS_FILL = {
    ActivityStatus.DONE: "7F7F7F",
    ActivityStatus.RUNNING: "1F6FEB",
    ActivityStatus.PLANNED: "BDD7EE",
}
LIGHT_FILL = {"groen": "C6EFCE", "oranje": "FFE699", "rood": "F4B6B6"}
TODAY_FILL = "F4B6B6"
TIMELINE_NAME_CHARS = 70  # the full name is in the activity tables
MAX_MONTH_COLUMNS = 24  # beyond this, a column per quarter
NEEDED_STYLES = ("Title", "Heading 1", "Heading 2", "List Bullet", "Table Grid")
# impl's own look, unless huisstijl.docx brings its own: Word's current default font, with
# the family and a widely present alternative named, so a computer without it picks a
# similar sans-serif instead of python-docx's Cambria and Calibri of 2007.
BASE_FONT = "Aptos"
BASE_FONT_ALTERNATIVE = "Arial"
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


def render(document: Document, style: HouseStyle | None) -> bytes:
    try:
        doc = _base(style)
    except Exception as error:  # noqa: BLE001 - a broken file fails in python-docx any way
        path = style.word_base if style else "huisstijl.docx"
        raise UserError(
            f"{path}: dit Word-document kan impl niet openen als huisstijl ({error}); "
            "sla het in Word opnieuw op als Word-document (.docx)"
        ) from None
    writer = _Writer(doc)
    writer.title_block(document, style)
    for section in document.in_volgorde():
        writer.section(section)
    writer.closing(document.slot)
    doc.core_properties.title = _clean(document.titel)[:250]
    doc.core_properties.author = _clean(str(document.plan.get("auteur") or ""))[:250]
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _base(style: HouseStyle | None) -> WordDocument:
    if style is not None and style.word_base is not None:
        doc = docx.Document(str(style.word_base))
        body = doc.element.body
        for child in list(body):
            if not child.tag.endswith("}sectPr"):
                body.remove(child)
        _drop_attached_template(doc)
        _a4(doc.sections[0], only_where_missing=True)  # a page another program left open
    else:
        doc = docx.Document()
        _a4(doc.sections[0])  # A4, not python-docx's Letter
        _dutch_proofing(doc)
        _compact_styles(doc)
        _modern_font(doc)
    _ensure_styles(doc)
    _keep_headings_with_text(doc)
    _page_numbers(doc)
    return doc


def _a4(section: Section, only_where_missing: bool = False) -> None:
    """A4 with 20 mm margins; with `only_where_missing`, for the measures the page lacks."""
    measures = {
        "page_width": Mm(210),
        "page_height": Mm(297),
        **{f"{side}_margin": Mm(20) for side in ("left", "right", "top", "bottom")},
    }
    for name, value in measures.items():
        if not only_where_missing or getattr(section, name) is None:
            setattr(section, name, value)


def _drop_attached_template(doc: WordDocument) -> None:
    """Word fetches an attached template as the document opens, from wherever it points
    (huisstijl.load_house_style has told the user it is left out)."""

    part = doc.part._settings_part
    for element in part.element.findall(qn("w:attachedTemplate")):
        part.element.remove(element)
    rels = part.rels
    for key in [k for k, rel in rels.items() if rel.reltype.endswith("/attachedTemplate")]:
        del rels[key]


def _compact_styles(doc: WordDocument) -> None:
    """impl's own look: a smaller title and tighter paragraphs than python-docx's template,
    so the summary fits one page. A house style keeps its own."""

    doc.styles["Title"].font.size = Pt(22)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    doc.styles["Normal"].font.size = Pt(10)
    doc.styles["List Bullet"].paragraph_format.space_after = Pt(2)
    doc.styles["Table Grid"].font.size = Pt(9)


def _modern_font(doc: WordDocument) -> None:
    """BASE_FONT for all text: the document defaults and every style, which python-docx's
    template ties to the theme's fonts (a theme attribute wins over a font name)."""

    styles = doc.styles.element
    run_defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if run_defaults is not None and run_defaults.find(qn("w:rFonts")) is None:
        run_defaults.insert(0, run_defaults.makeelement(qn("w:rFonts"), {}))
    for fonts in styles.iter(qn("w:rFonts")):
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)
        for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(script), BASE_FONT)
    _font_table_entry(doc)


def _font_table_entry(doc: WordDocument) -> None:
    """Name BASE_FONT's family and alternative in the font table, so Word and LibreOffice
    substitute a sans-serif where it is not installed."""

    for relation in doc.part.rels.values():
        if relation.reltype != RELATIONSHIP_TYPE.FONT_TABLE:
            continue
        part = relation.target_part
        table = parse_xml(part.blob)
        namespace = table.nsmap["w"]
        entry = parse_xml(
            f'<w:font xmlns:w="{namespace}" w:name="{BASE_FONT}">'
            f'<w:altName w:val="{BASE_FONT_ALTERNATIVE}"/><w:family w:val="swiss"/>'
            '<w:pitch w:val="variable"/></w:font>'
        )
        table.append(entry)
        part._blob = serialize_part_xml(table)


def _keep_headings_with_text(doc: WordDocument) -> None:
    """A heading never stays alone at the foot of a page, whatever the base document says."""
    for name in NEEDED_STYLES[:3]:
        doc.styles[name].paragraph_format.keep_with_next = True


def _ensure_styles(doc: WordDocument) -> None:
    """A Word document only holds the styles it has used; take missing ones from
    python-docx's own template so headings and lists always work."""

    have = {s.name for s in doc.styles}
    missing = [name for name in NEEDED_STYLES if name not in have]
    if not missing:
        return
    default = docx.Document()
    for name in missing:
        doc.styles.element.append(copy.deepcopy(default.styles[name].element))


def _dutch_proofing(doc: WordDocument) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    run = defaults.find(qn("w:rPrDefault"))
    properties = run.find(qn("w:rPr")) if run is not None else None
    if properties is None:
        return
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = properties.makeelement(qn("w:lang"), {})
        properties.append(lang)
    lang.set(qn("w:val"), "nl-NL")


def _page_numbers(doc: WordDocument) -> None:
    """`Pagina 3 van 12` in the footer, unless a house style's footer already has text."""

    for section in doc.sections:
        footer = section.footer
        if any(p.text.strip() for p in footer.paragraphs) or _has_field(footer):
            continue
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run("Pagina ")
        _field(paragraph, "PAGE")
        paragraph.add_run(" van ")
        _field(paragraph, "NUMPAGES")


def _has_field(footer: _Footer) -> bool:
    xml = footer._element.xml
    return "PAGE" in xml and ("fldSimple" in xml or "instrText" in xml)


def _field(paragraph: Paragraph, code: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, f" {code} "), ("separate", None), ("end", None)):
        if kind is None:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
        if kind == "separate":
            shown = OxmlElement("w:t")
            shown.text = "1"
            run._r.append(shown)


def _shade(cell: _Cell, fill: str) -> None:
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
    _keep_row_whole(row)


def _keep_row_whole(row: _Row) -> None:
    """The row moves to the next page whole rather than splitting across two."""

    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _clean(text: str) -> str:
    """Text Word's XML can hold (python-docx refuses control characters outright), with
    control, bidi and invisible characters shown as marks like everywhere (impltool.shown)."""

    return controls_visible(str(text), keep="\t\n").replace("\n", " ")


class _Writer:
    def __init__(self, doc: WordDocument) -> None:
        self.doc = doc
        # The style object, not its name: python-docx looks a name up anew for every
        # paragraph, which made a long report's lists slow.
        self.bullet = doc.styles["List Bullet"]
        # The quickscan's findings, written after the summary's page: the summary shows the
        # lights and has to fit one page.
        self.findings: Scores | None = None

    # --- the parts of the document -----------------------------------------------------

    def title_block(self, document: Document, style: HouseStyle | None) -> None:
        logo = style.png_logo if style is not None else None
        if logo is not None:
            self.doc.add_picture(io.BytesIO(logo.data), height=Mm(18))
        self.doc.add_heading(_clean(document.titel), level=0)
        for line in document.titelblok:
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.space_after = 0
            paragraph.add_run(_clean(line.kop) + " ").bold = True
            paragraph.add_run(_clean(line.tekst))

    def section(self, section: Sectie) -> None:
        landscape = section.sleutel == "tijdlijn"
        if landscape:
            self._orientation(landscape=True)
        self.doc.add_heading(_clean(section.titel), level=1)
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
            _page_break(self.doc)  # the summary is a page of its own
            if self.findings:
                self.quickscan_findings(self.findings)
                self.findings = None

    def _orientation(self, landscape: bool) -> None:
        """A new section on a new page, turned for the wide timeline and back again."""

        previous = self.doc.sections[-1]
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        short, long = sorted((_length(previous.page_width), _length(previous.page_height, 297)))
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (long, short) if landscape else (short, long)

    def _usable_width(self) -> int:
        section = self.doc.sections[-1]
        return (
            _length(section.page_width)
            - _length(section.left_margin, 20)
            - _length(section.right_margin, 20)
        )

    def closing(self, text: str) -> None:
        paragraph = self.doc.add_paragraph()
        paragraph.add_run(_clean(text)).italic = True

    def block(self, block: object) -> list[Paragraph]:
        """Write one block; returns the paragraphs of text it wrote (not tables, pictures)."""
        written: list[Paragraph] = []
        if isinstance(block, Alinea):
            paragraph = self.doc.add_paragraph()
            if block.label:
                paragraph.add_run(_clean(block.kop) + (" " if block.tekst else "")).bold = True
            paragraph.add_run(_clean(block.tekst))
            written.append(paragraph)
        elif isinstance(block, Opsomming):
            for item in block.items:
                paragraph = self.doc.add_paragraph(style=self.bullet)
                if item.label:
                    paragraph.add_run(_clean(item.kop) + " ").bold = True
                paragraph.add_run(_clean(item.tekst))
                written.append(paragraph)
        elif isinstance(block, Tussenkop):
            self.doc.add_heading(_clean(block.tekst), level=2)
        elif isinstance(block, Tabel):
            self.table(block)
        elif isinstance(block, Tijdlijn):
            self.timeline(block)
        elif isinstance(block, Scores):
            self.scores(block)
        elif isinstance(block, Grafiek):
            self.chart(block)
        return written

    def chart(self, chart: Grafiek) -> None:
        """A KPI chart: a caption, the picture (its alternative text says what it shows),
        and a key in words."""
        from .chart_png import chart_png  # Pillow: only for a document with charts

        caption = self.doc.add_paragraph()
        caption.paragraph_format.keep_with_next = True
        caption.add_run(_clean(chart.naam)).bold = True
        unit = f" ({chart.eenheid})" if chart.eenheid else ""
        caption.add_run(_clean(f"{unit}: {chart.oordeel}"))
        width = min(self._usable_width(), Mm(160))
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

    # --- tables ---------------------------------------------------------------------------

    def _new_table(self, head: tuple[str, ...]) -> Table:
        table: Table = self.doc.add_table(rows=1, cols=len(head))
        table.style = self.doc.styles["Table Grid"]
        row = table.rows[0]
        _repeat_header(row)
        for cell, text in zip(row.cells, head, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(_clean(text)).bold = True
            _shade(cell, HEADER_FILL)
        return table

    def table(self, table: Tabel) -> None:
        word = self._new_table(table.kop)
        rows = [*table.rijen, table.totaal] if table.totaal else list(table.rijen)
        weights = [
            max(len(head), *(len(_plain(row[c])) for row in rows)) ** 0.5 + 2
            for c, head in enumerate(table.kop)
        ]
        for index, row in enumerate(rows):
            closing = bool(table.totaal) and index == len(rows) - 1
            added = _add_row(word)
            _keep_row_whole(added)
            cells = added.cells
            for column, (cell, value) in enumerate(zip(cells, row, strict=True)):
                self._cell(cell, value, bold=closing)
                if column in table.getallen:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _widths(word, _column_widths(table.kop, rows, weights, self._usable_width()))
        self.doc.add_paragraph()

    def _cell(self, cell: _Cell, value: Cel, bold: bool = False) -> None:
        paragraph = cell.paragraphs[0]
        if value.vet:
            paragraph.add_run(_clean(value.vet) + (" " if value.tekst else "")).bold = True
        if value.tekst:
            paragraph.add_run(_clean(value.tekst)).bold = bold or value.nadruk
        if value.klein:
            run = paragraph.add_run()
            if value.vet or value.tekst:
                run.add_break()
            run.add_text(_clean(value.klein))
            run.italic = True
        for index, item in enumerate(value.lijst):
            run = paragraph.add_run()
            if index or value.vet or value.tekst:
                run.add_break()
            run.add_text(("• " if len(value.lijst) > 1 else "") + _clean(item))

    # --- the timeline as a table grid -----------------------------------------------------

    def timeline(self, timeline: Tijdlijn) -> None:
        columns = _columns(timeline)
        head = ("Activiteit", *(label for label, _, _ in columns))
        table = self._new_table(head)
        table.autofit = False
        today_column = None
        for index, (_, start, end) in enumerate(columns):
            if timeline.vandaag is not None and start <= timeline.vandaag < end:
                today_column = index + 1
                _shade(table.rows[0].cells[index + 1], TODAY_FILL)
        for group in timeline.groepen:
            row = _add_row(table)
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run(_clean(group.naam)).bold = True
            for bar in group.balken:
                cells = _add_row(table).cells
                name = cells[0].paragraphs[0]
                name.add_run(_clean(_clip(bar.naam, TIMELINE_NAME_CHARS)))
                detail = name.add_run()
                detail.add_break()
                detail.add_text(f"{bar.wanneer}, {bar.status.value}")
                detail.italic = True
                for index, (_, start, end) in enumerate(columns, start=1):
                    if bar.start < end and bar.eind >= start:
                        if bar.mijlpaal:
                            cells[index].paragraphs[0].add_run("◆").bold = True
                        else:
                            _shade(cells[index], STATUS_FILL.get(bar.status, "BDD7EE"))
        # Narrow month columns, a wide first column; small type so the grid fits a page.
        usable = self._usable_width()
        first = Mm(70)
        rest = int((usable - first) / len(columns))
        _widths(table, [first] + [rest] * len(columns))
        _narrow_margins(table)
        for row in table.rows:
            for index, cell in enumerate(row.cells):
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(7 if index else 8)
        legend = self.doc.add_paragraph()
        legend.add_run("Legenda: ").bold = True
        legend.add_run(
            "donkergrijs = gereed, blauw = bezig, lichtblauw = gepland, ◆ = activiteit van één "
            "dag"
            + (", rode kop = de maand van vandaag" if today_column is not None else "")
            + ". Onder elke activiteit staan de data en de stand in woorden."
        ).font.size = Pt(8)

    # --- quickscan --------------------------------------------------------------------------

    def scores(self, scores: Scores) -> None:
        self.doc.add_heading("Quickscan", level=2)
        if scores.wacht:
            paragraph = self.doc.add_paragraph()
            paragraph.add_run(_clean(scores.wacht)).bold = True
            paragraph.add_run(
                " De fouten staan bovenaan bij de bevindingen van de quickscan, op de volgende "
                "pagina."
            )
        else:
            # Two areas per row: the summary has to fit one page.
            table = self._new_table(("Gebied", "Score en licht", "Gebied", "Score en licht"))
            shown = (scores.totaal, *scores.gebieden)
            for start in range(0, len(shown), 2):
                cells = _add_row(table).cells
                for offset, score in enumerate(shown[start : start + 2]):
                    name, value = cells[2 * offset], cells[2 * offset + 1]
                    name.paragraphs[0].add_run(_clean(score.naam)).bold = score is scores.totaal
                    light = f" {LIGHT_SHAPES[score.licht]} {score.licht}" if score.licht else ""
                    value.text = score.tekst + light
                    if score.licht:
                        _shade(value, LIGHT_FILL[score.licht])
        self.findings = scores

    def quickscan_findings(self, scores: Scores) -> None:
        self.doc.add_heading("Bevindingen van de quickscan", level=2)
        if scores.fouten:
            self.doc.add_paragraph().add_run("Fouten").bold = True
            for message in scores.fouten:
                self.doc.add_paragraph(_clean(message), style=self.bullet)
        if scores.bevindingen:
            other = "andere " if scores.fouten else ""  # only after the fouten above it
            self.doc.add_paragraph().add_run(f"Belangrijkste {other}bevindingen").bold = True
            for finding in scores.bevindingen:
                paragraph = self.doc.add_paragraph(style=self.bullet)
                paragraph.add_run(_clean(finding.label) + ": ").bold = True
                paragraph.add_run(_clean(finding.tekst))
        if scores.meer:
            self.doc.add_paragraph(f"En nog {counted(scores.meer, 'bevinding', 'bevindingen')}.")
        if not scores.fouten and not scores.bevindingen:
            self.doc.add_paragraph("De quickscan vindt niets meer om te verbeteren.")
        if scores.geaccepteerd:
            self.doc.add_paragraph(
                f"{counted(scores.geaccepteerd, 'bevinding is', 'bevindingen zijn')} bewust "
                "geaccepteerd, met een reden in het plan."
            )


def _length(value: Length | None, mm: int = 210) -> int:
    """A page measure in EMU; a house style's page that leaves it out gets A4's."""

    return int(value) if value is not None else int(Mm(mm))


def _page_break(doc: WordDocument) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _add_row(table: Table) -> _Row:
    row: _Row = table.add_row()  # type: ignore[no-untyped-call]  # untyped in python-docx 1.x
    return row


def _alt_text(shape: InlineShape, text: str) -> None:
    """The picture's description (docPr/@descr), which Word reads aloud and shows as alt text."""
    properties = shape._inline.docPr
    properties.set("descr", _clean(text)[:1000])
    properties.set("title", _clean(text)[:250])


def _clip(text: str, limit: int) -> str:
    return shortened(text, limit, "…")


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


def _widths(table: Table, widths: list[int]) -> None:
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


def _narrow_margins(table: Table) -> None:
    """Small cell margins, so a month name fits its narrow column."""

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "28")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.append(margins)


def _columns(timeline: Tijdlijn) -> list[tuple[str, dt.date, dt.date]]:
    """(label, first day, first day after) per column: months, or quarters for long plans."""
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
