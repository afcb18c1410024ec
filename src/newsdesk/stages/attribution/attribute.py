"""Attributions of one article: reporting frames and direct quotes of every field, each with its
kind, cue, speaker (resolved to an entity where that is sure) and addressee.

Order of work, per field: frames from the parse; quotes whose words a frame reports become direct
(or mixed, when only part of the content is quoted); every other quote looks for a cue in its own
sentence, else carries the speaker of the quote just before it when its paragraph opens with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.model import Attribution, AttributionKind, Candidate
from newsdesk.model import Span as CharSpan
from newsdesk.stages.attribution.acts import act_in_text
from newsdesk.stages.attribution.frames import Frame, find_frames
from newsdesk.stages.attribution.goes_on import (
    further_cue,
    held_by_own_frame,
    last_before,
    report_between,
    report_closing_paragraph,
    same_paragraph,
)
from newsdesk.stages.attribution.interrupted import around_own_words
from newsdesk.stages.attribution.layouts import printed_speakers
from newsdesk.stages.attribution.nesting import own_statements
from newsdesk.stages.attribution.quote_cues import quote_cue
from newsdesk.stages.attribution.quote_verbs import led_in, named_quote
from newsdesk.stages.attribution.quotes import Quote, continues_run_on, find_quotes, is_speech_like, opens_paragraph_at
from newsdesk.stages.entities import EntityIndex
from newsdesk.stages.entities.mentions import Field

__all__ = ["Found", "attribute", "field_attributions", "make_record"]

_DIRECT_SHARE = 0.9
_SPOKEN = {"speech", "written"}


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
    cue_class: str | None = None  # the class the finding rule gave its cue (``acts``)


def _quote_mask(text: str, quotes: list[Quote]) -> bytearray:
    mask = bytearray(len(text))
    for quote in quotes:
        for i in range(quote.start, quote.end):
            mask[i] = 1
    return mask


def _kind(text: str, mask: bytearray, parts: tuple[CharSpan, ...]) -> AttributionKind:
    """Direct when nine tenths of the content's letters are quoted, mixed when some are."""
    letters = [i for start, end in parts for i in range(start, end) if text[i].isalnum()]
    inside = sum(mask[i] for i in letters)
    if not letters or inside == 0:
        return "indirect"
    return "direct" if inside / len(letters) >= _DIRECT_SHARE else "mixed"


def _balance(span: CharSpan, quotes: list[Quote]) -> CharSpan:
    """Widen a content span so that it never cuts a quotation in two (a sentence break inside a
    quote leaves the parse's clause with half of it)."""
    start, end = span
    for quote in quotes:
        if quote.start < end and start < quote.end:
            start, end = min(start, quote.start), max(end, quote.end)
    return start, end


def _outer_or_spoken(frames: list[Frame]) -> list[Frame]:
    """The frames that are no part of another's content, and the reported speech that is ("he
    said his campaign accused Labour of ..."). A stance or belief inside what someone said ("Bell
    said members backed the walkout") is part of what they said, not a statement of its own."""
    return [
        f
        for f in frames
        if f.cue_class in _SPOKEN or not any(o is not f and o.content[0] <= f.cue[0] < o.content[1] for o in frames)
    ]


def _words_outside(text: str, content: CharSpan, quote: Quote) -> bool:
    """Whether a content has words outside its one quote ("that he was “...”"): then the
    content is the reported clause, not only the quote."""
    outside = text[content[0] : quote.start] + text[quote.end : content[1]]
    return any(c.isalnum() for c in outside)


def _inside_quote(position: int, quotes: list[Quote]) -> bool:
    return any(q.start < position < q.end for q in quotes)


def _clip(content: CharSpan, frame: Frame, quotes: list[Quote], own: dict[Quote, CharSpan]) -> CharSpan | None:
    """A frame's content without the quotes that have a cue of their own beside them ("... the
    impact it said Clinton would have: “Parallel to ...,” the union wrote": the quote is the
    union's, not the frame's)."""
    start, end = content
    for quote in quotes:
        cue = own.get(quote)
        if cue is None or cue == frame.cue or not (quote.start < end and start < quote.end):
            continue
        if cue[0] < quote.end and not frame.cue[1] <= cue[0] < start:
            continue  # a lead-in takes the quote from a cue further off, not from one whose report holds it
        if quote.start > start:
            end = min(end, quote.start)
        else:
            start = max(start, quote.end)
    return (start, end) if start < end else None


@dataclass(frozen=True)
class _Quotes:
    """A field's quotes: all of them, those that read as speech, and the cue beside each quote
    that has one."""

    every: list[Quote]
    speech: list[Quote]
    own: dict[Quote, CharSpan]


def _from_frames(
    text: str, frames: list[Frame], found_quotes: _Quotes, mask: bytearray, used: set[Quote]
) -> list[Found]:
    """Attributions of the reporting frames, their contents widened to whole quotes and narrowed
    to the quotes' insides where the content is one quote."""
    found = []
    quotes, own = found_quotes.speech, found_quotes.own
    # A paragraph of an excerpt opens with a quote mark it never closes ("McCrummen reports: / "Melanie
    # thought ..."): the reports inside it are the excerpt's own, as in the words of any article.
    closed = [q for q in quotes if q.closed]
    for frame in frames:
        if _inside_quote(frame.cue[0], closed):
            continue  # a source's own "I think" inside a quote is part of the quote
        if frame.speaker and _inside_quote(frame.speaker[0], [q for q in found_quotes.every if q.closed]):
            continue  # quoted words are never the speaker: the parser misread the sentence
        content = _clip(_balance(frame.content, quotes), frame, quotes, own)
        if content is None:
            continue
        kind: AttributionKind = frame.kind if frame.kind == "unsourced" else _kind(text, mask, (content,))
        covered = [q for q in found_quotes.every if q.start >= content[0] - 1 and q.end <= content[1] + 1]
        if kind == "direct" and len(covered) == 1 and not _words_outside(text, content, covered[0]):
            content = (covered[0].inner_start, covered[0].inner_end)
        # a direct content takes every quote it holds, a short one too ("“It is done,” she said"),
        # so none comes out twice; a mixed one leaves a short quote its own cue
        held = found_quotes.every if kind == "direct" else quotes
        used.update(q for q in held if q.start < content[1] and content[0] < q.end)
        parts = around_own_words(text, content, frame.cue, frame.speaker)
        found.append(
            Found(kind, content, frame.cue, frame.speaker, frame.addressee, parts=parts, cue_class=frame.cue_class)
        )
    return found


def _from_layout(text: str, quotes: list[Quote], used: set[Quote]) -> list[Found]:
    """Transcript lines and signed quotes: verbatim speech whose speaker the layout prints."""
    found = []
    for printed in printed_speakers(text):
        start, end = printed.content
        used.update(q for q in quotes if q.start < end and start < q.end)
        found.append(Found(printed.kind, printed.content, printed.cue, printed.speaker, None, parts=printed.parts))
    return found


def _quote_found(field_: Field, quote: Quote, quoted: list[Quote], adjacent_only: bool = False) -> Found | None:
    """A quote's own cue and speaker, read off the parse around it (``quote_cues``)."""
    found = quote_cue(field_.doc, field_.text, quote, adjacent_only, quoted)
    if found is None:
        return None
    return Found("direct", (quote.inner_start, quote.inner_end), found.cue, found.speaker, found.addressee)


def _opens_paragraph(text: str, quote: Quote) -> bool:
    return opens_paragraph_at(text, quote.start)


def attribute(fields: list[Field], index: EntityIndex) -> tuple[Attribution, ...]:
    """Every attribution of an article, field by field in reading order."""
    out: list[Attribution] = []
    for field_ in fields:
        out.extend(field_attributions(field_, index))
    return tuple(out)


def field_attributions(field_: Field, index: EntityIndex, inner_reports: bool = False) -> list[Attribution]:
    """The rule-based attributions of one field, in text order. ``inner_reports`` keeps every
    verb of saying found inside another report, as the trained tagger's features were built
    (``nesting``: the rules alone keep only a quote's own verb and a further statement)."""
    text = field_.text
    every_quote = find_quotes(text)
    quotes = [q for q in every_quote if is_speech_like(q.inner(text)) or not q.closed]
    found_quotes = _Quotes(every_quote, quotes, _own_cues(field_, quotes, every_quote))
    mask = _quote_mask(text, every_quote)  # a scare quote inside reported speech still makes it mixed
    used: set[Quote] = set()
    every_frame = list(find_frames(field_.doc))
    frames = _outer_or_spoken(every_frame) if inner_reports else own_statements(every_frame, field_.doc, mask)
    found = _from_frames(text, frames, found_quotes, mask, used)
    printed = _from_layout(text, quotes, used)
    if not inner_reports:  # a transcript line's "I think" is the speaker's words, as in a quote
        found = [f for f in found if not any(_holds(p.content, f.cue) for p in printed)]
    found.extend(printed)
    records = [make_record(field_, index, f) for f in found]
    short = [
        q
        for q in every_quote
        if q.closed and q not in quotes and (_ends_a_sentence(q.inner(text)) or named_quote(field_.doc, q))
    ]
    for quote in sorted((q for q in quotes + short if q not in used), key=lambda q: q.start):
        _add_quote(field_, index, quote, records, mask, found_quotes, quote in short)
    records.sort(key=lambda a: a.content_bounds)
    return records


def _holds(content: CharSpan, cue: CharSpan | None) -> bool:
    return cue is not None and content[0] <= cue[0] < content[1]


def _own_cues(field_: Field, quotes: list[Quote], every_quote: list[Quote]) -> dict[Quote, CharSpan]:
    """The cue of each quote that opens a sentence and names its speaker right after it ("“...,”
    the union wrote"): no frame around it may claim it."""
    text = field_.text
    own = {}
    for quote in quotes:
        beside = quote_cue(field_.doc, text, quote, True, every_quote)
        if beside is None or beside.speaker is None:
            continue
        named_after = _opens_sentence(text, quote.start) and beside.speaker[0] >= quote.end
        if named_after or led_in(field_.doc, beside.cue, quote):  # "“...,” the union wrote"; "saying, “...”"
            own[quote] = beside.cue
    return own


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a quote opens a sentence, or an aside set off by a dash or a bracket inside one
    ("Lee called it unfair - “It is a tax,” she said - and left"; "(“Pay us,” wrote one)")."""
    at = start - 1
    while at >= 0 and text[at] in " \t\u00a0":
        at -= 1
    return at < 0 or text[at] in "\n.:!?(\u2013\u2014" or (text[at] == "-" and at < start - 1)


def _ends_a_sentence(inner: str) -> bool:
    """A short quote that ends in its own punctuation ("“Mexico!”", "“The risk,”") may be speech;
    one that does not ("“reforms”", "“Born in the USA”") is a scare quote or a title."""
    return inner.rstrip()[-1:] in (",", "!", "?", ".") and any(c.isalpha() for c in inner)


def _add_quote(
    field_: Field,
    index: EntityIndex,
    quote: Quote,
    records: list[Attribution],
    mask: bytearray,
    found_quotes: _Quotes,
    short: bool,
) -> None:
    """A quote no frame took: with its own cue, or as the next part of the quote just before it in
    its paragraph (PolNeAR's convention, and what a reader sees: one statement in pieces), or
    carrying the speaker and cue of the attribution before it in its paragraph, or of the last
    quote when it opens a paragraph of its own. A short quote counts only with a cue beside it."""
    text = field_.text
    item = _quote_found(field_, quote, found_quotes.every, adjacent_only=short)
    if item is None and short:
        return
    if item is not None and item.cue is not None and held_by_own_frame(records, item.cue, quote):
        return  # "called the plan “reckless”": one statement, not two
    opened = _opened_by(text, records, item, quote) if item is not None else None
    if opened is not None:  # “By locking in China,” he said, “it allowed me ...”: one statement
        records[records.index(opened)] = _prepend(text, opened, quote, mask)
        return
    previous = last_before(records, quote, ("direct", "mixed"))
    near = previous is not None and same_paragraph(text, previous, quote)
    later = report_between(field_, records, previous, quote) if item is None and near else None
    if later is not None:  # “A,” he said, adding that ... . “B.”: B goes on with the later report
        records[records.index(later)] = _extend(text, later, quote, mask)
        return
    if previous is not None and near and (item is None or item.cue == previous.cue_span):
        further = further_cue(field_, previous, quote)
        if further is None:
            records[records.index(previous)] = _extend(text, previous, quote, mask)
            return
        item = Found("direct", (quote.inner_start, quote.inner_end), further, None, None, previous)
    if (
        item is None
        and previous is not None
        and continues_run_on(text, found_quotes.every, previous.content_bounds, quote.start)
    ):
        records[records.index(previous)] = _extend(text, previous, quote, mask)  # the excerpt's next paragraph
        return
    if item is None:
        earlier = last_before(records, quote, ("indirect",))
        if earlier is not None and same_paragraph(text, earlier, quote) and earlier.speaker_span is not None:
            previous = earlier  # "Or Jeb Bush, a consultant says. “Surveys suggest ...”"
        elif not _opens_paragraph(text, quote):
            previous = None
        else:  # "“A,” Ruiz said. / Lee had a question of her own. / “Who pays?”": Lee asks
            previous = report_closing_paragraph(text, records, previous, quote) or previous
    if item is None:
        item = Found("direct", (quote.inner_start, quote.inner_end), None, None, None, previous)
    records.append(make_record(field_, index, item))


def _opened_by(text: str, records: list[Attribution], item: Found, quote: Quote) -> Attribution | None:
    """The direct statement a quote opens: one right after it in its paragraph whose cue is the
    quote's own, between the two ("“...,” he said, “...”", where the parser made the second part
    the cue's clause and a frame took it first)."""
    if item.cue is None:
        return None
    cue_start, cue_end = item.cue
    for record in records:
        start = record.content_bounds[0]
        same_cue = record.kind in ("direct", "mixed") and record.cue_span == item.cue
        if same_cue and quote.end <= cue_start and cue_end <= start and "\n" not in text[quote.end : start]:
            return record
    return None


def _prepend(text: str, following: Attribution, quote: Quote, mask: bytearray) -> Attribution:
    """A statement with its opening quoted part put before the rest."""
    parts = (_trim(text, (quote.inner_start, quote.inner_end)), *following.content_span)
    kind = following.kind if following.kind == "unsourced" else _kind(text, mask, parts)
    return following.replace(content=_joined(text, parts), content_span=parts, kind=kind)


def _extend(text: str, previous: Attribution, quote: Quote, mask: bytearray) -> Attribution:
    """An attribution with one more quoted part: its span runs on to the end of the quote."""
    parts = (*previous.content_span, _trim(text, (quote.inner_start, quote.inner_end)))
    kind = previous.kind if previous.kind == "unsourced" else _kind(text, mask, parts)
    return previous.replace(content=_joined(text, parts), content_span=parts, kind=kind)


def make_record(field_: Field, index: EntityIndex, item: Found) -> Attribution:
    """The record of a found attribution, its speaker resolved to an entity of the article where
    that is sure (a pronoun with two close candidates keeps them, and no name)."""
    text = field_.text
    pieces = _pieces(text, item)
    speaker = mention = None
    speaker_span = item.speaker
    speaker_id = None
    candidates: tuple[Candidate, ...] = item.unsure
    confidence = item.score
    cue_span = item.cue
    if item.carried is not None:
        speaker, speaker_id, speaker_span = item.carried.speaker, item.carried.speaker_id, item.carried.speaker_span
        mention, confidence = item.carried.speaker_mention, item.carried.confidence * 0.9
        cue_span = cue_span or item.carried.cue_span
    elif item.speaker is not None:
        guess = index.speaker_for(field_, *item.speaker)
        mention, speaker_id, candidates = guess.mention, guess.entity_id, guess.candidates
        confidence = round(min(item.score, guess.confidence), 3)
        speaker = guess.name or (None if guess.candidates or _is_pronoun(guess.mention) else guess.mention)
    return Attribution(
        kind=item.kind,
        content=_joined(text, pieces),
        content_span=pieces,
        where=field_.where,
        speaker=speaker,
        speaker_id=speaker_id,
        speaker_mention=mention,
        speaker_span=speaker_span,
        cue=text[cue_span[0] : cue_span[1]] if cue_span else None,
        cue_span=cue_span,
        addressee=text[item.addressee[0] : item.addressee[1]] if item.addressee else None,
        addressee_span=item.addressee,
        confidence=confidence,
        candidates=candidates,
        method=item.method,
        act=act_in_text(field_.doc, field_.text, item.cue, item.speaker, item.kind, item.cue_class, item.carried),
    )


def _is_pronoun(text: str) -> bool:
    return text.lower() in {"he", "she", "they", "it", "him", "her", "them", "we", "i", "you"}


def _pieces(text: str, item: Found) -> tuple[CharSpan, ...]:
    """The content's pieces: its parts where the text interrupts it, else the one span."""
    parts = tuple(p for p in (_trim(text, part) for part in item.parts) if p[0] < p[1]) if len(item.parts) > 1 else ()
    return parts or (_trim(text, item.content),)


def _joined(text: str, pieces: tuple[CharSpan, ...]) -> str:
    """The words of a content, its pieces joined by an ellipsis where the text interrupts it."""
    return " … ".join(text[start:end] for start, end in pieces)


def _trim(text: str, span: CharSpan) -> CharSpan:
    start, end = span
    while start < end and text[start] in " \n\t":
        start += 1
    while end > start and text[end - 1] in " \n\t.":
        end -= 1
    return start, end
