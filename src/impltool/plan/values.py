"""The value types a plan's fields use (dates, numbers, counts, yes/no, lists), each with
Dutch errors that pydantic passes on, and the base model every section of a plan shares."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from ..dates import DateError, parse_date, shown


class OnDocument:
    """Marks a plan field that `impl render` shows under the document's title (see
    render/view/document.py), so the document needs no change for a new one."""


def _parse_date(value: Any) -> Any:
    if isinstance(value, date) or value is None:
        return value
    try:
        return parse_date(value)
    except DateError as error:
        raise PydanticCustomError(error.code, error.template, {"waarde": error.shown}) from None


# More than any count or amount in a plan, and still exact as a float, so the quickscan
# can compute with every number (a 400-digit number made float() overflow).
MAX_DIGITS = 15


def _too_large() -> PydanticCustomError:
    return PydanticCustomError(
        "getal_te_groot",
        "dit getal is te groot; een getal in een plan heeft hoogstens {cijfers} cijfers "
        "voor de komma",
        {"cijfers": MAX_DIGITS},
    )


def _in_range(number: float) -> Any:
    if not abs(number) < 10**MAX_DIGITS:
        raise _too_large()
    return number


def _integer(text: str) -> int:
    # Leading zeros go first and the length is checked before int(): Python refuses strings
    # of more than 4300 digits with an English message.
    sign, digits = (text[0], text[1:]) if text[:1] in "+-" else ("", text)
    digits = digits.lstrip("0") or "0"
    if len(digits) > MAX_DIGITS:
        raise _too_large()
    return int(sign + digits)


# How Dutch professionals write numbers that YAML would read otherwise (`6.800` is 6.8 to
# YAML): a thousands dot, several of them, a decimal comma, or both (`6.800,50`).
_THOUSANDS_DOT = re.compile(r"[-+]?[1-9]\d{0,2}\.\d{3}")
_THOUSANDS_DOTS = re.compile(r"[-+]?[1-9]\d{0,2}(\.\d{3}){2,}")
_DUTCH_FULL = re.compile(r"[-+]?[1-9]\d{0,2}(\.\d{3})+,\d+")
_DECIMAL_COMMA = re.compile(r"[-+]?\d*,\d+")
_PLAIN_INTEGER = re.compile(r"[-+]?\d+")
_PLAIN_DECIMAL = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)")


def _ambiguous(template: str, text: str, **extra: str) -> PydanticCustomError:
    return PydanticCustomError("getal_onzeker", template, {"waarde": text, **extra})


def _dutch_number(text: str) -> PydanticCustomError | None:
    """The error for a number written the Dutch way, which impl cannot read with certainty.

    Judged on the text as written in the file, never on what YAML would make of it.
    """
    if len(text) > 3 * MAX_DIGITS:
        # Digits by the hundred before the comma, however written: too large, and not worth
        # quoting back. (Many after it, as in 0.000…5, is a small number.)
        whole = re.match(r"[-+]?0*(\d*)", text)
        return _too_large() if whole and len(whole.group(1)) > MAX_DIGITS else None
    if _THOUSANDS_DOT.fullmatch(text):
        decimal = text.rstrip("0").rstrip(".")
        return _ambiguous(
            "is `{waarde}` bedoeld als {heel} of als {komma}? In een plan staat een punt voor "
            "de komma; schrijf {heel} als je {heel} bedoelt, of {punt} als je {komma} bedoelt",
            text,
            heel=text.replace(".", ""),
            komma=decimal.replace(".", ","),
            punt=decimal,
        )
    if _THOUSANDS_DOTS.fullmatch(text):
        return _ambiguous(
            "`{waarde}` heeft punten tussen de duizendtallen; schrijf het getal zonder punten: "
            "{heel}",
            text,
            heel=text.replace(".", ""),
        )
    if _DUTCH_FULL.fullmatch(text):
        return _ambiguous(
            "`{waarde}` is op zijn Nederlands geschreven; schrijf in een plan geen punten "
            "tussen de duizendtallen en een punt in plaats van de komma: {punt}",
            text,
            punt=text.replace(".", "").replace(",", "."),
        )
    if _DECIMAL_COMMA.fullmatch(text):
        point = text.replace(",", ".")
        if re.fullmatch(r"[-+]?[1-9]\d{0,2},\d{3}", text):
            return _ambiguous(
                "is `{waarde}` bedoeld als {heel} of als {punt}? Schrijf in een plan geen "
                "komma: {heel} voor het hele getal, {punt} voor een getal met decimalen",
                text,
                heel=text.replace(",", ""),
                punt=point,
            )
        return _ambiguous(
            "`{waarde}` heeft een komma; schrijf in een plan een punt voor de decimalen: {punt}",
            text,
            punt=point,
        )
    return None


def _not_a_number(value: Any) -> PydanticCustomError:
    return PydanticCustomError(
        "getal", "verwacht een getal, niet {waarde}", {"waarde": shown(value)}
    )


def parse_number(value: Any) -> Any:
    if isinstance(value, bool):
        raise _not_a_number(value)
    if value is None:
        return value
    if isinstance(value, int | float):
        return _in_range(value)
    if isinstance(value, str):
        text = value.strip().replace(" ", "")  # a space between thousands: 6 800
        if _PLAIN_INTEGER.fullmatch(text):
            return _integer(text)
        if (problem := _dutch_number(text)) is not None:
            raise problem
        if _PLAIN_DECIMAL.fullmatch(text):
            return _in_range(float(text))
    raise _not_a_number(value)


def _parse_count(value: Any) -> Any:
    if isinstance(value, str):
        text = value.strip().replace(" ", "")  # a space between thousands: 6 800
        if re.fullmatch(r"\+?\d+", text):
            return _integer(text)
        if (problem := _dutch_number(text)) is not None:
            raise problem
        if _PLAIN_DECIMAL.fullmatch(text):
            _integer(text.partition(".")[0] or "0")  # too large is said first
    if isinstance(value, int) and not isinstance(value, bool):
        return _in_range(value)
    raise PydanticCustomError(
        "heel_getal",
        "verwacht een heel getal (0, 1, 2, ...), niet {waarde}",
        {"waarde": shown(value)},
    )


def _strict_bool(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    raise PydanticCustomError(
        "ja_nee", "verwacht true of false, niet {waarde}", {"waarde": shown(value)}
    )


def none_to_empty_list(value: Any) -> Any:
    # `weten:` with nothing after it loads as null; the user means "no items yet".
    return [] if value is None else value


PlanDate = Annotated[date, BeforeValidator(_parse_date)]
Number = Annotated[float | int, BeforeValidator(parse_number)]
Count = Annotated[int, BeforeValidator(_parse_count)]
YesNo = Annotated[bool, BeforeValidator(_strict_bool)]


T = TypeVar("T")
Items = Annotated[list[T], BeforeValidator(none_to_empty_list)]


def list_field(description: str, alias: str, title: str | None = None) -> Any:
    # A plain default: pydantic copies it per instance, and a default_factory costs about
    # 3 ms of start-up (pydantic inspects the signature of `list` for each field).
    return Field(default=[], alias=alias, title=title, description=description)


class PlanModel(BaseModel):
    """Base for every part of a plan: Dutch keys only, unknown keys refused."""

    model_config = ConfigDict(
        extra="forbid",
        validate_by_alias=True,
        validate_by_name=False,
        serialize_by_alias=True,
        defer_build=True,
        str_strip_whitespace=True,
    )
