"""`impl bewerk`: the plan in a form in the browser (the form itself is impltool.form)."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import fail, print_problems
from .group import app
from .options import PlanFile


@app.command()
def bewerk(
    plan: PlanFile,
    port: Annotated[
        int | None,
        typer.Option(
            "--poort", metavar="N", help="De poort (standaard: een vrije).", show_default=False
        ),
    ] = None,
    no_browser: Annotated[
        bool, typer.Option("--geen-browser", help="Open geen browser; toon alleen het adres.")
    ] = False,
) -> None:
    """Schrijf of wijzig je plan in een formulier in de browser; het YAML-bestand blijft de
    bron, met de quickscan ernaast.

    De eerste regel is het adres van het formulier (alleen op deze computer te openen). Bestaat
    het plan nog niet, dan begint het formulier met de opzet van impl init. Stoppen: de knop
    Sluiten in het formulier, of Ctrl+C.
    """
    from ..form.command import run
    from ..plan.load import PlanError

    try:
        run(plan, port, open_browser=not no_browser)
    except PlanError as error:
        print_problems(error.problems)
        raise fail(
            "het formulier opent een plan dat impl kan lezen; verbeter eerst de fouten hierboven"
        ) from None
