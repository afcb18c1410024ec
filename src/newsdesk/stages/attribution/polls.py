"""Findings reported inside a poll: "In the latest survey, the mayor leads by six points", "the
senator has slipped in the polls", "Ruiz has a narrow lead in a poll released Monday".

The poll is the source, "in" the cue, and the clause that holds the phrase the content, without
the phrase, its setting ("since March") or a clause of its own ("when ...", "..., and Baker
trails"). PolNeAR counts these as the poll's statements, as it counts "the poll found ...". A
place to vote ("in the polling station") is told apart by the noun: the object must be a poll
itself (`POLL_NOUNS`). A "who" or a clause with no subject names no one the finding is about.
A clause whose own verb reports ("In the poll, most voters said ...") is left to that verb: the
voters speak. Pure: a parsed sentence in, its poll reports out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsdesk.stages.attribution.nominal import NounReport
from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.vocab.cues import CUE_CLASS
from newsdesk.vocab.polls import POLL_NOUNS, POLL_PREPOSITIONS

__all__ = ["poll_reports"]

_CLAUSE_HEADS = {"VERB", "AUX"}
# What a finding leaves out of its clause: a clause of its own ("when ...", "..., although ...") and
# the punctuation that sets it off; a second clause after "and" goes only without a subject of its own.
_NOT_THE_FINDING = {"mark", "advcl", "parataxis", "punct", "dep", "relcl"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl"}
_SETTING = {"prep", "npadvmod", "advmod"}


def _clause_of(preposition: Token) -> Token | None:
    """The verb whose finding the poll holds: "leads [in the poll]", "has a lead [in the poll]",
    "[In the poll,] 40 percent backed ..."; None when the phrase sits deeper, inside a noun of
    a noun ("a sign of faith in her rise in the polls" is no finding)."""
    head = preposition.head
    if head.pos_ in _CLAUSE_HEADS:
        return head
    if head.dep_ in ("dobj", "attr", "nsubj", "advmod", "acomp") and head.head.pos_ in _CLAUSE_HEADS:
        return head.head
    return None


def _has_subject(clause: Token, joined: Token) -> bool:
    """Whether what is joined to the clause is a clause of its own: "and [Baker] trails"."""
    conj = joined if joined.dep_ == "conj" else next((c for c in clause.children if c.dep_ == "conj"), None)
    return conj is None or conj.pos_ not in _CLAUSE_HEADS or any(c.dep_ in _SUBJECTS for c in conj.children)


def _finding(clause: Token, phrase: set[int]) -> list[Token]:
    """The clause's subject, verb and complements, without the poll's phrase, a setting before the
    subject ("In the fall, ...") or a clause of its own: "[Ruiz leads by six points], although ..."."""
    kept = [clause]
    for child in clause.children:
        if child.i in phrase or child.dep_ in _NOT_THE_FINDING or child.tag_ == "WRB":
            continue  # "[when] she sagged in the polls": the finding is the clause, not its link
        if child.dep_ in ("cc", "conj") and _has_subject(clause, child):
            continue  # "Ruiz leads in the poll, and Baker trails": a second finding, if any
        if child.dep_ in ("prep", "npadvmod") and child.i < clause.i:
            continue  # a time or place before the verb: "In 2007, ...", "Last month, ..."
        if child.dep_ in _SETTING and clause.i < min(phrase) < child.i:
            continue  # "has slipped in the polls [since March]": when, not what the poll found
        kept.extend(t for t in child.subtree if t.i not in phrase)
    return sorted(kept, key=lambda t: t.i)


def _poll_object(preposition: Token) -> Token | None:
    """The poll a preposition puts a finding in: "in [the latest poll]"; None for anything else."""
    if preposition.dep_ != "prep" or preposition.lower_ not in POLL_PREPOSITIONS:
        return None
    noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in POLL_NOUNS:
        return None
    return noun


def poll_reports(sentence: Span) -> Iterator[NounReport]:
    """Every finding the sentence reports inside a poll, with the poll as its source (as a
    `NounReport`: the cue is the preposition)."""
    for preposition in sentence:
        poll = _poll_object(preposition)
        clause = _clause_of(preposition) if poll is not None else None
        if poll is None or clause is None or cue_lemma(clause) in CUE_CLASS:
            continue
        subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.tag_ in ("WDT", "WP"):
            continue  # "leading in the polls", "who leads in the polls": no one the finding is about
        yield NounReport([preposition], _finding(clause, {t.i for t in preposition.subtree}), poll)
