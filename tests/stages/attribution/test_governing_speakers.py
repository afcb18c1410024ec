"""Speakers named by the verb that governs a report rather than next to its cue: a participle
("..., adding that ...") or a speech verb after "and" that the parser hung inside the reported
clause goes on with the outer report, and is cut from the first report's content;
and a cue noun whose possessor is a pronoun ("pronounced his support for ...") belongs to the
subject of the verb that takes it. Table-driven, through the whole pipeline on a body taken
verbatim, with negatives."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions as _attributions
from verbatim_cases import holding as _holding


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a participle with no quote after it, hung on a verb inside the report
        (
            "Ruiz said the county would repair the bridge this summer, adding that the work would start in May.",
            "work would start in May",
            "Ruiz",
        ),
        (
            "The governor has indicated she would sign the budget, warning that further cuts would close schools.",
            "further cuts would close schools",
            "The governor",
        ),
        # a speech verb the parser coordinated with a verb inside the report
        (
            "The water board said it remained open to talks and urged the farmers to return to the table.",
            "farmers to return to the table",
            "The water board",
        ),
    ],
)
def test_a_participle_goes_on_with_the_outer_report(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "reported", "further"),
    [
        (
            "Ruiz said the county would repair the bridge this summer, adding that the work would start in May.",
            "the county would repair the bridge this summer",
            "the work would start in May",
        ),
        (
            "The water board said it remained open to talks and urged the farmers to return to the table.",
            "it remained open to talks",
            "farmers to return to the table",
        ),
    ],
)
def test_the_further_statement_is_not_part_of_the_first(text: str, reported: str, further: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _attributions(text, parse)
    first = next(a for a in found if a.cue == "said")
    assert first.content.rstrip(",. ") == reported
    assert further in _holding(found, further).content and further not in first.content


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a clause with a subject of its own keeps it
        (
            "Ruiz said the builders arrived late and the foreman urged the crew to work through the night.",
            "crew to work through the night",
            "the foreman",
        ),
    ],
)
def test_a_clause_with_its_own_subject_keeps_it(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # no report around the clause: the participle keeps the subject of the sentence
        (
            "The crew worked through the night on the old bridge, insisting that it would open on time.",
            "it would open on time",
            "The crew",
        ),
    ],
)
def test_a_participle_outside_a_report_keeps_its_subject(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


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
