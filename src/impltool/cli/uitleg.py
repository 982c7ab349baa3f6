"""`impl uitleg CODE`: one rule of the quickscan explained, with an example."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import UserError
from .group import app


@app.command()
def uitleg(
    code: Annotated[
        str,
        typer.Argument(
            metavar="CODE",
            help="Code van de regel, bijvoorbeeld DOEL-02 of com-03.",
            show_default=False,
        ),
    ],
) -> None:
    """Leg één regel van de quickscan uit, met een voorbeeld.

    Wat de regel controleert, waarom dat belangrijk is (met de bron), hoe je het oplost, en
    een stuk plan dat aan de regel voldoet. `impl regels` toont alle codes.
    """
    import shutil

    from ..quickscan.explain import UnknownRule, find_rule, rule_text

    try:
        doc = find_rule(code)
    except UnknownRule as error:
        raise UserError(str(error)) from None
    typer.echo(rule_text(doc, width=shutil.get_terminal_size((100, 24)).columns), nl=False)
