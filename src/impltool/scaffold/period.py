"""The period of a new plan: the default start and end, and the dates the user gives.

Dates are read by impl's one date grammar (impltool.dates); this module adds what `init`
needs on top: sensible defaults, a range of years, and dates at a fraction of the period.
"""

from __future__ import annotations

from datetime import date, timedelta

from .. import dates

MIN_YEAR, MAX_YEAR = 1900, 2999


def next_month_start(today: date) -> date:
    """The first day of the month after `today`: the default start of the period."""
    return (today.replace(day=1) + timedelta(days=32)).replace(day=1)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, month=3, day=1)


def default_end(start: date) -> date:
    """Two years minus one day after `start` (2026-01-01 → 2027-12-31)."""
    return _add_years(start, 2) - timedelta(days=1)


def default_start(today: date, end: date | None = None) -> date:
    """The first of next month; for an end date before that, two years before the end."""
    start = next_month_start(today)
    if end is not None and end < start:
        return _add_years(end + timedelta(days=1), -2)
    return start


def _within_years(day: date, text: str) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"{text.strip()!r}: kies een jaar tussen {MIN_YEAR} en {MAX_YEAR}")
    return day


def parse_date_option(text: str) -> date:
    """`--start` and `--eind`: exactly JJJJ-MM-DD, as every option and the plan."""
    return _within_years(dates.parse_date(text), text)


def parse_typed_date(text: str) -> date:
    """A date typed at the question: JJJJ-MM-DD, or D-M-JJJJ as Dutch people often type it."""
    return _within_years(dates.parse_typed_date(text), text)


def date_at(start: date, end: date, fraction: float) -> date:
    """The day at `fraction` (0 to 1) of the way from `start` to `end`."""
    return start + timedelta(days=round((end - start).days * fraction))
