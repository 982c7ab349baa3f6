"""impl bewerk without a browser: the form generated from the model, the round trip that keeps
a person's file theirs, refusals, and the command line."""

from __future__ import annotations

import difflib
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Literal

import pytest
from pydantic import Field

from conftest import VOORBEELDEN, run_cli
from impltool.form import spec
from impltool.form.session import Conflict, Session
from impltool.plan import model
from impltool.plan.load import PlanError, load_text

DAY = date(2026, 11, 15)
EXAMPLES = sorted(VOORBEELDEN.glob("*.yaml"))


WELZIJN_TEXT = (VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml").read_text(encoding="utf-8")


def posted(form: spec.Block) -> dict[str, list[str]]:
    """What the browser posts for the form as it was shown (nothing changed)."""
    values: dict[str, list[str]] = {"_volledig": ["1"]}
    for entry in spec.inputs(form):
        if entry.kind == "meerkeuze":
            values[entry.name] = list(entry.values)
        elif entry.kind == "janee":
            if (entry.value or entry.default) == "true":
                values[entry.name] = ["true"]
        elif entry.kind != "vast":
            values[entry.name] = [entry.value]
    return values


def opened(tmp_path: Path, source: Path) -> Session:
    plan = tmp_path / source.name
    shutil.copy(source, plan)
    return Session.open(plan, DAY)


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


# --- the form is the model ---------------------------------------------------------------


def _model_paths(root: type, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    from impltool.plan import fields

    found = []
    for name, info in root.model_fields.items():
        key = fields.key_of(name, info)
        found.append((*prefix, key))
        inner = spec.model_at((*prefix, key))
        if inner is not None:
            found += _model_paths(inner, (*prefix, key))
    return found


def _one_of_each(path: tuple[str, ...] = ()) -> dict[str, object]:
    """Plan data with every nested model present and one item in every list of models."""
    from impltool.plan import fields

    root = spec.model_at(path)
    assert root is not None
    data: dict[str, object] = {}
    for name, info in root.model_fields.items():
        key = fields.key_of(name, info)
        if spec.model_at((*path, key)) is not None:
            inner = _one_of_each((*path, key))
            data[key] = [inner] if "list" in str(info.annotation) else inner
    return data


def test_every_field_of_the_model_is_in_the_form() -> None:
    form = spec.build(_one_of_each())
    shown = {tuple(p for p in place if isinstance(p, str)) for place in spec.places(form)}
    missing = [path for path in _model_paths(model.Plan) if path not in shown]
    assert not missing
    assert len(shown) > 100


def test_a_new_optional_field_in_the_model_shows_up_without_form_code() -> None:
    class Newer(model.Plan):
        budget_holder: str | None = Field(
            default=None, alias="budgethouder", description="Wie over het geld beslist."
        )
        mood: Literal["zonnig", "bewolkt"] | None = Field(
            default=None, alias="stemming", description="Hoe het team erin zit."
        )

    form = spec.build({"formaat": "1", "titel": "T"}, Newer)
    fields = {entry.name: entry for entry in spec.inputs(form)}
    assert fields["budgethouder"].label == "Budgethouder"
    assert fields["budgethouder"].help == "Wie over het geld beslist."
    assert fields["budgethouder"].kind == "tekst"
    assert [c.value for c in fields["stemming"].choices] == ["zonnig", "bewolkt"]


def test_kinds_choices_and_references_come_from_the_model_and_the_plan(tmp_path: Path) -> None:
    session = opened(tmp_path, VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml")
    fields = {entry.name: entry for entry in spec.inputs(session.form())}
    assert fields["titel"].label == "Titel" and fields["titel"].kind == "tekst"
    assert fields["periode.start"].kind == "datum"
    assert fields["kpis.0.nulmeting"].kind == "getal"
    assert fields["doelgroepen.0.contactmomenten"].kind == "heel"
    assert fields["doelgroepen.0.direct"].kind == "janee"
    assert [c.value for c in fields["rol"].choices] == ["uitvoerende_organisatie", "ontwikkelaar"]
    group_ids = [item["id"] for item in session.check().data["doelgroepen"]]
    assert [c.value for c in fields["fasen.doen.0.doelgroepen"].choices] == group_ids
    goal_ids = [item["id"] for item in session.check().data["doelen"]]
    assert [c.value for c in fields["kpis.0.doel"].choices] == goal_ids
    assert fields["kpis.0.doel"].kind == "keuze"


# --- round trip --------------------------------------------------------------------------


@pytest.mark.parametrize("source", EXAMPLES, ids=lambda p: p.stem)
def test_posting_the_form_unchanged_changes_nothing(tmp_path: Path, source: Path) -> None:
    session = opened(tmp_path, source)
    session.apply(posted(session.form()))
    assert session.text() == source.read_text(encoding="utf-8")
    assert not session.dirty


@pytest.mark.parametrize("source", EXAMPLES, ids=lambda p: p.stem)
def test_one_changed_value_is_a_one_line_diff_with_every_comment_kept(
    tmp_path: Path, source: Path
) -> None:
    original = source.read_text(encoding="utf-8")
    session = opened(tmp_path, source)
    form = session.form()
    # One field of each kind that has a value: a text, a date, a number, a choice.
    picks: dict[str, spec.Input] = {}
    for entry in spec.inputs(form):
        if entry.value and entry.kind in ("tekst", "datum", "getal", "heel", "keuze"):
            picks.setdefault(entry.kind, entry)
    new_values = {"tekst": "Nieuwe tekst", "datum": "2026-03-03", "getal": "4242", "heel": "42"}
    for kind, entry in picks.items():
        session = opened(tmp_path, source)
        values = posted(session.form())
        if kind == "keuze":
            other = next(c.value for c in entry.choices if c.value != entry.value)
            values[entry.name] = [other]
        else:
            values[entry.name] = [new_values[kind]]
        session.apply(values)
        session.save()
        written = (tmp_path / source.name).read_text(encoding="utf-8")
        diff = changed_lines(original, written)
        assert len(diff) == 2, (kind, diff)
        assert comments(written) == comments(original)
        load_text(written, "plan.yaml")


def test_a_save_writes_the_file_and_a_second_save_needs_no_change(tmp_path: Path) -> None:
    session = opened(tmp_path, VOORBEELDEN / "online-burenhulp-platform.yaml")
    values = posted(session.form())
    values["titel"] = ["Titel: met dubbele punt # en hekje"]
    session.apply(values)
    session.save()
    plan = tmp_path / "online-burenhulp-platform.yaml"
    assert load_text(plan.read_text(encoding="utf-8")).plan.title == (
        "Titel: met dubbele punt # en hekje"
    )
    assert not session.dirty
    session.save()  # the stamp was renewed: no conflict with itself


def test_a_cleared_value_keeps_its_key_and_its_comments(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    text = (VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml").read_text(encoding="utf-8")
    plan.write_text(text, encoding="utf-8")
    session = Session.open(plan, DAY)
    values = posted(session.form())
    values["auteur"] = [""]
    session.apply(values)
    session.save()
    written = plan.read_text(encoding="utf-8")
    assert "auteur:\n" in written or "auteur: \n" in written or "\nauteur:" in written
    assert comments(written) == comments(text)
    assert len(changed_lines(text, written)) == 2


def test_removing_an_item_keeps_the_comments_after_it(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "formaat: 1\ntitel: T\ninterventie: {naam: N}\n"
        "doelen:\n"
        "  - id: D1\n    wat: een  # over D1\n"
        "  # over D2\n"
        "  - id: D2\n    wat: twee\n"
        "  # over D3\n"
        "  - id: D3\n    wat: drie\n"
        "# over de fasen\n"
        "fasen: {}\n",
        encoding="utf-8",
    )
    session = Session.open(plan, DAY)
    session.act("verwijderen:doelen.1")
    text = session.text()
    assert "- id: D2" not in text
    for comment in ("# over D1", "# over D2", "# over D3", "# over de fasen"):
        assert comment in text
    load_text(text)


@pytest.mark.parametrize("source", EXAMPLES, ids=lambda p: p.stem)
def test_removing_any_goal_or_kpi_loses_no_comment_outside_it(tmp_path: Path, source: Path) -> None:
    original = source.read_text(encoding="utf-8")
    count = len(load_text(original).plan.kpis)
    for index in range(count):
        session = opened(tmp_path, source)
        session.act(f"verwijderen:kpis.{index}")
        assert comments(session.text()) == comments(original)
        load_text(session.text())


def test_adding_a_kpi_numbers_it_and_a_nulmeting_clears_kpi_03(tmp_path: Path) -> None:
    session = opened(tmp_path, VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml")
    before = len(session.check().data["kpis"])
    session.act("toevoegen:kpis")
    kpis = session.check().data["kpis"]
    assert len(kpis) == before + 1
    assert kpis[-1]["id"] == f"K{before + 1}"
    scan = session.check().scan
    assert scan is not None
    assert any(f.code == "KPI-03" and f.path == f"kpis[{before + 1}]" for f in scan.findings)
    values = posted(session.form())
    values[f"kpis.{before}.nulmeting"] = ["0"]
    session.apply(values)
    scan = session.check().scan
    assert scan is not None
    assert not any(f.code == "KPI-03" for f in scan.findings)


def test_moving_an_item_swaps_two_items(tmp_path: Path) -> None:
    session = opened(tmp_path, VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml")
    ids = [goal["id"] for goal in session.check().data["doelen"]]
    session.act("omlaag:doelen.0")
    assert [goal["id"] for goal in session.check().data["doelen"]] == [ids[1], ids[0], *ids[2:]]
    session.act("omhoog:doelen.1")
    assert session.text() == (VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml").read_text(
        encoding="utf-8"
    )


def test_a_new_key_lands_in_the_models_order(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "formaat: 1\ntitel: T\ninterventie:\n  naam: N\n  # uitleg bij het probleem\n"
        "  eigenaar: E\nfasen: {}\n",
        encoding="utf-8",
    )
    session = Session.open(plan, DAY)
    values = posted(session.form())
    values["interventie.soort"] = ["werkwijze"]
    session.apply(values)
    lines = session.text().splitlines()
    assert lines.index("  soort: werkwijze") == lines.index("  naam: N") + 1
    assert "# uitleg bij het probleem" in session.text()


# --- refusals ----------------------------------------------------------------------------


def test_a_value_the_model_refuses_gets_checks_message_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    session = opened(tmp_path, VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml")
    plan = tmp_path / "welzijn-eenzaamheid-ouderen.yaml"
    before = plan.read_bytes()
    values = posted(session.form())
    values["kpis.0.streefwaarde"] = ["6.800"]
    session.apply(values)
    checked = session.check()
    assert checked.loaded is None
    with pytest.raises(PlanError) as refused:
        load_text(session.text(), str(plan))
    expected = [problem.message for problem in refused.value.problems]
    assert checked.at[("kpis", 0, "streefwaarde")] == expected
    assert "6800" in expected[0]
    with pytest.raises(Exception, match="niet opgeslagen"):
        session.save()
    assert plan.read_bytes() == before


def test_a_file_changed_on_disk_is_not_overwritten(tmp_path: Path) -> None:
    session = opened(tmp_path, VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml")
    plan = tmp_path / "welzijn-eenzaamheid-ouderen.yaml"
    values = posted(session.form())
    values["titel"] = ["Mijn titel"]
    session.apply(values)
    elsewhere = plan.read_text(encoding="utf-8") + "# toegevoegd in een andere editor\n"
    plan.write_text(elsewhere, encoding="utf-8")
    with pytest.raises(Conflict, match="veranderd"):
        session.save()
    assert plan.read_text(encoding="utf-8") == elsewhere
    assert "titel: Mijn titel" in session.text()  # nothing lost in the form either
    session.reload()
    assert "# toegevoegd in een andere editor" in session.text()


def test_a_plan_that_does_not_exist_starts_from_inits_scaffold(tmp_path: Path) -> None:
    plan = tmp_path / "nieuw.yaml"
    session = Session.open(plan, DAY)
    assert session.new_plan and not plan.exists()
    assert "formaat: 1" in session.text()
    values = posted(session.form())
    values["titel"] = ["Ons nieuwe plan"]
    session.apply(values)
    session.save()
    assert load_text(plan.read_text(encoding="utf-8")).plan.title == "Ons nieuwe plan"


def test_a_symlink_is_refused_before_anything_is_served(tmp_path: Path) -> None:
    real = tmp_path / "echt.yaml"
    shutil.copy(VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml", real)
    (tmp_path / "link.yaml").symlink_to(real)
    result = run_cli("bewerk", tmp_path / "link.yaml", "--geen-browser")
    assert result.exit_code == 2
    assert "symbolische link" in result.stderr
    assert "Traceback" not in result.output


def test_a_broken_plan_shows_checks_errors_and_exits_2(tmp_path: Path) -> None:
    plan = tmp_path / "kapot.yaml"
    plan.write_text("formaat: 1\ntitel: T\ninterventie: {naam: N}\nfasen: {}\nkpis: 3\n")
    result = run_cli("bewerk", plan, "--geen-browser")
    assert result.exit_code == 2
    assert f"{plan}:5:7: fout:" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["map-die-er-niet-is/plan.yaml"], "bestaat niet"),
        (["plan.txt"], "*.yaml"),
        (["plan.yaml", "--poort", "70000"], "65535"),
    ],
)
def test_bad_input_is_one_dutch_message_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], expected: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("bewerk", *args, "--geen-browser")
    assert result.exit_code == 2
    assert expected in result.stderr
    assert "Traceback" not in result.output


def test_a_port_in_use_is_one_dutch_message(tmp_path: Path) -> None:
    import socket

    plan = tmp_path / "plan.yaml"
    shutil.copy(VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml", plan)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = run_cli("bewerk", plan, "--poort", str(port), "--geen-browser")
    assert result.exit_code == 2
    assert f"poort {port} is al in gebruik" in result.stderr
    assert "http://" not in result.stdout


def test_a_long_text_is_saved_whole(tmp_path: Path) -> None:
    """A text longer than any limit a form field might have is written back in full."""
    session = opened(tmp_path, VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml")
    values = posted(session.form())
    name = next(key for key in values if key.endswith("probleem"))
    long = "Lang verhaal. " * 12_000 + "EINDE"
    values[name] = [long]
    session.apply(values)
    session.save()
    written = (tmp_path / "welzijn-eenzaamheid-ouderen.yaml").read_text(encoding="utf-8")
    plan = load_text(written, "plan.yaml").plan
    assert plan.intervention.problem == long.strip()


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda t: t.replace("\n", "\r\n").encode(), id="windows-line-endings"),
        pytest.param(lambda t: b"\xef\xbb\xbf" + t.encode(), id="byte-order-mark"),
        pytest.param(lambda t: ("# Ons plan\n# versie 3\n---\n" + t).encode(), id="document-start"),
    ],
)
def test_a_file_in_another_form_keeps_it_and_a_change_is_one_line(
    tmp_path: Path, variant: Callable[[str], bytes]
) -> None:
    """Notepad's Windows line endings and byte-order mark, and comments above `---`, come back
    as they were: one changed value is still a one-line diff."""
    plan = tmp_path / "plan.yaml"
    original = variant(WELZIJN_TEXT)
    plan.write_bytes(original)
    session = Session.open(plan, DAY)
    values = posted(session.form())
    values["titel"] = ["Een nieuwe titel"]
    session.apply(values)
    session.save()
    written = plan.read_bytes()
    before, after = original.splitlines(keepends=True), written.splitlines(keepends=True)
    assert len(before) == len(after)
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert len(changed) == 1 and b"Een nieuwe titel" in changed[0][1]
    assert written[:3] == original[:3]
