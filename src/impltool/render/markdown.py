"""Markdown escaping and Dutch formatting: the filters the document templates use.

Plain Python, no Jinja: the template environment registers these as filters and globals.
Everything a plan author typed is escaped so it shows as literal text: a `|` never splits a
table cell, a `#` never becomes a heading, `<script>` never becomes HTML, `*x*` never turns
into emphasis and `[x](y)` never into a link. Text that is already Markdown (the output of
these functions) is marked with the `Markdown` type and passes through untouched, the way
markupsafe's `Markup` does for HTML.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..dutch import long_date, number
from ..shown import controls_visible

# Characters with an inline meaning somewhere in CommonMark or GFM (emphasis, code, links,
# HTML, tables, strikethrough, headings, GitHub math). A backslash before any ASCII
# punctuation makes it literal.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#$])")
# `&copy;` or `&#169;` would become an entity; a bare `&` is fine.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Markers that only mean something at the start of a line: a bullet ("- ", "+ "), a
# thematic break or setext underline ("---", "==="), an ordered list number ("1. ", "1) ").
_LINE_START_MARK = re.compile(r"^([-+])(?=\s|$)|^([-=])(?=[-=\s]*$)")
_ORDERED_MARK = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_SPACES = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


class Markdown(str):
    """Text that is already Markdown: the filters leave it as it is."""

    __slots__ = ()


def _plain(value: Any) -> str:
    """Any value as display text, before escaping; None is empty, dates read Dutch."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dt.date):
        return dutch_date(value)
    if isinstance(value, int | float):
        return number(value)
    if isinstance(value, list | tuple):
        return ", ".join(shown for shown in (_plain(item) for item in value) if shown)
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    # Control, bidi and invisible characters show as marks (`<U+202E>`), as everywhere.
    return controls_visible(text)


def _escape_line(line: str) -> str:
    line = _SPACES.sub(" ", line).strip()
    line = _INLINE_SPECIAL.sub(r"\\\1", line)
    line = _ENTITY.sub(r"\\&", line)
    line = _LINE_START_MARK.sub(lambda m: "\\" + m.group(0), line)
    if line.startswith("::"):  # a GitHub workflow command when the document is printed
        line = "\\" + line
    return _ORDERED_MARK.sub(r"\1\\\2", line)


def escape(value: Any) -> Markdown:
    """One line of literal text (line breaks become spaces), safe anywhere inline."""
    if isinstance(value, Markdown):
        return Markdown(" ".join(value.split("\n")))
    return Markdown(_escape_line(" ".join(_plain(value).split("\n"))))


def text_block(value: Any) -> Markdown:
    """Literal text that may span paragraphs: blank lines separate paragraphs, a single line
    break stays a line break (a backslash hard break, as in CommonMark)."""
    if isinstance(value, Markdown):
        return value
    paragraphs = _BLANK_LINES.split(_plain(value).strip())
    shown = []
    for paragraph in paragraphs:
        lines = [_escape_line(line) for line in paragraph.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            shown.append("\\\n".join(lines))
    return Markdown("\n\n".join(shown))


def cell(value: Any) -> Markdown:
    """A table cell: escaped, line breaks as `<br>`, a list as one bulleted item per line."""
    if isinstance(value, list | tuple):
        items: list[str] = [c for c in (cell(item) for item in value) if c]
        if len(items) > 1:  # a bullet per item: wrapped lines would blur where one ends
            items = ["•\u00a0" + item for item in items]
        return Markdown("<br>".join(items))
    if isinstance(value, Markdown):
        # Built from escaped parts, but a raw newline would still end the table row.
        return Markdown("<br>".join(line.strip() for line in value.split("\n")))
    lines = [_escape_line(line) for line in _plain(value).strip().split("\n")]
    return Markdown("<br>".join(line for line in lines if line))


def compose(template: str, *parts: Any) -> Markdown:
    """Markdown from a pattern with `{}` holes; every part is escaped text.

    `compose("**{}** {}", activity.id, activity.wat)` gives a bold id followed by the literal
    text. Only bare `{}` holes: no field names or format specs, so a pattern can reach
    nothing but its own parts.
    """
    pieces = str(template).split("{}")
    if len(pieces) - 1 != len(parts):
        raise ValueError(
            f"opmaak: het patroon heeft {len(pieces) - 1} keer {{}}, maar er zijn "
            f"{len(parts)} waarden"
        )
    out = [pieces[0]]
    for part, piece in zip(parts, pieces[1:], strict=True):
        if isinstance(part, list | tuple):
            out.append(", ".join(escape(p) for p in part if _plain(p)))
        else:
            out.append(escape(part) if not isinstance(part, Markdown) else part)
        out.append(piece)
    return Markdown("".join(out))


def dutch_date(value: dt.date | None) -> str:
    """1 maart 2025: month names from our own table, whatever the machine's locale."""
    return "" if value is None else long_date(value)
