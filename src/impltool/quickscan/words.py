"""Words as the free-text judgement reads them (catalogue v3, "Free text"): sentences and
words split off a text, the knowledge file's word lists made ready to match with simple Dutch
inflection and compounds, and one text's reading (its words and vague phrases, found when
first asked for). What a verdict is and what depends on a plan is in freetext.py."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache, cached_property
from typing import NamedTuple

from ..knowledge import LanguageKnowledge, Lexicon

# A word is a run of letters, with an inner hyphen or apostrophe ("teach-back", "POH's").
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Template sentences are compared on letters and digits: "in 2027" and "in 2028" differ.
TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
SENTENCE_BREAK = re.compile(r"(?<=[.!?;:])\s+|\n\s*\n")
DIGIT = re.compile(r"\d")
YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")
_VOWELS = frozenset("aeiouyáéíóúàèìòùäëïöüâêîôû")
_DOUBLE_VOWELS = ("aa", "ee", "oo", "uu")
_MEMO_LIMIT = 200_000  # words remembered per word list; cleared beyond (hostile plans)


def _letter_is_consonant(letter: str) -> bool:
    return letter.isalpha() and letter not in _VOWELS


def stems(entry: str) -> Iterator[str]:
    """The stems of a lexicon entry: itself; integraal → integral; gesprek → gesprekk;
    betrokkene → betrokken."""
    yield entry
    if len(entry) >= 3 and _letter_is_consonant(entry[-1]):
        if entry[-3:-1] in _DOUBLE_VOWELS:
            yield entry[:-2] + entry[-1]
        elif entry[-2] in _VOWELS and _letter_is_consonant(entry[-3]):
            yield entry + entry[-1]
    if len(entry) > 1 and entry.endswith("e"):
        yield entry[:-1]


class Matcher:
    """Whether a lower-case word matches one of a list's entries (inflected, and inside a
    compound when the list says so). Answers are remembered: plans repeat their words."""

    __slots__ = ("_compound_prefix", "_compounds", "_forms", "_longest", "_seen")

    def __init__(
        self, entries: Iterable[str], endings: Iterable[str], compounds: bool, prefix: int
    ):
        endings = tuple(endings)
        all_stems = {stem for entry in entries for stem in stems(entry)}
        self._forms = frozenset({stem + ending for stem in all_stems for ending in endings})
        self._longest = max(map(len, all_stems), default=0) + max(map(len, endings), default=0)
        self._compounds = compounds
        self._compound_prefix = prefix
        self._seen: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        known = self._seen.get(word)
        if known is None:
            forms = self._forms
            known = (
                word in forms
                or (
                    self._compounds
                    # Only endings as long as a form can be: a hostile 100,000-letter word costs
                    # as much as a short one.
                    and any(
                        word[i:] in forms
                        for i in range(
                            max(self._compound_prefix, len(word) - self._longest), len(word)
                        )
                    )
                )
            )
            if len(self._seen) >= _MEMO_LIMIT:
                self._seen.clear()
            self._seen[word] = known
        return known


class WordLists(NamedTuple):
    """The knowledge file's word lists, ready to match (made once per process)."""

    vague: Matcher
    months: Matcher
    numbers: Matcher
    domain: Matcher
    places: Matcher
    methods: Matcher
    payers: Matcher
    committed: Matcher
    intentions: Matcher
    outputs: Matcher


@cache
def word_lists(language: LanguageKnowledge) -> WordLists:
    def matcher(lexicon: Lexicon) -> Matcher:
        return Matcher(
            lexicon.entries, language.endings, lexicon.compounds, language.compound_prefix
        )

    return WordLists(
        *(
            matcher(lexicon)
            for lexicon in (
                language.vague,
                language.months,
                language.numbers,
                language.domain,
                language.places,
                language.methods,
                language.payers,
                language.committed,
                language.intentions,
                language.outputs,
            )
        )
    )


class Word(NamedTuple):
    text: str  # as written
    low: str
    first: bool  # the first word of its sentence


class Reading:
    """A text split into sentences; its words and vague phrases are found when first asked
    for (a digit makes most texts concrete before any word is read)."""

    def __init__(
        self, text: str, sentences: tuple[str, ...], phrases: dict[str, list[tuple[str, ...]]]
    ) -> None:
        self.sentences = sentences  # as written, one per sentence
        self.has_digit = bool(DIGIT.search(text))
        self._vague_phrases = phrases  # by first word, longest first

    @cached_property
    def words(self) -> tuple[tuple[Word, ...], ...]:
        """The words per sentence."""
        return tuple(
            tuple(Word(w, w.lower(), i == 0) for i, w in enumerate(WORD.findall(sentence)))
            for sentence in self.sentences
        )

    @cached_property
    def _phrase_index(self) -> tuple[dict[tuple[int, int], str], frozenset[tuple[int, int]]]:
        found: dict[tuple[int, int], str] = {}
        inside: set[tuple[int, int]] = set()
        for s, sentence_words in enumerate(self.words):
            low = [w.low for w in sentence_words]
            for start, first in enumerate(low):
                if (s, start) in inside:
                    continue  # inside a phrase already found
                for phrase in self._vague_phrases.get(first, ()):
                    end = start + len(phrase)
                    if tuple(low[start:end]) == phrase:
                        inside.update((s, i) for i in range(start, end))
                        found[(s, start)] = " ".join(w.text for w in sentence_words[start:end])
                        break
        return found, frozenset(inside)

    @property
    def phrases(self) -> dict[tuple[int, int], str]:
        """(sentence, first word) → the vague phrase starting there, as written."""
        return self._phrase_index[0]

    @property
    def in_phrase(self) -> frozenset[tuple[int, int]]:
        """(sentence, word) inside a vague phrase."""
        return self._phrase_index[1]

    def all_words(self) -> Iterator[tuple[int, int, Word]]:
        for s, sentence in enumerate(self.words):
            for i, word in enumerate(sentence):
                yield s, i, word


def normal(text: str) -> str:
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.replace("’", "'")


def find_phrase(phrase: tuple[str, ...], words: list[str]) -> Iterator[int]:
    """Where a phrase starts in a sentence's lower-case words."""
    size = len(phrase)
    for start in range(len(words) - size + 1):
        if tuple(words[start : start + size]) == phrase:
            yield start
