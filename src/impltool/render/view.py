"""The document a plan becomes, before any format: the typed view model.

Every format (Markdown, HTML, Word) lays out this one model and decides nothing about
content: what the reader sees, in which order, what is left out (empty columns, sections
the plan does not have), and every sentence, is worked out here. That keeps the three
formats saying the same thing, and it is the contract for house-style templates: the names
below are what a template can use (see the README, "Eigen huisstijl").

A document is a title block, a one-page summary and sections; a section is a list of
blocks (`Alinea`, `Opsomming`, `Tussenkop`, `Tabel`, `Tijdlijn`, `Scores`). Each block
says what it is in `soort`, so a template can lay out any block without knowing the
section. Everything is frozen plain data: a sandboxed template can read it, not change it.

Text here is for readers: no YAML keys, no backticks, no commands. Advice on fixing the
plan belongs in `impl check`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, get_args

from ..dutch import (
    count_word,
    enumeration,
    euro,
    long_date,
    lower_first,
    month_span,
    number,
    period_text,
    quantity,
    short_date,
    shortened,
    upper_first,
)
from ..knowledge import Toolkit, toolkit
from ..plan.fields import labelled, on_document
from ..plan.model import Status

if TYPE_CHECKING:
    from ..plan.load import LoadedPlan
    from ..plan.model import Activity, Factor, Kpi, Plan
    from ..quickscan.scan import ScanResult

UNASSESSED = "niet beoordeeld"
TOP_RISKS = 3
TOP_FINDINGS = 5
LONG_GROUP_NAME = 28  # longer target-group names get a short name and a legend
MAX_TIMELINE_MONTHS = 72  # a timeline wider than six years is cut off (and says so)
_SENTENCE = re.compile(r"^(.+?[.!?])(?=\s+[A-Z0-9À-Ý\"'‘“(]|$)", re.DOTALL)
_CODE_SPAN = re.compile(r"`([^`]*)`")
_CHECKLIST_ID = re.compile(r"\b[a-z]+\.[a-z_]+\b")
# A light is shown by its shape and its word as well as its colour (not colour alone).
LIGHT_SHAPES = {"groen": "●", "oranje": "▲", "rood": "■"}


# --- the blocks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Regel:
    """A labelled line: `Looptijd: 1 februari 2026 tot en met ...`. `label` may be empty."""

    label: str
    tekst: str

    @property
    def kop(self) -> str:
        """The label as shown before the text: with a colon, unless it ends in a question
        mark or other punctuation already."""
        if not self.label or self.label[-1] in "?!:.":
            return self.label
        return self.label + ":"


@dataclass(frozen=True)
class Alinea:
    """A paragraph of plain text, optionally with a bold lead-in label."""

    tekst: str
    label: str = ""
    soort: ClassVar[str] = "alinea"

    @property
    def kop(self) -> str:
        return Regel(self.label, self.tekst).kop


@dataclass(frozen=True)
class Opsomming:
    """A bulleted list; each item is a `Regel` (its label may be empty)."""

    items: tuple[Regel, ...]
    soort: ClassVar[str] = "opsomming"


@dataclass(frozen=True)
class Tussenkop:
    """A heading one level below the section's."""

    tekst: str
    soort: ClassVar[str] = "tussenkop"


@dataclass(frozen=True)
class Cel:
    """A table cell: `vet` (an id, a judgement) before `tekst`, `klein` on a line below,
    `lijst` one item per line. `nadruk` marks a cell a reader must not miss."""

    tekst: str = ""
    vet: str = ""
    klein: str = ""
    lijst: tuple[str, ...] = ()
    nadruk: bool = False

    @property
    def leeg(self) -> bool:
        return not (self.tekst or self.vet or self.klein or self.lijst)


@dataclass(frozen=True)
class Tabel:
    """A table with a header row; columns that are empty in every row are already left out.
    `getallen` names the columns to align right; `totaal` is a closing row, or empty."""

    kop: tuple[str, ...]
    rijen: tuple[tuple[Cel, ...], ...]
    getallen: tuple[int, ...] = ()
    totaal: tuple[Cel, ...] = ()
    soort: ClassVar[str] = "tabel"


@dataclass(frozen=True)
class Balk:
    """One dated activity on the timeline; `eind` is inclusive, and equal to `start` for a
    one-day activity (a milestone)."""

    naam: str
    start: dt.date
    eind: dt.date
    status: str

    @property
    def mijlpaal(self) -> bool:
        return self.eind == self.start

    @property
    def wanneer(self) -> str:
        return period_text(self.start, self.eind, short=True)


@dataclass(frozen=True)
class Groep:
    """The bars of one phase."""

    naam: str
    balken: tuple[Balk, ...]


@dataclass(frozen=True)
class Tijdlijn:
    """A month grid from `maanden[0]` to the end of the last month, bars grouped by phase,
    and a line for today when it falls inside."""

    groepen: tuple[Groep, ...]
    maanden: tuple[dt.date, ...]  # the first day of each month shown
    vandaag: dt.date | None
    soort: ClassVar[str] = "tijdlijn"

    @property
    def begin(self) -> dt.date:
        return self.maanden[0]

    @property
    def einde(self) -> dt.date:
        """The first day after the grid."""
        return _add_months(self.maanden[-1], 1)

    @property
    def balken(self) -> tuple[Balk, ...]:
        return tuple(b for g in self.groepen for b in g.balken)


@dataclass(frozen=True)
class Score:
    naam: str
    procent: int | None
    licht: str | None  # groen, oranje or rood; None when nothing applies

    @property
    def tekst(self) -> str:
        return "niet van toepassing" if self.procent is None else f"{self.procent} %"


@dataclass(frozen=True)
class Scores:
    """The quickscan's scores. While a fout is open there are none: `wacht` says why, and
    `fouten` are named before anything else."""

    totaal: Score
    gebieden: tuple[Score, ...]
    fouten: tuple[str, ...]
    wacht: str  # why there is no score yet ("" when there is one)
    bevindingen: tuple[Regel, ...]  # the most serious other findings
    meer: int  # findings not shown
    geaccepteerd: int
    soort: ClassVar[str] = "scores"


@dataclass(frozen=True)
class Punt:
    datum: dt.date
    waarde: float


@dataclass(frozen=True)
class Grafiek:
    """A KPI over time: its metingen, the straight line from the baseline to the target
    (`lijn`, two points, or empty when the KPI has none), the target, and the day of the
    report. `oordeel` is the verdict in words; `tekst` says in one sentence what the chart
    shows, for readers who cannot see it."""

    naam: str
    eenheid: str
    metingen: tuple[Punt, ...]
    lijn: tuple[Punt, ...]
    streefwaarde: Punt | None
    vandaag: dt.date
    oordeel: str
    tekst: str
    soort: ClassVar[str] = "grafiek"

    @property
    def punten(self) -> tuple[Punt, ...]:
        """Every point the chart must show: what sets its axes."""
        target = (self.streefwaarde,) if self.streefwaarde else ()
        return (*self.metingen, *self.lijn, *target)


Blok = Alinea | Opsomming | Tussenkop | Tabel | Tijdlijn | Scores | Grafiek


@dataclass(frozen=True)
class Sectie:
    sleutel: str
    titel: str
    blokken: tuple[Blok, ...]


@dataclass(frozen=True)
class Document:
    """Everything a format lays out. `secties` holds every section key in `SECTIONS`, with
    None for a section this plan has nothing for."""

    titel: str
    titelblok: tuple[Regel, ...]
    samenvatting: Sectie
    secties: dict[str, Sectie | None]
    slot: str
    vandaag: dt.date
    bestand: str
    plan: dict[str, Any] = field(repr=False)  # the plan as in the file, for own templates
    soort: str = "plan"  # or "voortgang": also the name of the main template

    def in_volgorde(self) -> list[Sectie]:
        """The summary, then every section the plan has, in the document's order."""
        return [self.samenvatting, *(s for s in self.secties.values() if s is not None)]


class _Inputs(NamedTuple):
    """What the section builders read."""

    plan: Plan
    knowledge: Toolkit
    hindering: list[_Hindering]
    today: dt.date


# The sections after the summary, in order, each with its builder; the keys are also the
# template block names.
_BUILDERS: dict[str, Callable[[_Inputs], Sectie]] = {
    "interventie": lambda i: _intervention(i.plan),
    "doelen": lambda i: _goals(i.plan),
    "betrokkenen": lambda i: _stakeholders(i.plan, i.knowledge),
    "communicatie": lambda i: _communication(i.plan, i.knowledge),
    "factoren": lambda i: _factors(i.plan, i.knowledge, i.hindering),
    "activiteiten": lambda i: _activities(i.plan, i.knowledge),
    "tijdlijn": lambda i: _timeline_section(i.plan, i.knowledge, i.today),
    "begroting": lambda i: _budget(i.plan),
    "evaluatie": lambda i: _evaluation(i.plan),
    "borging": lambda i: _embedding(i.plan),
    "bijstellingen": lambda i: _adjustments(i.plan),
}
SECTIONS = tuple(_BUILDERS)


# --- building the document ----------------------------------------------------------------


def build_document(loaded: LoadedPlan, today: dt.date, scan: ScanResult | None = None) -> Document:
    """The document for one plan; `scan` only with `--met-quickscan`."""
    plan = loaded.plan
    knowledge = toolkit()
    hindering = _hindering(plan, knowledge)
    inputs = _Inputs(plan, knowledge, hindering, today)
    sections: dict[str, Sectie | None] = {}
    for key, build in _BUILDERS.items():
        built = build(inputs)
        sections[key] = built if built.blokken else None
    return Document(
        titel=plan.title,
        titelblok=_title_block(plan, today),
        samenvatting=_summary(plan, knowledge, hindering, scan),
        secties=sections,
        slot=f"Gemaakt uit het planbestand {_file_name(loaded.file)}, {long_date(today)}.",
        vandaag=today,
        bestand=_file_name(loaded.file),
        plan=plan.model_dump(mode="python", by_alias=True),
    )


def _title_block(plan: Plan, today: dt.date) -> tuple[Regel, ...]:
    # The fields the model marks for the document (organisatie, auteur, ...); the version
    # goes with the date, on the last line.
    lines = [
        Regel(label, str(getattr(plan, name) or ""))
        for name, label in on_document(type(plan))
        if name != "version"
    ]
    intervention = plan.intervention.name
    kind = words(plan.intervention.kind)
    lines.append(Regel("Interventie", f"{intervention} ({kind})"))
    if plan.intervention.owner:
        lines.append(Regel("Eigenaar van de interventie", plan.intervention.owner))
    version = f"versie {plan.version}, " if plan.version else ""
    lines.append(Regel("Versie en datum" if plan.version else "Datum", version + long_date(today)))
    return tuple(line for line in lines if line.tekst)


# --- the summary --------------------------------------------------------------------------


def _summary(
    plan: Plan, knowledge: Toolkit, hindering: list[_Hindering], scan: ScanResult | None
) -> Sectie:
    blocks: list[Blok] = []
    intervention = plan.intervention
    if intervention.problem:
        blocks.append(Alinea(first_sentences(intervention.problem), "Waarom"))
    what = f"{intervention.name} ({words(intervention.kind)})."
    description = first_sentences(intervention.description or "")
    blocks.append(Alinea(f"{what} {description}" if description else what, "Wat"))
    goals = [Regel("", _goal_line(plan, g.id, g.what, g.when)) for g in plan.goals]
    if goals:
        blocks.append(Alinea("", "Doelen"))
        blocks.append(Opsomming(tuple(goals)))
    timing = _period_and_phases(plan, knowledge)
    if timing:
        blocks.append(Alinea(timing, "Looptijd"))
    blocks.append(Alinea(_money_line(plan), "Geld en capaciteit"))
    if hindering:
        risks = sorted(hindering, key=lambda h: bool(h.answers))[:TOP_RISKS]
        blocks.append(Alinea("", "Grootste risico's en wat we eraan doen"))
        blocks.append(Opsomming(tuple(Regel(h.factor, h.summary) for h in risks)))
    counts = _progress(plan)
    if sum(counts.values()):
        shown = f"{counts['gereed']} gereed, {counts['bezig']} bezig, {counts['gepland']} gepland"
        if counts["vervallen"]:
            shown += f", {counts['vervallen']} vervallen"
        blocks.append(Alinea(shown + ".", "Stand van de activiteiten"))
    if scan is not None:
        blocks.append(_scores(scan))
    return Sectie("samenvatting", "Samenvatting", tuple(blocks))


def _goal_line(plan: Plan, goal_id: str, what: str | None, when: dt.date | None) -> str:
    text = what or goal_id
    targets = []
    for k in plan.kpis:
        if k.goal != goal_id or k.target is None:
            continue
        name = lower_first(k.name or k.indicator or k.id)
        start = f" van {number(k.baseline)}" if k.baseline is not None else ""
        targets.append(f"{name}{start} naar {quantity(k.target, k.unit)}")
    if when:
        text += f" (uiterlijk {long_date(when)})"
    if targets:
        text += ". Gemeten als " + "; ".join(targets)
    return text


def _period_and_phases(plan: Plan, knowledge: Toolkit) -> str:
    """`1 februari 2026 tot en met 31 december 2027, in vier fasen: weten (feb 2026 – ...)`."""
    parts = []
    for phase in knowledge.phases:
        spans = [
            (a.start, a.end or a.start)
            for a in plan.phases.by_key()[phase.key]
            if a.start is not None
            and a.status != "vervallen"
            and (a.end is None or a.end >= a.start)
        ]
        if not spans:
            continue
        start = min(first for first, _ in spans)
        end = max(last for _, last in spans)
        parts.append(f"{phase.name.lower()} ({month_span(start, end)})")
    period = period_text(plan.period.start, plan.period.end) if plan.period is not None else ""
    if not parts:
        return period
    phases = f"in {count_word(len(parts))} {'fase' if len(parts) == 1 else 'fasen'}: " + (
        enumeration(parts)
    )
    return f"{period}, {phases}" if period else upper_first(phases)


def _money_line(plan: Plan) -> str:
    budget = plan.budget
    if budget is None or not (budget.items or budget.hours):
        return "Er staat nog geen begroting in het plan."
    parts = []
    if budget.items:
        total = sum(i.amount for i in budget.items)
        line = f"{euro(total)} in totaal"
        years = _totals(budget.items, lambda i: str(i.year) if i.year else "")
        if len(years) > 1:
            line += " (" + ", ".join(f"{y or 'zonder jaar'}: {euro(t)}" for y, t in years) + ")"
        sources = _totals(budget.items, lambda i: i.source or "")
        if any(s for s, _ in sources):
            line += "; betaald door " + enumeration(
                f"{s or 'nog onbekend'} ({euro(t)})" for s, t in sources
            )
        parts.append(line)
    if budget.hours:
        hours = sum(h.hours_per_week for h in budget.hours)
        parts.append(f"{number(hours)} uur per week ({enumeration(h.who for h in budget.hours)})")
    return ". ".join(upper_first(p) for p in parts) + "."


# --- quickscan ----------------------------------------------------------------------------


def _scores(result: ScanResult) -> Scores:
    """The scan as the reader sees it: no score while a fout is open (the plan contradicts
    itself, a percentage would read as a grade), and the fouten named first."""
    from ..quickscan.finding import Severity

    errors = result.errors
    areas = tuple(Score(a.name, a.score, a.light) for a in result.areas)
    total = Score("Totaal", result.overall, result.overall_light)
    others = sorted(
        (f for f in result.findings if f.severity != Severity.FOUT),
        key=lambda f: f.severity.rank,
    )
    shown = others[: max(0, TOP_FINDINGS - len(errors))]
    return Scores(
        totaal=total,
        gebieden=areas,
        fouten=tuple(reader_text(f.message) for f in errors),
        wacht=result.waiting_text,
        bevindingen=tuple(Regel(str(f.severity), reader_text(f.message)) for f in shown),
        meer=len(others) - len(shown),
        geaccepteerd=len(result.accepted),
    )


def reader_text(message: str) -> str:
    """A quickscan message for a reader: code spans become plain words (`doelgroepen[0]`
    stays out of a document meant for a wethouder), a checklist id its question."""

    def question(match: re.Match[str]) -> str:
        item = toolkit().checklist_item(match.group())
        return f"“{item.question}”" if item else match.group()

    def plain(match: re.Match[str]) -> str:
        inner = re.sub(r"\[\d+\]", "", match.group(1))
        if item := toolkit().checklist_item(inner):
            return f"“{item.question}”"
        return inner.replace("_", " ").replace(".", " ").strip()

    message = _CODE_SPAN.sub(plain, message).replace("`", "")
    return " ".join(_CHECKLIST_ID.sub(question, message).split())


# --- sections -----------------------------------------------------------------------------


def _intervention(plan: Plan) -> Sectie:
    i = plan.intervention
    blocks: list[Blok] = []
    if i.problem:
        blocks += [Tussenkop("Het probleem"), *_paragraphs(i.problem)]
    if i.description:
        blocks += [Tussenkop("Wat de interventie inhoudt"), *_paragraphs(i.description)]
    if i.core_elements:
        blocks += [
            Tussenkop("Werkzame elementen: hier volg je het protocol"),
            Alinea("Deze onderdelen maken dat de interventie werkt. Voer ze uit zoals bedoeld."),
            _bullets(i.core_elements),
        ]
    if i.adaptable:
        blocks += [
            Tussenkop("Aanpasbaar: hier zit de vrijheid"),
            Alinea("Deze onderdelen mag je afstemmen op de eigen situatie."),
            _bullets(i.adaptable),
        ]
    return Sectie("interventie", "De interventie", tuple(blocks))


def _kpi_table(kpis: Sequence[Kpi]) -> Tabel:
    rows = []
    for k in kpis:
        latest = max(k.measurements, key=lambda m: m.date, default=None)
        rows.append(
            (
                Cel(k.name or "", vet=k.id),
                Cel(k.indicator or ""),
                Cel(
                    quantity(k.baseline, k.unit),
                    klein=f"op {short_date(k.start)}" if k.start and k.baseline is not None else "",
                ),
                Cel(quantity(k.target, k.unit)),
                Cel(short_date(k.deadline) if k.deadline else ""),
                Cel(k.source or ""),
                Cel(
                    f"{quantity(latest.value, k.unit)} ({short_date(latest.date)})"
                    if latest
                    else ""
                ),
            )
        )
    return table(
        # Soft hyphens: where a narrow column may break these long words, and nowhere else.
        (
            "KPI",
            "Indicator",
            "Nul\u00admeting",
            "Streef\u00adwaarde",
            "Deadline",
            "Bron",
            "Laatste meting",
        ),
        rows,
        numbers=(2, 3, 6),
    )


def _goals(plan: Plan) -> Sectie:
    blocks: list[Blok] = []
    goal_ids = {g.id for g in plan.goals}
    names = {g.id: g.name or g.id for g in plan.target_groups}
    for goal in plan.goals:
        blocks.append(Tussenkop(f"{goal.id}: {goal.what}" if goal.what else goal.id))
        lines = [
            Regel("Bij wie", goal.for_whom or ""),
            # The groups the goal's KPI lines start with (catalogue v3), beside bij_wie.
            Regel("Doelgroepen", enumeration(names.get(g, g) for g in goal.target_groups)),
            Regel("Waar", goal.where or ""),
            Regel("Wanneer", f"uiterlijk {long_date(goal.when)}" if goal.when else ""),
        ]
        lines = [line for line in lines if line.tekst]
        if lines:
            blocks.append(Opsomming(tuple(lines)))
        if goal.subgoals:
            blocks += [Alinea("Subdoelen:"), _bullets(goal.subgoals)]
        kpis = [k for k in plan.kpis if k.goal == goal.id]
        if kpis:
            blocks.append(_kpi_table(kpis))
    loose = [k for k in plan.kpis if k.goal not in goal_ids]
    if loose:
        blocks += [Tussenkop("KPI's zonder doel"), _kpi_table(loose)]
    return Sectie("doelen", "Doelen en KPI's", tuple(blocks))


def _stakeholders(plan: Plan, knowledge: Toolkit) -> Sectie:
    blocks: list[Blok] = []
    if plan.stakeholders:
        rows = [
            (
                Cel(s.name or s.id),
                Cel(words(s.type)),
                Cel(_phase_label(s.involved_from, knowledge)),
            )
            for s in plan.stakeholders
        ]
        blocks += [
            Tussenkop("Betrokken partijen"),
            table(("Wie", "Soort", "Betrokken vanaf"), rows),
        ]
    if plan.team:
        rows = [
            (
                Cel(m.name),
                Cel(m.role or ""),
                Cel(", ".join(knowledge.competences[c].name for c in m.competences)),
            )
            for m in plan.team
        ]
        blocks += [Tussenkop("Implementatieteam"), table(("Wie", "Rol", "Competenties"), rows)]
    return Sectie("betrokkenen", "Betrokkenen en implementatieteam", tuple(blocks))


def _communication(plan: Plan, knowledge: Toolkit) -> Sectie:
    if not plan.target_groups:
        return Sectie("communicatie", "", ())
    rows = []
    for g in plan.target_groups:
        about = f"{words(g.type)}, {'direct' if g.direct else 'indirect'}"
        phase = _phase_label(g.current_phase, knowledge)
        rows.append(
            (
                Cel(vet=g.name or g.id, klein=about + (f", nu: {phase}" if phase else "")),
                Cel(lijst=tuple(_channel(c) for c in g.channels)),
                Cel(g.message or ""),
                Cel(number(g.contact_moments)),
                Cel(lijst=tuple(g.spreaders)),
                Cel(", ".join(knowledge.adopters[a].name for a in g.adoption)),
            )
        )
    return Sectie(
        "communicatie",
        "Doelgroepen en communicatie",
        (
            Alinea(
                "Per doelgroep: hoe we hen bereiken, wat ze moeten horen, hoe vaak, en wie de "
                "boodschap uitdraagt."
            ),
            table(
                (
                    "Doelgroep",
                    "Kanalen",
                    "Boodschap",
                    "Contact\u00admomenten",
                    "Verspreiders",
                    "Adoptie",
                ),
                rows,
                numbers=(3,),
            ),
        ),
    )


@dataclass(frozen=True)
class _Hindering:
    factor: str
    explanation: str
    answers: tuple[str, ...]  # the activities that answer it
    suggestions: tuple[str, ...]  # the toolkit's kinds, when nothing answers it

    @property
    def summary(self) -> str:
        """The plan's own words on what the risk is, then what is done about it."""
        risk = first_sentences(self.explanation, 160)
        if not risk:
            return self.short_answer
        risk = risk if risk.endswith((".", "!", "?", "…")) else risk + "."
        answer = self.short_answer if self.answers else lower_first(self.short_answer)
        return f"{risk} Wat we eraan doen: {answer}"

    @property
    def short_answer(self) -> str:
        """For the summary: at most two activities, by id where they have one."""
        if not self.answers:
            return upper_first(self.answer_text)
        shown = [_short_name(a.rsplit(" (", 1)[0]) for a in self.answers[:2]]
        more = len(self.answers) - len(shown)
        if more:
            shown.append(f"{more} {'andere activiteit' if more == 1 else 'andere activiteiten'}")
        return enumeration(shown)

    @property
    def answer_text(self) -> str:
        if self.answers:
            return enumeration(self.answers)
        if self.suggestions:
            return "nog geen activiteit. Passend volgens de toolkit: " + enumeration(
                self.suggestions
            )
        return "nog geen activiteit"


def _hindering(plan: Plan, knowledge: Toolkit) -> list[_Hindering]:
    """Each hindering factor with the activities that answer it, or the toolkit's advice."""
    result = []
    for factor in plan.factors:
        if factor.judgement != "belemmerend":
            continue
        item = knowledge.checklist_item(factor.item) if factor.item else None
        answers = tuple(
            f"{activity_label(a, knowledge)} ({_phase_short(phase, knowledge)})"
            for phase, _, a in plan.activities()
            if factor.key in a.addresses and a.status != "vervallen"
        )
        name = factor.description if factor.id else (item.question if item else factor.item)
        result.append(
            _Hindering(
                factor=name or factor.key,
                explanation=factor.explanation or "",
                answers=answers,
                suggestions=tuple(lower_first(knowledge.kind_name(k)) for k in item.answers)
                if item and not answers
                else (),
            )
        )
    return result


def _factors(plan: Plan, knowledge: Toolkit, hindering: list[_Hindering]) -> Sectie:
    """Per domain: every checklist question with the plan's judgement, then own factors."""
    if not plan.factors:
        return Sectie("factoren", "", ())
    blocks: list[Blok] = [
        Alinea(
            "De checklist uit de Toolkit Implementatie, per domein, met ons oordeel en eigen "
            "factoren."
        )
    ]
    judged: dict[str, list[Any]] = {}
    for factor in plan.factors:
        if factor.item:
            judged.setdefault(factor.item, []).append(factor)

    names = {g.id: g.name or g.id for g in plan.target_groups}

    def row(factor: Factor | None, name: str, own: bool) -> tuple[Cel, ...]:
        """A judged factor; `factor` is None for a checklist question not yet assessed."""
        judgement = factor.judgement if factor else UNASSESSED
        notes = ["eigen factor"] if own else []
        if factor and factor.until:
            notes.append(f"tot {long_date(factor.until)}")
        if factor and factor.target_groups:
            notes.append("voor " + enumeration(names.get(g, g) for g in factor.target_groups))
        return (
            Cel(name, klein=", ".join(notes)),
            Cel(judgement, nadruk=judgement == "belemmerend"),
            Cel(factor.explanation or "" if factor else ""),
        )

    for domain, label in knowledge.domains.items():
        rows = []
        for item in knowledge.checklist_by_domain()[domain]:
            found = judged.pop(item.id, [])
            rows += [row(f, item.question, False) for f in found] or [
                row(None, item.question, False)
            ]
        rows += [
            row(f, f.description or f.id or "", True)
            for f in plan.factors
            if f.id and f.domain == domain
        ]
        blocks += [Tussenkop(label), table(("Factor", "Oordeel", "Toelichting"), rows)]
    unknown = [row(f, f.item, False) for fs in judged.values() for f in fs]
    if unknown:
        blocks += [
            Tussenkop("Overige factoren"),
            table(("Factor", "Oordeel", "Toelichting"), unknown),
        ]
    if hindering:
        rows = [
            (
                Cel(h.factor),
                Cel(h.explanation),
                Cel(lijst=h.answers) if h.answers else Cel(upper_first(h.answer_text), nadruk=True),
            )
            for h in hindering
        ]
        blocks += [
            Tussenkop("Wat remt, en wat we eraan doen"),
            table(("Belemmerende factor", "Toelichting", "Wat we eraan doen"), rows),
        ]
    return Sectie("factoren", "Wat helpt en wat remt: beïnvloedende factoren", tuple(blocks))


def _activities(plan: Plan, knowledge: Toolkit) -> Sectie:
    if not plan.activities():
        return Sectie("activiteiten", "", ())
    short, legend = _group_names(plan)
    blocks: list[Blok] = []
    if legend:
        blocks += [
            Alinea("In de tabellen staan deze doelgroepen kort:"),
            Opsomming(tuple(Regel(short[g], name) for g, name in legend.items())),
        ]
    for phase in knowledge.phases:
        items = plan.phases.by_key()[phase.key]
        if not items:
            continue
        rows = []
        for a in items:
            kind = knowledge.kind_name(a.kind) if a.kind else ""
            if kind and a.sessions:
                kind += f", {a.sessions} {'sessie' if a.sessions == 1 else 'sessies'}"
            groups = tuple(short.get(g, g) for g in a.target_groups)
            rows.append(
                (
                    Cel(a.what or "", vet=a.id or "", klein=kind),
                    Cel(a.who or ""),
                    Cel(a.where or ""),
                    Cel(period_text(a.start, a.end, short=True)),
                    Cel(lijst=groups),
                    Cel(words(a.strategy)),
                    Cel(a.status, nadruk=a.status == "bezig"),
                )
            )
        blocks += [
            Tussenkop(f"Fase {phase.number}: {phase.name}"),
            Alinea(phase.goal, "Doel van deze fase"),
            table(
                ("Wat", "Wie", "Waar", "Wanneer", "Doelgroepen", "Strategie", "Status"),
                rows,
            ),
        ]
    return Sectie("activiteiten", "Activiteiten per fase", tuple(blocks))


def _group_names(plan: Plan) -> tuple[dict[str, str], dict[str, str]]:
    """Short names for target groups in activity tables, and a legend for the long ones:
    a name of a full line would otherwise fill every row it appears in."""
    short: dict[str, str] = {}
    legend: dict[str, str] = {}
    for g in plan.target_groups:
        name = g.name or g.id
        if len(name) > LONG_GROUP_NAME and len(g.id) < len(name):
            short[g.id] = words(g.id)
            legend[g.id] = name
        else:
            short[g.id] = name
    return short, legend


def _timeline_section(plan: Plan, knowledge: Toolkit, today: dt.date) -> Sectie:
    timeline, left_out = build_timeline(plan, knowledge, today)
    blocks: list[Blok] = []
    if timeline is not None:
        blocks.append(timeline)
    for reason, names in left_out:
        if names:
            blocks.append(Alinea(f"{reason}: {enumeration(names)}."))
    return Sectie("tijdlijn", "Tijdlijn", tuple(blocks) if timeline is not None else ())


def build_timeline(
    plan: Plan, knowledge: Toolkit, today: dt.date
) -> tuple[Tijdlijn | None, list[tuple[str, list[str]]]]:
    """The timeline, and what was left out of it and why."""
    undated: list[str] = []
    backwards: list[str] = []
    cancelled: list[str] = []
    groups = []
    for phase in knowledge.phases:
        bars = []
        for activity in plan.phases.by_key()[phase.key]:
            label = activity_label(activity, knowledge)
            if activity.status == "vervallen":
                cancelled.append(label)
            elif activity.start is None:
                undated.append(label)
            elif activity.end is not None and activity.end < activity.start:
                backwards.append(label)
            else:
                bars.append(
                    Balk(label, activity.start, activity.end or activity.start, activity.status)
                )
        if bars:
            groups.append((f"Fase {phase.number}: {phase.name}", bars))
    left_out = [
        ("Niet in de tijdlijn, want zonder startdatum", undated),
        ("Niet in de tijdlijn, want de einddatum ligt voor de startdatum", backwards),
        ("Vervallen, dus niet in de tijdlijn", cancelled),
    ]
    if not groups:
        return None, left_out
    starts = [b.start for _, bars in groups for b in bars]
    ends = [b.eind for _, bars in groups for b in bars]
    if plan.period is not None:
        starts.append(plan.period.start)
        ends.append(plan.period.end)
    first = min(starts).replace(day=1)
    last = max(ends).replace(day=1)
    months: list[dt.date] = []
    month = first
    while month <= last and len(months) < MAX_TIMELINE_MONTHS:
        months.append(month)
        month = _add_months(month, 1)
    edge = _add_months(months[-1], 1)
    shown = tuple(Groep(name, tuple(b for b in bars if b.start < edge)) for name, bars in groups)
    beyond = [b.naam for _, bars in groups for b in bars if b.start >= edge]
    if beyond:
        left_out.append(("Na het einde van de tijdlijn (die toont zes jaar)", beyond))
    shown_today = today if first <= today < edge else None
    return Tijdlijn(tuple(g for g in shown if g.balken), tuple(months), shown_today), left_out


def _add_months(day: dt.date, n: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + n
    year, month = divmod(index, 12)
    if year > dt.MAXYEAR:
        return dt.date.max
    return dt.date(year, month + 1, 1)


def _budget(plan: Plan) -> Sectie:
    budget = plan.budget
    if budget is None:
        return Sectie("begroting", "", ())
    blocks: list[Blok] = []
    if budget.items:
        activities = {a.id: a for _, _, a in plan.activities() if a.id}
        rows = [
            (
                Cel(i.what),
                Cel(str(i.year) if i.year else ""),
                Cel(i.source or ""),
                Cel(
                    activity_label(activities[i.activity], toolkit())
                    if i.activity in activities
                    else (i.activity or "")
                ),
                Cel(euro(i.amount)),
            )
            for i in budget.items
        ]
        blocks.append(
            table(
                ("Post", "Jaar", "Betaald door", "Voor activiteit", "Bedrag"),
                rows,
                numbers=(4,),
                total_label="Totaal",
                total=euro(sum(i.amount for i in budget.items)),
            )
        )
        years = _totals(budget.items, lambda i: str(i.year) if i.year else "zonder jaar")
        if len(years) > 1:
            blocks += [
                Tussenkop("Per jaar"),
                table(("Jaar", "Bedrag"), [(Cel(y), Cel(euro(t))) for y, t in years], numbers=(1,)),
            ]
        sources = _totals(budget.items, lambda i: i.source or "nog onbekend")
        if len(sources) > 1 or any(i.source for i in budget.items):
            blocks += [
                Tussenkop("Per financier"),
                table(
                    ("Betaald door", "Bedrag"),
                    [(Cel(s), Cel(euro(t))) for s, t in sources],
                    numbers=(1,),
                ),
            ]
    if budget.hours:
        hours = [(Cel(h.who), Cel(number(h.hours_per_week))) for h in budget.hours]
        blocks += [
            Tussenkop("Capaciteit"),
            table(
                ("Wie", "Uren per week"),
                hours,
                numbers=(1,),
                total_label="Totaal",
                total=number(sum(h.hours_per_week for h in budget.hours)),
            ),
        ]
    if budget.explanation:
        blocks += [Tussenkop("Toelichting"), *_paragraphs(budget.explanation)]
    return Sectie("begroting", "Begroting en capaciteit", tuple(blocks))


def _totals(items: Iterable[Any], key: Any) -> list[tuple[str, float]]:
    totals: dict[str, float] = {}
    for item in items:
        totals[key(item)] = totals.get(key(item), 0) + item.amount
    return sorted(totals.items(), key=lambda kv: (kv[0] in ("", "zonder jaar"), kv[0]))


def _evaluation(plan: Plan) -> Sectie:
    e = plan.evaluation
    if e is None:
        return Sectie("evaluatie", "", ())
    lines = [
        Regel("Hoe", e.method or ""),
        Regel("Wanneer", enumeration(long_date(d) for d in sorted(e.moments))),
        Regel("Wie evalueert", e.evaluator or ""),
        Regel("Rapportage", e.reporting or ""),
    ]
    blocks: list[Blok] = []
    lines = [line for line in lines if line.tekst]
    if lines:
        blocks.append(Opsomming(tuple(lines)))
    if e.questions:
        blocks += [Alinea("De evaluatie geeft antwoord op deze vragen:"), _bullets(e.questions)]
    return Sectie("evaluatie", "Evaluatie", tuple(blocks))


def _embedding(plan: Plan) -> Sectie:
    b = plan.embedding
    if b is None:
        return Sectie("borging", "", ())
    every = [Regel(label, getattr(b, name) or "") for name, label in labelled(type(b))]
    lines = [line for line in every if line.tekst]
    blocks: tuple[Blok, ...] = (Opsomming(tuple(lines)),) if lines else ()
    return Sectie("borging", "Borging: zo blijft de interventie", blocks)


def _adjustments(plan: Plan) -> Sectie:
    if not plan.adjustments:
        return Sectie("bijstellingen", "", ())
    rows = [
        (Cel(long_date(a.date)), Cel(a.reason or ""), Cel(a.decision or ""))
        for a in sorted(plan.adjustments, key=lambda a: a.date)
    ]
    return Sectie(
        "bijstellingen",
        "Bijstellingen",
        (
            Alinea("Wat we onderweg hebben veranderd, en waarom."),
            table(("Datum", "Aanleiding", "Besluit"), rows),
        ),
    )


# --- small helpers ------------------------------------------------------------------------


def table(
    head: Sequence[str],
    rows: Sequence[Sequence[Cel]],
    *,
    numbers: Sequence[int] = (),
    total_label: str = "",
    total: str = "",
) -> Tabel:
    """A table without the columns that are empty in every row (the first column stays)."""
    keep = [c for c in range(len(head)) if c == 0 or any(not row[c].leeg for row in rows)]
    closing: tuple[Cel, ...] = ()
    if total_label:
        closing = tuple(
            Cel(total_label) if c == 0 else Cel(total) if c == len(head) - 1 else Cel()
            for c in keep
        )
    return Tabel(
        kop=tuple(head[c] for c in keep),
        rijen=tuple(tuple(row[c] for c in keep) for row in rows),
        getallen=tuple(keep.index(c) for c in numbers if c in keep),
        totaal=closing,
    )


def _paragraphs(text: str) -> list[Alinea]:
    parts = re.split(r"\n[ \t]*\n", text.strip())
    return [Alinea(" ".join(p.split())) for p in parts if p.strip()]


def _bullets(items: Iterable[str]) -> Opsomming:
    return Opsomming(tuple(Regel("", " ".join(str(i).split())) for i in items if str(i).strip()))


def first_sentences(text: str, limit: int = 320) -> str:
    """The first sentence of a text (two when the first is short), cut at a word when long."""
    text = " ".join(text.split())
    if not text:
        return ""
    match = _SENTENCE.match(text)
    sentence = match.group(1) if match else text
    if match and len(sentence) < 80:
        rest = _SENTENCE.match(text[len(sentence) :].strip())
        if rest:
            sentence += " " + rest.group(1)
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:–-")
    return cut + " …"


def activity_label(activity: Activity, knowledge: Toolkit) -> str:
    """`A7 Training in drie dagdelen`: the id (when there is one) and what it is."""
    what = activity.what or (knowledge.kind_name(activity.kind) if activity.kind else "")
    what = what or "activiteit zonder omschrijving"
    return f"{activity.id} {what}" if activity.id else what


def _clip(text: str, limit: int) -> str:
    return shortened(text, limit)


def _short_name(label: str, limit: int = 70) -> str:
    """An activity's name for a sentence: a long one loses its remark in brackets first, so
    it is not cut off inside them."""
    if len(label) > limit and " (" in label:
        label = label.split(" (", 1)[0]
    return _clip(label, limit)


def _file_name(file: str) -> str:
    return file.replace("\\", "/").rsplit("/", 1)[-1]


def _phase_label(key: str | None, knowledge: Toolkit) -> str:
    phase = knowledge.phase(key) if key else None
    return f"{phase.name} (fase {phase.number})" if phase else ""


def _phase_short(key: str, knowledge: Toolkit) -> str:
    phase = knowledge.phase(key)
    return f"fase {phase.number}" if phase else words(key)


def _channel(channel: Any) -> str:
    return f"{channel.name} ({channel.kind}, {'online' if channel.online else 'offline'})"


def _progress(plan: Plan) -> dict[str, int]:
    counts = dict.fromkeys(get_args(Status), 0)
    for _, _, activity in plan.activities():
        counts[activity.status] += 1
    return counts


def words(key: str | None) -> str:
    """A vocabulary key as words: `uitvoerende_organisatie` → `uitvoerende organisatie`."""
    return "" if key is None else str(key).replace("_", " ")
