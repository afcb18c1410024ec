"""What a reporting word reports, read off the parse: clauses, parentheticals, stances on an object,
phrasal verbs, intentions, questions, nouns that carry a report and hedges with no source; and the
look-alikes that report nothing. Table-driven, through ``find_frames``."""

from __future__ import annotations

import pytest

from newsdesk.stages.attribution.frames import find_frames


def _frames(text: str, nlp) -> list[tuple[str, str, str | None, str]]:  # type: ignore[no-untyped-def]
    """(cue, content, speaker, kind) of every frame of a sentence."""
    doc = nlp(text)
    return [
        (text[slice(*f.cue)], text[slice(*f.content)], text[slice(*f.speaker)] if f.speaker else None, f.kind)
        for f in find_frames(doc)
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # a parenthetical cue reports the rest of its sentence
        ("The new line, the mayor said, would open before the winter.", "said", "The new line", "the mayor"),
        # a stance on an object, with what the object is called
        (
            "Senator Hale called the budget “a disgrace to the state”.",
            "called",
            "the budget “a disgrace to the state",
            "Senator Hale",
        ),
        (
            "The union endorsed Maria Lopez for the council seat.",
            "endorsed",
            "Maria Lopez for the council seat",
            "The union",
        ),
        # a phrasal verb's object
        (
            "The residents called for a public inquiry into the fire.",
            "called",
            "a public inquiry into the fire",
            "The residents",
        ),
        # an intention or a refusal
        ("The company declined to comment on the report.", "declined", "to comment on the report", "The company"),
        # a negated clause still reports what was not said
        ("The minister did not say whether the tax would rise.", "say", "whether the tax would rise", "The minister"),
        # evidence that speaks through a thing
        (
            "New figures show that waiting lists grew by a third.",
            "show",
            "that waiting lists grew by a third",
            "New figures",
        ),
        # a participle's doer: the subject of the verb it hangs on
        (
            "Two members voted against the plan, arguing that costs were too high.",
            "arguing",
            "that costs were too high",
            "Two members",
        ),
        # nouns that carry a report: the possessor, or the light verb's subject, is the source
        (
            "Mr Hale's claim that the vote was rigged has been rejected.",
            "claim",
            "that the vote was rigged",
            "Mr Hale's",
        ),
        ("The mayor voiced support for the new stadium.", "voiced support", "the new stadium", "The mayor"),
        ("Her criticism of the police chief drew a sharp reply.", "criticism", "the police chief", "Her"),
        # a word that stands for what was said before
        ("Last month, 26 percent of voters said so.", "said", "so", "26 percent of voters"),
        ("However, 64 percent said the same of the mayor.", "said", "the same of the mayor", "64 percent"),
        ("The campaign manager said as much in an interview on Thursday.", "said", "as much", "The campaign manager"),
    ],
)
def test_a_cue_reports(text: str, cue: str, content: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in _frames(text, nlp) if f[0] == cue]
    assert found, _frames(text, nlp)
    assert found[0][1].startswith(content)
    assert found[0][2] == speaker


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a relative clause that makes a report of its own is that report, not the noun's content
        (
            "Campaigners lodged a formal complaint with the watchdog, which confirmed it had received it.",
            "lodged a formal complaint",
            "the watchdog",
        ),
        (
            "Mr Trump’s team has filed an official complaint with US federal election authorities, in which "
            "they claim the UK Labour Party has broken the law.",
            "filed an official complaint",
            "US federal election authorities",
        ),
        # a relative clause that reports nothing stays in the content
        (
            "The mayor voiced support for the plan, which would cut bus fares.",
            "voiced support",
            "the plan, which would cut bus fares",
        ),
    ],
)
def test_a_noun_report_ends_where_another_report_begins(text: str, cue: str, content: str, nlp) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in _frames(text, nlp) if f[0] == cue]
    assert [f[1] for f in found] == [content], _frames(text, nlp)


def test_a_hedge_is_unsourced(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in _frames("The talks seemed to be close to collapse on Friday night.", nlp) if f[0] == "seemed"]
    assert found == [("seemed", "The talks seemed to be close to collapse on Friday night", None, "unsourced")]


@pytest.mark.parametrize(
    "text",
    [
        "Sir Keir was asked if he had called Mr Trump after the row.",  # a telephone call is no report
        "The minister has not spoken to reporters about the row since Tuesday.",  # negated, nothing reported
        "The statement ran to four pages.",  # a cue noun with no source and no content
        "The council backed it on Tuesday.",  # a pronoun object says nothing on its own
        "The mayor said goodbye to the staff and left.",  # an object that stands for nothing said before
        "She thinks so little of the plan that she walked out.",  # "so" that qualifies, not a report
    ],
)
def test_no_report(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    reports = [f for f in _frames(text, nlp) if f[3] != "unsourced" and f[2] is not None]
    assert [f for f in reports if f[0] in ("called", "spoken", "statement", "backed")] == []
