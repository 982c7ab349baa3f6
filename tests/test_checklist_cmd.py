"""`impl checklist`: a sheet a team can fill in, and a block to paste into a plan."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import run_cli
from impltool.knowledge import toolkit
from impltool.plan.load import load_plan

MINIMAL_PLAN = """\
formaat: 1
titel: Implementatieplan Buurtmaatjes
interventie:
  naam: Buurtmaatjes
fasen:
  doen: []
"""


def test_sheet_groups_all_questions_per_domain_with_boxes() -> None:
    result = run_cli("checklist")
    assert result.exit_code == 0, result.output
    out = result.stdout
    kit = toolkit()
    # every question, numbered 1..17 (long ones wrap), each with a box per judgement
    flowing = " ".join(out.split())
    for number, item in enumerate(kit.checklist, start=1):
        assert f" {number}. {item.question} " in flowing, item.id
        assert out.count(f"item: {item.id}\n") == 1
    assert out.count("[ ] bevorderend  [ ] belemmerend  [ ] neutraal  [ ] onbekend") == 17
    assert out.count("Toelichting: ___") == 17
    # the domains are headings, in the toolkit's order, each above its own questions
    headings = [out.index(f"\n{label}\n") for label in kit.domains.values()]
    assert headings == sorted(headings)
    assert out.index("Organisatie en omgeving") < out.index("item: org.beleid")
    assert out.index("item: org.beleid") < out.index("De interventie zelf")
    assert out.index("De gebruikers\n") < out.index("item: gebr.bekend")


def test_sheet_reads_as_plain_dutch() -> None:
    out = run_cli("checklist").stdout
    assert "Kennen de gebruikers de interventie?" in out
    assert "Past de interventie bij de visie en missie van de organisatie?" in out
    # a hindering item tells what to plan, with the key to write under `soort:`
    block = out[out.index("item: gebr.kennis_vaardigheden") - 700 :]
    assert re.search(r"Remt het\? Plan bijvoorbeeld: training, coaching op de werkvloer", block)
    # the one item where "ja" hinders says so
    changes = out[out.index("reorganisatie of fusie") : out.index("item: org.veranderingen")]
    assert "hier remt een 'ja'" in changes
    assert out.count("hier remt een 'ja'") == 1
    assert "Bron: Toolkit Implementatie" in out
    assert max(len(line) for line in out.splitlines()) <= 88


def test_sheet_lists_the_six_phases_with_key_activities_and_sections() -> None:
    out = run_cli("checklist").stdout
    phases_part = out[out.index("De zes fasen en hun kernactiviteiten") :]
    names = ["Ontwikkelen", "Weten", "Begrijpen", "Willen", "Doen", "Blijven doen"]
    places = [phases_part.index(f"Fase {n}: {name}") for n, name in enumerate(names)]
    assert places == sorted(places)
    for section, kind in [
        ("§0.1", "betrekken_gebruikers"),
        ("§0.2", "proefimplementatie"),
        ("§1.1", "communicatieplan"),
        ("§2.2", "reflectie"),
        ("§3.2", "lokale_aanpassing"),
        ("§4.2", "training"),
        ("§5.3", "feedback"),
    ]:
        assert re.search(rf"\[ \] {section}  .*\(soort: {kind}\)", phases_part), kind
    doen = phases_part[places[4] : places[5]]
    assert "(soort: pilot)" in doen and "(soort: coaching)" in doen
    assert "(soort: pilot)" not in phases_part[: places[4]]


def test_yaml_block_pastes_into_a_plan_and_validates(write_plan) -> None:
    result = run_cli("checklist", "--yaml")
    assert result.exit_code == 0, result.output
    path: Path = write_plan(MINIMAL_PLAN + result.stdout)
    loaded = load_plan(path)
    factors = loaded.plan.factors
    assert [factor.item for factor in factors] == [item.id for item in toolkit().checklist]
    assert {factor.judgement for factor in factors} == {"onbekend"}
    assert all(factor.explanation is None for factor in factors)


def test_yaml_block_shows_each_question_as_a_comment() -> None:
    out = run_cli("checklist", "--yaml").stdout
    assert out.startswith("# ")
    assert "\nfactoren:\n" in out
    lines = out.splitlines()
    for item in toolkit().checklist:
        at = lines.index(f"  - item: {item.id}")
        comments = [line for line in lines[max(0, at - 2) : at] if line.startswith("  # ")]
        assert f"  # {item.question}" in comments, item.id
        assert lines[at + 1] == "    oordeel: onbekend"
    # the plain sheet is not mixed in
    assert "[ ]" not in out and "Fase 0" not in out


def test_help_is_dutch() -> None:
    result = run_cli("checklist", "--help")
    assert result.exit_code == 0
    assert "checklist beïnvloedende factoren" in result.stdout
    assert "--yaml" in result.stdout and "plakken" in result.stdout


def test_unknown_option_is_a_usage_error() -> None:
    result = run_cli("checklist", "--json")
    assert result.exit_code == 2
    assert result.exception is None
