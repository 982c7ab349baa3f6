"""Fail when a module of src/impltool ran no line in a test run: the lowest-versions run of
.ci/run is a subset of the suite, and this proves the subset still imports and exercises every
module with the lowest versions.

Usage: every_module_ran.py COVERAGE.json SRC_PACKAGE (coverage's JSON report of the run, which
may have measured an installed copy of the package; files are matched by their path inside it).
"""

import json
import sys
from pathlib import Path

report, package = Path(sys.argv[1]), Path(sys.argv[2])
measured = {}
for name, data in json.loads(report.read_text(encoding="utf-8"))["files"].items():
    parts = Path(name).parts
    if package.name in parts:
        inside = parts[len(parts) - parts[::-1].index(package.name) :]
        measured[Path(*inside).as_posix()] = data["summary"]
idle = []
for module in sorted(package.rglob("*.py")):
    inside = module.relative_to(package).as_posix()
    summary = measured.get(inside)
    if summary is None or (summary["num_statements"] and not summary["covered_lines"]):
        idle.append(inside)
if idle:
    sys.exit(
        f"every_module_ran: {len(idle)} module(s) of {package} ran no line in this run: "
        + ", ".join(idle)
    )
print(f"every_module_ran: every module of {package} ran ({len(measured)} measured)")
