"""The Jinja environment for the document: sandboxed, strict, and with Dutch errors.

Templates may come from the user (`--sjabloon DIR`), so every template runs in Jinja's
immutable sandbox: no reaching Python internals, no changing the plan data. On top of the
sandbox, expressions that would build a huge string or number are refused (sandbox.py), and
the output is cut off above a size bound.

Template lookup: the user's folder first, then the format's built-in templates. So a house
style can replace the whole document (`plan.md.j2`, `plan.html.j2`), or extend the built-in
one with `{% extends "ingebouwd/plan.html.j2" %}` and replace only some blocks.

A user's folder is read by `FolderLoader`: only regular files that really lie inside the
folder (a symbolic link out of it is refused), only when a template asks for them, and none
larger than a template can reasonably be. A user's templates also run under
`template_limits.limits()`: at most TEMPLATE_SECONDS of processor time and TEMPLATE_MEMORY
more memory, then a Dutch error naming the template line that was running.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.utils import missing

from .sandbox import MAX_OUTPUT_CHARS, GuardedEnvironment, guard_filter
from .template_limits import TEMPLATE_MEMORY, Stopped, limits

BUILTIN_PREFIX = "ingebouwd"
MAX_TEMPLATE_BYTES = 1024 * 1024
MAX_EXPRESSION_TOKENS = 400  # one {{ ... }} or {% ... %}; real templates use under 50
MAX_NESTING = 60  # brackets inside one expression, or blocks inside each other


class TemplateProblem(Exception):
    """A template that cannot be loaded or rendered; `str()` is the Dutch message."""


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


class FolderLoader(jinja2.BaseLoader):
    """A user's template folder: only regular files really inside it, read when asked for."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(os.path.realpath(folder))

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        from ..files import NotRegular, os_error_text, read_regular

        pieces = jinja2.loaders.split_template_path(template)  # refuses `..`
        path = self.folder.joinpath(*pieces)
        shown = str(path)
        try:
            real = Path(os.path.realpath(path, strict=True))
        except FileNotFoundError:
            real = Path(os.path.realpath(path))
            if real.is_relative_to(self.folder):
                raise jinja2.TemplateNotFound(template) from None
        except OSError as error:
            raise TemplateProblem(f"{shown}: {os_error_text(error)}") from None
        if not real.is_relative_to(self.folder):
            raise TemplateProblem(
                f"{shown}: dit sjabloon wijst via een symbolische link naar {real}, buiten "
                "de sjabloonmap; impl leest alleen sjablonen die echt in de map staan"
            )
        if real.is_dir():
            raise jinja2.TemplateNotFound(template)
        try:
            raw = read_regular(real, MAX_TEMPLATE_BYTES + 1)
        except NotRegular as error:
            raise TemplateProblem(
                f"{shown}: {error.strerror}; een sjabloon is een tekstbestand"
            ) from None
        except OSError as error:
            raise TemplateProblem(
                f"{shown}: dit sjabloon kan impl niet lezen: {os_error_text(error)}"
            ) from None
        if len(raw) > MAX_TEMPLATE_BYTES:
            raise TemplateProblem(
                f"{shown}: dit sjabloon is groter dan {MAX_TEMPLATE_BYTES // 1024 // 1024} MB; "
                "zo groot is geen sjabloon"
            )
        try:
            source = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw.count(b"\n", 0, error.start) + 1
            raise TemplateProblem(
                f"{shown}:{line}: dit sjabloon is geen UTF-8; sla het op als UTF-8"
            ) from None
        _check_complexity(environment, source, template, shown)
        return source, shown, lambda: True


_OPENING = {"if", "for", "block", "macro", "call", "filter", "with", "autoescape", "trans"}


def _check_complexity(env: jinja2.Environment, source: str, name: str, shown: str) -> None:
    """Refuse what would make Jinja's parser or Python's compiler recurse thousands of levels
    deep (`((((...))))`, `not not not ...`, `x|f|f|f...`, blocks in blocks): one
    expression of hundreds of tokens, or nesting no document needs."""
    blocks = 0
    tokens = depth = 0
    tag: list[str] = []
    inside = False
    try:
        for line, kind, value in env.lexer.tokeniter(source, name, shown):
            if kind in ("variable_begin", "block_begin"):
                tokens = depth = 0
                tag = []
                inside = True
                continue
            if kind in ("variable_end", "block_end"):
                inside = False
                opens = tag[:1] == ["set"] and "=" not in tag
                if opens or (tag and tag[0] in _OPENING):
                    blocks += 1
                elif tag and tag[0].startswith("end"):
                    blocks -= 1
                if blocks > MAX_NESTING:
                    raise TemplateProblem(
                        f"{shown}:{line}: hier staan meer dan {MAX_NESTING} blokken in "
                        "elkaar; zo diep nest geen sjabloon"
                    )
                continue
            if not inside or kind == "whitespace":
                continue
            tokens += 1
            if len(tag) < 8:
                tag.append(value if kind in ("name", "operator") else kind)
            if value in ("(", "[", "{"):
                depth += 1
            elif value in (")", "]", "}"):
                depth -= 1
            if tokens > MAX_EXPRESSION_TOKENS or depth > MAX_NESTING:
                raise TemplateProblem(
                    f"{shown}:{line}: deze uitdrukking is te lang of te diep genest; "
                    "splits haar op in kleinere stappen"
                )
    except jinja2.TemplateSyntaxError:
        return  # the parser reports it with its own line


def make_environment(
    medium: str,
    template_dir: Path | None = None,
    *,
    autoescape: bool,
    filters: dict[str, Callable[..., Any]],
    globals: dict[str, Any] | None = None,
    finalize: Callable[[Any], Any] | None = None,
    builtin: Path | None = None,
) -> jinja2.Environment:
    """The environment for one format's built-in templates, or a user's folder over them.

    The format module brings its own filters (escaping is per medium); with `autoescape`
    (HTML) every value from the plan is escaped unless a filter marks it safe. `builtin` is
    the folder of built-in templates when it is not the document's (the overview's page).
    """
    builtin_loader = jinja2.FileSystemLoader(str(builtin or builtin_dir(medium)), encoding="utf-8")
    loaders: list[jinja2.BaseLoader] = []
    if template_dir is not None:
        loaders.append(FolderLoader(template_dir))
    loaders += [jinja2.PrefixLoader({BUILTIN_PREFIX: builtin_loader}), builtin_loader]
    env = GuardedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=DutchUndefined,
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        finalize=finalize,
    )
    env.filters = {name: guard_filter(f) for name, f in env.filters.items()}
    env.globals.pop("lipsum", None)  # lipsum(10**9) would write a library
    env.filters.update(filters)
    env.globals.update(globals or {})
    env.user_templates = template_dir is not None  # render_template runs them in limits()
    return env


def render_template(env: jinja2.Environment, main: str, context: dict[str, Any]) -> str:
    """Render the main template; every failure becomes a TemplateProblem naming file:line.

    A user's templates (`--sjabloon`) run within TEMPLATE_SECONDS and TEMPLATE_MEMORY.
    """
    limited = getattr(env, "user_templates", False)
    guard = limits() if limited else contextlib.nullcontext()
    template: jinja2.Template | None = None
    try:
        with guard:
            template = env.get_template(main)
            return _bounded_output(template, context)
    except TemplateProblem:
        raise
    except (Stopped, Exception) as error:  # noqa: BLE001 - a template can fail in any way
        raise _problem(error, template, main) from None


def _bounded_output(template: jinja2.Template, context: dict[str, Any]) -> str:
    """The template's output, stopped as soon as it passes MAX_OUTPUT_CHARS."""
    chunks: list[str] = []
    size = 0
    for chunk in template.generate(context):
        size += len(chunk)
        if size > MAX_OUTPUT_CHARS:
            raise TemplateProblem(
                f"{template.filename}: het document wordt groter dan "
                f"{MAX_OUTPUT_CHARS // (1024 * 1024)} MB; het sjabloon maakt te veel "
                "tekst"
            )
        chunks.append(chunk)
    return "".join(chunks)


def _problem(error: BaseException, template: jinja2.Template | None, main: str) -> TemplateProblem:
    """What went wrong in a template, in Dutch, after the `file:line` where it happened
    (for a stop or a memory error, at least the main template's file)."""
    where = _where(error.__traceback__)
    if isinstance(error, Stopped):
        return TemplateProblem(
            _where(error.__traceback__, template)
            + f"het sjabloon is na {error.seconds:.0f} seconden rekenen nog niet klaar en "
            "is gestopt; staat er een lus in een lus over veel items?"
        )
    if isinstance(error, MemoryError):
        return TemplateProblem(
            _where(error.__traceback__, template)
            + f"het sjabloon gebruikt meer dan {TEMPLATE_MEMORY // (1024 * 1024)} MB "
            "geheugen en is gestopt; maakt het ergens een enorme tekst of lijst?"
        )
    if isinstance(error, jinja2.TemplateSyntaxError):
        return TemplateProblem(
            f"{error.filename or error.name}:{error.lineno}: fout in het sjabloon: {error.message}"
        )
    if isinstance(error, jinja2.TemplateNotFound):
        return TemplateProblem(
            where + f"sjabloon '{error.name}' niet gevonden (gezocht in de eigen map en in de "
            "ingebouwde sjablonen)"
        )
    if isinstance(error, jinja2.UndefinedError):  # its message is Dutch: DutchUndefined's
        return TemplateProblem(where + str(error))
    if isinstance(error, SecurityError):
        return TemplateProblem(where + f"dit mag niet in een sjabloon: {error}")
    if isinstance(error, RecursionError):
        return TemplateProblem(
            where + "de sjablonen roepen elkaar eindeloos aan (een sjabloon dat zichzelf "
            "uitbreidt of insluit, of een macro die zichzelf aanroept?); gebruik "
            f"'{BUILTIN_PREFIX}/{main}' voor het ingebouwde document"
        )
    return TemplateProblem(where + f"fout in het sjabloon: {error}")


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
    # A block inside another block is a new one (a place for the next template to fill).
    nested = {
        inner.name
        for outer in tree.find_all(jinja2.nodes.Block)
        for inner in outer.find_all(jinja2.nodes.Block)
    }
    for block in tree.find_all(jinja2.nodes.Block):
        if block.name not in parent.blocks and block.name not in nested:
            raise TemplateProblem(
                f"{filename}:{block.lineno}: het blok '{block.name}' bestaat niet in "
                f"{extends.template.value}; kies uit: {', '.join(parent.blocks)}"
            )


def _where(traceback: TracebackType | None, template: jinja2.Template | None = None) -> str:
    """`file:line: ` of the innermost template frame in a traceback, else the main
    template's file (when known), or nothing.

    Jinja rewrites the traceback of an Exception to show template lines; for what it does
    not rewrite (a stop by `limits()`), the compiled template maps its own lines back.
    """
    found = f"{template.filename}: " if template is not None and template.filename else ""
    while traceback is not None:
        frame = traceback.tb_frame
        if "__jinja_exception__" in frame.f_globals:
            found = f"{frame.f_code.co_filename}:{traceback.tb_lineno}: "
        elif isinstance(compiled := frame.f_globals.get("__jinja_template__"), jinja2.Template):
            line = compiled.get_corresponding_lineno(traceback.tb_lineno)
            found = f"{compiled.filename}:{line}: "
        traceback = traceback.tb_next
    return found
