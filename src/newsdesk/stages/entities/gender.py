"""A person's gender as the article tells it, for pronoun agreement: an honorific ("Mrs Ruiz"),
a gendered noun set beside the name ("Jane Ruiz, the chairwoman", "his wife, Ana Ruiz"), or else a
first name that is clearly one gender ("Margaret Ruiz"). Unknown stays unknown: a pronoun of either
gender may then stand for the person.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsdesk.vocab.first_names import FEMININE_FIRST_NAMES, MASCULINE_FIRST_NAMES
from newsdesk.vocab.titles import (
    FEMININE_HONORIFICS,
    FEMININE_PERSON_NOUNS,
    HONORIFICS,
    MASCULINE_HONORIFICS,
    MASCULINE_PERSON_NOUNS,
    PERSON_ROLES,
    SALUTATIONS,
)

__all__ = ["first_name_gender", "honorific_gender", "noun_beside_name", "noun_gender"]

_ROLE_WORDS = {word for role in PERSON_ROLES for word in role.split()}


def honorific_gender(honorifics: tuple[str, ...]) -> str | None:
    """ "m" for Mr or Sir, "f" for Mrs, Ms or Dame, else None."""
    if any(h in MASCULINE_HONORIFICS for h in honorifics):
        return "m"
    if any(h in FEMININE_HONORIFICS for h in honorifics):
        return "f"
    return None


def noun_gender(word: str) -> str | None:
    """ "m" for a man's noun (chairman, husband), "f" for a woman's (chairwoman, wife), else None."""
    low = word.lower()
    if low in MASCULINE_PERSON_NOUNS:
        return "m"
    if low in FEMININE_PERSON_NOUNS:
        return "f"
    return None


def noun_beside_name(head: Token) -> str | None:
    """The gender a noun set right beside a name's head tells: its title ("Congresswoman Jane
    Ruiz"), its apposition either way ("Jane Ruiz, the chairwoman"; "his wife, Ana Ruiz"). Only a
    phrase that touches the name (past a comma) counts: the parser hangs far nouns on names too."""
    beside = [
        c
        for c in head.children
        if c.pos_ in ("NOUN", "PROPN")
        and ((c.dep_ == "compound" and c.i < head.i) or (c.dep_ == "appos" and 0 < c.left_edge.i - head.i <= 2))
    ]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and 0 < head.left_edge.i - head.head.i <= 2:
        beside.append(head.head)
    genders = {g for g in (noun_gender(t.text) for t in beside) if g}
    return genders.pop() if len(genders) == 1 else None


def first_name_gender(forms: Iterable[str]) -> str | None:
    """The gender the first names of a person's full names tell, when they are clearly one and
    agree ("Margaret Ruiz" -> "f"; "BBC Director Lawrence Pike" -> "m", past the title; "Dear
    Margaret", a letter's salutation). A name of one word tells nothing, as it may well be a surname
    ("Grant said")."""
    told = {gender for gender in map(_first_name_of, forms) if gender}
    return told.pop() if len(told) == 1 else None


def _first_name_of(name: str) -> str | None:
    words = name.split()
    if len(words) == 2 and words[0].lower() in SALUTATIONS:
        words = [words[1], ""]  # "Dear Margaret": a letter's salutation is to a first name
    for word in words[:-1]:
        low = word.lower()
        if low in MASCULINE_FIRST_NAMES:
            return "m"
        if low in FEMININE_FIRST_NAMES:
            return "f"
        if not (word.isupper() or low in HONORIFICS or low in _ROLE_WORDS):
            return None  # the first word is no name we know, and no title before one
    return None
