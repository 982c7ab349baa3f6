"""What the quickscan reports: findings with a place in the file."""

from __future__ import annotations

from typing import NamedTuple


class Finding(NamedTuple):
    """One thing the quickscan noticed, with what to do about it and where."""

    code: str
    severity: str
    area: str
    message: str
    suggestion: str
    source: str
    file: str
    line: int
    column: int
    path: str  # e.g. "doelgroepen[2].kanalen"; "" for the whole plan

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


class Accepted(NamedTuple):
    """A finding the plan accepts on purpose through `quickscan.negeer`."""

    finding: Finding
    reason: str
