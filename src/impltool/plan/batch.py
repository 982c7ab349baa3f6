"""The plans named on the command line, read one by one: what `impl check` and
`impl overzicht` share, so both find and skip exactly the same files.

A file named by the user is read as a plan whatever its content. Inside a named folder only
YAML files that are plans count (plan.detect); the others are skipped, and named afterwards
by the command. A plan that cannot be read is a `Broken` entry with its problems, never
left out; so is an entry of a folder that cannot be read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from ..files import find_plans
from .load import LoadedPlan, NotAPlan, PlanError, Problem, load_plan


class Broken(NamedTuple):
    """A file that should hold a plan but cannot be read, with every problem found."""

    file: str
    problems: tuple[Problem, ...]


class PlanBatch:
    """Iterate to read the plans in order; `len()` is the number of files to look at.

    Raises UserError at once when a named path does not exist (all of them in one message).
    """

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        self._found = find_plans(paths)
        self.skipped: list[Path] = []  # YAML files in a folder that are not plans
        self._folders_with_plans: set[Path] = set()

    def __len__(self) -> int:
        return len(self._found.unreadable) + len(self._found.candidates)

    def __iter__(self) -> Iterator[LoadedPlan | Broken]:
        for path, reason in self._found.unreadable:
            yield Broken(str(path), (Problem(str(path), 1, 1, reason),))
        for file, folder in self._found.candidates:
            entry: LoadedPlan | Broken
            try:
                entry = load_plan(file, only_plans=folder is not None)
            except NotAPlan:
                self.skipped.append(file)
                continue
            except PlanError as error:
                entry = Broken(str(file), tuple(error.problems))
            if folder is not None:
                self._folders_with_plans.add(folder)
            yield entry

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
