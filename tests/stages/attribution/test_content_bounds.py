"""Where a reported content begins and ends: the object a stance or request is about goes with
what is said of it ("called on the council [to delay the vote]"); a "that" clause hung on the
setting of a statement is what was said ("said in a statement that ..."); "and that ..." goes on
with the same report; a cue and speaker inside their own content leave it in pieces; the writer's
aside after a comma closes no report. Table-driven, with negatives: through ``find_frames`` for a
frame's span, through the whole pipeline for the record's pieces."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions as _attributions
from verbatim_cases import holding as _holding

from newsdesk.stages.attribution.frames import find_frames


def _content(text: str, cue: str, nlp) -> str:  # type: ignore[no-untyped-def]
    """The content of the frame whose cue is ``cue``."""
    frames = [f for f in find_frames(nlp(text)) if text[slice(*f.cue)] == cue]
    assert frames, [text[slice(*f.cue)] for f in find_frames(nlp(text))]
    return text[slice(*frames[0].content)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # what a stance or a request says of its object comes with it
        ("The mayor called on the council to delay the vote.", "called", "the council to delay the vote"),
        ("Ruiz pointed to the flood as the reason for the delay.", "pointed", "the flood as the reason for the delay"),
        ("Ruiz supports the new law to expand the bus network.", "supports", "the new law to expand the bus network"),
        ("The mayor challenged the council to find the money.", "challenged", "the council to find the money"),
        (
            "Ruiz criticized the plan because it would raise rents.",
            "criticized",
            "the plan because it would raise rents",
        ),
        ("The mayor asked residents to stay indoors.", "asked", "residents to stay indoors"),
        # a "that" clause on the setting of a statement is the statement
        ("Ruiz said in a statement that the bridge would open in May.", "said", "that the bridge would open in May"),
        ("Baker told reporters at a briefing that the road was safe.", "told", "that the road was safe"),
        # "and that ..." goes on with the same report
        (
            "Ruiz said the plan was sound, and that the council would vote on it soon.",
            "said",
            "the plan was sound, and that the council would vote on it soon",
        ),
        # a relative clause or a description after a comma is the writer's aside
        (
            "Ruiz said the money would go to the new library, which opened in May.",
            "said",
            "the money would go to the new library",
        ),
        ("Ruiz criticized the budget, a plan the council passed in May.", "criticized", "the budget"),
        ("Ruiz praised the mayor, Tom Baker, who had opened the bridge.", "praised", "the mayor, Tom Baker"),
        # the preposition that opens a cue's object is the cue's ("warned of", "asked for")
        ("The mayor warned of a long and costly winter.", "warned", "a long and costly winter"),
        ("Ruiz asked for a recount of the ballots.", "asked", "a recount of the ballots"),
        # another speaker's reply closes the reported clause
        (
            "Ruiz said the proposals were strong and fair, to which Baker replied that they were not.",
            "said",
            "the proposals were strong and fair",
        ),
        # where and when a stance was taken is not what it was about
        ("The senator endorsed Ana Ruiz during a rally in the city.", "endorsed", "Ana Ruiz"),
        ("The senator mocked the mayor on Twitter.", "mocked", "the mayor"),
    ],
)
def test_a_content_spans_what_was_said(text: str, cue: str, content: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _content(text, cue, nlp) == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # an object and its infinitive stay apart where the infinitive is the verb's own
        ("The mayor vowed to stay in office.", "vowed", "to stay in office"),
        ("The residents called for a new inquiry into the fire.", "called", "a new inquiry into the fire"),
        # a stance's contrast or consequence is not its grounds
        ("Ruiz criticized the plan, while the council debated it.", "criticized", "the plan"),
        # a participle after the object makes a further statement of its own
        ("Ruiz criticized the plan, saying it was too costly.", "criticized", "the plan"),
        # a preposition after the object is no cue's
        ("Ruiz blamed the council for the delay.", "blamed", "the council for the delay"),
        # a condition of the report is part of it, whoever it names
        (
            "Ruiz said the proposals were strong, even if the council disagreed.",
            "said",
            "the proposals were strong, even if the council disagreed",
        ),
        # a conjunct without "that" may be the writer's own
        ("Ruiz said the plan was sound, and the council voted on it in May.", "said", "the plan was sound"),
        # a name in a list, or a name given to what was spoken of, is no aside
        ("Ruiz criticized Tom Baker, Ana Lopez and the council.", "criticized", "Tom Baker, Ana Lopez and the council"),
        (
            "Ruiz said the council had backed the mayor, Tom Baker.",
            "said",
            "the council had backed the mayor, Tom Baker",
        ),
        # a "that" clause after an object is a stance on the object, not a statement
        (
            "Ruiz saw the figures as evidence that the plan worked.",
            "saw",
            "the figures as evidence that the plan worked",
        ),
        # a relative clause that restricts (no comma) is part of what was said
        (
            "Ruiz said the plan that the council backed was sound.",
            "said",
            "the plan that the council backed was sound",
        ),
        # a preposition of what the stance is about stays
        ("The senator mocked the mayor on his record.", "mocked", "the mayor on his record"),
    ],
)
def test_a_content_keeps_what_belongs_to_it(text: str, cue: str, content: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _content(text, cue, nlp) == content


@pytest.mark.parametrize(
    ("text", "words", "pieces"),
    [
        # a parenthetical cue and its speaker interrupt the content
        (
            "The new line, the mayor said, would open before the winter.",
            "The new line",
            ("The new line", "would open before the winter"),
        ),
        (
            "The plan, Ruiz argued, had never been costed.",
            "had never been costed",
            ("The plan", "had never been costed"),
        ),
    ],
)
def test_a_content_its_own_cue_interrupts_is_in_pieces(text: str, words: str, pieces: tuple[str, ...], parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), words)
    assert tuple(text[a:b] for a, b in found.content_span) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the new line would open before the winter.",
        # hearsay names nobody: its cue stays inside the content
        "Officials were said to have met the bidders in secret.",
    ],
)
def test_a_content_with_its_cue_outside_is_whole(text: str, parse) -> None:  # type: ignore[no-untyped-def]
    (found,) = _attributions(text, parse)
    assert len(found.content_span) == 1
