"""Asking the user: questions on a terminal, numbered options, and saying back what was read.

Questions are only asked when stdin is a terminal and `--geen-vragen` is not given; otherwise
flags and defaults decide and nothing ever waits for input.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from ..dutch import long_date, wrap


class Asker(Protocol):
    """How questions reach the user (a terminal in real life, a fake in tests)."""

    def ask(self, question: str, default: str) -> str: ...

    def say(self, text: str) -> None: ...

    def warn(self, text: str) -> None: ...


def _no_objection(_answer: Any) -> str | None:
    return None


@dataclass(frozen=True)
class Question:
    """One question: its text, how to read the answer (ValueError when it cannot), the
    options to choose from with what each means, and a check against earlier answers that
    returns what is wrong, or None."""

    text: str
    read: Callable[[str], Any]
    options: tuple[str, ...] = ()
    help: Mapping[str, str] = field(default_factory=dict)
    check: Callable[[Any], str | None] = _no_objection


def ask(asker: Asker, question: Question, default: Any) -> Any:
    """Ask until the answer is valid; Enter takes the default."""
    shown = default.isoformat() if isinstance(default, date) else str(default)
    text = question.text
    if question.options:
        width = max(len(option) for option in question.options)
        asker.say(question.text)
        for number, option in enumerate(question.options, start=1):
            first = f"  {number}. {option:<{width}}  "
            # Within 80 columns, the usual terminal on Windows: continue under the text.
            for line in wrap(question.help[option], 79, first, " " * len(first)):
                asker.say(line)
        text = "Kies een nummer of een woord"
    while True:
        try:
            answer = question.read(asker.ask(text, shown))
        except ValueError as error:
            asker.warn(f"  {error}; probeer het nog eens.")
            continue
        objection = question.check(answer)
        if objection:
            asker.warn(f"  {objection}; probeer het nog eens.")
            continue
        if isinstance(answer, date):
            asker.say(f"  = {long_date(answer)}")  # what impl understood: 3-1 is 3 januari
        return answer


def stdin_is_terminal() -> bool:
    """True when a person can answer questions (stdin is a terminal)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


class TerminalAsker:
    """Questions on the terminal; Enter takes the default shown between [ ]."""

    def ask(self, question: str, default: str) -> str:
        import typer

        # An empty default (a question that may be skipped) shows no empty [ ].
        answer: str = typer.prompt(question, default=default, show_default=bool(default))
        return answer

    def say(self, text: str) -> None:
        import typer

        typer.echo(text)

    def warn(self, text: str) -> None:
        import typer

        typer.echo(text, err=True)
