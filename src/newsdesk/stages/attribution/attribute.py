"""Attributions of one article: reporting frames and direct quotes of every field, each with its
kind, cue, speaker (resolved to an entity where that is sure) and addressee.

Order of work, per field: frames from the parse; quotes whose words a frame reports become direct
(or mixed, when only part of the content is quoted); every other quote looks for a cue in its own
sentence, else carries the speaker of the quote just before it when its paragraph opens with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.model import Attribution, AttributionKind, Candidate
from newsdesk.stages.attribution.frames import Frame, find_frames, noun_phrase
from newsdesk.stages.attribution.layouts import printed_speakers
from newsdesk.stages.attribution.quotes import Quote, find_quotes, is_speech_like
from newsdesk.stages.entities import EntityIndex
from newsdesk.stages.entities.mentions import Field
from newsdesk.vocab.cues import ADDRESSEE_VERBS, CUE_CLASS

__all__ = ["Found", "attribute", "field_attributions", "make_record"]

CharSpan = tuple[int, int]
_SPEECH_CLASSES = {"speech", "written"}
_DIRECT_SHARE = 0.9


@dataclass(frozen=True)
class Found:
    """An attribution found in a field, before its speaker is resolved to an entity."""

    kind: AttributionKind
    content: CharSpan
    cue: CharSpan | None
    speaker: CharSpan | None
    addressee: CharSpan | None
    carried: Attribution | None = None  # the earlier quote whose speaker this one continues
    method: str = "rules"
    score: float = 1.0  # how sure the finder is of the speaker (a trained tagger's probability)
    unsure: tuple[Candidate, ...] = ()  # speakers considered and refused as too unsure
    parts: tuple[CharSpan, ...] = ()  # the pieces of an interrupted content


def _quote_mask(text: str, quotes: list[Quote]) -> bytearray:
    mask = bytearray(len(text))
    for quote in quotes:
        for i in range(quote.start, quote.end):
            mask[i] = 1
    return mask


def _kind(text: str, mask: bytearray, span: CharSpan) -> AttributionKind:
    letters = [i for i in range(*span) if text[i].isalnum()]
    inside = sum(mask[i] for i in letters)
    if not letters or inside == 0:
        return "indirect"
    return "direct" if inside / len(letters) >= _DIRECT_SHARE else "mixed"


def _balance(span: CharSpan, quotes: list[Quote]) -> CharSpan:
    """Widen a content span so that it never cuts a quotation in two."""
    start, end = span
    for quote in quotes:
        if start <= quote.start < end < quote.end:
            end = quote.end
        if quote.start < start < quote.end <= end:
            start = quote.start
    return start, end


def _inside_quote(position: int, quotes: list[Quote]) -> bool:
    return any(q.start < position < q.end for q in quotes)


def _from_frames(text: str, frames: list[Frame], quotes: list[Quote], mask: bytearray, used: set[Quote]) -> list[Found]:
    found = []
    for frame in frames:
        if _inside_quote(frame.cue[0], quotes):
            continue  # a source's own "I think" inside a quote is part of the quote
        content = _balance(frame.content, quotes)
        kind: AttributionKind = frame.kind if frame.kind == "unsourced" else _kind(text, mask, content)
        covered = [q for q in quotes if q.start >= content[0] - 1 and q.end <= content[1] + 1]
        if kind == "direct" and len(covered) == 1:
            content = (covered[0].inner_start, covered[0].inner_end)
        used.update(q for q in quotes if q.start < content[1] and content[0] < q.end)
        found.append(Found(kind, content, frame.cue, frame.speaker, frame.addressee))
    return found


def _from_layout(text: str, quotes: list[Quote], used: set[Quote]) -> list[Found]:
    """Transcript lines and signed quotes: verbatim speech whose speaker the layout prints."""
    found = []
    for printed in printed_speakers(text):
        start, end = printed.content
        used.update(q for q in quotes if start - 1 <= q.start and q.end <= end + 1)
        found.append(Found("direct", printed.content, printed.cue, printed.speaker, None))
    return found


def _sentence_cue(field_: Field, quote: Quote) -> Found | None:
    """A quote's own cue: a reporting verb outside the quote, in the sentence that holds it."""
    doc = field_.doc
    sentences = [s for s in doc.sents if s.start_char < quote.end and quote.start < s.end_char]
    for sentence in sentences:
        for verb in sentence:
            if quote.start <= verb.idx < quote.end or CUE_CLASS.get(verb.lemma_.lower()) not in _SPEECH_CLASSES:
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or quote.start <= subject.idx < quote.end:
                continue
            addressee = next(
                (
                    noun_phrase(c)
                    for c in verb.children
                    if c.dep_ in ("dobj", "dative")
                    and verb.lemma_.lower() in ADDRESSEE_VERBS
                    and not quote.start <= c.idx < quote.end
                ),
                None,
            )
            return Found(
                "direct",
                (quote.inner_start, quote.inner_end),
                (verb.idx, verb.idx + len(verb)),
                noun_phrase(subject),
                addressee,
            )
    return None


def _same_paragraph(text: str, previous: Attribution, quote: Quote) -> bool:
    return "\n" not in text[previous.content_span[1] : quote.start]


def _opens_paragraph(text: str, quote: Quote) -> bool:
    before = text[: quote.start].rstrip(" \t")
    return before == "" or before.endswith("\n")


def attribute(fields: list[Field], index: EntityIndex) -> tuple[Attribution, ...]:
    """Every attribution of an article, field by field in reading order."""
    out: list[Attribution] = []
    for field_ in fields:
        out.extend(field_attributions(field_, index))
    return tuple(out)


def field_attributions(field_: Field, index: EntityIndex) -> list[Attribution]:
    """The rule-based attributions of one field, in text order."""
    text = field_.text
    every_quote = find_quotes(text)
    quotes = [q for q in every_quote if is_speech_like(q.inner(text)) or not q.closed]
    mask = _quote_mask(text, every_quote)  # a scare quote inside reported speech still makes it mixed
    used: set[Quote] = set()
    found = _from_frames(text, list(find_frames(field_.doc)), quotes, mask, used)
    found.extend(_from_layout(text, quotes, used))
    records = [make_record(field_, index, f) for f in found]
    for quote in quotes:
        if quote in used:
            continue
        item = _sentence_cue(field_, quote)
        if item is None:
            previous = _previous_direct(records, quote)
            if previous is None or not (_opens_paragraph(text, quote) or _same_paragraph(text, previous, quote)):
                item = Found("direct", (quote.inner_start, quote.inner_end), None, None, None)
            else:
                item = Found("direct", (quote.inner_start, quote.inner_end), None, None, None, previous)
        records.append(make_record(field_, index, item))
    records.sort(key=lambda a: a.content_span)
    return records


def _previous_direct(records: list[Attribution], quote: Quote) -> Attribution | None:
    before = [r for r in records if r.kind in ("direct", "mixed") and r.content_span[1] <= quote.start]
    return max(before, key=lambda r: r.content_span[1]) if before else None


def make_record(field_: Field, index: EntityIndex, item: Found) -> Attribution:
    """The record of a found attribution, its speaker resolved to an entity of the article where
    that is sure (a pronoun with two close candidates keeps them, and no name)."""
    text = field_.text
    content = _trim(text, item.content)
    speaker = mention = None
    speaker_span = item.speaker
    speaker_id = None
    candidates: tuple[Candidate, ...] = item.unsure
    confidence = item.score
    if item.carried is not None:
        speaker, speaker_id, speaker_span = item.carried.speaker, item.carried.speaker_id, item.carried.speaker_span
        mention, confidence = item.carried.speaker_mention, item.carried.confidence * 0.9
    elif item.speaker is not None:
        guess = index.speaker_for(field_, *item.speaker)
        mention, speaker_id, candidates = guess.mention, guess.entity_id, guess.candidates
        confidence = round(min(item.score, guess.confidence), 3)
        speaker = guess.name or (None if guess.candidates or _is_pronoun(guess.mention) else guess.mention)
    return Attribution(
        kind=item.kind,
        content=text[content[0] : content[1]],
        content_span=content,
        content_parts=tuple(_trim(text, part) for part in item.parts) if len(item.parts) > 1 else (),
        where=field_.where,
        speaker=speaker,
        speaker_id=speaker_id,
        speaker_mention=mention,
        speaker_span=speaker_span,
        cue=text[item.cue[0] : item.cue[1]] if item.cue else None,
        cue_span=item.cue,
        addressee=text[item.addressee[0] : item.addressee[1]] if item.addressee else None,
        addressee_span=item.addressee,
        confidence=confidence,
        candidates=candidates,
        method=item.method,
    )


def _is_pronoun(text: str) -> bool:
    return text.lower() in {"he", "she", "they", "it", "him", "her", "them", "we", "i", "you"}


def _trim(text: str, span: CharSpan) -> CharSpan:
    start, end = span
    while start < end and text[start] in " \n\t":
        start += 1
    while end > start and text[end - 1] in " \n\t.":
        end -= 1
    return start, end
