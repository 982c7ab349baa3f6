"""Every kind of input error names the exact line and column, in plain Dutch.

Each case is a small plan with one mistake, the place an editor would jump to, and the
words the user needs to read to fix it.
"""

from __future__ import annotations

import pytest

from impltool.plan.load import PlanError, load_text

VALID = """\
formaat: 1
titel: Test
interventie:
  naam: Buurtgezinnen
fasen:
  weten: []
"""


def problems(text: str) -> list[tuple[int, int, str]]:
    with pytest.raises(PlanError) as caught:
        load_text(text, "plan.yaml")
    return [(p.line, p.column, p.message) for p in caught.value.problems]


def test_the_base_plan_is_valid() -> None:
    assert load_text(VALID, "plan.yaml").plan.title == "Test"


# (case, plan text, [(line, column, words the message must contain)])
CASES: list[tuple[str, str, list[tuple[int, int, tuple[str, ...]]]]] = [
    (
        "tab as indentation",
        "formaat: 1\ntitel: Test\ninterventie:\n\tnaam: X\nfasen: {}\n",
        [(4, 1, ("tab", "spaties"))],
    ),
    (
        "tab after a good line",
        "formaat: 1\ntitel: Test\ninterventie:\n  naam: X\n\tbeschrijving: y\nfasen: {}\n",
        [(5, 1, ("tab",))],
    ),
    (
        "line indented deeper than its neighbour",
        "formaat: 1\ntitel: Test\ninterventie:\n  naam: X\n   soort: werkwijze\nfasen: {}\n",
        [(5, 9, ("dubbele punt", "inspringen"))],
    ),
    (
        "line indented less than its neighbour",
        "formaat: 1\ntitel: Test\ninterventie:\n    naam: X\n  soort: werkwijze\nfasen: {}\n",
        [(5, 3, ("springt", "inspringen"))],
    ),
    (
        "unclosed double quote points at the opening quote",
        'formaat: 1\ntitel: "Test\ninterventie:\n  naam: X\nfasen: {}\n',
        [(2, 8, ("aanhalingsteken", "afgesloten"))],
    ),
    (
        "unclosed flow list names the line it starts on",
        "formaat: 1\ntitel: Test\ninterventie:\n  naam: X\n  aanpasbaar: [a, b\nfasen: {}\n",
        [(6, 6, ("niet goed afgesloten", "regel 5"))],
    ),
    (
        "curly quotes are not quotes",
        "formaat: 1\ntitel: \u201cPlan: oost\u201d\ninterventie:\n  naam: X\nfasen: {}\n",
        [(2, 13, ("dubbele punt", "gekrulde aanhalingstekens"))],
    ),
    (
        "key written twice names both lines",
        VALID + "titel: Nog een titel\n",
        [(7, 1, ("'titel'", "twee keer", "regel 2", "regel 7"))],
    ),
    (
        "key written twice inside a list item",
        VALID + "doelen:\n  - id: D1\n    wat: a\n    wat: b\n",
        [(10, 5, ("'wat'", "regel 9", "regel 10"))],
    ),
    (
        "misspelled top-level key gets a hint",
        VALID + "doelgroepe:\n  - id: a\n    type: gebruikers\n",
        [(7, 1, ("onbekende sleutel `doelgroepe`", "bedoelde je `doelgroepen`?"))],
    ),
    (
        "misspelled key inside a kanaal gets a hint and the path",
        VALID
        + "doelgroepen:\n  - id: a\n    type: gebruikers\n    kanalen:\n"
        + "      - naam: nieuwsbrief\n        soort: massamedia\n        onlien: true\n",
        [(13, 9, ("`onlien`", "doelgroepen[1].kanalen[1]", "bedoelde je `online`?"))],
    ),
    (
        "misspelled required key: the hint, not also 'missing'",
        "formaat: 1\ntitel: Test\ninterventie:\n  nam: X\nfasen: {}\n",
        [(4, 3, ("onbekende sleutel `nam`", "bedoelde je `naam`?"))],
    ),
    (
        "key nothing like an allowed one lists what belongs there",
        VALID + "evaluatie:\n  methode: interviews\n  wanneer: 2026-06-30\n",
        [(9, 3, ("`wanneer`", "in `evaluatie`", "hier horen: vragen, methode, momenten"))],
    ),
    (
        "missing required field points at its parent mapping",
        VALID + "betrokkenen:\n  - id: wethouder\n    naam: Wethouder Zorg\n",
        [(8, 5, ("verplicht veld `type` ontbreekt", "betrokkenen[1]"))],
    ),
    (
        "missing required section points at line 1",
        "formaat: 1\ntitel: Test\nfasen: {}\n",
        [(1, 1, ("verplicht veld `interventie` ontbreekt",))],
    ),
    (
        "wrong choice lists the options and hints the close one",
        VALID + "rol: ontwikkelaars\n",
        [
            (
                7,
                6,
                (
                    "'ontwikkelaars'",
                    "kies uit: uitvoerende_organisatie, ontwikkelaar",
                    "bedoelde je `ontwikkelaar`?",
                ),
            )
        ],
    ),
    (
        "wrong choice inside a flow mapping",
        VALID
        + "doelgroepen:\n  - id: a\n    type: gebruikers\n    kanalen:\n"
        + "      - {naam: krant, soort: massa}\n",
        [(11, 30, ("'massa'", "massamedia, persoonlijk", "bedoelde je `massamedia`?"))],
    ),
    (
        "a Dutch day-month-year date",
        VALID + "periode: {start: 1-3-2025, eind: 2025-12-31}\n",
        [(7, 18, ("'1-3-2025' is geen datum", "JJJJ-MM-DD"))],
    ),
    (
        "an impossible date",
        VALID + "periode:\n  start: 2025-01-01\n  eind: 2025-02-30\n",
        [(9, 9, ("2025-02-30", "bestaat niet"))],
    ),
    (
        "text in a number field",
        VALID + "kpis:\n  - id: K1\n    nulmeting: veel\n",
        [(9, 16, ("`nulmeting`", "getal", "'veel'"))],
    ),
    (
        "a fraction where a whole number belongs",
        VALID.replace("weten: []", "doen:\n    - id: A1\n      sessies: 2.5"),
        [(8, 16, ("`sessies`", "heel getal", "'2.5'"))],
    ),
    (
        "yes in a true/false field",
        VALID
        + "doelgroepen:\n  - id: a\n    type: gebruikers\n    kanalen:\n"
        + "      - naam: website\n        soort: massamedia\n        online: yes\n",
        [(13, 17, ("`online`", "true of false", "'yes'"))],
    ),
    (
        "a list where one text belongs",
        VALID.replace("titel: Test", "titel: [Plan, Oost]"),
        [(2, 8, ("`titel`", "één tekst", "geen lijst"))],
    ),
    (
        "a block where one text belongs",
        VALID.replace("  naam: Buurtgezinnen", "  naam:\n    voluit: Buurtgezinnen"),
        [(5, 5, ("`naam`", "één tekst"))],
    ),
    (
        "text where a list belongs",
        VALID.replace("  naam: Buurtgezinnen", "  naam: B\n  werkzame_elementen: matching"),
        [(5, 23, ("`werkzame_elementen`", "lijst", "'matching'", "- "))],
    ),
    (
        "text where a block belongs, in a list",
        VALID + "doelen:\n  - D1\n",
        [(8, 5, ("item 1 van `doelen`", "blok met sleutels", "'D1'", "`id: ...`"))],
    ),
    (
        "an empty required text",
        VALID.replace("titel: Test", "titel:"),
        [(2, 7, ("`titel` is leeg",))],
    ),
    (
        "true as a key",
        VALID + "true: x\n",
        [(7, 1, ("sleutel moet tekst zijn", "niet true"))],
    ),
    (
        "an empty key",
        VALID + "~: x\n",
        [(7, 1, ("sleutel moet tekst zijn", "leeg"))],
    ),
    (
        "a list as a key",
        VALID + "? [a, b]\n: x\n",
        [(7, 3, ("sleutel moet tekst zijn", "lijst of blok"))],
    ),
    (
        "a mapping as a key",
        VALID + "{a: 1}: x\n",
        [(7, 1, ("sleutel moet tekst zijn", "lijst of blok"))],
    ),
    (
        "an unknown formaat version",
        VALID.replace("formaat: 1", "formaat: 2"),
        [(1, 10, ("formaat 2 ken ik niet", "formaat 1"))],
    ),
    (
        "a formaat that is not a number",
        VALID.replace("formaat: 1", "formaat: [1]"),
        [(1, 10, ("`formaat`", "formaat: 1"))],
    ),
    (
        "missing formaat, and the rest is still checked",
        VALID.replace("formaat: 1\n", "").replace("naam: Buurtgezinnen", "nam: B"),
        [(1, 1, ("`formaat: 1` ontbreekt",)), (3, 3, ("`nam`", "bedoelde je `naam`?"))],
    ),
    ("an empty file", "", [(1, 1, ("leeg", "impl init"))]),
    ("only comments", "# mijn plan\n\n", [(1, 1, ("leeg",))]),
    ("a document that is a list", "- formaat: 1\n- titel: T\n", [(1, 1, ("een lijst",))]),
    ("a document that is one text", "mijn plan\n", [(1, 1, ("alleen een tekst",))]),
    (
        "two documents in one file",
        VALID + "---\n" + VALID,
        [(7, 1, ("meer dan één YAML-document",))],
    ),
    (
        "the same id twice in one list names both lines",
        VALID + "doelen:\n  - id: D1\n    wat: a\n  - id: D1\n    wat: b\n",
        [(10, 9, ("id 'D1'", "twee keer", "`doelen`", "regel 8", "regel 10"))],
    ),
    (
        "a non-breaking space inside a key (pasted from Word)",
        VALID + "doelen:\n  - id: D1\n    wat\u00a0: bereik\n",
        [(9, 8, ("in de sleutel `wat`", "harde spatie", "Word"))],
    ),
    (
        "non-breaking spaces as indentation",
        VALID + "doelen:\n  - id: D1\n\u00a0\u00a0\u00a0 wat: bereik\n",
        [(9, 1, ("voor de sleutel `wat`", "harde spatie"))],
    ),
    (
        "a non-breaking space after the colon",
        "formaat: 1\ntitel:\u00a0Test\ninterventie:\n  naam: X\nfasen: {}\n",
        [(2, 7, ("harde spatie", "gewone spatie"))],
    ),
    (
        "a zero-width space before a key",
        VALID + "\u200bdoelen: []\n",
        [(7, 1, ("`doelen`", "onzichtbare spatie"))],
    ),
    (
        "a control character",
        VALID.replace("titel: Test", "titel: Te\x01st"),
        [(2, 10, ("stuurteken", "U+0001"))],
    ),
    (
        "a line separator pasted from a web page",
        VALID.replace("titel: Test", "titel: Test\u2028plan"),
        [(2, 12, ("onzichtbaar regeleinde", "U+2028"))],
    ),
    (
        "old Mac line ends count as lines",
        VALID.replace("\n", "\r") + "rol: schrijver\r",
        [(7, 6, ("'schrijver'",))],
    ),
    (
        "text after a document end marker",
        VALID + "...\nrol: ontwikkelaar\n",
        [(8, 1, ("na het einde van het plan", "`...`"))],
    ),
    (
        "a block scalar with text on its first line",
        VALID.replace("titel: Test", "titel: |Test"),
        [(2, 9, ("`|`", "regels eronder"))],
    ),
    (
        "a Python tag is refused",
        VALID + "x: !!python/object/apply:os.system ['echo pwned']\n",
        [(7, 4, ("`!!python/object/apply:os.system`", "niet ondersteund"))],
    ),
    (
        "a local tag is refused",
        VALID.replace("titel: Test", "titel: !vet Test"),
        [(2, 8, ("`!vet`", "niet ondersteund"))],
    ),
    (
        "an alias to an anchor that does not exist",
        VALID.replace("titel: Test", "titel: *naam"),
        [(2, 8, ("*naam", "niet bestaat"))],
    ),
    (
        "an alias to a block skipped because of an earlier error",
        "formaat: 1\ntitel: T\ntitel: &x [a]\ninterventie:\n  naam: B\n  aanpasbaar: *x\n"
        "fasen: {}\n",
        [(3, 1, ("'titel'", "twee keer")), (6, 15, ("*x", "andere fout"))],
    ),
    (
        "a merge key is not supported",
        "formaat: 1\ntitel: T\ninterventie:\n  <<: {naam: X}\nfasen: {}\n",
        [(4, 3, ("verplicht veld `naam`",)), (4, 3, ("`<<`", "samenvoegen"))],
    ),
    (
        "an error inside an alias is shown at the anchor and at the alias",
        VALID.replace("  weten: []\n", "  weten: &a [{id: A1, wat: x, soort: [1]}]\n  doen: *a\n"),
        [(6, 38, ("lijst", "`soort`")), (7, 9, ("lijst", "`soort`"))],
    ),
    (
        "a date in other digits",
        VALID + "periode: {start: ٢٠٢٦-٠١-٠١, eind: 2027-12-31}\n",
        [(7, 18, ("`start`", "andere cijfers dan 0 tot en met 9"))],
    ),
    (
        "a factor with both item and id",
        VALID + "factoren:\n  - {item: org.beleid, id: F1, oordeel: bevorderend}\n",
        [(8, 5, ("item 1 van `factoren`", "óf `item`", "niet allebei"))],
    ),
    (
        "a period that ends before it starts",
        VALID + "periode: {start: 2027-01-01, eind: 2026-01-01}\n",
        [(7, 10, ("de periode eindigt", "voor ze begint"))],
    ),
    (
        "a factor with neither item nor id",
        VALID + "factoren:\n  - {oordeel: bevorderend}\n",
        [(8, 5, ("item 1 van `factoren`", "`item`", "`id` met `domein`"))],
    ),
    (
        "a quoted text that goes on, with both kinds of quote in it",
        VALID.replace("titel: Test", "titel: 'Test' en \"x\""),
        [(2, 8, ("aanhalingsteken (')", "tussen aanhalingstekens"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_error_names_line_column_and_cause(
    text: str, expected: list[tuple[int, int, tuple[str, ...]]]
) -> None:
    found = problems(text)
    assert [(line, column) for line, column, _ in found] == [
        (line, column) for line, column, _ in expected
    ], found
    for (_, _, message), (_, _, words) in zip(found, expected, strict=True):
        for word in words:
            assert word in message, (word, message)


def test_three_independent_errors_are_all_reported() -> None:
    text = (
        "formaat: 1\n"
        "titel: Test\n"
        "rol: schrijver\n"  # 3: wrong choice
        "interventie:\n"
        "  naam: X\n"
        "  soort: cursus\n"  # 6: wrong choice
        "periode: {start: 2025-01-01, eind: 31-12-2025}\n"  # 7: not a date
        "fasen: {}\n"
    )
    found = problems(text)
    assert [(line, column) for line, column, _ in found] == [(3, 6), (6, 10), (7, 36)]


def test_yaml_and_model_errors_are_reported_together_in_file_order() -> None:
    text = VALID + "doelen:\n  - id: D1\n    wat: a\n    wat: b\n    wanneer: morgen\n"
    found = problems(text)
    assert [(line, column) for line, column, _ in found] == [(10, 5), (11, 14)]
    assert "twee keer" in found[0][2] and "geen datum" in found[1][2]


def test_many_errors_are_capped_with_a_count_of_the_rest() -> None:
    items = "".join(f"  - id: D{i}\n    wanneer: nooit\n" for i in range(150))
    found = problems(VALID + "doelen:\n" + items)
    assert len(found) == 101
    assert all("geen datum" in message for _, _, message in found[:100])
    assert found[100][:2] == (8 + 2 * 100 + 1, 14)
    assert "nog 50 fouten" in found[100][2]


@pytest.mark.parametrize("word", ["no", "yes", "on", "off", "y", "n", "No", "NO", "Off"])
def test_yaml_1_1_booleans_stay_text(word: str) -> None:
    text = VALID.replace("titel: Test", f"titel: {word}") + (
        f"doelgroepen:\n  - id: {word}\n    naam: {word}\n    type: gebruikers\n"
    )
    plan = load_text(text).plan
    assert plan.title == word
    assert plan.target_groups[0].id == word
    assert plan.target_groups[0].name == word


def test_numbers_with_leading_zeros_and_versions_stay_text_in_text_fields() -> None:
    text = VALID.replace("naam: Buurtgezinnen", "naam: '3.10'\n  eigenaar: 0612345670") + (
        "doelen:\n  - id: 010\n    wat: 3.10\n    waar: 12:30\n"
    )
    plan = load_text(text).plan
    assert plan.intervention.owner == "0612345670"
    goal = plan.goals[0]
    assert (goal.id, goal.what, goal.where) == ("010", "3.10", "12:30")


def test_true_and_false_are_booleans_and_numbers_convert_where_numbers_belong() -> None:
    text = VALID + (
        "doelgroepen:\n  - id: a\n    type: gebruikers\n    direct: false\n"
        "    contactmomenten: 08\n"
        "kpis:\n  - id: K1\n    nulmeting: '12.5'\n    streefwaarde: 500\n"
    )
    plan = load_text(text).plan
    assert plan.target_groups[0].direct is False
    assert plan.target_groups[0].contact_moments == 8
    assert plan.kpis[0].baseline == 12.5


def test_a_python_tag_is_never_executed(tmp_path) -> None:
    marker = tmp_path / "pwned"
    text = VALID + f"x: !!python/object/apply:os.system ['touch {marker}']\n"
    problems(text)
    assert not marker.exists()


def test_an_anchor_and_alias_for_a_repeated_text_is_fine() -> None:
    text = VALID.replace("titel: Test", "titel: &t Buurtgezinnen").replace(
        "naam: Buurtgezinnen", "naam: *t"
    )
    assert load_text(text).plan.intervention.name == "Buurtgezinnen"


def test_a_bare_document_end_marker_is_fine() -> None:
    assert load_text("---\n" + VALID + "...\n").plan.title == "Test"
