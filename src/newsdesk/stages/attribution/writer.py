"""The writer's own "I": a column's "I think the council will back down" is most likely its byline's
author speaking, so the author is offered as the speaker's candidate. Offered, never chosen: an
interview's unlabelled answers and a reader's letter in an advice column speak as "I" too, under
the byline of someone else (on a hand-read sample of general news, about one such "I" in four was
not the writer). Pure: attributions, fields and the byline in, attributions out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from newsdesk.model import Attribution, Candidate
from newsdesk.stages.attribution.beliefs import in_quoted_paragraph
from newsdesk.stages.entities.mentions import Field

__all__ = ["WRITER_SCORE", "with_the_writer"]

# The candidate's score: likely, but below what the resolver needs to name a speaker itself.
WRITER_SCORE = 0.5
_FIRST_PERSON = frozenset({"i"})
_FIRST_PERSON_WORD = re.compile(r"\bI\b")
_QUESTIONS_OF_AN_INTERVIEW = 2


def with_the_writer(
    attributions: Sequence[Attribution], fields: Sequence[Field], authors: Sequence[str]
) -> tuple[Attribution, ...]:
    """The attributions, with the one byline author as the candidate speaker of each unresolved "I"
    of a report in the body, outside quotation marks and outside a paragraph that opens with one (a
    quote running on, whose marks may pair wrongly). None where the byline names several people
    (either may be the "I"), in a paragraph that answers a question set just before it, or in a
    body that reads as an interview."""
    body = next((f for f in fields if f.where == "body"), None)
    if len(authors) != 1 or body is None or _interview(body.text):
        return tuple(attributions)
    return tuple(_offered(a, body, authors[0]) for a in attributions)


def _offered(attribution: Attribution, body: Field, author: str) -> Attribution:
    span = attribution.speaker_span
    if (
        attribution.where != "body"
        or attribution.kind != "indirect"
        or attribution.speaker is not None
        or attribution.candidates
        or span is None
        or (attribution.speaker_mention or "").lower() not in _FIRST_PERSON
        or body.in_quote(span[0])
        or in_quoted_paragraph(body.text, span[0])
        or _answers_a_question(body.text, span[0])
    ):
        return attribution
    return attribution.replace(candidates=(Candidate(name=author, score=WRITER_SCORE),))


def _interview(text: str) -> bool:
    """Whether a body reads as questions and first-person answers: at least two paragraphs that end
    with a question mark and are followed by one that speaks as "I" (an interview set out as Q&A
    without labels, where every "I" is the one asked)."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    answered = sum(1 for q, a in pairwise(paragraphs) if q.endswith("?") and _FIRST_PERSON_WORD.search(a))
    return answered >= _QUESTIONS_OF_AN_INTERVIEW


def _answers_a_question(text: str, at: int) -> bool:
    """Whether the paragraph holding ``at`` follows one that ends with a question mark."""
    paragraph = text.rfind("\n", 0, at)
    before = text[:paragraph].rstrip() if paragraph > 0 else ""
    return before.endswith("?")
