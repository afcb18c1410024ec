"""A second reporting verb after a quote's cue ("..., she said, adding, “...”", "he said, going on
to ...") starts a statement of its own with the same speaker; the pieces of one statement around
its own cue ("“A,” she said, “B.”") stay one attribution. Both paths: the rules through the whole
pipeline on a body taken verbatim, the trained path with a fake tagger."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from verbatim_cases import Tags
from verbatim_cases import attributions as _attributions
from verbatim_cases import holding as _holding
from verbatim_cases import tagged as _run

from newsdesk.model import Attribution


@pytest.mark.parametrize(
    ("text", "first", "second", "cue"),
    [
        (
            "“The bridge will open in May,” Ana Ruiz said on Monday, adding: “The road will follow in June.”",
            "bridge will open",
            "road will follow",
            "adding",
        ),
        (
            "“We are ready for the new season,” Tom Baker said, going on to thank the staff. “The team is "
            "fit and the fans are back.”",
            "ready for the new season",
            "team is fit",
            "going",
        ),
    ],
)
def test_a_further_statement_is_an_attribution_of_its_own(parse, text, first, second, cue) -> None:  # type: ignore[no-untyped-def]
    found = _attributions(text, parse)
    one, other = _holding(found, first), _holding(found, second)
    assert one is not other and second not in one.content
    assert other.cue == cue
    assert other.speaker_mention == one.speaker_mention and one.speaker_mention is not None


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # one statement around its own cue
        ("“We are ready for the new season,” Tom Baker said. “The team is fit and the fans are back.”", "ready", "fit"),
        # a participle that says what the quote is about is no new statement
        (
            "“The bridge will open in May,” said Ana Ruiz, speaking of the river crossing. “The road will follow "
            "in June.”",
            "bridge will open",
            "road will follow",
        ),
    ],
)
def test_the_pieces_of_one_statement_stay_one(parse, text, first, second) -> None:  # type: ignore[no-untyped-def]
    found = _attributions(text, parse)
    assert _holding(found, first) is _holding(found, second)


def _quote_tags(*words: str) -> Tags:
    tags = {w: ("I-CON", 0.95) for w in words}
    tags.update({"“": ("B-CON", 0.95), "”": ("I-CON", 0.95), "ruiz": ("B-SRC", 0.9), "said": ("B-CUE", 0.95)})
    return tags


def _by_words(found: list[Attribution], words: str) -> Attribution:
    return next(a for a in found if a.method == "crf" and words in a.content)


def test_the_tagger_path_splits_at_an_untagged_further_verb(parse: Callable[[list[str]], object]) -> None:
    text = "“The river is rising,” Ruiz said on Tuesday and added: “We are ready for the worst.”"
    tags = _quote_tags("river", "is", "rising", ",", "we", "are", "ready", "for", "the", "worst", ".")
    found = _run(parse, text, tags)
    first, second = _by_words(found, "river"), _by_words(found, "worst")
    assert first is not second and "worst" not in first.content
    assert (second.cue, second.speaker_mention, first.speaker_mention) == ("added", "Ruiz", "Ruiz")


def test_the_tagger_path_keeps_one_statement_whole(parse: Callable[[list[str]], object]) -> None:
    text = "“The river is rising,” Ruiz said. “We are ready for the worst.”"
    tags = _quote_tags("river", "is", "rising", ",", "we", "are", "ready", "for", "the", "worst", ".")
    found = _run(parse, text, tags)
    assert _by_words(found, "river") is _by_words(found, "worst")


def test_the_named_doer_of_a_participle_in_a_long_cue_speaks(parse: Callable[[list[str]], object]) -> None:
    text = "The advert uses footage of Ana Ruiz saying, “We will build the bridge.”"
    tags = {w: ("I-CUE", 0.9) for w in ("footage", "of", "ana", "ruiz", "saying")}
    tags.update({w: ("I-CON", 0.95) for w in ("we", "will", "build", "bridge", ".", "”")})
    tags.update({"uses": ("B-CUE", 0.9), "advert": ("B-SRC", 0.9), "“": ("B-CON", 0.95)})
    found = _by_words(_run(parse, text, tags), "bridge")
    assert found.speaker_mention == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # the named doer of a participle speaks, not the subject of the verb it hangs on
        (
            "The advert uses footage of Ana Ruiz asking, “Why is the bridge still closed?”",
            "bridge still closed",
            "Ana Ruiz",
        ),
        # one written to is addressed, not the speaker
        (
            "Tom Baker wrote a letter to Ana Ruiz asking that the bridge be reopened before winter.",
            "bridge be reopened",
            "Tom Baker",
        ),
    ],
)
def test_who_does_a_participle(parse, text, words, mention) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), words).speaker_mention == mention


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ana Ruiz talked about the new bridge on Monday.", "the new bridge"),
        ("Tom Baker spoke about the flood defences.", "the flood defences"),
    ],
)
def test_a_preposition_after_the_cue_is_the_cues(parse, text, content) -> None:  # type: ignore[no-untyped-def]
    assert _holding(_attributions(text, parse), content.split()[-1]).content == content


def test_a_time_clause_after_a_quote_is_not_its_cue(parse: Callable[[list[str]], object]) -> None:
    text = "The film ends with Ana Ruiz saying last week, “That makes us rich,” when Tom Baker mocked her plan."
    tags = {w: ("I-CON", 0.95) for w in ("that", "makes", "us", "rich", ",", "”")}
    tags.update({w: ("I-CUE", 0.9) for w in ("with", "ana", "ruiz", "saying")})
    tags.update({"“": ("B-CON", 0.95), "film": ("B-SRC", 0.9), "ends": ("B-CUE", 0.9)})
    tags.update({"tom": ("B-SRC", 0.9), "baker": ("I-SRC", 0.9), "mocked": ("B-CUE", 0.9), "plan": ("B-CON", 0.9)})
    quote = _by_words(_run(parse, text, tags), "rich")
    assert quote.cue is not None and quote.cue.endswith("saying")
    assert quote.speaker_mention == "Ana Ruiz" and "plan" not in quote.content


@pytest.mark.parametrize(
    ("text", "sources", "mention"),
    [
        # a participle after a relative clause: the sentence's subject, though "who" is tagged nearer
        (
            "Ana Ruiz was angry with a builder who said he was owed money, saying, “Maybe he did not finish the work.”",
            ("ana", "ruiz", "who"),
            "Ana Ruiz",
        ),
        # the parse has no doer for the participle: the nearest tagged source, as before
        (
            "The builder was angry. Ana Ruiz spoke next, saying, “Maybe he did not finish the work.”",
            ("ana", "ruiz", "builder"),
            "Ana Ruiz",
        ),
    ],
)
def test_a_participles_doer_on_the_parse_picks_the_tagged_source(
    parse: Callable[[list[str]], object], text: str, sources: tuple[str, ...], mention: str
) -> None:
    tags: Tags = {w: ("I-SRC" if w == "ruiz" else "B-SRC", 0.9) for w in sources}
    tags.update({w: ("I-CON", 0.95) for w in ("maybe", "he", "did", "not", "finish", "the", "work", ".", "”")})
    tags.update({"saying": ("B-CUE", 0.9), "“": ("B-CON", 0.95)})
    found = _by_words(_run(parse, text, tags), "finish")
    assert found.speaker_mention == mention
