"""Finding plans in the paths a user names, and writing files so a crash never leaves half."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from impltool.errors import UserError
from impltool.files import Candidate, Found, find_plans
from impltool.writing import write_atomic


def touch(path: Path, text: str = "formaat: 1\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def paths(found: Found) -> list[Path]:
    return [candidate.path for candidate in found.candidates]


def test_folders_give_their_yaml_files_sorted_and_recursively(tmp_path: Path) -> None:
    b = touch(tmp_path / "b.yaml")
    a = touch(tmp_path / "a.YML")
    deep = touch(tmp_path / "sub" / "c.yaml")
    touch(tmp_path / "leesmij.md")
    assert paths(find_plans([tmp_path])) == [a, b, deep]
    assert {c.folder for c in find_plans([tmp_path]).candidates} == {tmp_path}


def test_a_named_file_counts_whatever_its_name(tmp_path: Path) -> None:
    text = touch(tmp_path / "plan.txt")
    assert find_plans([text]).candidates == [Candidate(text, None)]


def test_each_file_once_in_the_order_given(tmp_path: Path) -> None:
    a = touch(tmp_path / "a.yaml")
    z = touch(tmp_path / "z.yaml")
    assert paths(find_plans([z, tmp_path, a])) == [z, a]


def test_hidden_files_and_folders_inside_a_folder_are_skipped(tmp_path: Path) -> None:
    plan = touch(tmp_path / "plan.yaml")
    touch(tmp_path / ".github" / "workflows" / "ci.yml")
    touch(tmp_path / ".venv" / "lib" / "x.yaml")
    touch(tmp_path / ".verborgen.yaml")
    assert paths(find_plans([tmp_path])) == [plan]


def test_a_hidden_folder_named_explicitly_is_searched(tmp_path: Path) -> None:
    plan = touch(tmp_path / ".plannen" / "plan.yaml")
    assert paths(find_plans([tmp_path / ".plannen"])) == [plan]


def test_missing_paths_are_all_reported_at_once(tmp_path: Path) -> None:
    loop = tmp_path / "lus.yaml"
    loop.symlink_to(loop)
    with pytest.raises(UserError) as caught:
        find_plans([tmp_path / "weg.yaml", loop])
    message = str(caught.value)
    assert f"{tmp_path / 'weg.yaml'}: dit bestand of deze map bestaat niet" in message
    assert f"{loop}: is een symbolische link in een lus" in message


def test_write_atomic_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "uit.md"
    write_atomic(target, "een\n")
    write_atomic(target, "twee – é\n", replace_any=True)
    assert target.read_text(encoding="utf-8") == "twee – é\n"
    assert os.listdir(tmp_path) == ["uit.md"]


def test_write_atomic_without_overwrite_refuses_an_existing_file(tmp_path: Path) -> None:
    target = touch(tmp_path / "plan.yaml", "mijn werk\n")
    with pytest.raises(UserError, match="bestaat al"):
        write_atomic(target, "nieuw\n", overwrite=False)
    assert target.read_text(encoding="utf-8") == "mijn werk\n"


def test_write_atomic_refuses_a_missing_folder_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="bestaat niet"):
        write_atomic(tmp_path / "nergens" / "uit.md", "x")
    with pytest.raises(UserError, match="map"):
        write_atomic(tmp_path, "x")


def test_write_atomic_keeps_the_old_file_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = touch(tmp_path / "uit.md", "oud\n")

    def broken_replace(source: str, destination: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, "nieuw\n", replace_any=True)
    assert target.read_text(encoding="utf-8") == "oud\n"
    assert os.listdir(tmp_path) == ["uit.md"]  # the temporary file is cleaned up


def test_write_atomic_keeps_permissions_and_never_writes_through_a_symlink(
    tmp_path: Path,
) -> None:
    real = touch(tmp_path / "echt.md", "oud\n")
    real.chmod(0o600)
    write_atomic(real, "nieuw\n", replace_any=True)
    assert real.stat().st_mode & 0o777 == 0o600
    link = tmp_path / "link.md"
    link.symlink_to(real)
    with pytest.raises(UserError, match=f"symbolische link naar {real}"):
        write_atomic(link, "via de link\n", replace_any=True)
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "nieuw\n"


def test_linked_folders_inside_are_searched_once_without_looping(tmp_path: Path) -> None:
    folder = tmp_path / "plannen"
    plan = touch(folder / "2026" / "plan.yaml")
    (folder / "dit-jaar").symlink_to(folder / "2026")
    (folder / "2026" / "terug").symlink_to(folder)  # a loop
    found = find_plans([folder])
    assert paths(found) == [folder / "2026" / "plan.yaml"]
    assert found.links_outside == []
    assert plan.exists()


def test_a_linked_folder_outside_the_named_folder_is_skipped_and_named(tmp_path: Path) -> None:
    elders = tmp_path / "elders"
    touch(elders / "geheim.yaml")
    folder = tmp_path / "plannen"
    touch(folder / "plan.yaml")
    (folder / "x").symlink_to("/")
    (folder / "gedeeld").symlink_to(elders)
    found = find_plans([folder])
    assert paths(found) == [folder / "plan.yaml"]
    assert sorted(found.links_outside) == [folder / "gedeeld", folder / "x"]


def test_a_folder_inside_that_really_lies_outside_is_skipped(tmp_path: Path) -> None:
    # What a Windows junction looks like to os.walk: a folder, no symlink; here a link whose
    # target is checked the same way, by where the folder really is.
    elders = tmp_path / "elders"
    touch(elders / "diep" / "geheim.yaml")
    folder = tmp_path / "plannen"
    touch(folder / "plan.yaml")
    (folder / "sub").mkdir()
    (folder / "sub" / "door").symlink_to(elders / "diep")
    found = find_plans([folder])
    assert paths(found) == [folder / "plan.yaml"]
    assert found.links_outside == [folder / "sub" / "door"]
