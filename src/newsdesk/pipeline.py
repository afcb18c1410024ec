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
from itertools import islice
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
    from spacy.tokens import Doc

    from newsdesk.stages.enrich import Parser

__all__ = ["PARSE_TOGETHER", "PARSE_TOGETHER_CHARS", "STAGE_VERSIONS", "RawPage", "run_many", "run_one"]

STAGE_VERSIONS = {
    "layout": "newsdesk.layout/1",
    "attribution": "newsdesk.attribution.rules/1",
    "entities": "newsdesk.entities/1",
    "record": ARTICLE_SCHEMA,
}
# Pages whose texts run_many parses in one call: more saves little and holds more docs at once.
PARSE_TOGETHER = 8
# ...and the most characters they may hold together: the parse's memory grows with a call's tokens.
PARSE_TOGETHER_CHARS = 200_000
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
    laid_out = _lay_out(raw, options)
    return laid_out if isinstance(laid_out, Rejected) else _finish(laid_out, options, parse)


@dataclass(frozen=True)
class _LaidOut:
    """A page read and laid out, waiting for its NLP."""

    raw: RawPage
    decoded: Decoded
    draft: Draft


def _lay_out(raw: RawPage, options: Options) -> _LaidOut | Rejected:
    try:
        decoded = decode(raw.data, raw.charset)
        if isinstance(decoded, Rejection):
            return _reject(raw, decoded.stage, decoded.reason, decoded.detail)
        draft = _layout(raw, decoded, options)
        if isinstance(draft, Rejection):  # the layout found a page that is no article
            return _reject(raw, draft.stage, draft.reason, draft.detail)
        if not draft.text.strip():
            return _reject(raw, "layout", "no-story", "no run of story paragraphs was found on the page")
        return _LaidOut(raw, decoded, draft)
    except NewsdeskError as error:
        return _reject(raw, "layout", error.reason, str(error))
    except Exception as error:  # a bug on one page must not end the batch: record it and go on
        return _reject(raw, "pipeline", "internal-error", f"{type(error).__name__}: {error}")


def _finish(laid_out: _LaidOut, options: Options, parse: Parser | None) -> Outcome:
    raw = laid_out.raw
    try:
        return _article(raw, laid_out.draft, laid_out.decoded, options, parse)
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
    pages: Iterable[RawPage | Rejected],
    options: Options | None = None,
    parse: Parser | None = None,
    parse_together: int = PARSE_TOGETHER,
) -> Iterator[Outcome]:
    """Each page's outcome, in input order. Rejections that adapters made pass straight through.

    Pages are laid out ``parse_together`` at a time and their texts parsed in one call: the
    parser then steps many sentences at once, which saves a tenth of the time and changes no
    parse (each text is still a doc of its own)."""
    options = options or Options()
    pending = iter(pages)
    while group := list(islice(pending, max(1, parse_together))):
        laid_out = [page if isinstance(page, Rejected) else _lay_out(page, options) for page in group]
        parsed = _parse_group([page for page in laid_out if isinstance(page, _LaidOut)], options, parse)
        for page in laid_out:
            yield page if isinstance(page, Rejected) else _finish(page, options, parsed.get(id(page), parse))


def _parse_group(group: list[_LaidOut], options: Options, parse: Parser | None) -> dict[int, Parser]:
    """For each page of a group (by ``id``), a parser that hands back its texts' docs, parsed
    with the group's in one call (pages up to ``PARSE_TOGETHER_CHARS``; the others parse alone).
    Empty where there is nothing to parse or the call fails: each page then parses alone, so that a
    page that breaks the parser is the only one rejected."""
    if not options.nlp_enabled or len(group) < 2:
        return {}
    from newsdesk.stages.enrich import field_texts

    texts: list[list[str]] = []
    together: list[_LaidOut] = []
    budget = PARSE_TOGETHER_CHARS
    for page in group:  # a page past what is left of the budget is parsed alone, as ever
        own = [text for _where, text in field_texts(page.draft)]
        if (size := sum(map(len, own))) <= budget:
            budget -= size
            texts.append(own)
            together.append(page)
    if len(together) < 2:
        return {}
    try:
        docs = list((parse or _default_parser())([text for page in texts for text in page]))
    except Exception:  # the pages are parsed again one by one, and the one that breaks fails alone
        return {}
    parsers: dict[int, Parser] = {}
    start = 0
    for page, own in zip(together, texts, strict=True):
        parsers[id(page)] = _Preparsed(own, docs[start : start + len(own)], parse)
        start += len(own)
    return parsers


@dataclass(frozen=True)
class _Preparsed:
    """The docs of a page's texts, parsed already; texts it was not given are parsed now."""

    texts: list[str]
    docs: list[Doc]
    fallback: Parser | None

    def __call__(self, texts: list[str]) -> Iterable[Doc]:
        if texts == self.texts:
            return self.docs
        return (self.fallback or _default_parser())(texts)
