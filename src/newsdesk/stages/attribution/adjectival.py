"""Stances carried by an adjective: "McConnell was quick to embrace the nominee", "Tobias wasn't
optimistic about the pace", "the governor remained critical of the plan", "she is sure that ...".

The cue is the verb and its adjective ("was quick"); the content is the adjective's infinitive,
clause or preposition's object, as `STANCE_ADJECTIVES` gives it; the source is the verb's subject.
A relative pronoun, an impersonal "it" or the publisher's "we" is no source ("those who were
eager to ..." names nobody on its own). Pure: a parsed sentence in, its adjective reports out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsdesk.stages.attribution.nominal import NounReport
from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.vocab.cues import IMPERSONAL_SUBJECTS, PUBLISHER_VOICE_SUBJECTS
from newsdesk.vocab.stances import STANCE_ADJECTIVES

__all__ = ["adjective_reports"]

_SUBJECTS = ("nsubj", "csubj")


def _complement(adjective: Token, markers: tuple[str, ...]) -> list[Token] | None:
    """What the adjective is about: "eager [to help]", "sure [that ...]", "critical [of the plan]"."""
    for child in adjective.children:
        if child.i < adjective.i:
            continue
        infinitive = child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if (infinitive and "to" in markers) or (child.dep_ == "ccomp" and "that" in markers):
            return list(child.subtree)
        if child.dep_ == "prep" and child.lower_ in markers:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return [t for g in objects for t in g.subtree]
    return None


def _clause_on_verb(adjective: Token, markers: tuple[str, ...]) -> list[Token] | None:
    """A "that" clause the parser hung on the verb, not on its adjective: "was adamant [that ...]"."""
    verb = adjective.head
    if "that" not in markers or adjective.dep_ != "acomp" or verb.pos_ not in ("VERB", "AUX"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > adjective.i), None)
    if clause is None or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    return list(clause.subtree)


def _holder(verb: Token) -> Token | None:
    """Whose stance it is: the subject of the verb the adjective completes, or of the verb it
    shares its subject with ("rose and was quick to ..."); None for who names nobody."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    if subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return None
    low = subject.lower_
    return None if low in IMPERSONAL_SUBJECTS or low in PUBLISHER_VOICE_SUBJECTS else subject


def _after_noun(adjective: Token) -> Token | None:
    """The noun an adjective follows and describes: "officials [angry] about the cuts", "a mayor
    [willing] to talk"; None for one before its noun ("an angry crowd") or a relative "who"."""
    noun = adjective.head
    if adjective.dep_ != "amod" or adjective.i < noun.i or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if noun.tag_ in ("WDT", "WP") or noun.lower_ in IMPERSONAL_SUBJECTS or noun.lower_ in PUBLISHER_VOICE_SUBJECTS:
        return None
    return noun


def _cue_and_holder(adjective: Token) -> tuple[list[Token], Token] | None:
    """The cue and the holder of a stance adjective: "[was eager]" and its verb's subject, or the
    adjective alone and the noun it follows ("officials [angry] about ...")."""
    if adjective.dep_ == "acomp" and adjective.head.pos_ in ("VERB", "AUX"):
        holder = _holder(adjective.head)
        return ([adjective.head, adjective], holder) if holder is not None else None
    noun = _after_noun(adjective)
    return ([adjective], noun) if noun is not None else None


def adjective_reports(sentence: Span) -> Iterator[NounReport]:
    """Every stance an adjective of the sentence carries, with its holder (as a `NounReport`:
    the cue is the verb and the adjective)."""
    for adjective in sentence:
        # "convinced", "worried" tagged as participles have a verb's lemma: the form is the adjective
        markers = STANCE_ADJECTIVES.get(cue_lemma(adjective)) or STANCE_ADJECTIVES.get(adjective.lower_)
        if markers is None:
            continue
        content = _complement(adjective, markers) or _clause_on_verb(adjective, markers)
        found = _cue_and_holder(adjective) if content is not None else None
        if content is None or found is None:
            continue
        yield NounReport(found[0], content, found[1])
