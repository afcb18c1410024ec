"""Mentions of people and organisations in parsed fields: names (with their honorifics), role
nouns ("the Prime Minister"), groups acting for someone ("Mr Trump's team", "his campaign").

A mention knows its field, its characters, the words that identify it, and where it sits in the
parse (sentence, clause, subject or not), which the resolver uses to tie it to an entity.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from newsdesk.model import Where
from newsdesk.stages.attribution.quotes import find_quotes
from newsdesk.vocab.titles import GROUP_NOUNS, HONORIFICS, PERSON_ROLES

__all__ = ["Field", "MentionSite", "clause_of", "collect_mentions", "name_words", "shorthand_sites"]

_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP", "FAC": "FAC", "LOC": "LOC"}
_POSSESSIVE = {"’s", "'s", "’", "'"}
_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs"}
_ROLE_HEADS = {role.split()[-1] for role in PERSON_ROLES}
_DETS = {"the", "this", "that"}
_ORG_POSSESSIVES = {"its", "their"}


@dataclass(frozen=True)
class Field:
    where: Where
    doc: Doc
    order: int  # reading order of the field: headline, standfirst, captions, body

    @cached_property
    def text(self) -> str:
        """The field's text; spaCy rebuilds ``doc.text`` from its tokens on every access."""
        return str(self.doc.text)

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """The character spans of the field's quotations, in order."""
        return [(quote.start, quote.end) for quote in find_quotes(self.text)]

    def in_quote(self, at: int) -> bool:
        """Whether the character at ``at`` lies inside one of the field's quotations."""
        index = bisect_right(self.quoted, (at, len(self.text) + 1)) - 1
        return index >= 0 and at < self.quoted[index][1]


@dataclass(eq=False)
class MentionSite:
    field: Field
    start: int  # characters into the field's text
    end: int
    kind: str  # name | partial | role | group | pronoun
    label: str  # PERSON, ORG, GPE, ...
    words: tuple[str, ...]  # identifying words, lower case, without honorifics and articles
    head: int  # token index of the head in the field's doc
    honorifics: tuple[str, ...] = ()
    group_class: str | None = None
    possessor: MentionSite | None = None
    entity: int | None = None
    score: float = 1.0
    candidates: list[tuple[int, float]] = dataclasses.field(default_factory=list)

    @property
    def text(self) -> str:
        return self.field.text[self.start : self.end]

    @property
    def position(self) -> tuple[int, int]:
        return self.field.order, self.start

    @property
    def token(self) -> Token:
        return self.field.doc[self.head]

    @property
    def is_subject(self) -> bool:
        return self.token.dep_ in ("nsubj", "nsubjpass")


def name_words(tokens: list[Token]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(identifying words, honorifics) of a name's tokens: "Sir Keir Starmer’s" -> (keir, starmer), (sir)."""
    words: list[str] = []
    honorifics: list[str] = []
    for token in tokens:
        low = token.lower_
        if low in _POSSESSIVE or token.is_punct or (not words and low in _DETS):
            continue
        if not words and low in HONORIFICS and token.text[:1].isupper():
            honorifics.append(low)
            continue
        words.append(re.sub(r"[’']s$", "", low))
    return tuple(w for w in words if w), tuple(honorifics)


def clause_of(token: Token) -> Token:
    """The verb heading the clause a token sits in."""
    current = token
    # spaCy makes a new Token object on every access: compare indices, never identities.
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def _widen_name(span: Span) -> tuple[int, int]:
    """Token range of a named entity with the honorifics and proper-noun compounds before it
    ("Keir Starmer" -> "Sir Keir Starmer", "Labour Party" -> "UK Labour Party"), without its
    possessive ending."""
    doc = span.doc
    start, end = span.start, span.end
    while (
        start > 0
        and doc[start - 1].text[:1].isupper()
        and (
            doc[start - 1].lower_.rstrip(".") in {h.rstrip(".") for h in HONORIFICS}
            or (
                doc[start - 1].dep_ == "compound"
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].head.i in range(start, end)
            )
        )
    ):
        start -= 1
    while end > start + 1 and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    return start, end


def _named(field_: Field) -> Iterator[MentionSite]:
    doc = field_.doc
    for ent in doc.ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = _widen_name(ent)
        words, honorifics = name_words(list(doc[start:end]))
        if not words:
            continue
        head = doc[start:end].root
        yield MentionSite(
            field_,
            doc[start].idx,
            doc[end - 1].idx + len(doc[end - 1]),
            "name" if len(words) > 1 else "partial",
            label,
            words,
            head.i,
            honorifics,
        )


def _role_phrase(token: Token) -> tuple[int, str] | None:
    """(first token, role) when a token heads a definite role noun phrase ("the Prime Minister")."""
    if token.lower_ not in _ROLE_HEADS or token.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.ent_type_ == "PERSON" for c in token.children) or token.ent_type_ == "PERSON":
        return None  # "Prime Minister Keir Starmer": a title on a name, not a role mention
    mods = [c for c in token.lefts if c.dep_ in ("compound", "amod", "det", "nmod", "poss")]
    det = [c for c in mods if c.dep_ in ("det", "poss")]
    if not det or det[0].lower_ not in _DETS | _ORG_POSSESSIVES:
        return None  # "its governor", "their chairman": an organisation's officer; "his lawyer" is someone else
    first = min(c.i for c in mods)
    skipped = {c.i for c in det}
    words = " ".join(t.lower_ for t in token.doc[first : token.i + 1] if t.i not in skipped)
    return (first, words) if words in PERSON_ROLES else None


def _roles(field_: Field) -> Iterator[MentionSite]:
    doc = field_.doc
    for token in doc:
        found = _role_phrase(token)
        if found is None:
            continue
        first, role = found
        yield MentionSite(
            field_, doc[first].idx, token.idx + len(token), "role", "PERSON", tuple(role.split()), token.i
        )


def _groups(field_: Field) -> Iterator[MentionSite]:
    """ "Donald Trump’s campaign", "his campaign", "the Harris campaign": a group noun with an owner."""
    doc = field_.doc
    for token in doc:
        group = GROUP_NOUNS.get(token.lower_)
        if group is None or token.pos_ not in ("NOUN", "PROPN"):
            continue
        owners = [
            c
            for c in token.children
            if c.dep_ == "poss"
            or (c.dep_ == "nmod" and any(g.dep_ == "case" and g.text in _POSSESSIVE for g in c.children))
        ]
        owners += [c for c in token.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
        if not owners:
            continue
        owner = owners[0]
        first = min([owner.left_edge.i, *(c.i for c in token.lefts if c.dep_ == "det")])
        owner_site = MentionSite(
            field_,
            owner.left_edge.idx,
            owner.idx + len(owner),
            "pronoun" if owner.lower_ in _PRONOUNS else "name",
            "PERSON",
            (owner.lower_,),
            owner.i,
        )
        yield MentionSite(
            field_,
            doc[first].idx,
            token.idx + len(token),
            "group",
            "ORG",
            (group,),
            token.i,
            group_class=group,
            possessor=owner_site,
        )


def known_name_sites(field_: Field, known: set[str], taken: list[MentionSite]) -> list[MentionSite]:
    """Partial-name mentions the NER missed: a proper noun that is a word of a known entity's name
    ("Mr Trump’s team" where the model tagged no entity), with its honorifics."""
    covered = {i for s in taken if s.field is field_ and s.kind != "group" for i in range(s.start, s.end)}
    sites = []
    for token in field_.doc:
        if token.pos_ != "PROPN" or token.lower_ not in known or token.idx in covered:
            continue
        if token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.lower_ not in known:
            continue  # part of a longer name we do not know
        start, end = _widen_name(field_.doc[token.i : token.i + 1])
        words, honorifics = name_words(list(field_.doc[start:end]))
        if words:
            sites.append(
                MentionSite(
                    field_,
                    field_.doc[start].idx,
                    token.idx + len(token),
                    "partial",
                    "PERSON",
                    words,
                    token.i,
                    honorifics,
                )
            )
    return sites


def shorthand_sites(field_: Field, heads: set[str], taken: list[MentionSite]) -> list[MentionSite]:
    """ "the authority" after "the Harbor City Transit Authority": a definite noun that is the last
    word of an organisation's name, as a mention to tie to it."""
    covered = {i for s in taken if s.field is field_ for i in range(s.start, s.end)}
    sites = []
    for token in field_.doc:
        if token.pos_ != "NOUN" or token.lower_ not in heads or token.idx in covered:
            continue
        det = [c for c in token.lefts if c.dep_ == "det"]
        if len(list(token.lefts)) != 1 or not det or det[0].lower_ != "the":
            continue  # "the authority", not "the city's transport authority"
        sites.append(MentionSite(field_, det[0].idx, token.idx + len(token), "role", "ORG", (token.lower_,), token.i))
    return sites


def pronoun_site(field_: Field, token: Token) -> MentionSite | None:
    """A mention for a personal pronoun token, or None for any other token."""
    if token.lower_ not in _PRONOUNS:
        return None
    return MentionSite(field_, token.idx, token.idx + len(token), "pronoun", "PERSON", (token.lower_,), token.i)


def collect_mentions(fields: list[Field]) -> list[MentionSite]:
    """Named, role and group mentions of every field, in reading order."""
    sites: list[MentionSite] = []
    for field_ in fields:
        sites.extend(_named(field_))
        taken = {(s.start, s.end) for s in sites if s.field is field_}
        sites.extend(s for s in _roles(field_) if (s.start, s.end) not in taken)
        sites.extend(_groups(field_))
    sites.sort(key=lambda s: s.position)
    return sites
