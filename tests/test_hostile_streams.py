"""Issue 12, item 7: a closed or full output stream, or text that is not UTF-8, gets a Dutch
message and exit 2 (or the exit code the run earned when only stderr is gone); never
"er ging iets mis in impl zelf"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hostile import BASE_ENV, PLAN, as_text, impl


def shell(redirect: str, *args: str | os.PathLike[str]) -> subprocess.CompletedProcess[bytes]:
    """`impl ARGS` started with the shell redirection `redirect` (like `>&-`)."""
    return subprocess.run(
        ["sh", "-c", f'exec "$@" {redirect}', "sh", sys.executable, "-m", "impltool", *args],
        capture_output=True,
        env=BASE_ENV,
        timeout=60,
        check=False,
    )


def test_closed_stdout_is_a_dutch_message_not_a_traceback() -> None:
    done = shell(">&-", "check", PLAN)
    assert done.returncode == 2
    assert as_text(done.stderr).startswith("fout: de uitvoer kon niet geschreven worden")
    assert "Traceback" not in as_text(done.stderr)


def test_closed_stdout_does_not_matter_when_writing_a_file(tmp_path: Path) -> None:
    done = shell(">&-", "render", PLAN, "-o", tmp_path / "plan.md")
    assert done.returncode == 0, as_text(done.stderr)
    assert (tmp_path / "plan.md").read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize(("plan", "code"), [(PLAN, 0), ("weg.yaml", 2)])
def test_closed_stderr_keeps_the_exit_code_the_run_earned(plan: object, code: int) -> None:
    done = shell("2>&-", "check", plan)
    assert done.returncode == code


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["check"], ["check", "-f", "json"], ["render"]])
def test_a_full_disk_on_stdout_is_named(command: list[str]) -> None:
    done = shell(">/dev/full", *command, PLAN)
    assert done.returncode == 2
    assert as_text(done.stderr) == "fout: de uitvoer kon niet geschreven worden: de schijf is vol\n"


def test_init_with_a_title_that_is_not_utf8(tmp_path: Path) -> None:
    done = impl(
        "init",
        tmp_path / "p.yaml",
        "--geen-vragen",
        "--titel",
        b"x\xffy".decode("utf-8", "surrogateescape"),
    )
    assert done.returncode == 2
    assert "geen UTF-8" in as_text(done.stderr)
    assert "impl zelf" not in as_text(done.stderr)
    assert not (tmp_path / "p.yaml").exists()


def test_an_output_name_that_is_not_utf8(tmp_path: Path) -> None:
    target = tmp_path / b"plan-\xff.md".decode("utf-8", "surrogateescape")
    done = impl("render", PLAN, "-o", target)
    assert done.returncode == 0, as_text(done.stderr)
    assert as_text(done.stderr).endswith("plan-\\xff.md\n")
    assert target.exists()


def test_a_template_that_writes_a_lone_surrogate(tmp_path: Path) -> None:
    folder = tmp_path / "huisstijl"
    folder.mkdir()
    (folder / "plan.md.j2").write_text('# {{ "\\udcff \\ud800" }}\n', encoding="utf-8")
    for extra in ([], ["-o", tmp_path / "uit.md"]):
        done = impl("render", PLAN, "--sjabloon", folder, *extra)
        assert done.returncode == 0, as_text(done.stderr)
    assert (tmp_path / "uit.md").read_text(encoding="utf-8") == "# \\xff <U+D800>\n"
