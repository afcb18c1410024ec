"""Speakers named by the page's layout rather than by a verb: transcript labels and signed quotes.

    PENCE: Well, the question really should be ...          (a transcript: the label is the speaker)
    “I just hope this campaign gives us a voice.” ― Ana Ruiz  (a signed quote: the name after a dash)

A transcript label counts only where the same label opens at least two paragraphs of the field, so a
one-off "UPDATE:" or "WATCH:" never becomes a speaker. Pure: text in, found attributions out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from newsdesk.vocab.cues import LAYOUT_NON_SPEAKERS

__all__ = ["Printed", "printed_speakers"]

CharSpan = tuple[int, int]
_PARAGRAPH = re.compile(r"[^\n]+")
# A transcript quoted whole may open each line with a quote mark: "PENCE: Well, ...
_LABEL = re.compile(r"[\"“]?(?P<label>[A-Z][A-Z'’.\- ]{0,30}[A-Z.]):[ \t]+(?P<content>\S.*?)[\"”]?")
_SIGNED = re.compile(r"(?P<quote>[“\"].+[”\"])\s*(?P<dash>[―—–]|--)\s*(?P<name>[A-Z][\w.'’\- ]{1,60}?)\s*(?:,[^\n]*)?$")
_MIN_LABEL_USES = 2


@dataclass(frozen=True)
class Printed:
    """A statement whose speaker the layout prints: the speaker, the mark that ties them (the
    colon or the dash) and the content."""

    speaker: CharSpan
    cue: CharSpan
    content: CharSpan


def _lines(text: str) -> Iterator[re.Match[str]]:
    return _PARAGRAPH.finditer(text)


def _transcript(text: str) -> list[Printed]:
    labelled = [(line, m) for line in _lines(text) if (m := _LABEL.fullmatch(line.group())) is not None]
    uses = Counter(m.group("label").strip() for _line, m in labelled)
    found = []
    for line, match in labelled:
        label = match.group("label").strip()
        if uses[label] < _MIN_LABEL_USES or label.rstrip(".") in LAYOUT_NON_SPEAKERS:
            continue
        base = line.start()
        colon = base + match.end("label")
        label_start = base + match.start("label")
        found.append(
            Printed(
                (label_start, label_start + len(label)),
                (colon, colon + 1),
                (base + match.start("content"), base + match.end("content")),
            )
        )
    return found


def _signed(text: str) -> list[Printed]:
    found = []
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


def printed_speakers(text: str) -> list[Printed]:
    """Every transcript line and signed quote of a field's text, in text order."""
    return sorted(_transcript(text) + _signed(text), key=lambda p: p.content)
