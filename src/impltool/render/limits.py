"""Document-size limits: how much of a huge plan a document shows.

A plan within the file limits can still hold 60,000 activities or 10,000 KPIs (aliases
repeat one activity cheaply). Word needs seconds per thousand table rows and a picture per
KPI chart, so a document of such a plan took minutes and gigabytes. No real plan comes near
these limits (a large one has a hundred activities and a few dozen KPIs); past them a list
is cut, the document says so where it is cut, and impl says so on stderr.

Applied to the view model, so Markdown, HTML and Word show the same.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..dutch import number

if TYPE_CHECKING:
    from .view import Blok, Document, Sectie

MAX_TABLE_ROWS = 500  # rows of one table
MAX_LIST_ITEMS = 500  # items of one bulleted list
MAX_TIMELINE_BARS = 300  # activities in the timeline
MAX_CHARTS = 60  # KPI charts in one document
MAX_SECTION_BLOCKS = 1000  # paragraphs, lists, tables and charts in one section


def limited(document: Document) -> tuple[Document, list[str]]:
    """`document` with every long list cut to its limit, and a sentence for each cut."""
    cuts: list[str] = []
    charts = [0]
    sections = {
        key: _section(section, cuts, charts) if section is not None else None
        for key, section in document.secties.items()
    }
    summary = _section(document.samenvatting, cuts, charts)
    if not cuts:
        return document, []
    return dataclasses.replace(document, samenvatting=summary, secties=sections), cuts


def _section(section: Sectie, cuts: list[str], charts: list[int]) -> Sectie:
    from .view import Grafiek, Groep, Opsomming, Tabel, Tijdlijn

    blocks: list[Blok] = []
    left_out_charts = 0
    for block in section.blokken:
        if len(blocks) >= MAX_SECTION_BLOCKS:
            total = len(section.blokken)
            blocks.append(_note(section, "onderdelen", MAX_SECTION_BLOCKS, cuts, total))
            break
        if isinstance(block, Tabel) and len(block.rijen) > MAX_TABLE_ROWS:
            blocks.append(dataclasses.replace(block, rijen=block.rijen[:MAX_TABLE_ROWS]))
            blocks.append(_note(section, "rijen", MAX_TABLE_ROWS, cuts, len(block.rijen)))
        elif isinstance(block, Opsomming) and len(block.items) > MAX_LIST_ITEMS:
            blocks.append(Opsomming(block.items[:MAX_LIST_ITEMS]))
            blocks.append(_note(section, "punten", MAX_LIST_ITEMS, cuts, len(block.items)))
        elif isinstance(block, Tijdlijn) and len(block.balken) > MAX_TIMELINE_BARS:
            left = MAX_TIMELINE_BARS
            groups = []
            for group in block.groepen:
                if left > 0:
                    groups.append(Groep(group.naam, group.balken[:left]))
                    left -= len(groups[-1].balken)
            blocks.append(dataclasses.replace(block, groepen=tuple(groups)))
            blocks.append(
                _note(section, "activiteiten", MAX_TIMELINE_BARS, cuts, len(block.balken))
            )
        elif isinstance(block, Grafiek):
            if charts[0] < MAX_CHARTS:
                charts[0] += 1
                blocks.append(block)
            else:
                left_out_charts += 1
        else:
            blocks.append(block)
    if left_out_charts:
        total = MAX_CHARTS + left_out_charts
        blocks.append(_note(section, "grafieken", MAX_CHARTS, cuts, total))
    return dataclasses.replace(section, blokken=tuple(blocks))


def _note(section: Sectie, what: str, limit: int, cuts: list[str], total: int) -> Blok:
    from .view import Alinea

    where = f"'{section.titel}'" if section.titel else "de samenvatting"
    text = (
        f"Ingekort: in {where} staan de eerste {number(limit)} van de {number(total)} {what}; "
        "zo veel past niet in een leesbaar document. De rest staat in het plan."
    )
    cuts.append(text)
    return Alinea(text)
