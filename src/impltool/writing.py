"""Writing a file the user named, so that nothing they had is lost.

Every file impl writes goes through `write_atomic`. The rules it keeps:
- a file is never written through a symbolic link (it could point at a plan, a device or
  a file in the user's home); a link loop is named as a loop;
- only regular files are replaced: a FIFO, a device, a socket or a folder gets a clear
  message at once instead of a replaced device node;
- a plan is never overwritten by an output file, whatever its name: it is recognised by
  its content (`plan.detect`); any other existing file only when impl wrote it
  (`own_output`) or with `--force`;
- a name that ends in `/` means a folder, never a file of that name;
- a write goes to a temporary file next to the target and replaces it in one step; while
  that happens SIGINT, SIGTERM and SIGHUP wait, so no temporary file is ever left behind.

Above `plan` in impl's layers, since knowing a plan when it sees one is the plan's business.
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

from .errors import UserError
from .files import kind_of, os_error_text, read_regular

# An output file this large is not a plan impl could load, so it need not be read in full.
_PLAN_READ_LIMIT = 10 * 1024 * 1024 + 1


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
        raise _link_refused(path)
    real = Path(os.path.abspath(path))
    try:
        status: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise UserError(f"{path}: {os_error_text(error)}") from None
    if status is not None:
        _check_existing(path, real, status, overwrite, replace_plan, replace_any)
    folder = real.parent
    if not folder.is_dir():
        raise UserError(f"{path}: de map {folder} bestaat niet; maak die eerst aan")
    return real


def _link_refused(path: Path) -> UserError:
    """Why impl does not write to `path`, a symbolic link: where it points, or that it
    points nowhere or in a loop."""
    try:
        real = Path(os.path.realpath(path, strict=True))
    except OSError as error:
        reason = "die nergens heen wijst" if error.errno == errno.ENOENT else "in een lus"
        return UserError(
            f"{path}: dit is een symbolische link {reason}; impl schrijft niet via een "
            "link. Geef een gewone bestandsnaam"
        )
    what = "een plan" if _holds_plan(real) else str(real)
    return UserError(
        f"{path}: dit is een symbolische link naar {what}; impl schrijft niet via een "
        "link, want dan komt de uitvoer ergens anders terecht. Geef de echte "
        "bestandsnaam als je dat bestand wilt vervangen"
    )


def _check_existing(
    path: Path,
    real: Path,
    status: os.stat_result,
    overwrite: bool,
    replace_plan: bool,
    replace_any: bool,
) -> None:
    """UserError unless the file already at `real` may be replaced (see `check_target`)."""
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
