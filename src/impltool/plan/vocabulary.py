"""The closed lists of words a plan's fields accept (phases, kinds, statuses, ...), as
Literal types: the model, the schema and the form take their choices from here."""

from __future__ import annotations

from typing import Any, Literal, get_args

from ..dutch import enumeration

PhaseKey = Literal["ontwikkelen", "weten", "begrijpen", "willen", "doen", "blijven_doen"]
PHASE_KEYS: tuple[str, ...] = get_args(PhaseKey)

Role = Literal["uitvoerende_organisatie", "ontwikkelaar"]
InterventionKind = Literal["sociale_interventie", "online_platform", "werkwijze", "instrument"]
StakeholderType = Literal[
    "beslisser",
    "gebruiker",
    "profijtgroep",
    "implementatieteam",
    "ontwikkelaar",
    "uitvoerende_organisatie",
    "financier",
    "ketenpartner",
]
Competence = Literal[
    "leiderschap",
    "inhoudelijke_kennis",
    "praktijkervaring",
    "communicatie_marketing",
    "coordinatie_administratie",
]
COMPETENCES: tuple[str, ...] = get_args(Competence)
TargetGroupType = Literal["beslissers", "gebruikers", "profijtgroep"]
TARGET_GROUP_TYPES: tuple[str, ...] = get_args(TargetGroupType)
AdopterCategory = Literal[
    "innovators", "early_adopters", "early_majority", "late_majority", "laggards"
]
ChannelKind = Literal["massamedia", "persoonlijk"]
Judgement = Literal["bevorderend", "belemmerend", "neutraal", "onbekend"]
FactorDomain = Literal["organisatie_context", "interventie", "ontwikkelaar", "gebruikers"]
MeasuringFrequency = Literal["maand", "kwartaal", "halfjaar", "jaar"]
ActivityKind = Literal[
    "betrekken_gebruikers",
    "proefimplementatie",
    "communicatieplan",
    "communicatie",
    "handboek",
    "reflectie",
    "kosten_baten",
    "ambassadeurs",
    "lokale_aanpassing",
    "selectie",
    "training",
    "coaching",
    "pilot",
    "uitrol",
    "randvoorwaarden",
    "monitoring",
    "verbeteren",
    "feedback",
    "kickoff",
    "overleg",
    "procesafspraken",
    "update_beslissers",
    "vieren",
    "overig",
]
Strategy = Literal["informeren", "faciliteren", "overtuigen", "verplichten"]
Status = Literal["gepland", "bezig", "gereed", "vervallen"]
KpiTheme = Literal["bezoekers", "gebruikers", "activiteit", "overig"]


def one_of(vocabulary: Any) -> str:
    """`a, b of c`: the values of a Literal, for a description that names them."""
    return enumeration(get_args(vocabulary), "of")
