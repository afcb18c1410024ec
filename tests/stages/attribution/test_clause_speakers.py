"""Speakers the parse hangs on the wrong clause, and quotes with no verb beside them: a speech
verb that goes on with a report but hangs inside what was reported ("said the hall was late and
added, “...”"), a cue that opens the sentence after a quote, a cue closing its sentence after a
comma, a name given in quote marks, a view of someone "as" something, and a quote inside a
sentence whose main verb names no speech. Table-driven, through the whole pipeline on a body
taken verbatim, with negatives."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions as _attributions
from verbatim_cases import holding as _holding


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a second speech verb the parser coordinated with the reported clause, opening a quote
        (
            "In a long interview last year, Ruiz said she welcomed the ruling and added, “I will appeal, no problem.”",
            "I will appeal",
            "Ruiz",
        ),
        (
            "Mayor Tom Baker said the bridge was built by the county and said, “Who are you going to trust on roads?”",
            "Who are you going to trust",
            "Mayor Tom Baker",
        ),
        # a participle the parser hung on a verb deep inside the report
        (
            "A senior union official said the nurses will have to choose whose side they are on, saying, "
            "“At some point the board is going to have to come out and say where it stands.”",
            "At some point the board",
            "A senior union official",
        ),
        # the same verb said twice: both reports are the subject's
        (
            "He said the base immediately went into alert mode and said the rescue of the crew was always a priority.",
            "rescue of the crew",
            "He",
        ),
    ],
)
def test_a_speech_verb_goes_on_with_the_outer_report(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # its own subject: the clause's subject speaks
        (
            "Ruiz said the builders arrived late and the foreman added, “We waited two hours for the permit.”",
            "waited two hours",
            "the foreman",
        ),
        # a verb that is no speech verb keeps the reading of the parse
        (
            "Ruiz said the builders arrived late and went home before the inspection started at noon.",
            "builders arrived late",
            "Ruiz",
        ),
    ],
)
def test_a_clause_with_its_own_speaker_keeps_it(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # the sentence after a short quote opens with its cue, though the parser made a later verb the root
        (
            "“You winning?” she said, but her brother was drifting off again, and as the host went on about "
            "taxes and roads and schools, Ana nodded yes, yes, over and over again.",
            "You winning?",
            "she",
        ),
        (
            "“Still here?” the porter asked, and while the rain kept falling on the yard outside, the two of them "
            "waited by the door for the last bus home.",
            "Still here?",
            "the porter",
        ),
    ],
)
def test_the_sentence_after_a_quote_opens_with_its_cue(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


def test_a_verb_late_in_the_sentence_after_a_quote_is_not_its_cue(parse) -> None:  # type: ignore[no-untyped-def]
    text = "“Really?” The crowd fell silent, and after a long and awkward minute the mayor said nothing at all."
    assert all("Really" not in a.content or a.speaker_mention != "the mayor" for a in _attributions(text, parse))


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a cue and its subject closing the sentence after a comma report all before the comma
        (
            "The internet has also made it possible for people with odd ideas to find each other and organize, "
            "she said.",
            "made it possible",
            "she",
        ),
        (
            "Most of the new housing will go to families on the waiting list, the council believes.",
            "new housing",
            "the council",
        ),
    ],
)
def test_a_closing_cue_reports_its_sentence(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), words)
    assert found.speaker_mention == mention
    assert found.content.startswith(text.split()[0])


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a name given in quote marks, which the parser hangs on the object
        (
            'Former governor Jeb Bush called the use of executive orders "quite dangerous."',
            "executive orders",
            "Former governor Jeb Bush",
        ),
        # a view of someone as something
        ("He sees Christie as a uniter who can win in November.", "Christie as a uniter", "He"),
        ("Voters see the new tax as a burden on renters.", "the new tax as a burden", "Voters"),
    ],
)
def test_a_stance_on_an_object(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    "text",
    [
        "She called the dog Rex after her grandfather.",  # a name with no quote marks and no "as": no stance
        "We could see the river from the bridge.",  # seeing, not a view of someone as something
    ],
)
def test_no_stance(text: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _attributions(text, parse) == []


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a quote inside a sentence whose main verb is no speech verb: its subject's words
        (
            "On Monday, Ana Ruiz groused to a crowd in the square that the paper “does not treat me properly at all.”",
            "does not treat me",
            "Ana Ruiz",
        ),
        (
            "A 2014 committee report found “no evidence that there was either a stand-down order or a delay.”",
            "no evidence",
            "A 2014 committee report",
        ),
    ],
)
def test_a_quote_in_a_sentence_with_no_cue_beside_it(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


def test_a_passive_sentence_names_no_speaker_of_its_quote(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The slogan “Build the bridge now, not next year” was painted on every wall of the town hall."
    assert all(a.speaker_mention is None for a in _attributions(text, parse) if "Build the bridge" in a.content)


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a short quote (one that ends in its own punctuation) given as a name, only the object between
        (
            "Local officials call them “lone wolves,” and describe their actions as crimes.",
            "lone wolves",
            "Local officials",
        ),
        # the words someone used
        ("In his campaign, Trump has often used the phrase “Islamic terrorism.”", "Islamic terrorism", "Trump"),
        (
            "Hillary Clinton vowed never again to use the term “undocumented immigrants.”",
            "undocumented immigrants",
            "Hillary Clinton",
        ),
    ],
)
def test_a_short_quote_given_as_a_name_or_as_the_words_used(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    "text",
    [
        "She read the book “Small Towns” on the train home.",  # a title, after a noun that names no words
        "They painted the wall with the slogans of the day and left “Home” above the door.",  # not the verb's object
    ],
)
def test_a_short_quote_with_no_naming_verb_has_no_cue(text: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert all(a.cue is None or a.speaker_mention is None for a in _attributions(text, parse) if len(a.content) < 15)


def test_an_interrupted_quote_is_one_statement(parse) -> None:  # type: ignore[no-untyped-def]
    # the parser made the second part the cue's clause, so a frame takes it before the first part
    text = (
        "In the old city, the two leaders sealed their agreement.\n\n"
        '"By locking in China," Mr. Obama said, "it now allowed me to go to India and Brazil and make the same case."'
    )
    found = [a for a in _attributions(text, parse) if a.kind in ("direct", "mixed")]
    assert len(found) == 1
    assert (
        found[0].content == "By locking in China, … it now allowed me to go to India and Brazil and make the same case"
    )


def test_quotes_with_cues_of_their_own_stay_apart(parse) -> None:  # type: ignore[no-untyped-def]
    text = "“We lost the vote tonight,” Ruiz said. Baker added, “We will be back next year.”"
    found = [a for a in _attributions(text, parse) if a.kind == "direct"]
    assert [a.speaker_mention for a in found] == ["Ruiz", "Baker"]


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a dateline in capitals before a dash is where the story was filed, not who spoke
        (
            "WASHINGTON -- President Obama, opening the new museum on Saturday, said it would tell an American story.",
            "tell an American story",
            "President Obama",
        ),
        (
            "LONDON — Mayor Ana Ruiz, speaking at the town hall on Monday, said the bridge would open by spring.",
            "bridge would open",
            "Mayor Ana Ruiz",
        ),
        # a name in capitals with no dash after it is still the speaker
        ("NASA said the launch would be delayed by a week because of the storm.", "launch would be delayed", "NASA"),
    ],
)
def test_a_dateline_is_not_the_speaker(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "words", "mention", "speaker"),
    [
        # the tokenizer splits a hyphenated word and the parser makes its first piece a subject
        (
            "“We will expand next year,” says Harbor Freight co-founder Lena Ortiz, noting the costs.",
            "We will expand next year",
            "co-founder Lena Ortiz",
            "Lena Ortiz",
        ),
        (
            "Co-founder Lena Ortiz said the firm would open two stores.",
            "open two stores",
            "Co-founder Lena Ortiz",
            "Lena Ortiz",
        ),
        # a hyphenated word that is the whole subject keeps both pieces
        ("The co-op said it would close the bakery in May.", "close the bakery", "co-op", "co-op"),
        # a negative: a hyphenated word the parser already kept in one phrase is left as it was
        ("The ex-mayor said he would run again.", "run again", "The ex-mayor", "The ex-mayor"),
    ],
)
def test_a_word_split_at_its_hyphen_is_one_speaker(text: str, words: str, mention: str, speaker: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), words)
    assert (found.speaker_mention, found.speaker) == (mention, speaker)
