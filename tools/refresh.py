#!/usr/bin/env python3
"""Make every generated file in the repository agree with the code again, in one command.

    python tools/refresh.py

Run it after changing a rule, the knowledge, a template or a message, then read the diff
(`git diff`): it is the change users will see. It

  1. makes the Python twins of the packaged YAML files again (the knowledge, toolkit.yaml, and
     the rules' documentation, quickscan/rules/*.yaml; see src/impltool/knowledge/compiled.py)
     and the JSON Schema for editors (schema/plan.schema.json);
  2. runs the tests that compare output with a stored copy, with IMPL_UPDATE_GOLDEN=1 so that
     they write what impl prints now instead of failing: the documents under tests/golden/,
     the voorbeelden's quickscan report, the progress reports, the example output in
     README.md and its screenshot of the form.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Every test module that writes its stored output under IMPL_UPDATE_GOLDEN=1.
GOLDEN_TESTS = (
    "tests/test_render_golden.py",
    "tests/test_voorbeelden.py",
    "tests/test_voortgang.py",
    "tests/test_readme.py",
    # The README's picture of the form (impl bewerk), made in Chromium.
    "tests/test_form_browser.py::test_the_screenshot_for_the_readme",
)


SOURCE = REPO / "src"


def write_generated() -> None:
    """The twins and the JSON Schema, from this checkout's code (never an installed copy)."""
    import impltool
    from impltool.knowledge import DATA as knowledge
    from impltool.knowledge.compiled import write_twin
    from impltool.plan.schema import schema_json
    from impltool.quickscan.catalogue import DATA as rule_docs

    if not Path(impltool.__file__).resolve().is_relative_to(SOURCE):
        raise SystemExit(f"impltool comes from {impltool.__file__}, not from {SOURCE}")
    for data_file in (knowledge, rule_docs):
        if write_twin(data_file):
            print(f"wrote {data_file.twin_file.relative_to(REPO)}")
    schema = REPO / "schema" / "plan.schema.json"
    if schema.read_text(encoding="utf-8") != schema_json():
        schema.write_text(schema_json(), encoding="utf-8")
        print(f"wrote {schema.relative_to(REPO)}")


def main() -> int:
    # This checkout's code first, also for the tests: the README's set-up installs impl into
    # the venv (not editable), and that copy is not what is being changed.
    sys.path.insert(0, str(SOURCE))
    write_generated()
    step = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *GOLDEN_TESTS]
    print("$", " ".join(step[1:]), flush=True)
    env = {
        **os.environ,
        "IMPL_UPDATE_GOLDEN": "1",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(SOURCE), os.environ.get("PYTHONPATH")])),
    }
    done = subprocess.run(step, cwd=REPO, env=env, check=False)
    if done.returncode != 0:
        return done.returncode
    print("done: read `git diff`, it is what users will see change")
    return 0


if __name__ == "__main__":
    sys.exit(main())
