"""Files on disk, safely: finding plans and reading only regular files.

Every file impl reads goes through `read_regular`; every file it writes goes through
`writing.write_atomic`, which adds the guards that need to know what a plan is. The rules
kept here:
- only regular files are read: a FIFO, a device, a socket or a folder gets a clear message
  at once instead of a hang;
- errors of the operating system are named in Dutch (`os_error_text`).

This module sits at the bottom of impl's layers (see `[tool.importlinter]` in pyproject.toml):
it imports nothing of impl's but `errors`.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import NamedTuple

from .errors import UserError

PLAN_SUFFIXES = (".yaml", ".yml")

_OS_ERRORS = {
    errno.ENOENT: "bestaat niet",
    errno.EACCES: "geen toestemming (rechten)",
    errno.EPERM: "geen toestemming (rechten)",
    errno.ELOOP: "is een symbolische link in een lus (de link wijst via links naar zichzelf)",
    errno.EISDIR: "is een map",
    errno.ENOTDIR: "een deel van dit pad is geen map",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte (quotum) is op",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.EIO: "leesfout of schrijffout van de schijf",
    errno.EEXIST: "bestaat al",
    errno.ENXIO: "is geen gewoon bestand (er is niemand aan de andere kant)",
    errno.EXDEV: "ligt op een andere schijf",
    errno.EBUSY: "is in gebruik",
    errno.EFBIG: "wordt te groot",
    errno.EBADF: "de uitvoer is gesloten (gestart met >&- ?); stuur die naar een bestand",
}


def os_error_text(error: OSError) -> str:
    """Why an operating-system call failed, in Dutch (never Python's English strerror)."""
    known = _OS_ERRORS.get(error.errno or 0)
    if known:
        return known
    if error.errno:
        return f"systeemfout {errno.errorcode.get(error.errno, error.errno)}"
    return "onbekende systeemfout"


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "een map"
    if stat.S_ISFIFO(mode):
        return "een named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "een socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "een apparaat (zoals /dev/null)"
    return "geen gewoon bestand"


class NotRegular(OSError):
    """A path that is not a regular file; `str()` is the Dutch reason."""


def _open_regular(path: Path | str, flags: int) -> int:
    """A descriptor for `path` in blocking mode once it is known to be a regular file.

    It is opened without blocking, so a FIFO answers at once instead of waiting for a reader
    or writer that never comes; what it is decides before anything is read or written.
    """
    flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags, 0o666)
    try:
        mode = os.fstat(handle).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegular(errno.EINVAL, f"dit is {kind_of(mode)}, geen gewoon bestand")
        if hasattr(os, "set_blocking"):
            os.set_blocking(handle, True)
    except BaseException:  # whatever ends the check (also Ctrl-C): close, then pass it on
        os.close(handle)
        raise
    return handle


def read_regular(path: Path | str, limit: int) -> bytes:
    """At most `limit` bytes of a regular file, or OSError (NotRegular for a FIFO, device...)."""
    handle = _open_regular(path, os.O_RDONLY)
    try:
        chunks = []
        left = limit
        while left > 0:
            chunk = os.read(handle, min(left, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(handle)


def append_regular(path: Path | str, text: str) -> None:
    """Append `text` (UTF-8) to a regular file, creating it if needed; OSError (NotRegular
    for a FIFO, device...) otherwise. Never blocks on a FIFO."""
    handle = _open_regular(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    try:
        data = text.encode("utf-8", errors="backslashreplace")
        while data:
            data = data[os.write(handle, data) :]
    finally:
        os.close(handle)


def read_error_text(error: OSError) -> str:
    return str(error.strerror) if isinstance(error, NotRegular) else os_error_text(error)


# --- finding plans ------------------------------------------------------------------------


class Candidate(NamedTuple):
    """A file to check: named by the user, or found inside a named folder."""

    path: Path
    folder: Path | None  # the named folder it was found in; None when named itself


class Found(NamedTuple):
    candidates: list[Candidate]
    unreadable: list[tuple[Path, str]]  # entries that could not be read, with the reason
    links_outside: list[Path]  # links in a named folder to somewhere outside it, not followed


def find_plans(paths: list[Path]) -> Found:
    """The files named, with every *.yaml / *.yml inside named folders.

    Inside a folder, hidden files and folders (`.github/`, `.venv/`) are skipped; whether a
    YAML file there is a plan is decided when it is read (see `plan.detect`). Subfolders
    and files that cannot be read are returned, not skipped in silence. Every missing path
    is reported at once, in one UserError.
    """
    candidates: list[Candidate] = []
    unreadable: list[tuple[Path, str]] = []
    links_outside: list[Path] = []
    missing: list[str] = []
    seen: set[Path] = set()

    def add(path: Path, folder: Path | None) -> None:
        if path not in seen:
            seen.add(path)
            candidates.append(Candidate(path, folder))

    rest = list(paths)
    while rest:
        path = rest.pop(0)
        try:
            mode = path.stat().st_mode
        except OSError as error:
            if error.errno == errno.ENOENT and path.is_symlink():
                missing.append(f"{path}: dit is een symbolische link naar iets dat niet bestaat")
            elif error.errno == errno.ENOENT and (
                spaced := name_with_spaces([str(p) for p in [path, *rest]])
            ):
                # `impl check mijn plan.yaml`: one name, cut in two by the shell.
                missing.append(
                    f"{path}: dit bestand of deze map bestaat niet; {quote_hint(spaced)}"
                )
                del rest[: spaced.count(" ") - str(path).count(" ")]
            elif error.errno == errno.ENOENT:
                missing.append(f"{path}: dit bestand of deze map bestaat niet")
            elif error.errno == errno.ELOOP:
                missing.append(f"{path}: {os_error_text(error)}")
            else:
                add(path, None)  # the loader says why it cannot be read
            continue
        if not stat.S_ISDIR(mode):
            add(path, None)
            continue
        entries, problems, outside = _walk(path)
        unreadable += problems
        links_outside += outside
        for entry in sorted(entries):
            add(entry, path)
    if missing:
        raise UserError("; ".join(missing))
    return Found(candidates, unreadable, links_outside)


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


def _walk(folder: Path) -> tuple[list[Path], list[tuple[Path, str]], list[Path]]:
    """Plan files (*.yaml, *.yml) below `folder`, not descending into hidden entries, with
    what could not be read and the links that lead out of `folder`.

    A link is followed only when it stays inside the folder named on the command line: one
    link to `/` in a pull request must not make a CI run walk the runner's disk and show
    the titles of plans elsewhere.
    """
    files: list[Path] = []
    problems: list[tuple[Path, str]] = []
    outside: list[Path] = []
    base = os.path.realpath(folder)

    def failed(error: OSError) -> None:
        name = Path(error.filename) if error.filename else folder
        problems.append((name, f"deze map kan impl niet lezen: {os_error_text(error)}"))

    def stays_inside(path: str, folder: bool = False) -> bool:
        # A folder is checked by where it really is: a Windows junction is no symlink.
        if not folder and not os.path.islink(path):
            return True
        real = os.path.realpath(path)
        if real == base or real.startswith(base.rstrip(os.sep) + os.sep):
            return True
        outside.append(Path(path))
        return False

    # Each real folder once, so a link to a folder above (inside) does not loop.
    visited: set[str] = set()
    for root, dirs, names in os.walk(folder, onerror=failed, followlinks=True):
        real = os.path.realpath(root)
        if real in visited:
            dirs[:] = []
            continue
        visited.add(real)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and stays_inside(os.path.join(root, d), folder=True)
        )
        files.extend(
            Path(root) / n
            for n in sorted(names)
            if not n.startswith(".")
            and n.lower().endswith(PLAN_SUFFIXES)
            and stays_inside(os.path.join(root, n))
        )
    return files, problems, outside


# --- writing ------------------------------------------------------------------------------
