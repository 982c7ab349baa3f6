"""Inline SVG drawn by impl: the timeline and the quickscan's score chart.

No library and no script: rectangles, lines and text on a fixed grid, every piece of plan
text escaped by markupsafe. Each bar has a `<title>` (hover text, and what a screen reader
reads). Status and lights are told by shape and words as well as colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from markupsafe import Markup, escape

from ...dutch import SHORT_MONTHS, number, short_date, shortened
from ..view import LIGHT_SHAPES, Balk, Grafiek, Punt, Scores, Tijdlijn
from . import chart as kpi  # the KPI chart's own measures (WIDTH here is the timeline's)

WIDTH = 1000  # the viewBox width; the figure scales to the page
LABEL_WIDTH = 330  # the column with the activity names
RIGHT_MARGIN = 10
AXIS_HEIGHT = 38  # years and months above the grid
ROW_HEIGHT = 24
BAR_HEIGHT = 13
LABEL_CHARS = 44  # longer names are cut with "…"; the full name is in the title
ROWS_PER_FIGURE = 24  # a figure never grows taller than a printed page


def _clip(text: str, limit: int) -> str:
    return shortened(text, limit, "…")


def _x(day: dt.date, timeline: Tijdlijn) -> float:
    """The x position of the start of `day` on the grid."""
    span = (timeline.einde - timeline.begin).days or 1
    grid = WIDTH - LABEL_WIDTH - RIGHT_MARGIN
    return LABEL_WIDTH + grid * (day - timeline.begin).days / span


def timeline_figures(timeline: Tijdlijn) -> list[tuple[str, Markup]]:
    """One (caption, svg) per phase, or per part of a phase when it has many activities,
    so that a printed page can break between figures."""
    figures = []
    for group in timeline.groepen:
        bars = group.balken
        parts = [bars[i : i + ROWS_PER_FIGURE] for i in range(0, len(bars), ROWS_PER_FIGURE)]
        for index, part in enumerate(parts):
            caption = group.naam if len(parts) == 1 else f"{group.naam} ({index + 1}/{len(parts)})"
            figures.append((caption, _timeline_svg(timeline, caption, part)))
    return figures


def _timeline_svg(timeline: Tijdlijn, caption: str, bars: Iterable[Balk]) -> Markup:
    bars = list(bars)
    height = AXIS_HEIGHT + ROW_HEIGHT * len(bars) + 6
    out = [
        f'<svg class="tijdlijn" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="{escape("Tijdlijn " + caption)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    out += _month_grid(timeline, height)
    for row, bar in enumerate(bars):
        out += _bar(timeline, bar, AXIS_HEIGHT + row * ROW_HEIGHT)
    if timeline.vandaag is not None:
        x = _x(timeline.vandaag, timeline)
        out.append(
            f'<line class="vandaag" x1="{x:.1f}" y1="{AXIS_HEIGHT - 4}" x2="{x:.1f}" '
            f'y2="{height}"/>'
            f'<text class="vandaag-tekst" x="{x - 4:.1f}" y="13" text-anchor="end">vandaag</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def _month_grid(timeline: Tijdlijn, height: int) -> list[str]:
    months = timeline.maanden
    width = (WIDTH - LABEL_WIDTH - RIGHT_MARGIN) / len(months)
    # Month names when they fit; otherwise a mark per quarter.
    every = 1 if width >= 26 else 3 if width >= 9 else 6
    out = []
    for index, month in enumerate(months):
        x = _x(month, timeline)
        if month.month == 1 or index == 0:
            out.append(
                f'<line class="jaarlijn" x1="{x:.1f}" y1="2" x2="{x:.1f}" y2="{height}"/>'
                f'<text class="jaar" x="{x + 3:.1f}" y="13">{month.year}</text>'
            )
        else:
            out.append(
                f'<line class="maandlijn" x1="{x:.1f}" y1="{AXIS_HEIGHT - 14}" x2="{x:.1f}" '
                f'y2="{height}"/>'
            )
        if (month.month - 1) % every == 0:
            out.append(
                f'<text class="maand" x="{x + width / 2:.1f}" y="{AXIS_HEIGHT - 8}" '
                f'text-anchor="middle">{SHORT_MONTHS[month.month - 1]}</text>'
            )
    out.append(
        f'<line class="as" x1="{LABEL_WIDTH}" y1="{AXIS_HEIGHT - 2}" '
        f'x2="{WIDTH - RIGHT_MARGIN}" y2="{AXIS_HEIGHT - 2}"/>'
    )
    return out


def _bar(timeline: Tijdlijn, bar: Balk, top: int) -> list[str]:
    status = bar.status.value  # also the class that colours the bar
    title = escape(f"{bar.naam}: {bar.wanneer}, {status}")
    middle = top + ROW_HEIGHT / 2
    out = [
        f'<text class="naam" x="{LABEL_WIDTH - 8}" y="{middle + 4:.1f}" text-anchor="end">'
        f"{escape(_clip(bar.naam, LABEL_CHARS))}</text>"
    ]
    x = _x(bar.start, timeline)
    if bar.mijlpaal:
        r = BAR_HEIGHT / 2 + 1
        points = f"{x:.1f},{middle - r:.1f} {x + r:.1f},{middle:.1f} {x:.1f},{middle + r:.1f} " + (
            f"{x - r:.1f},{middle:.1f}"
        )
        out.append(
            f'<polygon class="balk mijlpaal {status}" points="{points}">'
            f"<title>{title}</title></polygon>"
        )
    else:
        runs_on = bar.eind >= timeline.einde - dt.timedelta(days=1)  # past the grid's edge
        end = _x(timeline.einde if runs_on else bar.eind + dt.timedelta(days=1), timeline)
        width = max(end - x, 3.0)
        out.append(
            f'<rect class="balk {status}" x="{x:.1f}" y="{middle - BAR_HEIGHT / 2:.1f}" '
            f'width="{width:.1f}" height="{BAR_HEIGHT}" rx="3"><title>{title}</title></rect>'
        )
        if runs_on and bar.eind > timeline.einde:
            out.append(
                f'<text class="verder" x="{x + width - 2:.1f}" y="{middle + 4:.1f}" '
                'text-anchor="end">→</text>'
            )
    return out


CHART_LABEL_WIDTH = 230
CHART_BAR_WIDTH = 320
CHART_ROW = 26


def scores_svg(scores: Scores) -> Markup:
    """A horizontal bar per area, with the score and the light in words beside it."""
    rows = [scores.totaal, *scores.gebieden]
    width = CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 160
    height = CHART_ROW * len(rows) + 8
    out = [
        f'<svg class="scores" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Scores van de quickscan per gebied" xmlns="http://www.w3.org/2000/svg">'
    ]
    for index, score in enumerate(rows):
        top = 4 + index * CHART_ROW
        middle = top + CHART_ROW / 2
        weight = ' font-weight="bold"' if index == 0 else ""
        out.append(
            f'<text x="{CHART_LABEL_WIDTH - 8}" y="{middle + 5:.1f}" text-anchor="end"{weight}>'
            f"{escape(score.naam)}</text>"
            f'<rect class="spoor" x="{CHART_LABEL_WIDTH}" y="{middle - 8:.1f}" '
            f'width="{CHART_BAR_WIDTH}" height="16" rx="3"/>'
        )
        light = score.licht or "geen"
        if score.procent is not None:
            length = CHART_BAR_WIDTH * score.procent / 100
            out.append(
                f'<rect class="score {light}" x="{CHART_LABEL_WIDTH}" y="{middle - 8:.1f}" '
                f'width="{length:.1f}" height="16" rx="3">'
                f"<title>{escape(score.naam)}: {score.tekst}, {light}</title></rect>"
            )
        words = score.tekst + (f" {LIGHT_SHAPES.get(light, '')} {light}" if score.licht else "")
        out.append(
            f'<text class="licht-tekst {light}" x="{CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 8}" '
            f'y="{middle + 5:.1f}"{weight}>{escape(words)}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def kpi_chart_svg(chart: Grafiek) -> Markup:
    """A KPI over time: metingen as a solid line with dots, the line to the target dashed,
    the target as a diamond, and today as a thin upright line; every label in words too."""
    place = kpi.layout(chart)
    out = [
        f'<svg class="kpi" viewBox="0 0 {kpi.WIDTH} {kpi.HEIGHT}" role="img" '
        f'aria-label="{escape(chart.tekst)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(chart.tekst)}</title>",
        *_kpi_grid(place),
    ]
    if place.today_inside:
        out.append(_kpi_today(place.x(chart.vandaag), place))
    out += _kpi_target(chart, place)
    if chart.metingen:
        out += _kpi_measured(chart.metingen, place)
    out.append("</svg>")
    return Markup("".join(out))


def _kpi_grid(place: kpi.ChartLayout) -> list[str]:
    """The raster lines with their value and date labels."""
    out = []
    for tick in place.y_ticks:
        out.append(
            f'<line class="raster" x1="{kpi.LEFT}" x2="{kpi.WIDTH - kpi.RIGHT}" '
            f'y1="{tick.at:.1f}" y2="{tick.at:.1f}"/><text class="as" x="{kpi.LEFT - 6}" '
            f'y="{tick.at + 4:.1f}" text-anchor="end">{escape(tick.label)}</text>'
        )
    for tick in place.x_ticks:
        out.append(
            f'<line class="raster" x1="{tick.at:.1f}" x2="{tick.at:.1f}" y1="{kpi.TOP}" '
            f'y2="{kpi.HEIGHT - kpi.BOTTOM}"/><text class="as" x="{tick.at:.1f}" '
            f'y="{kpi.HEIGHT - kpi.BOTTOM + 16}" text-anchor="middle">{escape(tick.label)}</text>'
        )
    return out


def _kpi_today(x: float, place: kpi.ChartLayout) -> str:
    at = (
        f'x="{x + 4:.1f}"'
        if place.fits_right(x + 4, "vandaag")
        else f'x="{x - 4:.1f}" text-anchor="end"'
    )
    return (
        f'<line class="vandaag" x1="{x:.1f}" x2="{x:.1f}" y1="{kpi.TOP - 8}" '
        f'y2="{kpi.HEIGHT - kpi.BOTTOM}"/><text class="as" {at} y="{kpi.TOP - 10}">'
        "vandaag</text>"
    )


def _kpi_target(chart: Grafiek, place: kpi.ChartLayout) -> list[str]:
    """The dashed line from the start value to the target, and the target's diamond."""
    out = []
    if len(chart.lijn) == 2:
        a, b = chart.lijn
        out.append(
            f'<line class="lijn" x1="{place.x(a.datum):.1f}" y1="{place.y(a.waarde):.1f}" '
            f'x2="{place.x(b.datum):.1f}" y2="{place.y(b.waarde):.1f}">'
            "<title>de lijn van begin naar streefwaarde</title></line>"
        )
    if chart.streefwaarde is not None:
        t = chart.streefwaarde
        x, y = place.x(t.datum), place.y(t.waarde)
        out.append(
            f'<path class="doel" d="M{x:.1f} {y - 7:.1f} L{x + 7:.1f} {y:.1f} L{x:.1f} '
            f'{y + 7:.1f} L{x - 7:.1f} {y:.1f} Z"><title>streefwaarde {number(t.waarde)} op '
            f"{escape(short_date(t.datum))}</title></path>"
        )
    return out


def _kpi_measured(points: Sequence[Punt], place: kpi.ChartLayout) -> list[str]:
    """The measurements as a line with dots, the last one labelled with its value."""
    path = " ".join(f"{place.x(p.datum):.1f},{place.y(p.waarde):.1f}" for p in points)
    out = [f'<polyline class="gemeten" points="{path}"/>']
    for p in points:
        out.append(
            f'<circle class="gemeten" cx="{place.x(p.datum):.1f}" cy="{place.y(p.waarde):.1f}" '
            f'r="4"><title>{escape(short_date(p.datum))}: {number(p.waarde)}</title></circle>'
        )
    last = points[-1]
    x, label = place.x(last.datum), number(last.waarde)
    at = (
        f'x="{x + 7:.1f}"'
        if place.fits_right(x + 7, label)
        else f'x="{x - 7:.1f}" text-anchor="end"'
    )
    out.append(f'<text class="waarde" {at} y="{place.y(last.waarde) - 7:.1f}">{label}</text>')
    return out
