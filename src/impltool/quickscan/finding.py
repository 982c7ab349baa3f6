"""What the quickscan reports: findings with a place in the file."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
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


@dataclass(frozen=True)
class Accepted:
    """A finding the plan accepts on purpose through `quickscan.negeer`."""

    finding: Finding
    reason: str
