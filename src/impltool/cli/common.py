"""What several commands share: exit codes, the error line, dates, and reading many plans."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import typer

from ..cli_dutch import DutchBadParameter

if TYPE_CHECKING:
    from ..plan.batch import Broken, PlanBatch
    from ..plan.load import LoadedPlan, Problem

Row = TypeVar("Row")

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_INTERRUPTED = 130  # Ctrl+C, as shells report it


def fail(message: str) -> typer.Exit:
    """Print `fout: MESSAGE` (shown inert) on stderr; the exit to raise after it."""
    from ..shown import visible

    typer.echo(f"fout: {visible(message)}", err=True)
    return typer.Exit(EXIT_INPUT)


def interrupted() -> typer.Exit:
    """Say that Ctrl+C stopped impl; the exit to raise after it (130, as shells do)."""
    typer.echo("\nonderbroken", err=True)
    return typer.Exit(EXIT_INTERRUPTED)


def parse_day(value: str | None, option: str = "--datum") -> date:
    """`--datum JJJJ-MM-DD` (or another date option), or today."""
    from ..dates import DateError, parse_date

    if value is None:
        return date.today()
    try:
        return parse_date(value)
    except DateError as error:
        message = str(error) if option == "--datum" else f"{option}: {error}"
        raise DutchBadParameter(message) from None


def print_problems(problems: Iterable[Problem]) -> None:
    """Input errors, one line each, as `file:line:column: fout: message` on stderr; a notice
    (`let op: ...`, a plan that loads but may not say what was meant) without `fout:`.
    File names and messages are shown inert (impltool.shown)."""
    from ..shown import visible

    for problem in problems:
        kind = "" if problem.message.startswith("let op: ") else "fout: "
        typer.echo(
            f"{visible(problem.file)}:{problem.line}:{problem.column}: {kind}"
            f"{visible(problem.message)}",
            err=True,
        )


def each_plan(
    plans: list[Path],
    read: Callable[[LoadedPlan], Row],
    broken: Callable[[Broken], Row],
) -> list[Row]:
    """One row per plan named (`read` for a plan, `broken` for one that cannot be read), with
    a progress bar on a terminal for many; notices and skipped files are named afterwards.
    `read` may run in a worker process (plan.batch): a module-level function or a partial."""
    from ..plan.batch import Broken, PlanBatch
    from ..progressbar import tracked

    batch = PlanBatch(plans)
    rows = []
    any_broken = False
    for entry in tracked(batch.rows(read), "Plannen lezen", len(batch)):
        if isinstance(entry, Broken):
            any_broken = True
            rows.append(broken(entry))
        else:
            rows.append(entry)
    print_problems(batch.notices)  # once the progress bar is gone
    _after_batch(batch, any_broken=any_broken)
    return rows


def _after_batch(batch: PlanBatch, *, any_broken: bool) -> None:
    """After reading: a named folder without plans is an error (unless a broken plan already
    explains the run); YAML files skipped because they are not plans are named."""
    from ..shown import visible

    if batch.links_outside:
        names = ", ".join(visible(p) for p in batch.links_outside[:5])
        more = f" en nog {len(batch.links_outside) - 5}" if len(batch.links_outside) > 5 else ""
        typer.echo(
            f"niet gevolgd (een symbolische link naar buiten de map die je noemde): "
            f"{names}{more}; noem die map zelf als je die plannen ook wilt",
            err=True,
        )
    empty = batch.empty_folders()
    if empty and not any_broken:
        raise fail("; ".join(empty))
    if batch.skipped:
        names = ", ".join(visible(p) for p in batch.skipped[:5])
        more = f" en nog {len(batch.skipped) - 5}" if len(batch.skipped) > 5 else ""
        typer.echo(f"overgeslagen (geen `formaat:`, dus geen plan): {names}{more}", err=True)


def unreadable(broken: int, total: int, advice: str) -> None:
    """`N van M plannen konden niet gelezen worden; ADVICE` on stderr, and exit 2."""
    typer.echo(
        f"{broken} van {total} plannen kon{'den' if broken > 1 else ''} niet gelezen "
        f"worden; {advice}",
        err=True,
    )
    raise typer.Exit(EXIT_INPUT)


def load_one(plan: Path) -> LoadedPlan:
    """The plan, its notices printed; its input errors printed and exit 2 when it is broken."""
    from ..plan.load import PlanError, load_plan

    try:
        loaded = load_plan(plan)
    except PlanError as error:
        print_problems(error.problems)
        raise typer.Exit(EXIT_INPUT) from None
    print_problems(loaded.notices)
    return loaded
