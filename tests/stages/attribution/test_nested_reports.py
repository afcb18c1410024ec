"""Reports inside another report's content (``nesting``): a report that is part of what someone
said is no statement of its own; a clause joined by "and" or a word of time with its own subject, a
further statement of the same speaker (which ends the first report's content) and a quote's own
verb are. Table-driven, through the whole pipeline on a body taken verbatim, with negatives."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions as _attributions


def _cues(text: str, parse) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {a.cue or "": a.content for a in _attributions(text, parse)}


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("The mayor said the council had agreed that the bridge was unsafe.", "said", "agreed"),
        ("Ruiz told reporters that her neighbours had complained about the noise for years.", "told", "complained"),
        ("The senator noted that the governor has criticized the plan twice.", "noted", "criticized"),
        ("Ruiz said she asked the board for a meeting.", "said", "asked"),
        ("The union said members who had demanded a raise were let go.", "said", "demanded"),
        ("The coach said the owner wants to discuss the contract.", "said", "discuss"),
    ],
)
def test_a_report_inside_what_was_said_is_part_of_it(text: str, outer: str, inner: str, parse) -> None:  # type: ignore[no-untyped-def]
    cues = _cues(text, parse)
    assert outer in cues and inner not in cues, cues


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a clause of its own, after "and" or a word of time, with a subject of its own
        (
            "Ruiz said the builders arrived late and the foreman urged the crew to work through the night.",
            "urged",
            "the crew to work through the night",
        ),
        ("Ruiz said she had not spoken to Baker since his office accused her of lying.", "accused", "her of lying"),
        # a quote's own verb of saying
        ("The mayor said the council told her “the money is gone.”", "told", "the money is gone"),
    ],
)
def test_a_statement_of_its_own_inside_a_report_stays(text: str, cue: str, content: str, parse) -> None:  # type: ignore[no-untyped-def]
    cues = _cues(text, parse)
    assert cues.get(cue) == content, cues


@pytest.mark.parametrize(
    ("text", "first", "further", "further_content"),
    [
        (
            "The union said it would strike on Monday and specifically mentioned the night shifts.",
            "it would strike on Monday",
            "mentioned",
            "the night shifts",
        ),
        (
            "Ruiz stressed that the plan was sound, suggesting that the vote could wait.",
            "that the plan was sound",
            "suggesting",
            "that the vote could wait",
        ),
        (
            "The mayor said the city would appeal, and repeated that the ruling was wrong.",
            "the city would appeal",
            "repeated",
            "that the ruling was wrong",
        ),
    ],
)
def test_a_further_statement_ends_the_first(text: str, first: str, further: str, further_content: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _attributions(text, parse)
    outer = found[0]
    assert outer.content == first, [a.content for a in found]
    said_further = [a for a in found if a.cue == further]
    assert said_further and said_further[0].content == further_content
    assert said_further[0].speaker_mention == outer.speaker_mention


_INTERVIEW = (
    "HOST: Are you running again?\n\n"
    "MAYOR DIAZ: I have not decided yet, but my rivals want to raise the fares.\n\n"
    "HOST: When will you decide?\n\n"
    "MAYOR DIAZ: After the budget vote. The council promised to fund the buses."
)


@pytest.mark.parametrize(
    ("text", "cue", "kept"),
    [
        # a report inside a transcript line is the speaker's words, as inside a quote
        (_INTERVIEW, "want", False),
        (_INTERVIEW, "promised", False),
        # the same report told by the writer, before the transcript or with none
        ("Before the interview, the council promised to fund the buses.\n\n" + _INTERVIEW, "promised", True),
        ("The council promised to fund the buses.", "promised", True),
    ],
)
def test_a_report_inside_a_transcript_line_is_part_of_the_line(text: str, cue: str, kept: bool, parse) -> None:  # type: ignore[no-untyped-def]
    assert (cue in _cues(text, parse)) is kept
