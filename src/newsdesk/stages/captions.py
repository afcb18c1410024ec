"""Image captions and their credits.

"Crowds outside the court (PA) (PA Archive)" -> caption "Crowds outside the court", credits
["PA", "PA Archive"]; "Crowds outside the court. Photograph: Jane Doe/Reuters" -> credits
["Jane Doe", "Reuters"]. The same caption printed twice with different credits is one image.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsdesk.vocab.bylines import AGENCIES, CREDIT_PREFIXES

__all__ = ["Caption", "merge_captions", "read_caption", "split_credits"]

_CREDIT_WORD = "|".join(re.escape(p) for p in sorted(CREDIT_PREFIXES, key=len, reverse=True))
_TRAILING_PAREN = re.compile(r"\s*\(([^()]{1,60})\)\s*$")
_LABELLED = re.compile(rf"(?:^|[\s.|,;–—-])(?:{_CREDIT_WORD})\s*:\s*(?P<credit>[^:]{{1,80}})$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"\s*(?:©|\(c\))\s*(?P<credit>[^©]{1,80})$")
_CREDIT_SPLIT = re.compile(r"\s*(?:/|\bvia\b|;|,)\s*")
_CAPTION_LABEL = re.compile(r"^(?:image|photo|picture|video)?\s*caption\s*[,:]\s*", re.IGNORECASE)
_CREDIT_LINE = re.compile(
    rf"^(?:image|photo|picture)\s+(?:source|credit)\s*[,:]\s*(?P<credit>.{{1,80}})$|^(?:{_CREDIT_WORD})\s*:\s*(?P<credit2>.{{1,80}})$",
    re.IGNORECASE,
)
_SENTENCE_WORDS = re.compile(r"\b(is|was|are|were|has|have|said|says|will|the|of|to|in|on)\b")


@dataclass(frozen=True)
class Caption:
    text: str
    credits: tuple[str, ...]


def _is_credit(text: str) -> bool:
    """A parenthesised credit is short, capitalised and no clause of its own."""
    text = text.strip()
    label = re.sub(rf"^(?:{_CREDIT_WORD})\s*:\s*", "", text, flags=re.IGNORECASE)
    if label != text:
        return True
    words = text.split()
    if not words or len(words) > 6 or not text[0].isupper():
        return False
    if text.lower() in AGENCIES:
        return True
    return not _SENTENCE_WORDS.search(text.lower()) or " via " in f" {text.lower()} "


def _credit_parts(credit: str) -> list[str]:
    credit = re.sub(rf"^(?:{_CREDIT_WORD})\s*:\s*", "", credit.strip(), flags=re.IGNORECASE)
    return [c.strip(" .") for c in _CREDIT_SPLIT.split(credit) if c.strip(" .")]


def split_credits(line: str) -> Caption | None:
    """The caption text and its credits, or None when the line carries no credit."""
    text, credits = line.strip(), list[str]()
    while (found := _TRAILING_PAREN.search(text)) and _is_credit(found.group(1)):
        credits.insert(0, found.group(1).strip())
        text = text[: found.start()].rstrip()
    if not credits:
        for pattern in (_LABELLED, _COPYRIGHT):
            if found := pattern.search(text):
                credits = [found.group("credit")]
                text = text[: found.start()].rstrip(" |,;–—-")
                break
    if not credits or not text:
        return None
    parts = [part for credit in credits for part in _credit_parts(credit)]
    return Caption(text.rstrip(), tuple(dict.fromkeys(parts)))


def read_caption(line: str) -> Caption | None:
    """A caption line in any of the shapes pages print: text with credits, "Image caption, text",
    or a credit alone ("Image source, Getty Images": a Caption with empty text). None otherwise."""
    text = line.strip()
    if found := _CREDIT_LINE.match(text):
        credit = found.group("credit") or found.group("credit2")
        return Caption("", tuple(_credit_parts(credit)))
    labelled = _CAPTION_LABEL.sub("", text)
    if labelled != text and labelled:
        return split_credits(labelled) or Caption(labelled, ())
    return split_credits(text)


def merge_captions(captions: Iterable[Caption]) -> list[Caption]:
    """One caption per distinct text, in first-seen order, with every credit any copy carried.
    A credit printed alone joins the caption before it (or, at the start, the one after)."""
    merged: dict[str, Caption] = {}
    pending: tuple[str, ...] = ()
    for caption in captions:
        if not caption.text:
            if merged:
                key = next(reversed(merged))
                merged[key] = Caption(merged[key].text, tuple(dict.fromkeys(merged[key].credits + caption.credits)))
            else:
                pending += caption.credits
            continue
        if pending:
            caption, pending = Caption(caption.text, tuple(dict.fromkeys(pending + caption.credits))), ()
        key = re.sub(r"\W+", " ", caption.text).strip().lower()
        seen = merged.get(key)
        credits = (seen.credits if seen else ()) + caption.credits
        merged[key] = Caption(seen.text if seen else caption.text, tuple(dict.fromkeys(credits)))
    return list(merged.values())
