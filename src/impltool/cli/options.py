"""Arguments and options that several commands share, written once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

PlanFile = Annotated[
    Path,
    typer.Argument(
        readable=False,  # impl says itself, in Dutch, what it cannot read
        metavar="PLAN",
        help="Het planbestand (*.yaml).",
        show_default=False,
    ),
]
StateDay = Annotated[
    str | None,
    typer.Option(
        "--datum",
        metavar="JJJJ-MM-DD",
        help="De stand op deze dag (standaard: vandaag).",
        show_default=False,
    ),
]
HouseStyleFolder = Annotated[
    Path | None,
    typer.Option(
        "--sjabloon",
        readable=False,  # impl says itself, in Dutch, what it cannot read
        metavar="MAP",
        help="Map met je huisstijl: eigen sjablonen, huisstijl.css, logo.png of logo.svg, "
        "huisstijl.docx. Wat daar niet in staat, komt uit de ingebouwde opmaak.",
        show_default=False,
    ),
]
ReplaceAny = Annotated[
    bool,
    typer.Option(
        "--force",
        help="Vervang ook een bestaand bestand dat impl niet zelf maakte (nooit een plan).",
    ),
]


def output_option(help: str) -> Any:
    """`-o PAD` with its help text."""
    return typer.Option(
        "-o",
        "--uitvoer",
        readable=False,  # impl says itself, in Dutch, what it cannot read
        metavar="PAD",
        help=help,
        show_default=False,
    )


def replacing_output(what: str) -> Any:
    """`-o PAD` for a command that writes `what` (e.g. "het rapport")."""
    return output_option(
        f"Schrijf {what} naar dit bestand in plaats van naar het scherm. Een bestand "
        "dat impl eerder maakte wordt vervangen, een ander alleen met --force."
    )
