"""Who said a direct quote: the cue beside it, in its sentence, in the short sentence after it, or
before a colon; quoted words are never the speaker; pieces of one statement stay one attribution.
Table-driven, through the whole pipeline on a body taken verbatim."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions as _attributions
from verbatim_cases import holding as _holding


@pytest.mark.parametrize(
    ("text", "words", "mention", "cue"),
    [
        # inverted: the verb before its subject
        ("“The bridge will open in May,” said Ana Ruiz, the city engineer.", "bridge will open", "Ana Ruiz", "said"),
        # the parser splits after "?”": the speaker is in the next sentence
        ("“Who is going to pay for the new road?” Tom Baker asked the council.", "Who is going", "Tom Baker", "asked"),
        # a verb not on the reporting list, right beside the quote
        (
            "“We are not leaving until the school reopens!” the parents chanted outside.",
            "not leaving",
            "the parents",
            "chanted",
        ),
        # "he continued": a quote's own cue, not the speaker carried from before
        (
            "“The plan is sound,” Ruiz said.\n\n“It will also save money over ten years,” she continued.",
            "save money",
            "she",
            "continued",
        ),
        # a colon before the quote, in the paragraph before
        (
            "Then the mayor went on:\n\n“Nobody in this city will lose a home because of the flood.”",
            "Nobody in this city",
            "the mayor",
            "went",
        ),
        # an "it" that speaks: a letter, a statement
        (
            "“The council has failed to consult the residents of the estate,” it read.",
            "failed to consult",
            "it",
            "read",
        ),
    ],
)
def test_a_quote_finds_its_speaker(text: str, words: str, mention: str, cue: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), words)
    assert found.kind == "direct"
    assert found.speaker_mention == mention
    assert found.cue is not None and found.cue.startswith(cue)


def test_quoted_words_are_never_the_speaker(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“There is a severe disconnect between the board and the staff,” Ana Ruiz, a union organiser, "
        "said on Monday on the radio show “Good Morning Harbor.”"
    )
    found = _holding(_attributions(text, parse), "severe disconnect")
    assert found.speaker_mention == "Ana Ruiz"


def test_the_pieces_of_one_statement_are_one_attribution(parse) -> None:  # type: ignore[no-untyped-def]
    text = "“We have waited long enough,” Ruiz said. “The trains must run again by Friday.”"
    (found,) = [a for a in _attributions(text, parse) if a.kind == "direct"]
    assert found.speaker_mention == "Ruiz"
    assert [text[slice(*part)] for part in found.content_span] == [
        "We have waited long enough,",
        "The trains must run again by Friday",
    ]
    assert found.content == "We have waited long enough, … The trains must run again by Friday"
    assert found.content_bounds == (found.content_span[0][0], found.content_span[-1][1])


def test_a_quote_opening_a_paragraph_carries_the_speaker_and_the_cue(parse) -> None:  # type: ignore[no-untyped-def]
    text = "“We have waited long enough,” Ruiz told reporters.\n\n“The trains must run again by Friday.”"
    second = _holding(_attributions(text, parse), "trains must run")
    assert (second.speaker_mention, second.cue) == ("Ruiz", "told")


def test_a_short_quote_counts_only_with_a_cue_beside_it(parse) -> None:  # type: ignore[no-untyped-def]
    with_cue = _attributions("“Mexico!” the audience shouted back at the candidate.", parse)
    assert [(a.content, a.speaker_mention) for a in with_cue] == [("Mexico!", "the audience")]
    # a short quote with its own punctuation but no reporting verb beside it is no statement
    assert _attributions("Protesters carried a banner, “Enough!”, along the seafront on Sunday.", parse) == []


@pytest.mark.parametrize(
    "text",
    [
        "The film “The Long Goodbye” opens in cinemas across the country next month.",  # a title beside a verb
        'The so-called "reforms" were announced on Monday by the transport department.',  # a scare quote
    ],
)
def test_titles_and_scare_quotes_get_no_speaker(text: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _attributions(text, parse) == []
