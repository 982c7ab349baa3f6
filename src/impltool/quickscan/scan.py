"""Run every rule on a plan, apply `quickscan.negeer`, and score the seven areas."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from ..knowledge import toolkit
from ..plan.load import LoadedPlan, show_path
from ..plan.yamlread import START, Position, YamlPath
from .catalogue import AREAS, SEVERITY_RANK, rule_docs
from .finding import Accepted, Finding
from .rules import Context, all_rules

SCORED_AREAS = tuple(area for area in AREAS if area != "plan")
GREEN, ORANGE = 80, 50  # traffic light thresholds, in percent
UNIGNORABLE = {"PLAN-02"}  # a broken `negeer` entry cannot silence itself


class AreaScore(NamedTuple):
    key: str
    name: str
    applicable: int
    passed: int

    @property
    def score(self) -> int | None:
        """Percent of this area's applicable rules that pass; None when none applies."""
        if not self.applicable:
            return None
        return round(100 * self.passed / self.applicable)

    @property
    def light(self) -> str | None:
        return light_for(self.score)


def light_for(score: int | None) -> str | None:
    if score is None:
        return None
    return "groen" if score >= GREEN else "oranje" if score >= ORANGE else "rood"


@dataclass
class ScanResult:
    file: str
    title: str
    today: date
    findings: list[Finding]
    accepted: list[Accepted]
    areas: list[AreaScore]
    unused_ignores: list[str] = field(default_factory=list)

    @property
    def overall(self) -> int | None:
        applicable = sum(a.applicable for a in self.areas)
        passed = sum(a.passed for a in self.areas)
        return round(100 * passed / applicable) if applicable else None

    @property
    def overall_light(self) -> str | None:
        return light_for(self.overall)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def fails_at(self, level: str) -> bool:
        """Whether a finding at `level` or more serious remains."""
        limit = SEVERITY_RANK[level]
        return any(SEVERITY_RANK[f.severity] <= limit for f in self.findings)


def scan_plan(loaded: LoadedPlan, today: date) -> ScanResult:
    """The quickscan of one valid plan, judged against `today`."""
    docs = rule_docs()
    knowledge = toolkit()
    context = Context(loaded, today, knowledge)
    ignores = _valid_ignores(loaded)
    used: set[str] = set()

    findings: list[Finding] = []
    accepted: list[Accepted] = []
    tally: dict[str, list[int]] = {area: [0, 0] for area in SCORED_AREAS}
    for code, rule in all_rules().items():
        doc = docs[code]
        if not rule.applies(context):
            continue
        remaining = 0
        for hit in rule.check(context):
            position = _locate(loaded, hit.path)
            finding = Finding(
                code=code,
                severity=hit.severity or doc.severity,
                area=doc.area,
                message=hit.message,
                suggestion=hit.suggestion,
                source=doc.source,
                file=loaded.file,
                line=position.line,
                column=position.column,
                path=show_path(hit.path),
            )
            if code in ignores and code not in UNIGNORABLE:
                accepted.append(Accepted(finding, ignores[code]))
                used.add(code)
            else:
                findings.append(finding)
                remaining += 1
        if doc.area in tally:
            tally[doc.area][0] += 1
            tally[doc.area][1] += remaining == 0

    area_order = {area: rank for rank, area in enumerate(AREAS)}
    findings.sort(
        key=lambda f: (area_order.get(f.area, 99), SEVERITY_RANK[f.severity], f.line, f.code)
    )
    areas = [
        AreaScore(area, knowledge.areas[area].name, applicable, passed)
        for area, (applicable, passed) in tally.items()
    ]
    return ScanResult(
        file=loaded.file,
        title=loaded.plan.title,
        today=today,
        findings=findings,
        accepted=accepted,
        areas=areas,
        unused_ignores=sorted(set(ignores) - used),
    )


def _locate(loaded: LoadedPlan, path: YamlPath) -> Position:
    """The key (or list item) at `path`; for something missing, its nearest parent."""
    keys = loaded.positions.keys
    while path and path not in keys:
        path = path[:-1]
    return keys[path] if path else START


def _valid_ignores(loaded: LoadedPlan) -> dict[str, str]:
    """`negeer` entries with a known code and a reason (PLAN-02 reports the others)."""
    settings = loaded.plan.quickscan
    if settings is None:
        return {}
    known = all_rules()
    return {
        entry.rule.upper(): entry.reason
        for entry in settings.ignore
        if entry.reason and entry.rule.upper() in known
    }
