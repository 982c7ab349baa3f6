"""Big plans in every format (issue 24, item 8): the largest plans within impl's limits
(the 10 MB file, 100,000 parts, 100,000 parts added by aliases, 10,000 items per list),
rendered and reported in every format. Target: under 60 s and 1 GB each. Prints a Markdown
table for bench/RESULTS.md.

    python bench/big_documents.py [--impl PATH]

Time is wall-clock, memory the peak RSS of the impl process (from wait4), one run each.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

HEAD = (
    "formaat: 1\ntitel: Groot\nperiode: {start: 2026-01-01, eind: 2027-12-31}\n"
    "interventie: {naam: Buurtcirkel, soort: werkwijze}\n"
)
PHASES = ("ontwikkelen", "weten", "begrijpen", "willen", "doen", "blijven_doen")


def most_activities() -> str:
    """About 49,000 activities: 19,900 by one alias of a dated activity (5 parts each, the
    alias cap), 29,000 written out without a date (3 parts each, the part cap)."""
    aliased, direct = 19_900, 29_000
    per_phase = (aliased + direct) // len(PHASES)
    lines = ["fasen:\n"]
    made_alias = made_direct = 0
    for phase in PHASES:
        items = []
        for _ in range(per_phase):
            if made_direct == 0:
                items.append("&a {wat: Activiteit, start: 2026-02-01}")
                made_direct += 1
            elif made_alias < aliased:
                items.append("*a")
                made_alias += 1
            else:
                items.append(f"{{wat: B{made_direct}}}")
                made_direct += 1
        lines.append(f"  {phase}: [{', '.join(items)}]\n")
    return HEAD + "".join(lines)


def most_kpis() -> str:
    """10,000 KPIs (the list cap), each with a meting by alias: a chart each."""
    first = (
        "{id: K0, nulmeting: 0, streefwaarde: 10, deadline: 2026-12-01, "
        "metingen: &m [{datum: 2026-03-01, waarde: 5}]}"
    )
    rest = [f"{{id: K{i}, nulmeting: 0, streefwaarde: 10, metingen: *m}}" for i in range(1, 10_000)]
    return (
        HEAD
        + "fasen: {doen: [{wat: A, start: 2026-02-01, eind: 2026-03-01}]}\n"
        + f"kpis: [{', '.join([first, *rest])}]\n"
    )


PLANS = {"48,900 activities": most_activities, "10,000 KPIs": most_kpis}
COMMANDS = [
    ("render", "md"),
    ("render", "html"),
    ("render", "docx"),
    ("voortgang", "txt"),
    ("voortgang", "json"),
    ("voortgang", "md"),
    ("voortgang", "html"),
    ("voortgang", "docx"),
    ("overzicht", "html"),
]


def run(command: list[str]) -> tuple[float, float, int]:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--impl", default=shutil.which("impl") or "impl")
    impl = parser.parse_args().impl
    print(f"load average before: {os.getloadavg()[0]:.2f}\n")
    print("| plan | command | time | peak RSS | exit |")
    print("|------|---------|------|----------|------|")
    with tempfile.TemporaryDirectory() as folder:
        for name, make in PLANS.items():
            path = Path(folder) / "plan.yaml"
            path.write_text(make(), encoding="utf-8")
            size = path.stat().st_size / 1_000
            for command, medium in COMMANDS:
                target = Path(folder) / f"uit.{medium}"
                target.unlink(missing_ok=True)
                args = [impl, command, str(path), "-o", str(target)]
                if command != "render":
                    args += ["--datum", "2026-07-01"]
                seconds, peak, code = run(args)
                print(
                    f"| {name} ({size:.0f} KB) | {command} -o x.{medium} | {seconds:.1f} s | "
                    f"{peak:.0f} MB | {code} |"
                )
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
