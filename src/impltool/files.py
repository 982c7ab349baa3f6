"""Files on disk, safely: finding plans, reading only regular files, writing output.

Every file impl writes goes through `write_atomic`, every file it reads through
`read_regular`. The rules they keep:
- a file is never written through a symbolic link (it could point at a plan, a device or
  a file in the user's home); a link loop is named as a loop;
- only regular files are read or replaced: a FIFO, a device, a socket or a folder gets a
  clear message at once instead of a hang or a replaced device node;
- a plan is never overwritten by an output file, whatever its name: it is recognised by
  its content;
- a name that ends in `/` means a folder, never a file of that name;
- a write goes to a temporary file next to the target and replaces it in one step; while
  that happens SIGINT, SIGTERM and SIGHUP wait, so no temporary file is ever left behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from .errors import UserError

PLAN_SUFFIXES = (".yaml", ".yml")
# An output file this large is not a plan impl could load, so it need not be read in full.
_PLAN_READ_LIMIT = 10 * 1024 * 1024 + 1

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


def names_a_folder(given: str) -> bool:
    """`map/`: a name that ends in a separator names a folder, never a file."""
    separators = (os.sep, os.altsep) if os.altsep else (os.sep,)
    return given.endswith(separators)


def output_path(given: str) -> Path:
    """The path a user gave with `-o`, refused at once when it can only name a folder."""
    if names_a_folder(given) or given in ("", ".", ".."):
        if os.path.isdir(given or "."):
            raise UserError(
                f"{given}: dit is een map; geef een bestandsnaam, bijvoorbeeld "
                f"{os.path.join(given or '.', 'plan.md')}"
            )
        raise UserError(
            f"{given}: met een / aan het eind is dit de naam van een map, en die bestaat niet; "
            "geef een bestandsnaam zonder / aan het eind"
        )
    return Path(given)


def check_target(
    path: Path, *, overwrite: bool, replace_plan: bool = False, replace_any: bool = False
) -> Path:
    """Every guard before a write; returns the absolute path to replace.

    The name itself may not be a symbolic link: writing through one puts the output
    wherever the link points (a plan, ~/.bashrc in a cloned folder, /dev/null), so impl
    names the link's target and asks for that name instead. Links to folders higher up
    the path are fine: the user chose that path. `replace_plan` only for writing a plan
    over a plan on request (`impl init --force`). Any other existing file is replaced only
    when impl wrote it (own_output) or with `replace_any` (`--force`).
    """
    if path.is_symlink():
        try:
            real = Path(os.path.realpath(path, strict=True))
        except OSError as error:
            reason = "die nergens heen wijst" if error.errno == errno.ENOENT else "in een lus"
            raise UserError(
                f"{path}: dit is een symbolische link {reason}; impl schrijft niet via een "
                "link. Geef een gewone bestandsnaam"
            ) from None
        what = "een plan" if _holds_plan(real) else str(real)
        raise UserError(
            f"{path}: dit is een symbolische link naar {what}; impl schrijft niet via een "
            "link, want dan komt de uitvoer ergens anders terecht. Geef de echte "
            "bestandsnaam als je dat bestand wilt vervangen"
        )
    real = Path(os.path.abspath(path))
    try:
        status: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise UserError(f"{path}: {os_error_text(error)}") from None
    if status is not None:
        if stat.S_ISDIR(status.st_mode):
            raise UserError(f"{path}: dit is een map; geef een bestandsnaam")
        if not stat.S_ISREG(status.st_mode):
            raise UserError(
                f"{path}: dit is {kind_of(status.st_mode)}, geen gewoon bestand; impl "
                "vervangt dat niet. Laat -o weg om naar het scherm te schrijven, of geef een "
                "gewone bestandsnaam"
            )
        if not overwrite:
            raise UserError(
                f"{path}: dit bestand bestaat al; kies een andere naam of gebruik "
                "--force om het te overschrijven"
            )
        if not replace_plan and _holds_plan(real):
            raise UserError(
                f"{path}: dit bestand is een plan; impl overschrijft nooit een plan met "
                "iets anders. Kies een andere naam"
            )
        if not replace_any and not replace_plan:
            from .own_output import made_by_impl

            if not made_by_impl(real):
                raise UserError(
                    f"{path}: dit bestand bestaat al en is niet door impl gemaakt; impl "
                    "vervangt het niet zomaar. Kies een andere naam, of voeg --force toe als "
                    "je het wilt vervangen"
                )
    folder = real.parent
    if not folder.is_dir():
        raise UserError(f"{path}: de map {folder} bestaat niet; maak die eerst aan")
    return real


def _holds_plan(path: Path) -> bool:
    """Whether the file at `path` is a plan; a file impl cannot read counts as one (it
    cannot tell, and replacing what it cannot read is no slip to risk)."""
    from .plan.detect import is_plan_text

    try:
        raw = read_regular(path, _PLAN_READ_LIMIT)
    except OSError:
        return True
    return is_plan_text(raw)


def write_atomic(
    path: Path | str,
    data: str | bytes,
    *,
    overwrite: bool = True,
    replace_plan: bool = False,
    replace_any: bool = False,
) -> Path:
    """Write `data` (text as UTF-8, or bytes) to `path` so a crash never leaves half a file.

    All guards of `check_target` first. The data goes to a temporary file in the target's
    folder, is flushed to disk, and replaces the target in one step. Returns the path
    written.
    """
    given = os.fspath(path)
    if names_a_folder(given):
        output_path(given)  # raises the folder message
    real = check_target(
        Path(given), overwrite=overwrite, replace_plan=replace_plan, replace_any=replace_any
    )
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with _signals_held():
        handle, temporary = tempfile.mkstemp(
            dir=real.parent, prefix=f".{real.name}.", suffix=".tmp"
        )
        try:
            os.chmod(temporary, _mode_for(real))
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
                stream.flush()
                os.fsync(stream.fileno())
            if overwrite:
                _replace(temporary, real)
            else:
                _create_exclusively(temporary, real)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
    return real


def _replace(temporary: str, target: Path) -> None:
    """os.replace, with the likely reason when Windows refuses it: a document that is open
    in Word (or a PDF reader) cannot be replaced, and that is not a rights problem."""
    try:
        os.replace(temporary, target)
    except PermissionError:
        if not target.exists():
            raise
        raise UserError(
            f"{target}: impl kan dit bestand niet vervangen. Is het nog open in een ander "
            "programma, zoals Word of een PDF-lezer? Sluit het daar en probeer het opnieuw. "
            "Is het niet open, dan mag je dit bestand misschien niet wijzigen (rechten)"
        ) from None


def _create_exclusively(temporary: str, target: Path) -> None:
    """Put the temporary file at `target` only if nothing is there yet, even if something
    appeared while we were writing."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise UserError(f"{target}: dit bestand bestaat al; gebruik --force") from None
    except OSError:  # a file system without hard links
        if target.exists() or target.is_symlink():
            raise UserError(f"{target}: dit bestand bestaat al; gebruik --force") from None
        os.replace(temporary, target)


_HELD = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold back interrupting signals until the temporary file is renamed or removed.

    They are delivered right after: an interrupted impl still stops, but leaves nothing.
    """
    if not hasattr(signal, "pthread_sigmask"):  # Windows: only Ctrl+C, caught by `finally`
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (umask)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
