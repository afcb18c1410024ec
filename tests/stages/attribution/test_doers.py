"""Who speaks where the parse offers the wrong person: the object of a verb of causing ("the
defeat led her to concede ..."), the maker of a thing put out ("the union ran ads attacking ..."),
the subject after an inverted verb of saying ("..., say engineers like Ana Ruiz, ..."), the
possessor of a report noun beside the verb ("after his decision ..."), and nobody for "That said,".
Table-driven, through the whole pipeline on a body taken verbatim, with negatives."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions as _attributions
from verbatim_cases import holding as _holding


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a verb of causing: its object does what follows
        ("The early count led her to declare that victory was near.", "victory was near", "her"),
        ("The storm forced officials to admit that the dam was weak.", "the dam was weak", "officials"),
        (
            "The crisis prompted the governor to urge residents to stay indoors.",
            "residents to stay indoors",
            "the governor",
        ),
        # not a verb of asking or of using: its own subject speaks
        ("Ruiz urged the council to reject the plan.", "reject the plan", "Ruiz"),
        ("The mayor used the hearing to attack the budget.", "the budget", "The mayor"),
    ],
)
def test_the_object_of_a_verb_of_causing_speaks(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # what a thing put out says, its maker says
        ("The union ran ads attacking the mayor.", "the mayor", "The union"),
        ("The council approved a resolution condemning the closure.", "the closure", "The council"),
        (
            "The paper published a story detailing the failures of the transit board.",
            "failures of the transit",
            "The paper",
        ),
        # a thing held up or on its own speaks for itself
        ("Ruiz held up a sign saying the park must stay open.", "the park must stay open", "a sign"),
        ("Ads attacking the mayor filled the screens.", "the mayor", "Ads"),
    ],
)
def test_the_maker_of_a_thing_put_out_speaks(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a verb of saying after a comma with its subject right after it: inverted
        (
            "Part of the problem in finding leaks, say engineers like Ana Ruiz, is the age of the pipes.",
            "age of the pipes",
            "engineers like Ana Ruiz",
        ),
        ("The plan, say engineers, would fail.", "would fail", "engineers"),
        # the subject before the verb, and a name that runs on into what was said
        ("The council, she said, would vote on Monday.", "would vote on Monday", "she"),
        (
            "Ruiz, whose base is students, said closed meetings -- open only to members -- deny residents a voice.",
            "deny residents a voice",
            "Ruiz",
        ),
    ],
)
def test_the_subject_after_an_inverted_verb_speaks(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


def test_an_inverted_speaker_leaves_the_words_before_the_verb_in_the_content(parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions("The plan, say engineers, would fail.", parse), "would fail")
    assert "The plan" in found.content and "engineers" not in found.content


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a report noun beside the verb's action: its possessor holds the view
        (
            "Voters turned away from Mr. Ruiz after his decision not to attend the final debate.",
            "not to attend the final debate",
            "his",
        ),
        ("She angered the council with her remarks that the budget was a fraud.", "the budget was a fraud", "her"),
        # a noun the verb takes: the verb's subject names who holds it
        ("Latino voters were unsparing in their criticism of the plan.", "the plan", "Latino voters"),
    ],
)
def test_a_report_noun_beside_the_verb_keeps_its_possessor(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "That said," links sentences: nobody says anything
        ("That said, the council will vote on Monday.", []),
        ("That being said, the council will vote.", []),
        ("That said, residents say the plan will raise rents.", ["residents"]),
        # "that" as what was said, with a speaker of its own
        ("That, she said, was the end of it.", ["she"]),
    ],
)
def test_that_said_reports_nothing(text: str, speakers: list[str], parse) -> None:  # type: ignore[no-untyped-def]
    assert [a.speaker_mention for a in _attributions(text, parse)] == speakers


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a poll beside the verb speaks for the share of its respondents
        (
            "In a Gazette poll last week, 60 percent of voters said the bridge should be rebuilt.",
            "rebuilt",
            "a Gazette poll last week",
        ),
        (
            "In a Gazette poll, 38 percent said the bridge should close, while 60 percent said it should stay open.",
            "stay open",
            "a Gazette poll",
        ),
        # a poll inside the share, a poll of a later clause, a share with no poll
        (
            "Sixty percent of voters in a Gazette poll said the bridge should be rebuilt.",
            "rebuilt",
            "Sixty percent of voters in a Gazette poll",
        ),
        (
            "Most tenants say the landlord is fair, though a third said so in last spring's survey.",
            "the landlord is fair",
            "Most tenants",
        ),
        ("Sixty percent of voters said the bridge should be rebuilt.", "rebuilt", "Sixty percent of voters"),
    ],
)
def test_a_poll_speaks_for_its_respondents(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention
