"""Dutch wording that does not depend on the machine's locale: dates, numbers, counted nouns,
enumerations and wrapped lines. Every module writes its Dutch words with these helpers."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

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


def lower_first(text: str) -> str:
    """`Deelnemers` → `deelnemers`, for a name used inside a sentence; an abbreviation or a
    code (`GGD-bereik`, `K1`) keeps its capital."""
    if text[1:2].isupper() or text[1:2].isdigit():
        return text
    return text[:1].lower() + text[1:]


COUNT_WORDS = ("nul", "één", "twee", "drie", "vier", "vijf", "zes")


def count_word(n: int) -> str:
    """`vier`: a small count as a word, a larger one as digits."""
    return COUNT_WORDS[n] if 0 <= n < len(COUNT_WORDS) else str(n)


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


def euro(value: float | int) -> str:
    """`€ 4.500` or `€ 1.250,50`: whole euros without cents."""
    if isinstance(value, float) and not value.is_integer():
        whole = f"{value:,.2f}"
        return "€\u00a0" + whole.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return "€\u00a0" + number(value)


def quantity(value: float | int | None, unit: str | None = None) -> str:
    """`600 deelnemers`: a number with its unit; empty when there is no number."""
    if value is None:
        return ""
    return f"{number(value)} {unit}".strip() if unit else number(value)


def period_text(start: date | None, end: date | None, short: bool = False) -> str:
    """`1 maart 2025 tot en met 30 juni 2025` (or `1 mrt 2025 – 30 jun 2025` short)."""
    show = short_date if short else long_date
    if start and end:
        if start == end:
            return show(start)
        return f"{show(start)} – {show(end)}" if short else f"{show(start)} tot en met {show(end)}"
    if start:
        return f"vanaf {show(start)}"
    if end:
        return f"tot en met {show(end)}"
    return ""


def month_span(start: date, end: date) -> str:
    """`feb 2026 – jun 2027`, or one month when both fall in it."""
    first = f"{SHORT_MONTHS[start.month - 1]} {start.year}"
    last = f"{SHORT_MONTHS[end.month - 1]} {end.year}"
    return first if first == last else f"{first} – {last}"


def shortened(text: str, limit: int, mark: str = " …") -> str:
    """`text` in at most `limit` characters, cut after a whole word and marked with `mark`.

    A reader must not see half a word ("Basistrai…"); only one word longer than the limit
    is cut inside itself, as nothing else fits.
    """
    if len(text) <= limit:
        return text
    room = text[: max(1, limit - len(mark)) + 1]
    cut = room.rsplit(" ", 1)[0] if " " in room.strip() else room[:-1]
    return cut.rstrip(" ,;:–-(") + mark


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


def half_up(value: float) -> int:
    """A whole number as people round: halves up (92,5 → 93), as `rounded` shows it."""
    exact = Decimal(repr(round(float(value), 9)))
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def rounded(value: float, whole: bool | None = None) -> str:
    """A value as the unit is counted: whole numbers stay whole, others get one decimal.

    Halves round up, as people round (92,5 → 93), not to the even neighbour as `round` does;
    rounding to nine decimals first drops the float noise of the straight line (92,4999…).
    """
    if whole is None:
        whole = float(value).is_integer()
    exact = Decimal(repr(round(float(value), 9)))
    shown = exact.quantize(Decimal(1) if whole else Decimal("0.1"), rounding=ROUND_HALF_UP)
    if shown.is_zero():
        shown = abs(shown)  # no "-0"
    whole_part, _, decimals = f"{shown:f}".partition(".")
    grouped = f"{int(whole_part):,}".replace(",", ".")
    if whole_part.startswith("-") and grouped[:1] != "-":
        grouped = "-" + grouped  # -0,5
    return f"{grouped},{decimals}" if decimals else grouped
