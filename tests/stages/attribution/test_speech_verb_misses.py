"""Reports on verbs of saying the rules know, in sentences they used to miss: a report and a
closing source that hold each other's cues ("X said Y, according to Z"), a clause before a
semicolon that a later verb took in, a subject the parser hung on the phrase before it, a name
given that the parser hung on the object, a charge or judgement in the passive with no one named,
the side of "according to X" that says something, a verb of saying with its preposition, the
question asked as the object of "ask", and what an account told is of.
Table-driven, with the look-alikes that must not change; the parse-repair rules also on parses
built by hand, as the parser gets them wrong in longer sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from verbatim_cases import attributions as _attributions

from newsdesk.stages.attribution.doers import stranded_subject
from newsdesk.stages.attribution.naming import gives_a_name
from newsdesk.stages.attribution.reported import reported_content


def _records(text: str, parse) -> list[tuple[str, str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    """(kind, speaker as written, cue, content) of every attribution of a text."""
    return [(a.kind, a.speaker_mention, a.cue, a.content) for a in _attributions(text, parse)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing source whose content holds the report it gives, the parser having hung it inside
        (
            "The mayor said she would have closed the bridge if such a storm had hit her town, according to"
            " local reports.",
            ("indirect", "local reports", "according to", "The mayor said she would have closed the bridge"),
        ),
        # a closing verb of saying whose content runs over a hearsay that runs over it
        (
            "The plan could carry her through the first votes and into the runoff, which she is expected to"
            " win, Lee said.",
            ("indirect", "Lee", "said", "The plan could carry her through the first votes"),
        ),
        # a clause before a semicolon is no part of the report after it
        (
            "Most voters say they are tired of the race; a third of them say they are angry about it.",
            ("indirect", "a third of them", "say", "they are angry about it"),
        ),
        # a charge or a judgement in the passive, no one named
        (
            "Lee is accused of a robbery that left two people hurt.",
            ("unsourced", None, "is accused of", "Lee is accused of a robbery"),
        ),
        (
            "The senator has been criticized for missing votes.",
            ("unsourced", None, "been criticized for", "The senator has been criticized for missing votes"),
        ),
        ("She was declared the winner in Ohio.", ("unsourced", None, "was declared", "She was declared the winner")),
        (
            "The plan was described as a bold move.",
            ("unsourced", None, "was described as", "The plan was described as a bold move"),
        ),
    ],
)
def test_reports_the_rules_used_to_miss(text: str, expected: tuple[str, str | None, str, str], parse) -> None:  # type: ignore[no-untyped-def]
    kind, speaker, cue, content = expected
    records = _records(text, parse)
    assert any((k, s, c) == (kind, speaker, cue) and body.startswith(content) for k, s, c, body in records), records


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the report a closing source gives is part of that source's report, as before
        ("The mayor said she would have closed the bridge, according to local reports.", "said"),
        ("The coach said the team had lost three games in a row, the Gazette reported.", "said"),
        # a passive with its agent keeps the agent's report; a "who", an "it", nothing charged: none
        ("The man who was accused of fraud left town.", "was accused of"),
        ("It was declared a disaster area.", "was declared"),
        ("The bridge was declared unsafe by the engineers.", "was declared"),
    ],
)
def test_look_alikes_give_no_new_record(text: str, absent: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert all(cue != absent for _k, _s, cue, _c in _records(text, parse)), _records(text, parse)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a semicolon inside a quote is the speaker's; one after the cue ends nothing before it
        ("“We tried; we failed,” the mayor said.", "We tried; we failed"),
        ("The union says wages have stalled for years; it wants a raise.", "wages have stalled for years"),
    ],
)
def test_a_semicolon_cuts_only_a_clause_before_the_cue(text: str, kept: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert any(content.startswith(kept) for _k, _s, _c, content in _records(text, parse)), _records(text, parse)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to X" reports the side with a clause of its own, not the writer's "despite ..."
        ("Turnout fell by a third, according to the clerk - despite the warm weather.", "Turnout fell by a third"),
        (
            "The audit found waste in the program, according to two officials, although the report is not out.",
            "The audit found waste in the program",
        ),
        # the words after it where they are the clause, as before
        ("According to the county survey, most residents back the levy.", "most residents back the levy"),
    ],
)
def test_according_to_reports_the_side_that_says_something(text: str, expected: str, parse) -> None:  # type: ignore[no-untyped-def]
    records = _records(text, parse)
    assert any(cue is not None and cue.lower() == "according to" and body == expected for _k, _s, cue, body in records)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the preposition or particle after a verb of saying reports
        ("She talked of reforms to the tax code.", ("talked", "reforms to the tax code")),
        ("The mayor called out the landlords by name.", ("called out", "the landlords")),
        ("The driver admitted to the crash.", ("admitted", "the crash")),
        ("The two candidates argued over the budget.", ("argued", "the budget")),
        # a place, or nothing after the particle, reports nothing
        ("She spoke against the backdrop of the river.", None),
        ("The coach spoke out.", None),
    ],
)
def test_a_verb_of_saying_with_its_preposition(text: str, expected: tuple[str, str] | None, parse) -> None:  # type: ignore[no-untyped-def]
    found = [(cue, body) for _k, _s, cue, body in _records(text, parse)]
    assert found == ([expected] if expected else []), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the question asked, as the object of "ask"; a passive's asker is unnamed
        ("The host asked the senator a question about the budget.", ("The host", "a question about the budget")),
        ("Reporters asked questions about the fees.", ("Reporters", "questions about the fees")),
        ("The mayor was asked this question twice.", (None, "this question")),
        # "a question" alone says nothing of what was asked
        ("She asked a question.", None),
        ("The coach asked a question, and the room went quiet.", None),
    ],
)
def test_a_question_asked_as_an_object(text: str, expected: tuple[str | None, str] | None, parse) -> None:  # type: ignore[no-untyped-def]
    found = [(speaker, body) for _k, speaker, cue, body in _records(text, parse) if cue == "asked"]
    assert found == ([expected] if expected else []), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an account told is of
        ("The mayor told the story of how the mill closed.", [("told", "how the mill closed")]),
        ("She wrote an account of the night of the flood.", [("wrote", "the night of the flood")]),
        ("The guide tells the tale of two rival towns.", [("tells", "two rival towns")]),
        # the story alone says nothing of what it was
        ("He told the story again to the children.", []),
    ],
)
def test_what_an_account_told_is_of(text: str, expected: list[tuple[str, str]], parse) -> None:  # type: ignore[no-untyped-def]
    assert [(cue, body) for _k, _s, cue, body in _records(text, parse)] == expected


_LEMMAS = {"called": "call", "calling": "call", "said": "say", "asked": "ask", "left": "leave"}


def _doc(nlp, rows: list[tuple[str, str, str, str, int]]) -> Doc:  # type: ignore[no-untyped-def]
    """A parse built by hand: (word, tag, pos, dep, head index) per token."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in (",", ".", "”") for i in range(len(rows))]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        tags=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        lemmas=[_LEMMAS.get(r[0], r[0].lower()) for r in rows],
        heads=[r[4] for r in rows],
        sent_starts=[True] + [False] * (len(rows) - 1),
    )


_STRANDED = [  # "Alarmed by it, Ana Ruiz, the mayor, said no": the parser made "Ruiz" a conjunct of "it"
    ("Alarmed", "VBN", "VERB", "advcl", 10),
    ("by", "IN", "ADP", "prep", 0),
    ("it", "PRP", "PRON", "pobj", 1),
    (",", ",", "PUNCT", "punct", 2),
    ("Ana", "NNP", "PROPN", "compound", 5),
    ("Ruiz", "NNP", "PROPN", "conj", 2),
    (",", ",", "PUNCT", "punct", 5),
    ("the", "DT", "DET", "det", 8),
    ("mayor", "NN", "NOUN", "appos", 5),
    (",", ",", "PUNCT", "punct", 10),
    ("said", "VBD", "VERB", "ROOT", 10),
    ("no", "UH", "INTJ", "dobj", 10),
    (".", ".", "PUNCT", "punct", 10),
]
_HYPHENATED_ASIDE = [  # "Tired, Ana Ruiz, the 61-year-old mayor, said no": a hyphen closes no aside
    ("Tired", "JJ", "ADJ", "dep", 13),
    (",", ",", "PUNCT", "punct", 0),
    ("Ana", "NNP", "PROPN", "compound", 3),
    ("Ruiz", "NNP", "PROPN", "npadvmod", 0),
    (",", ",", "PUNCT", "punct", 3),
    ("the", "DT", "DET", "det", 11),
    ("61", "CD", "NUM", "npadvmod", 8),
    ("-", "HYPH", "PUNCT", "punct", 8),
    ("year", "NN", "NOUN", "npadvmod", 10),
    ("-", "HYPH", "PUNCT", "punct", 10),
    ("old", "JJ", "ADJ", "amod", 11),
    ("mayor", "NN", "NOUN", "appos", 3),
    (",", ",", "PUNCT", "punct", 13),
    ("said", "VBD", "VERB", "ROOT", 13),
    ("no", "UH", "INTJ", "dobj", 13),
    (".", ".", "PUNCT", "punct", 13),
]
_INSIDE_A_PHRASE = [  # "A student in Ohio asked no one": "Ohio" closes a phrase, it opens none
    ("A", "DT", "DET", "det", 1),
    ("student", "NN", "NOUN", "dep", 4),
    ("in", "IN", "ADP", "prep", 1),
    ("Ohio", "NNP", "PROPN", "pobj", 2),
    ("asked", "VBD", "VERB", "ROOT", 4),
    ("us", "PRP", "PRON", "dobj", 4),
    (".", ".", "PUNCT", "punct", 4),
]
_DATED = [  # "On Sunday night, said ...": a time is no one
    ("On", "IN", "ADP", "prep", 4),
    ("Sunday", "NNP", "PROPN", "compound", 2),
    ("night", "NN", "NOUN", "pobj", 0),
    (",", ",", "PUNCT", "punct", 4),
    ("said", "VBD", "VERB", "ROOT", 4),
    ("no", "UH", "INTJ", "dobj", 4),
    (".", ".", "PUNCT", "punct", 4),
]


@pytest.mark.parametrize(
    ("rows", "verb", "expected"),
    [(_STRANDED, 10, "Ruiz"), (_HYPHENATED_ASIDE, 13, "Ruiz"), (_INSIDE_A_PHRASE, 4, None), (_DATED, 4, None)],
)
def test_a_subject_stranded_before_a_verb_of_saying(rows, verb: int, expected: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, rows)
    if expected is None and rows is _DATED:
        doc[1].ent_type_ = "DATE"
        doc[2].ent_type_ = "DATE"
    found = stranded_subject(doc[verb])
    assert (found.text if found is not None else None) == expected


_APPENDED = [  # "Lee called Ruiz a coward" with "a coward" an apposition of "Ruiz"
    ("Lee", "NNP", "PROPN", "nsubj", 1),
    ("called", "VBD", "VERB", "ROOT", 1),
    ("Ruiz", "NNP", "PROPN", "dobj", 1),
    ("a", "DT", "DET", "det", 4),
    ("coward", "NN", "NOUN", "appos", 2),
    (".", ".", "PUNCT", "punct", 1),
]
_AS_HEAD = [  # "Lee called Ruiz the best" with "Ruiz" a modifier of "best"
    ("Lee", "NNP", "PROPN", "nsubj", 1),
    ("called", "VBD", "VERB", "ROOT", 1),
    ("Ruiz", "NNP", "PROPN", "nmod", 4),
    ("the", "DT", "DET", "det", 4),
    ("best", "NN", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
_APPOSITION = [  # "Lee called Ruiz, the mayor": whom Lee phoned, described; no name given
    ("Lee", "NNP", "PROPN", "nsubj", 1),
    ("called", "VBD", "VERB", "ROOT", 1),
    ("Ruiz", "NNP", "PROPN", "dobj", 1),
    (",", ",", "PUNCT", "punct", 2),
    ("the", "DT", "DET", "det", 5),
    ("mayor", "NN", "NOUN", "appos", 2),
    (".", ".", "PUNCT", "punct", 1),
]
_COMPOUND = [  # "Lee called the Ruiz campaign": one noun phrase
    ("Lee", "NNP", "PROPN", "nsubj", 1),
    ("called", "VBD", "VERB", "ROOT", 1),
    ("the", "DT", "DET", "det", 4),
    ("Ruiz", "NNP", "PROPN", "compound", 4),
    ("campaign", "NN", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]


@pytest.mark.parametrize(
    ("rows", "named"),
    [(_APPENDED, True), (_AS_HEAD, True), (_APPOSITION, False), (_COMPOUND, False)],
)
def test_a_name_given_where_the_parser_hung_it(rows, named: bool, nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, rows)
    objects = [t for t in doc if t.dep_ == "dobj"]
    assert gives_a_name(objects) is named


_PARTICLE_ON = [  # "Lee, calling on donors to give": "on" read as a particle that holds its object
    ("Lee", "NNP", "PROPN", "nsubj", 1),
    ("left", "VBD", "VERB", "ROOT", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("calling", "VBG", "VERB", "advcl", 1),
    ("on", "RP", "ADP", "prt", 3),
    ("donors", "NNS", "NOUN", "pobj", 4),
    ("to", "TO", "PART", "aux", 7),
    ("give", "VB", "VERB", "xcomp", 3),
    (".", ".", "PUNCT", "punct", 1),
]
_PARTICLE_OUT = [  # "Lee called out the landlords"
    ("Lee", "NNP", "PROPN", "nsubj", 1),
    ("called", "VBD", "VERB", "ROOT", 1),
    ("out", "RP", "ADP", "prt", 1),
    ("the", "DT", "DET", "det", 4),
    ("landlords", "NNS", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
_PARTICLE_ALONE = [  # "The crowd called out": no one called out
    ("The", "DT", "DET", "det", 1),
    ("crowd", "NN", "NOUN", "nsubj", 2),
    ("called", "VBD", "VERB", "ROOT", 2),
    ("out", "RP", "ADP", "prt", 2),
    (".", ".", "PUNCT", "punct", 2),
]


@pytest.mark.parametrize(
    ("rows", "verb", "expected"),
    [(_PARTICLE_ON, 3, "donors to give"), (_PARTICLE_OUT, 1, "the landlords"), (_PARTICLE_ALONE, 2, None)],
)
def test_the_object_a_particle_holds(rows, verb: int, expected: str | None, nlp) -> None:  # type: ignore[no-untyped-def]
    found = reported_content(_doc(nlp, rows)[verb])
    words = " ".join(t.text for t in found[0]) if found is not None else None
    assert words == expected
