"""Bylines to a clean list of authors, with news agencies apart.

"By Jane Doe, Reuters" -> authors ["Jane Doe"], agencies ["Reuters"]; "John Smith and Ana Ruiz,
Political Editors" -> ["John Smith", "Ana Ruiz"]; "Jane Doe in Washington" -> ["Jane Doe"].
Used by both the text path (a byline line) and the HTML path (meta tags, JSON-LD, bylines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.vocab.bylines import AGENCIES, BYLINE_PREFIXES, NOT_A_NAME, ROLE_WORDS

__all__ = ["Byline", "clean_author", "is_agency", "looks_like_name", "parse_byline"]

_PREFIX = re.compile(
    r"^\s*(?:" + "|".join(re.escape(p) for p in sorted(BYLINE_PREFIXES, key=len, reverse=True)) + r")\b\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|;|\||/|•|·|\band\b|&|\bwith\b)\s*", re.IGNORECASE)
_LOCATION_TAIL = re.compile(r"\s+(?:in|at|from)\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}\s*$")
_NAME_TOKEN = re.compile(
    r"^(?:[A-Z][\w'’\-]*\.?|[A-Z]\.|(?:de|da|van|von|der|den|del|la|le|di|du|bin|al|el|ibn|y|dos|das)|[A-Z][a-z]*[A-Z][\w'’\-]*)$"
)
_EMAIL_OR_HANDLE = re.compile(r"\S+@\S+|@\w+|https?://\S+")
_DATE_LIKE = re.compile(r"\d")


@dataclass(frozen=True)
class Byline:
    authors: tuple[str, ...]
    agencies: tuple[str, ...]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip(" \t,;:|-–—")


def is_agency(text: str) -> bool:
    """True when a string is a news or picture agency ("Reuters", "The Associated Press")."""
    return _squash(text).lower().rstrip(".") in AGENCIES


def looks_like_name(text: str) -> bool:
    """True when a string has the shape of a person's name: two to five capitalised words, none
    of them a date, a role or a common sentence word."""
    words = _squash(text).split()
    if not 2 <= len(words) <= 5 or _DATE_LIKE.search(text):
        return False
    if any(w.lower().strip(".,") in NOT_A_NAME for w in words):
        return False
    if not all(_NAME_TOKEN.match(w) for w in words):
        return False
    return sum(1 for w in words if w[0].isupper()) >= 2


def clean_author(text: str) -> str | None:
    """One author string without prefix, role, location, handle or agency; None when nothing of a
    name is left."""
    text = _EMAIL_OR_HANDLE.sub(" ", text)
    text = _PREFIX.sub("", _squash(text))
    text = _LOCATION_TAIL.sub("", text)
    words = text.split()
    while words and words[-1].lower().strip(".,") in ROLE_WORDS:
        words.pop()
    while words and words[0].lower().strip(".,") in ROLE_WORDS:
        words.pop(0)
    name = _squash(" ".join(words))
    if not name or is_agency(name):
        return None
    if len(name.split()) == 1 and not name[0].isupper():
        return None
    return name.title() if name.isupper() and len(name) > 3 else name


def parse_byline(line: str, *, publisher: str | None = None) -> Byline | None:
    """Authors and agencies of a byline line, or None when the line is not a byline."""
    text = _squash(line)
    if not text or len(text) > 160:
        return None
    has_prefix = bool(_PREFIX.match(text))
    body = _PREFIX.sub("", text)
    authors: list[str] = []
    agencies: list[str] = []
    for part in _SPLIT.split(body):
        part = _squash(part)
        if not part:
            continue
        if is_agency(part):
            agencies.append(part)
            continue
        if publisher and part.lower() == publisher.lower():
            continue
        name = clean_author(part)
        if name and (looks_like_name(name) or (has_prefix and name[0].isupper() and len(name.split()) <= 4)):
            if name not in authors:
                authors.append(name)
        elif not _is_role_only(part) and not has_prefix:
            return None  # without "By", one part that is no name means this is no byline
    if not authors and not (has_prefix and agencies):
        return None
    return Byline(tuple(authors), tuple(agencies))


def _is_role_only(part: str) -> bool:
    words = [w.lower().strip(".,") for w in part.split()]
    return bool(words) and all(w in ROLE_WORDS for w in words)
