"""The Dutch help page and usage line, written from a command and its parameters.

Imported only when a help page or a usage line is drawn (`DutchContext.get_help`,
`get_usage`), or a usage error names a parameter: `impl check` start-up is measured.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, get_args

from typer.core import TyperArgument, TyperGroup, TyperOption

if TYPE_CHECKING:
    import typer
    from typer._click.core import Command, Context, Parameter
    from typer._click.formatting import HelpFormatter
    from typing_extensions import TypeIs

USAGE_PREFIX = "Gebruik: "
HELP_OPTION_TEXT = "Toon deze hulp en stop."
HEADINGS = {"arguments": "Argumenten", "options": "Opties", "commands": "Commando's"}
OPTIONS_METAVAR = "[OPTIES]"
SUBCOMMAND_METAVAR = "COMMANDO [ARGUMENTEN]..."
# Dutch names for the type of a value, after an option or argument without a metavar.
TYPE_LABELS: dict[object, str] = {
    str: "TEKST",
    int: "GETAL",
    float: "GETAL",
    bool: "JA|NEE",
    date: "DATUM",
    datetime: "DATUM",
}


def is_argument(param: Parameter) -> TypeIs[TyperArgument]:
    return isinstance(param, TyperArgument)


def _argument_label(param: TyperArgument) -> str:
    """`PLAN...`: the metavar (or the name in capitals), with `...` if it takes several."""
    label: str = param.metavar or param.name.upper()
    if param.nargs != 1 and not label.endswith("..."):
        label += "..."
    return label


def argument_usage(param: TyperArgument) -> str:
    """How an argument appears in the usage line: `PLAN...`, or `[PLAN]` if optional."""
    label = _argument_label(param)
    return label if param.required else f"[{label}]"


def _option_name(param: Parameter) -> str:
    """The name a user knows an option by: the long form if there is one."""
    opts: list[str] = [*param.opts, *param.secondary_opts]
    longs = [opt for opt in opts if opt.startswith("--")]
    return (longs or opts or [str(param.name)])[0]


def param_label(param: Parameter) -> str:
    return _argument_label(param) if is_argument(param) else _option_name(param)


def _bare_annotation(annotation: object) -> object:
    """`list[Path] | None` -> `Path`."""
    while True:
        inner = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(inner) != 1:
            return annotation
        annotation = inner[0]


def choices(param: Parameter | None) -> list[str]:
    """The values an option or argument allows, as typed ([] when any value goes)."""
    descriptor = getattr(param, "type_descriptor", None)
    allowed = getattr(descriptor, "choices", None) or ()
    return [str(choice.value if isinstance(choice, Enum) else choice) for choice in allowed]


def _value_label(param: TyperArgument | TyperOption) -> str:
    """What to write after an option or argument: its metavar, choices or Dutch type."""
    if param.metavar:
        return str(param.metavar)
    allowed = choices(param)
    if allowed:
        return f"[{'|'.join(allowed)}]"
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


def _row_name(param: TyperArgument | TyperOption) -> str:
    """The left column of a help row: `-o, --uitvoer PAD`, `PLAN...`, `NAAM TEKST`."""
    if is_argument(param):
        label = _argument_label(param)
        return label if param.metavar else f"{label} {_value_label(param)}"
    names = _joined_opts(param.opts)
    if param.secondary_opts:
        names += " / " + _joined_opts(param.secondary_opts)
    if param.is_flag or param.count:
        return names
    return f"{names} {_value_label(param)}"


def _default_text(param: TyperArgument | TyperOption, ctx: typer.Context) -> str | None:
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


def _row_help(param: TyperArgument | TyperOption, ctx: typer.Context, is_help: bool) -> str:
    """The right column: the parameter's help, then `[standaard: x; verplicht]`."""
    text = HELP_OPTION_TEXT if is_help else (param.help or "")
    extra = []
    default = _default_text(param, ctx)
    if default:
        extra.append(f"standaard: {default}")
    if param.min is not None:
        extra.append(f"minstens {param.min}")
    if param.max is not None:
        extra.append(f"hoogstens {param.max}")
    if param.required:
        extra.append("verplicht")
    if not extra:
        return text
    return f"{text}  [{'; '.join(extra)}]" if text else f"[{'; '.join(extra)}]"


def _deprecated_note(command: Command) -> str:
    if not command.deprecated:
        return ""
    if isinstance(command.deprecated, str):
        return f"(verouderd: {command.deprecated})"
    return "(verouderd)"


def _help_text(command: Command) -> str:
    return inspect.cleandoc(command.help).partition("\f")[0] if command.help else ""


def short_help(command: Command) -> str:
    """A command's line in the list of commands: its first sentence, never cut short.

    The help page wraps it when the terminal is narrow; a description ending in "..." would
    leave a newcomer guessing.
    """
    text = command.short_help or " ".join(_help_text(command).split("\n\n")[0].split())
    sentence, stop, _rest = text.partition(". ")
    text = sentence + "." if stop else text
    return f"{text} {_deprecated_note(command)}".strip()


def write_usage(ctx: Context, formatter: HelpFormatter) -> None:
    command = ctx.command
    pieces: list[str] = []
    if command.options_metavar:
        pieces.append(OPTIONS_METAVAR)
    for param in command.get_params(ctx):
        if is_argument(param):
            pieces.append(argument_usage(param))
    if isinstance(command, TyperGroup):
        pieces.append(SUBCOMMAND_METAVAR)
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=USAGE_PREFIX)


def write_help(ctx: typer.Context, formatter: HelpFormatter) -> None:
    """The whole help page: usage line, the command's text, its parameters and commands."""
    write_usage(ctx, formatter)
    _write_help_text(ctx.command, formatter)
    _write_params(ctx, formatter)
    _write_commands(ctx, formatter)


def _write_help_text(command: Command, formatter: HelpFormatter) -> None:
    text = f"{_help_text(command)} {_deprecated_note(command)}".strip()
    if text:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(text)


def _write_section(formatter: HelpFormatter, heading: str, rows: Sequence[tuple[str, str]]) -> None:
    if rows:
        with formatter.section(heading):
            formatter.write_dl(rows)


def _write_params(ctx: typer.Context, formatter: HelpFormatter) -> None:
    command = ctx.command
    help_option = command.get_help_option(ctx)
    arguments: list[tuple[str, str]] = []
    options: list[tuple[str, str]] = []
    for param in command.get_params(ctx):
        # typer builds every parameter as one of these two classes.
        if not isinstance(param, TyperArgument | TyperOption) or param.hidden:
            continue
        row = (_row_name(param), _row_help(param, ctx, param is help_option))
        (arguments if is_argument(param) else options).append(row)
    _write_section(formatter, HEADINGS["arguments"], arguments)
    _write_section(formatter, HEADINGS["options"], options)


def _write_commands(ctx: Context, formatter: HelpFormatter) -> None:
    group = ctx.command
    if not isinstance(group, TyperGroup):
        return
    rows = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is not None and not command.hidden:
            rows.append((name, short_help(command)))
    _write_section(formatter, HEADINGS["commands"], rows)
