"""The process around the app (`impl`, `python -m impltool`), run inside the test process: what
the user sees when the command ends normally, is interrupted, loses its reader, cannot write, or
meets a bug in impl; and the plain characters on a console that cannot show impl's symbols.

The same paths as a real process are in test_hostile_streams and test_cli_basics; here they run
in-process, so they count in the suite's coverage and take no Python start-up each.
"""

from __future__ import annotations

import gc
import runpy
import sys
from collections.abc import Callable, Iterator

import pytest

from conftest import VOORBEELDEN
from impltool.cli import process
from impltool.console import HANDLER, register


class Exited(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


@pytest.fixture
def impl(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., int]]:
    """`impl ARGS` through the console entry point; its exit code (os._exit raises instead)."""

    def leave(code: int) -> None:
        raise Exited(code)

    monkeypatch.setattr(process.os, "_exit", leave)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "__all__")

    def run(*args: str, entry: Callable[[], None] | None = None) -> int:
        from impltool.command import main

        monkeypatch.setattr(sys, "argv", ["impl", *args])
        with pytest.raises(Exited) as exited:
            (entry or main)()
        return exited.value.code

    yield run
    gc.enable()  # impltool.command.main switches the collector off for its short process


def test_python_m_impltool_runs_the_command(impl: Callable[..., int], capsys) -> None:
    plan = str(VOORBEELDEN / "online-burenhulp-platform.yaml")

    def as_module() -> None:
        runpy.run_module("impltool", run_name="__main__")

    assert impl("check", plan, entry=as_module) == 0
    assert "online-burenhulp-platform.yaml" in capsys.readouterr().out


def test_a_usage_error_exits_2(impl: Callable[..., int], capsys) -> None:
    assert impl("chek") == 2
    assert "Bedoel je 'check'" in capsys.readouterr().err


def test_a_bug_in_impl_is_said_plainly_not_as_a_traceback(
    impl: Callable[..., int], capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> None:
        raise RuntimeError("kapot\x1b[2J")

    monkeypatch.setattr(process, "app", broken)
    assert impl("check", "plan.yaml") == 2
    said = capsys.readouterr().err
    assert "er ging iets mis in impl zelf (RuntimeError: kapot" in said
    assert "Dit ligt niet aan jouw plan" in said
    assert "\x1b" not in said and "Traceback" not in said


@pytest.mark.parametrize(
    ("raised", "code", "said"),
    [
        (KeyboardInterrupt(), 130, "onderbroken"),
        (BrokenPipeError(), 0, ""),
        (OSError(28, "No space left on device"), 2, "de uitvoer kon niet geschreven worden"),
    ],
    ids=["ctrl-c", "reader-gone", "disk-full"],
)
def test_how_a_run_that_cannot_go_on_ends(
    impl: Callable[..., int],
    capsys,
    monkeypatch: pytest.MonkeyPatch,
    raised: BaseException,
    code: int,
    said: str,
) -> None:
    def stopped() -> None:
        raise raised

    monkeypatch.setattr(process, "app", stopped)
    assert impl("check", "plan.yaml") == code
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    if not said:
        assert err == ""


def test_stdout_that_cannot_be_flushed_at_the_end_is_named(
    impl: Callable[..., int], capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FullDisk:
        def write(self, text: str) -> int:
            return len(text)

        def flush(self) -> None:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(process, "app", lambda: None)
    monkeypatch.setattr(sys, "stdout", FullDisk())
    assert impl("check", "plan.yaml") == 2
    assert "de uitvoer kon niet geschreven worden" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "encoding", "shown"),
    [
        ("● klaar ▲ let op ✖ fout", "cp1252", "o klaar ^ let op x fout"),
        ("Café — €12 … ‘ja’", "ascii", "Cafe - EUR12 ... 'ja'"),
        ("▁▃▅█", "cp1252", "_,=#"),
        ("█ box │", "cp850", "█ box │"),  # cp850 has them: kept
        ("日本", "cp1252", "??"),
    ],
)
def test_a_console_that_lacks_a_character_gets_a_plain_one(
    text: str, encoding: str, shown: str
) -> None:
    assert text.encode(encoding, errors=register()).decode(encoding) == shown
    assert register() == HANDLER  # registering again changes nothing


def test_a_decoding_error_is_not_hidden() -> None:
    register()
    with pytest.raises(UnicodeDecodeError):
        b"\xff".decode("utf-8", errors=HANDLER)
