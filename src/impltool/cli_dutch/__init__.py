"""Dutch help pages and usage errors for the `impl` command, written from click's structure.

typer (0.29 and later) runs on its own copy of click, in which every message is a plain
English f-string: there is no gettext call left to hand a Dutch catalogue to. So impl never
translates click's English. It writes each text a user sees itself, from what click hands
over as data:

- the help page and the usage line: from the command and its parameters (`help_page`);
- a usage error: from the error's class and fields (which parameter, which option, the
  suggestions) and, for a value of the wrong type, from the pydantic error behind it
  (`usage_errors`). A `BadParameter` without a pydantic error is one a command raised
  itself, in Dutch, and passes unchanged. typer's own path checks (`exists=`, `file_okay=`,
  ...) would raise English ones: impl's commands check paths themselves (a test guards that);
- the two errors click raises as a bare English sentence cannot happen: an unknown command is
  refused in `DutchGroup.resolve_command`, extra arguments in `DutchContext.invoke`;
- anything else, such as a new kind of error after a typer update, gets a general Dutch
  message that names the parameter. Never English: tests/test_cli_dutch.py runs every
  usage-error path of every command.

`DutchGroup` is the app's group class; it gives itself and every command below it (also ones
added later) a `DutchContext`, through click's own `context_class` hook. This module is on
every command's path, so it imports only typer; the help page and the usage errors are
imported when one is shown (`impl check` start-up is measured).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, TypeVar

import typer
from typer._click.exceptions import (  # typer's copy of click; typer is pinned to a minor
    BadParameter,
    NoArgsIsHelpError,
    UsageError,
)
from typer.core import TyperGroup

if TYPE_CHECKING:
    from typer._click.core import Command, Context
    from typer.core import TyperOption

Result = TypeVar("Result")


class DutchBadParameter(BadParameter):
    """A value a command refuses, with a message written in Dutch (shown as it is)."""


class DutchUsageError(UsageError):
    """A usage error told in Dutch: usage line, where to find help, then `fout: ...`."""

    def show(self, file: IO[Any] | None = None) -> None:
        ctx = self.ctx
        err = file is None
        if ctx is not None:
            hint = ""
            if ctx.command.get_help_option(ctx) is not None:
                hint = f"Kijk voor hulp bij '{ctx.command_path} {ctx.help_option_names[0]}'.\n"
            typer.echo(f"{ctx.get_usage()}\n{hint}", file=file, err=err, color=ctx.color)
        from ..shown import visible  # the arguments may be file names

        typer.echo(f"fout: {visible(self.format_message())}", file=file, err=err)


def dutch_exception(error: BaseException | None, ctx: typer.Context) -> BaseException | None:
    """The Dutch stand-in for an exception leaving `ctx`, or None to let it pass."""
    if isinstance(error, DutchUsageError | NoArgsIsHelpError):
        return None  # already Dutch, or the help page (drawn by DutchContext.get_help)
    if isinstance(error, UsageError):
        from .usage_errors import dutch_message

        if error.ctx is None:
            # The option parser raises without a context; the innermost one is the right one.
            error.ctx = ctx
            error.cmd = ctx.command
        dutch = DutchUsageError(dutch_message(error), error.ctx)
        dutch.exit_code = error.exit_code
        return dutch
    if isinstance(error, EOFError | typer.Abort):
        from .usage_errors import DutchAbort

        return DutchAbort(after_input=isinstance(error, EOFError))
    return None


class DutchContext(typer.Context):
    """A click context whose help page, usage line and usage errors are Dutch."""

    def __init__(self, command: Command, *args: Any, **kwargs: Any) -> None:
        super().__init__(command, *args, **kwargs)
        # Extra arguments are refused in `invoke`, in Dutch, instead of by click in English.
        self.refuse_extra_args = not self.allow_extra_args
        self.allow_extra_args = True

    def get_usage(self) -> str:
        from .help_page import write_usage

        formatter = self.make_formatter()
        write_usage(self, formatter)
        return formatter.getvalue().rstrip("\n")

    def get_help(self) -> str:
        from .help_page import write_help

        formatter = self.make_formatter()
        write_help(self, formatter)
        return formatter.getvalue().rstrip("\n")

    @property
    def command_path(self) -> str:
        """`impl check`, with a parent's arguments written as in our usage line."""
        if self.parent is None:
            return self.info_name or ""
        from .help_page import argument_usage, is_argument

        parts = [self.parent.command_path]
        for param in self.parent.command.get_params(self):
            if is_argument(param):
                parts.append(argument_usage(param))
        parts.append(self.info_name or "")
        return " ".join(part for part in parts if part)

    def invoke(self, callback: Callable[..., Result], /, *args: Any, **kwargs: Any) -> Result:
        if self.refuse_extra_args and self.args:
            from .usage_errors import extra_args_message

            raise DutchUsageError(extra_args_message(self), self)
        return super().invoke(callback, *args, **kwargs)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        # Every parse and every command callback runs inside a context, so this is the one
        # place where all of click's usage errors pass before typer prints them.
        suppressed = super().__exit__(exc_type, exc_value, tb)
        if not suppressed:
            replacement = dutch_exception(exc_value, self)
            if replacement is not None:
                raise replacement from exc_value
        return suppressed


def _adopt(commands: Iterable[Command]) -> None:
    """Give commands (and the commands of sub-groups) the Dutch context."""
    for command in commands:
        # Only replace click's plain context: a command with its own context class keeps it.
        if issubclass(DutchContext, command.context_class):
            command.context_class = DutchContext
        _adopt(getattr(command, "commands", {}).values())


class DutchGroup(TyperGroup):
    """The `impl` group: Dutch help and usage errors for itself and every command in it."""

    context_class = DutchContext

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        _adopt(self.commands.values())

    def add_command(self, cmd: Command, name: str | None = None) -> None:
        super().add_command(cmd, name)
        _adopt([cmd])

    def resolve_command(
        self, ctx: Context, args: list[str]
    ) -> tuple[str | None, Command | None, list[str]]:
        name = args[0]
        if (
            self.get_command(ctx, name) is None
            and not name.startswith("-")
            and not ctx.resilient_parsing
        ):
            from .usage_errors import unknown_command

            raise unknown_command(ctx, name, self.list_commands(ctx))
        return super().resolve_command(ctx, args)

    def get_help_option(self, ctx: Context) -> TyperOption | None:
        option = super().get_help_option(ctx)
        # Not given, typer's help flag is None, which typer runs through pydantic: that
        # import alone costs ~40 ms of `impl check --help`. False means the same, for free.
        if option is not None and option.default is None:
            option.default = False
        return option
