"""Authors of an HTML page as a clean list of people, with news agencies apart.

Sources in order of trust: the story's JSON-LD ``author``, author meta tags, author microdata, then
the byline the page prints. Every value goes through the byline cleaner: no "By", no roles or
credentials, no publisher names or domains, no dates, no joined strings.
"""

from __future__ import annotations

import re
from typing import Any

from newsdesk.stages.bylines import clean_author, is_agency, looks_like_name
from newsdesk.stages.metadata.sources import Sources, clean_text, ld_types
from newsdesk.vocab.bylines import AGENCY_SUFFIXES, CREDENTIALS

__all__ = ["Authors", "choose_authors", "split_names"]

Authors = tuple[tuple[str, ...], tuple[str, ...], str]  # (authors, agencies, where found)

_LIST_REPR = re.compile(r"""^\s*\[\s*['"]""")
_QUOTED = re.compile(r"""['"]([^'"]+)['"]""")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|co|uk|io|news|tv|gov|edu|in|au|ca)\b", re.IGNORECASE)
_SUFFIX = re.compile(
    r"\s+(?:" + "|".join(re.escape(a) for a in sorted(AGENCY_SUFFIXES, key=len, reverse=True)) + r")\s*$", re.IGNORECASE
)
_META_NAMES = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
    "cxenseparse:author",
)
_MAX_AUTHORS = 12
_AUTHOR_LINKS_TAKEN = 2  # links to author pages beyond the first ones belong to other stories
_GLUED_BY = re.compile(r"^[Bb]y(?=[A-Z])")
_GLUED_STAMP = re.compile(r"(?<=[a-z])(?=(?:Published|Updated|Posted)\b)")
_STAMP = re.compile(
    r"(?i)\b(?:published|updated|posted|last updated|modified)\b|\b\d+\s*min(?:ute)?s?\s+read\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}[:/.]\d{2}\b|\b(?:19|20)\d{2}\b"
)
_PARTS = re.compile(r"\s*(?:,|;|\||•|·|\band\b|&|\bwith\b)\s*", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "del", "la", "le", "di", "du", "bin", "al", "el", "y"})


def _fold(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def split_names(value: str) -> list[str]:
    """The names in one author value: a list written as a string ("['A', 'B']") is unpacked."""
    if _LIST_REPR.match(value):
        return [m.strip() for m in _QUOTED.findall(value) if m.strip()]
    return [value]


def _strip_tail(name: str) -> tuple[str, str | None]:
    """A name without a credential list ("Jane Doe MS, RDN") or an agency run into it ("John
    O'Connor The Associated Press"); returns the name and the agency, if one was cut."""
    agency = None
    if found := _SUFFIX.search(name):
        agency, name = found.group(0).strip(), name[: found.start()]
    words = name.split()
    while len(words) > 2 and words[-1].strip(".,").upper() in CREDENTIALS:
        words.pop()
    return " ".join(words), agency


def _is_publisher(part: str, publisher: str | None, domain: str | None) -> bool:
    folded = _fold(part)
    if not folded:
        return True
    if _DOMAIN.search(part):
        return True
    for name in (publisher, domain):
        if name and (folded == _fold(name) or folded == _fold(name).removeprefix("the")):
            return True
    return False


def _precut(value: str) -> str:
    """An author value without what pages run into it: a date or time, "Published:", "Updated",
    "3 min read", a glued "By" ("ByJane Doe")."""
    text = _GLUED_STAMP.sub(" ", _GLUED_BY.sub("", value.strip()))
    text = _STAMP.split(text, maxsplit=1)[0]
    return text.strip(" ,|:-–—")


def _acceptable(name: str, sole: bool) -> bool:
    """A cleaned part that is a person's name (two to five capitalised words), or the one name
    an author field holds (a pen name, an organisation that signs)."""
    if _DIGIT.search(name) or not name[:1].isupper():
        return False
    if looks_like_name(name):
        return True
    words = name.split()
    return sole and len(words) <= 4 and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def _clean(values: list[str], publisher: str | None, domain: str | None) -> tuple[list[str], list[str]]:
    """Authors and agencies from raw author values."""
    authors: list[str] = []
    agencies: list[str] = []
    for value in values:
        for raw in split_names(value):
            parts = [p.strip() for p in _PARTS.split(_precut(raw)) if p and p.strip()]
            for part in parts:
                part, agency = _strip_tail(part)
                if agency:
                    agencies.append(agency)
                if is_agency(part):
                    agencies.append(part)
                    continue
                name = clean_author(part)
                if not name or name.strip(".,").upper() in CREDENTIALS or _is_publisher(name, publisher, domain):
                    continue
                if _acceptable(name, sole=len(parts) == 1) and _fold(name) not in map(_fold, authors):
                    authors.append(name)
    return authors[:_MAX_AUTHORS], list(dict.fromkeys(agencies))


def _ld_values(item: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Names of people and of organisations in a JSON-LD author field."""
    raw = item.get("author") or item.get("creator") or []
    raw = raw if isinstance(raw, list) else [raw]
    people: list[str] = []
    organisations: list[str] = []
    for entry in raw:
        if isinstance(entry, dict):
            name = clean_text(entry.get("name"))
            if name:
                (organisations if "organization" in ld_types(entry) else people).append(name)
        elif (name := clean_text(entry)) and not name.startswith("http"):
            people.append(name)
    return people, organisations


def choose_authors(sources: Sources, bylines: tuple[str, ...], publisher: str | None, domain: str | None) -> Authors:
    """Authors, agencies and where they were found. ``bylines`` are the texts of the page's
    byline elements, in page order."""
    people, organisations = _ld_values(sources.article)
    candidates: list[tuple[list[str], str]] = [
        (people, "html:json-ld"),
        ([v for n in _META_NAMES for v in sources.meta.get(n, ()) if not v.startswith("http")], "html:meta"),
        (list(sources.microdata.get("author", ())), "html:microdata"),
        (list(bylines[:3]), "html:byline"),
        (list(dict.fromkeys(sources.author_links))[:_AUTHOR_LINKS_TAKEN], "html:author-link"),
        (organisations, "html:json-ld"),
    ]
    agencies: list[str] = []
    for values, where in candidates:
        if not values:
            continue
        found, found_agencies = _clean([clean_text(v) or "" for v in values], publisher, domain)
        agencies.extend(found_agencies)
        if found:
            return tuple(found), tuple(dict.fromkeys(agencies)), where
    return (), tuple(dict.fromkeys(agencies)), "none" if not agencies else "html:agency"
