"""Frames that report nothing and the look-alikes that do: a content that is only a time ("her
remarks on Monday"), the audience of a speech event ("an interview with the paper", "addressed a rally"), a rival in a
race ("who is challenging the mayor"), an office run for ("seeking a second term"), where someone
ended up ("found herself unsure of the rules"). Table-driven,
through ``find_frames`` and ``own_statements``."""

from __future__ import annotations

import pytest

from newsdesk.stages.attribution.frames import find_frames
from newsdesk.stages.attribution.nesting import own_statements
from newsdesk.stages.attribution.non_reports import reports_nothing


def _verdicts(text: str, nlp) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """Each frame's content, and whether it reports nothing."""
    doc = nlp(text)
    return {text[slice(*f.content)]: reports_nothing(f, doc) for f in find_frames(doc)}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # only a time: when it was said, not what
        ("The mayor did not criticize the council directly in her remarks on Monday night.", "Monday night"),
        ("The governor chimed in with her support on Friday evening.", "Friday evening"),
        # the audience of a speech event
        ("The mayor defended the budget during his interview with a radio station.", "a radio station"),
        ("Her speech to the union drew loud applause.", "the union"),
        ("The mayor will address the convention on Monday night.", "the convention"),
        ("Lopez addressed a rally of nurses outside the hospital.", "a rally of nurses outside the hospital"),
        # a rival in a race: a person challenged, with nothing said about what
        (
            "Ruiz, who is challenging Senator Ana Lopez in the primary, raised more money.",
            "Senator Ana Lopez in the primary",
        ),
        # an office run for
        ("Lopez, who is seeking a second term, opened her campaign office on Main Street.", "a second term"),
        ("The three candidates seeking the nomination met in the capital.", "the nomination"),
        ("The governor is not seeking reelection.", "reelection"),
        # where someone ended up: "find" with a reflexive
        ("The bakery found itself forced to raise its prices.", "itself forced to raise its prices"),
        ("She found herself unsure of the new rules.", "herself unsure of the new rules"),
        ("He found himself a new job in the city.", "himself a new job in the city"),
        # a blow: "knock" with a particle of its physical sense
        ("The young boxer knocked out the champion in the fourth round.", "out the champion in the fourth round"),
        ("The storm knocked down power lines across the valley.", "down power lines across the valley"),
    ],
)
def test_reports_nothing(text: str, content: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _verdicts(text, nlp).get(content) is True


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a time inside a statement is part of it
        ("The mayor said the bridge would open on Monday.", "the bridge would open on Monday"),
        # what an interview or a speech was about is its content
        ("Her speech on the budget drew loud applause.", "the budget"),
        ("The mayor gave an interview about the strike.", "the strike"),
        ("The mayor addressed the problem of late buses in her speech.", "the problem of late buses"),
        ("The governor addressed the concerns of farmers on Friday.", "the concerns of farmers"),
        # challenged to something, or over something: a statement
        ("Ruiz challenged Senator Ana Lopez to a debate on Friday.", "Senator Ana Lopez to a debate on Friday"),
        ("Ruiz challenged Senator Ana Lopez on her record on taxes.", "Senator Ana Lopez on her record on taxes"),
        # a claim challenged is still what was said
        ("The council challenged the claim that the bridge was unsafe.", "the claim that the bridge was unsafe"),
        # what is sought, when it is no office, is a demand
        ("The council is seeking an inquiry into the bridge collapse.", "an inquiry into the bridge collapse"),
        ("The union seeks a raise of five percent for its members.", "a raise of five percent for its members"),
        # what was found, with no reflexive, is a finding
        ("The inspectors found that the wiring was faulty.", "that the wiring was faulty"),
        ("The coach found the referee to blame for the loss.", "the referee to blame for the loss"),
        # "knock" with no particle is a stance
        ("The senator knocked the plan as too costly.", "the plan as too costly"),
    ],
)
def test_reports_something(text: str, content: str, nlp) -> None:  # type: ignore[no-untyped-def]
    verdicts = _verdicts(text, nlp)
    assert content in verdicts
    assert verdicts[content] is False


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The governor chimed in with her support on Friday evening.", []),
        ("Her speech to the union drew loud applause.", []),
        (
            "Ruiz, who is challenging Senator Ana Lopez in the primary, said taxes were too high.",
            ["taxes were too high"],
        ),
        ("Her speech on the budget drew loud applause.", ["the budget"]),
    ],
)
def test_own_statements_drop_what_reports_nothing(text: str, kept: list[str], nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    frames = own_statements(list(find_frames(doc)), doc, bytearray(len(text)))
    assert [text[slice(*f.content)] for f in frames] == kept


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # the reader's: a question or advice, no one's report
        ("What was your reaction to the news about the merger?", False),
        ("Whatever your opinion of the new stadium, the vote is on Tuesday.", False),
        ("The adjuster may try to undermine your claim that the roof leaked.", False),
        # someone's: reported
        ("The mayor's claim that the roof leaked was never tested.", True),
        ("Their reaction to the news about the merger was swift.", True),
    ],
)
def test_a_noun_the_reader_holds_reports_nothing(text: str, reported: bool, nlp) -> None:  # type: ignore[no-untyped-def]
    cues = [text[slice(*f.cue)] for f in find_frames(nlp(text))]
    noun = next(w for w in ("reaction", "opinion", "claim") if w in text)
    assert any(noun in cue for cue in cues) == reported, cues
