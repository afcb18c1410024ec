"""Who a report was told to, or the medium it went out in: "told ITV", "said to reporters", "in an
interview with CNN", "in a statement". Pure: a cue verb in, a character span out."""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.model import Span as CharSpan
from newsdesk.stages.attribution.phrases import noun_phrase
from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.vocab.cues import ADDRESSEE_PREPOSITIONS, ADDRESSEE_VERBS, MEDIUM_NOUNS

__all__ = ["addressee_of"]


def addressee_of(verb: Token, content: list[Token]) -> CharSpan | None:
    """Who was told, or the medium: "told ITV", "said to reporters", "in an interview with CNN",
    "in a statement"."""
    inside = {t.i for t in content}
    children = [c for c in verb.children if c.i not in inside]
    for child in children:
        if child.dep_ in ("dobj", "dative", "obj") and cue_lemma(verb) in ADDRESSEE_VERBS and child.pos_ != "ADP":
            return noun_phrase(child)
    for child in children:
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ in ("prep", "dative") and child.lower_ in ADDRESSEE_PREPOSITIONS and objects:
            return noun_phrase(objects[0])
        if child.dep_ == "prep" and child.lower_ == "in" and objects and objects[0].lemma_.lower() in MEDIUM_NOUNS:
            return _medium(objects[0])
    return None


def _medium(noun: Token) -> CharSpan:
    """ "an interview with CNN" -> CNN; "a complaint to the FEC" -> the FEC; else the medium itself."""
    for prep in noun.children:
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.dep_ == "prep" and prep.lower_ in ("with", "to", "on") and objects:
            return noun_phrase(objects[0])
    return noun_phrase(noun)
