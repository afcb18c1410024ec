"""Speakers named by the verb that governs a report rather than next to its cue: a cue noun whose
possessor is a pronoun ("pronounced his support for ...") belongs to the subject of the verb that
takes it. Table-driven, through the whole pipeline on a body taken verbatim, with negatives."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions as _attributions
from verbatim_cases import holding as _holding


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # the verb that takes the noun says who holds the view the pronoun points back to
        ("Mayor Ruiz pronounced her support for the new stadium at the council meeting.", "new stadium", "Mayor Ruiz"),
        ("Local farmers have been unsparing in their criticism of the water plan.", "water plan", "Local farmers"),
    ],
)
def test_a_pronoun_possessor_gives_way_to_the_verbs_subject(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # the noun is the subject, not an object: the possessor is all there is
        ("Her support for the new stadium surprised the council.", "new stadium", "Her"),
    ],
)
def test_a_possessor_stays_where_no_verb_names_a_speaker(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The council thanked the mayor, who renewed her support for the new stadium.", "new stadium"),
        ("Voters read a letter from the club which restated its opposition to the new stadium.", "new stadium"),
    ],
)
def test_a_relative_pronoun_does_not_take_the_possessors_place(text: str, words: str, parse) -> None:  # type: ignore[no-untyped-def]
    # "who" and "which" name nobody; the possessor (or what it refers to) says more
    assert _holding(_attributions(text, parse), words).speaker_mention not in ("who", "which")
