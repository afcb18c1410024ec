"""Name variants across articles: "Keir Starmer", "Sir Keir Starmer" and "Starmer" are one speaker.

Pure functions over the distinct names a store holds. Each article already resolves its own
mentions to one canonical name per entity; what differs across articles is the form of that name.
The rules are general, never a list of people:

- honorifics and titles before a name are dropped ("Sir", "Prime Minister", "Dr");
- case, accents, possessives and generational suffixes ("Jr.") do not count;
- a person is keyed by the first and last of their name words, so middle names and initials do not
  split them ("Donald J. Trump" and "Donald Trump");
- a one-word name joins the only multi-word person whose surname it is ("Starmer"), or whose given
  name it is after a knight's or dame's title ("Sir Keir"); when two people share it, it stays alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from newsdesk.vocab.titles import HONORIFICS

__all__ = ["NameCount", "NameIndex", "SpeakerGroup", "group_names", "name_key", "slug"]

# Words after a name that do not identify the person ("Martin Luther King Jr.").
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "junior", "senior"})
# Titles printed before a given name alone, by British convention ("Sir Keir", "Dame Judi").
_GIVEN_NAME_TITLES = frozenset({"sir", "dame"})
_LEADING_ARTICLES = frozenset({"the", "a", "an"})
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_PERSON_TYPES = frozenset({"PERSON", ""})


@dataclass(frozen=True)
class NameCount:
    """One distinct name as stored, with its entity type ("" when unknown) and how often it occurs."""

    name: str
    type: str
    count: int


@dataclass(frozen=True)
class SpeakerGroup:
    """Names that denote one speaker: a stable id, the name to show, its type and its variants."""

    id: str
    name: str
    type: str
    count: int
    variants: tuple[str, ...]


@dataclass(frozen=True)
class _Key:
    words: tuple[str, ...]
    given_only: bool  # a one-word name printed after "Sir" or "Dame": a given name, not a surname


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[’']s$", "", plain).replace("’", "'")


def _parse(name: str) -> _Key:
    words = [_fold(w) for w in _WORD.findall(name)]
    dropped: list[str] = []
    while len(words) > 1 and (words[0] in HONORIFICS or words[0] + "." in HONORIFICS or words[0] in _LEADING_ARTICLES):
        dropped.append(words.pop(0))
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    given_only = len(words) == 1 and bool(dropped) and dropped[-1] in _GIVEN_NAME_TITLES
    return _Key(tuple(words), given_only)


def name_key(name: str, type_: str = "PERSON") -> str:
    """The comparison key of a name: folded words without titles; for a person, first and last word.

    >>> name_key("Sir Keir Starmer")
    'keir starmer'
    """
    words = _parse(name).words
    if type_ in _PERSON_TYPES and len(words) > 2:
        words = (words[0], words[-1])
    return " ".join(words)


def slug(key: str) -> str:
    """A URL-safe id for a key ("keir starmer" -> "keir-starmer")."""
    return re.sub(r"[^a-z0-9]+", "-", key.encode("ascii", "ignore").decode().lower()).strip("-") or "unnamed"


def _owner(key: _Key, full_groups: dict[str, set[str]]) -> str | None:
    """The only multi-word person key that a one-word name can stand for, or None."""
    word = key.words[0]
    position = 0 if key.given_only else -1
    owners = [full for full in full_groups if full.split()[position] == word]
    return owners[0] if len(owners) == 1 else None


def _display(variants: Counter[str]) -> str:
    untitled = [v for v, _ in variants.most_common() if len(_parse(v).words) == len(_WORD.findall(v))]
    multi = [v for v in untitled if len(_WORD.findall(v)) > 1]
    return (multi or untitled or [variants.most_common(1)[0][0]])[0]


def group_names(names: Iterable[NameCount]) -> list[SpeakerGroup]:
    """Merge name variants into speaker groups, most frequent first."""
    keyed: list[tuple[NameCount, _Key, str]] = []
    for item in names:
        parsed = _parse(item.name)
        if parsed.words:
            keyed.append((item, parsed, name_key(item.name, item.type)))
    full_groups: dict[str, set[str]] = {}
    for item, parsed, key in keyed:
        if len(parsed.words) > 1 and item.type in _PERSON_TYPES:
            full_groups.setdefault(key, set()).add(item.type)
    members: dict[str, list[NameCount]] = {}
    for item, parsed, key in keyed:
        target = key
        if len(parsed.words) == 1 and item.type in _PERSON_TYPES:
            target = _owner(parsed, full_groups) or key
        members.setdefault(target, []).append(item)
    return sorted((_group(key, items) for key, items in members.items()), key=lambda g: (-g.count, g.name))


def _group(key: str, items: list[NameCount]) -> SpeakerGroup:
    variants: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for item in items:
        variants[item.name] += item.count
        types[item.type] += item.count
    type_ = next((t for t, _ in types.most_common() if t), "")
    return SpeakerGroup(
        id=slug(key),
        name=_display(variants),
        type=type_,
        count=sum(variants.values()),
        variants=tuple(v for v, _ in variants.most_common()),
    )


class NameIndex:
    """Speaker groups by id and by each of their names, and the rule that finds the group a name
    typed by a user stands for."""

    def __init__(self, groups: list[SpeakerGroup]) -> None:
        self.groups = groups
        self._by_id = {group.id: group for group in groups}
        self._by_variant: dict[str, SpeakerGroup] = {}
        self._by_key: dict[str, SpeakerGroup] = {}
        for group in groups:
            for variant in group.variants:
                self._by_variant.setdefault(variant, group)
                self._by_key.setdefault(name_key(variant), group)

    def group_of(self, variant: str) -> SpeakerGroup | None:
        """The group of a name exactly as stored."""
        return self._by_variant.get(variant)

    def by_id(self, group_id: str) -> SpeakerGroup | None:
        return self._by_id.get(group_id)

    def lookup(self, name: str) -> SpeakerGroup | None:
        """The one group a name stands for: an id, a stored variant, a variant's key, or a one-word
        name owned by one multi-word person; None when no group or several match."""
        found = self.matching(name)
        return found[0] if len(found) == 1 else None

    def matching(self, name: str) -> list[SpeakerGroup]:
        """Every group a name may stand for: the one it names exactly, else each person whose
        surname (or, after "Sir" or "Dame", given name) it is."""
        found = self._by_id.get(name) or self._by_variant.get(name) or self._by_key.get(name_key(name))
        parsed = _parse(name)
        if len(parsed.words) != 1:
            return [found] if found else []
        position = 0 if parsed.given_only else -1
        unique = {found.id: found} if found else {}
        for key, group in self._by_key.items():
            words = key.split()
            if group.type in _PERSON_TYPES and len(words) > 1 and words[position] == parsed.words[0]:
                unique.setdefault(group.id, group)
        return list(unique.values())
