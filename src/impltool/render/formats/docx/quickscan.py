"""The quickscan in the document: the scores in the summary, the findings after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....dutch import counted
from ...view import LIGHT_SHAPES
from .tables import add_row, new_table, shade
from .text import clean

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.styles.style import ParagraphStyle

    from ...view import Scores

LIGHT_FILL = {"groen": "C6EFCE", "oranje": "FFE699", "rood": "F4B6B6"}


def write_scores(doc: WordDocument, scores: Scores) -> None:
    doc.add_heading("Quickscan", level=2)
    if scores.wacht:
        paragraph = doc.add_paragraph()
        paragraph.add_run(clean(scores.wacht)).bold = True
        paragraph.add_run(
            " De fouten staan bovenaan bij de bevindingen van de quickscan, op de volgende pagina."
        )
        return
    # Two areas per row: the summary has to fit one page.
    table = new_table(doc, ("Gebied", "Score en licht", "Gebied", "Score en licht"))
    shown = (scores.totaal, *scores.gebieden)
    for start in range(0, len(shown), 2):
        cells = add_row(table).cells
        for offset, score in enumerate(shown[start : start + 2]):
            name, value = cells[2 * offset], cells[2 * offset + 1]
            name.paragraphs[0].add_run(clean(score.naam)).bold = score is scores.totaal
            light = f" {LIGHT_SHAPES[score.licht]} {score.licht}" if score.licht else ""
            value.text = score.tekst + light
            if score.licht:
                shade(value, LIGHT_FILL[score.licht])


def write_findings(doc: WordDocument, scores: Scores, bullet: ParagraphStyle) -> None:
    doc.add_heading("Bevindingen van de quickscan", level=2)
    if scores.fouten:
        doc.add_paragraph().add_run("Fouten").bold = True
        for message in scores.fouten:
            doc.add_paragraph(clean(message), style=bullet)
    if scores.bevindingen:
        other = "andere " if scores.fouten else ""  # only after the fouten above it
        doc.add_paragraph().add_run(f"Belangrijkste {other}bevindingen").bold = True
        for finding in scores.bevindingen:
            paragraph = doc.add_paragraph(style=bullet)
            paragraph.add_run(clean(finding.label) + ": ").bold = True
            paragraph.add_run(clean(finding.tekst))
    if scores.meer:
        doc.add_paragraph(f"En nog {counted(scores.meer, 'bevinding', 'bevindingen')}.")
    if not scores.fouten and not scores.bevindingen:
        doc.add_paragraph("De quickscan vindt niets meer om te verbeteren.")
    if scores.geaccepteerd:
        doc.add_paragraph(
            f"{counted(scores.geaccepteerd, 'bevinding is', 'bevindingen zijn')} bewust "
            "geaccepteerd, met een reden in het plan."
        )
