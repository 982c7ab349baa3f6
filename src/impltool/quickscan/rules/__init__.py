"""The rule registry and what every rule gets to see.

A rule is a generator function registered with `@rule("CODE")`: it reads the `Context` and
yields a `Hit` for every problem. Area, severity, title and source of each code live in
../regels.yaml (with the user documentation); the function holds only the logic. A rule may
say it does not apply to a plan (`applies=`), and then it is not counted in the scores.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import NamedTuple

from ...knowledge import Toolkit, toolkit
from ...plan.load import LoadedPlan
from ...plan.model import Activity, Plan, TargetGroup
from ...plan.yamlread import YamlPath
from ..catalogue import AREAS


class Hit(NamedTuple):
    """A rule's raw finding: what is wrong, what to do, and where (a YAML path)."""

    message: str
    suggestion: str
    path: YamlPath = ()
    severity: str | None = None  # overrides the rule's severity (e.g. ACT-01 for phase 0)


class PlannedActivity(NamedTuple):
    """An activity together with its phase and place in the plan."""

    phase: str
    index: int
    activity: Activity

    @property
    def path(self) -> YamlPath:
        return ("fasen", self.phase, self.index)

    @property
    def label(self) -> str:
        a = self.activity
        name = a.id or (a.what if a.what and len(a.what) <= 50 else None)
        return f"activiteit {name}" if name else f"activiteit {self.index + 1} in {self.phase}"


@dataclass
class Context:
    """The plan plus the indexes rules keep asking for, computed once per plan."""

    loaded: LoadedPlan
    today: date
    knowledge: Toolkit = field(default_factory=toolkit)

    @property
    def plan(self) -> Plan:
        return self.loaded.plan

    @cached_property
    def activities(self) -> list[PlannedActivity]:
        return [PlannedActivity(phase, i, a) for phase, i, a in self.plan.activities()]

    @cached_property
    def groups(self) -> dict[str, TargetGroup]:
        return {group.id: group for group in self.plan.target_groups}

    def reaches(self, activity: Activity, *types: str) -> bool:
        """Whether one of the activity's target groups has one of these types."""
        return any(
            (group := self.groups.get(group_id)) is not None and group.type in types
            for group_id in activity.target_groups
        )

    def of_kind(self, *kinds: str) -> list[PlannedActivity]:
        return [pa for pa in self.activities if pa.activity.kind in kinds]

    @property
    def is_platform(self) -> bool:
        return self.plan.intervention.kind == "online_platform"

    @property
    def is_developer(self) -> bool:
        return self.plan.role == "ontwikkelaar"


CheckFn = Callable[[Context], Iterable[Hit]]


class Rule(NamedTuple):
    code: str
    check: CheckFn
    applies: Callable[[Context], bool]


REGISTRY: dict[str, Rule] = {}


def _always(context: Context) -> bool:
    return True


def rule(
    code: str, *, applies: Callable[[Context], bool] = _always
) -> Callable[[CheckFn], CheckFn]:
    """Register a rule function under its catalogue code."""

    def register(function: CheckFn) -> CheckFn:
        if code in REGISTRY:
            raise ValueError(f"rule {code} registered twice")
        REGISTRY[code] = Rule(code, function, applies)
        return function

    return register


def all_rules() -> dict[str, Rule]:
    """Every registered rule, importing the area modules on first use."""
    if not REGISTRY:
        for module in AREAS:
            importlib.import_module(f"{__name__}.{module}")  # one module per area
    return REGISTRY


def sentence(text: str) -> str:
    """`text` with its first letter upper case (str.capitalize lowers the rest: A17 → a17)."""
    return text[:1].upper() + text[1:]


def names(items: Iterable[str]) -> str:
    """`a, b en c`: a Dutch enumeration."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]
