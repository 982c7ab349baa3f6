"""A progress bar on stderr while `impl check` or `impl overzicht` reads many plans.

(Not to be confused with `impltool.progress`, the progress of a plan.) The bar appears only
when someone watches: stderr is a terminal, not CI (no `CI` or `GITHUB_ACTIONS` in the
environment), not a dumb terminal, and there are more than MANY files to read. rich draws it
and is imported only then, so a run on a few plans starts as fast as without a bar. The bar
shows counts and time only, never a file name or plan text, so nothing from a plan reaches
the terminal through it; it disappears when the work is done.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

MANY = 50  # "more than about 50 plans" (issue 14)

T = TypeVar("T")


def _in_ci() -> bool:
    return any(
        os.environ.get(name, "").strip().lower() not in ("", "0", "false")
        for name in ("CI", "GITHUB_ACTIONS")
    )


def wanted(count: int) -> bool:
    """Whether reading `count` files shows a bar."""
    if count <= MANY or _in_ci() or os.environ.get("TERM") == "dumb":
        return False
    try:
        return sys.stderr is not None and sys.stderr.isatty()
    except (AttributeError, ValueError):  # no stream, or a closed one
        return False


def tracked(items: Iterable[T], label: str, count: int) -> Iterator[T]:
    """The `count` items one by one; with a bar on stderr while they are worked on, when
    `wanted`."""
    if not wanted(count):
        yield from items
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(file=sys.stderr, highlight=False)
    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("nog"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=count)
        for item in items:
            yield item
            bar.advance(task)
