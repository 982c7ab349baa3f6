"""What the toolkit knows, as typed read-only data.

The knowledge itself lives in `toolkit.yaml` next to this file (Dutch keys, our own words,
every entry with its source). `toolkit()` loads it once and returns read-only records with
English attribute names: named tuples, because defining them costs a fraction of what frozen
dataclasses cost at start-up (and this module does without `from __future__ import
annotations`, which would make each of their fields a string to compile). The data comes from
the YAML file's generated twin (knowledge/compiled.py): loading it parses no YAML.
"""

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from . import compiled

__all__ = [
    "AdopterInfo",
    "AreaInfo",
    "ChecklistItem",
    "CompetenceInfo",
    "KeyActivity",
    "KindInfo",
    "LanguageKnowledge",
    "Lexicon",
    "Phase",
    "RuleKnowledge",
    "Scoring",
    "Share",
    "SmartPart",
    "Source",
    "SourceRef",
    "StrategyInfo",
    "Tip",
    "Toolkit",
    "ToolkitDataError",
    "toolkit",
]

DATA_FILE = Path(__file__).resolve().parent / "toolkit.yaml"
DATA = compiled.DataFile((DATA_FILE,), "impltool.knowledge._toolkit_yaml")
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


@dataclass(frozen=True)
class Toolkit:
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

    # Derived lookups. A frozen dataclass without slots keeps an instance __dict__, which is
    # where cached_property stores them.
    @cached_property
    def _items_by_id(self) -> Mapping[str, ChecklistItem]:
        return MappingProxyType({item.id: item for item in self.checklist})

    @cached_property
    def _phases_by_key(self) -> Mapping[str, Phase]:
        return MappingProxyType({phase.key: phase for phase in self.phases})

    def checklist_item(self, item_id: str) -> ChecklistItem | None:
        return self._items_by_id.get(item_id)

    def checklist_by_domain(self) -> dict[str, tuple[ChecklistItem, ...]]:
        """The checklist grouped per domain, in the order of `domains`."""
        return {
            domain: tuple(item for item in self.checklist if item.domain == domain)
            for domain in self.domains
        }

    def phase(self, key: str) -> Phase | None:
        return self._phases_by_key.get(key)

    def key_kinds(self, phase_key: str) -> tuple[str, ...]:
        """The activity kinds the toolkit expects in a phase (empty for an unknown key)."""
        phase = self.phase(phase_key)
        return phase.key_kinds if phase else ()

    def kind_name(self, kind: str) -> str:
        """Dutch label of an activity kind; the key itself when unknown."""
        info = self.activity_kinds.get(kind)
        return info.name if info else kind


@cache
def toolkit() -> Toolkit:
    """The toolkit knowledge, loaded once from the package data."""
    return _build(_checked(compiled.load(DATA)))


def _checked(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ToolkitDataError("toolkit.yaml: expected a mapping at the top")
    return data


class _Reader:
    """Small helpers that name the place in the YAML when something is missing."""

    def __init__(self, sources: Mapping[str, Source]) -> None:
        self.sources = sources

    @staticmethod
    def get(data: Any, key: str, where: str) -> Any:
        if not isinstance(data, dict) or key not in data:
            raise ToolkitDataError(f"toolkit.yaml: {where}: '{key}' is missing")
        return data[key]

    def text(self, data: Any, key: str, where: str) -> str:
        value = self.get(data, key, where)
        if not isinstance(value, str) or not value.strip():
            raise ToolkitDataError(f"toolkit.yaml: {where}.{key}: expected text")
        return " ".join(value.split())

    def names(self, data: Any, key: str, where: str) -> tuple[str, ...]:
        value = self.get(data, key, where)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ToolkitDataError(f"toolkit.yaml: {where}.{key}: expected a list of names")
        return tuple(value)

    def mapping(self, data: Any, key: str, where: str) -> dict[str, Any]:
        value = self.get(data, key, where)
        if not isinstance(value, dict):
            raise ToolkitDataError(f"toolkit.yaml: {where}.{key}: expected a mapping")
        return value

    def ref(self, data: Any, where: str) -> SourceRef:
        bron = self.mapping(data, "bron", where)
        document = self.text(bron, "document", f"{where}.bron")
        section = self.text(bron, "plek", f"{where}.bron")
        source = self.sources.get(document)
        if source is None:
            raise ToolkitDataError(f"toolkit.yaml: {where}.bron: unknown document '{document}'")
        return SourceRef(document, section, f"{source.short}, {section}")


def _build(data: dict[str, Any]) -> Toolkit:
    get = _Reader.get
    sources: dict[str, Source] = {}
    reader = _Reader(sources)
    for key, raw in reader.mapping(data, "bronnen", "").items():
        where = f"bronnen.{key}"
        year = raw.get("jaar") if isinstance(raw, dict) else None
        sources[key] = Source(
            key=key,
            short=reader.text(raw, "kort", where),
            title=reader.text(raw, "titel", where),
            maker=reader.text(raw, "maker", where),
            year=year if isinstance(year, int) else None,
            summary=reader.text(raw, "wat", where),
        )

    def tip(raw: Any, where: str) -> Tip:
        ref = reader.ref(raw, where)
        return Tip(reader.text(raw, "tekst", where), ref.citation, ref)

    tips = {
        phase_key: tuple(tip(raw, f"tips.{phase_key}[{i}]") for i, raw in enumerate(items))
        for phase_key, items in reader.mapping(data, "tips", "").items()
    }

    checklist = []
    for i, raw in enumerate(get(data, "checklist", "")):
        where = f"checklist[{i}]"
        ref = reader.ref(raw, where)
        checklist.append(
            ChecklistItem(
                id=reader.text(raw, "id", where),
                domain=reader.text(raw, "domein", where),
                question=reader.text(raw, "vraag", where),
                explanation=reader.text(raw, "toelichting", where),
                hinders_when=reader.text(raw, "belemmert_bij", where),
                answers=reader.names(raw, "antwoorden", where),
                passing=raw.get("tijdelijk") is True,
                source=ref.citation,
                source_ref=ref,
            )
        )

    phases = []
    for i, raw in enumerate(get(data, "fasen", "")):
        where = f"fasen[{i}]"
        key = reader.text(raw, "sleutel", where)
        ref = reader.ref(raw, where)
        activities = tuple(
            KeyActivity(
                kind=reader.text(act, "soort", f"{where}.kernactiviteiten[{j}]"),
                section=reader.text(act, "paragraaf", f"{where}.kernactiviteiten[{j}]"),
                summary=reader.text(act, "omschrijving", f"{where}.kernactiviteiten[{j}]"),
                example=reader.text(act, "voorbeeld", f"{where}.kernactiviteiten[{j}]"),
            )
            for j, act in enumerate(get(raw, "kernactiviteiten", where))
        )
        phases.append(
            Phase(
                key=key,
                number=int(get(raw, "nummer", where)),
                name=reader.text(raw, "naam", where),
                goal=reader.text(raw, "doel", where),
                example=reader.text(raw, "voorbeeld", where),
                key_activities=activities,
                tips=tips.get(key, ()),
                source=ref.citation,
                source_ref=ref,
            )
        )

    kinds = {
        key: KindInfo(
            reader.text(raw, "naam", f"activiteitsoorten.{key}"),
            reader.text(raw, "omschrijving", f"activiteitsoorten.{key}"),
        )
        for key, raw in reader.mapping(data, "activiteitsoorten", "").items()
    }

    def entries(section: str) -> Iterator[tuple[str, Any, str, SourceRef]]:
        """Each entry of a keyed section with where it is (for errors) and its source."""
        for key, raw in reader.mapping(data, section, "").items():
            where = f"{section}.{key}"
            yield key, raw, where, reader.ref(raw, where)

    competences = {
        key: CompetenceInfo(
            key,
            reader.text(raw, "naam", where),
            reader.text(raw, "omschrijving", where),
            ref.citation,
            ref,
        )
        for key, raw, where, ref in entries("competenties")
    }
    adopters = {
        key: AdopterInfo(
            key,
            reader.text(raw, "naam", where),
            reader.text(raw, "advies", where),
            reader.text(raw, "kant", where) if "kant" in raw else None,
            _fitting_kinds(reader, raw, where),
            ref.citation,
            ref,
        )
        for key, raw, where, ref in entries("adoptie")
    }
    strategies = {
        key: StrategyInfo(
            key,
            reader.text(raw, "naam", where),
            reader.text(raw, "omschrijving", where),
            ref.citation,
            ref,
        )
        for key, raw, where, ref in entries("strategieen")
    }

    smart_data = reader.mapping(data, "smart", "")
    smart = tuple(
        SmartPart(
            letter=reader.text(raw, "letter", f"smart.letters[{i}]"),
            word=reader.text(raw, "woord", f"smart.letters[{i}]"),
            keys=reader.names(raw, "sleutels", f"smart.letters[{i}]"),
            explanation=reader.text(raw, "uitleg", f"smart.letters[{i}]"),
        )
        for i, raw in enumerate(get(smart_data, "letters", "smart"))
    )

    areas = {
        key: AreaInfo(
            reader.text(raw, "naam", f"gebieden.{key}"),
            reader.text(raw, "omschrijving", f"gebieden.{key}"),
        )
        for key, raw in reader.mapping(data, "gebieden", "").items()
    }

    def labels(section: str) -> Mapping[str, str]:
        raw = reader.mapping(data, section, "")
        return MappingProxyType({key: reader.text(raw, key, section) for key in raw})

    return Toolkit(
        sources=MappingProxyType(sources),
        domains=labels("domeinen"),
        judgements=labels("oordelen"),
        checklist=tuple(checklist),
        phases=tuple(phases),
        activity_kinds=MappingProxyType(kinds),
        competences=MappingProxyType(competences),
        adopters=MappingProxyType(adopters),
        strategies=MappingProxyType(strategies),
        smart=smart,
        smart_source=reader.ref(smart_data, "smart").citation,
        areas=MappingProxyType(areas),
        tips=MappingProxyType(tips),
        rules=_rule_knowledge(reader, reader.mapping(data, "regels", "")),
        language=_language(reader, reader.mapping(data, "taal", "")),
        scoring=_scoring(reader, reader.mapping(data, "scores", "")),
    )


def _fitting_kinds(reader: _Reader, raw: Any, where: str) -> Mapping[str, tuple[str, ...]]:
    """An adopter category's fitting kinds per target-group type (none: not judged)."""
    if "passende_soorten" not in raw:
        return MappingProxyType({})
    fitting = reader.mapping(raw, "passende_soorten", where)
    where = f"{where}.passende_soorten"
    return MappingProxyType({kind: reader.names(fitting, kind, where) for kind in fitting})


def _rule_knowledge(reader: _Reader, data: dict[str, Any]) -> RuleKnowledge:
    placeholders = reader.mapping(data, "plaatshouders", "regels")
    technology = reader.mapping(data, "techniek_eerst", "regels")
    groups = reader.mapping(data, "soortgroepen", "regels")
    workshop = reader.mapping(data, "een_workshop_volstaat", "regels")
    limits = reader.mapping(data, "drempels", "regels")
    frequencies = reader.mapping(data, "meetfrequentie_maanden", "regels")
    return RuleKnowledge(
        placeholder_words=frozenset(reader.names(placeholders, "woorden", "plaatshouders")),
        placeholder_min_chars=_count(placeholders, "min_tekens", "plaatshouders"),
        lack_words=frozenset(reader.names(technology, "gebrekwoorden", "techniek_eerst")),
        means_words=reader.names(technology, "middelwoorden", "techniek_eerst"),
        kind_groups=MappingProxyType(
            {name: frozenset(reader.names(groups, name, "soortgroepen")) for name in groups}
        ),
        indirect_types=reader.names(data, "indirecte_partijen", "regels"),
        early_phases=reader.names(data, "vroeg_betrokken", "regels"),
        group_phases=reader.names(data, "fasen_van_een_doelgroep", "regels"),
        platform_themes=reader.names(data, "platform_themas", "regels"),
        one_workshop_favourable=reader.names(workshop, "bevorderend", "een_workshop_volstaat"),
        one_workshop_not_hindering=reader.names(
            workshop, "niet_belemmerend", "een_workshop_volstaat"
        ),
        developed_with_users=reader.text(data, "met_gebruikers_ontwikkeld", "regels"),
        contact_moments=_count(limits, "contactmomenten", "drempels"),
        unknown_limit=_count(limits, "onbekend_geen_analyse", "drempels"),
        training_sessions=_count(limits, "training_sessies", "drempels"),
        kpi_slow_start=_share(limits, "kpi_trage_start"),
        kpi_behind=_share(limits, "kpi_achter"),
        kpi_ahead=_share(limits, "kpi_voor", above_one=True),
        upcoming_weeks=_count(limits, "komende_weken", "drempels"),
        measuring_months=MappingProxyType(
            {name: _count(frequencies, name, "meetfrequentie_maanden") for name in frequencies}
        ),
        measuring_grace_months=_count(limits, "meting_marge_maanden", "drempels"),
        kpi_far_behind=_share(limits, "kpi_ver_achter"),
        phase_red_days=_count(limits, "fase_rood_dagen", "drempels"),
        money_orange=_share(limits, "geld_oranje"),
        evaluation_end=_share(limits, "evaluatie_alleen_eind"),
        embedding_late=_share(limits, "borging_laat"),
    )


def _language(reader: _Reader, data: dict[str, Any]) -> LanguageKnowledge:
    limits = reader.mapping(data, "drempels", "taal")
    financing = reader.mapping(data, "financiering", "taal")
    outputs = reader.mapping(data, "activiteit_tellen", "taal")

    def words(raw: Any, key: str, where: str) -> tuple[str, ...]:
        return tuple(word.lower() for word in reader.names(raw, key, where))

    def lexicon(raw: Any, key: str, where: str) -> Lexicon:
        """A plain list, or a mapping with `woorden` and optional `uitdrukkingen`,
        `vervoegingen` (more entries) and `samenstellingen: ja`."""
        value = reader.get(raw, key, where)
        where = f"{where}.{key}"
        if isinstance(value, list):
            return Lexicon(words(raw, key, where))
        entries = words(value, "woorden", where)
        if "vervoegingen" in value:
            entries += words(value, "vervoegingen", where)
        phrases = (
            tuple(tuple(phrase.split()) for phrase in words(value, "uitdrukkingen", where))
            if "uitdrukkingen" in value
            else ()
        )
        compounds = value.get("samenstellingen", False)
        if compounds not in (True, False, "ja", "nee"):
            raise ToolkitDataError(f"toolkit.yaml: {where}.samenstellingen: expected ja or nee")
        return Lexicon(entries, compounds in (True, "ja"), phrases)

    split = reader.get(outputs, "in_doel_gescheiden", "taal.activiteit_tellen")
    if not isinstance(split, list) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(w, str) for w in pair)
        for pair in split
    ):
        raise ToolkitDataError(
            "toolkit.yaml: taal.activiteit_tellen.in_doel_gescheiden: expected word pairs"
        )
    return LanguageKnowledge(
        endings=reader.names(data, "uitgangen", "taal"),
        compound_prefix=_count(data, "samenstelling_min_letters", "taal"),
        vague_share=_share(limits, "vaag_aandeel"),
        short_answer_words=_count(limits, "kort_antwoord_woorden", "taal.drempels"),
        own_word_letters=_count(limits, "eigen_woorden_min_letters", "taal.drempels"),
        template_words=_count(limits, "sjabloon_woorden", "taal.drempels"),
        template_fields=_count(limits, "sjabloon_velden", "taal.drempels"),
        stopwords=frozenset(words(data, "stopwoorden", "taal")),
        vague=lexicon(data, "vaag", "taal"),
        months=lexicon(data, "maanden", "taal"),
        numbers=lexicon(data, "getallen", "taal"),
        domain=lexicon(data, "domein", "taal"),
        places=lexicon(data, "plekken", "taal"),
        methods=lexicon(data, "methode", "taal"),
        payers=lexicon(financing, "betaler", "taal.financiering"),
        committed=lexicon(financing, "vast", "taal.financiering"),
        intentions=lexicon(financing, "voornemen", "taal.financiering"),
        outputs=lexicon(data, "activiteit_tellen", "taal"),
        output_verbs=frozenset(words(outputs, "in_doel", "taal.activiteit_tellen")),
        output_split_verbs=tuple((first.lower(), second.lower()) for first, second in split),
        platform_effect_themes=reader.names(
            outputs, "platform_effect_themas", "taal.activiteit_tellen"
        ),
        source=reader.ref(data, "taal"),
    )


def _count(data: dict[str, Any], key: str, where: str) -> int:
    value = _Reader.get(data, key, where)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ToolkitDataError(f"toolkit.yaml: {where}.{key}: expected a whole number")
    return value


def _share(data: dict[str, Any], key: str, *, above_one: bool = False) -> Share:
    value = _Reader.get(data, key, "drempels")
    match = re.fullmatch(r"(\d+)/(\d+)", str(value).strip())
    if not match or int(match[1]) <= 0 or int(match[2]) <= 0:
        raise ToolkitDataError(f"toolkit.yaml: drempels.{key}: expected a fraction like 1/3")
    if (int(match[1]) > int(match[2])) != above_one:
        example = "3/2" if above_one else "1/3"
        raise ToolkitDataError(f"toolkit.yaml: drempels.{key}: expected a fraction like {example}")
    return Share(int(match[1]), int(match[2]))


def _scoring(reader: _Reader, data: dict[str, Any]) -> Scoring:
    costs = reader.mapping(data, "kosten", "scores")
    return Scoring(
        costs=MappingProxyType({key: _count(costs, key, "scores.kosten") for key in costs}),
        green=_count(data, "groen", "scores"),
        green_total=_count(data, "groen_totaal", "scores"),
        orange=_count(data, "oranje", "scores"),
    )
