"""Issue 12, items 4 and 5: output paths never clobber a plan or a special file, and inputs
that are not regular files are answered at once. Through impl's console entry point in the
test process; as the real `impl` process where a mistake would hang (a FIFO: the process has a
timeout), where a signal arrives, or where impl runs as an ordinary user."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hostile import PLAN, REPO, SIGNALS, as_text, impl, impl_here, public_tmp  # noqa: F401

PLAN_TEXT = PLAN.read_text(encoding="utf-8")


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN_TEXT, encoding="utf-8")
    return path


# --- item 4: output paths -----------------------------------------------------------------


def test_render_through_a_symlink_onto_the_plan_is_refused(plan: Path, tmp_path: Path) -> None:
    link = tmp_path / "notities.md"
    link.symlink_to(plan.name)
    done = impl_here("render", plan, "-o", link)
    assert done.returncode == 2
    assert "dit is een symbolische link naar een plan" in as_text(done.stderr)
    assert plan.read_text(encoding="utf-8") == PLAN_TEXT
    assert link.is_symlink()


@pytest.mark.parametrize(
    "text",
    [
        PLAN_TEXT,
        '{"formaat": 1, "titel": "json"}\n',
        "{formaat: 1, titel: flow}\n",
        "# uitleg\r'formaat': 1\rtitel: x\r",
        "titel: [kapot\nformaat: 1\n",
    ],
    ids=["block", "json", "flow", "cr-quoted", "broken-yaml"],
)
def test_a_plan_is_recognised_by_its_content_not_its_name(tmp_path: Path, text: str) -> None:
    target = tmp_path / "plan"  # no suffix
    target.write_bytes(text.encode("utf-8"))
    for command in (["schema"], ["render", PLAN]):
        done = impl_here(*command, "-o", target)
        assert done.returncode == 2, as_text(done.stderr)
        assert "is een plan" in as_text(done.stderr)
        assert target.read_bytes() == text.encode("utf-8")


def test_a_plan_in_utf16_is_still_a_plan(tmp_path: Path) -> None:
    target = tmp_path / "plan.txt"
    target.write_bytes(PLAN_TEXT.encode("utf-16"))
    assert impl_here("schema", "-o", target).returncode == 2
    assert target.read_bytes() == PLAN_TEXT.encode("utf-16")


def test_never_through_a_symlink_not_even_onto_an_ordinary_file(plan: Path, tmp_path: Path) -> None:
    # A cloned folder could hold `plan.md -> ~/.bashrc`: impl names the target instead.
    real = tmp_path / "echt.md"
    real.write_text("oude versie\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    done = impl_here("render", plan, "-o", link)
    assert done.returncode == 2
    assert f"symbolische link naar {real}" in as_text(done.stderr)
    assert real.read_text(encoding="utf-8") == "oude versie\n"
    assert impl_here("render", plan, "-o", real, "--force").returncode == 0
    assert real.read_text(encoding="utf-8").startswith("# ")
    assert sorted(os.listdir(tmp_path)) == ["echt.md", "link.md", "plan.yaml"]


def test_a_fifo_as_output_is_refused_and_left_alone(plan: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "uit.md"
    os.mkfifo(fifo)
    done = impl("render", plan, "-o", fifo, timeout=20)
    assert done.returncode == 2
    assert "named pipe (FIFO)" in as_text(done.stderr)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_socket_as_output_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        done = impl_here("schema", "-o", path)
    finally:
        server.close()
    assert done.returncode == 2
    assert "socket" in as_text(done.stderr)
    assert stat.S_ISSOCK(os.lstat(path).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can make a device node to test on")
def test_a_device_as_output_is_refused_even_for_root(plan: Path, tmp_path: Path) -> None:
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
    link = tmp_path / "naar-null.md"
    link.symlink_to(device)
    for target, reason in ((device, "apparaat"), (link, "symbolische link")):
        done = impl_here("render", plan, "-o", target)
        assert done.returncode == 2
        assert reason in as_text(done.stderr)
        assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_dev_null_is_never_replaced(plan: Path) -> None:
    before = os.lstat("/dev/null")
    done = impl_here("render", plan, "-o", "/dev/null")
    assert done.returncode == 2
    after = os.lstat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


@pytest.mark.parametrize("exists", [True, False])
def test_a_trailing_slash_never_makes_a_file(plan: Path, tmp_path: Path, exists: bool) -> None:
    folder = tmp_path / "map"
    if exists:
        folder.mkdir()
    for command in (["render", plan], ["schema"]):
        done = impl_here(*command, "-o", f"{folder}/")
        assert done.returncode == 2
        assert ("dit is een map" if exists else "naam van een map") in as_text(done.stderr)
        assert folder.is_dir() == exists
        assert not folder.is_file()


def test_a_symlink_loop_or_a_dangling_link_as_output_is_refused(tmp_path: Path) -> None:
    loop = tmp_path / "lus.json"
    loop.symlink_to(loop)
    dangling = tmp_path / "los.json"
    dangling.symlink_to(tmp_path / "nergens" / "x.json")
    assert "lus" in as_text(impl_here("schema", "-o", loop).stderr)
    done = impl_here("schema", "-o", dangling)
    assert done.returncode == 2
    assert "nergens heen wijst" in as_text(done.stderr)
    assert not (tmp_path / "nergens").exists()


def test_init_force_may_replace_a_plan_but_never_a_fifo(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text(PLAN_TEXT, encoding="utf-8")
    assert impl_here("init", target, "--force", "--geen-vragen").returncode == 0
    os.unlink(target)
    os.mkfifo(target)
    done = impl("init", target, "--force", "--geen-vragen", timeout=20)
    assert done.returncode == 2
    assert stat.S_ISFIFO(os.lstat(target).st_mode)


WRITE_AND_GET_SIGNAL = """
import os, sys
from impltool import writing
signum = int(sys.argv[2])
real_fsync = os.fsync
def fsync(fd):
    real_fsync(fd)
    os.kill(os.getpid(), signum)  # arrives while the temporary file exists
    import time; time.sleep(0.2)
os.fsync = fsync
try:
    writing.write_atomic(sys.argv[1], "x" * 100000, replace_any=True)
except KeyboardInterrupt:
    sys.exit(130)
"""


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: s.name)
def test_an_interrupted_write_leaves_no_temporary_file(tmp_path: Path, signum: int) -> None:
    target = tmp_path / "uit.md"
    target.write_text("oud\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", WRITE_AND_GET_SIGNAL, str(target), str(int(signum))],
        env={"PYTHONPATH": str(REPO / "src")},
        capture_output=True,
        check=False,
    )
    assert done.returncode in (-signum, 130), done.stderr
    assert os.listdir(tmp_path) == ["uit.md"]


# --- item 5: inputs that are not regular files --------------------------------------------


@pytest.mark.parametrize("command", [["check"], ["render"]])
def test_a_fifo_named_like_a_plan_is_answered_at_once(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)
    started = time.monotonic()
    done = impl(*command, fifo, timeout=20)
    assert time.monotonic() - started < 10
    assert done.returncode == 2
    assert "named pipe (FIFO)" in as_text(done.stderr)


def test_a_fifo_inside_a_folder_is_reported_not_skipped(plan: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "wacht.yaml")
    done = impl("check", tmp_path, timeout=20)
    assert done.returncode == 2
    assert "wacht.yaml:1:1: fout: kan dit bestand niet lezen" in as_text(done.stderr)


def test_a_step_summary_that_is_a_fifo_does_not_hang(plan: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "summary"
    os.mkfifo(fifo)
    done = impl(
        "check", plan, "--formaat", "github", env={"GITHUB_STEP_SUMMARY": str(fifo)}, timeout=20
    )
    assert done.returncode == 2
    assert "GITHUB_STEP_SUMMARY" in as_text(done.stderr)
    assert "named pipe" in as_text(done.stderr) or "niemand aan de andere kant" in as_text(
        done.stderr
    )


def test_a_symlink_loop_is_named_as_a_loop(tmp_path: Path) -> None:
    loop = tmp_path / "plan.yaml"
    loop.symlink_to(loop)
    for command in (["check"], ["render"]):
        done = impl_here(*command, loop)
        assert done.returncode == 2
        assert "lus" in as_text(done.stderr)
        assert "bestaat niet" not in as_text(done.stderr)


def test_an_unreadable_subfolder_is_reported(public_tmp: Path) -> None:  # noqa: F811
    (public_tmp / "plan.yaml").write_text(PLAN_TEXT, encoding="utf-8")
    hidden = public_tmp / "dicht"
    hidden.mkdir()
    (hidden / "kapot.yaml").write_text("formaat: 1\ntitel: [\n", encoding="utf-8")
    hidden.chmod(0o000)
    done = impl("check", public_tmp, as_user=True)
    assert done.returncode == 2, as_text(done.stderr)
    assert f"{hidden}:1:1: fout: deze map kan impl niet lezen" in as_text(done.stderr)


def test_an_unreadable_plan_is_reported(public_tmp: Path) -> None:  # noqa: F811
    plan = public_tmp / "plan.yaml"
    plan.write_text(PLAN_TEXT, encoding="utf-8")
    plan.chmod(0o000)
    done = impl("check", public_tmp, as_user=True)
    assert done.returncode == 2
    assert "geen toestemming" in as_text(done.stderr)
