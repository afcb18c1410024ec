"""A statement's act, what its cue says the holder did: said, wrote, believed, meant to do, took a
side, or (a work) showed. Table-driven: the pure rule on cue words, then whole sentences through
both attribution paths (the rules, and the trained tagger with canned tags and with its shipped
weights), with negatives."""

from __future__ import annotations

from typing import get_args

import pytest
from verbatim_cases import Tags, attributions, holding, tagged

from newsdesk.model import ATTRIBUTION_ACTS as ACTS
from newsdesk.model import Article, AttributionAct, AttributionKind
from newsdesk.options import Options
from newsdesk.pipeline import RawPage, run_one
from newsdesk.stages.attribution.acts import Word, statement_act
from newsdesk.vocab.acts import CUE_NOUN_ACTS
from newsdesk.vocab.cues import CUE_CLASS, CUE_NOUNS, MEDIUM_NOUNS

V, N, AUX, ADP, PART, DET, ADJ = "VERB", "NOUN", "AUX", "ADP", "PART", "DET", "ADJ"

CUE_WORDS: list[tuple[list[Word], AttributionKind, str, str | None, str | None, AttributionAct | None]] = [
    # (cue words, kind, cue text, the class its rule gave, holder's head, the act)
    ([("say", V)], "indirect", "said", "speech", "minister", "speech"),
    ([("tweet", V)], "indirect", "tweeted", "written", None, "written"),
    ([("think", V)], "indirect", "thinks", "belief", None, "belief"),
    ([("want", V)], "indirect", "wants", "intention", None, "intention"),
    ([("back", V)], "indirect", "backed", "stance", None, "stance"),
    ([("show", V)], "indirect", "show", "evidence", "poll", "evidence"),
    # with no class given (the trained tagger's cues), the words decide
    ([("say", V)], "indirect", "said", None, None, "speech"),
    ([("want", V)], "indirect", "wants", None, None, "intention"),
    ([("accord", V), ("to", ADP)], "indirect", "According to", None, None, "speech"),
    ([("in", ADP), ("a", DET), ("statement", N)], "indirect", "in a statement", None, None, "speech"),
    ([("his", DET), ("view", N)], "indirect", "his view", "noun", None, "belief"),
    ([("plan", N)], "indirect", "plan", "noun", None, "intention"),
    ([("survey", N)], "indirect", "the survey", "noun", None, "evidence"),
    ([("letter", N)], "indirect", "letter", "noun", None, "written"),
    ([("note", N)], "indirect", "a note", "noun", None, "written"),  # a noun's own act first ...
    ([("note", V)], "indirect", "noted", None, None, "speech"),  # ... a verb's as a verb
    ([("express", V), ("concern", N)], "indirect", "expressed concern", "noun", None, "belief"),  # light verb
    ([("voice", V), ("support", N)], "indirect", "voiced support", "noun", None, "stance"),
    ([("critic", N)], "indirect", "critic", None, None, "stance"),
    # an attitude adjective: a side, unless it says an aim or a view; two words together
    ([("be", AUX), ("eager", ADJ)], "indirect", "was eager", None, None, "intention"),
    ([("be", AUX), ("eager", ADJ)], "indirect", "was eager", "stance", None, "intention"),
    ([("be", AUX), ("sure", ADJ)], "indirect", "is sure", "stance", None, "belief"),
    ([("be", AUX), ("critical", ADJ)], "indirect", "is critical", "stance", None, "stance"),
    ([("point", V), ("out", ADP)], "indirect", "pointed out", "stance", None, "speech"),
    ([("point", V), ("to", ADP)], "indirect", "pointed to", "stance", None, "stance"),
    # passive hearsay: no source, the verb tells
    ([("be", AUX), ("say", V), ("to", PART)], "unsourced", "were said to", "hearsay", None, "speech"),
    ([("be", AUX), ("believe", V), ("to", PART)], "unsourced", "is believed to", "hearsay", None, "belief"),
    ([("be", AUX), ("rumour", V), ("to", PART)], "unsourced", "was rumoured to", "hearsay", None, "speech"),
    # a finding's verb is evidence only with a work as its holder
    ([("find", V)], "indirect", "found", "belief", "poll", "evidence"),
    ([("find", V)], "indirect", "found", "belief", "mayor", "belief"),
    ([("suggest", V)], "indirect", "suggests", "speech", "study", "evidence"),
    ([("suggest", V)], "indirect", "suggested", "speech", "minister", "speech"),
    ([("say", V)], "indirect", "says", "speech", "report", "speech"),  # a report that says speaks
    ([("highlight", V)], "indirect", "highlighted", "stance", "study", "evidence"),  # what a study holds
    ([("find", V)], "indirect", "found", "belief", "investigation", "evidence"),
    ([("say", V)], "indirect", "said", "speech", "paper", "speech"),  # a newspaper
    ([("say", V)], "indirect", "said", "speech", "figure", "speech"),  # "senior party figures said"
    ([("show", V)], "indirect", "show", "evidence", "figure", "evidence"),
    ([], "indirect", "", None, "study", None),  # a work with no cue that tells
    # a rule's own class wins over the words: "leads in the poll", "Senator Says"
    ([("lead", V)], "indirect", "leads", "evidence", None, "evidence"),
    ([("says", "PROPN")], "direct", "Says", "speech", None, "speech"),
    # the mark a layout prints between a speaker and their words: a transcript's colon, a signed dash
    ([], "indirect", ":", None, None, "speech"),
    ([], "direct", "\u2014", None, None, "speech"),
    # quotes: words in quote marks were spoken unless the cue tells another act
    ([], "direct", "", None, None, "speech"),
    ([("continue", V)], "direct", "continued", None, None, "speech"),
    ([("want", V)], "mixed", "wants", "intention", None, "intention"),
    ([("share", V)], "direct", "shared", "stance", None, "speech"),  # "“...,” she shared": words passed on
    ([("offer", V)], "direct", "offered", "intention", None, "speech"),
    ([("share", V)], "indirect", "shared", "stance", None, "stance"),  # "shared the photo"
    ([("back", V)], "direct", "backed", "stance", None, "stance"),  # "backed “Medicare for All”"
    # negatives: nothing tells
    ([], "indirect", "", None, None, None),
    ([("continue", V)], "indirect", "continued", None, None, None),
    ([("walk", V)], "indirect", "walked", None, None, None),
    ([("seem", V)], "unsourced", "seems", "hedge", None, None),  # the writer's impression
    ([("appear", V)], "direct", "appeared", "hedge", None, None),
    ([("per", ADP)], "indirect", "permit", None, None, None),  # "per" only as a word of its own
]


@pytest.mark.parametrize(("words", "kind", "cue", "found_as", "holder", "act"), CUE_WORDS)
def test_the_act_of_a_statement(
    words: list[Word],
    kind: AttributionKind,
    cue: str,
    found_as: str | None,
    holder: str | None,
    act: AttributionAct | None,
) -> None:
    assert statement_act(words, kind=kind, cue_text=cue, found_as=found_as, holder=holder) == act


def test_the_acts_are_the_cue_classes() -> None:
    """One vocabulary: every act is a class of the cue verbs, and every cue word's act is an act."""
    assert get_args(AttributionAct) == ACTS
    assert set(CUE_CLASS.values()) == set(ACTS)
    assert set(CUE_NOUN_ACTS.values()) <= set(ACTS)


def test_every_cue_noun_and_medium_has_an_act() -> None:
    assert sorted((CUE_NOUNS | MEDIUM_NOUNS) - set(CUE_NOUN_ACTS)) == []


SENTENCES = [
    # (text, words of the content, its act) through the rules
    ("Mayor Ana Ruiz said the bridge would open in May.", "the bridge would open", "speech"),
    ("Ana Ruiz tweeted that the bridge would open in May.", "the bridge would open", "written"),
    ("Ana Ruiz thinks the bridge will open in May.", "the bridge will open", "belief"),
    ("Ana Ruiz wants a new bridge over the river.", "a new bridge", "intention"),
    ("The council backed the plan for a new bridge.", "the plan", "stance"),
    ("A city poll found that most residents want a new bridge.", "most residents", "evidence"),
    ("According to Ana Ruiz, the bridge will open in May.", "the bridge will open", "speech"),
    ("In a statement, the council said the bridge would open in May.", "the bridge would open", "speech"),
    ("Ana Ruiz expressed concern that the bridge is unsafe.", "the bridge is unsafe", "belief"),
    ("The engineers were said to be worried about the cables.", "worried about the cables", "speech"),
    ("The bridge is believed to be unsafe.", "to be unsafe", "belief"),
    ("“We will open it in May,” Ana Ruiz told reporters.", "We will open it in May", "speech"),
    ("Ana Ruiz, a fierce critic of the toll, spoke on Monday.", "the toll", "stance"),
    ("Ana Ruiz pointed out that the bridge was late.", "the bridge was late", "speech"),
    ("Ana Ruiz is sure that the bridge will open in May.", "the bridge will open", "belief"),
    ("Ana Ruiz was eager to open the bridge.", "open the bridge", "intention"),
    ("The study highlighted that rents rose by a third.", "rents rose", "evidence"),
    ("“The bridge is late again,” Ana Ruiz shared on Facebook.", "The bridge is late again", "speech"),
]


@pytest.mark.parametrize(("text", "words", "act"), SENTENCES)
def test_the_rules_give_each_statement_its_act(text: str, words: str, act: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert holding(attributions(text, parse), words).act == act


def test_an_impression_has_no_act(parse) -> None:  # type: ignore[no-untyped-def]
    (found,) = attributions("The deal appears to be dead.", parse)
    assert (found.kind, found.act) == ("unsourced", None)


def test_a_transcript_line_is_speech(parse) -> None:  # type: ignore[no-untyped-def]
    text = "RUIZ: The bridge opens in May.\n\nLEE: Who pays for it?\n\nRUIZ: The county does."
    found = attributions(text, parse)
    assert found and {(a.cue, a.act) for a in found} == {(":", "speech")}


def test_a_quote_that_goes_on_after_a_want_is_speech(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Ruiz wants “a bridge for everyone” on the river.\n\n“It will change the town.”"
    found = attributions(text, parse)
    assert holding(found, "a bridge for everyone").act == "intention"
    assert holding(found, "It will change the town").act == "speech"


TAGGED: list[tuple[str, Tags, AttributionAct]] = [
    # (text, the tagger's canned tags, the act of what it found)
    (
        "Ana Ruiz thinks the harbour will reopen.",
        {"ana": ("B-SRC", 0.9), "ruiz": ("I-SRC", 0.9), "thinks": ("B-CUE", 0.9), "the": ("B-CON", 0.9)}
        | {w: ("I-CON", 0.9) for w in ("harbour", "will", "reopen")},
        "belief",
    ),
    (
        "Ana Ruiz said the harbour will reopen.",
        {"ana": ("B-SRC", 0.9), "ruiz": ("I-SRC", 0.9), "said": ("B-CUE", 0.9), "the": ("B-CON", 0.9)}
        | {w: ("I-CON", 0.9) for w in ("harbour", "will", "reopen")},
        "speech",
    ),
    (
        "The survey found the harbour will reopen.",
        {"the": ("B-SRC", 0.9), "survey": ("I-SRC", 0.9), "found": ("B-CUE", 0.9)}
        | {w: ("I-CON", 0.9) for w in ("harbour", "will", "reopen")},
        "evidence",
    ),
]


@pytest.mark.parametrize(("text", "tags", "act"), TAGGED)
def test_the_trained_path_gives_each_statement_its_act(text: str, tags: Tags, act: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = holding(tagged(parse, text, tags), "harbour will reopen")
    assert (found.method, found.act) == ("crf", act)


def test_the_shipped_weights_fill_the_act_too(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Ana Ruiz said the bridge would open in May. Ana Ruiz wants a second bridge over the river."
    outcome = run_one(
        RawPage(source="case", data=text, kind="text"), Options(verbatim=True, attribution="model"), parse=parse
    )
    assert isinstance(outcome, Article)
    found = list(outcome.attributions)
    assert holding(found, "the bridge would open").act == "speech"
    assert holding(found, "a second bridge").act == "intention"


def test_a_paragraph_that_goes_on_with_a_speaker_takes_their_act(parse) -> None:  # type: ignore[no-untyped-def]
    """The trained path: a content with no cue that opens a paragraph carries the last quote's
    speaker, and its act (a "written" one to a quote too; any to words not quoted)."""
    text = "“We will win,” Ana Ruiz tweeted.\n\nThe county will pay for the new harbour."
    tags: Tags = {"“": ("B-CON", 0.9), "we": ("I-CON", 0.9), "will": ("I-CON", 0.9), "win": ("I-CON", 0.9)}
    tags |= {",": ("I-CON", 0.9), "”": ("I-CON", 0.9), "ana": ("B-SRC", 0.9), "ruiz": ("I-SRC", 0.9)}
    tags |= {"tweeted": ("B-CUE", 0.9), "county": ("B-CON", 0.9), "pay": ("I-CON", 0.9), "for": ("I-CON", 0.9)}
    tags |= {"new": ("I-CON", 0.9), "harbour": ("I-CON", 0.9), "the": ("I-CON", 0.9)}
    found = tagged(parse, text, tags)
    assert holding(found, "We will win").act == "written"
    goes_on = holding(found, "pay for the new harbour")
    assert (goes_on.speaker, goes_on.act) == ("Ana Ruiz", "written")
