"""Beliefs, knowledge, expectations and findings that the usual frames of a cue verb missed
(``beliefs.py``): a writer's own "I think ...", a study's finding as a noun phrase, a view "as"
something however the parser hung "as", a view held on or in something, a weighed course of action,
and the passive "known for" and "... but is expected to"; with the
look-alikes that report nothing (a thing found, a date agreed on, a quote's "I think", the
publisher's "we"). Table-driven, through ``find_frames``, on sentences of our own."""

from __future__ import annotations

import pytest
from verbatim_cases import frames as _frames


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's own belief, outside any quote
        ("I think the council will back down.", ("think", "the council will back down", "I")),
        ("I knew the ferry would be late again.", ("knew", "the ferry would be late again", "I")),
        # a study's finding given as a noun phrase
        ("The survey found broad support for the levy.", ("found", "broad support for the levy", "The survey")),
        (
            "A new audit finds the agency with a large deficit.",
            ("finds", "the agency with a large deficit", "A new audit"),
        ),
        # a view "as" something, the "as" hung on a word after the object
        (
            "Critics see the levy as most likely to hurt the poor.",
            ("see", "the levy as most likely to hurt the poor", "Critics"),
        ),
        # a view held on or in something
        ("Negotiators agreed on a new timetable.", ("agreed", "a new timetable", "Negotiators")),
        ("Many farmers believe in a smaller government.", ("believe", "a smaller government", "Many farmers")),
        # a course of action weighed
        ("The council is considering raising the fare.", ("considering", "raising the fare", "The council")),
        # a repute held by no one named, and hearsay whose subject is the first verb's
        (
            "The mill is best known for its red brick.",
            ("is best known for", "The mill is best known for its red brick", None),
        ),
        (
            "The old mayor will be remembered for the bridge.",
            ("be remembered for", "The old mayor will be remembered for the bridge", None),
        ),
        (
            "She is moving west but is expected to stay on the show.",
            ("is expected to", "She is moving west but is expected to stay on the show", None),
        ),
    ],
)
def test_beliefs_the_frames_missed(text: str, expected: tuple[str, str, str | None], nlp) -> None:  # type: ignore[no-untyped-def]
    assert expected in _frames(text, nlp)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the publisher's "we", and an "I think" that is someone's quoted words
        ("We believe the council will back down.", "believe"),
        ("“I think the council will back down,” the mayor said.", "think"),
        ("“The count went well. I think we won the ward.", "think"),  # a quote run on from its paragraph's mark
        # an aside with no clause of its own: the sentence around it is someone else's report
        (
            "Asked whether they would fire staff (or, I suppose, volunteers), each director replied that it depends.",
            "suppose",
        ),
        # a thing found, not a fact; a finding that is only a pronoun
        ("The hikers found the keys.", "found"),
        ("The survey found it.", "found"),
        # "as" that opens a clause of time
        ("The crowd saw the mayor as she left the hall.", "saw"),
        # a date agreed on, a manner of belief
        ("The two unions agreed on Monday.", "agreed"),
        ("She believed in vain.", "believed"),
        # seen, not thought
        ("He left early and was seen leaving the hall.", "seen"),
        # "it" names nothing that is known for anything; a bid weighed by no one named
        ("It is known for certain.", "known"),
        ("Consider the case of the old bridge.", "Consider"),
    ],
)
def test_look_alikes_report_nothing(text: str, cue: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert all(found_cue != cue for found_cue, _content, _speaker in _frames(text, nlp))
