"""Bylines to a clean list of authors, with news agencies apart.

"By Jane Doe, Reuters" -> authors ["Jane Doe"], agencies ["Reuters"]; "John Smith and Ana Ruiz,
Political Editors" -> ["John Smith", "Ana Ruiz"]; "Jane Doe in Washington" -> ["Jane Doe"]. A byline
that names only an agency ("By The Associated Press") makes the agency the author of record: it is
both the author and the agency.
Used by both the text path (a byline line) and the HTML path (meta tags, JSON-LD, bylines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.vocab.bylines import AGENCIES, BYLINE_PREFIXES, NOT_A_NAME, OUTLET_WORDS, ROLE_WORDS

__all__ = [
    "Byline",
    "byline_parts",
    "clean_author",
    "is_agency",
    "is_outlet",
    "looks_like_name",
    "parse_byline",
    "without_joint_prefix",
]

_PREFIX = re.compile(
    r"^\s*(?:" + "|".join(re.escape(p) for p in sorted(BYLINE_PREFIXES, key=len, reverse=True)) + r")\b\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_JOINT_PREFIX = re.compile(
    r"^\s*(?:" + "|".join(re.escape(p) for p in BYLINE_PREFIXES if " and " in p) + r")\b\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_HARD_SPLIT = re.compile(r"\s*(?:,|;|\||/|•|·)\s*")
_SOFT_SPLIT = re.compile(r"\s*(?:\band\b|&|\bwith\b)\s*", re.IGNORECASE)
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


def is_outlet(text: str) -> bool:
    """True when a string names a news outlet rather than a person: it starts with "The", holds a
    word of outlets' names ("Financial Times", "Bleacher Report") or is one acronym ("CNN")."""
    raw = _squash(text).split()
    words = [w.lower().strip(".,'’") for w in raw]
    if len(raw) == 1 and raw[0].isupper() and 2 <= len(raw[0]) <= 6:
        return True
    return bool(words) and (words[0] == "the" or any(w in OUTLET_WORDS for w in words))


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


def without_joint_prefix(text: str) -> str:
    """A byline without a prefix that credits two kinds of work ("Story and photos by"), which a
    split at "and" would cut in two."""
    return _JOINT_PREFIX.sub("", text)


def clean_author(text: str) -> str | None:
    """One author string without prefix, role, location, handle or agency; None when nothing of a
    name is left."""
    text = _EMAIL_OR_HANDLE.sub(" ", text)
    text = _PREFIX.sub("", _squash(text))
    text = _LOCATION_TAIL.sub("", text)
    name = _squash(" ".join(_without_roles(text.split())))
    if not name or is_agency(name):
        return None
    if len(name.split()) == 1 and not name[0].isupper():
        return None
    return name.title() if name.isupper() and len(name) > 3 else name


def _is_role(word: str) -> bool:
    return word.lower().strip(".,") in ROLE_WORDS


def _without_roles(words: list[str]) -> list[str]:
    """A name's words without the job title before or after it ("Jane Doe Senior Reporter"); an
    outlet's word right before a role goes with it ("Dave Epstein Globe Staff")."""
    cut_role = False
    while words and _is_role(words[-1]):
        words, cut_role = words[:-1], True
    if cut_role and len(words) > 2 and words[-1].lower() in OUTLET_WORDS:
        words = words[:-1]
    while words and _is_role(words[0]):
        words = words[1:]
    return words


def byline_parts(text: str) -> list[tuple[str, bool]]:
    """The parts of a byline between separators, each with whether it follows a comma or a bar
    (where an outlet's name goes: "Jane Doe, Financial Times") rather than "and"."""
    parts: list[tuple[str, bool]] = []
    for index, piece in enumerate(_HARD_SPLIT.split(text)):
        for position, inner in enumerate(_SOFT_SPLIT.split(piece)):
            if part := _squash(inner):
                parts.append((part, index > 0 and position == 0))
    return parts


def parse_byline(line: str, *, publisher: str | None = None) -> Byline | None:
    """Authors and agencies of a byline line, or None when the line is not a byline."""
    text = _squash(line)
    if not text or len(text) > 160:
        return None
    has_prefix = bool(_PREFIX.match(text))
    body = _PREFIX.sub("", text)
    authors: list[str] = []
    agencies: list[str] = []
    for part, after_comma in byline_parts(body):
        if is_agency(part):
            agencies.append(part)
            continue
        if (publisher and part.lower() == publisher.lower()) or (after_comma and authors and is_outlet(part)):
            continue
        name = clean_author(part)
        if name and (looks_like_name(name) or (has_prefix and name[0].isupper() and len(name.split()) <= 4)):
            if name not in authors:
                authors.append(name)
        elif not _is_role_only(part) and not has_prefix:
            return None  # without "By", one part that is no name means this is no byline
    if not authors and not (has_prefix and agencies):
        return None
    # No reporter named: the agency is the author of record.
    return Byline(tuple(authors or agencies), tuple(agencies))


def _is_role_only(part: str) -> bool:
    words = [w.lower().strip(".,") for w in part.split()]
    return bool(words) and all(w in ROLE_WORDS for w in words)
