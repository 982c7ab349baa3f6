"""Hostile or absurd input ends in one clear message, quickly, without a crash.

Speed targets belong in bench/; these tests only require that each case finishes (the
subprocess cases have a generous timeout) and that memory stays small enough for CI.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from impltool.plan.load import MAX_PROBLEMS, PlanError, load_text

VALID = "formaat: 1\ntitel: Test\ninterventie:\n  naam: Buurtgezinnen\nfasen:\n  weten: []\n"


def problems(text: str) -> list[tuple[int, int, str]]:
    with pytest.raises(PlanError) as caught:
        load_text(text, "plan.yaml")
    return [(p.line, p.column, p.message) for p in caught.value.problems]


def billion_laughs(levels: int, *, mapping: bool = False) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels + 1):
        if mapping:
            body = ", ".join(f"k{i}: *a{level - 1}" for i in range(10))
            lines.append(f"a{level}: &a{level} {{{body}}}")
        else:
            lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    return VALID + "\n".join(lines) + "\n"


@pytest.mark.parametrize("levels", [9, 12, 30])
@pytest.mark.parametrize("mapping", [False, True], ids=["lists", "mappings"])
def test_billion_laughs_is_refused_without_expanding(levels: int, mapping: bool) -> None:
    (problem,) = problems(billion_laughs(levels, mapping=mapping))
    line, _, message = problem
    assert line == 7 + 4  # a4 (line 11) is the first that pushes the count over the bound
    assert "verwijzingen" in message and "100.000" in message


def test_a_few_aliases_are_fine() -> None:
    text = billion_laughs(2).replace(VALID, VALID.replace("weten: []", "weten:"))
    # Under the bound the aliases load; the extra keys are then ordinary unknown keys.
    found = problems(text)
    assert [message.split(";")[0] for _, _, message in found] == [
        "onbekende sleutel `a0`",
        "onbekende sleutel `a1`",
        "onbekende sleutel `a2`",
    ]


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("a: &a [*a]\n", 1, 8),
        ("a: &a\n  b: *a\n", 2, 6),
        ("a: &a\n  - x\n  - [1, [2, *a]]\n", 3, 13),
    ],
)
def test_recursive_alias_is_refused(text: str, line: int, column: int) -> None:
    ((found_line, found_column, message),) = problems(text)
    assert (found_line, found_column) == (line, column)
    assert "*a" in message and "oneindige lus" in message


def test_a_chain_of_anchors_cannot_build_deep_data() -> None:
    # Each anchor wraps the previous one in 40 levels: short text, very deep data.
    lines = ["a0: &a0 x"]
    for level in range(1, 200):
        lines.append(f"a{level}: &a{level} " + "[" * 40 + f"*a{level - 1}" + "]" * 40)
    ((line, _, message),) = problems(VALID + "\n".join(lines) + "\n")
    assert line == 6 + 3  # a2 would be 80 levels deep
    assert "dieper dan 50" in message and "verwijzing" in message


def run_check(tmp_path: Path, text: str | bytes) -> subprocess.CompletedProcess[str]:
    """`impl check` in a fresh interpreter, so a crash (segfault) cannot take pytest down."""
    path = tmp_path / "plan.yaml"
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return subprocess.run(
        [sys.executable, "-m", "impltool", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 100_000 + "]" * 100_000 + "\n",
        "a: " + "{b: " * 100_000 + "c" + "}" * 100_000 + "\n",
        "[" * 100_000,
        "".join("  " * i + f"k{i}:\n" for i in range(2_000)),
        "".join(" " * i + "- \n" for i in range(2_000)),
    ],
    ids=["flow lists", "flow mappings", "unclosed", "block mappings", "block lists"],
)
def test_very_deep_nesting_is_refused_without_crashing(tmp_path: Path, text: str) -> None:
    result = run_check(tmp_path, text)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "dieper dan 50 niveaus" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_deep_nesting_in_process_raises_plan_error_not_recursion_error() -> None:
    ((_, column, message),) = problems("a: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert column == 4 + 50 - 1  # the 51st bracket: 3 characters of `a: ` before the first
    assert "dieper dan 50" in message


def large_plan(activities: int) -> str:
    rows = "".join(
        f"    - id: A{i}\n"
        f"      wat: Bijeenkomst {i} voor vrijwilligers en wijkteam over de aanpak in de wijk,\n"
        "        met uitleg, oefening en een gesprek over wat werkt en wat niet\n"
        "      soort: training\n"
        "      wie: Coördinator\n"
        "      start: 2025-01-01\n"
        "      eind: 2025-02-01\n"
        "      doelgroepen: [vrijwilligers]\n"
        "      status: gepland\n"
        for i in range(activities)
    )
    return (
        VALID.replace("  weten: []\n", "  doen:\n")
        + rows
        + "doelgroepen:\n  - id: vrijwilligers\n    type: gebruikers\n"
    )


def test_a_multi_megabyte_plan_loads(tmp_path: Path) -> None:
    text = large_plan(5_000)
    assert len(text.encode()) > 1_500_000
    loaded = load_text(text, "groot.yaml")
    assert len(loaded.plan.phases.do) == 5_000
    last = loaded.positions.of(("fasen", "doen", 4_999, "soort"))
    assert text.splitlines()[last.line - 1].strip() == "soort: training"


def test_a_multi_megabyte_plan_full_of_errors_reports_the_first_hundred() -> None:
    text = large_plan(5_000).replace("soort: training", "soort: trainingen")
    found = problems(text)
    assert len(found) == MAX_PROBLEMS + 1
    assert "bedoelde je `training`?" in found[0][2]
    # A plan this large is validated by the start of its long lists first (load_text).
    assert "en nog minstens" in found[-1][2]
    assert "alleen de eerste 500 items" in found[-1][2]


def test_a_hundred_thousand_unknown_keys_are_refused_where_the_flood_starts() -> None:
    text = VALID + "".join(f"sleutel{i}: waarde\n" for i in range(100_000))
    ((line, _, message),) = problems(text)
    assert "meer dan 100.000 onderdelen" in message
    assert line < 100_000


def test_thirty_thousand_unknown_keys_finish_with_a_capped_report() -> None:
    text = VALID + "".join(f"sleutel{i}: waarde\n" for i in range(30_000))
    found = problems(text)
    assert len(found) == MAX_PROBLEMS + 1
    assert found[0][:2] == (7, 1)
    assert "nog 29.900 fouten" in found[-1][2]


def test_a_very_long_line_is_fine() -> None:
    text = VALID.replace("titel: Test", "titel: " + "lang " * 400_000)
    assert len(load_text(text).plan.title) > 1_900_000


def test_an_oversized_file_is_refused_by_the_cli(tmp_path: Path) -> None:
    result = run_check(tmp_path, VALID.encode() + b"#" * (11 * 1024 * 1024))
    assert result.returncode == 2
    assert "plan.yaml:1:1:" in result.stderr and "10 MB" in result.stderr
    assert "Traceback" not in result.stderr
