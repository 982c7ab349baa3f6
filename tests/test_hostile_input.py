"""Issue 12, items 6, 8 and 9: every plan in a folder is checked, floods are answered in
seconds, and messages name the right place and the right thing. Through impl's console entry
point, in the test process."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from hostile import PLAN, as_text, impl_here
from impltool.plan.detect import is_plan_text

PLAN_TEXT = PLAN.read_text(encoding="utf-8")
BROKEN = "formaat: 1\ntitel: kapot\nrol: geen_rol\n"  # invalid: checking it must fail

DISGUISED = {
    "cr-after-comment": b"# een plan\rformaat: 1\rtitel: kapot\rrol: geen_rol\r",
    "json": json.dumps({"formaat": 1, "titel": "kapot", "rol": "geen_rol"}).encode(),
    "flow": b"{formaat: 1, titel: kapot, rol: geen_rol}\n",
    "quoted-key": b"'formaat': 1\n\"titel\": kapot\nrol: geen_rol\n",
    "utf16": BROKEN.encode("utf-16"),
    "utf16-no-bom": BROKEN.encode("utf-16-le"),
    "utf32": BROKEN.encode("utf-32"),
    "after-64k": b"# " + b"x" * 70_000 + b"\ntitel: kapot\nrol: geen_rol\nformaat: 1\n",
    "tag-and-formaat": b"formaat: 1\ntitel: !!python/object x\n",
    "crlf-bom": "\ufeffformaat: 1\r\ntitel: kapot\r\nrol: geen_rol\r\n".encode(),
}


@pytest.mark.parametrize("raw", DISGUISED.values(), ids=DISGUISED.keys())
def test_a_broken_plan_in_a_folder_is_never_skipped(tmp_path: Path, raw: bytes) -> None:
    (tmp_path / "goed.yaml").write_text(PLAN_TEXT, encoding="utf-8")
    (tmp_path / "verstopt.yaml").write_bytes(raw)
    done = impl_here("check", tmp_path)
    assert done.returncode == 2, as_text(done.stderr)
    assert "verstopt.yaml:" in as_text(done.stderr)
    assert "overgeslagen" not in as_text(done.stderr)
    assert is_plan_text(raw)


@pytest.mark.parametrize(
    "raw",
    [
        b"services:\n  web: {}\n",
        b"- formaat: 1\n",
        b'{"name": "x", "format": 2}\n',
        b"key: !!python/name:x.y\nnav: []\n",
        b"{{ helm }}: [\n",
    ],
)
def test_other_yaml_in_a_folder_is_skipped_and_named(tmp_path: Path, raw: bytes) -> None:
    (tmp_path / "goed.yaml").write_text(PLAN_TEXT, encoding="utf-8")
    (tmp_path / "ander.yml").write_bytes(raw)
    done = impl_here("check", tmp_path)
    assert done.returncode in (0, 1), as_text(done.stderr)
    assert "overgeslagen (geen `formaat:`, dus geen plan):" in as_text(done.stderr)
    assert "ander.yml" in as_text(done.stderr)
    assert not is_plan_text(raw)


def write_flood(path: Path, items: int, item: str = "1") -> Path:
    head = "formaat: 1\ntitel: x\nrol: uitvoerende_organisatie\ndoelen: ["
    path.write_text(head + ",".join([item] * items) + "]\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("items", "item"),
    [(1_000_000, "1"), (2_400_000, "[1]"), (9_990, "{k0: 1, k1: 1, k2: 1, k3: 1}")],
    ids=["2MB-million", "9.6MB", "just-under-the-caps"],
)
def test_a_flood_is_answered_in_seconds(tmp_path: Path, items: int, item: str) -> None:
    plan = write_flood(tmp_path / "plan.yaml", items, item)
    started = time.monotonic()
    done = impl_here("check", plan)
    seconds = time.monotonic() - started
    assert done.returncode == 2
    stderr = as_text(done.stderr)
    assert stderr.count("\n") <= 103  # the shown problems, a last line, the summary
    assert seconds < 30  # a few seconds on a quiet machine; bench/RESULTS.md has the numbers


def test_a_number_of_5000_digits_is_said_in_dutch(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        PLAN_TEXT.replace("contactmomenten: ", "contactmomenten: " + "9" * 5000 + " #", 1),
        encoding="utf-8",
    )
    done = impl_here("check", plan)
    assert done.returncode == 2
    assert "dit getal is te groot" in as_text(done.stderr)
    assert "int_max_str_digits" not in as_text(done.stderr)


@pytest.mark.parametrize(("encoding", "name"), [("utf-32", "UTF-32"), ("utf-32-be", "UTF-32")])
def test_utf32_is_named_utf32(tmp_path: Path, encoding: str, name: str) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(PLAN_TEXT.encode(encoding))
    done = impl_here("check", plan)
    assert f"opgeslagen als {name};" in as_text(done.stderr)


def test_a_date_in_other_digits_is_not_said_not_to_exist(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        PLAN_TEXT.replace("start: 2026-02-01", "start: ٢٠٢٦-٠٢-٠١", 1), encoding="utf-8"
    )
    done = impl_here("check", plan)
    stderr = as_text(done.stderr)
    assert done.returncode == 2
    assert "andere cijfers dan 0 tot en met 9" in stderr
    assert "bestaat niet" not in stderr


def test_positions_after_non_ascii_text_are_characters(tmp_path: Path) -> None:
    lines = ["formaat: 1", 'titel: "é"'] + [f"# regel met ë en 🙂 {i}" for i in range(100)]
    lines.append("beschrijving: ab\x01c")
    plan = tmp_path / "plan.yaml"
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = impl_here("check", plan)
    assert f"{plan}:103:17: fout:" in as_text(done.stderr)
