"""Pronoun speakers on small pages of our own: "she" is no man the article names as one, "he"
outside a quote is nobody named inside it, "they" is no single person, and a pronoun that must
reach far back past someone it cannot stand for stays unresolved, its candidates kept."""

from __future__ import annotations

import pytest

from newsdesk.stages.entities import SpeakerGuess, build_index
from newsdesk.stages.entities.gender import first_name_gender
from newsdesk.stages.entities.mentions import Field


def _guess(parse, text: str, words: str) -> SpeakerGuess:  # type: ignore[no-untyped-def]
    (doc,) = list(parse([text]))
    field_ = Field("body", doc, 0)
    start = text.rindex(words)
    return build_index([field_]).speaker_for(field_, start, start + len(words))


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        # a first name that is clearly a woman's rules out the man named after her
        ("Margaret Olsen met Peter Brandt on Monday. She said the talks went well.", "She", "Margaret Olsen"),
        # and a man's first name rules out the woman
        ("Peter Brandt met Margaret Olsen on Monday. He said the talks went well.", "He", "Peter Brandt"),
        # an honorific tells the gender of a first name that may be either
        ("Mrs Jordan Blake met Peter Brandt on Monday. She said the talks went well.", "She", "Jordan Blake"),
        # a gendered noun beside a name ("the chairwoman") rules her out for "he", where neither
        # first name tells
        (
            "Kim Lee met Robin Hale, the chairwoman of the board, on Monday. He said the talks went well.",
            "He",
            "Kim Lee",
        ),
        # and so does one the name stands in apposition to ("his wife, Robin Hale")
        ("Kim Park came with his wife, Robin Hale, on Monday. He said the trip was long.", "He", "Kim Park"),
        # a name inside a quotation is what the speaker talks about, not who "he" is
        (
            "Tom Reyes spoke after the vote. “Daniel Moss called me and was furious,” he said.",
            "he",
            "Tom Reyes",
        ),
        # the woman is two sentences back, past the man: near enough
        (
            "Anna Berg hired Tom Vance in 1990. He was her first engineer. She said he was the best she knew.",
            "She",
            "Anna Berg",
        ),
        # "they" is an organisation when no person stands nearer
        ("Northwind Bank cut its rates on Monday. They said more cuts could follow.", "They", "Northwind Bank"),
    ],
)
def test_a_pronoun_resolves_to_one_it_can_stand_for(parse, text: str, pronoun: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _guess(parse, text, pronoun).name == name


@pytest.mark.parametrize(
    ("text", "pronoun", "candidate"),
    [
        # the only woman is four sentences back, past a man: the story most likely means someone unnamed
        (
            "Anna Berg founded the firm in 1990. It grew quickly. Sales doubled in a decade. "
            "Later Tom Vance joined as a partner. She said the firm would expand.",
            "She",
            "Anna Berg",
        ),
        # "they" past a person to an organisation named long before: most likely people it never named
        (
            "Northwind Bank cut its rates on Monday. Its chief executive, Tom Vance, was pleased. "
            "Analysts had expected the cut. Traders welcomed it too. They said more cuts could follow.",
            "They",
            "Northwind Bank",
        ),
    ],
)
def test_a_pronoun_far_past_one_it_cannot_be_is_unsure(parse, text: str, pronoun: str, candidate: str) -> None:  # type: ignore[no-untyped-def]
    guess = _guess(parse, text, pronoun)
    assert guess.name is None and guess.entity_id is None
    assert candidate in {c.name for c in guess.candidates}


@pytest.mark.parametrize(
    ("forms", "gender"),
    [
        (["Margaret Olsen"], "f"),
        (["Peter Brandt", "Brandt"], "m"),
        (["Agency Director Lawrence Pike"], None),  # "Agency" is neither a first name nor a title
        (["BBC Director Lawrence Pike"], "m"),  # past the acronym and the role noun
        (["Dear Margaret"], "f"),  # a letter's salutation is to a first name
        (["Dear Jordan"], None),
        (["Jordan Blake"], None),  # a first name either may bear
        (["Grant"], None),  # one word: a surname as likely as a first name
        (["Peter Brandt", "Margaret Brandt"], None),  # two people merged: no answer
    ],
)
def test_first_names_tell_a_gender_only_when_clear(forms: list[str], gender: str | None) -> None:
    assert first_name_gender(forms) == gender
