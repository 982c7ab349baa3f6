"""Dutch wording that does not depend on the machine's locale: dates, numbers, counted nouns,
enumerations and wrapped lines. Every module writes its Dutch words with these helpers."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from datetime import date

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

SHORT_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def long_date(day: date) -> str:
    """`1 maart 2025`."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """`1 mrt 2025`, for tables where width counts."""
    return f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"


def counted(number: int, singular: str, plural: str) -> str:
    """`1 fout`, `3 fouten`."""
    return f"{number} {singular if number == 1 else plural}"


def upper_first(text: str) -> str:
    """`A7 training` stays, `training gegeven` → `Training gegeven`: a sentence's capital."""
    return text[:1].upper() + text[1:]


def enumeration(items: Iterable[str], last: str = "en") -> str:
    """`a, b en c`; with `last="of"`: `a, b of c`. Empty items are left out."""
    shown = [item for item in items if item]
    if len(shown) < 2:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} {last} {shown[-1]}"


def number(value: float | int | None) -> str:
    """12,5 and 1.500: decimal comma, dots between thousands; whole floats without `,0`."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    text = f"{value:,.10f}".rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """`text` in lines of at most `width`; the first line starts with `first`, the others with
    `rest`. A code like DOEL-02 or a key like `bij_wie` is never split over two lines."""
    return textwrap.wrap(
        text,
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
        break_long_words=False,
    )
