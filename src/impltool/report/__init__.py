"""Ways to show quickscan results: text for people, JSON for tools, GitHub annotations."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..plan.load import LoadedPlan, Problem
from ..quickscan.scan import ScanResult, scan_plan

FORMATS = ("tekst", "json", "github")


class PlanOutcome(NamedTuple):
    """What happened to one file: a scan result, or the input problems that stopped it."""

    file: str
    result: ScanResult | None = None
    problems: tuple[Problem, ...] = ()


def scanned(loaded: LoadedPlan, today: dt.date) -> PlanOutcome:
    """The quickscan of a plan that loads (a module-level function: it may run in a worker
    process, see plan.batch)."""
    return PlanOutcome(loaded.file, result=scan_plan(loaded, today))
