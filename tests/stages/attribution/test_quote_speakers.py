"""Who said a direct quote where the parse hides it: a short report in the sentence before ("Ruiz
said in a statement. “...”"), a medium put out before the quote ("issued a statement, “...”",
"the following statement:"), a participle that goes on with its clause ("..., writing “...”",
"emailed supporters saying: “...”"), a speech verb the parser hung on its subject ("a man yelled
“...”"), the one who put out what speaks ("released a video that said"); and the look-alikes that
name nobody. Table-driven, through the whole pipeline on a body taken verbatim."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions as _attributions
from verbatim_cases import holding as _holding


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        (
            "Ana Ruiz, the city engineer, said in a statement. “The bridge will open in May and the road will follow.”",
            "bridge will open",
            "Ana Ruiz",
        ),
        (
            "The mayor issued a statement, “We grieve with the families of the victims of this terrible fire.”",
            "We grieve",
            "The mayor",
        ),
        (
            "The mayor issued the following statement:\n\n“We grieve with the families of the victims of this fire.”",
            "We grieve",
            "The mayor",
        ),
        (
            "Ruiz shared the news online on Friday, writing “Feels great to finally open this bridge for the city.”",
            "Feels great",
            "Ruiz",
        ),
        ("The senator emailed supporters saying: “The fight goes on.”", "fight goes on", "The senator"),
        (
            "The senator sent supporters an email saying: “The fight goes on and we will win.”",
            "fight goes on",
            "The senator",
        ),
        ("When the mayor rose to speak, a man yelled “Stop the vote!”", "Stop the vote", "a man"),
        (
            "The mayor released a video that said, “We are building the bridge this city deserves.”",
            "building the bridge",
            "The mayor",
        ),
        # a name or "another" after the verb, whatever the parser took it for
        ("“The bridge is valuable to every family in the county,” said Skelly.", "bridge is valuable", "Skelly"),
        (
            "“The new bridge is the best thing that has happened to this town,” tweeted another.",
            "best thing",
            "another",
        ),
        # a relative clause after the quote is about the quote's last words, not who said it
        (
            "Ruiz interjected, “Ladies and gentlemen, the mayor of Harbor City,” who went on to speak for an hour.",
            "Ladies and gentlemen",
            "Ruiz",
        ),
    ],
)
def test_a_quote_finds_its_hidden_speaker(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), words)
    assert found.kind == "direct"
    assert found.speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a sentence before that reports nothing names nobody
        ("The council met on Monday. “The bridge will open in May and the road will follow.”", "bridge will open"),
        # a participle's object is spoken of, not speaking
        ("“We will win this district by ten points,” referencing the latest polls of the county.", "win this district"),
    ],
)
def test_a_quote_with_nobody_beside_it_keeps_no_speaker(text: str, words: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), words)
    assert found.speaker_mention is None


def test_a_sentence_before_that_holds_a_quote_is_no_lead_in(parse) -> None:  # type: ignore[no-untyped-def]
    """ "“A,” Ruiz said. “B.”": B goes on with Ruiz's statement, not a new one led in by "said"."""
    text = "“The bridge will open in May,” Ruiz said. “The road will follow in the summer after that.”"
    found = _attributions(text, parse)
    statement = _holding(found, "road will follow")
    assert "bridge will open" in statement.content
    assert statement.speaker_mention == "Ruiz"


def test_a_cue_inside_another_clause_gives_way_to_the_main_one(parse) -> None:  # type: ignore[no-untyped-def]
    """A speech verb in a clause of explanation ("explaining why she is speaking") is farther from
    being the quote's cue than the main verb ("wrote"), however near it stands."""
    text = (
        "“Many people are unsure this year,” Ruiz wrote in a statement explaining why she is speaking at the "
        "convention, “but most agree the city is on the wrong track.”"
    )
    statement = _holding(_attributions(text, parse), "wrong track")
    assert "unsure this year" in statement.content
    assert statement.speaker_mention == "Ruiz"


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a "that" of a thing nobody is said to put out stays itself
        ("The report that said the bridge was unsafe was withdrawn in May.", "bridge was unsafe", "that"),
    ],
)
def test_a_relative_speaks_for_itself_unless_someone_put_it_out(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    "text",
    [
        # a name given, a participle with its agent: true modifiers, no report
        "A super PAC called Future 45 ran the new advertisement.",
        "The words spoken by the mayor “We will rebuild” were painted on the wall.",
    ],
)
def test_a_modifier_is_no_speaker(text: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert not [a for a in _attributions(text, parse) if a.speaker_mention is not None]
