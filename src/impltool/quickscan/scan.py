"""Run every rule on a plan, apply `quickscan.negeer`, and score the seven areas.

Scores follow the catalogue's "Areas and scores" (version 3): each area starts at 100 % and
every open rule costs it points by its severity (knowledge file, `scores.kosten`), once per
rule; an empty area scores 0 %; the total is the mean of the areas. While a fout is open the
score waits: no percentage and no light is shown, so a plan that contradicts itself never
looks finished.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from ..dutch import half_up
from ..knowledge import Scoring, toolkit
from ..plan.load import LoadedPlan
from ..plan.model import Plan
from ..plan.yamlbase import START, Position, YamlPath, show_path
from .catalogue import rule_docs
from .finding import Accepted, Area, Finding, Severity
from .rules import Context, Hit, Rule, all_rules

UNIGNORABLE = {"PLAN-02"}  # a broken `negeer` entry cannot silence itself


class AreaScore(NamedTuple):
    key: Area
    name: str
    parts: int  # scored rule parts that apply here; none: the area has no score
    lost: int  # the points its open rules cost, before the floor at 0 %
    empty: bool  # the area's section is empty or absent: it scores 0 %
    light: str | None  # groen, oranje or rood; None when nothing applies or a fout waits
    waiting: bool = False  # a fout is open somewhere: the score waits for it

    @property
    def exact(self) -> float | None:
        """The score before rounding (thresholds compare this), even while a fout waits."""
        if not self.parts:
            return None
        return 0.0 if self.empty else float(max(0, 100 - self.lost))

    @property
    def score(self) -> int | None:
        """The score in whole percents as shown; None when nothing applies or a fout waits."""
        exact = self.exact
        return None if exact is None or self.waiting else half_up(exact)


class IgnoreUse(NamedTuple):
    """A valid `negeer` entry and how many findings it accepted."""

    rule: str
    where: str | None
    reason: str
    accepted: int


class ScanResult(NamedTuple):
    file: str
    title: str
    today: date
    findings: list[Finding]
    accepted: list[Accepted]
    areas: list[AreaScore]
    ignores: list[IgnoreUse]
    scoring: Scoring

    @property
    def waiting(self) -> bool:
        """A fout is open: the plan contradicts itself, and its score waits until it is fixed."""
        return self.count(Severity.FOUT) > 0

    @property
    def exact(self) -> float | None:
        """The mean of the areas that have a score, before rounding."""
        scores = [a.exact for a in self.areas if a.exact is not None]
        return sum(scores) / len(scores) if scores else None

    @property
    def overall(self) -> int | None:
        """The total in whole percents as shown; None when nothing applies or a fout waits."""
        exact = self.exact
        return None if exact is None or self.waiting else half_up(exact)

    @property
    def overall_light(self) -> str | None:
        exact = self.exact
        if exact is None or self.waiting:
            return None
        return _light(
            self.scoring,
            exact,
            self.scoring.green_total,
            blocked=self.count(Severity.WAARSCHUWING) > 0,
        )

    @property
    def waiting_text(self) -> str:
        """Why there is no score, for every report alike ("" when there is one)."""
        errors = self.count(Severity.FOUT)
        if not errors:
            return ""
        where = "op 1 plek" if errors == 1 else f"op {errors} plekken"
        fixed = "die fout is" if errors == 1 else "die fouten zijn"
        return (
            f"Nog geen score: het plan spreekt zichzelf {where} tegen. De score wacht tot "
            f"{fixed} opgelost; pas dan zegt hij iets over het plan."
        )

    @property
    def errors(self) -> list[Finding]:
        """The open fouten, which the score waits for."""
        return [f for f in self.findings if f.severity is Severity.FOUT]

    @property
    def unused_ignores(self) -> list[IgnoreUse]:
        """`negeer` entries that accept nothing in this plan."""
        return [use for use in self.ignores if not use.accepted]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def fails_at(self, level: Severity) -> bool:
        """Whether a finding at `level` or more serious remains."""
        return any(f.severity.rank <= level.rank for f in self.findings)


def _light(scoring: Scoring, exact: float, green: int, *, blocked: bool) -> str:
    if exact >= green and not blocked:
        return "groen"
    return "rood" if exact < scoring.orange else "oranje"


# When an area counts as empty (catalogue: an empty area scores 0 %).
AREA_EMPTY: dict[Area, Callable[[Context], bool]] = {
    Area.DOELEN: lambda c: c.no_items(c.plan.goals),
    Area.BETROKKENEN: lambda c: (
        c.no_items(c.plan.target_groups)
        and c.no_items(c.plan.stakeholders)
        and c.no_items(c.plan.team)
    ),
    Area.FACTOREN: lambda c: not c.plan.factors or c.unanalysed,
    Area.ACTIVITEITEN: lambda c: c.no_items([pa.activity for pa in c.activities]),
    Area.COMMUNICATIE: lambda c: c.no_items(c.plan.target_groups),
    Area.EVALUATIE: lambda c: c.no_items(c.plan.kpis) and c.no_section(c.plan.evaluation),
    Area.BORGING: lambda c: c.no_section(c.plan.embedding) and not c.in_phase("blijven_doen"),
}


class _Item(NamedTuple):
    """One scored part of a rule: its area, what it costs when open, and whether it passes."""

    area: Area
    cost: int
    passed: bool


def scan_plan(loaded: LoadedPlan, today: date) -> ScanResult:
    """The quickscan of one valid plan, judged against `today`."""
    docs = rule_docs()
    knowledge = toolkit()
    scoring = knowledge.scoring
    context = Context(loaded, today, knowledge)
    ignores = _valid_ignores(loaded)
    used = [0] * len(ignores)

    findings: list[Finding] = []
    accepted: list[Accepted] = []
    items: list[_Item] = []
    for code, rule in all_rules().items():
        doc = docs[code]
        if not rule.applies(context):
            continue
        if rule.empty(context):
            open_severities: set[Severity] = {doc.severity}  # fails without a finding
        else:
            open_severities = set()
            for hit in rule.check(context):
                finding = _finding(loaded, code, doc.severity, doc.area, doc.source, hit)
                entry = _accepting(ignores, finding)
                if entry is None:
                    findings.append(finding)
                    open_severities.add(finding.severity)
                else:
                    accepted.append(Accepted(finding, ignores[entry].reason, ignores[entry].where))
                    used[entry] += 1
        items += _items(rule, context, doc.severity, doc.area, open_severities, scoring)

    findings.sort(key=lambda f: (list(Area).index(f.area), f.severity.rank, f.line, f.code))
    fout_open = any(f.severity is Severity.FOUT for f in findings)
    areas = []
    for area in Area:
        if not area.scored:
            continue
        in_area = [item for item in items if item.area is area]
        empty = AREA_EMPTY[area](context)
        lost = sum(item.cost for item in in_area if not item.passed)
        score = AreaScore(area, knowledge.areas[area].name, len(in_area), lost, empty, None)
        exact = score.exact
        if exact is not None and not fout_open:
            warning_open = any(
                f.area is area and f.severity is Severity.WAARSCHUWING for f in findings
            )
            score = score._replace(
                light=_light(scoring, exact, scoring.green, blocked=warning_open)
            )
        areas.append(score._replace(waiting=fout_open))
    return ScanResult(
        file=loaded.file,
        title=loaded.plan.title,
        today=today,
        findings=findings,
        accepted=accepted,
        areas=areas,
        ignores=[use._replace(accepted=count) for use, count in zip(ignores, used, strict=True)],
        scoring=scoring,
    )


def _items(
    rule: Rule,
    context: Context,
    severity: Severity,
    area: Area,
    open_severities: set[Severity],
    scoring: Scoring,
) -> list[_Item]:
    """The scored parts of one rule; fout rules cost nothing and are not scored."""
    if severity not in scoring.costs:
        return []
    if rule.tip_part(context):
        # ACT-01/02 for an implementing organisation: phase 0 is a tip item of its own.
        return [
            _Item(area, scoring.costs[severity], severity not in open_severities),
            _Item(area, scoring.costs[Severity.TIP], Severity.TIP not in open_severities),
        ]
    return [_Item(area, scoring.costs[severity], not open_severities)]


def _finding(
    loaded: LoadedPlan, code: str, severity: Severity, area: Area, source: str, hit: Hit
) -> Finding:
    position = _locate(loaded, hit.path)
    places = _places(loaded.plan, hit.path)
    places = (*(place for place in hit.places if place not in places), *places)
    return Finding(
        code=code,
        severity=hit.severity or severity,
        area=area,
        message=hit.message,
        suggestion=hit.suggestion,
        source=source,
        file=loaded.file,
        line=position.line,
        column=position.column,
        path=show_path(hit.path),
        places=places,
    )


def _locate(loaded: LoadedPlan, path: YamlPath) -> Position:
    """The key (or list item) at `path`; for something missing, its nearest parent."""
    keys = loaded.positions.keys
    while path and path not in keys:
        path = path[:-1]
    return keys[path] if path else START


_LISTS = {
    "doelen": lambda plan: [goal.id for goal in plan.goals],
    "betrokkenen": lambda plan: [s.id for s in plan.stakeholders],
    "doelgroepen": lambda plan: [group.id for group in plan.target_groups],
    "factoren": lambda plan: [factor.key for factor in plan.factors],
    "kpis": lambda plan: [kpi.id for kpi in plan.kpis],
}


def _places(plan: Plan, path: YamlPath) -> tuple[str, ...]:
    """The ids and phase key a path lies in, for `negeer.waar`: ("doen", "A7")."""
    if not path:
        return ()
    head = path[0]
    if head in _LISTS and len(path) > 1 and isinstance(path[1], int):
        ids = _LISTS[head](plan)
        return (ids[path[1]],) if path[1] < len(ids) else ()
    if head == "fasen" and len(path) > 1 and isinstance(path[1], str):
        phase = path[1]
        activities = plan.phases.by_key().get(phase, [])
        if len(path) > 2 and isinstance(path[2], int) and path[2] < len(activities):
            activity_id = activities[path[2]].id
            return (phase, activity_id) if activity_id else (phase,)
        return (phase,)
    return ()


def _valid_ignores(loaded: LoadedPlan) -> list[IgnoreUse]:
    """`negeer` entries with a known code and a reason (PLAN-02 reports the others)."""
    settings = loaded.plan.quickscan
    if settings is None:
        return []
    known = all_rules()
    return [
        IgnoreUse(entry.rule.upper(), entry.where or None, entry.reason, 0)
        for entry in settings.ignore
        if entry.reason and entry.rule.upper() in known and entry.rule.upper() not in UNIGNORABLE
    ]


def _accepting(ignores: list[IgnoreUse], finding: Finding) -> int | None:
    """The index of the first `negeer` entry that accepts this finding, if any."""
    for index, entry in enumerate(ignores):
        if entry.rule == finding.code and (entry.where is None or entry.where in finding.places):
            return index
    return None
