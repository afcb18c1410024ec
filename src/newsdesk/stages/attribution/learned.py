"""Attributions from the trained tagger: tag each paragraph, read the source, cue and content spans
off the tags, and tie each content to its cue and each cue to its source on the parse.

Ties, in order of trust: the cue governs the content in the parse ("X said [that ...]"), or sits in
it ("[..., according to X]"); else the nearest cue in the content's sentence; else the cue that ends
the paragraph before with a colon ("He said:"); a quote with no cue of its own continues the
attribution just before it in its paragraph, or, when it opens its paragraph, the last direct
quote's speaker; a content left with no cue takes the verb that governs it on the parse. A cue's
source is the span that holds its subject, else the nearest source in its sentence, else the
parse's subject; a passive cue with no agent has none. A source the tagger is unsure of is dropped
and kept as a candidate: a wrong speaker is worse than none. Transcript lines and signed quotes
(``layouts``) name their speaker outright and replace what the tagger read in their words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsdesk.model import Attribution, AttributionKind, Candidate
from newsdesk.stages.attribution.attribute import Found, field_attributions, make_record
from newsdesk.stages.attribution.combine import with_printed, with_rules
from newsdesk.stages.attribution.features import doc_features, paragraphs, quote_mask, rule_labels
from newsdesk.stages.attribution.frames import addressee_of, noun_phrase, speaker_of
from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.stages.attribution.tagger import Tagger
from newsdesk.stages.entities import EntityIndex
from newsdesk.stages.entities.mentions import Field
from newsdesk.vocab.cues import CUE_CLASS

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
# The score of a source read off the parse where the tagger marked none ("X said" with X untagged).
PARSED_SOURCE_SCORE = 0.6
_DIRECT_SHARE = 0.9
_UP_HOPS = 4


@dataclass
class TagSpan:
    """A run of tokens the tagger gave one label (SRC, CUE or CON), with its mean probability."""

    label: str
    start: int  # token index
    end: int  # one past the last token
    score: float
    sentences: set[int] = field(default_factory=set)  # index of each sentence it touches

    def tokens(self, doc: Doc) -> list[Token]:
        return [t for t in doc[self.start : self.end] if not t.is_space]

    def chars(self, doc: Doc) -> tuple[int, int]:
        words = self.tokens(doc) or list(doc[self.start : self.end])
        return words[0].idx, words[-1].idx + len(words[-1])


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


def _root(span: TagSpan, doc: Doc) -> Token:
    tokens = span.tokens(doc) or [doc[span.start]]
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])


def _governs(cue: TagSpan, content: TagSpan, doc: Doc) -> bool:
    """The cue is an ancestor of the content's root within a few arcs, or hangs inside the content."""
    cue_tokens = {t.i for t in cue.tokens(doc)}
    node = _root(content, doc)
    for _hop in range(_UP_HOPS):
        if node.head.i == node.i:
            break
        node = node.head
        if node.i in cue_tokens:
            return True
    inside = {t.i for t in content.tokens(doc)}
    return any(doc[i].head.i in inside for i in cue_tokens)


def _distance(a: TagSpan, b: TagSpan) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


def _cue_for(content: TagSpan, cues: list[TagSpan], doc: Doc) -> TagSpan | None:
    governing = [c for c in cues if _governs(c, content, doc)]
    if governing:
        return min(governing, key=lambda c: _distance(c, content))
    near = [c for c in cues if c.sentences & content.sentences]
    return min(near, key=lambda c: _distance(c, content)) if near else None


def _subject_tokens(cue: TagSpan, doc: Doc) -> set[int]:
    """Tokens of the cue's subject, agent or "according to" object."""
    found: set[int] = set()
    for token in cue.tokens(doc):
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj", "agent", "pobj", "poss"):
                found.update(t.i for t in child.subtree)
            if child.dep_ in ("prep", "agent"):
                found.update(g.i for g in child.children if g.dep_ == "pobj")
    return found


def _source_for(cue: TagSpan, sources: list[TagSpan], doc: Doc) -> TagSpan | None:
    if _passive_without_agent(cue, doc):
        return None  # "are expected to", "was asked": whoever is named is not the one speaking
    subject = _subject_tokens(cue, doc)
    holding = [s for s in sources if any(t.i in subject for t in s.tokens(doc))]
    if holding:
        return min(holding, key=lambda s: _distance(s, cue))
    near = [s for s in sources if s.sentences & cue.sentences]
    if near:
        return min(near, key=lambda s: _distance(s, cue))
    return _parsed_source(cue, doc)


def _passive_without_agent(cue: TagSpan, doc: Doc) -> bool:
    verbs = [t for t in cue.tokens(doc) if t.pos_ == "VERB"]
    return bool(verbs) and all(
        any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "agent" for c in v.children) for v in verbs
    )


def _parsed_cue(content: TagSpan, doc: Doc) -> TagSpan | None:
    """Where the tagger marked no cue, the verb that governs the content on the parse ("Mexico
    demanded [that ...]"), at a middling score; None for a content that is a sentence of its own."""
    root = _root(content, doc)
    head = root.head
    if head.i == root.i or head.pos_ != "VERB" or content.start <= head.i < content.end:
        return None
    return TagSpan("CUE", head.i, head.i + 1, PARSED_SOURCE_SCORE, set(content.sentences))


def _parsed_source(cue: TagSpan, doc: Doc) -> TagSpan | None:
    """Where the tagger marked no source, the cue verb's subject on the parse, at a middling score."""
    verbs = [t for t in cue.tokens(doc) if t.pos_ in ("VERB", "AUX")]
    speaker = next((found for v in verbs if (found := speaker_of(v)) is not None), None)
    if speaker is None:  # a cue noun's owner: "his claim that", "Trump's denial of"
        nouns = [t for t in cue.tokens(doc) if t.pos_ == "NOUN"]
        speaker = next((c for n in nouns for c in n.children if c.dep_ == "poss"), None)
    if speaker is None or speaker.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    start, end = noun_phrase(speaker)
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else TagSpan("SRC", span.start, span.end, PARSED_SOURCE_SCORE, set(cue.sentences))


@dataclass
class _Link:
    contents: list[TagSpan]
    cue: TagSpan | None
    source: TagSpan | None = None


def _quoted(span: TagSpan, doc: Doc, mask: bytearray) -> bool:
    start, end = span.chars(doc)
    return mask[start] == 1 or mask[max(start - 1, 0)] == 1 or mask[end - 1] == 1


def _tie_contents(contents: list[TagSpan], cues: list[TagSpan], doc: Doc) -> dict[int, TagSpan]:
    """Content (by position in ``contents``) -> its cue: the parse's or the sentence's first, then
    a cue left with no content takes the nearest content left with no cue in its paragraph."""
    tied = {i: cue for i, content in enumerate(contents) if (cue := _cue_for(content, cues, doc)) is not None}
    for cue in cues:
        if any(c is cue for c in tied.values()):
            continue
        free = [i for i in range(len(contents)) if i not in tied]
        if free:
            nearest = min(free, key=lambda i: _distance(contents[i], cue))
            tied[nearest] = cue
    return tied


def _unswallowed(span: TagSpan, doc: Doc, mask: bytearray) -> list[TagSpan]:
    """A content the tagger ran on over its own cue and speaker ("[“...,” Ruiz said, adding ...]")
    split into the content before the speaker, the speaker and the cue; what follows the cue is a
    clause of its own and is left out. Any other span as it is."""
    words = span.tokens(doc)
    if span.label != "CON" or not words or words[0].text not in ("“", '"', "''"):
        return [span]  # only a content that opens with a quote: "that he would “...”" has its cue before
    verb = _root(span, doc)
    speaker = speaker_of(verb) if verb.pos_ == "VERB" and cue_lemma(verb) in CUE_CLASS else None
    if speaker is None or mask[verb.idx] or not span.start < speaker.i < verb.i < span.end:
        return [span]
    return _split_at(span, speaker, verb, doc)


def _split_at(span: TagSpan, speaker: Token, verb: Token, doc: Doc) -> list[TagSpan]:
    source = doc.char_span(*noun_phrase(speaker), alignment_mode="expand")
    if source is None or source.end > verb.i:
        return [span]
    words = [t for t in doc[span.start : source.start] if not (t.is_space or t.text in (",", "—", "-"))]
    if not words:
        return [span]
    score, sentences = span.score, span.sentences
    return [
        TagSpan("CON", span.start, words[-1].i + 1, score, set(sentences)),
        TagSpan("SRC", source.start, source.end, score, set(sentences)),
        TagSpan("CUE", verb.i, verb.i + 1, score, set(sentences)),
    ]


def _last_quoting(links: list[_Link], doc: Doc, mask: bytearray) -> _Link | None:
    """The last link of the paragraph with a cue and a quote among its contents, else the last link
    when it has a cue: a quote with no cue of its own goes on with the last quote ("“...,” Obama
    said. He did not say more. “...”"), not with a report between them."""
    quoting = [link for link in links if link.cue is not None and any(_quoted(c, doc, mask) for c in link.contents)]
    if quoting:
        return quoting[-1]
    return links[-1] if links and links[-1].cue is not None else None


def _link_paragraph(spans: list[TagSpan], doc: Doc, mask: bytearray) -> list[_Link]:
    """Tie the contents of one paragraph to cues and the cues to sources."""
    spans = [piece for span in spans for piece in _unswallowed(span, doc, mask)]
    cues = [s for s in spans if s.label == "CUE"]
    sources = [s for s in spans if s.label == "SRC"]
    contents = [s for s in spans if s.label == "CON"]
    tied = _tie_contents(contents, cues, doc)
    links: list[_Link] = []
    by_cue: dict[int, _Link] = {}
    for i, content in enumerate(contents):
        cue = tied.get(i)
        if cue is not None and id(cue) in by_cue:
            by_cue[id(cue)].contents.append(content)
        elif cue is None and _quoted(content, doc, mask) and (last := _last_quoting(links, doc, mask)) is not None:
            last.contents.append(content)  # a quote's next sentence, after "he said."
        else:
            links.append(_Link([content], cue))
            if cue is not None:
                by_cue[id(cue)] = links[-1]
    for link in links:
        if link.cue is not None:
            link.source = _source_for(link.cue, sources, doc)
    for link in (x for x in links if x.cue is None):
        link.cue = _parsed_cue(link.contents[0], doc)
        if link.cue is not None:
            link.source = _source_for(link.cue, sources, doc)
    taken = {id(link.source) for link in links if link.source is not None}
    for link in (x for x in links if x.cue is None):
        sentences = set().union(*(c.sentences for c in link.contents))
        near = [s for s in sources if s.sentences & sentences and id(s) not in taken]
        link.source = near[0] if len(near) == 1 else None
    return links


def _kind(text: str, mask: bytearray, parts: tuple[tuple[int, int], ...], sourced: bool) -> AttributionKind:
    letters = [i for start, end in parts for i in range(start, end) if text[i].isalnum()]
    inside = sum(mask[i] for i in letters)
    if not letters or inside == 0:
        return "indirect" if sourced else "unsourced"
    return "direct" if inside / len(letters) >= _DIRECT_SHARE else "mixed"


def _found(link: _Link, doc: Doc, text: str, mask: bytearray, carried: Attribution | None) -> Found:
    parts = tuple(sorted(c.chars(doc) for c in link.contents))
    content = (parts[0][0], max(end for _start, end in parts))
    source = link.source
    unsure: tuple[Candidate, ...] = ()
    if source is not None and source.score < SPEAKER_THRESHOLD:
        start, end = source.chars(doc)
        unsure, source = (Candidate(name=text[start:end], score=round(source.score, 3)),), None
    cue_span = link.cue.chars(doc) if link.cue is not None else None
    cue_head = _root(link.cue, doc) if link.cue is not None else None
    content_tokens = [t for c in link.contents for t in c.tokens(doc)]
    addressee = addressee_of(cue_head, content_tokens) if cue_head is not None and cue_head.pos_ == "VERB" else None
    hearsay = link.cue is not None and _passive_without_agent(link.cue, doc)  # "were said to": no source
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


def _opens_paragraph(link: _Link, doc: Doc, paragraph_start: int) -> bool:
    first = next((t for t in doc[paragraph_start:] if not t.is_space), None)
    return first is not None and link.contents[0].start <= first.i + 1


def _announcement(spans: list[TagSpan], links: list[_Link], doc: Doc, end: int) -> _Link | None:
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
    return _Link([], cues[-1], _source_for(cues[-1], sources, doc))


def learned_attributions(field_: Field, index: EntityIndex, tagger: Tagger) -> list[Attribution]:
    """The attributions of one field as the trained tagger reads it, speakers resolved through the
    article's entity index."""
    doc = field_.doc
    by_rules = field_attributions(field_, index)
    rules = rule_labels(doc, by_rules)
    features = doc_features(doc, rules)
    mask = quote_mask(field_.text)
    sentence_of = sentence_index(doc)
    records: list[Attribution] = []
    last_direct: Attribution | None = None
    announced: _Link | None = None
    for paragraph in paragraphs(doc):
        labels, probabilities = tagger.tag(features[paragraph.start : paragraph.end])
        spans = read_spans(doc, paragraph.start, labels, probabilities, sentence_of)
        links = _link_paragraph(spans, doc, mask)
        if announced is not None and links and links[0].cue is None and links[0].source is None:
            links[0].cue, links[0].source = announced.cue, announced.source
        announced = _announcement(spans, links, doc, paragraph.end)
        for link in links:
            carried = last_direct if link.cue is None and _opens_paragraph(link, doc, paragraph.start) else None
            record = make_record(field_, index, _found(link, doc, field_.text, mask, carried))
            records.append(record)
            if record.kind in ("direct", "mixed") and record.speaker_span is not None:
                last_direct = record
    return with_rules(with_printed(field_, index, records), by_rules)
