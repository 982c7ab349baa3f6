"""The `impl` command: one thin function per subcommand; exit codes live here.

Exit codes: 0 all well, 1 findings at or above --faal-op, 2 input or usage errors.
Heavy modules (jinja2, rich) are imported inside the commands that need them, so
`impl --help` and `impl check` start quickly.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from .errors import UserError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2

app = typer.Typer(
    name="impl",
    help="impl: schrijf, check en deel het implementatieplan van een sociale interventie.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"fout: {message}", err=True)
    return typer.Exit(EXIT_INPUT)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"impl {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--versie", callback=_version, is_eager=True, help="Toon de versie van impl."),
    ] = False,
) -> None:
    """impl: schrijf, check en deel het implementatieplan van een sociale interventie."""


@app.command()
def check(
    plans: Annotated[
        list[Path],
        typer.Argument(
            metavar="PLAN...",
            help="Planbestanden, of mappen met plannen (elk *.yaml- en *.yml-bestand erin).",
            show_default=False,
        ),
    ],
) -> None:
    """Controleer plannen: klopt de opbouw, en wat ontbreekt er nog?"""
    from .files import find_plans
    from .plan.load import PlanError, load_plan

    try:
        files = find_plans(plans)
    except UserError as error:
        raise _fail(str(error)) from None
    broken = 0
    for file in files:
        try:
            loaded = load_plan(file)
        except PlanError as error:
            broken += 1
            for problem in error.problems:
                typer.echo(
                    f"{problem.file}:{problem.line}:{problem.column}: fout: {problem.message}",
                    err=True,
                )
            continue
        typer.echo(f"{loaded.file}: geldig plan ({loaded.plan.title})")
    if broken:
        typer.echo(
            f"{broken} van {len(files)} plannen kon{'den' if broken > 1 else ''} niet "
            "gelezen worden.",
            err=True,
        )
        raise typer.Exit(EXIT_INPUT)


@app.command()
def schema(
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--uitvoer",
            help="Schrijf het schema naar dit bestand in plaats van naar het scherm.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Het JSON Schema van het planformaat, voor aanvullen en controleren in je editor."""
    from .plan.schema import schema_json

    text = schema_json()
    if output is None:
        typer.echo(text, nl=False)
        return
    from .files import write_atomic

    try:
        write_atomic(output, text)
    except UserError as error:
        raise _fail(str(error)) from None
    except OSError as error:
        raise _fail(f"{output}: kan niet schrijven ({error.strerror or error})") from None
    typer.echo(f"Schema geschreven naar {output}", err=True)


def main() -> None:
    """Console entry point: the app plus the care a terminal program owes its user."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    try:
        app()
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; stop quietly without a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        typer.echo("\nonderbroken", err=True)
        sys.exit(130)
