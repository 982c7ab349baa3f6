"""Numbers are read as a Dutch professional writes them, or refused with a way out.

`bedrag: 6.800` is 6.8 to YAML; it once became "€ 6,80" in a document sent to a funder. Every
numeric field refuses a thousands dot and a decimal comma, in every command that reads a plan.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run_cli
from impltool.plan.load import PlanError, load_text

EXAMPLE = Path(__file__).parents[1] / "voorbeelden" / "online-burenhulp-platform.yaml"
FIELDS = [
    "bedrag",
    "uren_per_week",
    "nulmeting",
    "streefwaarde",
    "waarde",
    "sessies",
    "contactmomenten",
    "jaar",
]
# (what the user writes, what the message must say)
WRITTEN = [
    ("1.250", ("1250", "1,25")),
    ("1.250.000", ("1250000",)),
    ("2,5", ("2.5",)),
    ("6.800,50", ("6800.50",)),
]
COMMANDS = [["check"], ["render", "-o", "uit.md"], ["voortgang"]]


def _with_number(field: str, written: str, tmp_path: Path) -> tuple[Path, int]:
    """The example plan with the first number of `field` written differently; its line."""
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    pattern = re.compile(rf"(\b{field}: )\d+(\.\d+)?")
    for index, line in enumerate(lines):
        if pattern.search(line):
            lines[index] = pattern.sub(lambda m: m.group(1) + written, line, count=1)
            path = tmp_path / "plan.yaml"
            path.write_text("".join(lines), encoding="utf-8")
            return path, index + 1
    raise AssertionError(f"{EXAMPLE.name} has no number in `{field}`")


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("written,said", WRITTEN, ids=[w for w, _ in WRITTEN])
@pytest.mark.parametrize("field", FIELDS)
def test_a_number_written_the_dutch_way_is_refused_at_its_line_with_the_way_out(
    field: str,
    written: str,
    said: tuple[str, ...],
    command: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, line = _with_number(field, written, tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run_cli(command[0], path, *command[1:])
    assert result.exit_code == 2, result.output
    assert result.exception is None
    assert f"plan.yaml:{line}:" in result.output
    assert "fout" in result.output
    if "," in written and "{" in path.read_text(encoding="utf-8").splitlines()[line - 1]:
        # Inside `{ }` the comma also ends the value: that is what the message explains.
        assert "komma" in result.output
    else:
        for words in said:
            assert words in result.output, result.output
    assert not (tmp_path / "uit.md").exists()


def test_the_single_thousands_dot_names_both_readings(tmp_path: Path) -> None:
    path, line = _with_number("bedrag", "6.800", tmp_path)
    result = run_cli("check", path)
    assert result.exit_code == 2
    assert f":{line}:" in result.output
    assert "6800 of als 6,8?" in result.output
    assert "schrijf 6800" in result.output


@pytest.mark.parametrize("written,value", [("6800.50", 6800.5), ("6800", 6800), ("0.125", 0.125)])
def test_amounts_with_cents_and_plain_integers_stay_as_they_are(
    written: str, value: float, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _with_number("bedrag", written, tmp_path)
    plan = load_text(path.read_text(encoding="utf-8")).plan
    assert plan.budget is not None
    assert plan.budget.items[0].amount == value
    monkeypatch.chdir(tmp_path)
    assert run_cli("render", path, "-o", "uit.md").exit_code == 0


def test_a_text_with_a_comma_inside_braces_is_explained_as_such(tmp_path: Path) -> None:
    path, line = _with_number("bedrag", "5000", tmp_path)
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    text[line - 1] = re.sub(r"wat: [^,]+,", "wat: Inzet coaches (1,6 fte),", text[line - 1])
    path.write_text("".join(text), encoding="utf-8")
    result = run_cli("check", path)
    assert result.exit_code == 2
    assert "onbekende sleutel" not in result.output
    assert "komma in een tekst tussen `{ }`" in result.output
    assert 'wat: "Inzet coaches (1,6 fte)"' in result.output


def test_leading_zeros_by_the_thousand_get_a_dutch_answer() -> None:
    base = EXAMPLE.read_text(encoding="utf-8")
    text = re.sub(r"sessies: \d+", "sessies: " + "0" * 5000 + "3", base, count=1)
    assert load_text(text).plan  # 000…03 is 3
    text = re.sub(r"sessies: \d+", "sessies: " + "0" * 5000 + "9" * 5000, base, count=1)
    with pytest.raises(PlanError) as error:
        load_text(text)
    assert "te groot" in str(error.value)
    assert "digits" not in str(error.value) and "4300" not in str(error.value)
