"""Positions taken by a deed, a vote or an evaluation, and the look-alikes that take none: "voted for
the plan", "took aim at the rules", "made it clear that ...", "lashed out at the board", "Lopez's
argument is that ...", "were leery of the deal"; not "took part in", "hit the road for the first
time", "The argument is that ..." (no one's). Table-driven, through ``find_frames``."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsdesk.stages.attribution.frames import find_frames
from newsdesk.stages.attribution.non_reports import reports_nothing
from newsdesk.stages.attribution.reported import on_a_topic


def _frames(text: str, nlp) -> list[tuple[str | None, str, str]]:  # type: ignore[no-untyped-def]
    """Each frame as (speaker, cue, content) in the text's own words."""
    return [
        (text[slice(*f.speaker)] if f.speaker else None, text[slice(*f.cue)], text[slice(*f.content)])
        for f in find_frames(nlp(text))
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # a vote: for whom or what, down, to do what, in favor of what
        ("The council voted for the new parking plan.", "The council", "voted", "the new parking plan"),
        ("Two members voted to delay the budget.", "Two members", "voted", "to delay the budget"),
        (
            "The board voted down the proposal to close the library.",
            "The board",
            "voted",
            "the proposal to close the library",
        ),
        ("The senator voted in favor of the water bill.", "The senator", "voted in favor of", "the water bill"),
        ("The mayor spoke in support of the new library.", "The mayor", "spoke in support of", "the new library"),
        # a deed named by a verb and its object
        ("The mayor took aim at the new parking rules on Monday.", "The mayor", "took aim at", "the new parking rules"),
        ("Ruiz took several swipes at her rival.", "Ruiz", "took several swipes at", "her rival"),
        ("The union took issue with the council's budget.", "The union", "took issue with", "the council's budget"),
        ("The governor took credit for the drop in crime.", "The governor", "took credit for", "the drop in crime"),
        (
            "The senator made no secret of his doubts about the deal.",
            "The senator",
            "made no secret of",
            "his doubts about the deal",
        ),
        ("Lopez had harsh words for the school board.", "Lopez", "had harsh words for", "the school board"),
        ("The coach cast doubt on the league's figures.", "The coach", "cast doubt on", "the league's figures"),
        (
            "The nurse made the point that the ward was short of staff.",
            "The nurse",
            "made the point",
            "that the ward was short of staff",
        ),
        ("The mayor made a plea for calm.", "The mayor", "made a plea for", "calm"),
        # a view made known
        (
            "She made it clear that the bridge would stay open.",
            "She",
            "made it clear",
            "that the bridge would stay open",
        ),
        ("The mayor made clear he would not resign.", "The mayor", "made clear", "he would not resign"),
        # a side taken with a particle, or a fault found with what for
        ("The pastor lashed out at the city council.", "The pastor", "lashed out at", "the city council"),
        ("The singer opened up about her illness.", "The singer", "opened up about", "her illness"),
        ("Two unions came out against the merger.", "Two unions", "came out against", "the merger"),
        ("The council pushed back on the report.", "The council", "pushed back on", "the report"),
        ("The senator ripped the mayor for the delays.", "The senator", "ripped", "the mayor for the delays"),
        # a view stated with a copula, held by the noun's possessor
        ("Lopez's argument is that taxes hurt growth.", "Lopez's", "argument is", "that taxes hurt growth"),
        ("Her answer was that the city could not pay.", "Her", "answer was", "that the city could not pay"),
        # a mood or wariness an adjective states
        ("The farmers were leery of the new trade deal.", "The farmers", "were leery", "the new trade deal"),
        ("Council members remained lukewarm about the stadium.", "Council members", "remained lukewarm", "the stadium"),
        ("The coach was pleased with the result.", "The coach", "was pleased", "the result"),
        # a "that" clause the parser hung on the verb, and a participle's form
        ("The chef was adamant that the menu stay short.", "The chef", "was adamant", "that the menu stay short"),
        (
            "The owner is convinced that the shop will recover.",
            "The owner",
            "is convinced",
            "that the shop will recover",
        ),
        # the writer's aside after the stance's object is left out
        (
            "The union is hostile to the mayor, who has promised to cut the fares.",
            "The union",
            "is hostile",
            "the mayor",
        ),
        # a light verb joined to another verb has that verb's subject
        (
            "The two reports were brief and never made mention of flood damage.",
            "The two reports",
            "made mention",
            "flood damage",
        ),
    ],
)
def test_position_found(text: str, speaker: str, cue: str, content: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert (speaker, cue, content) in _frames(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        # idioms that take no side
        "The team took a look at the new stadium.",
        "The mayor took part in the parade.",
        "The city took care of the flood damage.",
        "The band made fun of the old songs.",
        # a verb without its particle or its object
        "The new store opened on Main Street.",
        "The store opened up on Main Street.",
        "She came out of the meeting late.",
        "The league pushed back the start of the season.",
        "The band hit the road for the first time.",
        "The storm hit the coast for three days.",
        "The quarterback hit his tight end for a long gain.",
        "The senator voted on Tuesday.",
        # made so, not made known
        "The rain made the roads slick.",
        # no one holds it: a bare noun, or the writer's "it is clear"
        "The argument is that taxes hurt growth.",
        "It is clear that the bridge is safe.",
        # a mood with nothing it is about
        "The farmers were pleased.",
        # a pronoun for a thing says nothing on its own
        "The chef was passionate about that.",
    ],
)
def test_no_position(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _frames(text, nlp) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The agency has been criticized for its slow repairs.",
            None,
            "been criticized for",
            "The agency has been criticized for its slow repairs",
        ),
        (
            "The new logo was widely mocked as a copy.",
            None,
            "was widely mocked as",
            "The new logo was widely mocked as a copy",
        ),
        ("Two guards are accused of taking bribes.", None, "are accused of", "Two guards are accused of taking bribes"),
    ],
)
def test_faulted_with_no_one_named_is_unsourced(text: str, speaker: None, cue: str, content: str, nlp) -> None:  # type: ignore[no-untyped-def]
    frames = [f for f in find_frames(nlp(text)) if text[slice(*f.cue)] == cue]
    assert [(f.kind, f.speaker, text[slice(*f.content)]) for f in frames] == [("unsourced", speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company was dismissed on Monday.",  # fired: no stance without what for
        "The mayor was criticized by the council for the delays.",  # an agent holds it (`passives`)
    ],
)
def test_no_unsourced_fault(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert [f for f in find_frames(nlp(text)) if f.kind == "unsourced"] == []


@pytest.mark.parametrize(
    ("words", "heads", "deps", "topic"),
    [
        # "accused [Russia] of ...": a charge against the object, the parser hanging "of" on the verb
        (["They", "accused", "Ruiz", "of", "fraud"], [1, 1, 1, 1, 3], ["nsubj", "ROOT", "dobj", "prep", "pobj"], False),
        # "spoke about the row": what was talked about
        (["She", "spoke", "about", "the", "row"], [1, 1, 1, 4, 2], ["nsubj", "ROOT", "prep", "det", "pobj"], True),
    ],
)
def test_on_a_topic(words: list[str], heads: list[int], deps: list[str], topic: bool, nlp) -> None:  # type: ignore[no-untyped-def]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert on_a_topic(doc[1]) is topic


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "it" that takes a side on an object is a thing named before, never impersonal
        ("The union met on Friday. It endorsed the mayor for a second term.", "It"),
        ("The paper ran an editorial. It criticized the council for the delays.", "It"),
        # an impersonal "it" of another verb takes no side
        ("It is easy to criticize the council.", None),
        ("It seemed to endorse the mayor.", None),
        ("It is hard to say whether the ferry will run.", None),
        ("It is too early to say what caused the fire.", None),
        # a thing named before that says
        ("The report came out on Monday. It says the pier is unsafe.", "It"),
    ],
)
def test_it_takes_a_side_only_as_its_own_subject(text: str, speaker: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    sides = [f for f in find_frames(nlp(text)) if f.speaker is not None]
    assert [text[slice(*f.speaker)] for f in sides] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # the subject of the adjective's verb does what its infinitive says
        ("The mayor was quick to praise the crews.", "praise", "The mayor"),
        ("Older voters were more likely to say the economy mattered most.", "say", "Older voters"),
        ("The union is ready to endorse a candidate.", "endorse", "The union"),
    ],
)
def test_infinitive_of_an_adjective_has_its_subject(text: str, cue: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in find_frames(nlp(text)) if text[slice(*f.cue)] == cue]
    assert [text[slice(*f.speaker)] for f in found if f.speaker] == [speaker]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a clause the parser hung before a stance verb with an object is not what the stance is about
        (
            "There is little disagreement on the question: most residents support the new bike lanes.",
            "support",
            "the new bike lanes",
        ),
        (
            "On this point there is a clear split; a majority of nurses oppose the longer shifts.",
            "oppose",
            "the longer shifts",
        ),
        # a clause before a verb of saying is what was said
        ("The bridge is unsafe, engineers say.", "say", "The bridge is unsafe"),
    ],
)
def test_clause_before_a_stance_is_not_its_content(text: str, cue: str, content: str, nlp) -> None:  # type: ignore[no-untyped-def]
    found = [text[slice(*f.content)] for f in find_frames(nlp(text)) if text[slice(*f.cue)] == cue]
    assert found == [content]


@pytest.mark.parametrize(
    ("text", "nothing"),
    [
        # the reader's vote, supposed or asked about, is no side taken
        ("If you vote for the mayor, the fares will rise.", True),
        ("Can you vote for a candidate you have never met?", True),
        # a vote someone cast is
        ("The council voted for the new fares.", False),
    ],
)
def test_readers_vote_reports_nothing(text: str, nothing: bool, nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    votes = [f for f in find_frames(doc) if text[slice(*f.cue)].lower().startswith("vot")]
    assert votes
    assert all(reports_nothing(f, doc) is nothing for f in votes)
