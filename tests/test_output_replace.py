"""`-o` replaces a file only when impl wrote it (an earlier run of the same command), or with
`--force`: `-o notes.md` or `-o scriptie.docx` must not destroy someone's own file."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from conftest import VOORBEELDEN, run_cli

PLAN = VOORBEELDEN / "vroegsignalering-schulden-onderweg.yaml"
DAY = ("--datum", "2026-11-29")


def own_word_document(path: Path) -> None:
    thesis = docx.Document()
    thesis.add_heading("Scriptie", level=0)
    thesis.add_paragraph("Drie jaar werk.")
    thesis.save(str(path))


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (command, name)
        for command in ("render", "voortgang")
        for name in ("notities.md", "pagina.html", "scriptie.docx")
    ]
    + [("voortgang", "cijfers.json"), ("schema", "cijfers.json")],
)
def test_a_file_impl_did_not_write_is_not_replaced_without_force(
    tmp_path: Path, name: str, command: str
) -> None:
    target = tmp_path / name
    if name.endswith(".docx"):
        own_word_document(target)
    else:
        target.write_text("# Mijn eigen aantekeningen\n", encoding="utf-8")
    before = target.read_bytes()
    args = {"render": [PLAN], "voortgang": [PLAN, *DAY], "schema": []}[command]
    result = run_cli(command, *args, "-o", target)
    assert result.exit_code == 2, result.output
    assert "niet door impl gemaakt" in result.stderr and "--force" in result.stderr
    assert target.read_bytes() == before
    result = run_cli(command, *args, "-o", target, "--force")
    assert result.exit_code == 0, result.output
    assert target.read_bytes() != before


@pytest.mark.parametrize(
    ("command", "name"),
    [
        ("render", "plan.md"),
        ("render", "plan.html"),
        ("render", "plan.docx"),
        ("voortgang", "stand.txt"),
        ("voortgang", "stand.json"),
        ("voortgang", "stand.md"),
        ("voortgang", "stand.html"),
        ("voortgang", "stand.docx"),
        ("overzicht", "alles.txt"),
        ("overzicht", "alles.json"),
        ("overzicht", "alles.csv"),
        ("overzicht", "alles.md"),
        ("overzicht", "alles.html"),
        ("schema", "schema.json"),
    ],
)
def test_what_impl_wrote_before_is_replaced_as_always(
    tmp_path: Path, command: str, name: str
) -> None:
    args = {
        "render": [PLAN],
        "voortgang": [PLAN, *DAY],
        "overzicht": [VOORBEELDEN, *DAY],
        "schema": [],
    }[command]
    target = tmp_path / name
    first = run_cli(command, *args, "-o", target)
    assert first.exit_code == 0, first.output
    target.write_bytes(target.read_bytes())  # as it was left by last month's run
    again = run_cli(command, *args, "-o", target)
    assert again.exit_code == 0, again.output


def test_a_name_for_a_folder_or_a_link_is_refused_and_says_what_to_give(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`-o` naming a folder or a symbolic link: refused before anything is written, with the
    way out (in-process; test_hostile_paths does the same through the real process)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "map").mkdir()
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(PLAN.read_bytes())
    (tmp_path / "naar-plan.md").symlink_to(plan)
    (tmp_path / "nergens.md").symlink_to(tmp_path / "weg.md")
    (tmp_path / "lus.md").symlink_to(tmp_path / "lus.md")
    expected = {
        "map/": "map/: dit is een map; geef een bestandsnaam, bijvoorbeeld map/plan.md",
        ".": ".: dit is een map; geef een bestandsnaam, bijvoorbeeld ./plan.md",
        "nieuw/": "nieuw/: met een / aan het eind is dit de naam van een map, en die bestaat niet",
        "map": "map: dit is een map; geef een bestandsnaam",
        "naar-plan.md": "naar-plan.md: dit is een symbolische link naar een plan; impl schrijft "
        "niet via een link",
        "nergens.md": "nergens.md: dit is een symbolische link die nergens heen wijst",
        "lus.md": "lus.md: dit is een symbolische link in een lus",
    }
    before = sorted(p.name for p in tmp_path.iterdir())
    for given, message in expected.items():
        result = run_cli("render", "plan.yaml", "-o", given)
        assert result.exit_code == 2, (given, result.output)
        assert message in " ".join(result.stderr.split()), (given, result.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert plan.read_bytes() == PLAN.read_bytes()


def test_a_pipe_or_a_socket_as_output_is_named_and_left_alone(tmp_path: Path) -> None:
    import os
    import socket

    os.mkfifo(tmp_path / "pijp.md")
    listening = socket.socket(socket.AF_UNIX)
    listening.bind(str(tmp_path / "sok.md"))
    try:
        for name, kind in [("pijp.md", "een named pipe (FIFO)"), ("sok.md", "een socket")]:
            result = run_cli("render", PLAN, "-o", tmp_path / name)
            assert result.exit_code == 2, result.output
            assert f"dit is {kind}, geen gewoon bestand; impl vervangt dat niet" in " ".join(
                result.stderr.split()
            )
    finally:
        listening.close()
