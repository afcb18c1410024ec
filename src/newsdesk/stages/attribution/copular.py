"""A view stated with a copula: "Ruiz's contention is that the tax is unfair", "her answer was
that the city could not pay", "the board's view was that ...".

The noun is a cue noun (`CUE_NOUNS`) or a noun for a view (`STATED_VIEW_NOUNS`), subject of "be";
the cue is the noun and the verb ("contention is"); the content is the "that" clause the parser
hangs on the verb; the source is the noun's possessor. A noun with no possessor names no one ("The
argument is that ..." is the writer's) and is left alone. Pure: a parsed sentence in, its reports
out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsdesk.stages.attribution.nominal import NounReport
from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.vocab.cues import CUE_NOUNS, IMPERSONAL_SUBJECTS, PUBLISHER_VOICE_SUBJECTS
from newsdesk.vocab.positions import STATED_VIEW_NOUNS

__all__ = ["copular_reports"]


def _stated(verb: Token) -> NounReport | None:
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if noun is None or (cue_lemma(noun) not in CUE_NOUNS and cue_lemma(noun) not in STATED_VIEW_NOUNS):
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None or holder.lower_ in IMPERSONAL_SUBJECTS or holder.lower_ in PUBLISHER_VOICE_SUBJECTS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    cue = [noun, verb] if verb.i - noun.i <= 3 else [noun]  # "argument, much like ..., is": the noun
    return NounReport(cue, list(clause.subtree), holder)


def copular_reports(sentence: Span) -> Iterator[NounReport]:
    """Every view the sentence states with a copula (as a `NounReport`: the cue is the noun and
    the verb)."""
    for verb in sentence:
        if cue_lemma(verb) == "be" and (report := _stated(verb)) is not None:
            yield report
