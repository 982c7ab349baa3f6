"""The toolkit knowledge: the contract with plans (checklist ids) and with the plan model."""

from __future__ import annotations

import importlib
import zipfile
from pathlib import Path
from typing import get_args

import pytest

import impltool
from conftest import CHECKLIST_IDS, REPO
from impltool.knowledge import DATA as toolkit_data
from impltool.knowledge import (
    DATA_FILE,
    Toolkit,
    ToolkitDataError,
    compiled,
    toolkit,
)
from impltool.knowledge.loader import build
from impltool.plan.vocabulary import (
    PHASE_KEYS,
    ActivityKind,
    AdopterCategory,
    Competence,
    FactorDomain,
    Judgement,
    Strategy,
)
from impltool.quickscan import catalogue

# The key activities of each phase with their toolkit sections, as the plan format promises
# them (knowledge/toolkit.yaml, `kernactiviteiten` under `fasen`).
KEY_ACTIVITIES = {
    "ontwikkelen": [("betrekken_gebruikers", "§0.1"), ("proefimplementatie", "§0.2")],
    "weten": [("communicatieplan", "§1.1"), ("communicatie", "§1.1")],
    "begrijpen": [("handboek", "§2.1"), ("reflectie", "§2.2")],
    "willen": [("kosten_baten", "§3.1"), ("ambassadeurs", "§3.1"), ("lokale_aanpassing", "§3.2")],
    "doen": [("selectie", "§4.1"), ("training", "§4.2"), ("coaching", "§4.3"), ("pilot", None)],
    "blijven_doen": [
        ("randvoorwaarden", "§5.1"),
        ("monitoring", "§5.2"),
        ("verbeteren", "§5.3"),
        ("feedback", "§5.3"),
    ],
}

KINDS = set(get_args(ActivityKind))


@pytest.fixture(scope="module")
def kit() -> Toolkit:
    return toolkit()


def test_checklist_ids_are_exactly_the_catalogue(kit: Toolkit) -> None:
    assert [item.id for item in kit.checklist] == CHECKLIST_IDS


def test_checklist_item_lookup(kit: Toolkit) -> None:
    item = kit.checklist_item("gebr.kennis_vaardigheden")
    assert item is not None
    assert item.domain == "gebruikers"
    assert {"training", "coaching"} <= set(item.answers)
    assert kit.checklist_item("gebr.bestaat_niet") is None


def test_items_domains_are_plan_domains_in_catalogue_order(kit: Toolkit) -> None:
    domains = set(get_args(FactorDomain))
    assert list(kit.domains) == ["organisatie_context", "interventie", "ontwikkelaar", "gebruikers"]
    for item in kit.checklist:
        assert item.domain in domains, item.id
        # the id prefix tells the domain, so plans stay readable
        prefix = {"org": "organisatie_context", "int": "interventie", "ontw": "ontwikkelaar"}
        assert prefix.get(item.id.split(".")[0], "gebruikers") == item.domain, item.id
    grouped = kit.checklist_by_domain()
    assert [len(items) for items in grouped.values()] == [5, 6, 2, 4]  # as in the toolkit


def test_only_many_changes_hinder_when_the_answer_is_yes(kit: Toolkit) -> None:
    hinders = {item.id: item.hinders_when for item in kit.checklist}
    assert hinders.pop("org.veranderingen") == "ja"
    assert set(hinders.values()) == {"nee"}


def test_every_item_is_answered_by_valid_activity_kinds(kit: Toolkit) -> None:
    for item in kit.checklist:
        assert item.answers, f"{item.id} has no answering activity"
        assert set(item.answers) <= KINDS, f"{item.id}: {set(item.answers) - KINDS}"
        assert len(set(item.answers)) == len(item.answers), item.id


@pytest.mark.parametrize(
    ("item_id", "expected"),
    [
        ("gebr.kennis_vaardigheden", {"training", "coaching"}),
        ("int.uitproberen", {"pilot", "proefimplementatie"}),
        ("gebr.bekend", {"communicatieplan", "communicatie"}),
        ("org.commitment", {"kickoff", "update_beslissers", "kosten_baten"}),
        ("int.gebruikers_betrokken", {"betrekken_gebruikers"}),
        ("org.randvoorwaarden", {"randvoorwaarden"}),
        ("int.aanpasbaar", {"lokale_aanpassing"}),
    ],
)
def test_barriers_map_to_the_obvious_strategies(
    kit: Toolkit, item_id: str, expected: set[str]
) -> None:
    item = kit.checklist_item(item_id)
    assert item is not None
    assert expected <= set(item.answers)


def test_phases_in_order_with_the_key_activities_of_the_table(kit: Toolkit) -> None:
    assert [phase.key for phase in kit.phases] == list(PHASE_KEYS)
    assert [phase.number for phase in kit.phases] == [0, 1, 2, 3, 4, 5]
    assert [phase.name for phase in kit.phases] == [
        "Ontwikkelen",
        "Weten",
        "Begrijpen",
        "Willen",
        "Doen",
        "Blijven doen",
    ]
    for phase in kit.phases:
        expected = KEY_ACTIVITIES[phase.key]
        assert [a.kind for a in phase.key_activities] == [kind for kind, _ in expected]
        for activity, (_, section) in zip(phase.key_activities, expected, strict=True):
            if section:
                assert activity.section == section, (phase.key, activity.kind)
            assert activity.summary and activity.example
        assert phase.goal and phase.example
        assert kit.phase(phase.key) is phase
    assert kit.phase("later") is None


def test_phase_helpers(kit: Toolkit) -> None:
    assert kit.key_kinds("doen") == ("selectie", "training", "coaching", "pilot")
    assert kit.key_kinds("onbekend") == ()
    assert kit.kind_name("update_beslissers") != "update_beslissers"
    assert kit.kind_name("zomaar") == "zomaar"


def test_every_activity_kind_has_a_dutch_label(kit: Toolkit) -> None:
    assert set(kit.activity_kinds) == KINDS
    for kind, info in kit.activity_kinds.items():
        assert info.name and info.summary, kind
        assert info.name != kind  # a label for people, not the key again


def test_competences_adopters_strategies_match_the_model(kit: Toolkit) -> None:
    assert list(kit.competences) == list(get_args(Competence))
    assert list(kit.adopters) == list(get_args(AdopterCategory))
    assert list(kit.strategies) == list(get_args(Strategy))
    assert set(kit.judgements) == set(get_args(Judgement))
    for info in kit.adopters.values():
        assert set(info.fitting_kinds) <= {"beslissers", "gebruikers", "profijtgroep"}, info.key
        for kinds in info.fitting_kinds.values():
            assert set(kinds) <= KINDS, info.key
        assert (info.side is None) == (not info.fitting_kinds), info.key
    # what the toolkit says persuades each end of the adoption curve
    innovators = kit.adopters["innovators"].fitting_kinds
    assert {"pilot", "proefimplementatie"} <= set(innovators["gebruikers"])
    assert "lokale_aanpassing" in kit.adopters["late_majority"].fitting_kinds["gebruikers"]
    # residents and clients are not sent a handbook (catalogue, COM-05)
    assert "handboek" not in kit.adopters["late_majority"].fitting_kinds["profijtgroep"]


def test_smart_covers_every_kpi_key_of_rule_kpi02(kit: Toolkit) -> None:
    keys = [key for part in kit.smart for key in part.keys]
    assert sorted(keys) == sorted(
        ["indicator", "streefwaarde", "eenheid", "doel", "deadline", "bron"]
    )
    # KPI-02 never calls a KPI unrealistic for a missing field (catalogue v2)
    assert not any("realistisch" in part.word.lower() for part in kit.smart)
    # the keys must be real KPI keys of the plan format
    from impltool.plan.model import Kpi

    aliases = {field.alias or name for name, field in Kpi.model_fields.items()}
    assert set(keys) <= aliases


def test_areas_are_the_seven_quickscan_areas_plus_plan_consistency(kit: Toolkit) -> None:
    assert list(kit.areas) == [
        "doelen",
        "betrokkenen",
        "factoren",
        "activiteiten",
        "communicatie",
        "evaluatie",
        "borging",
        "plan",
    ]


def test_every_source_reference_points_at_a_known_document(kit: Toolkit) -> None:
    assert set(kit.sources) == {"toolkit", "quickscan_nieuws", "artikel", "impact", "valkuilen"}
    refs = [
        *(item.source_ref for item in kit.checklist),
        *(phase.source_ref for phase in kit.phases),
        *(tip.source_ref for tips in kit.tips.values() for tip in tips),
        *(info.source_ref for info in kit.competences.values()),
        *(info.source_ref for info in kit.adopters.values()),
        *(info.source_ref for info in kit.strategies.values()),
    ]
    for ref in refs:
        assert ref.document in kit.sources
        assert str(ref) == f"{kit.sources[ref.document].short}, {ref.section}"
    assert kit.strategies["verplichten"].source.startswith("Movisie-artikel")
    assert set(kit.tips) <= set(PHASE_KEYS)


def test_unknown_source_document_is_refused() -> None:
    text = DATA_FILE.read_text(encoding="utf-8").replace(
        'bron: {document: toolkit, plek: "§5.3"}', 'bron: {document: boek, plek: "§5.3"}'
    )
    with pytest.raises(ToolkitDataError, match="unknown document 'boek'"):
        build(compiled.parse(text))


def test_missing_key_names_its_place() -> None:
    text = DATA_FILE.read_text(encoding="utf-8").replace(
        "    vraag: Kennen de gebruikers de interventie?\n", ""
    )
    with pytest.raises(ToolkitDataError, match=r"checklist\[13\]: 'vraag' is missing"):
        build(compiled.parse(text))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("contactmomenten: 7 ", "contactmomenten: zeven ", r"contactmomenten: expected a whole"),
        ("kpi_voor: 3/2 ", "kpi_voor: 1/2 ", r"regels\.drempels\.kpi_voor: expected .* like 3/2"),
        ("kpi_achter: 1/2 ", "kpi_achter: 2/1 ", r"drempels\.kpi_achter: expected .* like 1/3"),
        ("  samenstelling_min_letters: 3\n", "", r"taal: 'samenstelling_min_letters' is missing"),
        ("groen: 80 ", "groen: [80] ", r"scores\.groen: expected a whole number"),
        (
            "  methode:\n    samenstellingen: ja",
            "  methode:\n    samenstellingen: soms",
            r"taal\.methode\.samenstellingen: expected ja or nee",
        ),
    ],
)
def test_a_wrong_value_names_its_place(old: str, new: str, message: str) -> None:
    text = DATA_FILE.read_text(encoding="utf-8")
    assert old in text
    with pytest.raises(ToolkitDataError, match=message):
        build(compiled.parse(text.replace(old, new, 1)))


def test_accessor_is_cached_and_read_only(kit: Toolkit) -> None:
    assert toolkit() is kit
    with pytest.raises(TypeError):
        kit.domains["nieuw"] = "x"  # type: ignore[index]
    with pytest.raises(AttributeError):
        kit.checklist = ()  # type: ignore[misc]


def test_yaml_ships_inside_the_package() -> None:
    package = Path(impltool.__file__).resolve().parent
    assert DATA_FILE.is_relative_to(package)
    assert DATA_FILE.is_file()


def test_yaml_is_in_the_built_wheel(tmp_path: Path) -> None:
    builders = pytest.importorskip("hatchling.builders.wheel")
    (wheel,) = builders.WheelBuilder(str(REPO)).build(
        directory=str(tmp_path), versions=["standard"]
    )
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "impltool/knowledge/toolkit.yaml" in names
    for data_file in TWINNED:  # the YAML, and the twins that make loading it fast
        assert data_file.twin.replace(".", "/") + ".py" in names
        for path in data_file.files:
            assert path.relative_to(Path(impltool.__file__).parent.parent).as_posix() in names


def test_rule_knowledge_names_only_known_kinds_and_items(kit: Toolkit) -> None:
    rules = kit.rules
    for name, kinds in rules.kind_groups.items():
        assert kinds and kinds <= KINDS, name
    items = {item.id for item in kit.checklist}
    assert set(rules.one_workshop_favourable + rules.one_workshop_not_hindering) <= items
    assert rules.developed_with_users in items
    assert set(rules.group_phases) <= {phase.key for phase in kit.phases}
    assert set(rules.early_phases) <= {phase.key for phase in kit.phases}
    assert rules.kpi_slow_start.reached(1, 3) and not rules.kpi_slow_start.reached(1, 4)


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("n.t.b.", True),
        ("n.t.b. (beslissen we in 2027)", True),
        ("Nader te bepalen", True),
        ("PM", True),
        ("-", True),
        ("?", True),
        ("...", True),
        ("x", True),
        ("NL", False),
        ("65+", False),
        ("de wethouder", False),
    ],
)
def test_placeholders_count_as_empty(kit: Toolkit, text: str, placeholder: bool) -> None:
    assert kit.rules.is_placeholder(text) is placeholder


def test_every_measuring_frequency_of_the_plan_format_has_its_term() -> None:
    from typing import get_args

    from impltool.plan.vocabulary import MeasuringFrequency

    rules = toolkit().rules
    assert set(rules.measuring_months) == set(get_args(MeasuringFrequency))
    assert rules.measuring_months["kwartaal"] == 3


# --- the generated twins of the packaged YAML files (knowledge/compiled.py) ----------------

TWINNED = (toolkit_data, catalogue.DATA)


@pytest.mark.parametrize("data_file", TWINNED, ids=lambda f: f.twin)
def test_every_twin_is_current(data_file: compiled.DataFile) -> None:
    """A stale twin would be skipped at run time (slow, not wrong); keep them current."""
    assert data_file.twin_file.read_text(encoding="utf-8") == compiled.twin_source(data_file), (
        f"{data_file.twin} is stale: run `python tools/refresh.py`"
    )


@pytest.mark.parametrize("data_file", TWINNED, ids=lambda f: f.twin)
def test_twin_gives_exactly_what_the_yaml_says(data_file: compiled.DataFile) -> None:
    merged: dict[str, object] = {}
    for path in data_file.files:
        merged |= compiled.parse(path.read_text(encoding="utf-8"))
    loaded = compiled.load(data_file)
    assert loaded is importlib.import_module(data_file.twin).DATA  # the twin was served
    expected = build(merged) if data_file.build else merged  # the toolkit: its records
    assert loaded == expected
    # the same text, so also every mapping in the same (catalogue) order
    assert compiled.python_source(loaded, "", set()) == compiled.python_source(expected, "", set())


def test_a_windows_checkout_still_gets_the_twin(tmp_path: Path) -> None:
    """Git for Windows checks text out with CRLF line endings; the data is the same."""
    crlf = tmp_path / "toolkit.yaml"
    crlf.write_bytes(DATA_FILE.read_bytes().replace(b"\n", b"\r\n"))
    twin = importlib.import_module(toolkit_data.twin).DATA
    assert compiled.load(toolkit_data._replace(files=(crlf,))) is twin


def test_an_edited_yaml_file_is_read_itself_not_its_stale_twin(tmp_path: Path) -> None:
    edited = tmp_path / "toolkit.yaml"
    edited.write_text(
        DATA_FILE.read_text(encoding="utf-8").replace(
            "Kennen de gebruikers de interventie?", "Kennen alle gebruikers de interventie?"
        ),
        encoding="utf-8",
    )
    kit = compiled.load(toolkit_data._replace(files=(edited,)))
    questions = [item.question for item in kit.checklist]
    assert "Kennen alle gebruikers de interventie?" in questions
    assert "Kennen de gebruikers de interventie?" not in questions


def test_a_rule_code_in_two_documentation_files_is_refused(tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text("XYZ-01: {titel: a}\n", encoding="utf-8")
    second.write_text("XYZ-01: {titel: b}\n", encoding="utf-8")
    with pytest.raises(TypeError, match="defined twice"):
        compiled.load(compiled.DataFile((first, second), "impltool.no_such_twin"))
