"""Messages that point the way a user should go, not a wrong way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import VOORBEELDEN, run_cli

PLAN = VOORBEELDEN / "online-burenhulp-platform.yaml"


@pytest.mark.parametrize(
    "args",
    [
        ["render", PLAN, "-o", "plan.pdf"],
        ["render", PLAN, "--formaat", "pdf"],
        ["voortgang", PLAN, "-o", "stand.PDF"],
        ["overzicht", VOORBEELDEN, "-o", "overzicht.pdf"],
    ],
    ids=["render-o", "render-formaat", "voortgang", "overzicht"],
)
def test_asking_for_a_pdf_says_how_to_make_one(
    args: list[object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli(*map(str, args))
    assert result.exit_code == 2
    assert "Afdrukken → Opslaan als PDF" in result.output
    assert "aan de naam zie ik niet" not in result.output
    assert list(tmp_path.iterdir()) == []
    if args[0] == "overzicht":  # it makes no Word document, so it must not suggest one
        assert ".docx" not in result.output


@pytest.mark.parametrize("command", ["render", "voortgang"])
def test_a_forgotten_dash_o_is_named(command: str) -> None:
    result = run_cli(command, PLAN, "plan.docx")
    assert result.exit_code == 2
    assert "Bedoel je `-o plan.docx`?" in result.output
    assert "spatie" not in result.output


def test_a_forgotten_dash_o_before_a_name_with_spaces_keeps_the_quotes() -> None:
    result = run_cli("render", PLAN, "mijn plan.docx")
    assert 'Bedoel je `-o "mijn plan.docx"`?' in result.output


def test_a_document_open_in_word_is_named_as_the_likely_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.docx"
    assert run_cli("render", PLAN, "-o", target).exit_code == 0
    before = target.read_bytes()

    def locked(source: object, destination: object) -> None:
        # What Windows does while Word holds the file open.
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    result = run_cli("render", PLAN, "-o", target)
    assert result.exit_code == 2
    assert "open in een ander programma, zoals Word" in result.output
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.docx"]  # no temporary file left


@pytest.mark.parametrize("encoding", ["ascii", "cp850"])
def test_a_console_that_cannot_show_the_symbols_gets_plain_ones(encoding: str) -> None:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "NO_COLOR": "1", "TERM": "dumb"}
    for args in (
        ["check", PLAN],
        ["voortgang", VOORBEELDEN / "vroegsignalering-schulden-onderweg.yaml"],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "impltool", *map(str, args)],
            capture_output=True,
            env=env,
            check=False,
        )
        assert result.returncode in (0, 1), result.stderr
        text = result.stdout.decode(encoding)
        assert "?" not in text, text
        if args[0] == "check":
            assert "o groen" in text
