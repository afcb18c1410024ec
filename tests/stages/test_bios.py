"""The note about the writer at the foot of a story leaves the body, kept as removed with its
reason; story paragraphs that merely mention a name stay."""

from __future__ import annotations

import pytest

from newsdesk.stages.bios import without_author_bios
from newsdesk.stages.draft import Draft

STORY = (
    "The harbour authority said on Tuesday that the new ferry terminal would open in the spring.",
    "Engineers found that the old pier could not carry the weight of the new cranes.",
    "Residents said the noise of the pile drivers had kept them awake for months.",
)


@pytest.mark.parametrize(
    ("authors", "foot"),
    [
        (("Jane Doe",), "Jane Doe is a health reporter who covers hospitals and public health."),
        (("Jane Doe", "Omar Reyes"), "Omar Reyes writes about food and drink for the magazine."),
        (("Mary Ann Quint",), "Mary Ann Quint, a former teacher, is the paper's education editor."),
        (("Lars Berg",), "Lars Berg has covered energy markets since 2012 and lives in Oslo."),
        # a note of a hundred-odd words: a career, then the writer's life
        (("Lars Berg",), "Lars Berg is a freelance writer who covers energy markets. " + "He lives in Oslo. " * 25),
    ],
)
def test_an_authors_note_at_the_foot_leaves_the_body(authors: tuple[str, ...], foot: str) -> None:
    draft = without_author_bios(Draft(authors=authors, paragraphs=(*STORY, foot)))
    assert draft.paragraphs == STORY
    assert [(r.text, r.reason) for r in draft.removed] == [(foot, "author bio")]


@pytest.mark.parametrize(
    ("authors", "paragraphs"),
    [
        # a first name alone: could be anyone
        (("Lauren Cole",), (*STORY, "Lauren has written for the blog since 2018.")),
        # not one of the story's authors
        (("Jane Doe",), (*STORY, "John Smith is the authority's chief engineer and lives nearby.")),
        # the name does not open the paragraph
        (("Jane Doe",), (*STORY, "Asked about the delay, Jane Doe is said to have laughed.")),
        # far from the foot of the story
        (("Jane Doe",), ("Jane Doe is at the pier this morning.", *STORY, *STORY)),
        # a long paragraph is story, whoever it opens with
        (
            ("Jane Doe",),
            (*STORY, "Jane Doe is the harbour's oldest resident. " + "She remembers the old pier well. " * 25),
        ),
        # no author to match
        ((), (*STORY, "Jane Doe is a health reporter.")),
        # the only paragraph is the story
        (("Jane Doe",), ("Jane Doe is the first woman to captain the ferry in its 80 years.",)),
    ],
)
def test_story_paragraphs_stay(authors: tuple[str, ...], paragraphs: tuple[str, ...]) -> None:
    draft = Draft(authors=authors, paragraphs=paragraphs)
    assert without_author_bios(draft) == draft
