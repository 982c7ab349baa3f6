"""Dutch wording that does not depend on the machine's locale: dates and counted nouns."""

from __future__ import annotations

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


def enumeration(items: Iterable[str], last: str = "en") -> str:
    """`a, b en c`; with `last="of"`: `a, b of c`. Empty items are left out."""
    shown = [item for item in items if item]
    if len(shown) < 2:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} {last} {shown[-1]}"
