"""The free-text judgement: concrete, hollow, names nothing (catalogue v3, "Free text").

Deterministic and explainable: no language model, nothing online. A text is split into
sentences and words; words are matched against the word lists of the knowledge file (`taal`)
with simple Dutch inflection; a verdict carries the words that made a text vague, so a message
can quote them. `PlanText` holds what depends on the plan (the intervention's name, the plan's
own vocabulary, the template sentences) and is made once per plan, on the rule `Context`.
Every quickscan rule that judges text asks this module; none holds a list of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from typing import NamedTuple

from ..knowledge import LanguageKnowledge
from ..plan.model import Plan
from .words import (
    SENTENCE_BREAK,
    TOKEN,
    WORD,
    YEAR,
    Matcher,
    Reading,
    Word,
    find_phrase,
    normal,
    word_lists,
)


class Verdict(Enum):
    CONCRETE = "concreet"  # it has an anchor: a number, date, name, place, group, domain word
    NEUTRAL = "neutraal"  # plain words, no anchor but no policy-speak either: passes
    HOLLOW = "hol"  # (long texts) policy-speak without an anchor, or template text
    NAMES_NOTHING = "noemt niets"  # (short answers) no anchor and nothing but vague words


class Judgement(NamedTuple):
    """The verdict on one text, with what a message needs to explain it."""

    verdict: Verdict
    vague: tuple[str, ...] = ()  # (when it fails) vague terms as written, phrases whole
    template: bool = False  # every sentence also stands in two or more other fields

    @property
    def fails(self) -> bool:
        return self.verdict in (Verdict.HOLLOW, Verdict.NAMES_NOTHING)


class FundingGap(Enum):
    """Why a sentence about financing is not an agreement (BORG-01's financing test)."""

    NO_PAYER = "noemt niet wie betaalt"
    INTENTION = "is een voornemen, geen afspraak"
    NO_YEAR = "noemt geen jaar vanaf het eind van de periode"


class PlanText:
    """The free-text judgement for one plan."""

    def __init__(
        self, plan: Plan, language: LanguageKnowledge, placeholder: Callable[[str], bool]
    ) -> None:
        self.language = language
        self._lists = word_lists(language)
        self._placeholder = placeholder
        self._readings: dict[str, Reading] = {}
        self._sentence_cache: dict[str, tuple[str, ...]] = {}
        # Vague phrases by their first word, longest first ("waar dat nodig is" before "waar
        # nodig"): a text is scanned once, not once per phrase.
        self._vague_phrases: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(language.vague.phrases, key=len, reverse=True):
            self._vague_phrases.setdefault(phrase[0], []).append(phrase)
        self.name_words = frozenset(
            word.lower() for word in WORD.findall(normal(plan.intervention.name))
        )
        self._vocabulary = self._own_words(plan)
        self._template_sentences = self._templates(plan)

    # --- the verdicts ---------------------------------------------------------------------

    def long(self, text: str, *, strict: bool = False, methods: bool = False) -> Judgement:
        """A long text: concrete, neutral or hollow. `strict` for a goal's `wat` and the
        problem (hollow at exactly the share); `methods`: a method word anchors."""
        return self._judge(text, short=False, strict=strict, methods=methods)

    def short(self, text: str, *, place_counts: bool = False) -> Judgement:
        """A short answer (`bij_wie`, `waar`, `verantwoordelijke`): concrete, neutral or names
        nothing. With `place_counts` (a goal's `waar`) a place word is an answer too."""
        judgement = self._judge(text, short=True, strict=False, methods=False)
        if place_counts and judgement.fails and not judgement.template:
            reading = self._read(text)
            if any(self._lists.places(word.low) for _, _, word in reading.all_words()):
                return Judgement(Verdict.NEUTRAL)
        return judgement

    def names_method(self, text: str) -> bool:
        """Whether the text names a way of collecting information (outside a vague phrase:
        "in gesprek" names none)."""
        reading = self._read(text)
        if any(
            self._lists.methods(word.low) and (s, i) not in reading.in_phrase
            for s, i, word in reading.all_words()
        ):
            return True
        return self._names_method_phrase(reading)

    def funding_gap(self, text: str, end_year: int | None) -> FundingGap | None:
        """BORG-01's financing test: None when one sentence names a payer and a year at or
        after `end_year` (or committed money) without being an intention; else the reason
        of the first sentence that names a payer (or of the first sentence)."""
        reading = self._read(text)
        first: FundingGap | None = None
        first_with_payer: FundingGap | None = None
        for raw, words in zip(reading.sentences, reading.words, strict=True):
            gap = self._sentence_gap(raw, words, end_year)
            if gap is None:
                return None
            first = first or gap
            if gap is not FundingGap.NO_PAYER:
                first_with_payer = first_with_payer or gap
        return first_with_payer or first or FundingGap.NO_PAYER

    def output_words(self, text: str) -> tuple[str, ...]:
        """KPI-07: the words of the text that count what the project does (as written)."""
        found = (word.text for _, _, word in self._read(text).all_words())
        return tuple(dict.fromkeys(word for word in found if self._lists.outputs(word.lower())))

    def asks_output(self, text: str) -> bool:
        """KPI-07: a goal's `wat` asks for such a count itself ("wordt door 25 statushouders
        bezocht"): an output word or a verb form of one."""
        if self.output_words(text):
            return True
        verbs, split = self.language.output_verbs, self.language.output_split_verbs
        for sentence in self._read(text).words:
            low = [word.low for word in sentence]
            if any(word in verbs for word in low):
                return True
            for first, second in split:
                if first in low and second in low[low.index(first) + 1 :]:
                    return True
        return False

    def sentence_words(self, text: str) -> list[list[str]]:
        """The lower-case words of each sentence, as the judgement reads them."""
        return [[word.low for word in sentence] for sentence in self._read(text).words]

    # --- how a text is read ---------------------------------------------------------------

    def _read(self, text: str) -> Reading:
        reading = self._readings.get(text)
        if reading is None:
            reading = self._readings[text] = self._split(text)
        return reading

    def _sentences(self, text: str) -> tuple[str, ...]:
        sentences = self._sentence_cache.get(text)
        if sentences is None:
            parts = (part.strip() for part in SENTENCE_BREAK.split(normal(text)))
            sentences = self._sentence_cache[text] = tuple(part for part in parts if part)
        return sentences

    def _split(self, text: str) -> Reading:
        return Reading(text, self._sentences(text), self._vague_phrases)

    def _is_content(self, word: Word) -> bool:
        return word.low not in self.language.stopwords and word.low not in self.name_words

    def _is_vague(self, reading: Reading, s: int, i: int, word: Word) -> bool:
        return (s, i) in reading.in_phrase or self._lists.vague(word.low)

    def _vague_terms(self, reading: Reading) -> tuple[str, ...]:
        terms: list[str] = []
        seen: set[str] = set()
        for s, i, word in reading.all_words():
            if (s, i) in reading.phrases:
                term = reading.phrases[(s, i)]
            elif (s, i) in reading.in_phrase or not self._is_content(word):
                continue
            elif self._lists.vague(word.low):
                term = word.text
            else:
                continue
            if term.lower() not in seen:
                seen.add(term.lower())
                terms.append(term)
        return tuple(terms)

    def _judge(self, text: str, *, short: bool, strict: bool, methods: bool) -> Judgement:
        reading = self._read(text)
        failed = Verdict.NAMES_NOTHING if short else Verdict.HOLLOW
        if self._is_template(reading):
            return Judgement(failed, self._vague_terms(reading), template=True)
        if self._anchored(reading, short=short, methods=methods):
            return Judgement(Verdict.CONCRETE)  # vague words in a concrete text are not quoted
        content = vague = 0
        for s, i, word in reading.all_words():
            if self._is_content(word):
                content += 1
                vague += self._is_vague(reading, s, i, word)
        share = self.language.vague_share
        if short:
            fails = vague == content
        elif strict:
            fails = share.reached(vague, content)  # no content words at all: 0 >= 0
        else:
            fails = not content or vague * share.denominator > content * share.numerator
        if not fails:
            return Judgement(Verdict.NEUTRAL)
        return Judgement(failed, self._vague_terms(reading))

    def _anchored(self, reading: Reading, *, short: bool, methods: bool) -> bool:
        """Whether the text holds an anchor: a number, date, acronym, name, a word of the
        plan's own vocabulary, a domain word (or, with `methods`, a method word)."""
        if reading.has_digit:
            return True
        lists, stopwords = self._lists, self.language.stopwords
        few = sum(len(sentence) for sentence in reading.words) <= (self.language.short_answer_words)
        for s, i, word in reading.all_words():
            low = word.low
            if low in self.name_words:
                # The intervention's name makes no text concrete; in a short answer a word of
                # the name that the plan also uses elsewhere ("Oostland") is still a place.
                if short and self._vocabulary(low):
                    return True
                continue
            if lists.domain(low) or lists.months(low) or lists.numbers(low):
                return True
            if word.text != low and sum(map(str.isupper, word.text)) >= 2:
                return True  # an acronym: GGD, POH's, NL
            if word.text[0].isupper() and low not in stopwords:
                if not word.first:
                    return True  # a name inside a sentence
                if short and few and not self._is_vague(reading, s, i, word):
                    return True  # a short answer that is a name: "Rijnstreek"
            if self._vocabulary(low):
                return True
            if methods and lists.methods(low) and (s, i) not in reading.in_phrase:
                return True
        return methods and self._names_method_phrase(reading)

    def _names_method_phrase(self, reading: Reading) -> bool:
        return any(
            any(True for _ in find_phrase(phrase, [w.low for w in sentence]))
            for sentence in reading.words
            for phrase in self.language.methods.phrases
        )

    def _sentence_gap(
        self, raw: str, words: tuple[Word, ...], end_year: int | None
    ) -> FundingGap | None:
        lists, stopwords = self._lists, self.language.stopwords
        low = [word.low for word in words]
        named = any(
            word.low not in self.name_words
            and (
                sum(1 for c in word.text if c.isupper()) >= 2
                or (word.text[0].isupper() and not word.first and word.low not in stopwords)
            )
            for word in words
        )
        if not ("€" in raw or named or any(lists.payers(w) for w in low)):
            return FundingGap.NO_PAYER
        if any(lists.intentions(w) for w in low) or any(
            any(True for _ in find_phrase(phrase, low))
            for phrase in self.language.intentions.phrases
        ):
            return FundingGap.INTENTION
        years = [int(year) for year in YEAR.findall(raw)]
        if any(end_year is None or year >= end_year for year in years):
            return None
        if any(lists.committed(w) for w in low):
            return None
        return FundingGap.NO_YEAR

    # --- what depends on the plan ---------------------------------------------------------

    def _own_words(self, plan: Plan) -> Matcher:
        """The plan's own vocabulary (anchor 5): longer words of the names of its groups and
        stakeholders, its organisation and the places of its activities, matched by form."""
        texts = [
            *(group.name for group in plan.target_groups),
            *(stakeholder.name for stakeholder in plan.stakeholders),
            plan.organisation,
            *(activity.where for _, _, activity in plan.activities()),
        ]
        words: set[str] = set()
        for text in texts:
            if not text:
                continue
            for word in WORD.findall(normal(text)):
                low = word.lower()
                if (
                    len(low) >= self.language.own_word_letters
                    and low not in self.language.stopwords
                    and not self._lists.vague(low)
                ):
                    words.add(low)
        return Matcher(words, self.language.endings, False, self.language.compound_prefix)

    def _templates(self, plan: Plan) -> frozenset[str]:
        """Sentences of at least `template_words` words that stand in `template_fields` or
        more of the plan's free-text fields."""
        counts: Counter[str] = Counter()
        least_words = self.language.template_words
        for text in template_fields(plan):
            if not text or len(text.split()) < least_words:
                continue  # too short to hold a template sentence (most texts: a quick no)
            keys = self._long_sentences(text)
            if keys and not self._placeholder(text):
                counts.update(keys)
        least = self.language.template_fields
        return frozenset(key for key, count in counts.items() if count >= least)

    def _long_sentences(self, text: str) -> set[str]:
        keys = set()
        least = self.language.template_words
        for sentence in SENTENCE_BREAK.split(normal(text)):
            tokens = TOKEN.findall(sentence.lower())
            # Words are the tokens with a letter: "in 2027" is one word, "MHI-5" one.
            if len(tokens) >= least and len(tokens) - sum(map(str.isdigit, tokens)) >= least:
                keys.add(" ".join(tokens))
        return keys

    def _is_template(self, reading: Reading) -> bool:
        """Every sentence of the text is template text."""
        if not self._template_sentences or not reading.sentences:
            return False
        return all(_key(sentence) in self._template_sentences for sentence in reading.sentences)


def _key(sentence: str) -> str:
    return " ".join(TOKEN.findall(sentence.lower()))


def template_fields(plan: Plan) -> Iterator[str | None]:
    """The free-text fields the template signal reads (catalogue v3), one text each."""
    intervention = plan.intervention
    yield intervention.problem
    yield intervention.description
    yield from intervention.core_elements
    yield from intervention.adaptable
    for goal in plan.goals:
        yield goal.what
        yield goal.for_whom
        yield goal.where
        yield from goal.subgoals
    for group in plan.target_groups:
        yield group.message
    for factor in plan.factors:
        yield factor.explanation
        yield factor.description
    for _, _, activity in plan.activities():
        yield activity.what
    for kpi in plan.kpis:
        yield kpi.indicator
    if plan.evaluation is not None:
        yield from plan.evaluation.questions
        yield plan.evaluation.method
        yield plan.evaluation.reporting
    if plan.embedding is not None:
        embedding = plan.embedding
        yield from (embedding.funding, embedding.responsible, embedding.embedding)
        yield embedding.quality
    for adjustment in plan.adjustments:
        yield adjustment.reason
        yield adjustment.decision


def quoted(terms: Iterable[str], most: int = 4) -> str:
    """At most `most` vague terms, quoted: 'integrale', 'op zoek naar' en 'passende'."""
    from ..dutch import enumeration

    return enumeration(f"'{term}'" for term in list(terms)[:most])


class Quotes:
    """The vague terms one message quotes: at most four in all, phrases whole."""

    def __init__(self, most: int = 4) -> None:
        self.left = most

    def of(self, judgement: Judgement) -> str:
        """ " ('integrale', 'passende')" for the next terms, or "" when none are left."""
        terms = judgement.vague[: self.left]
        self.left -= len(terms)
        return f" ({quoted(terms)})" if terms else ""

    def failure(self, judgement: Judgement, fails_as: str) -> str:
        """Why a text failed, in words: "noemt niemand ('alle betrokkenen')"; template text
        says that the sentence also stands elsewhere."""
        if judgement.template:
            return "herhaalt woord voor woord een zin die ook in andere velden van het plan staat"
        return fails_as + self.of(judgement)
