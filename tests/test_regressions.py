"""Crashes found by the fuzz tests (test_fuzz_e2e.py), each kept as a small, readable case.

Every test names the command a user ran, the plan that triggered the crash, and what the
user should see instead of a traceback.
"""

from __future__ import annotations

import pytest

from conftest import run_cli
from markdown_checks import parse_gantt, tokens_of

DAY = "2026-11-24"


def test_an_activity_that_runs_until_the_last_day_of_the_calendar_renders(write_plan) -> None:
    # `impl render` crashed with OverflowError: the timeline adds a day to each end date
    # (Mermaid's end is exclusive) and 9999-12-31 has no next day. People write that date
    # for "keeps going" (fase blijven_doen).
    plan = write_plan(
        """\
formaat: 1
titel: Buurtgezinnen
interventie: {naam: Buurtgezinnen}
fasen:
  blijven_doen:
    - id: B1
      wat: Maandelijkse intervisie
      start: 2026-01-01
      eind: 9999-12-31
"""
    )
    result = run_cli("render", plan, "--datum", DAY, "--met-quickscan")
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 0, result.output
    fence = next(t for t in tokens_of(result.stdout) if t.type == "fence")
    tasks = parse_gantt(fence.content)["Fase 5 Blijven doen"]
    assert [(t["name"], t["start"].isoformat()) for t in tasks] == [
        ("B1 Maandelijkse intervisie", "2026-01-01")
    ]
    assert "2026-01-01, 9999-12-31" in fence.content  # the bar runs to the end of time


KPI_PLAN = """\
formaat: 1
titel: Buurtgezinnen
periode: {{start: 2026-01-01, eind: 2026-12-31}}
interventie: {{naam: Buurtgezinnen}}
doelen: [{{id: D1, wat: 40 gezinnen gekoppeld}}]
fasen: {{}}
kpis:
  - id: K1
    doel: D1
    nulmeting: 0
    streefwaarde: {target}
    metingen: [{{datum: 2026-06-01, waarde: {value}}}]
"""


@pytest.mark.parametrize(
    ("target", "value", "where"),
    [
        ("1" + "0" * 400, "10", "11:19: fout: `streefwaarde`"),
        ("40", "9" * 400, "12:44: fout: `waarde`"),
        ("9" * 400 + ",5", "10", "11:19: fout: `streefwaarde`"),
    ],
    ids=["huge-target", "huge-measurement", "huge-decimal"],
)
@pytest.mark.parametrize("command", [["check"], ["render", "--met-quickscan"]], ids=" ".join)
def test_a_number_too_large_to_compute_with_is_an_input_error(
    write_plan, command: list[str], target: str, value: str, where: str
) -> None:
    # `impl check` and `impl render --met-quickscan` crashed with OverflowError ("int too
    # large to convert to float") in the KPI progress rule for a streefwaarde of 400 digits.
    plan = write_plan(KPI_PLAN.format(target=target, value=value))
    result = run_cli(*command, plan, "--datum", DAY)
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 2, result.output
    assert (
        f"{plan}:{where}: dit getal is te groot; een getal in een plan heeft hoogstens "
        "15 cijfers voor de komma\n"
    ) in result.stderr
    assert "0" * 100 not in result.stderr and "9" * 100 not in result.stderr  # not echoed


@pytest.mark.parametrize("key", ["nulmeting", "contactmomenten"])
def test_a_number_with_thousands_of_digits_gets_a_dutch_message(write_plan, key: str) -> None:
    # Python refuses to read an integer of more than 4300 digits; the user saw its English
    # advice to call sys.set_int_max_str_digits().
    digits = "7" * 5000
    plan = write_plan(
        "formaat: 1\ntitel: T\ninterventie: {naam: X}\nfasen: {}\n"
        + (
            f"kpis: [{{id: K1, nulmeting: {digits}}}]\n"
            if key == "nulmeting"
            else f"doelgroepen: [{{id: g, type: gebruikers, contactmomenten: {digits}}}]\n"
        )
    )
    result = run_cli("check", plan, "--datum", DAY)
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 2, result.output
    assert f"{plan}:5:" in result.stderr and "te groot" in result.stderr
    assert "set_int_max_str_digits" not in result.stderr and "Value error" not in result.stderr


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_init_refuses_a_name_with_a_unicode_line_separator(tmp_path, separator: str) -> None:
    # `impl init --interventie` with U+2028 (pasted from a web page) passed the one-line
    # check, so init wrote a plan its own loader refuses and said "interne fout in impl".
    plan = tmp_path / "plan.yaml"
    result = run_cli("init", plan, "--geen-vragen", "--interventie", f"Buurt{separator}gezinnen")
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("fout: --interventie: ")
    assert "één regel tekst" in result.stderr and "interne fout" not in result.stderr
    assert not plan.exists()
