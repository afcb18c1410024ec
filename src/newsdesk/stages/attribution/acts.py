"""A statement's act: what its cue says the holder did (said, wrote, believed, meant to do, took a
side, or, for a work, showed), so that "what has X said" can leave out "X wants" and "X thinks".

The act is read off what the attribution stage knows of a statement: its cue's words (a verb, a
phrase such as "according to", two words such as "pointed out", a noun such as "in a statement" or
"the survey", an adjective such as "was eager to") and the class the rule that found it gave (a cue
verb's class, "stance" for a role or an attitude, "evidence" for "leads in the poll"); a work as
holder makes it evidence ("the poll found"); a quote with no cue that tells is speech. None where
nothing tells ("seems", a cue no table knows). ``statement_act`` decides on plain values;
``act_in_text`` reads them off the parse where the attribution's record is made (both paths).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from newsdesk.model import ATTRIBUTION_ACTS, Attribution, AttributionAct, AttributionKind
from newsdesk.model import Span as CharSpan
from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.vocab.acts import (
    ADJECTIVE_ACTS,
    CUE_NOUN_ACTS,
    EVIDENCE_HOLDERS,
    EVIDENCE_LEMMAS,
    FINDING_HOLDERS,
    HEARSAY_VERB_ACTS,
    PHRASE_ACTS,
    PRINTED_MARKS,
    QUOTE_PASSING_VERBS,
    WORD_PAIR_ACTS,
)
from newsdesk.vocab.cues import CUE_CLASS, LIGHT_VERBS

__all__ = ["Word", "act_in_text", "statement_act"]

# A cue word: its lemma in lower case and its coarse part of speech ("NOUN", "VERB", ...).
Word = tuple[str, str]

_NOUNS = ("NOUN", "PROPN")
_NOUN_FIRST = (CUE_NOUN_ACTS, CUE_CLASS, HEARSAY_VERB_ACTS, ADJECTIVE_ACTS)
_VERB_FIRST = (CUE_CLASS, HEARSAY_VERB_ACTS, ADJECTIVE_ACTS, CUE_NOUN_ACTS)
_QUOTED: tuple[AttributionKind, ...] = ("direct", "mixed")
_IMPRESSION = "hedge"  # the rules' class of "seems", "appears": the writer's impression, no act
_PHRASES = [(re.compile(rf"\b{re.escape(phrase)}\b"), act) for phrase, act in PHRASE_ACTS.items()]


def statement_act(
    cue_words: Sequence[Word],
    *,
    kind: AttributionKind,
    cue_text: str = "",
    found_as: str | None = None,
    holder: str | None = None,
) -> AttributionAct | None:
    """The act of a statement: that of a phrase (``cue_text``: "according to", a transcript's colon)
    or of two cue words together ("pointed out") or of an attitude adjective that says more than a
    side ("was eager to": intention); else ``found_as`` when the rule that found it gave an act; else
    that of its first cue word that is no light verb ("expressed [concern]"). Evidence when the
    ``holder`` (the lemma of the source's head) is a work ("the study highlighted", "the report
    found"); speech for a whole quote passed on by a verb of a stance ("“...,” she shared") and for
    a quote whose cue tells nothing. None when nothing tells."""
    if found_as == _IMPRESSION:
        return None
    act = _phrase_act(cue_text) or _refined_act(cue_words) or _as_act(found_as) or _words_act(cue_words)
    if act is not None and (holder in EVIDENCE_HOLDERS or (holder in FINDING_HOLDERS and _finds(cue_words))):
        return "evidence"
    if kind == "direct" and act in ("stance", "intention") and _passes_on(cue_words):
        return "speech"
    if act is None and kind in _QUOTED:
        return "speech"
    return act


def _as_act(value: str | None) -> AttributionAct | None:
    return next((act for act in ATTRIBUTION_ACTS if act == value), None)


def _phrase_act(cue_text: str) -> AttributionAct | None:
    """The act of a phrase with no cue word ("according to"), or of a mark a layout prints between a
    speaker and their words (a transcript's colon: speech)."""
    folded = cue_text.casefold()
    if folded.strip() in PRINTED_MARKS:
        return "speech"
    return next((_as_act(act) for pattern, act in _PHRASES if pattern.search(folded)), None)


def _word_act(word: Word) -> AttributionAct | None:
    """A cue word's act, a noun's own first ("a note": written; "noted": speech)."""
    lemma, pos = word
    tables = _NOUN_FIRST if pos in _NOUNS else _VERB_FIRST
    return next((_as_act(table[lemma]) for table in tables if lemma in table), None)


def _refined_act(words: Sequence[Word]) -> AttributionAct | None:
    """The act of two cue words side by side ("pointed out": speech), or of an attitude adjective
    whose act is more than the side the rules give every such adjective ("is sure that": belief)."""
    lemmas = [lemma for lemma, _pos in words]
    pair = next((WORD_PAIR_ACTS[p] for p in pairwise(lemmas) if p in WORD_PAIR_ACTS), None)
    if pair is not None:
        return _as_act(pair)
    return next((_as_act(ADJECTIVE_ACTS[m]) for m in lemmas if ADJECTIVE_ACTS.get(m, "stance") != "stance"), None)


def _words_act(words: Sequence[Word]) -> AttributionAct | None:
    """The act of the first cue word that has one, a light verb only when no other word has one
    ("voiced [support]", "made [the case]")."""
    acts = [(word[0], act) for word in words if (act := _word_act(word)) is not None]
    chosen = [act for lemma, act in acts if lemma not in LIGHT_VERBS] or [act for _lemma, act in acts]
    return chosen[0] if chosen else None


def _finds(words: Sequence[Word]) -> bool:
    return any(lemma in EVIDENCE_LEMMAS for lemma, _pos in words)


def _passes_on(words: Sequence[Word]) -> bool:
    return any(lemma in QUOTE_PASSING_VERBS for lemma, _pos in words)


def act_in_text(
    doc: Doc,
    text: str,
    cue: CharSpan | None,
    speaker: CharSpan | None,
    kind: AttributionKind,
    found_as: str | None = None,
    carried: Attribution | None = None,
) -> AttributionAct | None:
    """The act of an attribution found in a parsed field (``statement_act``), its cue and speaker
    given as character spans into ``text``, the doc's text (passed in: spaCy rebuilds ``doc.text``
    from every token on each access). ``carried`` is the statement whose speaker a content with no cue of
    its own goes on with: its act carries over, but to a quote only a written one (the rest of a
    post is written; a quote after "wants “a deal”" is still speech)."""
    if cue is None and carried is not None and (carried.act == "written" or kind not in _QUOTED):
        found_as = found_as or carried.act
    words = [(cue_lemma(t), t.pos_) for t in _tokens(doc, cue) if not (t.is_punct or t.is_space)]
    source = _span(doc, speaker)
    holder = cue_lemma(source.root) if source is not None else None
    cue_text = text[cue[0] : cue[1]] if cue is not None else ""
    return statement_act(words, kind=kind, cue_text=cue_text, found_as=found_as, holder=holder)


def _span(doc: Doc, chars: CharSpan | None) -> Span | None:
    if chars is None or not chars[0] < chars[1]:
        return None
    span: Span | None = doc.char_span(chars[0], chars[1], alignment_mode="expand")
    return span


def _tokens(doc: Doc, chars: CharSpan | None) -> list[Token]:
    span = _span(doc, chars)
    return list(span) if span is not None else []
