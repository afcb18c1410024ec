"""The writer's own "I" gets the one byline author as its candidate speaker, never as the speaker,
and only where the "I" is likely the writer's."""

from __future__ import annotations

import pytest

from newsdesk.model import Candidate
from newsdesk.stages.attribution.writer import WRITER_SCORE
from newsdesk.stages.draft import Draft
from newsdesk.stages.enrich import enrich

COLUMN = (
    "The harbour council meets on Tuesday to settle the levy.",
    "I think the council will back down before the vote.",
)
ANSWER = ("What do you make of the levy fight?", "I think the council will back down before the vote.")
INTERVIEW = (
    "Where did the idea for the ferry come from?",
    "I grew up on the island, and we waited hours for every crossing.",
    "Will the council back it?",
    "I expect some of them will, in the end.",
    "I think the council will back down before the vote.",
)


def _writer_statement(paragraphs: tuple[str, ...], authors: tuple[str, ...], parse):  # type: ignore[no-untyped-def]
    found = enrich(Draft(paragraphs=paragraphs, authors=authors), parse, "rules").attributions
    return next(a for a in found if a.speaker_mention == "I")


@pytest.mark.parametrize(
    ("paragraphs", "authors", "offered"),
    [
        (COLUMN, ("Ana Ruiz",), ("Ana Ruiz",)),
        (COLUMN, (), ()),  # no byline: nobody to offer
        (COLUMN, ("Ana Ruiz", "Tom Lee"), ()),  # either may be the "I"
        (ANSWER, ("Ana Ruiz",), ()),  # an interview's answer: the "I" is the one asked
        (INTERVIEW, ("Ana Ruiz",), ()),  # questions answered as "I": every "I" is the one asked
    ],
)
def test_the_byline_author_is_offered_for_the_writers_i(paragraphs, authors, offered, parse) -> None:  # type: ignore[no-untyped-def]
    statement = _writer_statement(paragraphs, authors, parse)
    assert statement.speaker is None  # offered, never chosen: a reader's letter speaks as "I" too
    assert statement.candidates == tuple(Candidate(name=name, score=WRITER_SCORE) for name in offered)


def test_a_quoted_i_keeps_its_speaker_and_gets_no_writer(parse) -> None:  # type: ignore[no-untyped-def]
    paragraphs = ("“I think the council will back down before the vote,” said Tom Lee, a harbour trader.",)
    found = enrich(Draft(paragraphs=paragraphs, authors=("Ana Ruiz",)), parse, "rules").attributions
    assert [(a.speaker, a.candidates) for a in found] == [("Tom Lee", ())]
