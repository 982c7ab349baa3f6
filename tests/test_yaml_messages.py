"""Every problem the YAML parsers can report reaches the user in Dutch, at its own place.

PyYAML has two parsers: libyaml (C, used when the wheel has it, as on the usual platforms) and
its pure-Python one (used without libyaml, and by impl when libyaml stops at its own nesting
limit). Both are exercised, so a new PyYAML wording or a new libyaml limit shows up here.
"""

from __future__ import annotations

import re

import pytest
import yaml
from yaml.error import Mark

from impltool.plan import yamlread, yamlsyntax
from impltool.plan.yamlbase import YamlProblem
from impltool.plan.yamlread import read_yaml

ENGLISH = re.compile(
    r"\b(expected|found|while|allowed|could|not|token|stream|the|character|indicator|"
    r"scanning|parsing|nesting|exceeded|escape|directive|mapping|sequence)\b",
    re.IGNORECASE,
)

# (kind, plan text, (line, column), words the Dutch message must contain)
CASES = [
    ("colon inside a value", "a: b: c\n", (1, 5), "dubbele punt"),
    ("key without colon", "a:\n  b\n  c: d\n", (3, 4), "dubbele punt"),
    ("key indented less", "a:\n  b: 1\n c: 2\n", (3, 2), "inspringen"),
    ("list item indented less", "a:\n  - 1\n - 2\n", (3, 2), "inspringen"),
    ("unclosed double quote", 'a: "abc\n', (1, 4), "aanhalingsteken"),
    ("unclosed single quote", "a: 'abc\n", (1, 4), "aanhalingsteken"),
    ("empty key in a flow block", "a: {b: c, :}\n", (1, 11), "ontbreekt een waarde"),
    ("unclosed flow list", "a: [1, 2\nb: 3\n", (2, 2), "[ ]"),
    ("unclosed flow block", "a: {b: 1\nc: 2\n", (2, 2), "{ }"),
    ("value starting with @", "a: @foo\n", (1, 4), "aanhalingstekens"),
    ("value starting with a backtick", "a: `x`\n", (1, 4), "aanhalingstekens"),
    ("anchor without a name", "a: & b\n", (1, 5), "anker"),
    ("alias without a name", "a: *\n", (1, 5), "anker"),
    ("text after the end marker", "a: 1\n...\nb\n", (3, 1), "einde van het plan"),
    ("zero indentation indicator", "a: |0\n  tekst\n", (1, 5), "geen 0"),
    ("text after a block indicator", "a: | x\n  tekst\n", (1, 6), "niets meer"),
    ("unknown backslash escape", 'a: "c:\\q"\n', (1, None), "enkele aanhalingstekens"),
    ("bad hex escape", 'a: "\\xZZ"\n', (1, 7), "tekencode"),
    ("escape beyond Unicode", 'a: "\\UFFFFFFFF"\n', (1, None), "tekencode"),
    ("document marker inside quotes", 'a: "eerste\n---\nb"\n', (2, 1), "---"),
    ("unsupported YAML version", "%YAML 2.0\n---\na: 1\n", (1, 1), "aanwijzing"),
    ("YAML version given twice", "%YAML 1.1\n%YAML 1.1\n---\na: 1\n", (2, 1), "aanwijzing"),
    ("undefined tag handle", "a: !x!y b\n", (1, 4), "label"),
    ("unclosed verbatim tag", "a: !<abc b\n", (1, 9), "label"),
    ("list item after a mapping", "a: b\n- c\n", (2, 1), "inspringen"),
    ("question mark starting a value", "a: [1, ? b]\nc: ? d\n", (2, 4), "?"),
    ("mapping after a list", "- a\nb: c\n", (2, 1), "springt"),
    ("tab as indentation", "a:\n\tb: 1\n", (2, 1), "tab"),
    ("control character", "a: b\x07\n", (1, 5), "stuurteken"),
    ("control character after accents", "a: ééééééé\nb: c\x07\n", (2, 5), "stuurteken"),
    ("flow lists nested very deep", "a: " + "[" * 5_000 + "]" * 5_000 + "\n", (1, 53), "dieper"),
    ("unclosed deep flow lists", "[" * 5_000, (1, 51), "dieper"),
]


def python_parser(text: str) -> None:
    yamlread._read_yaml(text, yaml.SafeLoader)


PARSERS = {"libyaml": read_yaml, "pure Python": python_parser}


@pytest.mark.parametrize("parser", PARSERS.values(), ids=PARSERS.keys())
@pytest.mark.parametrize(
    ("text", "place", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_yaml_problem_gets_a_dutch_message_at_its_place(parser, text, place, words) -> None:
    with pytest.raises(YamlProblem) as raised:
        parser(text)
    problem = raised.value
    assert words in problem.message
    assert not ENGLISH.search(problem.message), problem.message
    line, column = place
    assert problem.position.line == line
    if column is not None:  # the two parsers differ by one on some escapes
        assert problem.position.column == column


# Every problem text in libyaml 0.2.5 (scanner, parser; the reader's encoding errors cannot
# occur, impl decodes the file itself) and in PyYAML's scanner and parser.
LIBYAML_PROBLEMS = [
    "block sequence entries are not allowed in this context",
    "could not find expected ':'",
    "could not find expected directive name",
    "did not find URI escaped octet",
    "did not find expected '!'",
    "did not find expected ',' or ']'",
    "did not find expected ',' or '}'",
    "did not find expected '-' indicator",
    "did not find expected <document start>",
    "did not find expected alphabetic or numeric character",
    "did not find expected comment or line break",
    "did not find expected digit or '.' character",
    "did not find expected hexdecimal number",
    "did not find expected key",
    "did not find expected node content",
    "did not find expected tag URI",
    "did not find expected version number",
    "did not find expected whitespace",
    "did not find expected whitespace or line break",
    "did not find the expected '>'",
    "exceeded maximum nesting depth",
    "found a tab character that violates indentation",
    "found a tab character where an indentation space is expected",
    "found an indentation indicator equal to 0",
    "found character that cannot start any token",
    "found duplicate %TAG directive",
    "found duplicate %YAML directive",
    "found extremely long version number",
    "found incompatible YAML document",
    "found invalid Unicode character escape code",
    "found undefined tag handle",
    "found unexpected ':'",
    "found unexpected document indicator",
    "found unexpected end of stream",
    "found unexpected non-alphabetical character",
    "found unknown directive name",
    "found unknown escape character",
    "input is too long",
    "mapping keys are not allowed in this context",
    "mapping values are not allowed in this context",
    "did not find expected <stream-start>",
]
PYYAML_PROBLEMS = [
    "could not find expected ':'",
    "duplicate tag handle '!'",
    "expected ' ', but found 'x'",
    "expected '!', but found 'x'",
    "expected ',' or ']', but got '<scalar>'",
    "expected ',' or '}', but got '<scalar>'",
    "expected '<document start>', but found '<scalar>'",
    "expected '>', but found 'x'",
    "expected <block end>, but found '-'",
    "expected URI escape sequence of 2 hexadecimal numbers, but found 'x'",
    "expected URI, but found 'x'",
    "expected a comment or a line break, but found 'x'",
    "expected a digit or ' ', but found 'x'",
    "expected a digit or '.', but found 'x'",
    "expected a digit, but found 'x'",
    "expected alphabetic or numeric character, but found 'x'",
    "expected chomping or indentation indicators, but found 'x'",
    "expected escape sequence of 4 hexadecimal numbers, but found 'x'",
    "expected indentation indicator in the range 1-9, but found 0",
    "expected the node content, but found ']'",
    "found character '@' that cannot start any token",
    "found duplicate YAML directive",
    "found incompatible YAML document (version 1.* is required)",
    "found non-specific tag '!'",
    "found undefined tag handle '!x!'",
    "found unexpected document separator",
    "found unexpected end of stream",
    "found unknown escape character 'q'",
    "invalid indentation or unclosed '[' or '{'",
    "mapping keys are not allowed here",
    "mapping values are not allowed here",
    "sequence entries are not allowed here",
]


@pytest.mark.parametrize("problem", sorted(set(LIBYAML_PROBLEMS + PYYAML_PROBLEMS)))
def test_every_parser_problem_text_has_a_dutch_translation(problem: str) -> None:
    mark = Mark("plan.yaml", 0, 0, 0, None, None)
    error = yaml.MarkedYAMLError(problem=problem, problem_mark=mark)
    message = yamlsyntax.syntax_problem(error, "a: b\n").message
    assert message.startswith("YAML-fout: ")
    assert not ENGLISH.search(message), message
    assert message != f"YAML-fout: {yamlsyntax.UNKNOWN_SYNTAX}" or "stream-start" in problem


def test_libyaml_reader_offsets_become_character_columns() -> None:
    # libyaml counts bytes; "é" is two of them, yet the column is where an editor shows it.
    with pytest.raises(YamlProblem) as raised:
        read_yaml("titel: é" * 40 + "\nb: c\x07\n")
    assert tuple(raised.value.position) == (2, 5)
