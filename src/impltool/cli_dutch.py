"""Dutch help pages and usage errors for the `impl` command.

typer's bundled click writes its chrome in English ("Usage:", "Options:", "Show this
message and exit.", "Error: Missing argument ..."). Our users read only Dutch, so:

- `DutchGroup` is the app's group class (`typer.Typer(cls=DutchGroup)`). It gives itself and
  every command below it (also commands added later) a `DutchContext`, through click's own
  `context_class` hook, so no command needs to know about this module.
- `DutchContext` draws the help page and the usage line in Dutch (`ctx.get_help()` and
  `ctx.get_usage()` are what the help option, `no_args_is_help` and usage errors call), and
  turns a usage error that leaves its scope into a `DutchUsageError`, whose `show()` is Dutch.

Fail safe: if typer's internals change so that drawing the Dutch page or translating a
message raises, impl falls back to typer's own (English) text instead of crashing. Texts
written by us (option help, docstrings, our own `BadParameter` messages) pass unchanged.
Only the standard library is imported: `impl --help` start-up is measured.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable, Sequence
from types import TracebackType
from typing import IO, Any

import typer
from typer.core import TyperGroup

try:  # newer typer bundles its own click
    from typer._click import exceptions as click_exceptions
except ImportError:  # pragma: no cover - older typer runs on the click package
    from click import exceptions as click_exceptions  # type: ignore[no-redef]

BadArgumentUsage = click_exceptions.BadArgumentUsage
BadOptionUsage = click_exceptions.BadOptionUsage
BadParameter = click_exceptions.BadParameter
ClickException = click_exceptions.ClickException
MissingParameter = click_exceptions.MissingParameter
NoSuchOption = click_exceptions.NoSuchOption
UsageError = click_exceptions.UsageError
# Errors that are no error to translate: `impl` alone shows the help page (click < 8.2 has
# no such exception and prints the page itself).
NOT_TRANSLATED: tuple[type[BaseException], ...] = tuple(
    getattr(click_exceptions, name)
    for name in ("NoArgsIsHelpError",)
    if hasattr(click_exceptions, name)
)

USAGE_PREFIX = "Gebruik: "
HELP_OPTION_TEXT = "Toon deze hulp en stop."
HEADINGS = {"arguments": "Argumenten", "options": "Opties", "commands": "Commando's"}
# click's English defaults for the placeholders in the usage line.
METAVARS = {
    "[OPTIONS]": "[OPTIES]",
    "COMMAND [ARGS]...": "COMMANDO [ARGUMENTEN]...",
}
# Type names typer shows after an option or argument without a metavar, e.g. `<path>`.
TYPE_LABELS = {
    "str": "TEKST",
    "int": "GETAL",
    "float": "GETAL",
    "int range": "GETAL",
    "float range": "GETAL",
    "datetime": "DATUM",
    "date": "DATUM",
    "bool": "JA|NEE",
}


# --- help page -----------------------------------------------------------------------------


def _is_argument(param: Any) -> bool:
    return getattr(param, "param_type_name", "") == "argument"


def _argument_label(param: Any) -> str:
    """`PLAN...`: the metavar (or the name in capitals), with `...` if it takes several."""
    label = param.metavar or param.name.upper()
    if param.nargs != 1 and not label.endswith("..."):
        label += "..."
    return label


def _argument_usage(param: Any) -> str:
    """How an argument appears in the usage line: `PLAN...`, or `[PLAN]` if optional.

    typer writes required arguments as `{PLAN...}...`, which reads like programming.
    """
    label = _argument_label(param)
    return label if param.required else f"[{label}]"


def _usage_pieces(param: Any, ctx: typer.Context) -> list[str]:
    return [_argument_usage(param)] if _is_argument(param) else param.get_usage_pieces(ctx)


def _option_name(param: Any) -> str:
    """The name a user knows an option by: the long form if there is one."""
    opts = [*param.opts, *param.secondary_opts]
    longs = [opt for opt in opts if opt.startswith("--")]
    return (longs or opts or [param.name])[0]


def _param_label(param: Any) -> str:
    return _argument_label(param) if _is_argument(param) else _option_name(param)


def _path_label(param: Any) -> str:
    info = getattr(getattr(param, "type_descriptor", None), "parameter_info", None)
    if getattr(info, "dir_okay", True) is False:
        return "BESTAND"
    if getattr(info, "file_okay", True) is False:
        return "MAP"
    return "PAD"


def _dutch_type_label(param: Any, label: str) -> str | None:
    """`<list[Path]>` -> `PAD`; None when there is nothing to translate (e.g. choices)."""
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or getattr(descriptor, "is_choice", False):
        return None
    inner = label.strip("<>")
    if inner.startswith("list[") and inner.endswith("]"):
        inner = inner[len("list[") : -1]
    if getattr(descriptor, "is_path", False) or inner.lower() == "path":
        return _path_label(param)
    return TYPE_LABELS.get(inner.lower())


def _record_name(param: Any, name: str, ctx: typer.Context) -> str:
    """The left column of a help row, with typer's English type names made Dutch."""
    display_type = getattr(param, "display_type", None)
    label = display_type(ctx) if display_type is not None else ""
    dutch = _dutch_type_label(param, label) if label else None
    if _is_argument(param):
        # typer adds the type even when the author chose a metavar; the metavar says enough.
        base = _argument_label(param)
        return f"{base} {dutch}" if dutch and param.metavar is None else base
    if dutch and param.metavar is None:
        for suffix in (f" {label}...", f" {label}"):
            if name.endswith(suffix):
                return name[: -len(suffix)] + f" {dutch}" + ("..." if suffix[-1] == "." else "")
    return name


def _translate_extra(piece: str) -> str:
    if piece == "required":
        return "verplicht"
    for english, dutch in (("default: ", "standaard: "), ("env var: ", "omgevingsvariabele: ")):
        if piece.startswith(english):
            value = piece[len(english) :]
            return dutch + ("(dynamisch)" if value == "(dynamic)" else value)
    return piece


def _record_help(param: Any, help_text: str, is_help_option: bool) -> str:
    """The right column: own help unchanged, typer's `[default: x; required]` in Dutch."""
    base = param.help or ""
    if not help_text.startswith(base):
        return help_text
    tail = help_text[len(base) :]
    if is_help_option:
        base = HELP_OPTION_TEXT
    extra = tail.strip()
    opening = "\\[" if extra.startswith("\\[") else "["  # older typer escapes it for rich
    if extra.startswith(opening) and extra.endswith("]"):
        pieces = [_translate_extra(piece) for piece in extra[len(opening) : -1].split("; ")]
        extra = opening + "; ".join(pieces) + "]"
    if not extra:
        return base
    return f"{base}  {extra}" if base else extra


def _deprecated_note(command: Any) -> str:
    if not command.deprecated:
        return ""
    if isinstance(command.deprecated, str):
        return f"(verouderd: {command.deprecated})"
    return "(verouderd)"


def _short_help(command: Any, limit: int) -> str:
    text = command.get_short_help_str(limit)
    if command.deprecated:
        text = re.sub(r"\s*\(DEPRECATED(?::[^)]*)?\)$", "", text)
        text = f"{text} {_deprecated_note(command)}".strip()
    return text


def _write_usage(ctx: DutchContext, formatter: Any) -> None:
    command = ctx.command
    pieces: list[str] = []
    if command.options_metavar:
        pieces.append(METAVARS.get(command.options_metavar, command.options_metavar))
    for param in command.get_params(ctx):
        pieces.extend(_usage_pieces(param, ctx))
    subcommand_metavar = getattr(command, "subcommand_metavar", None)
    if subcommand_metavar and hasattr(command, "list_commands"):
        pieces.append(METAVARS.get(subcommand_metavar, subcommand_metavar))
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=USAGE_PREFIX)


def _write_help_text(ctx: DutchContext, formatter: Any) -> None:
    command = ctx.command
    text = inspect.cleandoc(command.help).partition("\f")[0] if command.help else ""
    text = f"{text} {_deprecated_note(command)}".strip()
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
        record = param.get_help_record(ctx)
        if record is None:
            continue
        row = (
            _record_name(param, record[0], ctx),
            _record_help(param, record[1], param is help_option),
        )
        (arguments if _is_argument(param) else options).append(row)
    _write_section(formatter, HEADINGS["arguments"], arguments)
    _write_section(formatter, HEADINGS["options"], options)


def _write_commands(ctx: DutchContext, formatter: Any) -> None:
    group = ctx.command
    if not hasattr(group, "list_commands"):
        return
    commands = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is not None and not command.hidden:
            commands.append((name, command))
    if commands:
        # As click does: leave room for three times the usual spacing.
        limit = formatter.width - 6 - max(len(name) for name, _ in commands)
        rows = [(name, _short_help(command, limit)) for name, command in commands]
        _write_section(formatter, HEADINGS["commands"], rows)


# --- usage errors --------------------------------------------------------------------------


def _or_list(items: Sequence[str]) -> str:
    """`a, b of c`."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} of {items[-1]}"


def _quoted_items(text: str) -> list[str]:
    """`'a', 'b'` -> ["a", "b"]."""
    return [item.strip().strip("'\"") for item in text.split(",") if item.strip()]


def _param_hint(error: BadParameter) -> str | None:
    if error.param_hint is not None:
        hints = [error.param_hint] if isinstance(error.param_hint, str) else error.param_hint
        return " / ".join(str(hint).strip("'\"") for hint in hints)
    if error.param is not None:
        return _param_label(error.param)
    return None


# click's English messages, matched only when an error is shown (compiled lazily by re).
CHOICE = r"^(?:Value error, )?(?P<value>.+?) is not one of (?P<choices>.+?)\.?$"
FORMATS = r"^(?:Value error, )?(?P<value>.+?) does not match the formats (?P<f>.+?)\.$"
# typer says file/dir/path, click File/Directory/Path.
PATH_KIND = {"file": "het bestand", "dir": "de map", "directory": "de map", "path": "het pad"}
PATH_PROBLEM = (
    r"^(?P<kind>(?i:file|directory|dir|path)) (?P<path>.+) "
    r"(?P<problem>does not exist|is a file|is a directory|is not readable|is not writable)\.$"
)
PATH_PROBLEMS = {
    "does not exist": "bestaat niet",
    "is a file": "is een bestand, geen map",
    "is a directory": "is een map, geen bestand",
    "is not readable": "is niet te lezen",
    "is not writable": "is niet te beschrijven",
}
NOT_VALID = r"^Value (?P<value>.+) is not a valid .+\.$"
# pydantic error types (the validator typer uses) that we can say plainly.
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


def _validation_error(error: BaseException) -> dict[str, Any] | None:
    """The first error of the pydantic ValidationError behind a BadParameter, if any."""
    cause = error.__cause__
    errors = getattr(cause, "errors", None)
    if not callable(errors):
        return None
    found = errors()
    return found[0] if found else None


def _bad_value(error: BadParameter) -> str:
    """What was wrong with the value, in Dutch; texts we do not know pass unchanged."""
    message = error.message
    if match := re.match(FORMATS, message):
        return f"{match['value']} past niet bij de vorm {_or_list(_quoted_items(match['f']))}"
    if match := re.match(PATH_PROBLEM, message):
        problem = PATH_PROBLEMS[match["problem"]]
        return f"{PATH_KIND[match['kind'].lower()]} {match['path']} {problem}"
    if match := re.match(NOT_VALID, message):
        return f"{match['value']} is geen geldige waarde"
    detail = _validation_error(error)
    if detail is None:
        return message
    value = repr(detail.get("input"))
    kind = detail.get("type", "")
    if kind in NUMBER_ERRORS:
        return f"{value} {NUMBER_ERRORS[kind]}"
    if kind in BOUND_ERRORS:
        key, template = BOUND_ERRORS[kind]
        # A number out of range reads best bare: `0 moet minstens 1 zijn`.
        bound = (detail.get("ctx") or {}).get(key, "?")
        return f"{detail.get('input')} " + template.format(bound)
    return f"{value} is geen geldige waarde"


def _missing(error: MissingParameter) -> str:
    hint = _param_hint(error)
    kind = error.param_type or (error.param.param_type_name if error.param else "")
    if kind == "argument":
        text = f"het argument {hint} ontbreekt." if hint else "er ontbreekt een argument."
    elif kind == "option":
        text = f"de optie {hint} ontbreekt." if hint else "er ontbreekt een optie."
    else:
        text = f"{hint} ontbreekt." if hint else "er ontbreekt een waarde."
    choices = getattr(getattr(error.param, "type_descriptor", None), "choices", None)
    if choices:
        text += f" Kies uit {_or_list([str(getattr(c, 'value', c)) for c in choices])}."
    if error.message:
        text += f" {error.message}"
    return text


def _no_such_option(error: NoSuchOption) -> str:
    text = f"de optie {error.option_name} bestaat niet."
    if error.possibilities:
        text += f" Bedoel je {_or_list(sorted(error.possibilities))}?"
    return text


def _bad_option_usage(error: BadOptionUsage) -> str:
    name = error.option_name
    if error.message.endswith("requires an argument."):
        return f"de optie {name} heeft een waarde nodig."
    if match := re.search(r"requires (\d+) arguments\.$", error.message):
        return f"de optie {name} heeft {match[1]} waarden nodig."
    if error.message.endswith("does not take a value."):
        return f"de optie {name} krijgt geen waarde."
    return error.message


COMMAND_UNKNOWN = r"^No such command (?P<name>.+?)\.(?: Did you mean (?P<alt>.+)\?)?$"
EXTRA_ARGS = r"^Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)$"
TAKES_VALUES = r"^Argument '(?P<name>.+)' takes (?P<n>\d+) values\.$"


def _usage_message(error: UsageError) -> str:
    message = error.message
    if match := re.match(COMMAND_UNKNOWN, message):
        text = f"het commando {match['name']} bestaat niet."
        if match["alt"]:
            text += f" Bedoel je {_or_list(match['alt'].split(', '))}?"
        return text
    if message == "Missing command.":
        return "geef een commando."
    if match := re.match(EXTRA_ARGS, message):
        extra = match["args"]
        if " " in extra:
            return f"onverwachte extra argumenten: {extra}"
        return f"onverwacht extra argument: {extra}"
    if match := re.match(TAKES_VALUES, message):
        return f"het argument {match['name'].upper()} heeft {match['n']} waarden nodig."
    return message


def dutch_message(error: UsageError) -> str:
    """The Dutch text after `fout: ` for one of click's usage errors."""
    if isinstance(error, MissingParameter):
        return _missing(error)
    if isinstance(error, NoSuchOption):
        return _no_such_option(error)
    if isinstance(error, BadOptionUsage):
        return _bad_option_usage(error)
    if isinstance(error, BadArgumentUsage):
        return _usage_message(error)
    if isinstance(error, BadParameter):
        hint = _param_hint(error)
        if match := re.match(CHOICE, error.message):
            choices = _or_list(_quoted_items(match["choices"]))
            target = f" voor {hint}" if hint else ""
            return f"ongeldige waarde {match['value']}{target}; kies uit {choices}."
        value = _bad_value(error)
        return f"ongeldige waarde voor {hint}: {value}" if hint else value
    return _usage_message(error)


class DutchUsageError(UsageError):
    """A usage error told in Dutch: usage line, where to find help, then `fout: ...`."""

    def __init__(self, original: UsageError) -> None:
        try:
            message = dutch_message(original)
        except Exception:  # an unexpected shape of error: English beats a crash
            message = original.format_message()
        super().__init__(message, original.ctx)
        self.original = original
        self.exit_code = original.exit_code

    def show(self, file: IO[Any] | None = None) -> None:
        ctx = self.ctx
        err = file is None
        if ctx is not None:
            try:
                usage = ctx.get_usage()
                hint = ""
                if ctx.command.get_help_option(ctx) is not None:
                    hint = f"Kijk voor hulp bij '{ctx.command_path} {ctx.help_option_names[0]}'.\n"
            except Exception:  # typer changed inside: the error itself still matters most
                usage, hint = "", ""
            if usage:
                typer.echo(f"{usage}\n{hint}", file=file, err=err, color=ctx.color)
        typer.echo(f"fout: {self.format_message()}", file=file, err=err)


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
    if isinstance(error, (DutchUsageError, *NOT_TRANSLATED)):
        return None  # already Dutch, or a help page (drawn by DutchContext.get_help)
    if isinstance(error, UsageError):
        if error.ctx is None:
            # The option parser raises without a context; the innermost one is the right one.
            error.ctx = ctx
            error.cmd = ctx.command
        return DutchUsageError(error)
    if isinstance(error, EOFError | typer.Abort):
        return DutchAbort(after_input=isinstance(error, EOFError))
    return None


# --- the classes impl uses -----------------------------------------------------------------


class DutchContext(typer.Context):
    """A click context whose help page, usage line and usage errors are Dutch."""

    def get_usage(self) -> str:
        try:
            formatter = self.make_formatter()
            _write_usage(self, formatter)
            return formatter.getvalue().rstrip("\n")
        except Exception:  # typer changed inside: English usage is better than none
            return super().get_usage()

    def get_help(self) -> str:
        try:
            formatter = self.make_formatter()
            _write_usage(self, formatter)
            _write_help_text(self, formatter)
            _write_params(self, formatter)
            _write_commands(self, formatter)
            self.command.format_epilog(self, formatter)
            return formatter.getvalue().rstrip("\n")
        except Exception:  # typer changed inside: English help is better than none
            return super().get_help()

    @property
    def command_path(self) -> str:
        """`impl check`, with a parent's arguments written as in our usage line."""
        if self.parent is None:
            return self.info_name or ""
        parts = [self.parent.command_path]
        for param in self.parent.command.get_params(self):
            parts.extend(_usage_pieces(param, self))
        parts.append(self.info_name or "")
        return " ".join(part for part in parts if part)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        # Every parse and every command callback runs inside a context, so this is the one
        # place where all of click's English usage errors pass before typer prints them.
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

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        # Not given, typer's help flag is None, which typer runs through pydantic: that
        # import alone costs ~40 ms of `impl check --help`. False means the same, for free.
        if option is not None and option.default is None:
            option.default = False
        return option
