"""Short names a story uses once it has named someone: "the authority" for the organisation whose
name ends in that word, "its governor" for the governor it names (before or after), on small pages
of our own, with the look-alikes that must stay unresolved."""

from __future__ import annotations

import pytest

from newsdesk.stages.entities import build_index
from newsdesk.stages.entities.mentions import Field


def _speaker(parse, text: str, words: str) -> str | None:  # type: ignore[no-untyped-def]
    (doc,) = list(parse([text]))
    field_ = Field("body", doc, 0)
    start = text.index(words)
    return build_index([field_]).speaker_for(field_, start, start + len(words)).name


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The Harbor City Transit Authority met the union on Monday. "
            "According to the authority, the talks will go on.",
            "the authority",
            "Harbor City Transit Authority",
        ),
        (
            "Shares in Northfield Savings Bank fell on Friday. The bank said profits were down.",
            "The bank",
            "Northfield Savings Bank",
        ),
        # the governor named after the role noun that stands for him
        (
            "The central bank held rates, and its governor said a cut could come soon. "
            "Governor Samuel Adeyemi spoke to reporters.",
            "its governor",
            "Samuel Adeyemi",
        ),
    ],
)
def test_a_short_name_is_the_entity_it_stands_for(parse, text: str, words: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _speaker(parse, text, words) == name


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # no organisation ends in "council": the noun names nobody we know
        ("The Harbor City Transit Authority met on Monday. The council said it would wait.", "The council"),
        # "his lawyer" is someone other than the man he belongs to
        ("Mayor Tom Baker denied the claim. His lawyer said the case was closed.", "His lawyer"),
    ],
)
def test_a_short_name_with_nobody_to_stand_for_stays_unresolved(parse, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert _speaker(parse, text, words) is None
