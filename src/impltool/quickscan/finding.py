"""What the quickscan reports: findings with a place in the file, and their typed labels."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Severity(StrEnum):
    """How serious a finding is; the values are the Dutch words users read and type."""

    FOUT = "fout"  # the plan contradicts itself
    WAARSCHUWING = "waarschuwing"  # a gap against the toolkit
    TIP = "tip"  # good practice the sources recommend

    @property
    def rank(self) -> int:
        """0 for the most serious."""
        return _SEVERITY_ORDER.index(self)


_SEVERITY_ORDER = tuple(Severity)


class Area(StrEnum):
    """The seven scored areas of a plan, in display order, then the plan's own consistency."""

    DOELEN = "doelen"
    BETROKKENEN = "betrokkenen"
    FACTOREN = "factoren"
    ACTIVITEITEN = "activiteiten"
    COMMUNICATIE = "communicatie"
    EVALUATIE = "evaluatie"
    BORGING = "borging"
    PLAN = "plan"  # references and `negeer` entries; not scored

    @property
    def scored(self) -> bool:
        return self is not Area.PLAN


class Finding(NamedTuple):
    """One thing the quickscan noticed, with what to do about it and where."""

    code: str
    severity: Severity
    area: Area
    message: str
    suggestion: str
    source: str
    file: str
    line: int
    column: int
    path: str  # e.g. "doelgroepen[2].kanalen"; "" for the whole plan
    places: tuple[str, ...] = ()  # ids and phase keys this finding is at (for `negeer.waar`)

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


class Accepted(NamedTuple):
    """A finding the plan accepts on purpose through `quickscan.negeer`."""

    finding: Finding
    reason: str
    where: str | None = None  # the `waar` of the entry that accepts it
