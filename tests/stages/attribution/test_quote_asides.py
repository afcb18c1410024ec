"""Quotes set off inside another report, and which statement a quote goes on with: a quote in an
aside between dashes or brackets, with its own cue after it, is that cue's and no part of the
report around it; a short quote that ends a stance frame with the same cue is one statement, not
two; a report of the same speaker named again by surname alone takes the quote after it; a quote
opening a paragraph goes on with the report that closed the paragraph before. Table-driven, with
negatives, through the whole pipeline on a body taken verbatim."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions as _attributions

from newsdesk.stages.attribution.goes_on import _surname_of


def _found(text: str, parse) -> list[tuple[str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(a.kind, a.content, a.speaker_mention, a.cue) for a in _attributions(text, parse)]


@pytest.mark.parametrize(
    ("text", "words", "mention", "cue"),
    [
        # a quote between dashes, its cue after it: the cue's, not the report before the dash
        (
            "Ruiz argued that the new tax was unfair - “We need to look at the numbers first,” she said - and "
            "warned that the council would lose.",
            "We need to look at the numbers first",
            "she",
            "said",
        ),
        (
            "Ruiz hinted that the mayor was wrong — “We have a better plan,” she said — and left the stage.",
            "We have a better plan",
            "she",
            "said",
        ),
        # a quote in brackets
        (
            "The strike drew some anger from union members (“I want my wages back,” wrote Tom Baker, a welder "
            "in Ohio) and the talks stalled.",
            "I want my wages back",
            "Tom Baker",
            "wrote",
        ),
        # a quote after a dash opens its own sentence: the cue after it is its own
        (
            "If the count is flawed — as many voters fear, but the officials strongly deny — “why would anyone "
            "trust the result?” asked Lee.",
            "why would anyone trust the result",
            "Lee",
            "asked",
        ),
    ],
)
def test_a_quote_in_an_aside_is_its_own_cues(text: str, words: str, mention: str, cue: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(text, parse)
    assert any(k == "direct" and words in c and m == mention and q == cue for k, c, m, q in found), found
    # and no record of the report around the aside holds the quote's words
    assert not any(words in c and q != cue for _k, c, _m, q in found), found


@pytest.mark.parametrize(
    ("text", "cue", "reported"),
    [
        # negatives: a dash with no quote after it ends no lead-in; the report keeps its words
        ("Ruiz said the new tax was unfair - and she left the hall.", "said", "the new tax was unfair"),
        ("Ruiz argued that the new tax was unfair - a view many share.", "argued", "the new tax was unfair"),
    ],
)
def test_a_dash_without_a_quote_leaves_the_report(text: str, cue: str, reported: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(text, parse)
    assert any(q == cue and reported in c for _k, c, _m, q in found), found


@pytest.mark.parametrize(
    ("text", "words", "count"),
    [
        # a short quote that ends a stance with the same cue: one statement
        ("Lee called the plan “reckless.”", "reckless", 1),
        ("Lee called the plan “a disaster,” and the crowd cheered.", "a disaster", 1),
        # negatives: a quote before its cue is its own statement
        ("“It is done,” Lee said after the vote.", "It is done", 1),
        ("“It is done,” she said. “We won,” he said.", "We won", 1),
    ],
)
def test_a_short_quote_ending_a_stance_comes_out_once(text: str, words: str, count: int, parse) -> None:  # type: ignore[no-untyped-def]
    holding = [a for a in _attributions(text, parse) if words in a.content]
    assert len(holding) == count, [(a.kind, a.content, a.cue) for a in holding]


@pytest.mark.parametrize(
    ("text", "words", "mention", "cue"),
    [
        # the same speaker named again by surname: the quote goes on with the later report
        (
            "“The bridge will open in May,” said Ana Ruiz, the city engineer, pointing to the new plans. Ruiz "
            "says the cost is still rising. “We need more money for the steel.”",
            "We need more money for the steel",
            "Ruiz",
            "says",
        ),
        # negatives: another speaker in between, a full name or another name, leaves it with the quote before
        (
            "“The bridge will open in May,” said Ana Ruiz, the city engineer. Marco Ruiz says the cost is still "
            "rising. “We need more money for the steel.”",
            "We need more money for the steel",
            "Ana Ruiz",
            "said",
        ),
        (
            "“The bridge will open in May,” said Ana Ruiz. Lee says the cost is still rising. “We need more "
            "money for the steel.”",
            "We need more money for the steel",
            "Ana Ruiz",
            "said",
        ),
        # a report in a sentence of its own goes on with the quote after it, a clause of its own or not
        (
            "“Roads matter, but for me it is the schools,” says Ana Ruiz, a nurse in Dayton. Ruiz supports the "
            "mayor in the race. “I still have loans from college.”",
            "I still have loans from college",
            "Ruiz",
            "supports",
        ),
        (
            "“Roads matter, but for me it is the schools,” says Ana Ruiz, a nurse in Dayton. Lee supports the "
            "mayor in the race. “I still have loans from college.”",
            "I still have loans from college",
            "Ana Ruiz",
            "says",
        ),
        # a quote opening a paragraph goes on with the report closing the paragraph before
        (
            "“We will win this,” Ruiz said.\n\nLee then had a question of her own.\n\n“Who will pay for the wall?”",
            "Who will pay for the wall",
            "Lee",
            "had a question",
        ),
        # negatives: no report closes that paragraph; a relative clause's report describes the speaker
        (
            "“We will win this,” Ruiz said.\n\nThe crowd cheered for a long time.\n\n“Who will pay for the wall?”",
            "Who will pay for the wall",
            "Ruiz",
            "said",
        ),
        (
            "“We will win this,” said Ruiz, who thinks the vote is close.\n\n“Who will pay for the wall?”",
            "Who will pay for the wall",
            "Ruiz",
            "said",
        ),
    ],
)
def test_which_statement_a_quote_goes_on_with(text: str, words: str, mention: str, cue: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _found(text, parse)
    assert any(words in c and m == mention and q == cue for _k, c, m, q in found), found


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Ana Ruiz", "Ruiz", True),
        ("Ruiz", "Ana Ruiz", True),
        ("Ana Ruiz", "Marco Ruiz", False),  # two full names
        ("Ana Ruiz", "Ana", False),  # a first name is not how a story names someone again
        ("the city engineer", "engineer", False),  # not a name
        ("Ana Ruiz", "Lee", False),
    ],
)
def test_a_surname_names_the_same_speaker(one: str, other: str, same: bool) -> None:
    assert _surname_of(one, other) is same


@pytest.mark.parametrize(
    ("text", "words", "mention", "cue"),
    [
        # an adjective standing for a noun after its article speaks after a question
        (
            "“Can anyone fix these roads before the winter?” the 43-year-old asked at the meeting.",
            "Can anyone fix these roads",
            "the 43-year-old",
            "asked",
        ),
        # negative: an adjective opening the next sentence with no article names nobody
        (
            "The crowd waited. “Is the plan ready for the vote?” Eager to leave, the members voted on Monday.",
            "Is the plan ready for the vote",
            None,
            None,
        ),
        # explaining why, after the cue of a quote, is a further statement: the next quote goes on with it
        (
            "“The bridge will open in May,” said Ana Ruiz, the city engineer, explaining why the work had "
            "stopped. “We ran out of steel and the crews went home.”",
            "We ran out of steel",
            "Ana Ruiz",
            "explaining",
        ),
        # negative: noting that ... is an aside on the way; the quote goes on with the one before
        (
            "“The bridge will open in May,” said Ana Ruiz, the city engineer, noting that the work had "
            "stopped. “We ran out of steel and the crews went home.”",
            "We ran out of steel",
            "Ana Ruiz",
            "said",
        ),
    ],
)
def test_who_speaks_after_a_question_or_an_explanation(  # type: ignore[no-untyped-def]
    text: str, words: str, mention: str | None, cue: str | None, parse
) -> None:
    found = _found(text, parse)
    assert any(words in c and m == mention and q == cue for _k, c, m, q in found), found
