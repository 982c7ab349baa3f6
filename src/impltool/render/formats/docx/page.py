"""The Word document before any content: the base (a house style's huisstijl.docx, or
impl's own look), A4 pages, the styles headings and lists need, and page numbers; and the
page measures the tables are laid out in."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.oxml import serialize_part_xml
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.section import Section, _Footer
    from docx.shared import Length
    from docx.text.paragraph import Paragraph

    from ...huisstijl import HouseStyle

NEEDED_STYLES = ("Title", "Heading 1", "Heading 2", "List Bullet", "Table Grid")
# impl's own look, unless huisstijl.docx brings its own: Word's current default font, with
# the family and a widely present alternative named, so a computer without it picks a
# similar sans-serif instead of python-docx's Cambria and Calibri of 2007.
BASE_FONT = "Aptos"
BASE_FONT_ALTERNATIVE = "Arial"


def base_document(style: HouseStyle | None) -> WordDocument:
    """A house style's Word base with its body dropped, or impl's own empty document."""
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


def page_length(value: Length | None, mm: int = 210) -> int:
    """A page measure in EMU; a house style's page that leaves it out gets A4's."""

    return int(value) if value is not None else int(Mm(mm))


def usable_width(doc: WordDocument) -> int:
    """The width between the margins of the last section, in EMU."""
    section = doc.sections[-1]
    return (
        page_length(section.page_width)
        - page_length(section.left_margin, 20)
        - page_length(section.right_margin, 20)
    )


def page_break(doc: WordDocument) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


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
