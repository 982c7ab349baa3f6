"""The rule registry and what every rule gets to see.

A rule is a generator function registered with `@rule("CODE")`: it reads the `Context` and
yields a `Hit` for every problem. The codes with one prefix live in one module (KPI-05 in
kpi.py); area, severity, title and source of each code live in the YAML file beside it, with
the user documentation (see ../catalogue.py); vocabularies and thresholds live in the knowledge
file (`context.knowledge.rules`); the function holds only the logic.

A rule may say it does not apply to a plan (`applies=`): then it is not counted in the scores.
A rule may say the section it reads is empty (`empty=`): then it does not run and counts as
failing, because the area's emptiness is the finding.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from ...domain.activity import PlacedActivity
from ...dutch import enumeration
from ...knowledge import Toolkit, toolkit
from ...plan.load import LoadedPlan
from ...plan.model import Activity, Kpi, Plan, TargetGroup
from ...plan.values import PlanModel
from ...plan.yamlbase import YamlPath
from ..finding import Severity

if TYPE_CHECKING:
    from ...domain.line import Judgement
    from ...domain.timing import PlanTiming
    from ..freetext import PlanText


class Hit(NamedTuple):
    """A rule's raw finding: what is wrong, what to do, and where (a YAML path)."""

    message: str
    suggestion: str
    path: YamlPath = ()
    severity: Severity | None = None  # overrides the rule's severity (ACT-01 for phase 0)
    places: tuple[str, ...] = ()  # ids `negeer.waar` may name that the path does not hold


class Context:
    """The plan plus the indexes rules keep asking for, computed once per plan."""

    def __init__(self, loaded: LoadedPlan, today: date, knowledge: Toolkit | None = None) -> None:
        self.loaded = loaded
        self.today = today
        self.knowledge = toolkit() if knowledge is None else knowledge

    @property
    def plan(self) -> Plan:
        return self.loaded.plan

    @cached_property
    def all_activities(self) -> list[PlacedActivity]:
        """Every activity, cancelled ones too (only PLAN-01 reads these)."""
        return [PlacedActivity(phase, i, a) for phase, i, a in self.plan.activities()]

    @cached_property
    def activities(self) -> list[PlacedActivity]:
        """The activities that count: cancelled (`vervallen`) work counts for nothing."""
        return [pa for pa in self.all_activities if pa.is_counted()]

    def in_phase(self, phase: str) -> list[PlacedActivity]:
        return [pa for pa in self.activities if pa.phase == phase]

    @cached_property
    def groups(self) -> dict[str, TargetGroup]:
        return {group.id: group for group in self.plan.target_groups}

    def reaches(self, activity: Activity, *types: str) -> bool:
        """Whether one of the activity's target groups has one of these types."""
        return any(
            (group := self.groups.get(group_id)) is not None and group.type in types
            for group_id in activity.target_groups
        )

    def of_kind(self, *kinds: str) -> list[PlacedActivity]:
        return [pa for pa in self.activities if pa.activity.kind in kinds]

    def of_group(self, group: str) -> list[PlacedActivity]:
        """The activities whose kind is in a named kind group of the knowledge file."""
        return self.of_kind(*self.knowledge.rules.kinds(group))

    def filled(self, value: object) -> bool:
        """Whether a value says something: not missing, not empty, not a placeholder."""
        if value is None or value == "" or value == []:
            return False
        if isinstance(value, str):
            return not self.knowledge.rules.is_placeholder(value)
        if isinstance(value, list):
            return any(self.filled(item) for item in value)
        if isinstance(value, PlanModel):
            return not self.is_empty(value)
        return True

    def is_empty(self, item: PlanModel) -> bool:
        """A section or list item with nothing but `id` and `type` (an untouched scaffold)."""
        known = self._empty.get(id(item))
        if known is None:
            known = self._empty[id(item)] = not any(
                self.filled(getattr(item, name))
                for name in item.model_fields_set
                if name not in ("id", "type")
            )
        return known

    @cached_property
    def _empty(self) -> dict[int, bool]:
        # Keyed by object id: the plan holds every item for as long as this context lives.
        return {}

    def no_items(self, items: Iterable[PlanModel]) -> bool:
        """A list section with no item that says anything."""
        return all(self.is_empty(item) for item in items)

    def no_section(self, section: PlanModel | None) -> bool:
        return section is None or self.is_empty(section)

    @cached_property
    def text(self) -> PlanText:
        """The free-text judgement for this plan (concrete, hollow, names nothing)."""
        from ..freetext import PlanText

        return PlanText(self.plan, self.knowledge.language, self.knowledge.rules.is_placeholder)

    @cached_property
    def unknown_items(self) -> list[str]:
        """Checklist items judged `onbekend`."""
        return [f.item for f in self.plan.factors if f.item and f.judgement == "onbekend"]

    @property
    def unanalysed(self) -> bool:
        """FAC-01's clause: so many checklist items are `onbekend` that no analysis was done."""
        return len(self.unknown_items) >= self.knowledge.rules.unknown_limit

    @cached_property
    def timing(self) -> PlanTiming:
        """The plan's launch and the launch per group, shared with `impl voortgang`."""
        from ...domain.timing import PlanTiming

        return PlanTiming(self.plan)

    @property
    def launch(self) -> date | None:
        """The start of the earliest dated, not-cancelled `doen` activity; else `periode.start`."""
        return self.timing.launch

    def work_start(self, groups: list[str]) -> tuple[date | None, Activity | None]:
        """When the work starts for these doelgroepen (catalogue v3): with groups, their group
        launch and its activity ((None, None) when no dated `doen` work reaches them);
        without, the launch of the plan."""
        if not groups:
            return self.launch, self.timing.launch_activity
        work = self.timing.group_launch(groups)
        return (work.start if work else None), work

    @cached_property
    def kpi_judgements(self) -> list[tuple[int, Kpi, Judgement]]:
        """Each KPI's latest meting against its line (KPI-05: asked twice, worked out once)."""
        from ...domain.line import judge

        rules = self.knowledge.rules
        return [
            (index, kpi, judge(kpi, self.timing, rules, self.today))
            for index, kpi in enumerate(self.plan.kpis)
        ]

    def judgement(self, item_id: str) -> str | None:
        """The plan's judgement of a checklist item, if it has one."""
        for factor in self.plan.factors:
            if factor.item == item_id:
                return factor.judgement
        return None

    @property
    def is_platform(self) -> bool:
        return self.plan.intervention.kind == "online_platform"

    @property
    def is_developer(self) -> bool:
        return self.plan.role == "ontwikkelaar"


CheckFn = Callable[[Context], Iterable[Hit]]


Predicate = Callable[[Context], bool]


class Rule(NamedTuple):
    code: str
    check: CheckFn
    applies: Predicate  # False: not counted for this kind of plan
    empty: Predicate  # True: the section it reads is empty, so it fails without a finding
    tip_part: Predicate  # True: findings marked `tip` are scored as a separate tip item


REGISTRY: dict[str, Rule] = {}


def _always(context: Context) -> bool:
    return True


def _never(context: Context) -> bool:
    return False


def rule(
    code: str,
    *,
    applies: Predicate = _always,
    empty: Predicate = _never,
    tip_part: Predicate = _never,
) -> Callable[[CheckFn], CheckFn]:
    """Register a rule function under its catalogue code."""

    def register(function: CheckFn) -> CheckFn:
        if code in REGISTRY:
            raise ValueError(f"rule {code} registered twice")
        REGISTRY[code] = Rule(code, function, applies, empty, tip_part)
        return function

    return register


def all_rules() -> dict[str, Rule]:
    """Every registered rule, importing the rule modules (one per code prefix) on first use."""
    if not REGISTRY:
        from ..catalogue import RULE_MODULES

        for name in RULE_MODULES:
            importlib.import_module(f"{__name__}.{name}")
    return REGISTRY


def by_day(
    planned: Iterable[PlacedActivity], day: Callable[[PlacedActivity], date | None]
) -> list[PlacedActivity]:
    """The activities that have a `day`, earliest first (plan order among equal days)."""
    dated = [(when, pa) for pa in planned if (when := day(pa)) is not None]
    return [pa for _, pa in sorted(dated, key=lambda pair: pair[0])]


def earliest(
    planned: Iterable[PlacedActivity], day: Callable[[PlacedActivity], date | None]
) -> PlacedActivity | None:
    """The activity with the earliest `day` (the first in plan order among equals)."""
    return next(iter(by_day(planned, day)), None)


def starts(pa: PlacedActivity) -> date | None:
    return pa.activity.start


def codes(kinds: Iterable[str], last: str = "of") -> str:
    """Activity kinds as the user types them, as alternatives: `pilot`, `training` of `coaching`."""
    return enumeration((f"`{kind}`" for kind in kinds), last)
