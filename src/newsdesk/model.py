"""The record model: one versioned, typed article record, and the reject that stands in for a page
that could not become one.

Plain data only (strings, numbers, tuples of records): a record pickles, goes to JSON, Arrow and
Parquet, and never holds a parse tree. Spans are character ``(start, end)`` offsets into the field
named by ``where`` (``text`` for the body).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Self, TypeVar, get_args

ARTICLE_SCHEMA = "newsdesk.article/3"
REJECT_SCHEMA = "newsdesk.reject/1"
# Earlier article schemas, read as the current one (``_upgrade_article``).
_OLDER_ARTICLE_SCHEMAS = ("newsdesk.article/1", "newsdesk.article/2")

__all__ = [
    "ARTICLE_SCHEMA",
    "ATTRIBUTION_ACTS",
    "REJECT_SCHEMA",
    "Article",
    "Attribution",
    "AttributionAct",
    "AttributionKind",
    "Candidate",
    "Entity",
    "Image",
    "Mention",
    "MentionKind",
    "Outcome",
    "Rejected",
    "Removed",
    "Span",
    "Where",
    "compact_json",
    "from_json",
    "from_json_dict",
    "json_schema",
]

Span = tuple[int, int]
Where = Literal["headline", "standfirst", "body", "caption"]
AttributionKind = Literal["direct", "indirect", "mixed", "unsourced"]
# What an attribution reports someone doing: saying or writing it (a statement), believing it,
# meaning to do it, taking a side on it, or what evidence (a poll, a study) shows. The names are
# the cue classes of ``vocab.cues.CUE_CLASS``.
AttributionAct = Literal["speech", "written", "belief", "intention", "stance", "evidence"]
ATTRIBUTION_ACTS: tuple[AttributionAct, ...] = get_args(AttributionAct)
MentionKind = Literal["name", "partial", "role", "group", "pronoun"]
R = TypeVar("R", bound="Record")

# Records are frozen, slotted, keyword-only dataclasses: one is made in microseconds and pickles
# small. They are checked against their annotations where data comes in from outside (``from_json``),
# by pydantic, loaded only then: the pipeline builds its records from values its own typed stages made.


class Record:
    """Base of every record: immutable, and strict about unknown fields."""

    __slots__ = ()
    __pydantic_config__: ClassVar[dict[str, str]] = {"extra": "forbid"}  # read by pydantic on incoming data

    def to_json_dict(self) -> dict[str, Any]:
        """The record as JSON-ready plain data (lists for tuples), under its published field names."""
        return {name: _plain(value) for name, value in _fields_of(self).items()}

    def to_json(self) -> str:
        """The record as one line of JSON (what ``--jsonl`` writes); the same as ``to_json_dict``
        through ``json.dumps``, made without building the plain copy first."""
        return _ENCODER.encode(self)

    def replace(self, **changes: Any) -> Self:
        """A copy of the record with some fields changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type[Record]) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))  # type: ignore[arg-type]
    return names


def _fields_of(value: Any) -> dict[str, Any]:
    """A record's fields for the JSON encoder, which writes tuples and mappings itself."""
    if isinstance(value, Record):
        return {name: getattr(value, name) for name in _field_names(type(value))}
    raise TypeError(f"{type(value).__name__} is not part of a record")


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_fields_of)


def compact_json(record: Record) -> str:
    """A record as compact JSON, by pydantic's serialiser (several times faster than ``json``, and
    the form the store hashes to tell an unchanged record): loads pydantic."""
    text: str = _adapter(type(record)).dump_json(record).decode("utf-8")
    return text


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_json_dict()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, slots=True, kw_only=True)
class Image(Record):
    url: str | None = None
    caption: str | None = None
    credits: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention(Record):
    """One place where the story names an entity."""

    text: str
    where: Where
    span: Span
    kind: MentionKind = "name"


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity(Record):
    id: str
    name: str
    type: str
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate(Record):
    """A possible speaker with the resolver's confidence, kept when it would not choose."""

    name: str
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution(Record):
    kind: AttributionKind
    # What was said: the text of its pieces, joined by " … " where the text interrupts it.
    content: str
    # The content's characters as pieces in text order: one span, or one for each part of a content
    # that the text interrupts ("X," she said, "Y"), leaving out what lies between.
    content_span: tuple[Span, ...]
    where: Where = "body"
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_mention: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    addressee: str | None = None
    addressee_span: Span | None = None
    confidence: float = 1.0
    candidates: tuple[Candidate, ...] = ()
    method: str = "rules"
    # None where the cue tells nothing (an impression, "seems"), and in records of schema /1 and /2.
    act: AttributionAct | None = None

    def __post_init__(self) -> None:
        if not self.content_span:
            raise ValueError("an attribution's content has at least one piece (content_span)")

    @property
    def content_bounds(self) -> Span:
        """Where the content starts and ends, what interrupts it included."""
        return self.content_span[0][0], self.content_span[-1][1]


@dataclass(frozen=True, slots=True, kw_only=True)
class Removed(Record):
    """A piece of publisher chrome cut from the story, and why."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Article(Record):
    schema: str = ARTICLE_SCHEMA
    id: str
    source: str
    url: str | None = None
    publisher: str | None = None
    headline: str | None = None
    standfirst: str | None = None
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    text: str = ""
    paragraphs: tuple[str, ...] = ()
    word_count: int = 0
    images: tuple[Image, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    entities: tuple[Entity, ...] = ()
    removed: tuple[Removed, ...] = ()
    found_by: dict[str, str] = dataclasses.field(default_factory=dict)
    stages: dict[str, str] = dataclasses.field(default_factory=dict)
    input: dict[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejected(Record):
    """A page that did not become an article: which stage dropped it and why."""

    schema: str = REJECT_SCHEMA
    rejected: Literal[True] = True
    id: str
    source: str
    stage: str
    reason: str
    detail: str = ""
    # Where the page came from (an archive's file, offset and target URI), as on Article.input,
    # so that a reject in a batch of millions can be found again.
    input: dict[str, str] = dataclasses.field(default_factory=dict)


Outcome = Article | Rejected


def from_json_dict(kind: type[R], data: Any) -> R:
    """A record of this kind from JSON-like data, checked against the model (raises pydantic's
    ValidationError, a ValueError). An article of newsdesk.article/1 or /2 reads as /3 (its
    attributions' ``act`` unknown: None)."""
    if kind is Article and isinstance(data, dict):
        data = _upgrade_article(data)
    result: R = _adapter(kind).validate_python(data)
    return result


def from_json(kind: type[R], text: str | bytes) -> R:
    """A record of this kind from its JSON text (see ``from_json_dict``)."""
    return from_json_dict(kind, json.loads(text))


def json_schema(kind: type[Record]) -> dict[str, Any]:
    """The JSON Schema of a record, under its published field names."""
    schema: dict[str, Any] = _adapter(kind).json_schema()
    return schema


_ADAPTERS: dict[type, Any] = {}


def _adapter(kind: type[Record]) -> Any:
    if kind not in _ADAPTERS:
        from pydantic import TypeAdapter

        _ADAPTERS[kind] = TypeAdapter(kind)
    return _ADAPTERS[kind]


def _upgrade_article(data: dict[str, Any]) -> dict[str, Any]:
    """Records of newsdesk.article/1 gave each content one ``[start, end]`` and its pieces in
    ``content_parts``; /2 gives the pieces in ``content_span``; /3 adds each attribution's ``act``,
    which an older record leaves out (None: it was never decided)."""
    attributions = data.get("attributions")
    if isinstance(attributions, list):
        data = {**data, "attributions": [_upgrade_attribution(a) for a in attributions]}
    if data.get("schema") in _OLDER_ARTICLE_SCHEMAS:
        data = {**data, "schema": ARTICLE_SCHEMA}
    return data


def _upgrade_attribution(data: Any) -> Any:
    if not isinstance(data, dict) or ("content_parts" not in data and not _is_one_span(data.get("content_span"))):
        return data
    data = dict(data)
    parts = data.pop("content_parts", None)
    if parts:
        data["content_span"] = parts
    elif _is_one_span(data.get("content_span")):
        data["content_span"] = [data["content_span"]]
    return data


def _is_one_span(value: Any) -> bool:
    return isinstance(value, list | tuple) and len(value) == 2 and all(isinstance(v, int) for v in value)
