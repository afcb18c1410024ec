"""Sides taken by a role: "The mayor has been a fierce critic of the plan", "Ruiz, a longtime
supporter of the union, ...", "the unions were among the earliest backers of the bill".

The role noun (`STANCE_ROLE_NOUNS`) is the cue and what its "of" names the content; the holder
is who the role is said of: the subject of "be" ("is a critic of"), the noun it stands beside
("Ruiz, a supporter of"), or the subject of "be one of" / "be among" the role's holders. A role
alone names no holder ("supporters of the bill rallied" is left alone, as "Sanders supporters"
is), nor does a relative "who" or an impersonal "it". Pure: a parsed sentence in, its reports out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsdesk.stages.attribution.nominal import NounReport
from newsdesk.vocab.cues import IMPERSONAL_SUBJECTS, PUBLISHER_VOICE_SUBJECTS
from newsdesk.vocab.stances import STANCE_ROLE_NOUNS

__all__ = ["role_reports"]

_COPULAS = {"be", "remain", "become"}
_GROUP_WORDS = {"one", "some", "many", "among"}  # "is one of the backers of", "was among the critics of"


def _side(role: Token) -> list[Token] | None:
    """What the role takes a side on: "a critic [of the plan]". A name before the role ("a Ruiz
    supporter") is left alone: PolNeAR's annotators mostly pass it by as a label."""
    for child in role.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > role.i:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return [t for g in objects for t in g.subtree]
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _holder(role: Token) -> Token | None:
    """Who the role is said of: "[Ruiz] is a critic of", "[Ruiz], a critic of", "[Ruiz] is one
    of the critics of", "[Ruiz] was among the critics of"."""
    head = role.head
    if role.dep_ == "appos":
        return head
    if role.dep_ == "pobj" and head.lower_ in ("of", "among"):
        group = head.head
        if head.lower_ == "among" and group.lemma_ in _COPULAS:
            return _subject(group)
        if group.lower_ in _GROUP_WORDS and group.dep_ in ("attr", "appos"):
            role, head = group, group.head
    if role.dep_ == "attr" and head.lemma_ in _COPULAS:
        return _subject(head)
    if role.dep_ == "appos":
        return head
    return None


def role_reports(sentence: Span) -> Iterator[NounReport]:
    """Every side a role noun of the sentence takes, with its holder (as a `NounReport`: the cue
    is the role noun)."""
    for role in sentence:
        if role.pos_ != "NOUN" or role.lemma_.lower() not in STANCE_ROLE_NOUNS:
            continue
        side = _side(role)
        holder = _holder(role) if side is not None else None
        if side is None or holder is None or holder.tag_ in ("WDT", "WP"):
            continue
        if holder.lower_ in IMPERSONAL_SUBJECTS or holder.lower_ in PUBLISHER_VOICE_SUBJECTS:
            continue
        yield NounReport([role], side, holder)
