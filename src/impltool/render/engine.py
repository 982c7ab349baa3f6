"""The Jinja environment for the document: sandboxed, strict, and with Dutch errors.

Templates may come from the user (`--sjabloon DIR`), so every template runs in Jinja's
immutable sandbox: no reaching Python internals, no changing the plan data. On top of the
sandbox, expressions that would build a huge string or number (`'x' * 10**9`, `10**10**8`,
`'x'|center(10**9)`) are refused, and the output is cut off above a size bound.

Template lookup: the user's folder first, then the format's built-in templates. So a house
style can replace the whole document (`plan.md.j2`, `plan.html.j2`), or extend the built-in
one with `{% extends "ingebouwd/plan.html.j2" %}` and replace only some blocks.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import missing

BUILTIN_PREFIX = "ingebouwd"
MAX_OUTPUT_CHARS = 64 * 1024 * 1024
MAX_SIZE_ARGUMENT = 1_000_000  # widths, counts and repetitions a document could need
MAX_POWER_BITS = 4096
_HUGE_FORMAT = re.compile(r"(%[-#0 +]*\d{7,})|(\{[^{}]*:[^{}]*\d{7,}[^{}]*\})")


class TemplateProblem(Exception):
    """A template that cannot be loaded or rendered; `str()` is the Dutch message."""


class _GuardedEnvironment(ImmutableSandboxedEnvironment):
    """The immutable sandbox, plus limits on expressions that explode in size."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if op == "*":
            _check_repeat(left, right)
            _check_repeat(right, left)
            return operator.mul(left, right)
        if op == "**":
            _check_power(left, right)
            return operator.pow(left, right)
        if op == "%" and isinstance(left, str):
            _check_format(left)
        return super().call_binop(context, op, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        # String methods can build huge strings: 'x'.center(10**9), '{:>999999999}'.format(1).
        # The sandbox hands out str.format wrapped; the wrapper keeps the bound method.
        method = getattr(__obj, "__wrapped__", __obj)
        if isinstance(getattr(method, "__self__", None), str):
            _check_arguments(args, kwargs)
            if getattr(method, "__name__", "") in {"format", "format_map"}:
                _check_format(method.__self__)
        return super().call(__context, __obj, *args, **kwargs)


def _refuse(what: str) -> SecurityError:
    return SecurityError(f"{what} wordt te groot; zo'n uitdrukking hoort niet in een sjabloon")


def _check_repeat(sequence: Any, times: Any) -> None:
    sized = isinstance(sequence, str | list | tuple) and isinstance(times, int)
    if sized and len(sequence) * times > MAX_SIZE_ARGUMENT:
        raise _refuse("deze herhaling")


def _check_power(base: Any, exponent: Any) -> None:
    whole = isinstance(base, int) and isinstance(exponent, int) and abs(base) > 1
    if whole and exponent * abs(base).bit_length() > MAX_POWER_BITS:
        raise _refuse("deze macht")


def _check_format(pattern: str) -> None:
    if _HUGE_FORMAT.search(pattern):
        raise _refuse("deze opmaak")


def _check_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        number = isinstance(value, int) and not isinstance(value, bool)
        if number and abs(value) > MAX_SIZE_ARGUMENT:
            raise _refuse(f"het getal {value}")


def _guard_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    """Refuse huge number arguments to a built-in filter (`center`, `indent`, `format`...)."""

    # Only the arguments after the value: the value itself may be any number from the plan.
    skip = 2 if getattr(function, "jinja_pass_arg", None) else 1

    @functools.wraps(function)  # keeps Jinja's pass_context/pass_environment marker
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _check_arguments(args[skip:], kwargs)
        if function.__name__ == "do_format" and len(args) >= skip:
            _check_format(str(args[skip - 1]))
        return function(*args, **kwargs)

    return guarded


def builtin_dir(medium: str) -> Path:
    """The document templates that ship with impl for one format (`md`, `html`)."""
    from ..resources import resource_dir

    return resource_dir("templates") / "document" / medium


class DutchUndefined(jinja2.StrictUndefined):
    """A missing name or field that stops the document, with a Dutch message.

    Jinja hands its Undefined what was missing (the name, and the object it was asked of),
    so the message is written here from that, instead of translating Jinja's English.
    """

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        name, owner = self._undefined_name, self._undefined_obj
        if self._undefined_exception is not jinja2.UndefinedError:  # the sandbox said no
            return f"het veld '{name}' van {type(owner).__name__}"
        if owner is missing:
            return f"onbekende naam '{name}' in het sjabloon"
        if owner is None:
            return (
                f"'{name}' gevraagd van iets dat leeg is; zet er "
                "{% if ... %} omheen voor plannen zonder dit onderdeel"
            )
        return f"onbekend veld '{name}' in het sjabloon"


def make_environment(
    medium: str,
    template_dir: Path | None = None,
    *,
    autoescape: bool,
    filters: dict[str, Callable[..., Any]],
    globals: dict[str, Any] | None = None,
    finalize: Callable[[Any], Any] | None = None,
) -> jinja2.Environment:
    """The environment for one format's built-in templates, or a user's folder over them.

    The format module brings its own filters (escaping is per medium); with `autoescape`
    (HTML) every value from the plan is escaped unless a filter marks it safe.
    """
    builtin = jinja2.FileSystemLoader(str(builtin_dir(medium)), encoding="utf-8")
    loaders: list[jinja2.BaseLoader] = []
    if template_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(template_dir), encoding="utf-8"))
    loaders += [jinja2.PrefixLoader({BUILTIN_PREFIX: builtin}), builtin]
    env = _GuardedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=DutchUndefined,
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        finalize=finalize,
    )
    env.filters = {name: _guard_filter(f) for name, f in env.filters.items()}
    env.globals.pop("lipsum", None)  # lipsum(10**9) would write a library
    env.filters.update(filters)
    env.globals.update(globals or {})
    return env


def render_template(env: jinja2.Environment, main: str, context: dict[str, Any]) -> str:
    """Render the main template; every failure becomes a TemplateProblem naming file:line."""
    try:
        template = env.get_template(main)
        chunks: list[str] = []
        size = 0
        for chunk in template.generate(context):
            size += len(chunk)
            if size > MAX_OUTPUT_CHARS:
                raise TemplateProblem(
                    f"{template.filename}: het document wordt groter dan "
                    f"{MAX_OUTPUT_CHARS // (1024 * 1024)} MB; het sjabloon maakt te veel tekst"
                )
            chunks.append(chunk)
    except TemplateProblem:
        raise
    except jinja2.TemplateSyntaxError as error:
        where = f"{error.filename or error.name}:{error.lineno}"
        raise TemplateProblem(f"{where}: fout in het sjabloon: {error.message}") from None
    except jinja2.TemplateNotFound as error:
        raise TemplateProblem(
            _where(error.__traceback__)
            + f"sjabloon '{error.name}' niet gevonden (gezocht in de eigen map en in de "
            "ingebouwde sjablonen)"
        ) from None
    except jinja2.UndefinedError as error:  # its message is Dutch: DutchUndefined wrote it
        raise TemplateProblem(_where(error.__traceback__) + str(error)) from None
    except SecurityError as error:
        raise TemplateProblem(
            _where(error.__traceback__) + f"dit mag niet in een sjabloon: {error}"
        ) from None
    except RecursionError:
        raise TemplateProblem(
            "de sjablonen roepen elkaar eindeloos aan (een sjabloon dat zichzelf uitbreidt "
            f"of insluit?); gebruik '{BUILTIN_PREFIX}/{main}' voor het ingebouwde "
            "document"
        ) from None
    except Exception as error:  # a filter or expression failed on the data
        raise TemplateProblem(
            _where(error.__traceback__) + f"fout in het sjabloon: {error}"
        ) from None
    return "".join(chunks)


def check_blocks(env: jinja2.Environment, main: str) -> None:
    """A house style that extends a template may only fill blocks that template has:
    a misspelled block (`kopje` for `kop`) would otherwise vanish without a word."""
    assert env.loader is not None
    try:
        source, filename, _ = env.loader.get_source(env, main)
        tree = env.parse(source)
    except jinja2.TemplateError:
        return  # render_template reports it with its file and line
    extends = next(tree.find_all(jinja2.nodes.Extends), None)
    if extends is None or not isinstance(extends.template, jinja2.nodes.Const):
        return
    try:
        parent = env.get_template(extends.template.value)
    except jinja2.TemplateError:
        return
    for block in tree.find_all(jinja2.nodes.Block):
        if block.name not in parent.blocks:
            raise TemplateProblem(
                f"{filename}:{block.lineno}: het blok '{block.name}' bestaat niet in "
                f"{extends.template.value}; kies uit: {', '.join(parent.blocks)}"
            )


def _where(traceback: TracebackType | None) -> str:
    """`file:line: ` of the innermost template frame in a traceback, or nothing."""
    found = ""
    while traceback is not None:
        frame = traceback.tb_frame
        if "__jinja_exception__" in frame.f_globals:
            found = f"{frame.f_code.co_filename}:{traceback.tb_lineno}: "
        traceback = traceback.tb_next
    return found
