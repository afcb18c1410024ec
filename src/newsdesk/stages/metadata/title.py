"""The headline: the one the page shows above its story (its ``<h1>``), else the one its metadata
states (JSON-LD, Open Graph, ``<title>``) without the " | Site" suffix that title tags carry."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newsdesk.stages.metadata.sources import Sources, clean_text
from newsdesk.vocab.boilerplate import HEADLINE_LABELS

__all__ = ["choose_headline", "strip_label", "strip_site_name"]

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+|\s*\|\s*")
_WORD = re.compile(r"\w+")
_MIN_WORDS, _MAX_WORDS = 2, 40
_SUFFIX_WORDS = 5  # a trailing part this short, after a longer first part, is a site name
_LABEL_WORDS = 2  # words an h1 may add to the metadata's headline as a kicker ("Opinion")
_BRACKETED = re.compile(r"\s*[\[(]\s*([\w-]+)\s*[\])]\s*$")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _site_keys(site: str | None, url: str | None) -> set[str]:
    """Folded forms of the publisher's name and domain, to recognise them in a title."""
    keys: set[str] = set()
    if site:
        keys.add("".join(_words(site)))
    host = urlsplit(url).hostname if url else None
    if host:
        parts = host.removeprefix("www.").split(".")
        keys.add(parts[0])
        keys.add("".join(parts[:-1]))
        keys.add("".join(parts))
    return {k for k in keys if k}


def strip_site_name(title: str, site: str | None = None, url: str | None = None) -> str:
    """A title without the site's name before or after it ("Story | The Site" -> "Story")."""
    parts = [p.strip() for p in _SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    keys = _site_keys(site, url)
    exact = [p for p in parts if "".join(_words(p)) in keys]
    if exact and len(exact) < len(parts):  # "PolitiFact - The story: PolitiFact's verdict"
        return _rejoin(title, [p for p in parts if p not in exact])
    named = [p for p in parts if any(k and k in "".join(_words(p)) for k in keys)]
    kept = [p for p in parts if p not in named]
    if named and kept:
        return _rejoin(title, kept)
    first, last = parts[0], parts[-1]
    if len(_words(last)) <= _SUFFIX_WORDS and len(_words(first)) > len(_words(last)):
        return _rejoin(title, parts[:-1])
    return title.strip()


def strip_label(title: str) -> str:
    """A headline without the labels printed beside it: a bracketed media label ("[Watch]",
    "(video)") or a section after or before a separator ("... | Editorial")."""
    found = _BRACKETED.search(title)
    if found and found.group(1).lower() in HEADLINE_LABELS:
        title = title[: found.start()]
    parts = [p.strip() for p in _SEPARATORS.split(title) if p.strip()]
    if len(parts) >= 2 and parts[-1].lower() in HEADLINE_LABELS:
        return _rejoin(title, parts[:-1])
    if len(parts) >= 2 and parts[0].lower() in HEADLINE_LABELS:
        return _rejoin(title, parts[1:])
    return title.strip()


def _without_kicker(heading: str, metas: list[str]) -> str:
    """The h1 without a section label run into its start ("Opinion What I'll be praying for"),
    where the metadata's headline is the rest of the h1."""
    folded = heading.translate(_QUOTES).lower()
    if len(folded) != len(heading):
        return heading
    for meta in metas:
        target = strip_label(meta).translate(_QUOTES).lower()
        if not target or target == folded or not folded.endswith(target):
            continue
        kicker = _words(folded[: len(folded) - len(target)])
        if 0 < len(kicker) <= _LABEL_WORDS and all(w in HEADLINE_LABELS for w in kicker):
            return heading[len(heading) - len(target) :].strip()
    return heading


def _rejoin(title: str, kept: list[str]) -> str:
    """The kept parts, with the separators the title had between them."""
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if 0 <= start < end else " ".join(kept)


def _similar(a: str, b: str) -> float:
    """Share of the shorter text's words that the other text holds."""
    wa, wb = set(_words(a)), set(_words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _meta_titles(sources: Sources) -> list[str]:
    values = [
        clean_text(sources.article.get("headline")),
        clean_text(sources.article.get("name")),
        clean_text(sources.first("og:title")),
        clean_text(sources.first("twitter:title")),
        sources.title,
    ]
    return [v for v in values if v]


def _usable(text: str, site: str | None) -> bool:
    count = len(_words(text))
    if not _MIN_WORDS <= count <= _MAX_WORDS:
        return False
    return not (site and "".join(_words(text)) == "".join(_words(site)))


def choose_headline(
    headings: tuple[str, ...], sources: Sources, site: str | None, url: str | None
) -> tuple[str | None, str]:
    """The headline and where it was found. ``headings`` are the page's h1 texts, nearest to the
    story first. An h1 wins when it reads as a headline; of several, the one the metadata title
    resembles most."""
    metas = _meta_titles(sources)
    usable = [h for h in headings if _usable(h, site)]
    if usable:
        best = usable[0]
        if metas and len(usable) > 1:
            closest = max(usable, key=lambda h: max(_similar(h, m) for m in metas))
            if max(_similar(closest, m) for m in metas) >= 0.5:
                best = closest
        return strip_label(_without_kicker(best, metas)), "html:h1"
    for value in metas:
        stripped = strip_label(strip_site_name(value, site, url))
        if _usable(stripped, site) or len(_words(stripped)) == 1:
            return stripped, "html:metadata"
    return None, "none"
