"""`impl schema`: the JSON Schema of the plan format, for an editor."""

from __future__ import annotations

from typing import Annotated

from .group import app
from .options import ReplaceAny, output_option
from .output import emit, refuse_plan_name


@app.command()
def schema(
    output: Annotated[
        str | None,
        output_option("Schrijf het schema naar dit bestand in plaats van naar het scherm."),
    ] = None,
    force: ReplaceAny = False,
) -> None:
    """Het JSON Schema van het planformaat, voor aanvullen en controleren in je editor."""
    from ..plan.schema import schema_json

    text = schema_json()
    refuse_plan_name(output, ".json")
    emit(text, output, "Schema", force)
