"""libyaml's and PyYAML's syntax and reader errors explained in the words a plan writer
understands, pointing at the tab, pasted space or unclosed quote that caused them."""

from __future__ import annotations

import re

import yaml

from .yamlbase import INVISIBLE, MAX_DEPTH, START, Position, YamlProblem, position_of

BAD_CODE_ESCAPE = (
    "in tekst tussen dubbele aanhalingstekens staat een tekencode (\\u of \\U) die niet "
    "bestaat; gebruik enkele aanhalingstekens"
)
_CODE_ESCAPE = re.compile(r"\\U([0-9A-Fa-f]{8})")


def bad_escape_position(text: str) -> Position:
    """Where the first escape for a character beyond Unicode stands (or the start)."""
    for match in _CODE_ESCAPE.finditer(text):
        if int(match.group(1), 16) > 0x10FFFF:
            index = match.start()
            return Position(text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index))
    return START


_LABEL_OR_DIRECTIVE = (
    "hier staat een label (!) of een aanwijzing (%) die YAML niet kan lezen; "
    "zet tekst die met ! of % begint tussen aanhalingstekens"
)

# Every problem libyaml's and PyYAML's scanners and parsers can report, in the words a plan
# writer understands. Each key is a piece of the English text that both parsers share (libyaml
# says "did not find expected ',' or ']'", PyYAML "expected ',' or ']', but got"), tried in
# order. Directives (%) and tags (!) are handled before this table; the encoding errors of the
# reader cannot occur, as impl decodes the file itself.
_SYNTAX_MESSAGES = [
    (
        "mapping values are not allowed",
        "hier staat een dubbele punt die YAML niet verwacht; "
        "zet tekst met `: ` erin tussen aanhalingstekens, of controleer het inspringen",
    ),
    (
        "could not find expected ':'",
        "hier mist een dubbele punt na de sleutel, of een regel springt verkeerd in",
    ),
    (
        "expected key",
        "deze regel springt anders in dan de regels erboven; controleer het inspringen",
    ),
    (
        "'-' indicator",
        "in deze lijst springt een regel verkeerd in; elk item begint met `- ` op dezelfde hoogte",
    ),
    ("node content", "hier ontbreekt een waarde"),
    (
        "unexpected end of stream",
        "het bestand houdt midden in een waarde op; "
        "mist er een afsluitend aanhalingsteken of haakje?",
    ),
    ("undefined alias", "deze verwijzing (*) wijst naar een anker (&) dat niet bestaat"),
    ("unexpected ':'", "hier staat een dubbele punt die YAML niet verwacht"),
    ("',' or ']'", "deze lijst tussen [ ] is niet goed afgesloten"),
    ("',' or '}'", "dit blok tussen { } is niet goed afgesloten"),
    (
        "unclosed '[' or '{'",
        "hier springt een regel verkeerd in, of een lijst [ ] of blok { } is niet afgesloten",
    ),
    (
        "cannot start any token",
        "met dit teken (zoals @ of `) mag in YAML geen tekst beginnen; "
        "zet de tekst tussen aanhalingstekens",
    ),
    (
        "alphabetic or numeric character",
        "na * of & hoort de naam van een anker; bedoel je gewone tekst, zet die dan "
        "tussen aanhalingstekens",
    ),
    (
        "document start>",
        "hier staat nog tekst na het einde van het plan; een plan is één blok sleutels met "
        "waarden (staat er bovenaan een losse tekst, of een regel `...`?)",
    ),
    (
        "chomping or indentation indicators",
        "na `|` of `>` mag op deze regel alleen + of - of een cijfer staan; zet de tekst op "
        "de regels eronder, of zet de hele tekst tussen aanhalingstekens",
    ),
    (
        "indentation indicator",
        "na `|` of `>` mag geen 0 staan; haal het cijfer weg",
    ),
    (
        "comment or",
        "na `|` of `>` mag op deze regel niets meer staan; zet de tekst op de regels "
        "eronder, of zet de hele tekst tussen aanhalingstekens",
    ),
    (
        "unknown escape character",
        "in tekst tussen dubbele aanhalingstekens staat een "
        "\\ die YAML niet kent; gebruik enkele aanhalingstekens",
    ),
    (
        "hex",
        "in tekst tussen dubbele aanhalingstekens staat een \\x, \\u of \\U zonder geldige "
        "tekencode erachter; gebruik enkele aanhalingstekens",
    ),
    ("unicode character escape", BAD_CODE_ESCAPE),
    (
        "document indicator",
        "hier begint een regel met `---` of `...` midden in een tekst; dat betekent in YAML "
        "het einde van het plan. Zet de tekst anders op de regel, bijvoorbeeld met een "
        "spatie ervoor",
    ),
    (
        "document separator",
        "hier begint een regel met `---` of `...` midden in een tekst; dat betekent in YAML "
        "het einde van het plan. Zet de tekst anders op de regel, bijvoorbeeld met een "
        "spatie ervoor",
    ),
    (
        "unknown directive name",
        "een regel die met % begint is in YAML een aanwijzing voor de lezer; zet de tekst "
        "tussen aanhalingstekens of haal de % weg",
    ),
    (
        "sequence entries are not allowed",
        "hier begint een lijst (`- `) op een plek waar dat niet mag; controleer het inspringen",
    ),
    (
        "mapping keys are not allowed",
        "een ? aan het begin van een waarde kondigt in YAML een sleutel aan; zet tekst die "
        "met ? begint tussen aanhalingstekens",
    ),
    (
        "<block end>",
        "deze regel springt anders in dan verwacht; controleer het inspringen",
    ),
    (
        "nesting depth",
        f"het plan is hier dieper dan {MAX_DEPTH} niveaus genest; een plan heeft er minder "
        "dan 10 nodig",
    ),
    # These occur only inside a label or an aanwijzing.
    *(
        (english, _LABEL_OR_DIRECTIVE)
        for english in (
            "'!'",
            "'>'",
            "expected ' '",
            "digit",
            "version number",
            "whitespace",
            "non-alphabetical",
        )
    ),
    (
        "input is too long",
        "het bestand is te groot om te lezen; een plan is veel kleiner",
    ),
]
# For a message no version of PyYAML known to impl gives: never show its English.
UNKNOWN_SYNTAX = (
    "impl kan het bestand hier niet lezen als YAML; controleer deze regel en de regel erboven "
    "(inspringen, dubbele punten, aanhalingstekens en haakjes)"
)


# `wat: 'Feest' voor alle koppelingen`: a text that starts with a quote ends at the next one.
_QUOTED_THEN_MORE = re.compile(
    r"""^[ \t]*(?:-[ \t]+)*(?P<key>[^\s'"#-][^#]*?:[ \t]+)?"""
    r"""(?P<text>(?P<quoted>'(?:[^']|'')*'|"(?:[^"\\]|\\.)*")[ \t]*[^\s#:,\]}].*?)[ \t]*$"""
)


def _quoted_then_more(match: re.Match[str]) -> str:
    text, quote = match["text"], match["quoted"][0]
    other = '"' if quote == "'" else "'"
    advice = "zet de hele tekst tussen aanhalingstekens"
    if other not in text:
        advice += f", zoals {match['key'] or ''}{other}{text}{other}"
    return (
        f"YAML-fout: een tekst die met een aanhalingsteken ({quote}) begint, moet daar ook mee "
        f"eindigen; hier gaat hij na het tweede {quote} nog verder. Bedoel je de "
        f"aanhalingstekens als deel van de tekst, {advice}"
    )


def _indents(lines: list[str]) -> list[str]:
    """The whitespace each line starts with."""
    return [line[: len(line) - len(line.lstrip(" \t"))] for line in lines]


def syntax_problem(error: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    mark = error.problem_mark or error.context_mark
    position = position_of(mark) if mark is not None else START
    problem = error.problem or ""
    lines = text.split("\n")
    line = lines[position.line - 1] if position.line <= len(lines) else ""
    return _typing_trap(position, problem, lines, line) or _parser_message(
        error, position, problem, line
    )


def _typing_trap(
    position: Position, problem: str, lines: list[str], line: str
) -> YamlProblem | None:
    """A tab, a quote that ends too early or a pasted invisible space: the usual causes,
    often on the line before the one the parser trips over, named where they stand."""
    here = line[position.column - 1 : position.column]
    if here == "\t" or "tab character" in problem:
        column = line.find("\t") + 1 or position.column
        tab = "YAML-fout: hier staat een tab; spring in met spaties"
        first = Position(position.line, column)
        # With tabs all through the file, name every line at once, not one per run.
        elsewhere = tuple(
            YamlProblem(Position(number, indent.index("\t") + 1), tab)
            for number, indent in enumerate(_indents(lines), start=1)
            if "\t" in indent and number != first.line
        )
        return YamlProblem(
            first,
            f"{tab} (de tab-toets in veel editors kan ingesteld worden om spaties te maken)",
            elsewhere,
        )
    quoted = _QUOTED_THEN_MORE.match(line)
    if quoted:
        return YamlProblem(
            Position(position.line, quoted.start("text") + 1), _quoted_then_more(quoted)
        )
    for number in (position.line, position.line - 1):
        if 1 <= number <= len(lines):
            hit = next((i for i, c in enumerate(lines[number - 1]) if c in INVISIBLE), -1)
            if hit >= 0:
                return YamlProblem(
                    Position(number, hit + 1),
                    f"YAML-fout: hier staat een {INVISIBLE[lines[number - 1][hit]]}, vaak "
                    "meegekomen bij kopiëren uit Word of een website; vervang die door een "
                    "gewone spatie",
                )
    return None


def _parser_message(
    error: yaml.MarkedYAMLError, position: Position, problem: str, line: str
) -> YamlProblem:
    """The parser's own complaint in Dutch (the table above), with where a list or block
    began and a word on curly quotes."""
    context = error.context or ""
    opened = error.context_mark
    if "quoted scalar" in context and "end of stream" in problem and opened is not None:
        return YamlProblem(
            position_of(opened),
            "YAML-fout: het aanhalingsteken hier wordt nergens afgesloten; zet hetzelfde "
            "aanhalingsteken aan het eind van de tekst",
        )
    dutch = None
    if any(word in context + problem for word in ("directive", "tag", "YAML document", "URI")):
        dutch = _LABEL_OR_DIRECTIVE
    if dutch is None:
        dutch = next((d for english, d in _SYNTAX_MESSAGES if english in problem.lower()), None)
    if dutch is None:
        dutch = UNKNOWN_SYNTAX
    if ("flow sequence" in context or "flow mapping" in context) and opened is not None:
        dutch += f" (de lijst of het blok begint op regel {opened.line + 1})"
    elif "flow node" in context:
        dutch += " in een lijst [ ] of blok { }; is die goed afgesloten?"
    if any(quote in line for quote in "\u201c\u201d\u2018\u2019\u201e"):
        dutch += (
            "; let op: gekrulde aanhalingstekens (“ ” ‘ ’) tellen in YAML niet, "
            "gebruik rechte (\" of ')"
        )
    return YamlProblem(position, f"YAML-fout: {dutch}")


def reader_problem(error: yaml.reader.ReaderError, text: str, *, from_libyaml: bool) -> YamlProblem:
    index = error.position
    if from_libyaml:  # libyaml counts bytes of the UTF-8 text; editors count characters
        index = len(text.encode("utf-8")[:index].decode("utf-8", "ignore"))
    index = min(index, len(text))
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    character = error.character
    code = character if isinstance(character, int) else ord(str(character)[:1] or "\0")
    return YamlProblem(
        Position(line, column),
        f"hier staat een onzichtbaar stuurteken (U+{code:04X}) dat niet in een plan mag; "
        "haal het weg",
    )


_ODD_BREAKS = re.compile("[\u0085\u2028\u2029]")


def refuse_odd_breaks(text: str) -> None:
    """YAML 1.1 reads U+0085, U+2028 and U+2029 as line breaks, most editors do not: the
    plan would not mean what the user sees."""
    odd = _ODD_BREAKS.search(text)
    if odd:
        index = odd.start()
        line = text.count("\n", 0, index) + 1
        raise YamlProblem(
            Position(line, index - text.rfind("\n", 0, index)),
            f"hier staat een onzichtbaar regeleinde (U+{ord(odd.group()):04X}), vaak "
            "meegekomen bij kopiëren uit een website of pdf; haal het weg",
        )
