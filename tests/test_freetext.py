"""The free-text judgement (catalogue v3): what it calls concrete, hollow or naming nothing.

The rules that report the verdicts have their own cases in tests/rule_cases/; these tests pin
the judgement itself on the catalogue's own examples and on the lexicon edges.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from impltool.knowledge import toolkit
from impltool.plan.load import load_text
from impltool.quickscan.freetext import FundingGap, PlanText, Verdict, quoted
from impltool.quickscan.rules import Context
from impltool.quickscan.words import Matcher, stems

COMPLETE = Path(__file__).parent / "fixtures" / "complete.yaml"


def _text(change: dict[str, Any] | None = None) -> PlanText:
    plan = yaml.safe_load(COMPLETE.read_text(encoding="utf-8"))
    for key, value in (change or {}).items():
        plan[key] = value
    loaded = load_text(yaml.safe_dump(plan, allow_unicode=True), "plan.yaml")
    return Context(loaded, date(2026, 11, 24)).text


@pytest.fixture(scope="module")
def text() -> PlanText:
    return _text()


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("integraal", {"integraal", "integral"}),
        ("breed", {"breed", "bred"}),
        ("structuur", {"structuur", "structur"}),
        ("benut", {"benut", "benutt"}),
        ("gesprek", {"gesprek", "gesprekk"}),
        ("betrokkene", {"betrokkene", "betrokken"}),
        ("kans", {"kans"}),
    ],
)
def test_stems_follow_simple_dutch_spelling(entry: str, expected: set[str]) -> None:
    assert set(stems(entry)) == expected


def test_a_word_matches_inflected_and_compounds_only_where_the_list_allows() -> None:
    endings = toolkit().language.endings
    plain = Matcher(["integraal", "gesprek"], endings, compounds=False, prefix=3)
    assert plain("integrale") and plain("gesprekken") and plain("integraal")
    assert not plain("groepsgesprek") and not plain("integraliteit")
    compound = Matcher(["wijkteam", "peiling"], endings, compounds=True, prefix=3)
    assert compound("sociaalwijkteam") and compound("wijkpeilingen")
    # At least three letters before the entry: "xpeiling" is no compound.
    assert not compound("xpeiling")


@pytest.mark.parametrize(
    "hollow",
    [
        "We zetten in op een integrale en samenhangende aanpak die aansluit bij de behoeften",
        "Hoe gaat het?",
        "op de gebruikelijke manier",
        "Een stevig fundament voor de toekomst, waar nodig versterkt.",
    ],
)
def test_policy_speak_without_anchor_is_hollow(text: PlanText, hollow: str) -> None:
    assert text.long(hollow).verdict is Verdict.HOLLOW


@pytest.mark.parametrize(
    "concrete",
    [
        "Een integrale aanpak voor 40 gezinnen",  # a number
        "Een integrale aanpak vanaf maart",  # a month
        "Een integrale aanpak met de GGD",  # an acronym
        "Een integrale aanpak in Brinkum",  # a name inside the sentence
        "Een integrale aanpak met het sociaalwijkteam",  # a domain word inside a compound
        "Een integrale aanpak met de buurtbewoners",  # a domain word, inflected
        "Een integrale aanpak met de buurtwerkers",  # a word of the plan's own names
    ],
)
def test_one_anchor_makes_a_text_concrete(text: PlanText, concrete: str) -> None:
    assert text.long(concrete).verdict is Verdict.CONCRETE


@pytest.mark.parametrize(
    "neutral",
    ["het gesprek gaat over wensen en plezier", "mensen met een licht verstandelijke beperking"],
)
def test_plain_words_are_not_judged_vague(text: PlanText, neutral: str) -> None:
    assert text.long(neutral).verdict is Verdict.NEUTRAL
    assert text.short(neutral).verdict is Verdict.NEUTRAL


def test_a_third_vague_passes_a_long_text_but_not_a_goal(text: PlanText) -> None:
    # Three content words, one vague (goed): exactly a third.
    sentence = "een goed gesprek voeren"
    assert text.long(sentence).verdict is Verdict.NEUTRAL
    assert text.long(sentence, strict=True).verdict is Verdict.HOLLOW


@pytest.mark.parametrize(
    "nothing", ["alle betrokkenen", "iedereen die ermee te maken heeft", "in de regio"]
)
def test_short_answers_that_name_nobody(text: PlanText, nothing: str) -> None:
    assert text.short(nothing).verdict is Verdict.NAMES_NOTHING


@pytest.mark.parametrize("answer", ["Rijnstreek", "Nederland", "65+", "NL", "Oost"])
def test_a_short_answer_may_be_a_single_name(text: PlanText, answer: str) -> None:
    assert text.short(answer).verdict is Verdict.CONCRETE


def test_a_place_word_is_an_answer_to_waar(text: PlanText) -> None:
    assert text.short("online", place_counts=True).verdict is Verdict.NEUTRAL
    assert text.short("overal waar dat nodig is", place_counts=True).fails


def test_the_name_of_the_intervention_anchors_nothing_in_a_long_text() -> None:
    text = _text({"interventie": {"naam": "Samen Helder Brinkum"}})
    judgement = text.long("Samen Helder wordt een succes")
    assert judgement.verdict is Verdict.HOLLOW
    assert judgement.vague == ("een succes",)
    # ... but a short answer may name the place the intervention is named after, when the
    # plan itself uses that word (here: an activity takes place there).
    assert text.short("Brinkum").verdict is Verdict.NAMES_NOTHING
    plan = yaml.safe_load(COMPLETE.read_text(encoding="utf-8"))
    plan["interventie"]["naam"] = "Samen Helder Brinkum"
    plan["fasen"]["doen"][0]["waar"] = "buurthuis Brinkum"
    loaded = load_text(yaml.safe_dump(plan, allow_unicode=True), "plan.yaml")
    text = Context(loaded, date(2026, 11, 24)).text
    assert text.short("Brinkum").verdict is Verdict.CONCRETE
    assert text.long("Samen Helder Brinkum wordt een succes").verdict is Verdict.HOLLOW


def test_vague_terms_are_quoted_in_order_phrases_whole(text: PlanText) -> None:
    judgement = text.long(
        "Iedereen die ermee te maken heeft, overal waar dat nodig is, met een integrale aanpak"
    )
    assert judgement.vague == (
        "Iedereen",
        "te maken heeft",
        "overal",
        "waar dat nodig is",
        "integrale",
    )
    assert (
        quoted(judgement.vague) == "'Iedereen', 'te maken heeft', 'overal' en 'waar dat nodig is'"
    )


def test_a_sentence_in_three_fields_is_template_text_in_two_it_is_not() -> None:
    sentence = "De buurtwerkers werken volgens het handboek van de methode."
    plan = yaml.safe_load(COMPLETE.read_text(encoding="utf-8"))
    plan["interventie"]["beschrijving"] = sentence
    plan["evaluatie"]["methode"] = sentence
    loaded = load_text(yaml.safe_dump(plan, allow_unicode=True), "plan.yaml")
    two = Context(loaded, date(2026, 11, 24)).text
    assert two.long(sentence).verdict is Verdict.CONCRETE

    plan["borging"]["inbedding"] = sentence.upper().rstrip(".")  # case and punctuation aside
    loaded = load_text(yaml.safe_dump(plan, allow_unicode=True), "plan.yaml")
    three = Context(loaded, date(2026, 11, 24)).text
    judgement = three.long(sentence)
    assert judgement.verdict is Verdict.HOLLOW and judgement.template
    assert three.short(sentence).verdict is Verdict.NAMES_NOTHING
    # A text with a sentence of its own besides the copied one is judged as usual.
    assert three.long(sentence + " Twee keer per jaar.").verdict is Verdict.CONCRETE


@pytest.mark.parametrize(
    ("funding", "gap"),
    [
        ("opgenomen in de begroting 2028", None),
        ("De gemeente betaalt vanaf 2027 uit de Wmo-begroting.", None),
        ("structureel uit de gemeentelijke begroting", None),
        (
            "De gemeente betaalt vanaf 2028. Daarnaast bekijken we of de regiogemeenten "
            "meebetalen.",
            None,
        ),
        ("we gaan op zoek naar passende structurele middelen", FundingGap.INTENTION),
        ("in 2028 verkennen we met de gemeente de financiering", FundingGap.INTENTION),
        (
            "we gaan met gemeente en zorgverzekeraar in gesprek over structurele financiering "
            "na 2027",
            FundingGap.INTENTION,
        ),
        ("het blijft doorlopen", FundingGap.NO_PAYER),
        ("de gemeente betaalt tot 2026", FundingGap.NO_YEAR),
        ("Het gaat door. De gemeente betaalt in 2026.", FundingGap.NO_YEAR),
    ],
)
def test_the_financing_test(text: PlanText, funding: str, gap: FundingGap | None) -> None:
    assert text.funding_gap(funding, 2027) is gap


def test_a_method_word_inside_a_vague_phrase_names_no_method(text: PlanText) -> None:
    assert text.names_method("interviews en een tevredenheidsvragenlijst")
    assert text.names_method("we houden bij wie komt")
    assert not text.names_method("we gaan met de teams in gesprek")
    assert text.long("we gaan met de teams in gesprek", methods=True).verdict is Verdict.HOLLOW


@pytest.mark.parametrize(
    ("wat", "asks"),
    [
        ("2.500 bezoekers per maand op het platform", True),
        ("Het buurthuis wordt door 25 statushouders bezocht", True),
        ("25 ouders melden zich in 2027 aan voor de cursus", True),
        ("Vrijwilligers voeren de aanpak uit zoals bedoeld", False),
    ],
)
def test_a_goal_may_ask_for_a_count_itself(text: PlanText, wat: str, asks: bool) -> None:
    assert text.asks_output(wat) is asks


def test_output_words_count_inside_compounds(text: PlanText) -> None:
    assert text.output_words("webinaraanmeldingen") == ("webinaraanmeldingen",)
    assert text.output_words("verstuurde nieuwsbrieven") == ("verstuurde", "nieuwsbrieven")
    assert not text.output_words("deelnemers die de training afrondden")


def test_a_hostile_very_long_word_is_judged_like_a_short_one(text: PlanText) -> None:
    # Compounds are matched on endings no longer than a lexicon form, so one enormous "word"
    # in a hostile plan is read in linear time (quadratic slicing would hang this test).
    word = "x" * 500_000 + "wijkteam"
    assert text.long(f"Een integrale aanpak met het {word}").verdict is Verdict.CONCRETE
    assert text.long("integrale " + "y" * 500_000).verdict is Verdict.HOLLOW


@pytest.mark.parametrize(
    "sentence",
    [
        "Vrijwilligers bezoeken 40 ouderen per week in de wijk Oost; coördinator Anna plant ze",
        "We zetten in op een integrale en samenhangende aanpak voor de coördinatie",
    ],
)
def test_accents_typed_as_two_characters_are_judged_as_one(text: PlanText, sentence: str) -> None:
    """macOS and some editors store `ö` as `o` plus a combining mark (NFD)."""
    decomposed = unicodedata.normalize("NFD", sentence)
    assert decomposed != sentence
    assert text.long(decomposed) == text.long(sentence)
