"""Dutch usage errors, written from the class and fields of click's error and, for a value of
the wrong type, from the pydantic error behind it (its error type and the value typed).

Imported only when a command line is wrong: `impl check` start-up is measured.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import PurePath
from typing import IO, TYPE_CHECKING, Any

import typer
from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    ClickException,
    MissingParameter,
    NoSuchOption,
    UsageError,
)
from typer.core import TyperOption

from ..dutch import enumeration
from . import DutchBadParameter, DutchUsageError
from .help_page import choices, param_label

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails
    from typer._click.core import Context, Parameter

# An extra argument with one of these suffixes is an output name without its -o.
_DOCUMENT_SUFFIXES = {".docx", ".html", ".htm", ".md", ".markdown", ".json", ".csv", ".txt", ".pdf"}
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


def _param_hint(error: BadParameter) -> str | None:
    if error.param_hint is not None:
        hints = [error.param_hint] if isinstance(error.param_hint, str) else error.param_hint
        return " / ".join(str(hint).strip("'\"") for hint in hints)
    if error.param is not None:
        return param_label(error.param)
    return None


def _validation_error(error: BaseException) -> ErrorDetails | None:
    """The first error of the pydantic ValidationError behind a BadParameter, if any."""
    errors = getattr(error.__cause__, "errors", None)
    if not callable(errors):
        return None
    found: list[ErrorDetails] = errors()
    return found[0] if found else None


def _bad_parameter(error: BadParameter) -> str:
    hint = _param_hint(error)
    detail = _validation_error(error)
    if isinstance(error, DutchBadParameter) or detail is None:
        # Raised by a command, in Dutch; typer's English path checks are not used in impl.
        return f"ongeldige waarde voor {hint}: {error.message}" if hint else error.message
    value = detail.get("input")
    allowed = choices(error.param)
    if allowed:
        target = f" voor {hint}" if hint else ""
        return f"ongeldige waarde {value!r}{target}; kies uit {enumeration(allowed, 'of')}."
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
    allowed = choices(error.param)
    if allowed:
        text += f" Kies uit {enumeration(allowed, 'of')}."
    return text


def _no_such_option(error: NoSuchOption) -> str:
    text = f"de optie {error.option_name} bestaat niet."
    if error.possibilities:
        text += f" Bedoel je {enumeration(sorted(error.possibilities), 'of')}?"
    return text


def _option_named(ctx: Context | None, name: str) -> Parameter | None:
    for param in ctx.command.get_params(ctx) if ctx is not None else ():
        if name in (*param.opts, *param.secondary_opts):
            return param
    return None


def _bad_option_usage(error: BadOptionUsage) -> str:
    """A flag given a value, or an option left without one."""
    name = error.option_name
    option = _option_named(error.ctx, name)
    if not isinstance(option, TyperOption):  # typer builds every option as a TyperOption
        return f"de optie {name} is verkeerd gebruikt."
    if option.is_flag or option.count:
        return f"de optie {name} krijgt geen waarde."
    if option.nargs > 1:
        return f"de optie {name} heeft {option.nargs} waarden nodig."
    return f"de optie {name} heeft een waarde nodig."


def unknown_command(ctx: Context, name: str, known: Iterable[str]) -> UsageError:
    text = f"het commando {name!r} bestaat niet."
    close = difflib.get_close_matches(name, list(known))
    if close:
        text += f" Bedoel je {enumeration([repr(c) for c in close], 'of')}?"
    return DutchUsageError(text, ctx)


def extra_args_message(ctx: typer.Context) -> str:
    """For arguments a command does not take: most often an output name without its -o, or
    a name with a space the shell cut in two."""
    from ..files import name_with_spaces, quote_hint  # only this message reads file names

    word = "argumenten" if len(ctx.args) > 1 else "argument"
    text = f"onverwacht extra {word}: {' '.join(ctx.args)}."
    takes_output = any("-o" in param.opts for param in ctx.command.params)
    document = PurePath(ctx.args[-1]).suffix.lower() in _DOCUMENT_SUFFIXES
    if takes_output and len(ctx.args) == 1 and document:
        # `impl render plan.yaml plan.docx`: the -o was forgotten, not a quote.
        named = f'"{ctx.args[0]}"' if " " in ctx.args[0] else ctx.args[0]
        return f"{text} Bedoel je `-o {named}`?"
    for value in ctx.params.values():
        if isinstance(value, str | PurePath):
            spaced = name_with_spaces([str(value), *ctx.args])
            if spaced:  # `impl render mijn plan.yaml`: one name, cut in two by the shell
                hint = quote_hint(spaced)
                return f"{text} {hint[0].upper()}{hint[1:]}."
    return f"{text} Staat er een spatie in een naam? Zet die naam dan tussen aanhalingstekens."


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
