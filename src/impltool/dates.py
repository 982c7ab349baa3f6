"""impl's one date grammar: plans, command options and `impl init`'s questions read dates here.

A plan and an option take exactly JJJJ-MM-DD (2027-01-03): one way to write a date, the
one the plan format promises, so a file and a command line never disagree. Python's
`date.fromisoformat` is not used for that: it also takes 20270103 and ISO weeks (2026W482).
At a question, where a person types and impl says back what it understood ("= 3 januari
2027"), the Dutch order D-M-JJJJ (3-1-2027, also with / or .) and JJJJ-M-D are welcome too.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# At a question only: 2027-1-3, and the Dutch order 3-1-2027, 3/1/2027, 3.1.2027.
TYPED_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
TYPED_DUTCH = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})")
# And in words, as in a letter: 1 februari 2027, 1 feb 2027, 1 feb. 2027.
TYPED_WORDS = re.compile(r"(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})")

EXAMPLE = "2026-03-01"
FORM = f"schrijf JJJJ-MM-DD, bijvoorbeeld {EXAMPLE}"
TYPED_FORM = (
    "schrijf JJJJ-MM-DD, D-M-JJJJ of de maand in letters, bijvoorbeeld 2026-03-01, 1-3-2026 "
    "of 1 maart 2026"
)


class DateError(ValueError):
    """A value that is no date. `template` has `{waarde}` where the value goes, so the plan
    loader can hand it to pydantic as an error with its own type (`code`)."""

    def __init__(self, code: str, template: str, value: Any) -> None:
        self.code = code
        self.template = template
        self.shown = shown(value)
        super().__init__(template.format(waarde=self.shown))


def shown(value: Any) -> str:
    """A value as quoted in a message: text between quotes, true/false and numbers bare."""
    return f"'{value}'" if isinstance(value, str) else str(value).lower()


def parse_date(value: Any) -> date:
    """A date in a plan or an option: exactly JJJJ-MM-DD (a number or true is no date)."""
    match = ISO.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise DateError("datum", "{waarde} is geen datum; " + FORM, value)
    if not value.isascii():  # \d also takes other scripts' digits, like ٢٠٢٦
        raise DateError(
            "datum_cijfers",
            "in {waarde} staan andere cijfers dan 0 tot en met 9; " + FORM,
            value,
        )
    return _day(value, *match.groups())


def parse_typed_date(text: str) -> date:
    """A date typed at a question: JJJJ-MM-DD, JJJJ-M-D or D-M-JJJJ."""
    value = text.strip()
    if match := TYPED_ISO.fullmatch(value):
        return _day(value, *match.groups())
    if match := TYPED_DUTCH.fullmatch(value):
        day, _separator, month, year = match.groups()
        return _day(value, year, month, day)
    if (match := TYPED_WORDS.fullmatch(value)) and value.isascii():
        day, month_word, year = match.groups()
        number = _month_number(month_word.lower())
        if number is None:
            raise DateError(
                "datum_maand", "in {waarde} herken ik de maand niet; " + TYPED_FORM, value
            )
        return _day(value, year, str(number), day)
    raise DateError("datum", "{waarde} is geen datum; " + TYPED_FORM, value)


def _month_number(word: str) -> int | None:
    """1 to 12 for a Dutch month name or its usual short form (sept and maa included)."""
    from .dutch import MONTHS, SHORT_MONTHS

    for number, (name, short) in enumerate(zip(MONTHS, SHORT_MONTHS, strict=True), start=1):
        if word in (name, short) or (len(word) >= 3 and name.startswith(word)):
            return number
    return None


def _day(text: str, year: str, month: str, day: str) -> date:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise DateError("datum_bestaat_niet", "de datum {waarde} bestaat niet", text) from None
