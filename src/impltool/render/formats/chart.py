"""Where everything goes in a KPI chart (`Grafiek`): one layout, drawn as SVG for HTML and as
a picture for Word, so both show the same axes, ticks and labels.

Coordinates are in chart units (WIDTH × HEIGHT); y grows downwards, as on a screen.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from ...dutch import SHORT_MONTHS, number
from ..view import Grafiek

WIDTH = 640
HEIGHT = 250
LEFT = 70  # the value labels
RIGHT = 20
TOP = 24
BOTTOM = 34  # the month labels
MAX_TICKS_X = 7
MAX_TICKS_Y = 10
LABEL_CHAR = 7.5  # about the width of one character of a label, in chart units


@dataclass(frozen=True)
class Tick:
    at: float  # x or y in chart units
    label: str


@dataclass(frozen=True)
class ChartLayout:
    chart: Grafiek
    first: dt.date
    last: dt.date
    low: float
    high: float
    y_ticks: tuple[Tick, ...]
    x_ticks: tuple[Tick, ...]

    def x(self, day: dt.date) -> float:
        span = (self.last - self.first).days or 1
        return LEFT + (WIDTH - LEFT - RIGHT) * (day - self.first).days / span

    def y(self, value: float) -> float:
        span = (self.high - self.low) or 1
        return TOP + (HEIGHT - TOP - BOTTOM) * (self.high - value) / span

    @property
    def today_inside(self) -> bool:
        return self.first <= self.chart.vandaag <= self.last

    def fits_right(self, x: float, text: str) -> bool:
        """Whether a label of `text` starting at `x` stays inside the chart; when not, it
        goes to the left of its point (it was cut off at the right edge)."""
        return x + LABEL_CHAR * len(text) <= WIDTH


def layout(chart: Grafiek) -> ChartLayout:
    points = chart.punten
    days = [p.datum for p in points] or [chart.vandaag]
    first, last = min(days), max(max(days), chart.vandaag)
    if last == first:  # a month of room; at the end of the calendar, before it
        if first <= dt.date.max - dt.timedelta(days=30):
            last = first + dt.timedelta(days=30)
        else:
            first = last - dt.timedelta(days=30)
    values = [p.waarde for p in points] or [0.0]
    low, high = min(values), max(values)
    if low >= 0 and low <= high / 2:
        low = 0.0  # counts start at zero, so bars of progress are not exaggerated
    step = _nice_step(high - low, max(abs(low), abs(high)))
    low = math.floor(low / step) * step
    high = math.ceil(high / step) * step
    if high <= low:
        high = low + step
    layout_ = ChartLayout(chart, first, last, low, high, (), ())
    scale, word = _scale(max(abs(low), abs(high)))
    # Counted, not added up: `value += step` stands still where a step is below one float
    # step of the value (near 1e15), and the loop never ends.
    count = min(MAX_TICKS_Y, max(1, round((high - low) / step)))
    y_ticks = []
    for index in range(count + 1):
        value = low + (high - low) * index / count
        label = number(round(value / scale, 6)) + (f" {word}" if word and value else "")
        y_ticks.append(Tick(layout_.y(value), label))
    x_ticks = [
        Tick(layout_.x(day), f"{SHORT_MONTHS[day.month - 1]} {day.year}")
        for day in _months(first, last)
    ]
    return ChartLayout(chart, first, last, low, high, tuple(y_ticks), tuple(x_ticks))


def _scale(largest: float) -> tuple[float, str]:
    """Large values on the axis in millions, billions (Dutch `miljard`) or more, so that a
    label fits the margin: `250 mln`, not `250.000.000`."""
    for scale, word in ((1e12, "bln"), (1e9, "mld"), (1e6, "mln")):
        if largest >= scale:
            return scale, word
    return 1.0, ""


def _nice_step(span: float, size: float) -> float:
    """A step of 1, 2 or 5 times a power of ten that cuts `span` into about four parts; for
    values too close together to tell apart (a span of 0, or less than a billionth of the
    values), a step that still reads as a scale."""
    span = max(span, size * 1e-9, 1e-9)
    raw = span / 4
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _months(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first days of months between the ends, every 1, 3, 6 or 12 months, at most
    MAX_TICKS_X of them."""
    months = (last.year - first.year) * 12 + last.month - first.month
    for every in (1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000):
        if months // every < MAX_TICKS_X:
            break
    ticks: list[dt.date] = []
    year, month = first.year, first.month
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        if year > dt.MAXYEAR:
            return ticks
        day = dt.date(year, month, 1)
        if day > last:
            return ticks
        if (month - 1) % every == 0 or every == 1:
            ticks.append(day)
