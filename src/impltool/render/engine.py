"""The Jinja environment for the document: sandboxed, strict, and with Dutch errors.

Templates may come from the user (`--sjabloon DIR`), so every template runs in Jinja's
immutable sandbox: no reaching Python internals, no changing the plan data. On top of the
sandbox, expressions that would build a huge string or number (`'x' * 10**9`, `10**10**8`,
`'x'|center(10**9)`) are refused, and the output is cut off above a size bound.

Template lookup: the user's folder first, then the format's built-in templates. So a house
style can replace the whole document (`plan.md.j2`, `plan.html.j2`), or extend the built-in
one with `{% extends "ingebouwd/plan.html.j2" %}` and replace only some blocks.

A user's folder is read by `FolderLoader`: only regular files that really lie inside the
folder (a symbolic link out of it is refused), only when a template asks for them, and none
larger than a template can reasonably be. A user's templates also run under `limits()`: at
most TEMPLATE_SECONDS of processor time and TEMPLATE_MEMORY more memory, then a Dutch error
naming the template line that was running.
"""

from __future__ import annotations

import contextlib
import functools
import operator
import os
import re
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

import jinja2
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import missing

BUILTIN_PREFIX = "ingebouwd"
MAX_OUTPUT_CHARS = 16 * 1024 * 1024  # a real document is well under 1 MB
MAX_SIZE_ARGUMENT = 1_000_000  # widths, counts and repetitions a document could need
MAX_POWER_BITS = 4096
# A user's templates may use this much processor time (not wall-clock time, so a busy
# machine does not stop a good template). The built-in document renders a plan of 2,000
# activities in under 0.5 s (bench/RESULTS.md), so five seconds means a template ran away.
TEMPLATE_SECONDS = 5.0
WALL_CLOCK_FACTOR = 3
TEMPLATE_MEMORY = 512 * 1024 * 1024  # bytes of address space on top of what impl uses
MAX_TEMPLATE_BYTES = 1024 * 1024
MAX_EXPRESSION_TOKENS = 400  # one {{ ... }} or {% ... %}; real templates use under 50
MAX_NESTING = 60  # brackets inside one expression, or blocks inside each other
_HUGE_FORMAT = re.compile(r"(%[-#0 +]*\d{7,})|(\{[^{}]*:[^{}]*\d{7,}[^{}]*\})")


class TemplateProblem(Exception):
    """A template that cannot be loaded or rendered; `str()` is the Dutch message."""


class _GuardedCodeGenerator(CodeGenerator):
    """Jinja's code generator, with the `~` operator's result checked for size: doubling a
    string with `{% set s = s ~ s %}` would otherwise fill the memory in a few steps."""

    def visit_Concat(self, node: jinja2.nodes.Concat, frame: Frame) -> None:
        self.write("environment.checked_concat(")
        super().visit_Concat(node, frame)
        self.write(")")


class _GuardedEnvironment(ImmutableSandboxedEnvironment):
    """The immutable sandbox, plus limits on expressions that explode in size."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})
    code_generator_class = _GuardedCodeGenerator
    user_templates = False  # set by make_environment for a --sjabloon folder

    @staticmethod
    def checked_concat(value: Any) -> Any:
        if isinstance(value, str) and len(value) > MAX_OUTPUT_CHARS:
            raise _refuse("deze tekst")
        return value

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if op == "*":
            _check_repeat(left, right)
            _check_repeat(right, left)
            return operator.mul(left, right)
        if op == "+":
            sized = isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple)
            if sized and len(left) + len(right) > MAX_OUTPUT_CHARS:
                raise _refuse("deze optelling")
            return operator.add(left, right)
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
            name = getattr(method, "__name__", "")
            if name in {"format", "format_map"}:
                _check_format(method.__self__)
            if name == "replace" and len(args) >= 2:
                _check_replace(method.__self__, args[0], args[1])
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


def _check_replace(text: Any, old: Any, new: Any) -> None:
    """`s.replace('', s)` or `s|replace('x', s)` grows a string by its square."""
    if not all(isinstance(v, str) for v in (text, old, new)) or len(new) <= len(old):
        return
    times = text.count(old) if old else len(text) + 1
    if len(text) + times * (len(new) - len(old)) > MAX_OUTPUT_CHARS:
        raise _refuse("deze vervanging")


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
        if function.__name__ == "do_replace" and len(args) >= skip + 2:
            _check_replace(str(args[skip - 1]), args[skip], args[skip + 1])
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
    env.user_templates = template_dir is not None  # render_template runs them in limits()
    return env


class _Stopped(BaseException):
    """Raised into a running template by `limits()`: not an Exception, so nothing in Jinja
    or a filter can catch it by accident."""


@contextlib.contextmanager
def limits(seconds: float | None = None, memory: int = TEMPLATE_MEMORY) -> Iterator[None]:
    """Stop what runs inside after `seconds` (raising _Stopped; TEMPLATE_SECONDS unless
    given, read at each call so tests can shorten it), and let it allocate at most `memory`
    more bytes (a MemoryError beyond that, on systems that can limit it)."""
    with _memory_limit(memory), _time_limit(TEMPLATE_SECONDS if seconds is None else seconds):
        yield


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    in_main = threading.current_thread() is threading.main_thread()
    if in_main and hasattr(signal, "setitimer"):

        def stop(signum: int, frame: FrameType | None) -> None:
            raise _Stopped

        # Processor time, and (on a machine so busy that it hardly gets any) three times
        # as much wall-clock time, whichever runs out first.
        previous = signal.signal(signal.SIGPROF, stop), signal.signal(signal.SIGALRM, stop)
        signal.setitimer(signal.ITIMER_PROF, seconds)
        signal.setitimer(signal.ITIMER_REAL, seconds * WALL_CLOCK_FACTOR)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGPROF, previous[0])
            signal.signal(signal.SIGALRM, previous[1])
        return
    # No interval timers (Windows): a timer thread interrupts the main thread, which sees a
    # KeyboardInterrupt that `expired` tells apart from a real Ctrl+C.
    expired = threading.Event()

    def interrupt() -> None:
        expired.set()
        import _thread

        _thread.interrupt_main()

    timer = threading.Timer(seconds, interrupt) if in_main else None
    if timer is not None:
        timer.daemon = True
        timer.start()
    try:
        yield
    except KeyboardInterrupt:
        if expired.is_set():
            raise _Stopped from None
        raise
    finally:
        if timer is not None:
            timer.cancel()


@contextlib.contextmanager
def _memory_limit(extra: int) -> Iterator[None]:
    """Cap the address space at what impl uses now plus `extra` (Linux; elsewhere the size
    checks in the environment and the output bound have to do)."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            used = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    except (ImportError, OSError, ValueError):
        yield
        return
    limit = used + extra
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != resource.RLIM_INFINITY and soft <= limit:
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


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
            text = "".join(chunks)
    except TemplateProblem:
        raise
    except _Stopped as stopped:
        raise TemplateProblem(
            _where(stopped.__traceback__, template)
            + f"het sjabloon is na {TEMPLATE_SECONDS:.0f} seconden rekenen nog niet klaar en "
            "is gestopt; staat er een lus in een lus over veel items?"
        ) from None
    except MemoryError as error:
        raise TemplateProblem(
            _where(error.__traceback__, template)
            + f"het sjabloon gebruikt meer dan {TEMPLATE_MEMORY // (1024 * 1024)} MB "
            "geheugen en is gestopt; maakt het ergens een enorme tekst of lijst?"
        ) from None
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
    except RecursionError as error:
        raise TemplateProblem(
            _where(error.__traceback__)
            + "de sjablonen roepen elkaar eindeloos aan (een sjabloon dat zichzelf uitbreidt "
            f"of insluit, of een macro die zichzelf aanroept?); gebruik '{BUILTIN_PREFIX}/"
            f"{main}' voor het ingebouwde document"
        ) from None
    except Exception as error:  # noqa: BLE001 - a template can fail on data in any way
        raise TemplateProblem(
            _where(error.__traceback__) + f"fout in het sjabloon: {error}"
        ) from None
    return text


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
