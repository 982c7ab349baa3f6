"""What the init templates write: a valid plan that teaches, and examples that work."""

from __future__ import annotations

import re
from datetime import date

import pytest

from impltool.knowledge import toolkit
from impltool.plan.load import load_text
from impltool.plan.vocabulary import PHASE_KEYS
from impltool.scaffold import plan_text
from impltool.scaffold.answers import TEMPLATES, Answers

START, END = date(2026, 1, 1), date(2027, 12, 31)
SECTIONS_WITH_SOURCE = (
    "interventie",
    "doelen",
    "betrokkenen",
    "team",
    "doelgroepen",
    "factoren",
    "fasen",
    "kpis",
    "evaluatie",
    "borging",
    "bijstellingen",
)


def render(template: str, role: str | None = None, start: date = START, end: date = END) -> str:
    answers = Answers(
        title="Implementatieplan Buurtkracht",
        name="Buurtkracht",
        role=role or ("ontwikkelaar" if template == "ontwikkelaar" else "uitvoerende_organisatie"),
        kind="online_platform" if template == "online_platform" else "sociale_interventie",
        start=start,
        end=end,
        template=template,
    )
    return plan_text.render_plan(answers)


def uncomment_examples(text: str) -> str:
    """Use every example: remove the `# ` from the lines under each `# Voorbeeld:`."""
    lines = text.split("\n")
    result: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        result.append(line)
        index += 1
        marker = re.fullmatch(r"( *)# Voorbeeld:", line)
        if not marker:
            continue
        indent = marker.group(1)
        prefix = indent + "# "
        while index < len(lines) and lines[index].startswith(prefix):
            result.append(indent + lines[index][len(prefix) :])
            index += 1
    return "\n".join(result)


def comment_above(text: str, key: str) -> list[str]:
    """The comment lines directly above the top-level `key:`."""
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
    block = []
    for line in reversed(lines[:index]):
        if not line.startswith("#"):
            break
        block.append(line)
    return list(reversed(block))


@pytest.fixture(params=TEMPLATES)
def template(request: pytest.FixtureRequest) -> str:
    return request.param


def test_every_template_renders_a_valid_plan(template: str) -> None:
    plan = load_text(render(template)).plan
    assert plan.title == "Implementatieplan Buurtkracht"
    assert plan.period is not None and plan.period.start == START


def test_first_line_points_editors_at_the_schema(template: str) -> None:
    first = render(template).splitlines()[0]
    assert first == "# yaml-language-server: $schema=impl-plan.schema.json"


def test_every_top_level_key_has_a_comment_and_sections_name_their_source(
    template: str,
) -> None:
    text = render(template)
    keys = [line.split(":")[0] for line in text.splitlines() if re.match(r"[a-z_]+:", line)]
    assert set(SECTIONS_WITH_SOURCE) <= set(keys)
    for key in keys:
        assert comment_above(text, key), f"no comment above {key}"
    for key in SECTIONS_WITH_SOURCE:
        comment = " ".join(comment_above(text, key))
        assert "Bron:" in comment, f"{key} does not name its source"


def test_all_checklist_items_are_there_with_their_question_and_unknown(template: str) -> None:
    text = render(template)
    plan = load_text(text).plan
    items = toolkit().checklist
    assert len(items) == 17
    assert [f.item for f in plan.factors] == [item.id for item in items]
    assert {f.judgement for f in plan.factors} == {"onbekend"}
    flat = " ".join(line.strip().lstrip("# ").strip() for line in text.splitlines())
    for item in items:
        assert f"{item.question} - item: {item.id}" in flat


def test_each_phase_explains_its_key_activities_and_shows_an_example(template: str) -> None:
    text = render(template)
    section = text.split("\nfasen:\n")[1].split("\nkpis:")[0]
    flat = " ".join(line.strip().lstrip("# ").strip() for line in section.splitlines())
    for phase in toolkit().phases:
        assert f"Fase {phase.number}, {phase.name}:" in flat
        for activity in phase.key_activities:
            assert f"- {activity.kind} ({activity.section}):" in flat
        body = section.split(f"\n  {phase.key}:\n")[1].split("\n\n")[0]
        assert body.splitlines()[0] == "    # Voorbeeld:", phase.key
        assert re.search(r"^    #   soort: [a-z_]+$", body, re.MULTILINE), phase.key


def test_the_plan_has_no_activities_yet_only_examples(template: str) -> None:
    plan = load_text(render(template)).plan
    assert plan.activities() == []
    assert set(plan.phases.by_key()) == set(PHASE_KEYS)


def test_examples_become_a_consistent_plan_when_uncommented(template: str) -> None:
    text = uncomment_examples(render(template))
    plan = load_text(text).plan
    assert plan.period is not None
    group_ids = {group.id for group in plan.target_groups}
    factor_ids = {factor.key for factor in plan.factors}
    goal_ids = {goal.id for goal in plan.goals}
    activities = plan.activities()
    assert {phase for phase, _i, _a in activities} == set(PHASE_KEYS)
    for _phase, _index, activity in activities:
        assert activity.kind and activity.what and activity.who
        assert activity.start and activity.end
        assert plan.period.start <= activity.start <= activity.end <= plan.period.end
        assert set(activity.target_groups) <= group_ids, activity.id
        assert set(activity.addresses) <= factor_ids, activity.id
    assert plan.kpis and all(kpi.goal in goal_ids for kpi in plan.kpis)
    assert plan.stakeholders and plan.team
    assert all(group.channels for group in plan.target_groups)
    assert plan.evaluation is not None and plan.evaluation.moments
    assert plan.quickscan is not None and plan.quickscan.ignore[0].reason


def test_examples_stay_inside_a_one_day_period(template: str) -> None:
    day = date(2026, 6, 1)
    plan = load_text(uncomment_examples(render(template, start=day, end=day))).plan
    assert {(a.start, a.end) for _p, _i, a in plan.activities()} == {(day, day)}


def test_output_is_tidy(template: str) -> None:
    text = render(template)
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert "\t" not in text
    assert "\n\n\n" not in text
    for number, line in enumerate(text.splitlines(), start=1):
        assert line == line.rstrip(), f"trailing space on line {number}"
        assert len(line) <= 100, f"line {number} is {len(line)} characters"


def test_rendering_is_deterministic(template: str) -> None:
    assert render(template) == render(template)


def test_online_platform_adds_the_impact_specifics() -> None:
    text = render("online_platform")
    plan = load_text(text).plan
    assert "offline_partners" in {group.id for group in plan.target_groups}
    used = load_text(uncomment_examples(text)).plan
    assert {kpi.theme for kpi in used.kpis} == {"bezoekers", "gebruikers", "activiteit"}
    kinds = {activity.kind for _p, _i, activity in used.activities()}
    assert {"procesafspraken", "kickoff"} <= kinds
    assert "ketenpartner" in {s.type for s in used.stakeholders}
    assert "IMPACT-methode, stap 2" in text
    for other in ("basis", "ontwikkelaar"):
        assert "offline_partners" not in render(other)
        assert "thema: bezoekers" not in render(other)


def test_ontwikkelaar_adds_the_development_phase() -> None:
    text = render("ontwikkelaar")
    used = load_text(uncomment_examples(text)).plan
    develop = {activity.kind for activity in used.phases.develop}
    assert develop == {"betrekken_gebruikers", "proefimplementatie"}
    assert "uitvoerende_organisatie" in {s.type for s in used.stakeholders}
    assert "Toolkit §0.2" in text
    basis = load_text(uncomment_examples(render("basis"))).plan
    assert "proefimplementatie" not in {a.kind for a in basis.phases.develop}


def test_the_role_shapes_the_advice_for_phase_zero() -> None:
    note = "heeft de ontwikkelaar deze fase meestal al"
    assert note in render("basis")
    assert note not in render("basis", role="ontwikkelaar")


def test_a_template_asking_for_a_key_the_model_lacks_is_impls_bug(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A typo in keuzes("...") or uitleg("...") is reported as impl's own bug, never a traceback.
    from impltool.plan import fields

    def missing(path: str) -> str:
        raise KeyError(path)

    monkeypatch.setattr(fields, "description", missing)
    with pytest.raises(plan_text.ScaffoldBug, match="het plan kent"):
        render("basis")
