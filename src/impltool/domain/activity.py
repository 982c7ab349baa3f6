"""An activity in its place in the plan: its phase and its position in that phase's list.

One type for what `impl check`, `impl voortgang` and the documents say about an activity.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..knowledge import toolkit

if TYPE_CHECKING:
    from ..plan.model import Activity


@dataclass(frozen=True)
class PlacedActivity:
    """An activity with its phase and place in the plan; `days_late` is how far past `eind`
    unfinished work is, `days_overdue_start` how far past `start` work not begun is."""

    phase: str
    index: int
    activity: Activity
    days_late: int = 0
    days_overdue_start: int = 0

    @property
    def label(self) -> str:
        a = self.activity
        what = a.what or (toolkit().kind_name(a.kind) if a.kind else "") or "activiteit"
        return f"{a.id} {what}" if a.id else what
