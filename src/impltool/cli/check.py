"""`impl check`: the quickscan of one or more plans, as text, JSON or GitHub annotations."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from .common import EXIT_FINDINGS, each_plan, parse_day, print_problems, unreadable
from .group import app

if TYPE_CHECKING:
    from ..report import PlanOutcome


@app.command()
def check(
    plans: Annotated[
        list[Path],
        typer.Argument(
            readable=False,  # impl says itself, in Dutch, what it cannot read
            metavar="PLAN...",
            help="Planbestanden, of mappen met plannen (elk *.yaml- en *.yml-bestand erin).",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        Literal["tekst", "json", "github"],
        typer.Option(
            "--formaat",
            "-f",
            help="tekst (voor mensen), json (voor andere programma's) of github "
            "(meldingen in GitHub Actions).",
        ),
    ] = "tekst",
    fail_on: Annotated[
        Literal["fout", "waarschuwing", "tip"],
        typer.Option(
            "--faal-op",
            help="Eindig met code 1 als er een bevinding van dit niveau of ernstiger "
            "overblijft: fout, waarschuwing of tip.",
        ),
    ] = "waarschuwing",
    day: Annotated[
        str | None,
        typer.Option(
            "--datum",
            metavar="JJJJ-MM-DD",
            help="Beoordeel datums alsof het vandaag deze dag is (standaard: vandaag).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Quickscan: controleer plannen en zie per gebied wat goed gaat en wat er nog moet."""
    outcomes = _scan(plans, parse_day(day))
    _report(outcomes, output_format)
    broken = [o for o in outcomes if o.result is None]
    if output_format != "github":
        for outcome in broken:
            print_problems(outcome.problems)
    if broken:
        unreadable(len(broken), len(outcomes), "verbeter eerst de fouten hierboven.")
    from ..quickscan.finding import Severity

    if any(o.result is not None and o.result.fails_at(Severity(fail_on)) for o in outcomes):
        raise typer.Exit(EXIT_FINDINGS)


def _scan(plans: list[Path], today: date) -> list[PlanOutcome]:
    """Read and scan every plan named."""
    from ..report import PlanOutcome, scanned

    return each_plan(
        plans,
        partial(scanned, today=today),
        lambda entry: PlanOutcome(entry.file, problems=entry.problems),
    )


def _report(outcomes: list[PlanOutcome], output_format: str) -> None:
    if output_format == "json":
        from ..report.json_report import write_json

        write_json(outcomes)
    elif output_format == "github":
        from ..report.github import write_github

        write_github(outcomes)  # a UserError when the job summary cannot be written
    else:
        from ..report.text import write_text

        write_text(outcomes)
