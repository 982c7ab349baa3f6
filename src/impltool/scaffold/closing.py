"""The closing message of `impl init`: what was written, and the two commands to run next."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from .answers import TEMPLATE_HELP, Answers
from .target import SCHEMA_FILE


@dataclass(frozen=True)
class Written:
    """What `impl init` wrote, for the closing message."""

    path: Path
    answers: Answers
    schema: str  # "geschreven", "actueel", "anders" or "mislukt"


def shell_word(path: Path | str) -> str:
    """A path as the user can paste it in a shell (bash, PowerShell and cmd for plain names)."""
    text = str(path)
    if re.fullmatch(r"[\w@%+=:,./\\-]+", text):
        return text
    if not re.search(r"[\"$`\\!]", text):
        return f'"{text}"'
    return shlex.quote(text)


def next_steps(path: Path) -> list[tuple[str, str]]:
    """The two commands to run next, each with what it does."""
    document = path.with_suffix(".docx")
    return [
        (f"impl check {shell_word(path)}", "laat zien wat er nog ontbreekt: je takenlijst"),
        (
            f"impl render {shell_word(path)} -o {shell_word(document)}",
            "maakt er een Word-document van om te delen (met .html een webpagina)",
        ),
    ]


def summary(written: Written) -> list[str]:
    """The closing message: what was written, with what, and the two commands to run next."""
    answers = written.answers
    schema_path = written.path.parent / SCHEMA_FILE
    lines = [
        f"Plan geschreven: {written.path}",
        f"  sjabloon {answers.template} ({TEMPLATE_HELP[answers.template]})",
        f"  periode {answers.start.isoformat()} tot en met {answers.end.isoformat()}",
    ]
    if written.schema == "geschreven":
        lines.append(f"Schema voor aanvullen en controleren in je editor: {schema_path}")
    elif written.schema == "anders":
        lines.append(
            f"Let op: {schema_path} bestond al en is niet aangeraakt; past het niet meer bij "
            f"deze versie van impl, vernieuw het dan met: impl schema -o {shell_word(schema_path)}"
        )
    elif written.schema == "mislukt":
        lines.append(
            f"Let op: het schema voor je editor kon niet naar {schema_path} geschreven worden; "
            "het plan zelf is in orde."
        )
    lines += ["", "Zo ga je verder:"]
    for command, meaning in next_steps(written.path):
        lines += [f"  {command}", f"      {meaning}"]
    return lines
