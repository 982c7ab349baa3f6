"""Finding plan files and writing output files safely."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import NamedTuple

from .errors import UserError

PLAN_SUFFIXES = (".yaml", ".yml")


class Found(NamedTuple):
    plans: list[Path]
    skipped: list[Path]  # YAML files inside a named folder that are not plans


def find_plans(paths: list[Path]) -> Found:
    """The plan files named, with every plan (*.yaml / *.yml) inside named directories.

    Inside a directory, hidden files and folders (`.github/`, `.venv/`) are skipped, and so
    is YAML without a top-level `formaat:` key: that is another tool's file, not a plan. A
    file named on its own is always checked. Every missing path or directory without plans
    is reported at once, in one UserError.
    """
    found: list[Path] = []
    skipped: list[Path] = []
    missing: list[str] = []
    rest = list(paths)
    while rest:
        path = rest.pop(0)
        if not path.exists() and (spaced := name_with_spaces([str(p) for p in [path, *rest]])):
            # `impl check mijn plan.yaml`: one name, cut in two by the shell.
            missing.append(f"{path}: dit bestand of deze map bestaat niet; {quote_hint(spaced)}")
            del rest[: spaced.count(" ") - str(path).count(" ")]
        elif path.is_dir():
            inside = sorted(
                p for p in _walk(path) if p.suffix.lower() in PLAN_SUFFIXES and p.is_file()
            )
            plans: list[Path] = []
            for p in inside:
                (plans if _looks_like_plan(p) else skipped).append(p)
            if plans:
                found.extend(plans)
            else:
                missing.append(f"{path}: in deze map staan geen plannen (*.yaml of *.yml)")
        elif path.exists():
            found.append(path)
        else:
            missing.append(f"{path}: dit bestand of deze map bestaat niet")
    if missing:
        raise UserError("; ".join(missing))
    return Found(list(dict.fromkeys(found)), skipped)


def name_with_spaces(words: list[str]) -> str | None:
    """The longest run of `words` from the first that, joined by spaces, names a file."""
    for end in range(len(words), 1, -1):
        joined = " ".join(words[:end])
        if os.path.lexists(joined):
            return joined
    return None


def quote_hint(name: str) -> str:
    """Advice for a name with spaces that reached impl as separate words."""
    return (
        f'bedoel je "{name}"? Zet een naam met spaties tussen aanhalingstekens, '
        "anders leest impl er losse namen in"
    )


_FORMAT_KEY = re.compile(rb"^(?:\xef\xbb\xbf)?formaat[ \t]*:", re.MULTILINE)


def _looks_like_plan(path: Path) -> bool:
    """A cheap look at the start of the file for the `formaat:` key every plan has."""
    try:
        with path.open("rb") as stream:
            return _FORMAT_KEY.search(stream.read(65536)) is not None
    except OSError:
        return True  # let the loader report why it cannot be read


def _walk(folder: Path) -> list[Path]:
    """Files below `folder`, not descending into hidden entries."""
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(Path(root) / n for n in names if not n.startswith("."))
    return files


def write_atomic(path: Path, text: str | bytes, *, overwrite: bool = True) -> None:
    """Write `text` (or bytes, for a Word document) to `path` so that a crash never leaves
    half a file.

    The text goes to a temporary file in the same folder, is flushed to disk, and then
    replaces the target in one step. Without `overwrite`, an existing file is refused.
    """
    if path.is_symlink():  # write through the link instead of replacing it with a file
        path = path.resolve()
    folder = path.parent
    if not folder.is_dir():
        raise UserError(f"{path}: de map {folder} bestaat niet; maak die eerst aan")
    if path.is_dir():
        raise UserError(f"{path}: dit is een map; geef een bestandsnaam")
    if not overwrite and path.exists():
        raise UserError(
            f"{path}: dit bestand bestaat al; kies een andere naam of gebruik --force "
            "om het te overschrijven"
        )
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temporary, _mode_for(path))
        data = text.encode("utf-8") if isinstance(text, str) else text
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if not overwrite and path.exists():  # appeared while we were writing
            raise UserError(f"{path}: dit bestand bestaat al; gebruik --force")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (umask)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
