"""Speakers named by the page's layout rather than by a verb: transcript labels and signed quotes.

    PENCE: Well, the question really should be ...          (a transcript: the label is the speaker)
    “I just hope this campaign gives us a voice.” ― Ana Ruiz  (a signed quote: the name after a dash)
    Polls missed the turnout - Ana Ruiz: “The samples ...”    (a roundup's item: the name after a dash,
                                                              or "More from Ana Ruiz:", before a colon)
    Ruiz: Bridge will open by spring                         (a headline that opens with who says it)

A transcript label counts only where the same label opens at least two paragraphs of the field, so a
one-off "UPDATE:" or "WATCH:" never becomes a speaker. A speaker's answer may run on over paragraphs
with no label of their own: they are parts of the same statement when the next labelled line (or a
stage direction, "(CROSSTALK)") closes the run, so the last answer never swallows the story that
follows the transcript. Pure: text in, found attributions out.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from newsdesk.model import AttributionKind
from newsdesk.model import Span as CharSpan
from newsdesk.vocab.cues import CREDIT_LABEL_WORDS, HEADLINE_KICKERS, LAYOUT_NON_SPEAKERS

__all__ = ["Printed", "printed_speakers"]

_PARAGRAPH = re.compile(r"[^\n]+")
# A transcript quoted whole may open each line with a quote mark: "PENCE: Well, ...
_LABEL = re.compile(r"[\"“]?(?P<label>[A-Z][A-Z'’.\- ]{0,30}[A-Z.]):[ \t]+(?P<content>\S.*?)[\"”]?")
# A paragraph that goes on with the answer before it, its quote marks left out: "But the truth is ...
_RUN_ON = re.compile(r"[\"“]?(?P<content>\S.*?)[\"”]?")
_STAGE_DIRECTION = re.compile(r"[\"“]?[(\[][^)\]]{1,40}[)\]]\.?[\"”]?")
_MAX_RUN_ON = 6  # paragraphs of one answer; a longer unlabelled run is the story, not the transcript
# The opening mark may be a closing one typed in its place ("”We need jobs.” ― Ana Ruiz").
_SIGNED = re.compile(
    r"(?P<quote>[“\"”].+[”\"])\s*(?P<dash>[―—–]|--)\s*(?P<name>[A-Z][\w.'’\- ]{1,60}?)\s*(?:,[^\n]*)?\.?$"
)
# A quote alone in its paragraph, signed in the next: "“...”" / "- Bernie Sanders." / "—Ana Ruiz, Ohio."
_QUOTE_PARAGRAPH = re.compile(r"[“\"][^“”\"]+[”\"]")
_SIGNATURE = re.compile(r"(?P<dash>[―—–]|--|-)\s*(?P<name>[A-Z][\w.'’\- ]{1,60}?)\s*(?:,[^\n]*)?\.?")
# A pull quote signed on its own line inside the marks: "“...\nDean Baker, Economic Policy Institute.”"
_PULL_QUOTE = re.compile(
    r"^[“\"](?P<quote>[^\n“”\"]+[.!?])\n"
    r"(?P<name>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,4})(?:,[^\n“”\"]*)?\.?(?P<mark>[”\"])$",
    re.MULTILINE,
)
_MIN_LABEL_USES = 2
# A name between a dash (or "More from") and the colon that opens a quote: "... - Carl Bialik: “...”".
_NAME = r"[A-Z][\w.'’\-]*(?: (?:[A-Z][\w.'’\-]*|and|&|of|de|van|von))*"
_ITEM_LABEL = re.compile(r"(?:(?<=[-–—] )|(?<=\bMore from ))(?P<name>" + _NAME + r"):[ \t]*(?P<mark>[“\"])")
_CLOSING = {"“": "”", '"': '"'}
# A headline's speaker label: "Ruiz:", "Sen. Ana Ruiz:", "Ruiz camp:" (a few words, the first capitalised).
# The claim opens with a capital or a quote mark: "Mayor Diaz: a profile of ..." is a subtitle.
_HEADLINE = re.compile(r"(?P<label>[A-Z][\w.'’\-]*(?: [\w.'’\-]+){0,2}):[ \t]+(?P<content>[A-Z“‘\"'].*?)\s*")
_HEADLINE_WORDS = 25  # a headline, not a paragraph after a dateline ("LONDON: The prime minister ...")
_ARTICLES = {"The", "A", "An"}  # "The Latest:", "A lesson from ...:": a column or a title, not a speaker
_OPENING_MARKS = "“‘\"'"
_CLOSING_MARKS = "”’\"'"


@dataclass(frozen=True)
class Printed:
    """A statement whose speaker the layout prints: the speaker, the mark that ties them (the
    colon or the dash) and the content."""

    speaker: CharSpan
    cue: CharSpan
    content: CharSpan
    parts: tuple[CharSpan, ...] = ()  # the paragraphs of an answer that runs on, when it does
    kind: AttributionKind = "direct"  # what the layout prints verbatim; a headline's claim may be indirect


def _lines(text: str) -> Iterator[re.Match[str]]:
    return _PARAGRAPH.finditer(text)


def _speaking(match: re.Match[str] | None, uses: Counter[str]) -> bool:
    """A line whose label names a speaker: one that recurs and is no heading ("UPDATE:")."""
    if match is None:
        return False
    label = match.group("label").strip()
    return uses[label] >= _MIN_LABEL_USES and label.rstrip(".") not in LAYOUT_NON_SPEAKERS


def _run_on(
    lines: list[re.Match[str]], labels: list[re.Match[str] | None], uses: Counter[str], at: int
) -> list[CharSpan]:
    """The unlabelled paragraphs after the labelled line ``at`` that go on with its answer: all of
    them, when the next speaking line or a stage direction ends the run; none otherwise."""
    parts: list[CharSpan] = []
    for line, match in zip(lines[at + 1 : at + 2 + _MAX_RUN_ON], labels[at + 1 : at + 2 + _MAX_RUN_ON], strict=False):
        if _speaking(match, uses) or _STAGE_DIRECTION.fullmatch(line.group().strip()):
            return parts
        if match is not None:
            return []  # another label ("UPDATE:"): the transcript has ended
        inner = _RUN_ON.fullmatch(line.group().strip())
        if inner is None:
            return []
        offset = line.start() + len(line.group()) - len(line.group().lstrip())
        parts.append((offset + inner.start("content"), offset + inner.end("content")))
    return []


def _transcript(text: str) -> list[Printed]:
    lines = list(_lines(text))
    labels = [_LABEL.fullmatch(line.group()) for line in lines]
    uses = Counter(m.group("label").strip() for m in labels if m is not None)
    found = []
    for at, (line, match) in enumerate(zip(lines, labels, strict=True)):
        if match is None or not _speaking(match, uses):
            continue
        label = match.group("label").strip()
        base = line.start()
        colon = base + match.end("label")
        label_start = base + match.start("label")
        first = (base + match.start("content"), base + match.end("content"))
        more = _run_on(lines, labels, uses, at)
        found.append(
            Printed(
                (label_start, label_start + len(label)),
                (colon, colon + 1),
                (first[0], more[-1][1]) if more else first,
                (first, *more) if more else (),
            )
        )
    return found


def _signed_below(text: str) -> list[Printed]:
    """Quotes alone in their paragraph whose next paragraph is only a dash and a name."""
    lines = list(_lines(text))
    found = []
    for line, below in itertools.pairwise(lines):
        quote, signature = line.group().strip(), below.group().strip()
        match = _SIGNATURE.fullmatch(signature)
        if match is None or _QUOTE_PARAGRAPH.fullmatch(quote) is None:
            continue
        start = line.start() + len(line.group()) - len(line.group().lstrip())
        at = below.start() + len(below.group()) - len(below.group().lstrip())
        found.append(
            Printed(
                (at + match.start("name"), at + match.end("name")),
                (at + match.start("dash"), at + match.end("dash")),
                (start + 1, start + len(quote) - 1),
            )
        )
    return found


def _pull_quotes(text: str) -> list[Printed]:
    """Pull quotes whose last line, inside the marks, is the speaker's name (an embed flattened)."""
    found = []
    for match in _PULL_QUOTE.finditer(text):
        start, end = match.span("name")
        end -= text[end - 1] == "."  # the signature's full stop: "Donald Trump."
        found.append(Printed((start, end), match.span("mark"), match.span("quote")))
    return found


def _signed(text: str) -> list[Printed]:
    found = _signed_below(text) + _pull_quotes(text)
    for line in _lines(text):
        match = _SIGNED.fullmatch(line.group().strip())
        if match is None:
            continue
        base = line.start() + (len(line.group()) - len(line.group().lstrip()))
        found.append(
            Printed(
                (base + match.start("name"), base + match.end("name")),
                (base + match.start("dash"), base + match.end("dash")),
                (base + match.start("quote") + 1, base + match.end("quote") - 1),
            )
        )
    return found


def _item_labels(text: str) -> list[Printed]:
    """Roundup items that name the writer they quote between a dash and a colon: the quote runs to
    its closing mark, or to the end of its paragraph."""
    found = []
    for line in _lines(text):
        for match in _ITEM_LABEL.finditer(text, line.start(), line.end()):
            start = match.end("mark")
            close = text.find(_CLOSING[match.group("mark")], start, line.end())
            end = close if close >= 0 else line.end()
            if text[start:end].strip():
                colon = match.end("name")
                found.append(Printed((match.start("name"), colon), (colon, colon + 1), (start, end)))
    return found


def _headline_speaker(text: str) -> list[Printed]:
    """The headline convention "Speaker: what they say" ("Ruiz: Bridge will open by spring",
    "Sen. Ruiz: ‘We will not back down’") in a field's first paragraph: a label of one to three
    words, the first capitalised, before a claim of a headline's length that opens with a capital
    or a quote mark ("Mayor Diaz: a profile of the candidate" is a subtitle). A label in capitals
    ("LONDON:", "BREAKING:"), with a figure ("2016 Race:"), opening with an article ("The Latest:")
    or a kicker ("Watch:", "Revealed:") names no speaker, nor does a picture's credit ("Image
    Credits: Getty Images", "Photo: Reuters")."""
    first = next(_lines(text), None)
    if first is None:
        return []
    line = first.group()
    match = _HEADLINE.fullmatch(line)
    if match is None or len(match.group("content").split()) > _HEADLINE_WORDS:
        return []
    label = match.group("label")
    if label.isupper() or any(c.isdigit() for c in label) or label.split()[0] in _ARTICLES:
        return []
    if label.upper() in LAYOUT_NON_SPEAKERS or label.upper() in HEADLINE_KICKERS:
        return []
    if label.split()[0].lower() in CREDIT_LABEL_WORDS:  # "Image Credits: Getty Images": a credit
        return []
    base = first.start()
    colon = base + match.end("label")
    content = (base + match.start("content"), base + match.end("content"))
    claim = match.group("content").rstrip(".")
    return [Printed((base, colon), (colon, colon + 1), content, kind=_claim_kind(claim))]


def _claim_kind(claim: str) -> AttributionKind:
    """Direct when the whole claim is in quote marks, mixed when part of it is, else indirect."""
    if claim[:1] in _OPENING_MARKS and claim[-1:] in _CLOSING_MARKS:
        return "direct"
    return "mixed" if any(mark in claim for mark in '“"‘') else "indirect"


def printed_speakers(text: str) -> list[Printed]:
    """Every transcript line, signed quote, roundup item and headline label of a field's text, in
    text order."""
    found = _transcript(text) + _signed(text) + _item_labels(text)
    headline = [h for h in _headline_speaker(text) if not any(_overlap(h.content, p.content) for p in found)]
    return sorted(found + headline, key=lambda p: p.content)


def _overlap(one: CharSpan, other: CharSpan) -> bool:
    return one[0] < other[1] and other[0] < one[1]
