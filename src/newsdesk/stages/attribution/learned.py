"""Attributions from the trained tagger: tag each paragraph, read the source, cue and content spans
off the tags, and tie each content to its cue and each cue to its source on the parse.

How contents find their cue and cues their source is ``links``. A quote with no cue that opens
its paragraph takes the last direct quote's speaker, or the cue that ends the paragraph before with
a colon ("He said:"). A source the tagger is unsure of is dropped and kept as a candidate: a wrong
speaker is worse than none. Transcript lines and signed quotes (``layouts``) name their speaker
outright and replace what the tagger read in their words.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.model import Attribution, AttributionKind, Candidate
from newsdesk.stages.attribution.addressees import addressee_of
from newsdesk.stages.attribution.attribute import Found, field_attributions, make_record
from newsdesk.stages.attribution.combine import with_printed, with_rules
from newsdesk.stages.attribution.features import doc_features, paragraphs, quote_mask, rule_labels
from newsdesk.stages.attribution.links import (
    PARSED_SOURCE_SCORE,
    Link,
    TagSpan,
    link_paragraph,
    passive_without_agent,
    root_of,
    source_for,
)
from newsdesk.stages.attribution.quotes import Quote, continues_run_on, find_quotes
from newsdesk.stages.attribution.tagger import Tagger
from newsdesk.stages.entities import EntityIndex
from newsdesk.stages.entities.mentions import Field

__all__ = [
    "PARSED_SOURCE_SCORE",
    "SPEAKER_THRESHOLD",
    "TagSpan",
    "learned_attributions",
    "read_spans",
    "sentence_index",
]

# Below this mean probability a tagged source is not named as the speaker (measured on PolNeAR dev:
# it trades a little speaker recall for precision).
SPEAKER_THRESHOLD = 0.35
_DIRECT_SHARE = 0.9


def sentence_index(doc: Doc) -> list[int]:
    """Per token, the number of its sentence (``token.sent`` walks the doc on every call)."""
    index = [0] * len(doc)
    for number, sentence in enumerate(doc.sents):
        index[sentence.start : sentence.end] = [number] * (sentence.end - sentence.start)
    return index


def read_spans(
    doc: Doc, start: int, labels: list[str], probabilities: list[float], sentence_of: list[int]
) -> list[TagSpan]:
    """The labelled spans of one tagged sequence that starts at token ``start``. A space token the
    tagger left out does not break a span that goes on after it."""
    spans: list[TagSpan] = []
    current: TagSpan | None = None
    scores: list[float] = []
    for offset, (label, probability) in enumerate(zip(labels, probabilities, strict=True)):
        i = start + offset
        if label == "O":
            if current is not None and not doc[i].is_space:
                current = None
            continue
        prefix, kind = label.split("-", 1)
        if current is None or prefix == "B" or current.label != kind:
            current, scores = TagSpan(kind, i, i + 1, probability), [probability]
            spans.append(current)
        else:
            current.end = i + 1
            scores.append(probability)
            current.score = sum(scores) / len(scores)
        if not doc[i].is_space:
            current.sentences.add(sentence_of[i])
    return spans


def _kind(text: str, mask: bytearray, parts: tuple[tuple[int, int], ...], sourced: bool) -> AttributionKind:
    letters = [i for start, end in parts for i in range(start, end) if text[i].isalnum()]
    inside = sum(mask[i] for i in letters)
    if not letters or inside == 0:
        return "indirect" if sourced else "unsourced"
    return "direct" if inside / len(letters) >= _DIRECT_SHARE else "mixed"


def _found(link: Link, doc: Doc, text: str, mask: bytearray, carried: Attribution | None) -> Found:
    parts = tuple(sorted(c.chars(doc) for c in link.contents))
    content = (parts[0][0], max(end for _start, end in parts))
    source = link.source
    unsure: tuple[Candidate, ...] = ()
    if source is not None and source.score < SPEAKER_THRESHOLD:
        start, end = source.chars(doc)
        unsure, source = (Candidate(name=text[start:end], score=round(source.score, 3)),), None
    cue_span = link.cue.chars(doc) if link.cue is not None else None
    cue_head = root_of(link.cue, doc) if link.cue is not None else None
    content_tokens = [t for c in link.contents for t in c.tokens(doc)]
    addressee = addressee_of(cue_head, content_tokens) if cue_head is not None and cue_head.pos_ == "VERB" else None
    hearsay = link.cue is not None and passive_without_agent(link.cue, doc)  # "were said to": no source
    sourced = source is not None or carried is not None or unsure != () or (link.cue is not None and not hearsay)
    kind = _kind(text, mask, parts, sourced)
    return Found(
        kind,
        content,
        cue_span,
        source.chars(doc) if source is not None else None,
        addressee,
        carried=carried if source is None and not unsure else None,
        method="crf",
        score=round(source.score, 3) if source is not None else 1.0,
        unsure=unsure,
        parts=parts,
    )


def _opens_paragraph(link: Link, doc: Doc, paragraph_start: int) -> bool:
    first = next((t for t in doc[paragraph_start:] if not t.is_space), None)
    return first is not None and link.contents[0].start <= first.i + 1


def _announcement(spans: list[TagSpan], links: list[Link], doc: Doc, end: int) -> Link | None:
    """A cue left with no content at the end of a paragraph that ends in a colon ("He said:"): it
    introduces the next paragraph's quote."""
    last = end - 1
    while last > 0 and doc[last].is_space:
        last -= 1
    if last < 0 or doc[last].text != ":":
        return None
    linked = {id(link.cue) for link in links}
    cues = [s for s in spans if s.label == "CUE" and id(s) not in linked]
    if not cues:
        return None
    sources = [s for s in spans if s.label == "SRC"]
    return Link([], cues[-1], source_for(cues[-1], sources, doc))


def learned_attributions(field_: Field, index: EntityIndex, tagger: Tagger) -> list[Attribution]:
    """The attributions of one field as the trained tagger reads it, speakers resolved through the
    article's entity index."""
    doc = field_.doc
    by_rules = field_attributions(field_, index, inner_reports=True)  # the rule verdicts it was trained on
    rules = rule_labels(doc, by_rules)
    features = doc_features(doc, rules)
    mask = quote_mask(field_.text)
    sentence_of = sentence_index(doc)
    records: list[Attribution] = []
    quotes = find_quotes(field_.text)
    last_direct: Attribution | None = None
    announced: Link | None = None
    for paragraph in paragraphs(doc):
        labels, probabilities = tagger.tag(features[paragraph.start : paragraph.end])
        spans = read_spans(doc, paragraph.start, labels, probabilities, sentence_of)
        links = link_paragraph(spans, doc, mask)
        if announced is not None and links and links[0].cue is None and links[0].source is None:
            links[0].cue, links[0].source = announced.cue, announced.source
        announced = _announcement(spans, links, doc, paragraph.end)
        for link in links:
            carried = last_direct if link.cue is None and _opens_paragraph(link, doc, paragraph.start) else None
            record = make_record(field_, index, _found(link, doc, field_.text, mask, carried))
            if carried is not None and _runs_on(field_.text, quotes, carried, record):
                record = _joined(field_.text, mask, records.pop(records.index(carried)), record)
            records.append(record)
            if record.kind in ("direct", "mixed") and record.speaker_span is not None:
                last_direct = record
    return with_rules(with_printed(field_, index, records), by_rules)


def _runs_on(text: str, quotes: list[Quote], carried: Attribution, record: Attribution) -> bool:
    """A quote that opens its paragraph and goes on with the carried statement's run-on quote."""
    start = record.content_bounds[0]
    opening = next((q for q in quotes if q.start <= start < q.inner_start + 1), None)
    return opening is not None and continues_run_on(text, quotes, carried.content_bounds, opening.start)


def _joined(text: str, mask: bytearray, first: Attribution, more: Attribution) -> Attribution:
    """One statement from a run-on quote's paragraphs: the first's speaker and cue, every part."""
    parts = (*first.content_span, *more.content_span)
    kind = _kind(text, mask, parts, sourced=True)
    return first.replace(content=" … ".join(text[a:b] for a, b in parts), content_span=parts, kind=kind)
