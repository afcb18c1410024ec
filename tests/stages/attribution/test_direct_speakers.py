"""Who speaks a direct quote where the page's layout or punctuation, not a verb beside it, decides:
a straight quote mark that never closes before a curly quote, a transcript answer that runs on
over paragraphs, a roundup item that names its writer before a colon, reports inside an excerpt's
run-on paragraph, two quotes in one sentence, and a quote's topic after its cue. Table-driven, with
negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from verbatim_cases import Tags, tagged
from verbatim_cases import attributions as _attributions
from verbatim_cases import holding as _holding

from newsdesk.stages.attribution.layouts import printed_speakers
from newsdesk.stages.attribution.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        # the straight mark never closes: the curly quote after it is the quote, not the text between
        ('"The crowd went quiet as he walked in, chanting “Four more years!”', ["Four more years!"]),
        ('"She had a form, in a box marked “reason,” a clerk had written “none.”', ["reason,", "none."]),
        # a curly quote nested in a straight one that closes later: the straight quote stays whole
        ('"He told me “no” twice," she said.', ["He told me “no” twice,"]),
        # a closing curly mark after a straight opener still closes it (mixed typing)
        ('"We will appeal,” said the lawyer.', ["We will appeal,"]),
    ],
)
def test_a_straight_mark_that_never_closes_costs_only_itself(text: str, inner: list[str]) -> None:
    assert [q.inner(text) for q in find_quotes(text)] == inner


def _printed(text: str) -> list[tuple[str, list[str]]]:
    return [(text[slice(*p.speaker)], [text[a:b] for a, b in p.parts or (p.content,)]) for p in printed_speakers(text)]


def test_a_transcript_answer_runs_on_until_the_next_label() -> None:
    text = (
        "The interview, in part:\n\n"
        '"HOST: Will the plant close?\n\n'
        '"MAYOR: Not this year. We have a buyer.\n\n'
        '"The buyer wants the whole site.\n\n'
        '"(CROSSTALK)\n\n'
        '"HOST: And next year?\n\n'
        '"MAYOR: We will see."\n\n'
        "The council meets on Monday."
    )
    assert _printed(text) == [
        ("HOST", ["Will the plant close?"]),
        ("MAYOR", ["Not this year. We have a buyer.", "The buyer wants the whole site."]),
        ("HOST", ["And next year?"]),
        ("MAYOR", ["We will see."]),  # the story after the transcript is nobody's answer
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an unlabelled paragraph after the last answer is the story again
        "HOST: Are you running?\n\nMAYOR: No.\n\nHOST: Why not?\n\nMAYOR: Family.\n\nShe left the studio at noon.",
        # a heading label ends the transcript: what came before it is not an answer
        "HOST: Are you running?\n\nMAYOR: No.\n\nThe vote is in May.\n\nUPDATE: The mayor said yes.\n\nHOST: Why?",
    ],
)
def test_a_paragraph_after_the_transcript_is_no_answer(text: str) -> None:
    assert all(len(parts) == 1 for _speaker, parts in _printed(text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Polls missed the late swing - Ana Ruiz: “The samples were too old.” [Blog.]", "Ana Ruiz", "The samples"),
        ("Turnout beat the forecast — Tom Baker and Lea Wong: “Young voters came.”", "Tom Baker and Lea Wong", "Young"),
        ("More from Ana Ruiz: “Weighting by past vote would have helped.”", "Ana Ruiz", "Weighting"),
    ],
)
def test_a_roundup_item_names_its_writer_before_the_colon(text: str, speaker: str, content: str) -> None:
    ((got, parts),) = _printed(text)
    assert got == speaker and parts[0].startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        'He said the judge was from Mexico: "The judge is doing a fine job."',  # a place, not a writer
        "The vote - 51 to 49: “close” as ever.",  # no name before the colon
        # a bare label with no dash, past the headline's place, is the transcript's business
        "The polls closed late.\n\nAna Ruiz: “The samples were too old.”",
    ],
)
def test_no_roundup_item(text: str) -> None:
    assert _printed(text) == []


def test_a_report_inside_an_excerpts_run_on_paragraph_has_its_own_speaker(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The paper's reporter describes the visit:\n\n"
        '"The volunteers arrived early and set up the tables.\n\n'
        '"Maria Lopez thought the whole plan was a mistake. She had warned them for weeks.\n\n'
        "The event went ahead on Saturday."
    )
    found = _holding(_attributions(text, parse), "the whole plan was a mistake")
    assert (found.kind, found.speaker_mention, found.cue) == ("direct", "Maria Lopez", "thought")


def test_a_speakers_own_i_think_inside_a_closed_quote_stays_in_the_quote(parse) -> None:  # type: ignore[no-untyped-def]
    text = "“I think the whole plan was a mistake from the start,” Maria Lopez said on Friday."
    found = _holding(_attributions(text, parse), "the whole plan was a mistake")
    assert (found.speaker_mention, found.cue) == ("Maria Lopez", "said")
    assert found.content.startswith("I think")


def _quote_tags(*words: str) -> Tags:
    tags = {w: ("I-CON", 0.9) for w in words}
    tags["“"] = ("B-CON", 0.9)
    return tags


def test_two_quotes_in_one_sentence_each_keep_their_own(parse: Callable[[list[str]], object]) -> None:
    text = "On his file in a box labeled “known risks,” one nurse had typed “none at all.”"
    words = ("“", "known", "risks", ",", "”", "one", "nurse", "had", "typed", "none", "at", "all", ".")
    tags = {w: ("I-CON", 0.9) for w in words}  # one content run over the second quote's speaker and cue
    tags.update({"box": ("B-SRC", 0.6), "labeled": ("B-CUE", 0.6)})
    found = tagged(parse, text, tags)
    second = next(a for a in found if "none at all" in a.content)
    assert (second.speaker_mention, second.cue) == ("one nurse", "typed")
    assert "risks" not in second.content
    first = next(a for a in found if "known risks" in a.content)
    assert first.cue == "labeled"


def test_a_quote_a_singer_sings_is_not_carried_from_before(parse: Callable[[list[str]], object]) -> None:
    text = "“Keep your hands in sight,” Ana Ruiz sings to the crowd before asking them, “Where do we go from here?”"
    words = ("keep", "your", "hands", "in", "sight", ",", "”", "ana", "ruiz", "sings", "to", "the", "crowd")
    words += ("before", "asking", "them", "where", "do", "we", "go", "from", "here", "?")
    found = tagged(parse, text, _quote_tags(*words))
    quoted = [a for a in found if "hands in sight" in a.content or "Where do we go" in a.content]
    assert quoted and all(a.speaker_mention == "Ana Ruiz" for a in quoted)


@pytest.mark.parametrize(
    ("text", "topic_words", "topic"),
    [
        # the object of "said of" is what the quote was about: not part of what was said
        (
            "“It is finished,” she said of the election, which she thought was lost. “In my head, anyway.”",
            ("the", "election", "which", "thought", "was", "lost"),
            "the election",
        ),
    ],
)
def test_a_quotes_topic_after_its_cue_is_not_its_content(parse, text, topic_words, topic) -> None:  # type: ignore[no-untyped-def]
    tags = _quote_tags("it", "is", "finished", ",", "”", "in", "my", "head", "anyway", ".")
    tags.update({w: ("I-CON", 0.8) for w in topic_words})
    tags.update({"the": ("B-CON", 0.8), "she": ("B-SRC", 0.95), "said": ("B-CUE", 0.95), "of": ("I-CUE", 0.9)})
    quoted = next(a for a in tagged(parse, text, tags) if "It is finished" in a.content)
    assert quoted.speaker_mention == "she"
    assert topic not in quoted.content


def test_a_content_after_a_cue_with_no_quote_before_it_is_kept(parse: Callable[[list[str]], object]) -> None:
    text = "She spoke of the election, saying it was lost."
    tags = {"she": ("B-SRC", 0.95), "spoke": ("B-CUE", 0.95), "of": ("I-CUE", 0.9), "the": ("B-CON", 0.8)}
    tags["election"] = ("I-CON", 0.8)
    found = tagged(parse, text, tags)
    assert any("the election" in a.content for a in found)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('Intro.\n\n"Almost all new income goes to the top."\n\n- Ana Ruiz.\n\nShe is right.', "Ana Ruiz", "Almost"),
        ("Intro.\n\n“It needs to stop.”\n\n—Tom Baker, Ohio.\n\nMore later.", "Tom Baker", "It needs to stop."),
    ],
)
def test_a_quote_signed_in_the_next_paragraph_names_its_speaker(text: str, speaker: str, content: str) -> None:
    ((got, parts),) = _printed(text)
    assert got == speaker and parts[0].startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "“It needs to stop.”\n\n- and the story goes on from here.",  # no name after the dash
        "The mayor spoke, “It needs to stop,” and left.\n\n- Tom Baker.",  # the quote is not alone in its paragraph
    ],
)
def test_no_signature_below(text: str) -> None:
    assert _printed(text) == []


_EXCERPT = (
    "The report put it this way:\n\n"
    '"The council spent the reserve on the new hall and told nobody about it.\n\n'
    '"When the auditors asked, the money was gone and the hall was still not finished."\n\n'
    "The council has not replied."
)


def test_an_excerpt_run_on_over_paragraphs_is_one_statement(parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(_EXCERPT, parse), "spent the reserve")
    assert any("money was gone" in _EXCERPT[a:b] for a, b in found.content_span)
    assert found.speaker_mention == "The report"


def test_a_closed_quote_is_not_continued_by_the_next_paragraph(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The council spent the reserve on the new hall,” the auditor said.\n\n"
        "“Nobody told us about it, and the hall is still not finished.”"
    )
    found = _holding(_attributions(text, parse), "spent the reserve")
    assert not any("still not finished" in text[a:b] for a, b in found.content_span)


def test_the_tagger_path_joins_an_excerpts_paragraphs(parse: Callable[[list[str]], object]) -> None:
    text = 'Ana Ruiz wrote:\n\n"The council spent the reserve on the new hall.\n\n"The hall is still not finished."'
    words = ('"', "the", "council", "spent", "reserve", "on", "new", "hall", ".", "is", "still", "not", "finished")
    tags = {w: ("I-CON", 0.9) for w in words}
    tags.update({"ana": ("B-SRC", 0.9), "ruiz": ("I-SRC", 0.9), "wrote": ("B-CUE", 0.9)})
    (found,) = [a for a in tagged(parse, text, tags) if "spent the reserve" in a.content]
    assert found.speaker_mention == "Ana Ruiz"
    assert any("still not finished" in text[a:b] for a, b in found.content_span)


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        ('Protesters chanted "What curfew?" as they marched on.', "What curfew", "Protesters"),
        ("Supporters packed the hall on Friday, chanting “Four more years!”", "Four more years", "Supporters"),
    ],
)
def test_a_short_quote_right_after_a_speech_verb_is_spoken(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), words)
    assert found.kind == "direct" and found.speaker_mention == mention


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday she watched “Casablanca” again with her father.",  # a title after a verb that is no speech
        'The mayor opened the new "Riverside" park on Friday.',  # a name in quote marks
    ],
)
def test_a_short_quote_after_another_verb_is_no_statement(text: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _attributions(text, parse) == []


def test_a_report_and_the_quote_its_colon_introduces_are_two_statements(parse: Callable[[list[str]], object]) -> None:
    text = "Ruiz said she was too busy to look: “I have a lot going on this week.”"
    words = ("she", "was", "too", "busy", "to", "look", ":", "“", "i", "have", "a", "lot", "going", "on", "this")
    tags = {w: ("I-CON", 0.9) for w in (*words, "week", ".", "”")}
    tags.update({"ruiz": ("B-SRC", 0.9), "said": ("B-CUE", 0.9)})
    found = tagged(parse, text, tags)
    report = next(a for a in found if "too busy" in a.content)
    quote = next(a for a in found if "a lot going on" in a.content)
    assert report is not quote and "lot going on" not in report.content
    assert (quote.kind, quote.speaker_mention) == ("direct", "Ruiz")


def test_a_colon_inside_a_quote_splits_nothing(parse: Callable[[list[str]], object]) -> None:
    text = "Ruiz said, “Two things matter: jobs and homes in this city.”"  # the colon is the quote's own
    words = ("“", "two", "things", "matter", ":", "jobs", "”", "and", "homes", "in", "this", "city", ".")
    tags = {w: ("I-CON", 0.9) for w in words}
    tags.update({"ruiz": ("B-SRC", 0.9), "said": ("B-CUE", 0.9)})
    found = [a for a in tagged(parse, text, tags) if "Two things" in a.content]
    assert len(found) == 1 and "city" in found[0].content


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        ('Protesters marching through the streets chanted "What curfew?" and kept going.', "What curfew", "Protesters"),
        ("Fans waiting outside the arena shouted “We want more!” until the doors opened.", "We want more", "Fans"),
    ],
)
def test_a_cue_the_parser_hung_on_a_participle_keeps_the_subject(text: str, words: str, mention: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), words)
    assert found.speaker_mention == mention


def test_a_cue_in_a_clause_of_its_own_keeps_its_own_subject(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor smiled as reporters outside the hall shouted “Resign now!” at her car."
    found = _holding(_attributions(text, parse), "Resign now")
    assert found.speaker_mention != "The mayor"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'Intro.\n\n"We may see budgets balanced again.\nAna Ruiz, Institute for Policy."\n\nMore.',
            "Ana Ruiz",
            "We may",
        ),
        ("Intro.\n\n“Everybody believes in it until they lose.\nTom Baker.”\n\nMore.", "Tom Baker", "Everybody"),
    ],
)
def test_a_pull_quote_signed_on_its_last_line_names_its_speaker(text: str, speaker: str, content: str) -> None:
    ((got, parts),) = _printed(text)
    assert got == speaker and parts[0].startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        '"We went home early.\nHe left the party."',  # a second sentence, not a name
        '"We went home early\nand then Ana Ruiz left."',  # one sentence broken over two lines
    ],
)
def test_no_pull_quote(text: str) -> None:
    assert _printed(text) == []
