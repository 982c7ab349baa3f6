"""A KPI chart (`Grafiek`) as a PNG picture for Word, drawn with Pillow from the same layout
as the HTML chart (chart.py). Word shows SVG only in recent versions and needs a picture
beside it anyway; a PNG opens everywhere, also in LibreOffice and on a phone.

Pillow is imported only here, so only `--formaat docx` with KPIs loads it.
"""

from __future__ import annotations

import functools
import io
from typing import Any

from ...dutch import number
from ..view import Grafiek
from .chart import BOTTOM, HEIGHT, LEFT, RIGHT, TOP, WIDTH, layout

SCALE = 3  # pixels per chart unit: sharp when printed at the width of a page
INK = (31, 35, 40)
SOFT = (87, 96, 106)
GRID = (208, 215, 222)
MEASURED = (31, 111, 235)
TARGET = (31, 78, 121)
TODAY = (179, 38, 30)


def chart_png(chart: Grafiek) -> bytes:
    from PIL import Image, ImageDraw

    place = layout(chart)
    image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), "white")
    draw = ImageDraw.Draw(image)
    font = _font(11)
    bold = _font(12, bold=True)

    def at(x: float, y: float) -> tuple[float, float]:
        return x * SCALE, y * SCALE

    for tick in place.y_ticks:
        draw.line([at(LEFT, tick.at), at(WIDTH - RIGHT, tick.at)], fill=GRID, width=SCALE)
        draw.text(at(LEFT - 6, tick.at), tick.label, fill=SOFT, font=font, anchor="rm")
    for tick in place.x_ticks:
        draw.line([at(tick.at, TOP), at(tick.at, HEIGHT - BOTTOM)], fill=GRID, width=SCALE)
        draw.text(at(tick.at, HEIGHT - BOTTOM + 12), tick.label, fill=SOFT, font=font, anchor="mm")
    if place.today_inside:
        x = place.x(chart.vandaag)
        _dashed(draw, at(x, TOP - 8), at(x, HEIGHT - BOTTOM), TODAY, 1.5 * SCALE, 4 * SCALE)
        if place.fits_right(x + 4, "vandaag"):
            draw.text(at(x + 4, TOP - 10), "vandaag", fill=SOFT, font=font, anchor="ls")
        else:
            draw.text(at(x - 4, TOP - 10), "vandaag", fill=SOFT, font=font, anchor="rs")
    if len(chart.lijn) == 2:
        a, b = chart.lijn
        start = at(place.x(a.datum), place.y(a.waarde))
        end = at(place.x(b.datum), place.y(b.waarde))
        _dashed(draw, start, end, SOFT, 2 * SCALE, 7 * SCALE)
    if chart.streefwaarde is not None:
        x, y = at(place.x(chart.streefwaarde.datum), place.y(chart.streefwaarde.waarde))
        r = 7 * SCALE
        draw.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], fill=TARGET)
    if chart.metingen:
        points = [at(place.x(p.datum), place.y(p.waarde)) for p in chart.metingen]
        if len(points) > 1:
            draw.line(points, fill=MEASURED, width=int(2.5 * SCALE), joint="curve")
        r = 4 * SCALE
        for x, y in points:
            draw.ellipse([x - r, y - r, x + r, y + r], fill=MEASURED, outline="white", width=SCALE)
        x, y = points[-1]
        last = number(chart.metingen[-1].waarde)
        if place.fits_right(x / SCALE + 7, last):
            draw.text((x + 7 * SCALE, y - 7 * SCALE), last, fill=INK, font=bold, anchor="ls")
        else:
            draw.text((x - 7 * SCALE, y - 7 * SCALE), last, fill=INK, font=bold, anchor="rs")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")  # not optimize=True: a quarter smaller, four times slower
    return buffer.getvalue()


@functools.cache  # a report with many KPIs looks the fonts up once
def _font(size: int, bold: bool = False) -> Any:
    """A scalable font when the system has DejaVu (most Linux) or Arial (Windows, macOS);
    otherwise Pillow's own (scalable from Pillow 10.1 with FreeType)."""
    from PIL import ImageFont

    names = ("DejaVuSans-Bold.ttf", "arialbd.ttf") if bold else ("DejaVuSans.ttf", "arial.ttf")
    for name in names:
        try:
            return ImageFont.truetype(name, size * SCALE)
        except OSError:
            continue
    return ImageFont.load_default(size * SCALE)


def _dashed(
    draw: Any,
    start: tuple[float, float],
    end: tuple[float, float],
    colour: tuple[int, int, int],
    width: float,
    dash: float,
) -> None:
    (x1, y1), (x2, y2) = start, end
    length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
    if length == 0:
        return
    steps = int(length // dash)
    for i in range(0, steps, 2):
        a, b = i * dash / length, min((i + 1) * dash / length, 1)
        draw.line(
            [(x1 + (x2 - x1) * a, y1 + (y2 - y1) * a), (x1 + (x2 - x1) * b, y1 + (y2 - y1) * b)],
            fill=colour,
            width=int(width),
        )
