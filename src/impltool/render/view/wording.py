"""Text for readers: a plan's keys, ids and quickscan messages as a document says them.

No YAML keys, no backticks, no commands: advice on fixing the plan belongs in `impl check`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ...dutch import shortened
from ...knowledge import Toolkit, toolkit

if TYPE_CHECKING:
    pass

_SENTENCE = re.compile(r"^(.+?[.!?])(?=\s+[A-Z0-9À-Ý\"'‘“(]|$)", re.DOTALL)
_CODE_SPAN = re.compile(r"`([^`]*)`")
_CHECKLIST_ID = re.compile(r"\b[a-z]+\.[a-z_]+\b")


def reader_text(message: str) -> str:
    """A quickscan message for a reader: code spans become plain words (`doelgroepen[0]`
    stays out of a document meant for a wethouder), a checklist id its question."""

    def question(match: re.Match[str]) -> str:
        item = toolkit().checklist_item(match.group())
        return f"“{item.question}”" if item else match.group()

    def plain(match: re.Match[str]) -> str:
        inner = re.sub(r"\[\d+\]", "", match.group(1))
        if item := toolkit().checklist_item(inner):
            return f"“{item.question}”"
        return inner.replace("_", " ").replace(".", " ").strip()

    message = _CODE_SPAN.sub(plain, message).replace("`", "")
    return " ".join(_CHECKLIST_ID.sub(question, message).split())


def quoted_keys(message: str) -> str:
    """A message that names keys of the file (`naam`, as the terminal shows them) for a
    printed page: each key in quotes, so the reader can still find it in the file. (A
    quickscan message in a document goes through `reader_text`, which makes keys words.)"""
    return _CODE_SPAN.sub(r"‘\1’", message)


def first_sentences(text: str, limit: int = 320) -> str:
    """The first sentence of a text (two when the first is short), cut at a word when long."""
    text = " ".join(text.split())
    if not text:
        return ""
    match = _SENTENCE.match(text)
    sentence = match.group(1) if match else text
    if match and len(sentence) < 80:
        rest = _SENTENCE.match(text[len(sentence) :].strip())
        if rest:
            sentence += " " + rest.group(1)
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:–-")
    return cut + " …"


def short_name(label: str, limit: int = 70) -> str:
    """An activity's name for a sentence: a long one loses its remark in brackets first, so
    it is not cut off inside them."""
    if len(label) > limit and " (" in label:
        label = label.split(" (", 1)[0]
    return shortened(label, limit)


def file_name(file: str) -> str:
    return file.replace("\\", "/").rsplit("/", 1)[-1]


def phase_label(key: str | None, knowledge: Toolkit) -> str:
    phase = knowledge.phase(key) if key else None
    return f"{phase.name} (fase {phase.number})" if phase else ""


def phase_short(key: str, knowledge: Toolkit) -> str:
    phase = knowledge.phase(key)
    return f"fase {phase.number}" if phase else words(key)


def channel_text(channel: Any) -> str:
    return f"{channel.name} ({channel.kind}, {'online' if channel.online else 'offline'})"


def words(key: str | None) -> str:
    """A vocabulary key as words: `uitvoerende_organisatie` → `uitvoerende organisatie`."""
    return "" if key is None else str(key).replace("_", " ")
