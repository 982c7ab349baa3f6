"""What the document templates get to see: the plan, plus everything worked out for them.

The templates only lay out and format; every look-up (names of phases, checklist questions,
which activities answer a hindering factor) happens here, in plain Python, where tests can
reach it. Names are Dutch, like the plan's own keys, because organisations write their own
templates against them (see the README, "Eigen huisstijl").

The view holds only plain data (dicts, lists, text, numbers, dates), so a sandboxed user
template can read it but reach nothing else.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from ..knowledge import Toolkit, toolkit
from .markdown import words

if TYPE_CHECKING:
    from ..plan.load import LoadedPlan
    from ..plan.model import Activity, Factor, Kpi, Plan
    from ..quickscan.scan import ScanResult

TOP_FINDINGS = 5
GANTT_NAME_LENGTH = 50
LIGHTS = {"groen": "🟢", "oranje": "🟠", "rood": "🔴"}
ROLES = {
    "ontwikkelaar": "ontwikkelaar van de interventie",
    "uitvoerende_organisatie": "uitvoerende organisatie",
}
UNASSESSED = "niet beoordeeld"
_SENTENCE = re.compile(r"^(.+?[.!?])(?=\s+[A-Z0-9À-Ý\"'‘“(]|$)", re.DOTALL)


def build_view(
    loaded: LoadedPlan, today: dt.date, scan: ScanResult | None = None
) -> dict[str, Any]:
    """The template context for one plan."""
    plan = loaded.plan
    knowledge = toolkit()
    group_names = {g.id: g.name or g.id for g in plan.target_groups}
    activities = {
        phase: [_activity(a, group_names, knowledge) for a in items]
        for phase, items in plan.phases.by_key().items()
    }
    factors = _factors(plan, knowledge)
    return {
        "plan": plan.model_dump(mode="python", by_alias=True),
        "bestand": _file_name(loaded.file),
        "vandaag": today,
        "rol": ROLES.get(plan.role, words(plan.role)),
        "interventie": {
            "naam": plan.intervention.name,
            "soort": words(plan.intervention.kind),
            "kort": first_sentence(
                plan.intervention.description or plan.intervention.problem or ""
            ),
        },
        "doelen": _goals(plan),
        "losse_kpis": [_kpi(k) for k in plan.kpis if k.goal not in {g.id for g in plan.goals}],
        "betrokkenen": [
            {
                "id": s.id,
                "naam": s.name or s.id,
                "soort": words(s.type),
                "vanaf": _phase_label(s.involved_from, knowledge),
            }
            for s in plan.stakeholders
        ],
        "team": [
            {
                "naam": m.name,
                "rol": m.role,
                "competenties": [knowledge.competences[c].name for c in m.competences],
            }
            for m in plan.team
        ],
        "doelgroepen": [
            {
                "id": g.id,
                "naam": g.name or g.id,
                "soort": words(g.type),
                "direct": g.direct,
                "fase": _phase_label(g.current_phase, knowledge),
                "kanalen": [_channel(c) for c in g.channels],
                "boodschap": g.message,
                "contactmomenten": g.contact_moments,
                "verspreiders": list(g.spreaders),
                "adoptie": [knowledge.adopters[a].name for a in g.adoption],
            }
            for g in plan.target_groups
        ],
        "factoren": factors,
        "bevorderend": [f for d in factors for f in d["factoren"] if f["oordeel"] == "bevorderend"],
        "belemmerend": _hindering(plan, factors, activities, knowledge),
        "fasen": [
            {
                "sleutel": phase.key,
                "nummer": phase.number,
                "naam": phase.name,
                "titel": f"Fase {phase.number}: {phase.name}",
                "doel": phase.goal,
                "activiteiten": activities.get(phase.key, []),
            }
            for phase in knowledge.phases
        ],
        "voortgang": _progress(plan),
        "tijdlijn": _timeline(plan, knowledge),
        "quickscan": _scan(scan) if scan is not None else None,
    }


# --- small helpers ------------------------------------------------------------------------


def first_sentence(text: str, limit: int = 240) -> str:
    """The first sentence of a text, cut at a word when it runs long."""
    text = " ".join(text.split())
    if not text:
        return ""
    match = _SENTENCE.match(text)
    sentence = match.group(1) if match else text
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:–-")
    return cut + " …"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _file_name(file: str) -> str:
    return file.replace("\\", "/").rsplit("/", 1)[-1]


def _phase_label(key: str | None, knowledge: Toolkit) -> str | None:
    phase = knowledge.phase(key) if key else None
    return f"{phase.name} (fase {phase.number})" if phase else None


def _channel(channel: Any) -> str:
    kind = "persoonlijk" if channel.kind == "persoonlijk" else "massamedia"
    return f"{channel.name} ({kind}, {'online' if channel.online else 'offline'})"


def _activity(activity: Activity, group_names: dict[str, str], knowledge: Toolkit) -> dict:
    return {
        "id": activity.id,
        "wat": activity.what,
        "soort": knowledge.kind_name(activity.kind) if activity.kind else None,
        "wie": activity.who,
        "waar": activity.where,
        "start": activity.start,
        "eind": activity.end,
        "doelgroepen": [group_names.get(g, g) for g in activity.target_groups],
        "adresseert": list(activity.addresses),
        "strategie": words(activity.strategy) if activity.strategy else None,
        "sessies": activity.sessions,
        "status": activity.status,
    }


def activity_label(activity: dict) -> str:
    """`A7 Training in drie dagdelen`: the id (when there is one) and what it is."""
    what = activity["wat"] or activity["soort"] or "activiteit zonder omschrijving"
    return f"{activity['id']} {what}" if activity["id"] else what


# --- goals and KPIs -----------------------------------------------------------------------


def _kpi(kpi: Kpi) -> dict:
    latest = max(kpi.measurements, key=lambda m: m.date, default=None)
    return {
        "id": kpi.id,
        "naam": kpi.name,
        "doel": kpi.goal,
        "indicator": kpi.indicator,
        "nulmeting": kpi.baseline,
        "streefwaarde": kpi.target,
        "eenheid": kpi.unit,
        "deadline": kpi.deadline,
        "bron": kpi.source,
        "laatste_meting": (
            {"datum": latest.date, "waarde": latest.value} if latest is not None else None
        ),
        "metingen": [{"datum": m.date, "waarde": m.value} for m in kpi.measurements],
    }


def _goals(plan: Plan) -> list[dict]:
    return [
        {
            "id": goal.id,
            "wat": goal.what,
            "bij_wie": goal.for_whom,
            "waar": goal.where,
            "wanneer": goal.when,
            "subdoelen": list(goal.subgoals),
            "kpis": [_kpi(k) for k in plan.kpis if k.goal == goal.id],
        }
        for goal in plan.goals
    ]


# --- factors ------------------------------------------------------------------------------


def _factor_row(factor: Factor | None, item: Any, knowledge: Toolkit) -> dict:
    if factor is not None and factor.id:  # an own factor
        return {
            "code": factor.id,
            "factor": factor.description,
            "eigen": True,
            "oordeel": factor.judgement,
            "toelichting": factor.explanation,
        }
    return {
        "code": item.id if item else factor.item,  # type: ignore[union-attr]
        "factor": item.question if item else factor.item,  # type: ignore[union-attr]
        "eigen": False,
        "oordeel": factor.judgement if factor else UNASSESSED,
        "toelichting": factor.explanation if factor else None,
    }


def _factors(plan: Plan, knowledge: Toolkit) -> list[dict]:
    """Per domain: every checklist question with the plan's judgement, then own factors."""
    by_item: dict[str, list[Factor]] = {}
    for factor in plan.factors:
        if factor.item:
            by_item.setdefault(factor.item, []).append(factor)
    domains = []
    for domain, label in knowledge.domains.items():
        rows = []
        for item in knowledge.checklist_by_domain()[domain]:
            judged = by_item.pop(item.id, [])
            rows += [_factor_row(f, item, knowledge) for f in judged] or [
                _factor_row(None, item, knowledge)
            ]
        rows += [
            _factor_row(f, None, knowledge) for f in plan.factors if f.id and f.domain == domain
        ]
        domains.append({"sleutel": domain, "naam": label, "factoren": rows})
    # Checklist ids the toolkit does not know (the quickscan reports them as errors).
    unknown = [_factor_row(f, None, knowledge) for items in by_item.values() for f in items]
    if unknown:
        domains.append({"sleutel": "onbekend", "naam": "Overige factoren", "factoren": unknown})
    return domains


def _hindering(
    plan: Plan, factors: list[dict], activities: dict[str, list[dict]], knowledge: Toolkit
) -> list[dict]:
    """Each hindering factor with the activities that answer it, or the toolkit's advice."""
    phase_names = {p.key: f"fase {p.number}" for p in knowledge.phases}
    result = []
    for domain in factors:
        for row in domain["factoren"]:
            if row["oordeel"] != "belemmerend":
                continue
            answering = [
                {**activity, "fase": phase_names.get(phase, phase)}
                for phase, items in activities.items()
                for activity in items
                if row["code"] in activity["adresseert"]
            ]
            item = None if row["eigen"] else knowledge.checklist_item(row["code"])
            # Inside a sentence: "Passend volgens de toolkit: communicatieplan maken en ..."
            suggested = [_lower_first(knowledge.kind_name(k)) for k in item.answers] if item else []
            result.append(
                {
                    **row,
                    "activiteiten": [f"{activity_label(a)} ({a['fase']})" for a in answering],
                    "suggesties": [] if answering else suggested,
                }
            )
    return result


# --- progress and timeline ----------------------------------------------------------------


def _progress(plan: Plan) -> dict[str, int]:
    counts = {"gepland": 0, "bezig": 0, "gereed": 0, "vervallen": 0}
    for _, _, activity in plan.activities():
        counts[activity.status] += 1
    return counts


_GANTT_KEYWORDS = re.compile(
    r"^(gantt|title|section|dateformat|axisformat|tickinterval|includes|excludes|"
    r"todaymarker|inclusiveenddates|topaxis|weekday|weekend|click|acctitle|accdescr)\b",
    re.IGNORECASE,
)


_TIME_COLON = re.compile(r"(\d):(\d)")


def gantt_text(text: str, limit: int = GANTT_NAME_LENGTH) -> str:
    """Text that cannot break a Mermaid gantt line: no `:`, `;`, `#`, backticks, breaks."""
    text = " ".join(str(text).split())
    text = _TIME_COLON.sub(r"\1.\2", text)  # 12:30 → 12.30, the Dutch way
    text = re.sub(r"\s*:\s*", " - ", text).replace(";", ",").replace("#", "nr. ")
    text = text.replace("`", "'").replace("%%", "%").replace("<", "‹").replace(">", "›")
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",-–") + "…"
    if _GANTT_KEYWORDS.match(text):
        text = "» " + text  # a task named "Section ..." would start a new section
    return text or "activiteit"


def _timeline(plan: Plan, knowledge: Toolkit) -> dict:
    """Mermaid gantt data: a section per phase, a task per dated activity."""
    sections = []
    undated: list[str] = []
    backwards: list[str] = []
    cancelled: list[str] = []
    for phase in knowledge.phases:
        tasks = []
        for activity in plan.phases.by_key()[phase.key]:
            label = activity.id or activity.what or phase.name
            if activity.status == "vervallen":
                cancelled.append(label)
                continue
            if activity.start is None:
                undated.append(label)
                continue
            if activity.end is not None and activity.end < activity.start:
                backwards.append(label)
                continue
            name = " ".join(p for p in (activity.id, activity.what) if p) or (
                knowledge.kind_name(activity.kind) if activity.kind else "activiteit"
            )
            tags = {"gereed": ["done"], "bezig": ["active"]}.get(activity.status, [])
            one_day = activity.end is None or activity.end == activity.start
            if one_day:
                tags.append("milestone")
                end = "0d"
            else:
                # Plan dates are inclusive; Mermaid's end date is exclusive. The calendar's
                # last day (9999-12-31, "keeps going") has no next day: end the bar on it.
                last: dt.date = activity.end  # type: ignore[assignment]
                end = (last + dt.timedelta(days=1) if last < dt.date.max else last).isoformat()
            tasks.append(
                {
                    "naam": gantt_text(name),
                    "kenmerken": ", ".join(tags),
                    "start": activity.start.isoformat(),
                    "eind": end,
                }
            )
        if tasks:
            sections.append(
                {"naam": gantt_text(f"Fase {phase.number} {phase.name}"), "taken": tasks}
            )
    dates = [dt.date.fromisoformat(t["start"]) for s in sections for t in s["taken"]]
    span = (max(dates) - min(dates)).days if dates else 0
    return {
        # Month-year ticks for a plan of years; day-month ticks for a few months.
        "asformaat": "%d-%m" if span <= 120 else "%m-%Y",
        "secties": sections,
        "zonder_datum": undated,
        "eind_voor_start": backwards,
        "vervallen": cancelled,
    }


# --- quickscan ----------------------------------------------------------------------------


def _scan(result: ScanResult) -> dict:
    from ..quickscan.finding import Severity

    ranked = sorted(result.findings, key=lambda f: f.severity.rank)
    return {
        "totaal": result.overall,
        "licht": _light(result.overall_light),
        "gebieden": [
            {
                "sleutel": area.key,
                "naam": area.name,
                "score": area.score,
                "licht": _light(area.light),
            }
            for area in result.areas
        ],
        "bevindingen": [
            {
                "code": f.code,
                "ernst": f.severity,
                "gebied": f.area,
                "melding": f.message,
                "advies": f.suggestion,
                "bron": f.source,
                "regel": f.line,
            }
            for f in ranked[:TOP_FINDINGS]
        ],
        "meer": max(0, len(ranked) - TOP_FINDINGS),
        "geaccepteerd": len(result.accepted),
        "aantallen": {s.value: result.count(s) for s in Severity},
    }


def _light(light: str | None) -> str | None:
    return f"{LIGHTS[light]} {light}" if light in LIGHTS else None
