"""Contents that their own cue and speaker interrupt: "An ambassador's job, [he said], should be to
...", "The plan, [Ruiz argued], had never been costed". What was said is the words around the
report, not the report itself: the content is given in pieces, as a quote interrupted by "he said"
is. Pure: spans in, spans out."""

from __future__ import annotations

from newsdesk.model import Span as CharSpan

__all__ = ["around_own_words"]

_JOINERS = " \t\n,;:—–-"


def around_own_words(text: str, content: CharSpan, cue: CharSpan, speaker: CharSpan | None) -> tuple[CharSpan, ...]:
    """The pieces of a content around its own cue and speaker where they lie inside it (with the
    commas and dashes that set them off); () when neither does, so the content stays whole. A
    report with no speaker keeps its cue inside ("Officials [were said to] have met ..."): hearsay
    reads as one clause."""
    if speaker is None:
        return ()
    start, end = content
    holes = sorted(span for span in (cue, speaker) if start <= span[0] and span[1] <= end)
    if not holes:
        return ()
    pieces = []
    at = start
    for hole_start, hole_end in _merged(holes):
        pieces.append((at, _back_over_joiners(text, hole_start, at)))
        at = _on_over_joiners(text, hole_end, end)
    pieces.append((at, end))
    kept = tuple((a, b) for a, b in pieces if any(c.isalnum() for c in text[a:b]))
    return kept if len(kept) > 1 else ()


def _merged(holes: list[CharSpan]) -> list[CharSpan]:
    """Holes next to each other ("he said" and "said" make one "he said")."""
    merged: list[CharSpan] = []
    for start, end in holes:
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _back_over_joiners(text: str, at: int, floor: int) -> int:
    while at > floor and text[at - 1] in _JOINERS:
        at -= 1
    return at


def _on_over_joiners(text: str, at: int, ceiling: int) -> int:
    while at < ceiling and text[at] in _JOINERS:
        at += 1
    return at
