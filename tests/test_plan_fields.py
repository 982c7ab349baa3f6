"""The plan's shape read from the model: what templates, the document and the rules ask for."""

from __future__ import annotations

import pytest

from impltool.plan import fields
from impltool.plan.model import Embedding, Phases, Plan
from impltool.plan.vocabulary import PHASE_KEYS


def test_choices_follow_the_dutch_keys_through_lists_and_optionals() -> None:
    assert fields.choices("rol")[0] == Plan.model_fields["role"].default
    assert fields.choices("doelgroepen.kanalen.soort") == ("massamedia", "persoonlijk")
    assert "coaching" in fields.choices("fasen.doen.soort")
    assert fields.choices("team.competenties")[0] == "leiderschap"
    assert fields.choices("betrokkenen.betrokken_vanaf") == PHASE_KEYS


@pytest.mark.parametrize("path", ["titel.naam", "doelgroepen.kanaal", "fasen.doen.wat"])
def test_a_path_the_model_does_not_have_is_refused(path: str) -> None:
    with pytest.raises(KeyError):
        fields.choices(path)


def test_descriptions_name_the_choices_of_the_model() -> None:
    # A description that lists a vocabulary reads it from the Literal: never out of step.
    assert fields.description("fasen.doen.status") == "gepland, bezig, gereed of vervallen."


def test_the_phases_are_the_phase_keys_in_order() -> None:
    assert list(Phases().by_key()) == list(PHASE_KEYS)


def test_labels_come_from_the_key_or_the_title() -> None:
    assert dict(fields.labelled(Embedding))["quality"] == "Kwaliteitsbewaking"
    assert [label for _, label in fields.on_document(Plan)][:2] == ["Organisatie", "Auteur"]
