"""`impl init`: a new plan, a valid outline with an explanation of every part."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .common import EXIT_INTERRUPTED, fail
from .group import app

if TYPE_CHECKING:
    from ..scaffold import Given, Written


@app.command()
def init(
    plan: Annotated[
        Path | None,
        typer.Argument(
            readable=False,  # impl says itself, in Dutch, what it cannot read
            metavar="PLAN",
            help="Het nieuwe planbestand (standaard implementatieplan.yaml); geef je een "
            "bestaande map, dan komt het plan daarin.",
            show_default=False,
        ),
    ] = None,
    template: Annotated[
        str | None,
        typer.Option(
            "--sjabloon",
            metavar="basis|ontwikkelaar|online_platform",
            help="Welk sjabloon. Standaard: online_platform bij --soort online_platform, "
            "ontwikkelaar bij --rol ontwikkelaar, anders basis.",
            show_default=False,
        ),
    ] = None,
    no_questions: Annotated[
        bool,
        typer.Option(
            "--geen-vragen",
            help="Stel geen vragen; gebruik de opties en de standaardwaarden. Zonder "
            "terminal gebeurt dat altijd.",
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Overschrijf een bestaand planbestand.")
    ] = False,
    title: Annotated[
        str | None,
        typer.Option(
            "--titel",
            metavar="TEKST",
            help="Titel van het plan (standaard: Implementatieplan <interventie>).",
            show_default=False,
        ),
    ] = None,
    intervention: Annotated[
        str | None,
        typer.Option(
            "--interventie",
            metavar="TEKST",
            help="Naam van de interventie (standaard: Nieuwe interventie).",
            show_default=False,
        ),
    ] = None,
    organisation: Annotated[
        str | None,
        typer.Option(
            "--organisatie",
            metavar="TEKST",
            help="Organisatie die het plan uitvoert (standaard: later invullen).",
            show_default=False,
        ),
    ] = None,
    author: Annotated[
        str | None,
        typer.Option(
            "--auteur",
            metavar="TEKST",
            help="Wie het plan schrijft (standaard: later invullen).",
            show_default=False,
        ),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option(
            "--rol",
            metavar="uitvoerende_organisatie|ontwikkelaar",
            help="Wie schrijft het plan (standaard: uitvoerende_organisatie).",
            show_default=False,
        ),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--soort",
            metavar="sociale_interventie|online_platform|werkwijze|instrument",
            help="Soort interventie (standaard: sociale_interventie).",
            show_default=False,
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--start",
            metavar="JJJJ-MM-DD",
            help="Eerste dag van de implementatie (standaard: de eerste van volgende maand).",
            show_default=False,
        ),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option(
            "--eind",
            metavar="JJJJ-MM-DD",
            help="Laatste dag (standaard: twee jaar na de start, min één dag).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Begin een nieuw plan: een geldige opzet met uitleg bij elk onderdeel."""
    from ..scaffold import Given, prompt
    from ..scaffold.closing import summary
    from ..shown import visible

    given = Given(
        title=title,
        name=intervention,
        role=role,
        kind=kind,
        start=start,
        end=end,
        template=template,
        organisation=organisation,
        author=author,
    )
    interactive = not no_questions and prompt.stdin_is_terminal()
    written = _write(plan, given, force=force, interactive=interactive)
    if interactive:
        typer.echo("")
    for line in summary(written):
        typer.echo(visible(line))


def _write(plan: Path | None, given: Given, *, force: bool, interactive: bool) -> Written:
    """Write the new plan (asking on a terminal); every way it can fail said in Dutch."""
    from ..scaffold import init_plan, prompt
    from ..scaffold.plan_text import ScaffoldBug

    try:
        return init_plan(
            plan,
            given,
            force=force,
            today=date.today(),
            asker=prompt.TerminalAsker() if interactive else None,
        )
    except ScaffoldBug as error:
        raise fail(f"interne fout in impl, er is niets geschreven: {error}") from None
    except OSError as error:
        raise fail(f"kan het plan niet schrijven ({error.strerror or error})") from None
    except typer.Abort:
        typer.echo("\nonderbroken; er is niets geschreven", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
