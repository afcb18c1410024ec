"""Speakers the parse hides or misplaces: a dash taken for a subject, a name right before a
participle ("footage of X saying"), a participle hung on a relative clause, a reporting verb beside
a quote whose subject the parse lost; and a closing quote mark typed as an opening one. Table-driven,
through the whole pipeline on a body taken verbatim, with negatives."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions as _attributions
from verbatim_cases import holding as _holding

from newsdesk.stages.attribution.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a dash the parser took for a second subject of the verb
        (
            "When the auditor asked about the missing funds ― as the minutes later showed ― Ruiz snapped, "
            "“That money went to the school roof.”",
            "school roof",
            "Ruiz",
        ),
        # a participle opening a quote after a relative clause goes on with the sentence: its
        # subject speaks, not the relative clause's "who", which is spoken of
        (
            "The mayor was angry with a builder who said he was owed money for the new hall, saying, "
            "“Maybe he did not finish the work on time.”",
            "did not finish",
            "The mayor",
        ),
        (
            "Ruiz was defensive when asked about a supplier who said it was never paid, saying, "
            "“They delivered the wrong parts twice.”",
            "wrong parts",
            "Ruiz",
        ),
        # the name right before a participle does what it says, not the subject of the sentence
        (
            "The new advert uses footage of Maria Lopez asking, “Why has the bridge not been repaired yet?”",
            "bridge not been repaired",
            "Maria Lopez",
        ),
    ],
)
def test_the_speaker_the_parse_hides(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), words)
    assert found.kind == "direct"
    assert found.speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "words", "wrong"),
    [
        # the subject of a clause inside "when ..." does not speak the quote that follows
        (
            "When my brother mentioned the storm to me on the phone, I laughed and said, "
            "“I have never been afraid of thunder in my life.”",
            "afraid of thunder",
            "my brother",
        ),
    ],
)
def test_no_speaker_rather_than_a_wrong_one(text: str, words: str, wrong: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), words)
    assert found.speaker_mention != wrong
    assert found.speaker_mention is None


def test_a_participle_keeps_the_speaker_of_its_sentence(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Ms Ruiz, asked about the delay, answered calmly, adding, “The hall will open in spring next year.”"
    found = _holding(_attributions(text, parse), "hall will open")
    assert found.speaker_mention == "Ms Ruiz"


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        # an opening mark typed where the closing one belongs, at the paragraph's end
        (
            "“The rate for young workers is 30 percent in the north.“",
            "The rate for young workers is 30 percent in the north.",
        ),
        # ... followed by nothing but white space
        (
            "“We will rebuild every house on this street.“  \n\nNext paragraph.",
            "We will rebuild every house on this street.",
        ),
    ],
)
def test_an_opening_mark_that_ends_its_paragraph_closes_the_quote(text: str, inner: str) -> None:
    assert [q.inner(text) for q in find_quotes(text)] == [inner]


def test_an_opening_mark_inside_a_paragraph_still_opens_a_quote() -> None:
    text = "“The council said “no” to the plan,” Ms Ruiz said."
    assert [(q.inner(text), q.closed) for q in find_quotes(text)] == [("no", True)]
