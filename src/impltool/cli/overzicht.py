"""`impl overzicht`: many plans side by side, the one that needs attention most on top."""

from __future__ import annotations

import io
import sys
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .common import each_plan, parse_day, unreadable
from .group import app
from .options import ReplaceAny, StateDay, replacing_output
from .output import choose_format, emit, refuse_plan_name

if TYPE_CHECKING:
    from ..overview.rows import Overview, Row

OVERVIEW_FORMATS = {"tekst": ".txt", "json": ".json", "csv": ".csv", "md": ".md", "html": ".html"}


@app.command()
def overzicht(
    plans: Annotated[
        list[Path],
        typer.Argument(
            readable=False,  # impl says itself, in Dutch, what it cannot read
            metavar="MAP|PLAN...",
            help="Mappen met plannen (elk plan in *.yaml of *.yml erin), of planbestanden.",
            show_default=False,
        ),
    ],
    day: StateDay = None,
    medium: Annotated[
        str | None,
        typer.Option(
            "--formaat",
            "-f",
            metavar="tekst|json|csv|md|html",
            help="tekst (scherm), json (voor andere programma's), csv (voor Excel), md "
            "(Markdown) of html (webpagina). Standaard: wat de naam na -o zegt, anders tekst.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[str | None, replacing_output("het overzicht")] = None,
    force: ReplaceAny = False,
) -> None:
    """Overzicht: veel plannen naast elkaar, met quickscan, voortgang en KPI's; wat de meeste
    aandacht vraagt staat bovenaan."""
    from ..overview.rows import build_overview

    today = parse_day(day)
    chosen = choose_format(medium, output, OVERVIEW_FORMATS, default="tekst", what="overzicht")
    refuse_plan_name(output, OVERVIEW_FORMATS[chosen])
    rows = _rows(plans, today)
    _write(build_overview(rows, today), chosen, output, force)
    broken = sum(1 for row in rows if not row.readable)
    if broken:
        unreadable(
            broken,
            len(rows),
            "het overzicht noemt de eerste fout per plan, `impl check` toont ze allemaal.",
        )


def _rows(plans: list[Path], today: date) -> list[Row]:
    """A row per plan named."""
    from ..overview.rows import broken_row, plan_row

    return each_plan(
        plans,
        partial(plan_row, today=today),
        lambda entry: broken_row(entry.file, entry.problems),
    )


def _write(overview: Overview, chosen: str, output: str | None, force: bool) -> None:
    from ..overview.text import write_text

    if chosen == "tekst" and output is None:
        write_text(overview, sys.stdout)
    elif chosen == "tekst":
        buffer = io.StringIO()
        write_text(overview, buffer)
        emit(buffer.getvalue(), output, "Overzicht", force)
    elif chosen == "csv":
        from ..overview.spreadsheet import csv_bytes

        emit(csv_bytes(overview), output, "Overzicht", force)
    else:
        from ..overview.html import html_text
        from ..overview.json_report import json_text
        from ..overview.markdown import markdown_text

        makers = {"json": json_text, "md": markdown_text, "html": html_text}
        emit(makers[chosen](overview), output, "Overzicht", force)
