"""Who said a direct quote where the sentence around it leads in, goes on or names the words: a
lead-in before a colon, a further statement between two quotes, a verb of saying before a colon,
the setting between a verb and its quote, a speaker the parser took for a noun's modifier, the words
used ("used the phrase “...”"), a likeness drawn, "as X put it". Table-driven, with negatives,
through the whole pipeline on a body taken verbatim."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions as _attributions
from verbatim_cases import holding as _holding


@pytest.mark.parametrize(
    ("text", "words", "mention", "cue"),
    [
        # a lead-in before a colon is not what the cue after the quote says
        (
            "A week later, Ruiz followed up by lamenting the paperwork of her office, especially the permits: "
            "“There is just a mountain of forms in this job,” she said.",
            "mountain of forms",
            "she",
            "said",
        ),
        # the verb of saying in the sentence before the colon, not a later verb in its clause
        (
            "As Ruiz reported after the board seemed to have dropped the scheme:\n\n"
            "“The county has spent hardly a cent of the funds it set aside for the library.”",
            "hardly a cent",
            "Ruiz",
            "reported",
        ),
        # where and when a participle said it stand between it and the quote; a clause of when after
        # the quote is not its cue
        (
            "The video closes with a clip of Ruiz saying at the town hall on Friday, “That is why I win,” as the "
            "audience clapped.",
            "why I win",
            "Ruiz",
            "saying",
        ),
        # the parser split at "!”" and read the speech verb as a modifier of the noun before it
        (
            "“Is the council going to finally fix the bridge? If it doesn't, it should resign right away!” "
            "the city's angriest critic, Ana Ruiz, tweeted Sunday after the collapse of the old bridge.",
            "fix the bridge",
            "the city's angriest critic",
            "tweeted",
        ),
        # the parser made the speaker an apposition of an earlier noun
        (
            "While nothing of the kind links the governor's staff, a state aide who asked not to be named to "
            "describe private plans said Tuesday, “Certainly there are talks between the two offices.”",
            "talks between",
            "a state aide",
            "said",
        ),
        # a participle joined to another: who does the first does the second
        (
            "Outside the arena, about 200 protesters gathered in three groups, holding signs and chanting "
            "“Dump the plan now.”",
            "Dump the plan",
            "about 200 protesters",
            "chanting",
        ),
        # the parser took "read" for a noun after the writing that reads it
        (
            "“Neighbour, I will be frank. I can win this seat. Baker cannot,” the email read. It went out on Monday.",
            "will be frank",
            "the email",
            "read",
        ),
        (
            "“They know Ruiz is the only one strong enough to stop the abuses,” a voice-over in the ad states. "
            "“She will stand up to the council.”",
            "strong enough",
            "a voice-over in the ad",
            "states",
        ),
        (
            "“You made up a brand new test on the spot for the governor,” the two write.",
            "brand new test",
            "the two",
            "write",
        ),
        # a participle right after a clause of when or where goes on with that clause
        (
            "The second clash came during a rally at the stadium, when students interrupted his remarks, "
            "shouting “he wins, we lose, it is over!”",
            "he wins",
            "students",
            "shouting",
        ),
        (
            "The ad begins with a scene in which boys use a toy robot to smash a model house, yelling "
            "“tax hike, tax hike!”",
            "tax hike",
            "boys",
            "yelling",
        ),
        # a participle the parser hung on what was written goes on with the writer's report
        (
            "Moreno also wrote the nurses learned to expect the complaints, saying, “They did not come every "
            "night, but we grew used to them quickly.”",
            "every night",
            "Moreno",
            "saying",
        ),
        # a verb that carries a quote beside it, whatever it reports elsewhere
        (
            "“Would it be negotiable for the eleven million people?” Baker pressed. “Maybe let them stay?”",
            "negotiable",
            "Baker",
            "pressed",
        ),
        # "as X put it"
        (
            "“The wolves are not at the door any more, they are in the kitchen,” as Tom Baker put it.",
            "wolves",
            "Tom Baker",
            "put",
        ),
        # a short quote given as the words used
        ("Ruiz has used the phrase “managed decline” often in her campaign.", "managed decline", "Ruiz", "used"),
        (
            "In 1960 Baker ran on the slogan “Experience Counts” after eight years in office.",
            "Experience",
            "Baker",
            "ran",
        ),
    ],
)
def test_a_quote_finds_the_speaker_its_sentence_leads_in_with(
    text: str, words: str, mention: str, cue: str, parse
) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), words)
    assert found.kind == "direct"
    assert found.speaker_mention == mention
    assert found.cue is not None and found.cue.startswith(cue)
    assert found.content.startswith(words.split()[0]) or words in found.content


@pytest.mark.parametrize(
    ("text", "words", "mention", "cue"),
    [
        # a verb right beside the quote still wins over a clause of when after it
        ("“We will appeal the ruling,” Ruiz said as the crowd cheered.", "appeal the ruling", "Ruiz", "said"),
        # a name right before the verb speaks, whatever the parser made of it; a day does not
        ("In the city, on Wednesday said, “We will go to the hall together.”", "go to the hall", None, "said"),
        # a clause that describes a noun, or one of before and after, is not who goes on speaking
        (
            "The mayor has denounced supporters that level attacks at her rivals, saying, “We do not want that "
            "kind of talk in this campaign.”",
            "kind of talk",
            "The mayor",
            "saying",
        ),
        (
            "Moreno apologized for the posts after they surfaced, saying, “They were written years ago and do "
            "not reflect who I am.”",
            "years ago",
            "Moreno",
            "saying",
        ),
        # "pressed" far from the quote is no cue
        ("Ruiz pressed the button and left the room. “It is done now, finally,” she said.", "done now", "she", "said"),
        # "put it" somewhere else is no cue
        ("He put it on the shelf. “It is a fine book for the winter,” she said.", "fine book", "she", "said"),
    ],
)
def test_the_cue_beside_the_quote_is_kept(text: str, words: str, mention: str | None, cue: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), words)
    assert found.speaker_mention == mention
    assert found.cue is not None and found.cue.startswith(cue)


def test_a_colon_with_no_quote_after_it_keeps_what_leads_in(parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(
        _attributions("Ruiz said the council was wrong: it had ignored the residents, she said.", parse), "ignored"
    )
    assert found.speaker_mention == "she"
    assert "council was wrong" in found.content


@pytest.mark.parametrize(
    "text",
    [
        "He bought a copy of “Born in the USA” at the store on Main Street.",  # a title
        "The firm sells a product called “Clean Air” to the schools.",  # a name given, not words said
    ],
)
def test_a_short_quote_without_words_used_is_no_statement(text: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert [a for a in _attributions(text, parse) if a.kind == "direct"] == []


@pytest.mark.parametrize(
    "text",
    [
        "“It is a fine story for a summer afternoon by the lake,” a good read.",  # no writing that reads
        "“We will always defend our friends and allies around the world,” the United States.",  # a name
    ],
)
def test_a_noun_that_only_looks_like_a_cue_names_nobody(text: str, parse) -> None:  # type: ignore[no-untyped-def]
    (found,) = _attributions(text, parse)
    assert found.speaker_mention is None and found.cue is None


def test_the_words_of_a_likeness_drawn_are_its_speakers(parse) -> None:  # type: ignore[no-untyped-def]
    found = _attributions(
        "Another critic, Tom Baker, likened the rules to “burning the town charter” at the meeting.", parse
    )
    liken = _holding(found, "burning the town charter")
    assert liken.cue is not None and liken.cue.startswith("likened")
    assert liken.speaker_mention == "Another critic"
    compared = _holding(_attributions("She compared the new tax to a robbery of the poor.", parse), "robbery")
    assert (compared.kind, compared.speaker_mention, compared.cue) == ("indirect", "She", "compared")
    assert "new tax to a robbery" in compared.content


@pytest.mark.parametrize(
    "text",
    [
        "The team compared notes after the game on Saturday.",  # an idiom: no likeness drawn
        "Prices rose three percent compared to last year.",  # no one compares
    ],
)
def test_a_comparison_with_no_one_drawing_it_is_no_attribution(text: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _attributions(text, parse) == []


def test_a_quote_goes_on_with_the_same_speakers_further_statement(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The bridge is not safe for the children,” Ruiz said, adding that she had asked the council for "
        "repairs. “We have waited for two years and nobody came.”"
    )
    found = _attributions(text, parse)
    first = _holding(found, "not safe")
    assert (first.kind, first.speaker_mention) == ("direct", "Ruiz")
    assert "waited" not in first.content
    further = _holding(found, "asked the council")
    assert (further.kind, further.cue, further.speaker_mention) == ("mixed", "adding", "Ruiz")
    assert "waited for two years" in further.content


def test_a_quote_goes_on_with_a_report_in_a_sentence_of_its_own(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We have bigger problems than the parking,” says Ana Ruiz, a nurse from the east side. She says the "
        "town should fix the clinic first. “It is their health; they are not asking for much.”"
    )
    found = _attributions(text, parse)
    assert "their health" not in _holding(found, "bigger problems").content
    assert _holding(found, "their health").cue == "says"
    assert "fix the clinic" in _holding(found, "their health").content


@pytest.mark.parametrize(
    "text",
    [
        # a topic named on the way has no clause of its own: the quote goes on with the first
        "“The bridge is not safe for the children,” said Ruiz, speaking of the old crossing. “We have waited "
        "for two years and nobody came.”",
        # another speaker's report between: the quote is not theirs
        "“The bridge is not safe for the children,” Ruiz said. Baker said the council had asked for repairs. "
        "“We have waited for two years and nobody came.”",
    ],
)
def test_a_quote_does_not_go_on_with_a_topic_or_anothers_report(text: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), "waited for two years")
    assert found.speaker_mention == "Ruiz"
    assert found.kind == "direct"


def test_a_further_statement_the_parser_hung_on_the_quote_is_its_own(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"I will tell you, the fight over the budget again, is insane," Ruiz said, going on to say that the city '
        'has spent "years fighting against waste and all that stuff, to have that debate again, people do not '
        'want to see that…. They are way beyond that. They do not want to blame the poor for our problems."'
    )
    found = _attributions(text, parse)
    assert "years fighting" not in _holding(found, "insane").content
    further = _holding(found, "years fighting")
    assert (further.speaker_mention, further.cue) == ("Ruiz", "going")
