"""Reports carried by a noun: "Trump's claim that the vote was rigged", "her criticism of the
plan", "the senator voiced support for the bill", "a call by the mayor for calm".

The noun is the cue; its content is the clause or the preposition's object it governs; its source
is its possessor, the object of its "by" or "from" ("criticism from rivals that ..."), or the
subject of the light verb that has it as object ("voiced support", "made the case that", "had
views about"). A possessor that is a pronoun gives way to the subject
of the verb that takes the noun ("Ruiz pronounced her support for ..."): the pronoun only points
back, the subject names who holds the view. A noun with no source in reach is left alone: "the
statement" alone reports nobody. Pure: a parsed sentence in, its noun frames out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.vocab.cues import (
    CUE_CLASS,
    CUE_NOUNS,
    IMPERSONAL_SUBJECTS,
    LIGHT_VERBS,
    PUBLISHER_VOICE_SUBJECTS,
    READER_POSSESSIVES,
)
from newsdesk.vocab.doers import CIRCUMSTANCE_PREPOSITIONS

__all__ = ["NounReport", "noun_reports"]

# Holders no report is attributed to: "it", the publisher's "we", the reader's "your".
_NO_HOLDERS = IMPERSONAL_SUBJECTS | PUBLISHER_VOICE_SUBJECTS | READER_POSSESSIVES

_CONTENT_PREPOSITIONS = {"for", "of", "on", "about", "against", "over", "to", "that", "with", "toward", "towards"}


@dataclass(frozen=True)
class NounReport:
    """A report a noun carries, as tokens: the cue (the noun, with its light verb), the content
    and the source's head."""

    cue: list[Token]
    content: list[Token]
    source: Token


def _content(noun: Token) -> list[Token] | None:
    """ "claim [that ...]", "plan [to ...]", "support [for the bill]", "questions [about ...]"."""
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX"):
            return list(child.subtree)
        if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPOSITIONS:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return _without_reporting_clauses([t for g in objects for t in g.subtree])
    return None


def _without_reporting_clauses(tokens: list[Token]) -> list[Token]:
    """The object without a relative clause that makes a report of its own: in "a complaint with
    the regulator, in which they claim ...", the claim is its own attribution, not the complaint's."""
    dropped = {
        t.i
        for token in tokens
        for clause in token.children
        if clause.dep_ == "relcl" and cue_lemma(clause) in CUE_CLASS
        for t in clause.subtree
    }
    kept = [t for t in tokens if t.i not in dropped]
    while kept and kept[-1].is_punct:
        kept.pop()
    return kept or tokens


def _light_verb(noun: Token) -> Token | None:
    """The verb that has the noun as its object and does little else: "voiced support"."""
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB" and cue_lemma(head) in LIGHT_VERBS:
        return head
    return None


_POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}


def _governing_subject(noun: Token) -> Token | None:
    """The subject of the verb that has the noun as its object, directly or through a
    preposition: "He pronounced his support", "Latino Republicans have been unsparing in their
    criticism"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in CIRCUMSTANCE_PREPOSITIONS:
            return None  # "angered them with his remarks": the remarks are his, whoever they angered
        head = head.head
        if head.dep_ == "acomp":
            head = head.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    # A relative pronoun ("which", "that", "who") names nobody; the possessor says more.
    if subject is None or subject.tag_ in ("WDT", "WP") or subject.lower_ in IMPERSONAL_SUBJECTS:
        return None
    return subject


def _source(noun: Token, light: Token | None) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            if child.lower_ in _POSSESSIVE_PRONOUNS:
                return _governing_subject(noun) or child
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    if light is not None:
        return _light_subject(light)
    return None


def _light_subject(light: Token) -> Token | None:
    """A light verb's subject, or that of the verb it is joined to ("were silent and made no
    mention of ...": who was silent)."""
    subject = next((c for c in light.children if c.dep_ == "nsubj"), None)
    if subject is None and light.dep_ == "conj" and light.head.i != light.i:
        subject = next((c for c in light.head.children if c.dep_ == "nsubj"), None)
    return subject


def noun_reports(sentence: Span) -> Iterator[NounReport]:
    """Every report a cue noun of the sentence carries, with its source."""
    for noun in sentence:
        if noun.pos_ != "NOUN" or cue_lemma(noun) not in CUE_NOUNS:
            continue
        content = _content(noun)
        if content is None:
            continue
        light = _light_verb(noun)
        source = _source(noun, light)
        if source is None or source.lower_ in _NO_HOLDERS or source.i in {t.i for t in content}:
            continue
        cue = [light, noun] if light is not None else [noun]
        yield NounReport(cue, content, source)
