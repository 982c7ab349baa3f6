"""HTML: one self-contained file to open in a browser, print on A4 or save as PDF.

CSS inline, the logo as a data URI, the timeline and the score chart as inline SVG drawn by
`svg.py`; no script and nothing fetched from a network. Jinja escapes every value
(autoescape), so plan text can never become markup.
"""

from __future__ import annotations

import base64
import re
from typing import TYPE_CHECKING

from markupsafe import Markup

from .md import context as base_context
from .svg import kpi_chart_svg, scores_svg, timeline_figures

if TYPE_CHECKING:
    from ..huisstijl import HouseStyle
    from ..view import Document

LONG_WORD = 24  # letters without a space before a word may break anywhere


def render(document: Document, style: HouseStyle | None) -> bytes:
    from ...errors import UserError
    from ..engine import (
        TemplateProblem,
        builtin_dir,
        check_blocks,
        make_environment,
        render_template,
    )

    env = make_environment(
        "html",
        style.folder if style else None,
        autoescape=True,
        filters={
            "tijdlijn_svg": timeline_figures,
            "scores_svg": scores_svg,
            "grafiek_svg": kpi_chart_svg,
            "kolom": column_class,
        },
        finalize=breakable,
    )
    css = (builtin_dir("html") / "stijl.css").read_text(encoding="utf-8")
    context = base_context(document) | {
        "css": _style_text(css),
        "huisstijl_css": _style_text(style.css) if style and style.css else None,
        "logo": _data_uri(style) if style and style.logo else None,
    }
    try:
        main = f"{document.soort}.html.j2"
        if style is not None:
            check_blocks(env, main)
        text = render_template(env, main, context)
    except TemplateProblem as problem:
        raise UserError(str(problem)) from None
    return inert(text).encode("utf-8", errors="backslashreplace")


def column_class(header: str) -> str:
    """`Boodschap` → `k-boodschap`: a class per column, by its header, so the style sheet
    (and a huisstijl.css) can give a column of prose the room it needs."""
    import re

    return "k-" + "-".join(re.findall(r"[a-z0-9]+", header.lower().replace("\u00ad", "")))


def inert(text: str) -> str:
    """A finished HTML page in which no control or bidi character reaches the page or a
    terminal, whoever wrote it, and no line can be a GitHub workflow command when the page
    is printed in a CI log. (U+200B stays: `breakable` puts it into long words as a place to
    break the line.)"""
    from ...shown import controls_visible

    text = controls_visible(
        text.replace("\r\n", "\n").replace("\r", "\n"), "\n\t\u200b", markup=True
    )
    return _WORKFLOW_LINE.sub(r"\1&#58;", text).replace("##[", "##&#91;")


_WORKFLOW_LINE = re.compile(r"^(\s*):(?=:)", re.MULTILINE)
_LONG_WORD = re.compile(r"\S{" + str(LONG_WORD) + ",}")


def breakable(value: object) -> object:
    """Plain text with a break opportunity (U+200B) inside very long words, so a pasted URL
    or a word of 100 letters wraps in its table cell instead of widening the page; markup
    (the SVG, the CSS) passes untouched."""
    if not isinstance(value, str) or isinstance(value, Markup):
        return value
    return _LONG_WORD.sub(
        lambda m: "\u200b".join(m.group(0)[i : i + 16] for i in range(0, len(m.group(0)), 16)),
        value,
    )


def _style_text(css: str) -> Markup:
    """CSS inside a <style> element: `</` could end the element early, so it never stays."""
    return Markup(css.replace("</", "<\\/"))


def _data_uri(style: HouseStyle) -> Markup:
    assert style.logo is not None
    encoded = base64.b64encode(style.logo.data).decode("ascii")
    return Markup(f"data:{style.logo.mime};base64,{encoded}")  # no breaks inserted
