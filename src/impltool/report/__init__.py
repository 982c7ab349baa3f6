"""Ways to show quickscan results: text for people, JSON for tools, GitHub annotations."""

from __future__ import annotations

from typing import NamedTuple

from ..plan.load import Problem
from ..quickscan.scan import ScanResult

FORMATS = ("tekst", "json", "github")


class PlanOutcome(NamedTuple):
    """What happened to one file: a scan result, or the input problems that stopped it."""

    file: str
    result: ScanResult | None = None
    problems: tuple[Problem, ...] = ()
