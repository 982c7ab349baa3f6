"""Dutch help pages and usage errors for the `impl` command, written from click's structure.

typer (0.29 and later) runs on its own copy of click, in which every message is a plain
English f-string: there is no gettext call left to hand a Dutch catalogue to. So impl never
translates click's English. It writes each text a user sees itself, from what click hands
over as data:

- the help page and the usage line: from the command and its parameters (`DutchContext`);
- a usage error: from the error's class and fields (which parameter, which option, the
  suggestions) and, for a value of the wrong type, from the pydantic error behind it (its
  error type and the value typed). A `BadParameter` without a pydantic error is one a
  command raised itself, in Dutch, and passes unchanged. typer's own path checks (`exists=`,
  `file_okay=`, ...) would raise English ones: impl's commands check paths themselves (a test
  guards that);
- the two errors click raises as a bare English sentence cannot happen: an unknown command is
  refused in `DutchGroup.resolve_command`, extra arguments in `DutchContext.invoke`;
- anything else, such as a new kind of error after a typer update, gets a general Dutch
  message that names the parameter. Never English: tests/test_cli_dutch.py runs every
  usage-error path of every command.

`DutchGroup` is the app's group class; it gives itself and every command below it (also ones
added later) a `DutchContext`, through click's own `context_class` hook. Only the standard
library and typer are imported: `impl --help` start-up is measured.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path, PurePath
from types import TracebackType
from typing import IO, Any, get_args

import typer
from typer._click.exceptions import (  # typer's copy of click; typer is pinned to a minor
    BadOptionUsage,
    BadParameter,
    ClickException,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
)
from typer.core import TyperGroup

from .dutch import enumeration

USAGE_PREFIX = "Gebruik: "
HELP_OPTION_TEXT = "Toon deze hulp en stop."
HEADINGS = {"arguments": "Argumenten", "options": "Opties", "commands": "Commando's"}
OPTIONS_METAVAR = "[OPTIES]"
# An extra argument with one of these suffixes is an output name without its -o.
_DOCUMENT_SUFFIXES = {".docx", ".html", ".htm", ".md", ".markdown", ".json", ".csv", ".txt", ".pdf"}
SUBCOMMAND_METAVAR = "COMMANDO [ARGUMENTEN]..."
# Dutch names for the type of a value, after an option or argument without a metavar.
TYPE_LABELS: dict[Any, str] = {
    str: "TEKST",
    int: "GETAL",
    float: "GETAL",
    bool: "JA|NEE",
    date: "DATUM",
    datetime: "DATUM",
}
# pydantic error types (typer validates values with pydantic) that we can say plainly.
NUMBER_ERRORS = {
    "int_parsing": "is geen geheel getal",
    "int_type": "is geen geheel getal",
    "int_from_float": "is geen geheel getal",
    "float_parsing": "is geen getal",
    "float_type": "is geen getal",
    "bool_parsing": "is geen ja of nee",
}
BOUND_ERRORS = {
    "greater_than_equal": ("ge", "moet minstens {} zijn"),
    "greater_than": ("gt", "moet groter zijn dan {}"),
    "less_than_equal": ("le", "mag hoogstens {} zijn"),
    "less_than": ("lt", "moet kleiner zijn dan {}"),
}


class DutchBadParameter(BadParameter):
    """A value a command refuses, with a message written in Dutch (shown as it is)."""


# --- help page -----------------------------------------------------------------------------


def _is_argument(param: Any) -> bool:
    return getattr(param, "param_type_name", "") == "argument"


def _argument_label(param: Any) -> str:
    """`PLAN...`: the metavar (or the name in capitals), with `...` if it takes several."""
    label: str = param.metavar or param.name.upper()
    if param.nargs != 1 and not label.endswith("..."):
        label += "..."
    return label


def _argument_usage(param: Any) -> str:
    """How an argument appears in the usage line: `PLAN...`, or `[PLAN]` if optional."""
    label = _argument_label(param)
    return label if param.required else f"[{label}]"


def _option_name(param: Any) -> str:
    """The name a user knows an option by: the long form if there is one."""
    opts: list[str] = [*param.opts, *param.secondary_opts]
    longs = [opt for opt in opts if opt.startswith("--")]
    return (longs or opts or [str(param.name)])[0]


def _param_label(param: Any) -> str:
    return _argument_label(param) if _is_argument(param) else _option_name(param)


def _bare_annotation(annotation: Any) -> Any:
    """`list[Path] | None` -> `Path`."""
    while True:
        inner = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(inner) != 1:
            return annotation
        annotation = inner[0]


def _choices(param: Any) -> list[str]:
    descriptor = getattr(param, "type_descriptor", None)
    choices = getattr(descriptor, "choices", None) or ()
    return [str(choice.value if isinstance(choice, Enum) else choice) for choice in choices]


def _value_label(param: Any) -> str:
    """What to write after an option or argument: its metavar, choices or Dutch type."""
    if param.metavar:
        return str(param.metavar)
    choices = _choices(param)
    if choices:
        return f"[{'|'.join(choices)}]"
    descriptor = getattr(param, "type_descriptor", None)
    annotation = _bare_annotation(getattr(descriptor, "annotation", str))
    if isinstance(annotation, type) and issubclass(annotation, Path):
        info = getattr(descriptor, "parameter_info", None)
        if getattr(info, "dir_okay", True) is False:
            return "BESTAND"
        if getattr(info, "file_okay", True) is False:
            return "MAP"
        return "PAD"
    return TYPE_LABELS.get(annotation, "WAARDE")


def _joined_opts(opts: Sequence[str]) -> str:
    """`-o, --uitvoer`: short forms first, as click writes them."""
    return ", ".join(sorted(opts, key=lambda opt: len(opt) - len(opt.lstrip("-"))))


def _row_name(param: Any) -> str:
    """The left column of a help row: `-o, --uitvoer PAD`, `PLAN...`, `NAAM TEKST`."""
    if _is_argument(param):
        label = _argument_label(param)
        return label if param.metavar else f"{label} {_value_label(param)}"
    names = _joined_opts(param.opts)
    if param.secondary_opts:
        names += " / " + _joined_opts(param.secondary_opts)
    if param.is_flag or getattr(param, "count", False):
        return names
    return f"{names} {_value_label(param)}"


def _default_text(param: Any, ctx: typer.Context) -> str | None:
    """The default to show after the help, or None."""
    if isinstance(param.show_default, str):
        return f"({param.show_default})"
    if getattr(param, "is_flag", False) or not (param.show_default or ctx.show_default):
        return None
    resilient = ctx.resilient_parsing
    ctx.resilient_parsing = True  # a default that does not parse is still worth showing
    try:
        default = param.get_default(ctx, call=False)
    finally:
        ctx.resilient_parsing = resilient
    if default is None or default == () or default == []:
        return None
    if callable(default):
        return "(dynamisch)"
    values = default if isinstance(default, list | tuple) else [default]
    return ", ".join(str(v.value if isinstance(v, Enum) else v) for v in values)


def _row_help(param: Any, ctx: typer.Context, is_help_option: bool) -> str:
    """The right column: the parameter's help, then `[standaard: x; verplicht]`."""
    text = HELP_OPTION_TEXT if is_help_option else (param.help or "")
    extra = []
    default = _default_text(param, ctx)
    if default:
        extra.append(f"standaard: {default}")
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    if low is not None:
        extra.append(f"minstens {low}")
    if high is not None:
        extra.append(f"hoogstens {high}")
    if param.required:
        extra.append("verplicht")
    if not extra:
        return text
    return f"{text}  [{'; '.join(extra)}]" if text else f"[{'; '.join(extra)}]"


def _deprecated_note(command: Any) -> str:
    if not command.deprecated:
        return ""
    if isinstance(command.deprecated, str):
        return f"(verouderd: {command.deprecated})"
    return "(verouderd)"


def _help_text(command: Any) -> str:
    return inspect.cleandoc(command.help).partition("\f")[0] if command.help else ""


def short_help(command: Any) -> str:
    """A command's line in the list of commands: its first sentence, never cut short.

    The help page wraps it when the terminal is narrow; a description ending in "..." would
    leave a newcomer guessing.
    """
    text = command.short_help or " ".join(_help_text(command).split("\n\n")[0].split())
    sentence, stop, _rest = text.partition(". ")
    text = sentence + "." if stop else text
    return f"{text} {_deprecated_note(command)}".strip()


def _write_usage(ctx: DutchContext, formatter: Any) -> None:
    command = ctx.command
    pieces: list[str] = []
    if command.options_metavar:
        pieces.append(OPTIONS_METAVAR)
    for param in command.get_params(ctx):
        if _is_argument(param):
            pieces.append(_argument_usage(param))
    if isinstance(command, TyperGroup):
        pieces.append(SUBCOMMAND_METAVAR)
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=USAGE_PREFIX)


def _write_help_text(ctx: DutchContext, formatter: Any) -> None:
    command = ctx.command
    text = f"{_help_text(command)} {_deprecated_note(command)}".strip()
    if text:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(text)


def _write_section(formatter: Any, heading: str, rows: Sequence[tuple[str, str]]) -> None:
    if rows:
        with formatter.section(heading):
            formatter.write_dl(rows)


def _write_params(ctx: DutchContext, formatter: Any) -> None:
    command = ctx.command
    help_option = command.get_help_option(ctx)
    arguments: list[tuple[str, str]] = []
    options: list[tuple[str, str]] = []
    for param in command.get_params(ctx):
        if getattr(param, "hidden", False):
            continue
        row = (_row_name(param), _row_help(param, ctx, param is help_option))
        (arguments if _is_argument(param) else options).append(row)
    _write_section(formatter, HEADINGS["arguments"], arguments)
    _write_section(formatter, HEADINGS["options"], options)


def _write_commands(ctx: DutchContext, formatter: Any) -> None:
    group = ctx.command
    if not isinstance(group, TyperGroup):
        return
    rows = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is not None and not command.hidden:
            rows.append((name, short_help(command)))
    _write_section(formatter, HEADINGS["commands"], rows)


# --- usage errors --------------------------------------------------------------------------


def _param_hint(error: BadParameter) -> str | None:
    if error.param_hint is not None:
        hints = [error.param_hint] if isinstance(error.param_hint, str) else error.param_hint
        return " / ".join(str(hint).strip("'\"") for hint in hints)
    if error.param is not None:
        return _param_label(error.param)
    return None


def _validation_error(error: BaseException) -> dict[str, Any] | None:
    """The first error of the pydantic ValidationError behind a BadParameter, if any."""
    errors = getattr(error.__cause__, "errors", None)
    if not callable(errors):
        return None
    found = errors()
    return found[0] if found else None


def _bad_parameter(error: BadParameter) -> str:
    hint = _param_hint(error)
    detail = _validation_error(error)
    if isinstance(error, DutchBadParameter) or detail is None:
        # Raised by a command, in Dutch; typer's English path checks are not used in impl.
        return f"ongeldige waarde voor {hint}: {error.message}" if hint else error.message
    value = detail.get("input")
    choices = _choices(error.param)
    if choices:
        target = f" voor {hint}" if hint else ""
        return f"ongeldige waarde {value!r}{target}; kies uit {enumeration(choices, 'of')}."
    kind = detail.get("type", "")
    if kind in NUMBER_ERRORS:
        problem = f"{value!r} {NUMBER_ERRORS[kind]}"
    elif kind in BOUND_ERRORS:
        key, template = BOUND_ERRORS[kind]
        problem = f"{value} " + template.format((detail.get("ctx") or {}).get(key, "?"))
    else:
        problem = f"{value!r} is geen geldige waarde"
    return f"ongeldige waarde voor {hint}: {problem}" if hint else problem


def _missing(error: MissingParameter) -> str:
    hint = _param_hint(error)
    kind = error.param_type or (error.param.param_type_name if error.param else "")
    if kind == "argument":
        text = f"het argument {hint} ontbreekt." if hint else "er ontbreekt een argument."
    elif kind == "option":
        text = f"de optie {hint} ontbreekt." if hint else "er ontbreekt een optie."
    else:
        text = f"{hint} ontbreekt." if hint else "er ontbreekt een waarde."
    choices = _choices(error.param)
    if choices:
        text += f" Kies uit {enumeration(choices, 'of')}."
    return text


def _no_such_option(error: NoSuchOption) -> str:
    text = f"de optie {error.option_name} bestaat niet."
    if error.possibilities:
        text += f" Bedoel je {enumeration(sorted(error.possibilities), 'of')}?"
    return text


def _option_named(ctx: Any, name: str) -> Any:
    for param in ctx.command.get_params(ctx) if ctx is not None else ():
        if name in (*getattr(param, "opts", ()), *getattr(param, "secondary_opts", ())):
            return param
    return None


def _bad_option_usage(error: BadOptionUsage) -> str:
    """A flag given a value, or an option left without one."""
    name = error.option_name
    option = _option_named(error.ctx, name)
    if option is None:
        return f"de optie {name} is verkeerd gebruikt."
    if option.is_flag or getattr(option, "count", False):
        return f"de optie {name} krijgt geen waarde."
    if option.nargs > 1:
        return f"de optie {name} heeft {option.nargs} waarden nodig."
    return f"de optie {name} heeft een waarde nodig."


def unknown_command(ctx: Any, name: str, known: Iterable[str]) -> UsageError:
    import difflib  # only for this error: `impl --help` start-up is measured

    text = f"het commando {name!r} bestaat niet."
    close = difflib.get_close_matches(name, list(known))
    if close:
        text += f" Bedoel je {enumeration([repr(c) for c in close], 'of')}?"
    return DutchUsageError(text, ctx)


def dutch_message(error: UsageError) -> str:
    """The Dutch text after `fout: ` for one of click's usage errors."""
    if isinstance(error, MissingParameter):
        return _missing(error)
    if isinstance(error, NoSuchOption):
        return _no_such_option(error)
    if isinstance(error, BadOptionUsage):
        return _bad_option_usage(error)
    if isinstance(error, BadParameter):
        return _bad_parameter(error)
    # A kind of error impl does not know (after a typer update?): say so without English.
    return "impl begrijpt deze opdracht niet."


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
        from .shown import visible  # the arguments may be file names

        typer.echo(f"fout: {visible(self.format_message())}", file=file, err=err)


class DutchAbort(ClickException):
    """Stopped at a question (Ctrl-D, or a confirmation answered no): say so in Dutch.

    typer would print "Aborted!"; as a ClickException typer shows this one and exits 1.
    """

    def __init__(self, after_input: bool) -> None:
        super().__init__("afgebroken")
        self.after_input = after_input

    def show(self, file: IO[Any] | None = None) -> None:
        # After end-of-input the cursor still stands behind the question.
        prefix = "\n" if self.after_input else ""
        typer.echo(f"{prefix}{self.message}", file=file, err=file is None)


def dutch_exception(error: BaseException | None, ctx: typer.Context) -> BaseException | None:
    """The Dutch stand-in for an exception leaving `ctx`, or None to let it pass."""
    if isinstance(error, DutchUsageError | NoArgsIsHelpError):
        return None  # already Dutch, or the help page (drawn by DutchContext.get_help)
    if isinstance(error, UsageError):
        if error.ctx is None:
            # The option parser raises without a context; the innermost one is the right one.
            error.ctx = ctx
            error.cmd = ctx.command
        dutch = DutchUsageError(dutch_message(error), error.ctx)
        dutch.exit_code = error.exit_code
        return dutch
    if isinstance(error, EOFError | typer.Abort):
        return DutchAbort(after_input=isinstance(error, EOFError))
    return None


# --- the classes impl uses -----------------------------------------------------------------


class DutchContext(typer.Context):
    """A click context whose help page, usage line and usage errors are Dutch."""

    def __init__(self, command: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(command, *args, **kwargs)
        # Extra arguments are refused in `invoke`, in Dutch, instead of by click in English.
        self.refuse_extra_args = not self.allow_extra_args
        self.allow_extra_args = True

    def get_usage(self) -> str:
        formatter = self.make_formatter()
        _write_usage(self, formatter)
        return formatter.getvalue().rstrip("\n")

    def get_help(self) -> str:
        formatter = self.make_formatter()
        _write_usage(self, formatter)
        _write_help_text(self, formatter)
        _write_params(self, formatter)
        _write_commands(self, formatter)
        return formatter.getvalue().rstrip("\n")

    @property
    def command_path(self) -> str:
        """`impl check`, with a parent's arguments written as in our usage line."""
        if self.parent is None:
            return self.info_name or ""
        parts = [self.parent.command_path]
        for param in self.parent.command.get_params(self):
            if _is_argument(param):
                parts.append(_argument_usage(param))
        parts.append(self.info_name or "")
        return " ".join(part for part in parts if part)

    def invoke(self, callback: Any, /, *args: Any, **kwargs: Any) -> Any:
        if self.refuse_extra_args and self.args:
            raise DutchUsageError(self._extra_args_message(), self)
        return super().invoke(callback, *args, **kwargs)

    def _extra_args_message(self) -> str:
        from .files import name_with_spaces, quote_hint

        word = "argumenten" if len(self.args) > 1 else "argument"
        text = f"onverwacht extra {word}: {' '.join(self.args)}."
        takes_output = any("-o" in getattr(param, "opts", ()) for param in self.command.params)
        document = PurePath(self.args[-1]).suffix.lower() in _DOCUMENT_SUFFIXES
        if takes_output and len(self.args) == 1 and document:
            # `impl render plan.yaml plan.docx`: the -o was forgotten, not a quote.
            named = f'"{self.args[0]}"' if " " in self.args[0] else self.args[0]
            return f"{text} Bedoel je `-o {named}`?"
        for value in self.params.values():
            if isinstance(value, str | PurePath):
                spaced = name_with_spaces([str(value), *self.args])
                if spaced:  # `impl render mijn plan.yaml`: one name, cut in two by the shell
                    hint = quote_hint(spaced)
                    return f"{text} {hint[0].upper()}{hint[1:]}."
        return f"{text} Staat er een spatie in een naam? Zet die naam dan tussen aanhalingstekens."

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


def _adopt(commands: Iterable[Any]) -> None:
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

    def add_command(self, cmd: Any, name: str | None = None) -> None:
        super().add_command(cmd, name)
        _adopt([cmd])

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0]
        if (
            self.get_command(ctx, name) is None
            and not name.startswith("-")
            and not ctx.resilient_parsing
        ):
            raise unknown_command(ctx, name, self.list_commands(ctx))
        return super().resolve_command(ctx, args)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        # Not given, typer's help flag is None, which typer runs through pydantic: that
        # import alone costs ~40 ms of `impl check --help`. False means the same, for free.
        if option is not None and option.default is None:
            option.default = False
        return option
