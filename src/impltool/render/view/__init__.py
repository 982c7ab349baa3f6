"""The document a plan becomes, before any format: the typed view model.

Every format (Markdown, HTML, Word) lays out this one model and decides nothing about
content: what the reader sees, in which order, what is left out (empty columns, sections
the plan does not have), and every sentence, is worked out here. That keeps the three
formats saying the same thing.

- `contract.py`: the records a format or a house-style template reads (`Document`,
  `Sectie`, the blocks); the contract for own templates (README, "Eigen huisstijl");
- `document.py`: `build_document`, the title block and the sections in order;
- `summary.py`, `sections.py`, `factors.py`, `timeline.py`, `budget.py`: the builders;
- `blocks.py`, `wording.py`: a table without empty columns, and text for readers.

Text here is for readers: no YAML keys, no backticks, no commands. Advice on fixing the
plan belongs in `impl check`.
"""

from .blocks import table
from .contract import (
    LIGHT_SHAPES,
    Alinea,
    Balk,
    Blok,
    Cel,
    Document,
    Grafiek,
    Groep,
    Opsomming,
    Punt,
    Regel,
    Score,
    Scores,
    Sectie,
    Tabel,
    Tijdlijn,
    Tussenkop,
)
from .document import SECTIONS, build_document
from .wording import quoted_keys, reader_text

__all__ = [
    "LIGHT_SHAPES",
    "SECTIONS",
    "Alinea",
    "Balk",
    "Blok",
    "Cel",
    "Document",
    "Grafiek",
    "Groep",
    "Opsomming",
    "Punt",
    "Regel",
    "Score",
    "Scores",
    "Sectie",
    "Tabel",
    "Tijdlijn",
    "Tussenkop",
    "build_document",
    "quoted_keys",
    "reader_text",
    "table",
]
