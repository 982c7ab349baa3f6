"""Whether a file is one impl wrote: `-o` replaces that (last month's report) without asking,
anything else only with `--force` (someone's notes.md or thesis.docx).

Recognised by content, so documents written before this check existed count too: each kind
of output has words or a shape no other file has by chance.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from .files import read_regular

# Everything impl writes stays under the plan limit; a larger file is not impl's.
_READ_LIMIT = 64 * 1024 * 1024
_WORD_TEXT_LIMIT = 64 * 1024 * 1024  # word/document.xml, inflated
# The closing line of every plan and progress document (md, html, docx), as it is now and
# as it was before documents stopped naming impl. tests/test_output_replace.py fails when a
# new wording is missing here.
_DOCUMENT_MARKS = ("Gemaakt uit het planbestand ", "Gemaakt met impl uit ")
# The overview explains its order: in its text, Markdown and HTML in a sentence, in JSON
# as a list that starts with the unreadable plans.
_OVERVIEW_MARKS = (
    "Wat de meeste aandacht vraagt staat bovenaan",
    "plannen die impl niet kan lezen",
)
_OVERVIEW_CSV_HEAD = "\ufeffNr;Titel;Organisatie;Bestand;"
_PROGRESS_JSON_KEYS = {"version", "file", "title", "date", "period", "kpis"}
_SCHEMA_MARK = "(impl, formaat "


def made_by_impl(path: Path) -> bool:
    """Whether the regular file at `path` is output of impl; False when it cannot be read."""
    try:
        raw = read_regular(path, _READ_LIMIT + 1)
    except OSError:
        return False
    if len(raw) > _READ_LIMIT:
        return False
    if raw.startswith(b"PK"):
        return _word_document(path)
    text = raw.decode("utf-8", errors="replace")
    if any(mark in text for mark in (*_DOCUMENT_MARKS, *_OVERVIEW_MARKS)):
        return True
    if text.startswith(_OVERVIEW_CSV_HEAD):
        return True
    lines = text.split("\n", 2)
    if len(lines) > 1 and lines[0].startswith("Voortgang van ") and " — stand op " in lines[1]:
        return True  # the progress report as text
    return _json_report(text)


def _word_document(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > _WORD_TEXT_LIMIT:
                return False
            body = archive.read(info).decode("utf-8", errors="replace")
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return False
    return any(mark in body for mark in _DOCUMENT_MARKS)


def _json_report(text: str) -> bool:
    if not text.lstrip().startswith("{"):
        return False
    try:
        data = json.loads(text)
    except ValueError:
        return False
    if not isinstance(data, dict):
        return False
    description = data.get("description")
    if isinstance(description, str) and _SCHEMA_MARK in description and "$schema" in data:
        return True
    return data.keys() >= _PROGRESS_JSON_KEYS
