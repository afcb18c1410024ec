"""The pipeline: one raw page in, one ``Article`` or one ``Rejected`` out. Never raises on a page.

    RawPage --decode--> text --layout (flat | html)--> Draft --enrich (NLP)--> Article

Engines decide how ``run_many`` is spread over processes; adapters make ``RawPage`` values from
files, URLs and archives.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from newsdesk.errors import NewsdeskError
from newsdesk.model import ARTICLE_SCHEMA, Article, Attribution, Entity, Outcome, Rejected
from newsdesk.options import Options
from newsdesk.stages.bios import without_author_bios
from newsdesk.stages.decode import Decoded, Rejection, decode, looks_like_html
from newsdesk.stages.draft import Draft
from newsdesk.stages.html import parse_html
from newsdesk.stages.language import detect_language
from newsdesk.stages.mojibake import repair_draft

if TYPE_CHECKING:  # the NLP stages load spaCy: imported only when a run uses them
    from newsdesk.stages.enrich import Parser

__all__ = ["STAGE_VERSIONS", "RawPage", "run_many", "run_one"]

STAGE_VERSIONS = {
    "layout": "newsdesk.layout/1",
    "attribution": "newsdesk.attribution.rules/1",
    "entities": "newsdesk.entities/1",
    "record": ARTICLE_SCHEMA,
}
_WORD = re.compile(r"\w+")
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class RawPage:
    """A page as an adapter read it: bytes (or text) and where they came from."""

    source: str
    data: bytes | str
    kind: Literal["html", "text", "auto"] = "auto"
    url: str | None = None
    charset: str | None = None
    input: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return hashlib.sha256((self.url or self.source).encode("utf-8")).hexdigest()[:16]


def _reject(raw: RawPage, stage: str, reason: str, detail: str = "") -> Rejected:
    return Rejected(id=raw.id, source=raw.source, stage=stage, reason=reason, detail=detail, input=dict(raw.input))


def _is_html(raw: RawPage, text: str) -> bool:
    return raw.kind == "html" or (raw.kind == "auto" and looks_like_html(text))


def _layout(raw: RawPage, decoded: Decoded, options: Options) -> Draft | Rejection:
    text = decoded.text
    is_html = _is_html(raw, text)
    if options.verbatim and not is_html:  # spans index the input as it is: nothing is changed
        return Draft(url=raw.url, paragraphs=(text,), language=detect_language(text), found_by={"text": "verbatim"})
    if is_html:
        draft = parse_html(text, raw.url, decoded.utf8)
    else:
        from newsdesk.stages.flat.layout import parse_flat  # loaded by the first text page: HTML runs skip it

        draft = parse_flat(text, raw.url)
    if isinstance(draft, Rejection):
        return draft
    draft, repaired = repair_draft(without_author_bios(draft))
    return replace(draft, found_by={**draft.found_by, "mojibake_repaired": str(repaired)}) if repaired else draft


def _default_parser() -> Parser:
    from newsdesk.nlp import load_nlp

    nlp = load_nlp()
    return lambda texts: nlp.pipe(texts)


def run_one(raw: RawPage, options: Options | None = None, parse: Parser | None = None) -> Outcome:
    """The article record of one page, or the reason it is none. ``parse`` turns texts into spaCy
    docs; by default the process's shared English pipeline."""
    options = options or Options()
    try:
        decoded = decode(raw.data, raw.charset)
        if isinstance(decoded, Rejection):
            return _reject(raw, decoded.stage, decoded.reason, decoded.detail)
        draft = _layout(raw, decoded, options)
        if isinstance(draft, Rejection):  # the layout found a page that is no article
            return _reject(raw, draft.stage, draft.reason, draft.detail)
        if not draft.text.strip():
            return _reject(raw, "layout", "no-story", "no run of story paragraphs was found on the page")
        return _article(raw, draft, decoded, options, parse)
    except NewsdeskError as error:  # e.g. --attribution model with no weights built: a typed reason
        return _reject(raw, "enrich", error.reason, str(error))
    except Exception as error:  # a bug on one page must not end the batch: record it and go on
        return _reject(raw, "pipeline", "internal-error", f"{type(error).__name__}: {error}")


def _article(raw: RawPage, draft: Draft, decoded: Decoded, options: Options, parse: Parser | None) -> Article:
    attributions: tuple[Attribution, ...] = ()
    entities: tuple[Entity, ...] = ()
    stages = dict(STAGE_VERSIONS)
    if options.nlp_enabled:
        from newsdesk.stages.enrich import enrich

        enriched = enrich(draft, parse or _default_parser(), options.attribution)
        attributions, entities = enriched.attributions, enriched.entities
        stages["attribution"] = enriched.stage
    else:
        stages.pop("attribution")
        stages.pop("entities")
    text = draft.text
    paragraphs = (
        draft.paragraphs if not options.verbatim else tuple(p.strip() for p in _PARAGRAPH.split(text) if p.strip())
    )
    return Article(
        id=raw.id,
        source=raw.source,
        url=draft.url or raw.url,
        publisher=draft.publisher,
        headline=draft.headline,
        standfirst=draft.standfirst,
        authors=draft.authors,
        agencies=draft.agencies,
        published=draft.published,
        modified=draft.modified,
        language=draft.language,
        text=text,
        paragraphs=paragraphs,
        word_count=len(_WORD.findall(text)),
        images=draft.images,
        attributions=attributions,
        entities=entities,
        removed=draft.removed,
        found_by=draft.found_by,
        stages=stages,
        input=_provenance(raw, decoded),
    )


def _provenance(raw: RawPage, decoded: Decoded) -> dict[str, str]:
    """The input's provenance with how its text was read: the encoding, and whether it was guessed."""
    found = {**raw.input, "encoding": decoded.encoding}
    if decoded.detected:
        found["encoding_detected"] = "true"
    return found


def run_many(
    pages: Iterable[RawPage | Rejected], options: Options | None = None, parse: Parser | None = None
) -> Iterator[Outcome]:
    """Each page's outcome, in input order. Rejections that adapters made pass straight through."""
    for page in pages:
        yield page if isinstance(page, Rejected) else run_one(page, options, parse)
