"""The toolkit's knowledge as typed read-only records with English attribute names.

Named tuples, because defining them costs a fraction of what frozen dataclasses cost at
start-up; this module does without `from __future__ import annotations`, which would make
each of their fields a string to compile at import. Their type hints are also what
knowledge/loader.py checks toolkit.yaml's values against; `impltool.knowledge.toolkit()` is how
the rest of impl gets them.
"""

import re
from collections.abc import Mapping
from functools import cache
from typing import NamedTuple

_TRAILING_REMARK = re.compile(r"\s*\([^()]*\)$")
_LONGEST_PLACEHOLDER = 40  # longer text is an answer, whatever words it holds


class ToolkitDataError(Exception):
    """toolkit.yaml is malformed: a bug in the package, caught by the tests."""


class Source(NamedTuple):
    """One of the source documents."""

    key: str
    short: str  # how it is cited, e.g. "Toolkit Implementatie"
    title: str
    maker: str
    year: int | None
    summary: str


class SourceRef(NamedTuple):
    """A place in a source document; `str()` gives the citation users read."""

    document: str  # a key of Toolkit.sources
    section: str
    citation: str  # e.g. "Toolkit Implementatie, §4.2"

    def __str__(self) -> str:
        return self.citation


class ChecklistItem(NamedTuple):
    """A question of the built-in factor checklist."""

    id: str
    domain: str  # a FactorDomain
    question: str
    explanation: str
    hinders_when: str  # "nee" or "ja": the answer that hinders the implementation
    answers: tuple[str, ...]  # activity kinds that answer this item when it hinders
    passing: bool  # a situation that ends (the factor's `tot` says when), e.g. a reorganisation
    source: str  # the citation, e.g. "Toolkit Implementatie, ingrediënt 2, ..."
    source_ref: SourceRef


class KeyActivity(NamedTuple):
    """An activity the toolkit recommends in a phase."""

    kind: str  # an ActivityKind
    section: str  # e.g. "§4.2"
    summary: str
    example: str


class Tip(NamedTuple):
    text: str
    source: str
    source_ref: SourceRef


class Phase(NamedTuple):
    """One of the six phases, with its key activities."""

    key: str  # a PhaseKey
    number: int
    name: str
    goal: str
    example: str  # a typical activity in one line
    key_activities: tuple[KeyActivity, ...]
    tips: tuple[Tip, ...]
    source: str
    source_ref: SourceRef

    @property
    def key_kinds(self) -> tuple[str, ...]:
        return tuple(activity.kind for activity in self.key_activities)


class KindInfo(NamedTuple):
    name: str
    summary: str


class CompetenceInfo(NamedTuple):
    key: str
    name: str
    summary: str
    source: str
    source_ref: SourceRef


class AdopterInfo(NamedTuple):
    key: str
    name: str
    advice: str  # what persuades this group
    side: str | None  # "vroeg", "laat", or None when COM-05 does not judge the category
    fitting_kinds: Mapping[str, tuple[str, ...]]  # target-group type -> kinds that speak to it
    source: str
    source_ref: SourceRef


class StrategyInfo(NamedTuple):
    key: str
    name: str
    summary: str
    source: str
    source_ref: SourceRef


class SmartPart(NamedTuple):
    """A SMART letter and the KPI keys that make it."""

    letter: str
    word: str
    keys: tuple[str, ...]  # Dutch KPI keys, e.g. ("streefwaarde", "eenheid")
    explanation: str


class AreaInfo(NamedTuple):
    name: str
    summary: str


class Share(NamedTuple):
    """A fraction such as 1/3, kept exact: compare `part * denominator >= whole * numerator`."""

    numerator: int
    denominator: int

    def reached(self, part: float, whole: float) -> bool:
        """Whether `part` is at least this share of `whole`."""
        return part * self.denominator >= whole * self.numerator

    def of(self, whole: float) -> float:
        return whole * self.numerator / self.denominator


class RuleKnowledge(NamedTuple):
    """The vocabularies and thresholds the quickscan rules read (toolkit.yaml, `regels`)."""

    placeholder_words: frozenset[str]
    placeholder_min_chars: int
    lack_words: frozenset[str]  # DOEL-04
    means_words: tuple[str, ...]  # DOEL-04: a word that is or ends in one of these
    kind_groups: Mapping[str, frozenset[str]]
    indirect_types: tuple[str, ...]  # stakeholder types that count as indirect (BETR-02)
    early_phases: tuple[str, ...]  # "involved from the first phase" (TEAM-03)
    group_phases: tuple[str, ...]  # the order a target group goes through (ACT-09)
    platform_themes: tuple[str, ...]  # KPI-04
    one_workshop_favourable: tuple[str, ...]  # ACT-07: checklist items that must help
    one_workshop_not_hindering: tuple[str, ...]  # ACT-07: items that must not hinder
    developed_with_users: str  # FAC-06: the checklist item that says users helped develop it
    contact_moments: int  # COM-03
    unknown_limit: int  # FAC-01: this many `onbekend` means no analysis yet
    training_sessions: int  # ACT-07
    kpi_slow_start: Share  # KPI-05
    kpi_behind: Share  # KPI-05
    kpi_ahead: Share  # impl voortgang: ahead of the line (more than 1)
    upcoming_weeks: int  # impl voortgang: work starting this soon is "coming"
    measuring_months: Mapping[str, int]  # impl voortgang: the months of each KPI `frequentie`
    measuring_grace_months: int  # impl voortgang: a meting is late after its term plus this
    kpi_far_behind: Share  # impl voortgang: a KPI's light is rood below this share of growth
    phase_red_days: int  # impl voortgang: a phase's light is rood with work this late
    money_orange: Share  # impl voortgang: a running year that spent this share is oranje
    evaluation_end: Share  # EVAL-02
    embedding_late: Share  # BORG-03

    def kinds(self, group: str) -> frozenset[str]:
        """The activity kinds of a named group (a KeyError for an unknown name is a bug)."""
        return self.kind_groups[group]

    def is_placeholder(self, text: str) -> bool:
        """Whether free text only holds the place of an answer: "n.t.b.", "-", "PM (2027)"."""
        core = text.strip().lower()
        if core.endswith(")"):
            core = _TRAILING_REMARK.sub("", core)
        # At least `placeholder_min_chars` letters or digits (a search stops at the first few).
        if not _enough_signs(self.placeholder_min_chars).search(core):
            return True
        return len(core) <= _LONGEST_PLACEHOLDER and (
            core.replace(".", "").replace(" ", "") in self.placeholder_words
        )


@cache
def _enough_signs(count: int) -> re.Pattern[str]:
    """Finds `count` letters or digits (not underscores), stopping at the last one needed."""
    return re.compile(r"(?:[^\W_].*?){" + str(count) + "}", re.S)


class Lexicon(NamedTuple):
    """A word list of the knowledge file (`taal`): entries matched with simple Dutch
    inflection (quickscan/freetext.py), optionally inside compounds, and fixed phrases."""

    entries: tuple[str, ...]
    compounds: bool = False  # a word may end in a form of an entry ("sociaalwijkteam")
    phrases: tuple[tuple[str, ...], ...] = ()  # word sequences, matched as written


class LanguageKnowledge(NamedTuple):
    """How the quickscan reads free text (toolkit.yaml, `taal`; catalogue v3 appendix)."""

    endings: tuple[str, ...]  # inflection endings a stem may take
    compound_prefix: int  # letters a compound needs before the entry
    vague_share: Share  # hollow above this share of vague content words
    short_answer_words: int  # at most this many words: a short answer
    own_word_letters: int  # the plan's own words count from this length
    template_words: int  # a sentence this long ...
    template_fields: int  # ... in this many fields is template text
    stopwords: frozenset[str]  # exact forms
    vague: Lexicon
    months: Lexicon
    numbers: Lexicon
    domain: Lexicon
    places: Lexicon
    methods: Lexicon
    payers: Lexicon  # financing: who pays
    committed: Lexicon  # financing: the money is already committed
    intentions: Lexicon  # financing: an intention, not an agreement
    outputs: Lexicon  # KPI-07: words that count what the project does
    output_verbs: frozenset[str]  # KPI-07: verb forms in a goal that ask for such a count
    output_split_verbs: tuple[tuple[str, str], ...]  # "meldt ... aan" within one sentence
    platform_effect_themes: tuple[str, ...]  # KPI-07: on a platform never an output count
    source: SourceRef


class Scoring(NamedTuple):
    """What an open rule costs its area, and where the lights change."""

    costs: Mapping[str, int]  # severity -> points; fout costs nothing (the score waits)
    green: int  # percent, for an area
    green_total: int  # percent, for the whole plan
    orange: int  # percent, for both


class Toolkit(NamedTuple):
    """Everything in toolkit.yaml. Mappings are read-only: the instance is shared."""

    sources: Mapping[str, Source]
    domains: Mapping[str, str]  # FactorDomain → Dutch label, in checklist order
    judgements: Mapping[str, str]  # bevorderend/belemmerend/neutraal/onbekend → meaning
    checklist: tuple[ChecklistItem, ...]
    phases: tuple[Phase, ...]
    activity_kinds: Mapping[str, KindInfo]
    competences: Mapping[str, CompetenceInfo]
    adopters: Mapping[str, AdopterInfo]
    strategies: Mapping[str, StrategyInfo]
    smart: tuple[SmartPart, ...]
    smart_source: str
    areas: Mapping[str, AreaInfo]
    tips: Mapping[str, tuple[Tip, ...]]  # phase key → tips
    rules: RuleKnowledge
    language: LanguageKnowledge
    scoring: Scoring

    # The lookups search: 17 items and 6 phases are too few to index.
    def checklist_item(self, item_id: str) -> ChecklistItem | None:
        return next((item for item in self.checklist if item.id == item_id), None)

    def checklist_by_domain(self) -> dict[str, tuple[ChecklistItem, ...]]:
        """The checklist grouped per domain, in the order of `domains`."""
        return {
            domain: tuple(item for item in self.checklist if item.domain == domain)
            for domain in self.domains
        }

    def phase(self, key: str) -> Phase | None:
        return next((phase for phase in self.phases if phase.key == key), None)

    def key_kinds(self, phase_key: str) -> tuple[str, ...]:
        """The activity kinds the toolkit expects in a phase (empty for an unknown key)."""
        phase = self.phase(phase_key)
        return phase.key_kinds if phase else ()

    def kind_name(self, kind: str) -> str:
        """Dutch label of an activity kind; the key itself when unknown."""
        info = self.activity_kinds.get(kind)
        return info.name if info else kind
