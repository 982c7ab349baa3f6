"""toolkit.yaml's data into the records of knowledge/records.py, checked on the way.

Every missing key or wrong value names its place in the file (ToolkitDataError): a bug in
the package, which the tests catch before a release.
"""

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

from .records import (
    AdopterInfo,
    AreaInfo,
    ChecklistItem,
    CompetenceInfo,
    KeyActivity,
    KindInfo,
    LanguageKnowledge,
    Lexicon,
    Phase,
    RuleKnowledge,
    Scoring,
    Share,
    SmartPart,
    Source,
    SourceRef,
    StrategyInfo,
    Tip,
    Toolkit,
    ToolkitDataError,
)


def checked(data: Any) -> dict[str, Any]:
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


def build(data: dict[str, Any]) -> Toolkit:
    """Every section of toolkit.yaml as its records (the sources first: the rest cite them)."""
    reader = _Reader(_sources(data))
    tips = _tips(reader, data)
    smart_data = reader.mapping(data, "smart", "")
    return Toolkit(
        sources=MappingProxyType(reader.sources),
        domains=_labels(reader, data, "domeinen"),
        judgements=_labels(reader, data, "oordelen"),
        checklist=_checklist(reader, data),
        phases=_phases(reader, data, tips),
        activity_kinds=_named(reader, data, "activiteitsoorten", KindInfo),
        competences=MappingProxyType(
            {
                key: CompetenceInfo(key, name, summary, ref.citation, ref)
                for key, name, summary, ref in _described(reader, data, "competenties")
            }
        ),
        adopters=_adopters(reader, data),
        strategies=MappingProxyType(
            {
                key: StrategyInfo(key, name, summary, ref.citation, ref)
                for key, name, summary, ref in _described(reader, data, "strategieen")
            }
        ),
        smart=_smart(reader, smart_data),
        smart_source=reader.ref(smart_data, "smart").citation,
        areas=_named(reader, data, "gebieden", AreaInfo),
        tips=MappingProxyType(tips),
        rules=_rule_knowledge(reader, reader.mapping(data, "regels", "")),
        language=_language(reader, reader.mapping(data, "taal", "")),
        scoring=_scoring(reader, reader.mapping(data, "scores", "")),
    )


def _sources(data: dict[str, Any]) -> dict[str, Source]:
    reader = _Reader({})
    sources = {}
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
    return sources


def _tips(reader: _Reader, data: dict[str, Any]) -> dict[str, tuple[Tip, ...]]:
    def tip(raw: Any, where: str) -> Tip:
        ref = reader.ref(raw, where)
        return Tip(reader.text(raw, "tekst", where), ref.citation, ref)

    return {
        phase_key: tuple(tip(raw, f"tips.{phase_key}[{i}]") for i, raw in enumerate(items))
        for phase_key, items in reader.mapping(data, "tips", "").items()
    }


def _checklist(reader: _Reader, data: dict[str, Any]) -> tuple[ChecklistItem, ...]:
    checklist = []
    for i, raw in enumerate(reader.get(data, "checklist", "")):
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
    return tuple(checklist)


def _phases(
    reader: _Reader, data: dict[str, Any], tips: dict[str, tuple[Tip, ...]]
) -> tuple[Phase, ...]:
    phases = []
    for i, raw in enumerate(reader.get(data, "fasen", "")):
        where = f"fasen[{i}]"
        key = reader.text(raw, "sleutel", where)
        ref = reader.ref(raw, where)
        phases.append(
            Phase(
                key=key,
                number=int(reader.get(raw, "nummer", where)),
                name=reader.text(raw, "naam", where),
                goal=reader.text(raw, "doel", where),
                example=reader.text(raw, "voorbeeld", where),
                key_activities=_key_activities(reader, raw, where),
                tips=tips.get(key, ()),
                source=ref.citation,
                source_ref=ref,
            )
        )
    return tuple(phases)


def _key_activities(reader: _Reader, phase: Any, where: str) -> tuple[KeyActivity, ...]:
    return tuple(
        KeyActivity(
            kind=reader.text(act, "soort", f"{where}.kernactiviteiten[{j}]"),
            section=reader.text(act, "paragraaf", f"{where}.kernactiviteiten[{j}]"),
            summary=reader.text(act, "omschrijving", f"{where}.kernactiviteiten[{j}]"),
            example=reader.text(act, "voorbeeld", f"{where}.kernactiviteiten[{j}]"),
        )
        for j, act in enumerate(reader.get(phase, "kernactiviteiten", where))
    )


def _named(
    reader: _Reader, data: dict[str, Any], section: str, record: type[KindInfo] | type[AreaInfo]
) -> Mapping[str, Any]:
    """A keyed section whose entries have a `naam` and an `omschrijving`."""
    return MappingProxyType(
        {
            key: record(
                reader.text(raw, "naam", f"{section}.{key}"),
                reader.text(raw, "omschrijving", f"{section}.{key}"),
            )
            for key, raw in reader.mapping(data, section, "").items()
        }
    )


def _described(
    reader: _Reader, data: dict[str, Any], section: str
) -> Iterator[tuple[str, str, str, SourceRef]]:
    """Each entry of a keyed section: its key, `naam`, `omschrijving` and source."""
    for key, raw in reader.mapping(data, section, "").items():
        where = f"{section}.{key}"
        name, summary = reader.text(raw, "naam", where), reader.text(raw, "omschrijving", where)
        yield key, name, summary, reader.ref(raw, where)


def _adopters(reader: _Reader, data: dict[str, Any]) -> Mapping[str, AdopterInfo]:
    adopters = {}
    for key, raw in reader.mapping(data, "adoptie", "").items():
        where = f"adoptie.{key}"
        ref = reader.ref(raw, where)
        adopters[key] = AdopterInfo(
            key,
            reader.text(raw, "naam", where),
            reader.text(raw, "advies", where),
            reader.text(raw, "kant", where) if "kant" in raw else None,
            _fitting_kinds(reader, raw, where),
            ref.citation,
            ref,
        )
    return MappingProxyType(adopters)


def _smart(reader: _Reader, smart_data: dict[str, Any]) -> tuple[SmartPart, ...]:
    return tuple(
        SmartPart(
            letter=reader.text(raw, "letter", f"smart.letters[{i}]"),
            word=reader.text(raw, "woord", f"smart.letters[{i}]"),
            keys=reader.names(raw, "sleutels", f"smart.letters[{i}]"),
            explanation=reader.text(raw, "uitleg", f"smart.letters[{i}]"),
        )
        for i, raw in enumerate(reader.get(smart_data, "letters", "smart"))
    )


def _labels(reader: _Reader, data: dict[str, Any], section: str) -> Mapping[str, str]:
    raw = reader.mapping(data, section, "")
    return MappingProxyType({key: reader.text(raw, key, section) for key in raw})


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

    def lexicon(raw: Any, key: str, where: str) -> Lexicon:
        return _lexicon(reader, raw, key, where)

    # Checked first: with several mistakes in the file, this is the one named.
    split_verbs = _split_verbs(reader, outputs)
    return LanguageKnowledge(
        endings=reader.names(data, "uitgangen", "taal"),
        compound_prefix=_count(data, "samenstelling_min_letters", "taal"),
        vague_share=_share(limits, "vaag_aandeel"),
        short_answer_words=_count(limits, "kort_antwoord_woorden", "taal.drempels"),
        own_word_letters=_count(limits, "eigen_woorden_min_letters", "taal.drempels"),
        template_words=_count(limits, "sjabloon_woorden", "taal.drempels"),
        template_fields=_count(limits, "sjabloon_velden", "taal.drempels"),
        stopwords=frozenset(_words(reader, data, "stopwoorden", "taal")),
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
        output_verbs=frozenset(_words(reader, outputs, "in_doel", "taal.activiteit_tellen")),
        output_split_verbs=split_verbs,
        platform_effect_themes=reader.names(
            outputs, "platform_effect_themas", "taal.activiteit_tellen"
        ),
        source=reader.ref(data, "taal"),
    )


def _words(reader: _Reader, raw: Any, key: str, where: str) -> tuple[str, ...]:
    return tuple(word.lower() for word in reader.names(raw, key, where))


def _lexicon(reader: _Reader, raw: Any, key: str, where: str) -> Lexicon:
    """A plain list, or a mapping with `woorden` and optional `uitdrukkingen`,
    `vervoegingen` (more entries) and `samenstellingen: ja`."""
    value = reader.get(raw, key, where)
    where = f"{where}.{key}"
    if isinstance(value, list):
        return Lexicon(_words(reader, raw, key, where))
    entries = _words(reader, value, "woorden", where)
    if "vervoegingen" in value:
        entries += _words(reader, value, "vervoegingen", where)
    phrases = (
        tuple(tuple(phrase.split()) for phrase in _words(reader, value, "uitdrukkingen", where))
        if "uitdrukkingen" in value
        else ()
    )
    compounds = value.get("samenstellingen", False)
    if compounds not in (True, False, "ja", "nee"):
        raise ToolkitDataError(f"toolkit.yaml: {where}.samenstellingen: expected ja or nee")
    return Lexicon(entries, compounds in (True, "ja"), phrases)


def _split_verbs(reader: _Reader, outputs: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """`in_doel_gescheiden`: verbs written in two parts ("zet ... op"), as word pairs."""
    split = reader.get(outputs, "in_doel_gescheiden", "taal.activiteit_tellen")
    if not isinstance(split, list) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(w, str) for w in pair)
        for pair in split
    ):
        raise ToolkitDataError(
            "toolkit.yaml: taal.activiteit_tellen.in_doel_gescheiden: expected word pairs"
        )
    return tuple((first.lower(), second.lower()) for first, second in split)


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
