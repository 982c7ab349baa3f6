"""The `impl` group: its help, its order of commands, and the one place where a UserError
from any command becomes `fout: ...` and exit code 2."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..cli_dutch import DutchGroup, DutchUsageError
from ..errors import UserError
from .common import fail, interrupted

if TYPE_CHECKING:
    from typer._click import Context as ClickContext  # the type TyperGroup's hooks take

# `impl --help` lists the commands in the order of the work; commands not named here follow.
WORK_ORDER = (
    "init",
    "bewerk",
    "check",
    "render",
    "voortgang",
    "overzicht",
    "regels",
    "uitleg",
    "checklist",
    "schema",
)


class ImplGroup(DutchGroup):
    """The `impl` group: Dutch help and errors, commands in the order of the work."""

    def list_commands(self, ctx: ClickContext) -> list[str]:
        names = super().list_commands(ctx)
        rank = {name: index for index, name in enumerate(WORK_ORDER)}
        return sorted(names, key=lambda name: rank.get(name, len(WORK_ORDER)))

    def invoke(self, ctx: ClickContext) -> Any:
        try:
            return super().invoke(ctx)
        except UserError as error:  # a problem with the input, said by the code that found it
            raise fail(str(error)) from None
        except KeyboardInterrupt:  # typer would end with 130 without a word
            raise interrupted() from None


app = typer.Typer(
    name="impl",
    cls=ImplGroup,
    help="impl: schrijf, check en deel het implementatieplan van een sociale interventie.",
    add_completion=False,
    no_args_is_help=True,
    invoke_without_command=True,  # so `impl --` gets a Dutch message, from _root
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"impl {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--versie", callback=_version, is_eager=True, help="Toon de versie van impl."),
    ] = False,
) -> None:
    """impl: schrijf, check en deel het implementatieplan van een sociale interventie."""
    if ctx.invoked_subcommand is None:
        raise DutchUsageError("geef een commando.", ctx)
