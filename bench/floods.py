"""Hostile floods (issue 12, item 8): how fast and how small `impl check` stays on files
made to drown it. Prints a Markdown table for bench/RESULTS.md.

    python bench/floods.py [--impl PATH]

Each file is answered with exit 2; the time is wall-clock, the memory the peak RSS of the
impl process (from wait4), one run each (the spread is small next to the numbers).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

HEAD = "formaat: 1\ntitel: x\nrol: uitvoerende_organisatie\n"


def flow_list(items: int, item: str, key: str = "doelen") -> str:
    return f"{key}: [" + ",".join([item] * items) + "]\n"


FLOODS = {
    "a million wrong items in one list (2 MB, the issue's case)": lambda: (
        HEAD + flow_list(1_000_000, "1")
    ),
    "2.4 million wrong items (9.6 MB, just under the 10 MB limit)": lambda: (
        HEAD + flow_list(2_400_000, "[1]")
    ),
    "500,000 wrong items, one per line (2 MB)": lambda: HEAD + "doelen:\n" + "- 1\n" * 500_000,
    "7 lists of 10,000 wrong items (the list cap)": lambda: (
        HEAD
        + "".join(
            flow_list(10_000, "1", key)
            for key in ("doelen", "betrokkenen", "team", "doelgroepen", "factoren", "kpis")
        )
        + flow_list(10_000, "1", "bijstellingen")
    ),
    "9,990 items with 4 unknown keys each (just under the part cap)": lambda: (
        HEAD + "doelen:\n" + "- {k0: 1, k1: 1, k2: 1, k3: 1}\n" * 9_990
    ),
    "30,000 unknown top-level keys": lambda: (
        HEAD + "".join(f"sleutel{i}: waarde\n" for i in range(30_000))
    ),
}


def run(impl: str, path: Path) -> tuple[float, float, int]:
    started = time.perf_counter()
    process = subprocess.Popen(
        [impl, "check", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--impl", default=shutil.which("impl") or "impl")
    impl = parser.parse_args().impl
    print(f"load average before: {os.getloadavg()[0]:.2f}\n")
    print("| file | size | time | peak RSS | exit |")
    print("|------|------|------|----------|------|")
    with tempfile.TemporaryDirectory() as folder:
        for name, make in FLOODS.items():
            path = Path(folder) / "plan.yaml"
            path.write_text(make(), encoding="utf-8")
            size = path.stat().st_size / 1_000_000
            seconds, peak, code = run(impl, path)
            print(f"| {name} | {size:.1f} MB | {seconds:.2f} s | {peak:.0f} MB | {code} |")
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
