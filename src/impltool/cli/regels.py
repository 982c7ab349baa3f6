"""`impl regels`: every rule of the quickscan, per area."""

from __future__ import annotations

from typing import Annotated, Literal

import typer

from .group import app


@app.command()
def regels(
    output_format: Annotated[
        Literal["tekst", "json"],
        typer.Option(
            "--formaat", "-f", help="tekst (voor mensen) of json (voor andere programma's)."
        ),
    ] = "tekst",
) -> None:
    """Toon alle regels van de quickscan, per gebied.

    Per regel de code, de ernst (fout, waarschuwing of tip) en in één regel waar ze over gaat.
    Meer uitleg bij een regel: impl uitleg CODE.
    """
    import shutil

    from ..quickscan.explain import rules_json, rules_text

    width = shutil.get_terminal_size((100, 24)).columns
    typer.echo(rules_json() if output_format == "json" else rules_text(width=width), nl=False)
