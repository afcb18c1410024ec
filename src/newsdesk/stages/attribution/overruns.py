"""Contents the tagger ran on too far, cut back before they are linked: over their own speaker
and cue ("[“...,” Ruiz said, adding ...]"), over a second quote with its own speaker ("[“...,” a
doctor had typed “...”]"), over a colon into the quote it introduces ("[he was too busy: “...”]"),
and over the topic of a quote after its cue ("“...,” she said of [the election]"). Pure: spans and
the parse in, spans out."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.stages.attribution.frames import speaker_of
from newsdesk.stages.attribution.phrases import noun_phrase
from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.stages.attribution.tagspans import TagSpan, quoted, root_of
from newsdesk.vocab.cues import CUE_CLASS, QUOTE_CONTINUATION_VERBS, TOPIC_PREPOSITIONS

__all__ = ["INTRODUCED", "cut_overruns", "without_topic"]

INTRODUCED = "CON:"  # a quote split off at the colon that introduces it, until it is linked


def cut_overruns(spans: list[TagSpan], doc: Doc, mask: bytearray) -> list[TagSpan]:
    """A paragraph's spans with every content cut where it ran on over a speaker and a cue or over
    a colon into a quote."""
    spans = [piece for span in spans for piece in _unswallowed(span, doc, mask)]
    return [piece for span in spans for piece in _at_colon(span, doc, mask)]


def _unswallowed(span: TagSpan, doc: Doc, mask: bytearray) -> list[TagSpan]:
    """A content the tagger ran on over its own cue and speaker ("[“...,” Ruiz said, adding ...]")
    split into the content before the speaker, the speaker and the cue; what follows the cue is a
    clause of its own and is left out, unless it is a quote the verb takes ("[“...,” a doctor had
    typed “...”]": two quotes in one sentence, the second the verb's). Any other span as it is."""
    words = span.tokens(doc)
    if span.label != "CON" or not words or words[0].text not in ("“", '"', "''"):
        return [span]  # only a content that opens with a quote: "that he would “...”" has its cue before
    verb = _top_verb(span, doc)
    trailing = _quote_after(verb, span, doc, mask) if verb.pos_ == "VERB" else None
    lemma = cue_lemma(verb)
    reports = verb.pos_ == "VERB" and (lemma in CUE_CLASS or lemma in QUOTE_CONTINUATION_VERBS or trailing is not None)
    speaker = speaker_of(verb) if reports else None
    if speaker is not None and mask[speaker.idx]:  # the parser took the quote for a second subject
        speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and not mask[c.idx]), None)
    if speaker is None or mask[verb.idx] or not span.start < speaker.i < verb.i < span.end:
        return [span]
    return _split_at(span, speaker, verb, doc, trailing)


def _at_colon(span: TagSpan, doc: Doc, mask: bytearray) -> list[TagSpan]:
    """A content the tagger ran on from reported words over a colon into a quote ("[he was too busy:
    “I have a lot going on.”]") split at the colon: the report and the quote it introduces are two
    statements. The quote's piece is labelled ``INTRODUCED`` until it is linked."""
    words = span.tokens(doc)
    if span.label != "CON":
        return [span]
    for n, token in enumerate(words[:-1]):
        opening = words[n + 1]
        if token.text != ":" or mask[token.idx] or opening.text not in ("“", '"') or not mask[opening.idx]:
            continue
        reported = [w for w in words[:n] if w.is_alpha and not mask[w.idx]]
        if not reported:
            return [span]
        sentences = set(span.sentences)
        return [
            TagSpan("CON", span.start, token.i, span.score, sentences),
            TagSpan(INTRODUCED, opening.i, span.end, span.score, set(sentences)),
        ]
    return [span]


def _top_verb(span: TagSpan, doc: Doc) -> Token:
    """The verb of a span whose head lies outside it, else the span's root: a quote the parse hung
    on a verb before the span ("labeled “...”") is not the span's root."""
    words = span.tokens(doc)
    outside = (t for t in words if t.pos_ == "VERB" and (t.head.i == t.i or not span.start <= t.head.i < span.end))
    return next(outside, None) or root_of(span, doc)


def _quote_after(verb: Token, span: TagSpan, doc: Doc, mask: bytearray) -> TagSpan | None:
    """The first quote after a verb, to the span's end, when it lies in the verb's clause: its
    object ("typed “...”") or what a verb hung on it says ("sings ... before asking her, “...”")."""
    rest = [t for t in doc[verb.i + 1 : span.end] if not t.is_space]
    opening = next((t for t in rest if t.text in ("“", '"') and mask[t.idx]), None)
    if opening is None:
        return None
    inside = [t for t in rest if t.i > opening.i and not t.is_punct]
    if not any(verb.is_ancestor(t) for t in inside):
        return None
    return TagSpan("CON", opening.i, span.end, span.score, set(span.sentences))


def _split_at(span: TagSpan, speaker: Token, verb: Token, doc: Doc, trailing: TagSpan | None) -> list[TagSpan]:
    source = doc.char_span(*noun_phrase(speaker), alignment_mode="expand")
    if source is None or source.end > verb.i:
        return [span]
    words = [t for t in doc[span.start : source.start] if not (t.is_space or t.text in (",", "—", "-"))]
    if not words:
        return [span]
    score, sentences = span.score, span.sentences
    pieces = [
        TagSpan("CON", span.start, words[-1].i + 1, score, set(sentences)),
        TagSpan("SRC", source.start, source.end, score, set(sentences)),
        TagSpan("CUE", verb.i, verb.i + 1, score, set(sentences)),
    ]
    return pieces if trailing is None else [*pieces, trailing]


def without_topic(contents: list[TagSpan], cue: TagSpan | None, doc: Doc, mask: bytearray) -> list[TagSpan]:
    """A link's contents less the topic of a quote before its cue ("“...,” she said of [the
    election]"): the quote is what was said; what it was said of is not."""
    if cue is None or not any(quoted(c, doc, mask) and c.end <= cue.start for c in contents):
        return contents
    cue_tokens = {t.i for t in cue.tokens(doc)}

    def topic(content: TagSpan) -> bool:
        root = root_of(content, doc)
        preposition = root.head
        return (
            content.start >= cue.start
            and not quoted(content, doc, mask)
            and root.dep_ == "pobj"
            and preposition.lower_ in TOPIC_PREPOSITIONS
            and (preposition.i in cue_tokens or preposition.head.i in cue_tokens)
        )

    kept = [c for c in contents if not topic(c)]
    return kept or contents
