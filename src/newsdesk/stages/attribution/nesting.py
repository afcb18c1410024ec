"""Reports found inside another report's content: which are statements of their own.

    Ruiz said [the council agreed that the bridge was unsafe].      a report inside a report
    Ruiz said [the plan was sound], adding that it was cheap.        a further statement, no nesting
    Ruiz said “[the plan is sound],” she insisted.                   a quote with its own verb

A report inside what someone said ("said the council agreed ...", "said she asked for the
meeting", "noted that Trump has mocked ...") is part of what they said: news prose reports the
speaker's claim, not a second statement of the council's, and a reader (as PolNeAR's annotators
do, seven times in ten) takes it as one statement. Two kinds inside stay: a verb of saying whose
content is a quote (its words are spoken, whoever reports them), and a further statement of the
same speaker that the parser hung inside the first ("..., adding that ...", "... and mentioned
..."): that one ends the outer content where it begins. Pure: frames in, frames out.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from newsdesk.model import Span as CharSpan
from newsdesk.stages.attribution.experience import lived_through
from newsdesk.stages.attribution.frames import Frame
from newsdesk.stages.attribution.generic import advice_to_anyone
from newsdesk.stages.attribution.minds import holds_no_view, readers_supposition
from newsdesk.stages.attribution.non_reports import reports_nothing

__all__ = ["own_statements"]

_SPOKEN = {"speech", "written"}
_CLOSING_MARKS = {"”", "’", '"', "'", "''"}
_JOINING_WORDS = {"and", "but", "while", "then"}


def own_statements(frames: list[Frame], doc: Doc, quoted: bytearray) -> list[Frame]:
    """The frames that are statements of their own: those inside no other frame's content, a
    quote's own verb of saying, and a further statement of an outer frame's speaker, which cuts
    that outer frame's content where it begins. A frame that reports nothing (``non_reports``:
    "her remarks [on Monday]") is no statement and holds none, so it goes first. A belief or
    intention of a thing (``minds``: "the empty mills will see [a revival as studios]") is none
    either, nor is what a firm went through (``experience``: "the carmaker saw [buyers leave]"), but
    what they hold stays part of them, so they go last. ``quoted`` marks the characters
    inside quote marks."""
    frames = [f for f in frames if not reports_nothing(f, doc)]
    cuts: dict[int, int] = {}
    kept: list[int] = []
    for n, frame in enumerate(frames):
        outer = [m for m, o in enumerate(frames) if m != n and _holds(o, frame) and not _tangled(frame, o)]
        if not outer or (frame.cue_class in _SPOKEN and _is_quoted(frame.content, doc.text, quoted)):
            kept.append(n)
            continue
        if frame.cue_class in _SPOKEN and _own_clause(frame, doc):
            kept.append(n)
            continue
        if frame.cue_class in _SPOKEN and _goes_on_with(frame, [frames[m] for m in outer], doc):
            kept.append(n)
            start = _clause_start(frame, doc)
            for m in outer:
                if frames[m].cue[1] <= start:
                    cuts[m] = min(cuts.get(m, start), start)
    out = []
    for n in kept:
        frame = frames[n]
        if _no_ones_view(frame, doc, quoted):
            continue
        content = _cut(frame.content, cuts[n], doc.text) if n in cuts else frame.content
        if content is not None:
            out.append(dataclasses.replace(frame, content=content) if content != frame.content else frame)
    return out


def _no_ones_view(frame: Frame, doc: Doc, quoted: bytearray) -> bool:
    """A view of a thing, of the reader, of anyone advised, or what a firm went through."""
    if holds_no_view(frame, doc) or readers_supposition(frame, doc, quoted) or lived_through(frame, doc):
        return True
    return not quoted[frame.cue[0]] and advice_to_anyone(frame, doc)


def _holds(outer: Frame, inner: Frame) -> bool:
    """Whether a frame's content holds another's cue."""
    return outer.content[0] <= inner.cue[0] < outer.content[1]


def _tangled(frame: Frame, outer: Frame) -> bool:
    """Two frames that hold each other's cues are one sentence the parser tangled ("Y, Lee said,
    which he is expected to win": the hearsay's content runs over "Lee said", and Lee's over "is
    expected"): a verb of saying stays a statement of its own there, unless the other is a verb of
    saying after it. "X said Y, according to Z" and "X said Y, the paper reported" are Z's and the
    paper's reports, and X's words are part of them."""
    if frame.cue_class not in _SPOKEN or not _holds(frame, outer):
        return False
    return outer.cue_class not in _SPOKEN or outer.cue[0] < frame.cue[0]


def _is_quoted(content: CharSpan, text: str, quoted: bytearray) -> bool:
    """Nine tenths of the content's letters inside quote marks: the words of a quote."""
    letters = [i for i in range(*content) if text[i].isalnum()]
    return bool(letters) and sum(quoted[i] for i in letters) >= 0.9 * len(letters)


def _own_clause(frame: Frame, doc: Doc) -> bool:
    """A verb of saying with a subject of its own in a clause joined to the report rather than
    inside it: after "and" ("said the builders arrived late and [the foreman urged ...]") or
    after a word of time or cause ("said he had not spoken to him [since his campaign accused
    ...]"). The story tells that statement as a fact of its own; a report that is what the
    speaker claims ("said [the council agreed ...]"), or one in a relative clause or a purpose,
    is a detail of what was said."""
    verb = doc[frame.cue_token]
    if not any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children):
        return False
    marked = verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)
    return verb.dep_ == "conj" or marked


def _goes_on_with(frame: Frame, outer: list[Frame], doc: Doc) -> bool:
    """A verb of saying after the outer cues, with an outer frame's own speaker, that opens a
    further statement: a participle after a comma ("said ..., adding that ...") or a verb joined by
    "and" ("said ... and mentioned ..."), with no subject of its own. Not one spoken of ("said the
    mayor told her ..."), nor what a report is about ("called on the council to ask ...", "wants
    to attack the tax")."""
    if any(frame.cue[0] < o.cue[0] for o in outer) or frame.speaker is None:
        return False
    if not any(frame.speaker == o.speaker for o in outer):
        return False
    verb = doc[frame.cue_token]
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children) or verb.left_edge.i == 0:
        return False
    at = verb.left_edge.i - 1
    while at > 0 and doc[at].text in _CLOSING_MARKS and doc[at - 1].text == ",":
        at -= 1  # 'together," suggesting': the comma is inside the quote
    before = doc[at]
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and before.text == ","
    joined = verb.dep_ == "conj" and (before.lower_ in _JOINING_WORDS or before.text == ",")
    return participle or joined


def _clause_start(frame: Frame, doc: Doc) -> int:
    """Where a further statement's clause begins: the leftmost word its verb governs ("[specifically]
    mentioned", "[adding]")."""
    return int(doc[frame.cue_token].left_edge.idx)


def _cut(content: CharSpan, end: int, text: str) -> CharSpan | None:
    """A content ended before ``end``, without the comma or joining word left dangling."""
    start = content[0]
    words = text[start:end].rstrip(" ,;:\n\t-—–").split(" ")
    while words and words[-1].lower().strip(",") in _JOINING_WORDS:
        words.pop()
    kept = " ".join(words).rstrip(" ,;:\n\t-—–")
    return (start, start + len(kept)) if any(c.isalnum() for c in kept) else None
