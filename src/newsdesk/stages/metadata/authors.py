"""Authors of an HTML page as a clean list of people, with news agencies apart.

Sources in order of trust: the story's JSON-LD ``author``, author meta tags, author microdata, the
bylines the page prints (nearest the story first), then links to author pages and JSON-LD
organisations. Every value goes through the byline cleaner: no "By", no roles or credentials, no
publisher or outlet names, no dates, no joined strings. People the page names as contributors,
reviewers or photographers ("Contributions from", "Photography by") are not authors. A byline that
names only an agency makes the agency the author of record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from newsdesk.stages.bylines import (
    byline_parts,
    clean_author,
    is_agency,
    is_outlet,
    looks_like_name,
    without_joint_prefix,
)
from newsdesk.stages.metadata.sources import Sources, clean_text, ld_types
from newsdesk.vocab.bylines import AGENCY_SUFFIXES, CREDENTIALS, NOT_A_NAME, NOT_AUTHOR_LABELS, ROLE_WORDS

__all__ = ["Authors", "choose_authors", "credited_names", "not_author_names", "split_names"]

Authors = tuple[tuple[str, ...], tuple[str, ...], str]  # (authors, agencies, where found)
_Candidate = tuple[list[str], str, bool]  # values, where found, printed on the page (not metadata)

_LIST_REPR = re.compile(r"""^\s*\[\s*['"]""")
_QUOTED = re.compile(r"""['"]([^'"]+)['"]""")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|co|uk|io|news|tv|gov|edu|in|au|ca)\b", re.IGNORECASE)
_SUFFIX = re.compile(
    r"\s+(?:" + "|".join(re.escape(a) for a in sorted(AGENCY_SUFFIXES, key=len, reverse=True)) + r")\s*$", re.IGNORECASE
)
# A label may run into the name when a page prints them in spans with no space between
# ("Contributions fromMegan Garside").
_NOT_AUTHOR = re.compile(
    r"^\s*(?i:"
    + "|".join(re.escape(label) for label in sorted(NOT_AUTHOR_LABELS, key=len, reverse=True))
    + r")(?:\b|(?=[A-Z]))\s*:?\s*"
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
_BYLINES_TAKEN = 3  # printed bylines tried, nearest the story first
_AUTHOR_LINKS_TAKEN = 2  # links to author pages beyond the first ones belong to other stories
_GLUED_BY = re.compile(r"^[Bb]y(?=[A-Z])")
_SAYS_BY = re.compile(r"^\s*by\b", re.IGNORECASE)
_GLUED_STAMP = re.compile(r"(?<=[a-z])(?=(?:Published|Updated|Posted)\b)")
_TOLD_TO = re.compile(r"\bas told to\b", re.IGNORECASE)
_STAMP = re.compile(
    r"(?i)\b(?:published|updated|posted|last updated|modified)\b|\b\d+\s*min(?:ute)?s?\s+read\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}[:/.]\d{2}\b|\b(?:19|20)\d{2}\b"
)
_TRAILING_LINK_WORD = re.compile(r"\s+(?:on|at|in)\s*$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_CONNECTORS = frozenset(
    {"de", "da", "van", "von", "der", "den", "del", "la", "le", "di", "du", "bin", "al", "el", "y", "of", "for"}
)


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
    "3 min read", a glued "By" ("ByJane Doe"); of "A as told to B", the writer B."""
    # (a joint credit goes before the names are split: "Story and photos by A" is no "Story" and "A")
    text = without_joint_prefix(_GLUED_STAMP.sub(" ", _GLUED_BY.sub("", value.strip())))
    text = _TOLD_TO.split(text)[-1]
    text = _STAMP.split(text, maxsplit=1)[0]
    return _TRAILING_LINK_WORD.sub("", text.strip(" ,|:-–—")).strip(" ,|:-–—")


def _acceptable(name: str, sole: bool, needs_by: bool) -> bool:
    """A cleaned part that is a person's name (two to five capitalised words), or the one name
    an author field holds (a pen name, an institution that signs). A single word printed on the
    page counts only after "By": buttons and labels ("Follow", "Medium") are single words too."""
    if _DIGIT.search(name) or not name[:1].isupper():
        return False
    if looks_like_name(name):
        return True
    words = name.split()
    if needs_by and len(words) == 1:
        return False
    return sole and len(words) <= 4 and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)


def _clean(
    values: Iterable[str], publisher: str | None, domain: str | None, printed: bool
) -> tuple[list[str], list[str]]:
    """Authors and agencies from raw author values."""
    authors: list[str] = []
    agencies: list[str] = []
    for value in values:
        for raw in split_names(value):
            if _NOT_AUTHOR.match(raw) or raw.lstrip()[:1] in (",", "|"):
                continue  # a contributor's credit, or an outlet with no person before it
            parts = byline_parts(_precut(raw))
            needs_by = printed and not _SAYS_BY.match(raw)
            for part, after_comma in parts:
                part, agency = _strip_tail(part)
                if agency:
                    agencies.append(agency)
                if is_agency(part):
                    agencies.append(part)
                    continue
                if _is_publisher(part, publisher, domain) or (after_comma and authors and is_outlet(part)):
                    continue
                name = clean_author(part)
                if not name or name.strip(".,").upper() in CREDENTIALS or _is_publisher(name, publisher, domain):
                    continue
                if len(name.split()) == 1 < len(_SAYS_BY.sub("", part).split()):
                    continue  # a role phrase cut down to one word ("Contributing Writer", "Slate Staff")
                if _acceptable(name, len(parts) == 1, needs_by) and _fold(name) not in map(_fold, authors):
                    authors.append(name)
    return authors[:_MAX_AUTHORS], list(dict.fromkeys(agencies))


def credited_names(text: str) -> str | None:
    """The names after a credit for other work than writing ("Photography by Stephen Tayo" ->
    "Stephen Tayo"; "" when the label stands alone), or None when the text is no such credit."""
    found = _NOT_AUTHOR.match(text)
    return text[found.end() :].strip() if found else None


def not_author_names(values: Iterable[str]) -> set[str]:
    """Folded names that values credit as contributors, reviewers or photographers ("Photography
    by Stephen Tayo", "Contributions from Megan Garside")."""
    names: set[str] = set()
    for value in values:
        if rest := credited_names(value):
            names.update(_fold(part) for part, _comma in byline_parts(_precut(rest)))
    return names


def _ld_names(entry: Any, by_id: dict[str, dict[str, Any]]) -> tuple[list[str], bool]:
    """The names of one JSON-LD author entry and whether it is an organisation; an entry that
    only refers to a node elsewhere on the page ({"@id": ...}) is looked up."""
    if isinstance(entry, dict):
        if "name" not in entry and isinstance(entry.get("@id"), str):
            entry = by_id.get(entry["@id"], entry)
        raw = entry.get("name")
        names = [name for value in (raw if isinstance(raw, list) else [raw]) if (name := clean_text(value))]
        return names, "organization" in ld_types(entry)
    name = clean_text(entry)
    return ([name] if name and not name.startswith("http") else []), False


def _ld_values(sources: Sources) -> tuple[list[str], list[str]]:
    """Names of people and of organisations in the story's JSON-LD author field."""
    item = sources.article
    raw = item.get("author") or item.get("creator") or []
    by_id = {i["@id"]: i for i in sources.items if isinstance(i.get("@id"), str) and "name" in i}
    people: list[str] = []
    organisations: list[str] = []
    for entry in raw if isinstance(raw, list) else [raw]:
        names, organisation = _ld_names(entry, by_id)
        (organisations if organisation else people).extend(names)
    return people, organisations


def _without(names: list[str], excluded: set[str]) -> list[str]:
    """The names less those excluded, unless that would leave none."""
    kept = [n for n in names if _fold(n) not in excluded]
    return kept or names


def _wider(found: list[str], values: list[str], context: tuple[str | None, str | None, set[str]]) -> list[str]:
    """A later value that names all of the people found and more (a JSON-LD author list that
    keeps only the first of a printed "By A and B"), else the people found."""
    publisher, domain, excluded = context
    chosen = {_fold(n) for n in found}
    for value in values:
        if not _plain_list(value):
            continue
        names = _without(_clean([value], publisher, domain, printed=False)[0], excluded)
        if chosen < {_fold(n) for n in names}:
            return names
    return found


def _plain_list(value: str) -> bool:
    """True when a value reads as a plain list of names ("By A and B, CNN"): no job titles or
    affiliations ("A, Deputy CTO, Thales", "A, National Institute of Allergy and ...")."""
    words = [w.lower().strip(".,:;|") for w in _SAYS_BY.sub("", _precut(value)).split()]
    return not any(w in ROLE_WORDS or w in NOT_A_NAME for w in words if w not in ("and", "&", ""))


def choose_authors(
    sources: Sources,
    bylines: tuple[str, ...],
    publisher: str | None,
    domain: str | None,
    contributors: tuple[str, ...] = (),
    signoffs: tuple[str, ...] = (),
) -> Authors:
    """Authors, agencies and where they were found. ``bylines`` are the texts of the page's
    byline elements, nearest the story first; ``contributors`` names the page credits for other
    work than writing (they are left out of the authors); ``signoffs`` the credits that close
    the story ("By Jane Doe" from "Reporting by Jane Doe"), tried after the bylines."""
    people, organisations = _ld_values(sources)
    meta = [v for n in _META_NAMES for v in sources.meta.get(n, ()) if not v.startswith("http")]
    microdata = list(sources.microdata.get("author", ()))
    stated: list[_Candidate] = [
        (people, "html:json-ld", False),
        (meta, "html:meta", False),
        (microdata, "html:microdata", False),
        *[([line], "html:byline", True) for line in bylines[:_BYLINES_TAKEN]],
        *[([line], "html:signoff", True) for line in signoffs],
    ]
    weak: list[_Candidate] = [
        (list(dict.fromkeys(sources.author_links))[:_AUTHOR_LINKS_TAKEN], "html:author-link", True),
        (organisations, "html:json-ld", False),
    ]
    credited = {_fold(part) for names in contributors for part, _comma in byline_parts(names)}
    excluded = credited | not_author_names([*meta, *microdata, *bylines])
    if people or meta or microdata:
        weak = weak[1:]  # the metadata named someone (a desk, the publisher): links elsewhere are not the story's
    agencies: list[str] = []
    for index, (values, where, printed) in enumerate([*stated, *weak]):
        found, found_agencies = _clean(values, publisher, domain, printed)
        agencies.extend(found_agencies)
        if found:
            found = _without(found, excluded)
            if index < len(stated):
                found = _wider(found, [*meta, *microdata, *bylines[:_BYLINES_TAKEN]], (publisher, domain, excluded))
            return tuple(found), tuple(dict.fromkeys(agencies)), where
        if agencies and index == len(stated) - 1:
            break  # the bylines name only an agency: it is the author of record
    agencies = list(dict.fromkeys(agencies))
    return tuple(agencies), tuple(agencies), "html:agency" if agencies else "none"
