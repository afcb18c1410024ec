"""The writer's own "I" gets the one byline author as its candidate speaker, never as the speaker,
and only where the "I" is likely the writer's."""

from __future__ import annotations

import pytest

from newsdesk.model import Attribution, Candidate
from newsdesk.stages.attribution.writer import WRITER_SCORE, with_the_writer
from newsdesk.stages.draft import Draft
from newsdesk.stages.enrich import enrich
from newsdesk.stages.entities.mentions import Field

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


@pytest.mark.parametrize(
    ("body", "offered"),
    [
        ("The levy fight goes on.\n\nI think the council will back down.", True),
        ("The levy fight goes on.\n\n“The quays are empty. I think the council will back down.", False),  # runs on
        ("The levy fight goes on.\n\n“The quays are empty,” she said. “I think the council will back down.”", False),
    ],
)
def test_an_i_in_a_quotation_is_never_the_writers(body: str, offered: bool, parse) -> None:  # type: ignore[no-untyped-def]
    field = Field("body", next(iter(parse([body]))), 0)
    at = body.index("I think")
    statement = Attribution(
        kind="indirect",
        content="the council will back down",
        content_span=((at + 8, len(body) - 1),),
        speaker_mention="I",
        speaker_span=(at, at + 1),
        cue="think",
        cue_span=(at + 2, at + 7),
    )
    (result,) = with_the_writer([statement], [field], ["Ana Ruiz"])
    assert bool(result.candidates) is offered
