"""Text as Word's XML can hold it, for every part of the document."""

from __future__ import annotations

from ....shown import controls_visible


def clean(text: str) -> str:
    """Text Word's XML can hold (python-docx refuses control characters outright), with
    control, bidi and invisible characters shown as marks like everywhere (impltool.shown)."""

    return controls_visible(str(text), keep="\t\n").replace("\n", " ")
