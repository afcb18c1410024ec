"""The characters of a phrase on a dependency parse. Pure: a token in, a character span out."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.model import Span as CharSpan

__all__ = ["glued_hyphen", "noun_phrase"]

# What a noun phrase leaves out after its head: a relative clause, an apposition, a conjunct.
_NP_TRIM = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"}
_HYPHENS = {"-", "‐", "‑"}


def noun_phrase(head: Token) -> CharSpan:
    """The characters of a noun phrase: its head and modifiers, without relative clauses, appositions
    or trailing punctuation ("a spokesman for the campaign, who ..." -> "a spokesman for the campaign")."""
    taken = {head.i}
    for child in head.children:
        if child.dep_ in _NP_TRIM and child.i > head.i:
            continue
        taken.update(t.i for t in child.subtree)
    first = last = head.i
    while first - 1 in taken:
        first -= 1
    while last + 1 in taken:
        last += 1
    doc = head.doc
    while first < head.i and doc[first].is_punct:
        first += 1
    while last > head.i and doc[last].is_punct:
        last -= 1
    while first >= 2 and glued_hyphen(doc, first - 1):
        first -= 2  # the word's first piece, which the parser hung elsewhere: "[co-]founder Lena Ortiz"
    return doc[first].idx, doc[last].idx + len(doc[last])


def glued_hyphen(doc: Doc, at: int) -> bool:
    """A hyphen inside a word: no space on either side ("co-founder", "vice-chair")."""
    return doc[at].text in _HYPHENS and not doc[at].whitespace_ and not doc[at - 1].whitespace_
