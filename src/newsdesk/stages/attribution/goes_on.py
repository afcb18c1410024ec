"""Which statement before a quote with no cue of its own the quote goes on with, in its paragraph:

    “A,” Ruiz said. “B.”                                  the quote before (one statement in pieces)
    “A,” Ruiz said, adding that the plan failed. “B.”     a further statement of the same speaker
    “A,” Ruiz said, adding, “B.”                          a further statement of its own (its cue)

And which statement a quote opening a paragraph of its own goes on with:

    “A,” Ruiz said. / Lee had a question. / “B?”           the report closing the paragraph before

Pure: the records found so far and a quote in, the record or cue it goes on with out.
"""

from __future__ import annotations

from newsdesk.model import Attribution
from newsdesk.model import Span as CharSpan
from newsdesk.stages.attribution.quotes import Quote
from newsdesk.stages.attribution.reported import cue_lemma, further_statement
from newsdesk.stages.entities.mentions import Field
from newsdesk.vocab.cues import FURTHER_STATEMENT_VERBS

__all__ = [
    "further_cue",
    "held_by_own_frame",
    "last_before",
    "report_between",
    "report_closing_paragraph",
    "same_paragraph",
]

_RELATIVES = {"who", "which", "that"}


def same_paragraph(text: str, previous: Attribution, quote: Quote) -> bool:
    """Whether no line break stands between an attribution's content and a quote after it."""
    return "\n" not in text[previous.content_bounds[1] : quote.start]


def last_before(records: list[Attribution], quote: Quote, kinds: tuple[str, ...]) -> Attribution | None:
    """The attribution of one of these kinds that ends last before a quote."""
    before = [r for r in records if r.kind in kinds and r.content_bounds[1] <= quote.start]
    return max(before, key=lambda r: r.content_bounds[1]) if before else None


def report_between(
    field_: Field, records: list[Attribution], previous: Attribution | None, quote: Quote
) -> Attribution | None:
    """A further statement of the same speaker between the quote before and a quote with no cue of
    its own, in their paragraph: "“A,” she said, adding that the plan had failed. “B.”" or "“A,”
    says Ruiz. She says the plan failed. “B.”": the last thing they said before the quote, which
    the quote goes on with. Not an aside on the way ("said Ruiz, noting that ...", "referring to
    the plan"), nor a topic with no clause of its own in the quote's sentence ("said Ruiz, pointing
    to the plan"; in a sentence of its own, "Ruiz backs the mayor.", it is her further statement),
    nor another's report."""
    if previous is None:
        return None
    later = last_before(records, quote, ("indirect",))
    if later is None or later.cue_span is None or later.content_bounds[0] < previous.content_bounds[1]:
        return None
    if not same_paragraph(field_.text, later, quote) or not _same_speaker(previous, later):
        return None
    doc = field_.doc
    cue = doc.char_span(*later.cue_span, alignment_mode="expand")
    content = doc.char_span(*later.content_bounds, alignment_mode="expand")
    if cue is None or content is None:
        return None
    own_sentence = cue[0].sent.start_char >= previous.content_bounds[1]
    if not own_sentence and not any(t.pos_ in ("VERB", "AUX") for t in content):
        return None
    return later if own_sentence or cue_lemma(cue[0]) in FURTHER_STATEMENT_VERBS else None


def report_closing_paragraph(
    text: str, records: list[Attribution], previous: Attribution | None, quote: Quote
) -> Attribution | None:
    """The report with a named speaker that the paragraph just before a quote closes with, after
    the quote before (``previous``, if any): "“A,” Ruiz said. / Lee then had a question of her
    own. / “Who pays?”" is Lee's question, not more of Ruiz's words. Not a relative clause's
    report ("said Ruiz, who thinks ..."), which describes the speaker before."""
    after = previous.content_bounds[1] if previous is not None else 0
    reports = [
        r
        for r in records
        if r.kind == "indirect"
        and r.speaker_span is not None
        and (r.speaker_mention or "").lower() not in _RELATIVES
        and after <= r.content_bounds[0]
        and r.content_bounds[1] <= quote.start
    ]
    if not reports:
        return None
    last = max(reports, key=lambda r: r.content_bounds[1])
    rest_of_paragraph = text[last.content_bounds[1] : quote.start].rstrip()
    return last if "\n" not in rest_of_paragraph else None


def held_by_own_frame(records: list[Attribution], cue: CharSpan, quote: Quote) -> bool:
    """Whether a mixed statement whose cue is the quote's own, before it, already ends with it
    ("called the plan “reckless”", "described it as “a mess”"): one statement whose words the quote
    gives, not two. (A quote before its cue, "“Done,” she said", is a statement of its own.)"""
    return cue[1] <= quote.start and any(
        r.kind == "mixed"
        and r.cue_span == cue
        and r.content_bounds[0] < quote.inner_start < r.content_bounds[1] <= quote.end
        for r in records
    )


def _same_speaker(one: Attribution, other: Attribution) -> bool:
    if one.speaker_id is not None and one.speaker_id == other.speaker_id:
        return True
    if one.speaker_mention is None or other.speaker_mention is None:
        return False
    return one.speaker_mention == other.speaker_mention or _surname_of(one.speaker_mention, other.speaker_mention)


def _surname_of(one: str, other: str) -> bool:
    """Whether one mention is the other's last name alone ("Ana Ruiz" ... "Ruiz"), the way a
    story names its speaker again: a capitalized single word, never a pronoun or a title."""
    short, full = sorted((one.split(), other.split()), key=len)
    return len(short) == 1 and len(full) > 1 and short[0][:1].isupper() and short[0] == full[-1]


def further_cue(field_: Field, previous: Attribution, quote: Quote) -> CharSpan | None:
    """A verb between the last attribution's cue and this quote that starts a further statement of
    its speaker ("he said, adding, “...”", "she said, going on to ... “...”"): the quote is that
    statement, with the same speaker, not the rest of the last one."""
    if previous.cue_span is None:
        return None
    doc = field_.doc
    cue_tokens = doc.char_span(*previous.cue_span, alignment_mode="expand")
    after = max(previous.cue_span[1], previous.content_bounds[1])  # never a word of the quote before
    between = doc.char_span(after, quote.start, alignment_mode="contract") if after < quote.start else None
    if cue_tokens is None or between is None:
        return None
    # hung on the cue, or on a verb of the quote before or of this one, where the parser made it
    # the root ("“A,” she said, going on to say that “B ... want ...”": "going" hung on "want")
    quoted = [doc.char_span(*previous.content_bounds, alignment_mode="expand")]
    quoted.append(doc.char_span(quote.start, quote.end, alignment_mode="expand"))
    cue = {t.i for t in cue_tokens} | {t.i for span in quoted if span is not None for t in span}
    verb = next((t for t in between if further_statement(t, cue)), None)
    if verb is not None and any(c.dep_ == "ccomp" and c.right_edge.idx < quote.start for c in verb.children):
        return None  # "adding that ...": a further statement complete in itself; the quote goes on
    return None if verb is None else (verb.idx, verb.idx + len(verb))
