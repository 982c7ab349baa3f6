"""`impl checklist`: the checklist of influencing factors and the core activities per phase."""

from __future__ import annotations

from typing import Annotated

import typer

from .group import app


@app.command()
def checklist(
    as_yaml: Annotated[
        bool,
        typer.Option(
            "--yaml",
            help="Geef een blok `factoren:` om in je plan te plakken (elk oordeel op onbekend).",
        ),
    ] = False,
) -> None:
    """De checklist beïnvloedende factoren en de kernactiviteiten per fase, om in te vullen."""
    from ..knowledge.checklist_view import checklist_text, factors_yaml

    typer.echo(factors_yaml() if as_yaml else checklist_text(), nl=False)
