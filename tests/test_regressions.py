"""Crashes found by the fuzz tests (test_fuzz_e2e.py), each kept as a small, readable case.

Every test names the command a user ran, the plan that triggered the crash, and what the
user should see instead of a traceback.
"""

from __future__ import annotations

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
