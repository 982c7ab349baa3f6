"""`impl overzicht --formaat html`: one self-contained page to open, print or send.

Laid out by `templates/overzicht/overzicht.html.j2` in the document's Jinja environment
(render/engine.py: sandboxed, strict, autoescape), so every text from a plan or a file name
is escaped, and the page is made inert like a document's (render/formats/html.py). The
template lays out each kind of cell (its `soort`) once; the columns are those of columns.py
that appear in "html".
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from markupsafe import Markup

from ..dutch import short_date
from .columns import HTML, table
from .wording import KPI_NOTE, ORDER_TEXT, WAITING, WORK_NOTE, mean_text, percent, title_line

if TYPE_CHECKING:
    from .rows import Overview


def html_text(overview: Overview) -> str:
    from ..render.engine import make_environment, render_template
    from ..render.formats.html import inert
    from ..render.view import LIGHT_SHAPES, quoted_keys
    from ..resources import resource_dir

    env = make_environment(
        "html",
        autoescape=True,
        filters={"kort": short_date, "gemiddeld": mean_text, "procent": percent},
        builtin=resource_dir("templates") / "overzicht",
    )
    shown = table(overview, HTML)
    # The template lays out these kinds of cell; any other would silently shift the columns.
    cells = [cell for _, row in shown.rows for cell in row] + list(shown.totals)
    unknown = {cell.soort for cell in cells if cell is not None} - LAID_OUT
    if unknown:
        raise TypeError(f"overzicht.html.j2 has no layout for {sorted(unknown)}")
    context = {
        "titel": title_line(overview),
        "volgorde": ORDER_TEXT,
        "uitleg": f"{WORK_NOTE} {KPI_NOTE}",
        "wacht": WAITING,
        "symbolen": LIGHT_SHAPES,
        "kolommen": [(_header(c.header_in(HTML)), c.numeric, c.narrow) for c in shown.columns],
        "rijen": [
            (row.number, row.readable, quoted_keys(row.error_text), cells)
            for row, cells in shown.rows
        ],
        "totaal": shown.totals,
    }
    return inert(render_template(env, "overzicht.html.j2", context))


LAID_OUT = frozenset(
    {"telling", "tekst", "looptijd", "licht", "gemiddelde", "gereed", "plan", "totaal"}
)


def _header(text: str) -> Markup:
    """A header as element content (`&`, `<`, `>` escaped; an apostrophe needs nothing), with
    its soft hyphens written as `&shy;`, so the source shows where a header may break."""
    return Markup(html.escape(text, quote=False).replace("\u00ad", "&shy;"))
