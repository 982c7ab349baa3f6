"""The process around the app: standard streams, only the command asked for loaded, Ctrl+C,
a lost reader, the last net for a bug in impl, and the exit."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys

import typer

from .common import EXIT_INPUT, EXIT_OK, interrupted
from .group import WORK_ORDER, app


def main() -> None:
    """Console entry point: the app plus the care a terminal program owes its user."""
    from ..console import register

    _fill_closed_standard_streams()
    handler = register()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors=handler)  # type: ignore[union-attr]
    try:
        _load_the_command_asked_for(sys.argv[1:2])
        app()
        code = EXIT_OK
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else EXIT_OK if done.code is None else 1
    except BrokenPipeError:
        code = EXIT_OK  # the reader (e.g. `head`) went away; stop quietly
    except KeyboardInterrupt:  # before or after the command (while loading it, say)
        code = interrupted().exit_code
    except OSError as error:  # writing the output failed (a full disk, a lost terminal)
        code = _output_failed(error)
    except Exception as error:  # noqa: BLE001 - the last net: a bug in impl, said plainly
        from ..shown import visible

        typer.echo(
            f"fout: er ging iets mis in impl zelf ({type(error).__name__}: {visible(error)}). "
            "Dit ligt niet aan jouw plan; meld het met het plan erbij.",
            err=True,
        )
        code = EXIT_INPUT
    _leave(code)


def _load_the_command_asked_for(first: list[str]) -> None:
    """Load only the command that runs: typer builds the options of every command in the app
    before it runs one, and for `impl check PLAN` the others were a fifth of what impl adds
    to Python's start-up. With anything else first (`--help`, a typo) every command is
    loaded, so help lists every command and a typo gets its suggestion."""
    from . import load_commands

    load_commands(tuple(first) if first and first[0] in WORK_ORDER else WORK_ORDER)


class _ClosedOutput(io.TextIOBase):
    """Standard output that was closed when impl started: writing to it is an error the
    user hears about (exit 2); a command that writes only files runs as usual."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "stdout is closed")


def _fill_closed_standard_streams() -> None:
    """Started with a standard stream closed (`>&-`, `2>&-`): fill the gap with the null
    device, so no file impl opens later takes its number and receives its output. Without
    stderr the run goes on quietly and ends with the exit code it earned."""
    closed = []
    for number in (0, 1, 2):
        try:
            os.fstat(number)
        except OSError:
            closed.append(number)
    for number in closed:
        handle = os.open(os.devnull, os.O_RDWR)
        if handle != number:
            os.dup2(handle, number)
            os.close(handle)
    if 2 in closed or sys.stderr is None:
        sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
    if 1 in closed or sys.stdout is None:
        sys.stdout = _ClosedOutput()


def _output_failed(error: OSError) -> int:
    from ..files import os_error_text

    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"fout: de uitvoer kon niet geschreven worden: {os_error_text(error)}\n")
    return EXIT_INPUT


def _leave(code: int) -> None:
    """Flush and exit at once. Every file impl writes is closed by now, so Python's own
    clean-up at exit (about 17 ms of freeing objects) buys nothing."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    except OSError as error:
        code = _output_failed(error)
    except (AttributeError, ValueError):
        pass
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)
