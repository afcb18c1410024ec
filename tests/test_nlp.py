"""The shared spaCy pipeline: a quote mark glued to a word by a lost space is a token of its own;
text with its spaces, and marks that are no quotes, tokenize as the model ships them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("“We will win,”Clinton said.", ["“", "We", "will", "win", ",", "”", "Clinton", "said", "."]),
        ("She said,“Look at the polls.”", ["She", "said", ",", "“", "Look", "at", "the", "polls", ".", "”"]),
        ("He said:“Go.”", ["He", "said", ":", "“", "Go", ".", "”"]),
        ("“Yes”she said.", ["“", "Yes", "”", "she", "said", "."]),
        ('The mayor said,"No."', ["The", "mayor", "said", ",", '"', "No", ".", '"']),
        # negatives: spaced quotes, and marks that are no quotes, as the model ships them
        ("“We will win,” Clinton said.", ["“", "We", "will", "win", ",", "”", "Clinton", "said", "."]),
        ("He is 5'11\" tall.", ["He", "is", "5'11", '"', "tall", "."]),
        ("The U.S. economy grew 3.5 percent.", ["The", "U.S.", "economy", "grew", "3.5", "percent", "."]),
        ("Visit example.com/a,b today.", ["Visit", "example.com/a,b", "today", "."]),
    ],
)
def test_glued_quote_marks_are_tokens_of_their_own(nlp, text: str, tokens: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [t.text for t in nlp.make_doc(text)] == tokens
