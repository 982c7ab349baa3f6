"""What the toolkit knows, as typed read-only data.

The knowledge itself lives in `toolkit.yaml` next to this file (Dutch keys, our own words,
every entry with its source); knowledge/records.py defines the records impl reads it as,
knowledge/loader.py fills them. `toolkit()` loads them once, from the YAML file's generated
twin (knowledge/compiled.py), which holds the finished records: loading them parses no YAML
and runs no loader.
"""

from functools import cache
from pathlib import Path

from . import compiled
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
DATA = compiled.DataFile(
    (DATA_FILE,), "impltool.knowledge._toolkit_yaml", build="impltool.knowledge.loader:build"
)


@cache
def toolkit() -> Toolkit:
    """The toolkit knowledge, loaded once from the package data."""
    kit: Toolkit = compiled.load(DATA)
    return kit
