"""What a template may compute: Jinja's immutable sandbox, plus refusals for expressions
that would build a huge string or number (`'x' * 10**9`, `10**10**8`, `'x'|center(10**9)`)
before they fill the memory. The processor time and memory a user's template gets are
limited apart from this (template_limits.py): these checks stop the growth at its source
with a message that names it.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from typing import Any

import jinja2
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_OUTPUT_CHARS = 16 * 1024 * 1024  # a real document is well under 1 MB
MAX_SIZE_ARGUMENT = 1_000_000  # widths, counts and repetitions a document could need
MAX_POWER_BITS = 4096
_HUGE_FORMAT = re.compile(r"(%[-#0 +]*\d{7,})|(\{[^{}]*:[^{}]*\d{7,}[^{}]*\})")


class _GuardedCodeGenerator(CodeGenerator):
    """Jinja's code generator, with the `~` operator's result checked for size: doubling a
    string with `{% set s = s ~ s %}` would otherwise fill the memory in a few steps."""

    def visit_Concat(self, node: jinja2.nodes.Concat, frame: Frame) -> None:
        self.write("environment.checked_concat(")
        super().visit_Concat(node, frame)
        self.write(")")


class GuardedEnvironment(ImmutableSandboxedEnvironment):
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


def guard_filter(function: Callable[..., Any]) -> Callable[..., Any]:
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
