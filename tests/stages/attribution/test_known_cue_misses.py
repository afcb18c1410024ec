"""Reports on cue verbs the rules know, in frames they used to miss: "called for [X to act]" (a
"for ... to" clause), "called upon", a bare answer ("said no"), a claim to an outcome ("claimed
victory"), a question asked in a participle the parser tagged as a past tense ("Asked what ...,
she replied: ..."), and a title-case headline whose cue the parser took for a name ("Senator
Says ..."); with the look-alikes that report nothing. Table-driven, through ``find_frames``."""

from __future__ import annotations

import pytest
from verbatim_cases import frames as _frames

from newsdesk.stages.attribution.headlines import headline_verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for" read as the mark of an infinitive clause with its own subject
        ("The senator called for the mayor to resign.", ("called", "the mayor to resign", "The senator")),
        (
            "The senator also called upon the state to press its neighbors.",
            ("called", "the state to press its neighbors", "The senator"),
        ),
        # a bare answer
        ("Asked whether he was bullied, the candidate said no.", ("said", "no", "the candidate")),
        # a claim to an outcome
        ("The campaign claimed victory in a statement.", ("claimed", "victory", "The campaign")),
        (
            "The group claimed responsibility for the attack.",
            ("claimed", "responsibility for the attack", "The group"),
        ),
        # the question of an "Asked ..." participle, whatever tense the tagger gave it
        (
            'Asked what a fair settlement would include, the adviser replied: "Nothing is settled yet."',
            ("Asked", "what a fair settlement would include", None),
        ),
        # a title-case headline
        (
            "Glenn Smith Says Rivals Pose A Threat To Democracy.",
            ("Says", "Rivals Pose A Threat To Democracy", "Glenn Smith"),
        ),
        ("Warren Calls On Senate To Reject Nominee.", ("Calls", "Senate To Reject Nominee", "Warren")),
        (
            "Wow: Mayor Jones Just Said Something Odd About Taxes – It Might Surprise You.",
            ("Said", "Something Odd About Taxes", "Mayor Jones"),
        ),
    ],
)
def test_known_cues_in_missed_frames(text: str, expected: tuple[str, str, str | None], nlp) -> None:  # type: ignore[no-untyped-def]
    cue, content, speaker = expected
    found = {(c, body): who for c, body, who in _frames(text, nlp)}
    assert (cue, content) in found
    if speaker is not None:
        assert found[(cue, content)] == speaker


@pytest.mark.parametrize(
    ("text", "cue", "not_content"),
    [
        ("The storm claimed six lives.", "claimed", None),  # a claim that takes lives is no statement
        ("She said no one came.", "said", "no"),  # "no" opens the clause: the clause is what was said
        ("He paid for the children to attend.", "paid", None),  # no cue verb: the "for" clause reports nothing
        ("Exit Polls In The State Spell Bad News For The Governor.", "Spell", None),  # no reporting verb
        ("Voters Flock To The Polls In Record Numbers.", "Voters", None),  # a noun, not "vote"
        ("The senator said the new plan was dead.", "said", "the new plan was dead."),  # prose: the verb frame
    ],
)
def test_look_alikes_report_nothing_new(text: str, cue: str, not_content: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    found = _frames(text, nlp)
    if not_content is None:
        assert all(c != cue for c, _body, _who in found)
    else:
        assert all(body != not_content for c, body, _who in found if c == cue)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("Says", "say"),
        ("Endorses", "endorse"),
        ("Denies", "deny"),
        ("Called", "call"),
        ("Told", "tell"),
        ("Voters", None),
        ("Senator", None),
        ("Class", None),
    ],
)
def test_headline_verb_forms(word: str, lemma: str | None) -> None:
    assert headline_verb(word) == lemma
