"""Where a command's output goes: the format from `--formaat` or the name after `-o`, the
name refused before any work, and the text printed or written atomically."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import typer

from ..errors import UserError
from .common import fail

# Names that mean a format without being its own suffix.
_ALIASES = {".markdown": "md", ".htm": "html"}
_PLAN_SUFFIXES = (".yaml", ".yml")


def choose_format(
    requested: str | None,
    output: str | None,
    formats: Mapping[str, str],
    *,
    default: str,
    what: str,
    suggest_name: bool = False,
) -> str:
    """`--formaat` (`requested`), or what the name after -o implies, or `default`.

    `formats` maps each format to its file suffix; `what` names the output in messages. An
    unknown format and a name that contradicts the format are UserErrors: writing Word into
    `plan.html` would leave a file nothing can open. With `suggest_name` (render) such a name
    gets a better one in the message, and a plan's name (*.yaml) is judged like any other;
    otherwise a plan's name is left to refuse_plan_name, with its own message.
    """
    suffixes = {suffix: name for name, suffix in formats.items()} | _ALIASES
    suffix = Path(output).suffix.lower() if output is not None else ""
    if suffix in _PLAN_SUFFIXES and not suggest_name:
        suffix = ""
    if requested is not None:
        name = requested.strip().lower().lstrip(".")
        if name not in formats:
            raise UserError(unknown_format(f"--formaat {requested}", list(formats), what))
        if suffix and suffixes.get(suffix) != name:
            better = ""
            if suggest_name:
                renamed = Path(str(output)).with_suffix(formats[name]).name
                better = f"; noem het bestand bijvoorbeeld {renamed}"
            raise UserError(
                f"{output}: de naam eindigt niet op {formats[name]}, maar je vraagt "
                f"--formaat {name}{better}"
            )
        return name
    if suffix and suffix not in suffixes:
        raise UserError(unknown_format(str(output), list(formats.values()), what))
    return suffixes.get(suffix, default)


def unknown_format(given: str, suffixes: list[str], what: str) -> str:
    """The message for a format impl does not write; `given` is the name or `--formaat X`.

    A PDF is what most users want to send, so they get the two ways to make one.
    """
    if given.lower().rstrip().endswith("pdf"):
        word = (
            "Maak een Word-document (-o plan.docx) en kies in Word Opslaan als → PDF, of maak "
            if any("docx" in suffix for suffix in suffixes)
            else "Maak "
        )
        return (
            f"{given}: impl maakt zelf geen PDF. {word}een webpagina (-o plan.html), open die "
            "in je browser en kies Afdrukken → Opslaan als PDF"
        )
    if given.startswith("--formaat"):
        return f"{given}: dat formaat ken ik niet; kies uit {', '.join(suffixes)}"
    return (
        f"{given}: aan de naam zie ik niet welk soort {what} je wilt; laat de naam "
        f"eindigen op {', '.join(suffixes)}, of geef --formaat mee"
    )


def refuse_plan_name(output: str | None, suffix: str) -> None:
    """Refuse an output name that is wrong before anything is read or rendered: a folder
    (`map/`), or a *.yaml name (a slip for a plan). Whether an existing file is a plan is
    decided by its content when writing (writing.write_atomic)."""
    if output is None:
        return
    from ..writing import output_path

    if output_path(output).suffix.lower() in _PLAN_SUFFIXES:
        raise UserError(f"{output}: dat is de naam van een planbestand; kies een naam op {suffix}")


def emit(text: str | bytes, output: str | None, what: str, force: bool) -> None:
    """Print `text`, or write it atomically to `output` and say so on stderr; `force`
    replaces a file impl did not write.

    `output` is the name as typed (a str, not a Path: `map/` must keep its slash).
    """
    if output is None:
        typer.echo(text, nl=False)
        return
    from ..files import os_error_text
    from ..writing import write_atomic

    try:
        write_atomic(output, text, replace_any=force)
    except OSError as error:
        raise fail(f"{output}: kan niet schrijven ({os_error_text(error)})") from None
    from ..shown import visible

    typer.echo(f"{what} geschreven naar {visible(output)}", err=True)
