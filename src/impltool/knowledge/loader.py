"""toolkit.yaml's data into the records of knowledge/records.py, checked on the way.

Runs when `python tools/refresh.py` writes the finished records into the twin (see
knowledge/compiled.py), and at run time only after toolkit.yaml was edited without that. The
records' type hints say what each value must be; YAML_KEYS says where it stands in the file.
Every missing key or wrong value names its place (ToolkitDataError): a bug in the package,
which the tests catch before a release.
"""

import re
from collections.abc import Mapping
from types import MappingProxyType, NoneType, UnionType
from typing import Any, get_args, get_origin, get_type_hints

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

_NAMED = {"name": "naam", "summary": "omschrijving"}
_DESCRIBED = {**_NAMED, "source": "bron", "source_ref": "bron"}

# Record attribute -> its key in the record's YAML mapping, or a path of keys ("a.b"). A `key`
# attribute not listed here is the entry's key in its section; a `str` read from a `bron` is
# the citation of that source; "" is filled in by `build`.
YAML_KEYS: dict[type, dict[str, str]] = {
    Toolkit: {
        "sources": "bronnen",
        "domains": "domeinen",
        "judgements": "oordelen",
        "checklist": "checklist",
        "phases": "fasen",
        "activity_kinds": "activiteitsoorten",
        "competences": "competenties",
        "adopters": "adoptie",
        "strategies": "strategieen",
        "smart": "smart.letters",
        "smart_source": "smart.bron",
        "areas": "gebieden",
        "tips": "tips",
        "rules": "regels",
        "language": "taal",
        "scoring": "scores",
    },
    Source: {"short": "kort", "title": "titel", "maker": "maker", "year": "jaar", "summary": "wat"},
    SourceRef: {"document": "document", "section": "plek"},
    ChecklistItem: {
        "id": "id",
        "domain": "domein",
        "question": "vraag",
        "explanation": "toelichting",
        "hinders_when": "belemmert_bij",
        "answers": "antwoorden",
        "passing": "tijdelijk",
        "source": "bron",
        "source_ref": "bron",
    },
    Phase: {
        "key": "sleutel",
        "number": "nummer",
        "name": "naam",
        "goal": "doel",
        "example": "voorbeeld",
        "key_activities": "kernactiviteiten",
        "tips": "",  # from the section `tips`, by the phase's key (see build)
        "source": "bron",
        "source_ref": "bron",
    },
    KeyActivity: {
        "kind": "soort",
        "section": "paragraaf",
        "summary": "omschrijving",
        "example": "voorbeeld",
    },
    Tip: {"text": "tekst", "source": "bron", "source_ref": "bron"},
    KindInfo: _NAMED,
    AreaInfo: _NAMED,
    CompetenceInfo: _DESCRIBED,
    StrategyInfo: _DESCRIBED,
    AdopterInfo: {
        "name": "naam",
        "advice": "advies",
        "side": "kant",
        "fitting_kinds": "passende_soorten",
        "source": "bron",
        "source_ref": "bron",
    },
    SmartPart: {"letter": "letter", "word": "woord", "keys": "sleutels", "explanation": "uitleg"},
    RuleKnowledge: {
        "placeholder_words": "plaatshouders.woorden",
        "placeholder_min_chars": "plaatshouders.min_tekens",
        "lack_words": "techniek_eerst.gebrekwoorden",
        "means_words": "techniek_eerst.middelwoorden",
        "kind_groups": "soortgroepen",
        "indirect_types": "indirecte_partijen",
        "early_phases": "vroeg_betrokken",
        "group_phases": "fasen_van_een_doelgroep",
        "platform_themes": "platform_themas",
        "one_workshop_favourable": "een_workshop_volstaat.bevorderend",
        "one_workshop_not_hindering": "een_workshop_volstaat.niet_belemmerend",
        "developed_with_users": "met_gebruikers_ontwikkeld",
        "contact_moments": "drempels.contactmomenten",
        "unknown_limit": "drempels.onbekend_geen_analyse",
        "training_sessions": "drempels.training_sessies",
        "kpi_slow_start": "drempels.kpi_trage_start",
        "kpi_behind": "drempels.kpi_achter",
        "kpi_ahead": "drempels.kpi_voor",
        "upcoming_weeks": "drempels.komende_weken",
        "measuring_months": "meetfrequentie_maanden",
        "measuring_grace_months": "drempels.meting_marge_maanden",
        "kpi_far_behind": "drempels.kpi_ver_achter",
        "phase_red_days": "drempels.fase_rood_dagen",
        "money_orange": "drempels.geld_oranje",
        "evaluation_end": "drempels.evaluatie_alleen_eind",
        "embedding_late": "drempels.borging_laat",
    },
    LanguageKnowledge: {
        "endings": "uitgangen",
        "compound_prefix": "samenstelling_min_letters",
        "vague_share": "drempels.vaag_aandeel",
        "short_answer_words": "drempels.kort_antwoord_woorden",
        "own_word_letters": "drempels.eigen_woorden_min_letters",
        "template_words": "drempels.sjabloon_woorden",
        "template_fields": "drempels.sjabloon_velden",
        "stopwords": "stopwoorden",
        "vague": "vaag",
        "months": "maanden",
        "numbers": "getallen",
        "domain": "domein",
        "places": "plekken",
        "methods": "methode",
        "payers": "financiering.betaler",
        "committed": "financiering.vast",
        "intentions": "financiering.voornemen",
        "outputs": "activiteit_tellen",
        "output_verbs": "activiteit_tellen.in_doel",
        "output_split_verbs": "activiteit_tellen.in_doel_gescheiden",
        "platform_effect_themes": "activiteit_tellen.platform_effect_themas",
        "source": "bron",
    },
    Scoring: {
        "costs": "kosten",
        "green": "groen",
        "green_total": "groen_totaal",
        "orange": "oranje",
    },
}

# The YAML keys that may be left out, with the value that stands for them then.
OPTIONAL: dict[str, Any] = {"tijdelijk": False, "kant": None, "jaar": None, "passende_soorten": {}}
ABOVE_ONE = {"kpi_voor"}  # shares larger than 1; every other one is a part of a whole


def build(data: Any) -> Toolkit:
    """Every section of toolkit.yaml as its records (the sources first: the rest cite them)."""
    if not isinstance(data, dict):
        raise ToolkitDataError("toolkit.yaml: expected a mapping at the top")
    reader = _Reader()
    reader.sources = reader.value(Mapping[str, Source], _at(data, "bronnen", ""), "bronnen")
    kit: Toolkit = reader.record(Toolkit, data, "")
    tips = kit.tips
    phases = tuple(phase._replace(tips=tips.get(phase.key, ())) for phase in kit.phases)
    return kit._replace(phases=phases)


def _at(data: Any, path: str, where: str) -> Any:
    """The value at a path of keys ("drempels.kpi_voor") in a mapping."""
    for key in path.split("."):
        if not isinstance(data, dict) or key not in data:
            if key in OPTIONAL and isinstance(data, dict):
                return OPTIONAL[key]
            raise ToolkitDataError(f"toolkit.yaml: {where}: '{key}' is missing")
        data, where = data[key], f"{where}.{key}".lstrip(".")
    return data


class _Reader:
    """Reads one value as the type a record's hint names."""

    sources: Mapping[str, Source] = MappingProxyType({})

    def record(self, cls: Any, raw: Any, where: str, key: str = "") -> Any:
        keys = {"key": "", **YAML_KEYS[cls]}
        values: dict[str, Any] = {}
        for name, hint in get_type_hints(cls).items():
            path = keys[name]  # a KeyError: the attribute is missing from YAML_KEYS
            if not path:
                values[name] = key if name == "key" else ()
            elif hint is str and path.endswith("bron"):
                values[name] = self.ref(_at(raw, path, where), f"{where}.{path}").citation
            else:
                place = f"{where}.{path}".lstrip(".")
                values[name] = self.value(hint, _at(raw, path, where), place)
        return cls(**values)

    def value(self, hint: Any, raw: Any, where: str) -> Any:
        origin, args = get_origin(hint), get_args(hint)
        if hint is str:
            if not isinstance(raw, str) or not raw.strip():
                raise ToolkitDataError(f"toolkit.yaml: {where}: expected text")
            return " ".join(raw.split())
        if hint is int:
            if not isinstance(raw, int) or isinstance(raw, bool) or raw < 0:
                raise ToolkitDataError(f"toolkit.yaml: {where}: expected a whole number")
            return raw
        if hint is bool:
            if not isinstance(raw, bool):
                raise ToolkitDataError(f"toolkit.yaml: {where}: expected true or false")
            return raw
        if origin is UnionType and raw is None and NoneType in args:
            return None
        if origin is UnionType:
            return self.value(args[0], raw, where)
        if hint is Share:
            return _share(raw, where)
        if hint is SourceRef:
            return self.ref(raw, where)
        if hint is Lexicon:
            return _lexicon(raw, where)
        if origin is frozenset:  # a set of words
            return frozenset(_words(raw, where))
        if hint == tuple[str, ...]:
            return _names(raw, where)
        if hint == tuple[tuple[str, str], ...]:
            return _pairs(raw, where)
        if origin is tuple:  # of records
            if not isinstance(raw, list):
                raise ToolkitDataError(f"toolkit.yaml: {where}: expected a list")
            return tuple(self.record(args[0], item, f"{where}[{i}]") for i, item in enumerate(raw))
        if origin is Mapping:
            if not isinstance(raw, dict):
                raise ToolkitDataError(f"toolkit.yaml: {where}: expected a mapping")
            item = args[1]
            return MappingProxyType(
                {
                    key: self.record(item, value, f"{where}.{key}", key)
                    if item in YAML_KEYS
                    else self.value(item, value, f"{where}.{key}")
                    for key, value in raw.items()
                }
            )
        return self.record(hint, raw, where)

    def ref(self, raw: Any, where: str) -> SourceRef:
        document = self.value(str, _at(raw, "document", where), f"{where}.document")
        section = self.value(str, _at(raw, "plek", where), f"{where}.plek")
        source = self.sources.get(document)
        if source is None:
            raise ToolkitDataError(f"toolkit.yaml: {where}: unknown document '{document}'")
        return SourceRef(document, section, f"{source.short}, {section}")


def _names(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        raise ToolkitDataError(f"toolkit.yaml: {where}: expected a list of names")
    return tuple(raw)


def _words(raw: Any, where: str) -> tuple[str, ...]:
    return tuple(word.lower() for word in _names(raw, where))


def _lexicon(raw: Any, where: str) -> Lexicon:
    """A plain list, or a mapping with `woorden` and optional `uitdrukkingen`,
    `vervoegingen` (more entries) and `samenstellingen: ja`."""
    if isinstance(raw, list):
        return Lexicon(_words(raw, where))
    entries = _words(_at(raw, "woorden", where), f"{where}.woorden")
    entries += _words(raw.get("vervoegingen", []), f"{where}.vervoegingen")
    phrases = _words(raw.get("uitdrukkingen", []), f"{where}.uitdrukkingen")
    compounds = raw.get("samenstellingen", False)
    if compounds not in (True, False, "ja", "nee"):
        raise ToolkitDataError(f"toolkit.yaml: {where}.samenstellingen: expected ja or nee")
    return Lexicon(entries, compounds in (True, "ja"), tuple(tuple(p.split()) for p in phrases))


def _pairs(raw: Any, where: str) -> tuple[tuple[str, str], ...]:
    """Verbs written in two parts ("zet ... op"), as word pairs."""
    if not isinstance(raw, list) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(w, str) for w in pair)
        for pair in raw
    ):
        raise ToolkitDataError(f"toolkit.yaml: {where}: expected word pairs")
    return tuple((first.lower(), second.lower()) for first, second in raw)


def _share(raw: Any, where: str) -> Share:
    match = re.fullmatch(r"(\d+)/(\d+)", str(raw).strip())
    above_one = where.rpartition(".")[2] in ABOVE_ONE
    if (
        not match
        or int(match[1]) <= 0
        or int(match[2]) <= 0
        or (int(match[1]) > int(match[2])) != above_one
    ):
        example = "3/2" if above_one else "1/3"
        raise ToolkitDataError(f"toolkit.yaml: {where}: expected a fraction like {example}")
    return Share(int(match[1]), int(match[2]))
