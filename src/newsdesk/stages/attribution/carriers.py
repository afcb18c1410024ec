"""Reports carried by a word other than a cue verb, with the class each counts as: a cue noun
("her claim that ..."), a stance adjective ("was eager to ..."), a role that takes a side ("a
critic of the plan"), a poll's finding ("leads in the poll") and a title-case headline's cue
the parser took for a name ("Senator Says ..."). Pure: a parsed sentence in,
its reports out."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from newsdesk.model import Span as CharSpan
from newsdesk.stages.attribution.adjectival import adjective_reports
from newsdesk.stages.attribution.asides import without_trailing_aside
from newsdesk.stages.attribution.copular import copular_reports
from newsdesk.stages.attribution.deeds import deed_reports
from newsdesk.stages.attribution.headlines import headline_reports
from newsdesk.stages.attribution.nominal import NounReport, noun_reports
from newsdesk.stages.attribution.polls import poll_reports
from newsdesk.stages.attribution.roles import role_reports
from newsdesk.vocab.cues import PERSON_OBJECT_PRONOUNS

__all__ = ["carried_reports", "holder_before_cue"]


def carried_reports(sentence: Span) -> Iterator[tuple[str, NounReport]]:
    """Every report of the sentence that a noun, an adjective, a role, a poll or a headline's
    misread cue carries, with the cue class it counts as."""
    yield from (("noun", report) for report in noun_reports(sentence))
    stances = (*adjective_reports(sentence), *role_reports(sentence), *deed_reports(sentence))
    yield from (("stance", _without_aside(report)) for report in stances if _names_something(report))
    yield from (("noun", report) for report in copular_reports(sentence))
    yield from (("evidence", report) for report in poll_reports(sentence))
    yield from (("speech", report) for report in headline_reports(sentence))


def _names_something(report: NounReport) -> bool:
    """A stance whose content is more than a pronoun for a thing: "is passionate about [that]" says
    nothing on its own, as "backed it" does not; "was critical of [him]" names whom."""
    words = [t for t in report.content if not (t.is_punct or t.is_space)]
    return not (len(words) == 1 and words[0].pos_ == "PRON" and words[0].lower_ not in PERSON_OBJECT_PRONOUNS)


def _without_aside(report: NounReport) -> NounReport:
    """A stance's content without the writer's aside that closes the sentence, as a stance verb's
    ("is hostile to the mayor, who has ...": the mayor); a noun's report keeps its relative clause,
    which says what the noun is about."""
    return NounReport(report.cue, without_trailing_aside(report.content), report.source)


def holder_before_cue(phrase: CharSpan, report: NounReport) -> CharSpan:
    """The holder's noun phrase without the stance that describes it: in "officials angry about
    the fees" the holder is "officials", not the phrase that holds its own cue and content."""
    cue = report.cue[0]
    if not phrase[0] < cue.idx < phrase[1]:
        return phrase
    words = [t for t in cue.doc[report.source.left_edge.i : cue.i] if not (t.is_punct or t.is_space)]
    return (words[0].idx, words[-1].idx + len(words[-1])) if words else phrase
