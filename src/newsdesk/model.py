"""The record model: one versioned, typed article record, and the reject that stands in for a page
that could not become one.

Plain data only (strings, numbers, tuples of records): a record pickles, goes to JSON, Arrow and
Parquet, and never holds a parse tree. Spans are character ``(start, end)`` offsets into the field
named by ``where`` (``text`` for the body).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ARTICLE_SCHEMA = "newsdesk.article/2"
REJECT_SCHEMA = "newsdesk.reject/1"
_ARTICLE_SCHEMA_1 = "newsdesk.article/1"

__all__ = [
    "ARTICLE_SCHEMA",
    "REJECT_SCHEMA",
    "Article",
    "Attribution",
    "AttributionKind",
    "Candidate",
    "Entity",
    "Image",
    "Mention",
    "Outcome",
    "Rejected",
    "Removed",
    "Span",
    "Where",
]

Span = tuple[int, int]
Where = Literal["headline", "standfirst", "body", "caption"]
AttributionKind = Literal["direct", "indirect", "mixed", "unsourced"]


def _is_one_span(value: Any) -> bool:
    return isinstance(value, list | tuple) and len(value) == 2 and all(isinstance(v, int) for v in value)


class Record(BaseModel):
    """Base of every record: immutable, and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict[str, Any]:
        """The record as JSON-ready plain data, under its published field names."""
        return self.model_dump(mode="json", by_alias=True)


class Image(Record):
    url: str | None = None
    caption: str | None = None
    credits: tuple[str, ...] = ()


class Mention(Record):
    """One place where the story names an entity."""

    text: str
    where: Where
    span: Span
    kind: Literal["name", "partial", "role", "group", "pronoun"] = "name"


class Entity(Record):
    id: str
    name: str
    type: str
    mentions: tuple[Mention, ...] = ()


class Candidate(Record):
    """A possible speaker with the resolver's confidence, kept when it would not choose."""

    name: str
    score: float


class Attribution(Record):
    kind: AttributionKind
    # What was said: the text of its pieces, joined by " … " where the text interrupts it.
    content: str
    # The content's characters as pieces in text order: one span, or one for each part of a content
    # that the text interrupts ("X," she said, "Y"), leaving out what lies between.
    content_span: tuple[Span, ...] = Field(min_length=1)
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

    @model_validator(mode="before")
    @classmethod
    def _read_version_1(cls, data: Any) -> Any:
        """Records of newsdesk.article/1 gave one ``[start, end]`` and the pieces in ``content_parts``."""
        if not isinstance(data, dict) or ("content_parts" not in data and not _is_one_span(data.get("content_span"))):
            return data
        data = dict(data)
        parts = data.pop("content_parts", None)
        if parts:
            data["content_span"] = parts
        elif _is_one_span(data.get("content_span")):
            data["content_span"] = (data["content_span"],)
        return data

    @property
    def content_bounds(self) -> Span:
        """Where the content starts and ends, what interrupts it included."""
        return self.content_span[0][0], self.content_span[-1][1]


class Removed(Record):
    """A piece of publisher chrome cut from the story, and why."""

    text: str
    reason: str


class Article(Record):
    schema_: str = Field(default=ARTICLE_SCHEMA, alias="schema")
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
    found_by: dict[str, str] = Field(default_factory=dict)
    stages: dict[str, str] = Field(default_factory=dict)
    input: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _upgrade_version_1(cls, data: Any) -> Any:
        """A stored newsdesk.article/1 record reads as /2 (its attributions convert themselves)."""
        if isinstance(data, dict) and data.get("schema") == _ARTICLE_SCHEMA_1:
            data = {**data, "schema": ARTICLE_SCHEMA}
        return data


class Rejected(Record):
    """A page that did not become an article: which stage dropped it and why."""

    schema_: str = Field(default=REJECT_SCHEMA, alias="schema")
    rejected: Literal[True] = True
    id: str
    source: str
    stage: str
    reason: str
    detail: str = ""
    # Where the page came from (an archive's file, offset and target URI), as on Article.input,
    # so that a reject in a batch of millions can be found again.
    input: dict[str, str] = Field(default_factory=dict)


Outcome = Article | Rejected
