"""What an account told is of: "told the story of [how she met him]", "wrote an account of [the
night]", "tells the tale of [two towns]". A verb of saying or writing whose object is a word for
an account (``ACCOUNT_NOUNS``) reports what the account's "of" or "about" names; "told the story"
alone says nothing of what it was. Pure: a verb token in, content tokens or None out.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.vocab.cues import ACCOUNT_NOUNS

__all__ = ["story_told"]

_OBJECTS = ("dobj", "obj")


def story_told(verb: Token) -> list[Token] | None:
    """The tokens of what the account a verb tells is of; None where its object is no account or
    says of nothing."""
    for noun in (c for c in verb.children if c.dep_ in _OBJECTS and c.lemma_.lower() in ACCOUNT_NOUNS):
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "about")):
            told = [t for g in prep.children if g.dep_ in ("pobj", "pcomp") for t in g.subtree]
            if told:
                return told
    return None
