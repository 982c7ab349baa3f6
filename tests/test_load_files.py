"""Reading plan files from disk: encodings, sizes, paths, and positions for every part."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest

from conftest import VOORBEELDEN
from impltool.plan.load import MAX_FILE_BYTES, PlanError, load_plan

VALID = "formaat: 1\ntitel: Test\ninterventie:\n  naam: Buurtgezinnen\nfasen:\n  weten: []\n"


def only_problem(path: Path) -> tuple[int, int, str]:
    with pytest.raises(PlanError) as caught:
        load_plan(path)
    (problem,) = caught.value.problems
    assert problem.file == str(path)
    return problem.line, problem.column, problem.message


def test_windows_1252_file_points_at_the_first_wrong_byte(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    text = VALID.replace("naam: Buurtgezinnen", "naam: Café Oost")
    path.write_bytes(text.encode("cp1252"))
    line, column, message = only_problem(path)
    assert (line, column) == (4, 12)  # "  naam: Caf" is 11 characters
    assert "geen UTF-8" in message and "0xE9" in message and "Opslaan als" in message


def test_column_after_earlier_utf8_characters_counts_characters_not_bytes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "plan.yaml"
    raw = VALID.replace("naam: Buurtgezinnen", "naam: Één café").encode("utf-8")
    raw = raw.replace("café".encode(), b"caf\xe9")
    path.write_bytes(raw)
    assert only_problem(path)[:2] == (4, 16)  # 15 characters before it, 17 bytes


def test_utf8_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes(codecs.BOM_UTF8 + VALID.replace("Test", "Één plan").encode("utf-8"))
    loaded = load_plan(path)
    assert loaded.plan.title == "Één plan"
    assert loaded.positions.of(("titel",)).line == 2


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_are_refused_with_advice(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes(VALID.encode(encoding))
    line, column, message = only_problem(path)
    assert (line, column) == (1, 1)
    assert ("UTF-32" if "32" in encoding else "UTF-16") in message and "UTF-8" in message


def test_a_word_document_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>" * 50)
    message = only_problem(path)[2]
    assert "geen tekstbestand" in message


def test_missing_file(tmp_path: Path) -> None:
    assert "bestaat niet" in only_problem(tmp_path / "weg.yaml")[2]


def test_directory_given_as_a_file(tmp_path: Path) -> None:
    assert "map" in only_problem(tmp_path)[2]


def test_file_over_the_size_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    with path.open("wb") as stream:
        stream.write(VALID.encode())
        stream.write(b"# " + b"x" * (MAX_FILE_BYTES + 10) + b"\n")
    line, column, message = only_problem(path)
    assert (line, column) == (1, 1)
    assert "10 MB" in message


def test_windows_line_endings_keep_lines_and_columns(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes((VALID + "rol: schrijver\n").replace("\n", "\r\n").encode())
    assert only_problem(path)[:2] == (7, 6)


EXAMPLES = sorted(p for p in VOORBEELDEN.glob("*.y*ml"))


@pytest.mark.skipif(not EXAMPLES, reason="no voorbeelden yet")
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_voorbeeld_loads_with_a_position_for_every_key_and_value(path: Path) -> None:
    loaded = load_plan(path)
    lines = path.read_text(encoding="utf-8").splitlines()

    def walk(value: object, where: tuple[str | int, ...]) -> None:
        if isinstance(value, dict):
            items = list(value.items())
        elif isinstance(value, list):
            items = list(enumerate(value))
        else:
            return
        for key, child in items:
            child_path = (*where, key)
            assert child_path in loaded.positions.values, child_path
            if isinstance(key, str):  # the key's position shows the key itself
                spot = loaded.positions.of_key(child_path)
                assert lines[spot.line - 1][spot.column - 1 :].lstrip("\"'").startswith(key)
            walk(child, child_path)

    walk(loaded.data, ())
