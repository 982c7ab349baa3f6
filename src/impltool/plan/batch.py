"""The plans named on the command line, read in order: what `impl check` and `impl overzicht`
share, so both find and skip exactly the same files.

A file named by the user is read as a plan whatever its content. Inside a named folder only
YAML files that are plans count (plan.detect); the others are skipped, and named afterwards
by the command. A plan that cannot be read is a `Broken` entry with its problems, never
left out; so is an entry of a folder that cannot be read.

On Linux, many plans are read by worker processes, one per core (as black and flake8 do):
the work per plan is pure Python, so threads would not help. The rows come back in the order
of the files, so the output is the same as from one process. Elsewhere (Windows, macOS) a
worker would be a fresh Python that imports impl first (spawn; fork is missing or unsafe
there), a quarter of a second or more before it reads a plan: one process does it all.
"""

from __future__ import annotations

import contextlib
import copyreg
import os
import signal
import sys
from collections.abc import Callable, Generator, Iterator
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar

from ..files import Candidate, find_plans
from .load import LoadedPlan, NotAPlan, PlanError, Problem, load_plan

if TYPE_CHECKING:
    from concurrent.futures import Executor

Row = TypeVar("Row")

# Below this many plans per worker, starting the workers costs more than it saves.
PLANS_PER_WORKER = 32
MOST_PER_CHUNK = 16
# More would mostly wait for the one process that writes the report, and use memory.
MOST_WORKERS = 8
# A forked worker starts with impl already loaded (see the module's docstring).
WORKERS_HERE = sys.platform.startswith("linux")


class Broken(NamedTuple):
    """A file that should hold a plan but cannot be read, with every problem found."""

    file: str
    problems: tuple[Problem, ...]


class _Read(NamedTuple, Generic[Row]):
    """One candidate file, read: its row, a Broken, or None when it is not a plan."""

    row: Row | Broken | None
    notices: tuple[Problem, ...] = ()


class PlanBatch:
    """`rows(per_plan)` reads the plans in order; `len()` is the number of files to look at.

    Raises UserError at once when a named path does not exist (all of them in one message).
    """

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        self._found = find_plans(paths)
        self.skipped: list[Path] = []  # YAML files in a folder that are not plans
        self.notices: list[Problem] = []  # from the plans read, in order
        self._folders_with_plans: set[Path] = set()

    def __len__(self) -> int:
        return len(self._found.unreadable) + len(self._found.candidates)

    def rows(self, per_plan: Callable[[LoadedPlan], Row]) -> Iterator[Row | Broken]:
        """`per_plan`'s row for each plan, a Broken for each file that cannot be read.

        `per_plan` may run in another process, so it must be picklable: a module-level
        function, or a functools.partial of one with picklable arguments. The workers start
        here, before the caller shows a progress bar (a process with threads must not fork).
        """
        reads = _read_all(self._found.candidates, per_plan)
        return self._in_order(reads)

    def _in_order(self, reads: Generator[_Read[Row], None, None]) -> Iterator[Row | Broken]:
        for path, reason in self._found.unreadable:
            yield Broken(str(path), (Problem(str(path), 1, 1, reason),))
        try:
            for (file, folder), read in zip(self._found.candidates, reads, strict=True):
                if read.row is None:
                    self.skipped.append(file)
                    continue
                if folder is not None:
                    self._folders_with_plans.add(folder)
                self.notices += read.notices
                yield read.row
        finally:  # stopped early (Ctrl+C, an error): the workers stop now, not at exit
            reads.close()

    @property
    def links_outside(self) -> list[Path]:
        """Links in a named folder that lead out of it: not followed (files.find_plans)."""
        return self._found.links_outside

    def empty_folders(self) -> list[str]:
        """A message for each named folder without a single plan in it (after iterating)."""
        return [
            f"{path}: in deze map staan geen plannen (*.yaml of *.yml met `formaat:`)"
            for path in dict.fromkeys(self.paths)
            if path.is_dir() and path not in self._folders_with_plans
        ]


def _read_one(per_plan: Callable[[LoadedPlan], Row], candidate: Candidate) -> _Read[Row]:
    """Read one candidate and make its row (in this process or a worker)."""
    try:
        loaded = load_plan(candidate.path, only_plans=candidate.folder is not None)
    except NotAPlan:
        return _Read(None)
    except PlanError as error:
        return _Read(Broken(str(candidate.path), tuple(error.problems)))
    return _Read(per_plan(loaded), loaded.notices)


def _read_all(
    candidates: list[Candidate], per_plan: Callable[[LoadedPlan], Row]
) -> Generator[_Read[Row], None, None]:
    """Every candidate read, in order: by worker processes when there are many."""
    read = partial(_read_one, per_plan)
    workers = (
        min(_cores(), len(candidates) // PLANS_PER_WORKER, MOST_WORKERS) if WORKERS_HERE else 0
    )
    executor = _start_workers(workers) if workers >= 2 else None
    if executor is None:
        return (read(candidate) for candidate in candidates)
    # Chunks of plans keep the traffic between the processes low; small enough that the
    # progress bar moves, the workers end together, and Ctrl+C (which waits for the chunks
    # begun) stops within a fraction of a second.
    chunk = max(1, min(MOST_PER_CHUNK, len(candidates) // (8 * workers)))
    # Ctrl+C waits while the workers are forked: it would land in the middle of the fork's
    # own bookkeeping (an ignored KeyboardInterrupt with a traceback, and a lost Ctrl+C).
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        reads = executor.map(read, candidates, chunksize=chunk)  # forks, hands out all
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
    return _from_workers(executor, reads, read, candidates)


def _from_workers(
    executor: Executor,
    reads: Iterator[_Read[Row]],
    read: Callable[[Candidate], _Read[Row]],
    candidates: list[Candidate],
) -> Generator[_Read[Row], None, None]:
    """The workers' reads in order; if a worker dies (the system ran out of memory), the
    plans not read yet are read in this process."""
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    try:
        for item in reads:
            yield item
            done += 1
    except BrokenProcessPool:
        yield from map(read, candidates[done:])
    finally:
        # Also after Ctrl+C or an error: no chunk starts any more, and no worker is left
        # running when impl leaves. (A second Ctrl+C cuts this short: the workers then end
        # with impl, see _prepare_worker.)
        executor.shutdown(wait=True, cancel_futures=True)


def _start_workers(workers: int) -> Executor | None:
    """A pool of worker processes (they fork when the first work is handed out); None where
    this system cannot run one."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # A row a worker sends back may hold knowledge records (a scan result's scoring), whose
    # read-only mappings do not pickle by themselves: they travel as a copy.
    copyreg.pickle(MappingProxyType, _pickled_read_only)
    # A forked worker inherits what this process has not written out yet, and would write it
    # a second time when it ends.
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):
            stream.flush()
    try:
        return ProcessPoolExecutor(
            workers, multiprocessing.get_context("fork"), initializer=_prepare_worker
        )
    except (ImportError, NotImplementedError, OSError, ValueError):
        return None  # no working semaphores (some sandboxes): this process reads them all


def _pickled_read_only(
    mapping: MappingProxyType[object, object],
) -> tuple[Callable[..., MappingProxyType[object, object]], tuple[dict[object, object]]]:
    return _read_only, (dict(mapping),)


def _read_only(items: dict[object, object]) -> MappingProxyType[object, object]:
    return MappingProxyType(items)  # the type itself cannot be named in a pickle


def _cores() -> int:
    """The cores this process may run on (Linux)."""
    return len(os.sched_getaffinity(0))


def _prepare_worker() -> None:
    """A worker leaves Ctrl+C to impl's own process, which stops the work and says so; and
    it ends when that process is gone, however it went (killed, a second Ctrl+C), instead of
    waiting for work for ever with the terminal's output still open."""
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:

        def end_with_parent(sentinel: int) -> None:
            wait([sentinel])
            os._exit(1)

        threading.Thread(target=end_with_parent, args=(parent.sentinel,), daemon=True).start()
