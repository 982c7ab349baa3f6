"""Whatever text a user feeds impl, the answer is a plan or clean Dutch errors, never a crash.

Hypothesis generates arbitrary text, arbitrary bytes, arbitrary YAML structures and random
edits of a small valid plan. The loader may only succeed or raise PlanError (with sensible
positions); `impl check` may only exit with 0, 1 or 2 and never print a traceback.
"""

from __future__ import annotations

import datetime
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples, run_cli
from impltool.plan.load import PlanError, decode, load_text

VALID = """\
formaat: 1
titel: Buurtgezinnen in Oost
periode: {start: 2025-01-01, eind: 2026-12-31}
interventie:
  naam: Buurtgezinnen
  werkzame_elementen: [matching, begeleiding]
doelen:
  - id: D1
    wat: 40 gezinnen gekoppeld
    wanneer: 2026-06-30
doelgroepen:
  - id: gezinnen
    type: profijtgroep
    kanalen:
      - {naam: huisbezoek, soort: persoonlijk, online: false}
fasen:
  weten:
    - id: A1
      wat: Nieuwsbrief
      soort: communicatie
      doelgroepen: [gezinnen]
kpis:
  - id: K1
    doel: D1
    nulmeting: 0
    streefwaarde: 40
"""

# A few seconds; IMPL_FUZZ=20 runs twenty times as many examples for a deeper search.
SCALE = int(os.environ.get("IMPL_FUZZ", "1"))
FAST = settings(
    max_examples=examples(150) * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SLOW = settings(
    max_examples=examples(25) * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def assert_clean(text: str) -> None:
    """Load `text`; success or PlanError with every problem inside the file."""
    try:
        load_text(text, "plan.yaml")
    except PlanError as error:
        assert error.problems
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for problem in error.problems:
            assert problem.file == "plan.yaml"
            assert problem.message.strip(), problem
            assert "Error" not in problem.message and "object at 0x" not in problem.message
            assert 1 <= problem.line <= max(len(lines), 1) + 1, (problem, len(lines))
            assert problem.column >= 1


def test_the_base_plan_is_valid() -> None:
    assert load_text(VALID).plan.title == "Buurtgezinnen in Oost"


@FAST
@given(st.text(max_size=400))
def test_arbitrary_text(text: str) -> None:
    assert_clean(text)


YAML_ALPHABET = st.sampled_from(
    [*":-?[]{},&*!|>'\"#%@` \t\n\r\\", "\u00a0", "\u200b", "\ufeff", "é", "a", "1", "~"]
)


@FAST
@given(st.text(YAML_ALPHABET, max_size=200))
def test_text_made_of_yaml_punctuation(text: str) -> None:
    assert_clean(text)


@FAST
@given(st.binary(max_size=300))
def test_arbitrary_bytes(raw: bytes) -> None:
    try:
        text = decode(raw, "plan.yaml")
    except PlanError:
        return
    assert_clean(text)


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.dates(min_value=datetime.date(1, 1, 1)),
    st.sampled_from(["no", "yes", "on", "010", "3.10", "2025-02-30", "1-3-2025", "formaat"]),
)
keys = st.one_of(
    st.sampled_from(
        [
            "formaat",
            "titel",
            "interventie",
            "naam",
            "fasen",
            "weten",
            "doelen",
            "id",
            "soort",
            "doelgroepen",
            "kanalen",
            "online",
            "periode",
            "start",
            "eind",
            "kpis",
            "metingen",
        ]
    ),
    st.text(max_size=10),
)
structures = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(keys, children, max_size=5),
    ),
    max_leaves=30,
)


@FAST
@given(structures)
def test_arbitrary_yaml_structures(data: Any) -> None:
    assert_clean(yaml.safe_dump(data, allow_unicode=True))


@pytest.mark.slow
@FAST
@given(st.dictionaries(keys, structures, max_size=8))
def test_arbitrary_structures_on_top_of_a_valid_plan(extra: dict[str, Any]) -> None:
    data = yaml.safe_load(VALID)
    data.update(extra)
    assert_clean(yaml.safe_dump(data, allow_unicode=True))


@FAST
@given(structures, st.lists(keys, max_size=4))
def test_structures_repeated_through_anchors_and_aliases(shared: Any, places: list[str]) -> None:
    data = yaml.safe_load(VALID)
    data["interventie"]["aanpasbaar"] = shared
    for key in places:
        data[key] = [shared, shared]
    text = yaml.safe_dump(data, allow_unicode=True)  # repeats become &id001 ... *id001
    assert_clean(text)


@st.composite
def mutated_plans(draw: st.DrawFn) -> str:
    """The valid plan after a few random edits of the kind people make by hand."""
    text = VALID
    for _ in range(draw(st.integers(1, 4))):
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        where = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["insert", "delete", "duplicate", "indent", "swap", "cut"]))
        if kind == "insert":
            column = draw(st.integers(0, len(lines[where])))
            insert = draw(st.text(YAML_ALPHABET, min_size=1, max_size=3))
            lines[where] = lines[where][:column] + insert + lines[where][column:]
        elif kind == "delete":
            del lines[where]
        elif kind == "duplicate":
            lines.insert(where, lines[where])
        elif kind == "indent":
            lines[where] = draw(st.sampled_from([" ", "\t", "\u00a0", ""])) + lines[where]
        elif kind == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[where], lines[other] = lines[other], lines[where]
        else:
            cut = draw(st.integers(0, len(text)))
            text = text[:cut]
            continue
        text = "\n".join(lines)
    return text


@FAST
@given(mutated_plans())
def test_hand_edited_plans(text: str) -> None:
    assert_clean(text)


def check_cli(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        result = run_cli("check", path)
    assert result.exception is None, repr(result.exception)
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        assert f"{path}:" in result.stderr


@SLOW
@given(st.one_of(mutated_plans(), st.text(max_size=200)))
def test_check_command_on_hand_edited_plans_and_arbitrary_text(text: str) -> None:
    check_cli(text)


@SLOW
@given(st.dictionaries(keys, structures, max_size=6))
def test_check_command_on_structures_over_a_valid_plan(extra: dict[str, Any]) -> None:
    data = yaml.safe_load(VALID)
    data.update(extra)
    check_cli(yaml.safe_dump(data, allow_unicode=True))
