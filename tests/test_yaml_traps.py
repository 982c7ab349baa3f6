"""YAML that reads differently from how it looks: impl says so where it happens."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import VOORBEELDEN, run_cli
from impltool.plan.load import MAX_PROBLEMS, PlanError, load_plan, load_text

PLAN = (VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml").read_text("utf-8")
TITLE = "titel: Het Goede Gesprek in Bremmerveen — invoering 2026–2027"


def with_title(line: str) -> str:
    assert TITLE in PLAN
    return PLAN.replace(TITLE, line)


def test_a_comment_that_cuts_a_text_short_gets_a_notice(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(with_title("titel: Feest #1 voor alle koppelingen"), "utf-8")
    line = with_title("titel: Feest #1").splitlines().index("titel: Feest #1") + 1

    result = run_cli("check", plan, "--datum", "2026-11-24")

    assert result.exit_code == 0  # a notice, not an error
    assert result.stderr.startswith(
        f"{plan}:{line}:8: let op: `titel` is alleen 'Feest'; YAML leest alles vanaf ` #` als "
        "uitleg. Hoort de rest bij de tekst, zet de hele tekst dan tussen aanhalingstekens: "
        'titel: "Feest #1 voor alle koppelingen"\n'
    )
    assert "fout" not in result.stderr


@pytest.mark.parametrize(
    "line",
    [
        "titel: Feest  # een gewone opmerking",
        "titel: 'Feest' #1",  # quoted: the writer ended the text on purpose
        "titel: Feest ## kop",
        "titel: Feest#1 voor iedereen",  # no space before #: part of the text
    ],
)
def test_an_ordinary_comment_gets_no_notice(line: str) -> None:
    assert load_text(with_title(line)).notices == ()


def test_the_examples_and_a_new_plan_have_no_notices(tmp_path: Path) -> None:
    for example in VOORBEELDEN.glob("*.yaml"):
        assert load_plan(example).notices == ()
    assert run_cli("init", tmp_path / "plan.yaml", "--geen-vragen").exit_code == 0
    assert load_plan(tmp_path / "plan.yaml").notices == ()


def test_a_text_that_goes_on_after_its_closing_quote_is_named_for_what_it_is() -> None:
    with pytest.raises(PlanError) as caught:
        load_text("formaat: 1\ntitel: x\nwat: 'Feest' voor alle koppelingen\n", "plan.yaml")

    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (3, 6)
    assert problem.message == (
        "YAML-fout: een tekst die met een aanhalingsteken (') begint, moet daar ook mee "
        "eindigen; hier gaat hij na het tweede ' nog verder. Bedoel je de aanhalingstekens als "
        "deel van de tekst, zet de hele tekst tussen aanhalingstekens, zoals "
        "wat: \"'Feest' voor alle koppelingen\""
    )
    assert "inspring" not in problem.message


def test_a_windows_1252_file_names_the_character_at_fault(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_bytes("formaat: 1\ntitel: Feest – voor iedereen\n".encode("cp1252"))

    result = run_cli("check", plan)

    assert result.exit_code == 2
    assert f"{plan}:2:14: fout: het bestand is geen UTF-8 (teken 0x96 hier: in " in result.stderr
    assert "Windows-1252 is dat –)" in result.stderr
    assert "é" not in result.stderr


def test_tabs_all_through_a_file_are_named_on_every_line(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("formaat: 1\ntitel: x\ninterventie:\n\tnaam: a\n\tsoort: b\n", "utf-8")

    result = run_cli("check", plan)

    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"{plan}:4:1: fout: YAML-fout: hier staat een tab;")
    assert lines[1] == f"{plan}:5:1: fout: YAML-fout: hier staat een tab; spring in met spaties"


def test_tabs_on_more_lines_than_shown_are_counted() -> None:
    text = "formaat: 1\ninterventie:\n" + "".join(f"\tsleutel{n}: a\n" for n in range(250))

    with pytest.raises(PlanError) as caught:
        load_text(text, "plan.yaml")

    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert [p.line for p in problems[:3]] == [3, 4, 5]
    assert problems[-1].message.startswith("en nog 150 fouten vanaf hier")


def test_a_cut_text_in_a_windows_file_is_found_on_its_line() -> None:
    text = with_title("titel: Feest #1 voor alle koppelingen").replace("\n", "\r\n")
    line = text.split("\r\n").index("titel: Feest #1 voor alle koppelingen") + 1

    (notice,) = load_text(text).notices
    assert (notice.line, notice.column) == (line, 8)


def test_a_byte_windows_1252_does_not_know_is_named_without_a_guess(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(b"formaat: 1\ntitel: Feest \x81 voor iedereen\n")

    result = run_cli("check", plan)

    assert result.exit_code == 2
    assert f"{plan}:2:14: fout: het bestand is geen UTF-8 (teken 0x81 hier); sla het op" in (
        result.stderr
    )
    assert "Windows-1252 is dat" not in result.stderr
