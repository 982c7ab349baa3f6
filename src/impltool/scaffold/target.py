"""Where `impl init` writes: the plan's path, the checks before any question, and the JSON
Schema next to the plan."""

from __future__ import annotations

from pathlib import Path

from ..errors import UserError
from ..files import PLAN_SUFFIXES

DEFAULT_FILE = "implementatieplan.yaml"
SCHEMA_FILE = "impl-plan.schema.json"


def target_path(plan: Path | None) -> Path:
    """Where the plan goes: the name given, or implementatieplan.yaml (also inside a folder).

    A name without an extension gets `.yaml`, so `impl check MAP` finds the plan later;
    another extension is refused for the same reason.
    """
    if plan is None:
        return Path(DEFAULT_FILE)
    if plan.is_dir():
        return plan / DEFAULT_FILE
    if not plan.suffix:
        return plan.with_name(plan.name + ".yaml")
    if plan.suffix.lower() not in PLAN_SUFFIXES:
        raise UserError(
            f"{plan}: een plan heet *.yaml (of *.yml), anders vindt `impl check` het niet "
            "in een map; kies bijvoorbeeld "
            f"{plan.with_suffix('.yaml').name}"
        )
    return plan


def check_target(path: Path, force: bool) -> None:
    """Refuse early, before any question: a missing folder, or a file without --force."""
    folder = path.parent
    if not folder.is_dir():
        raise UserError(f"{path}: de map {folder} bestaat niet; maak die eerst aan")
    if path.exists() and not force:
        raise UserError(
            f"{path}: dit bestand bestaat al en blijft zoals het is; kies een andere naam, "
            "of gebruik --force om het te overschrijven"
        )


def write_schema(folder: Path) -> str:
    """Put the JSON Schema next to the plan for editor completion, never over another file.

    Returns "geschreven", "actueel" (already this version) or "anders" (left alone).
    """
    from ..plan.schema import schema_json
    from ..writing import write_atomic

    path = folder / SCHEMA_FILE
    text = schema_json()
    if path.exists():
        try:
            same = path.read_text(encoding="utf-8") == text
        except (OSError, UnicodeDecodeError):
            same = False
        return "actueel" if same else "anders"
    write_atomic(path, text, overwrite=False)
    return "geschreven"
