"""Writing outcomes: JSON Lines, one JSON array, Markdown, or a readable summary per article."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Literal

from newsdesk.model import Article, Attribution, Outcome, Rejected

__all__ = ["Format", "render_markdown", "render_summary", "who_said_what", "write_outcomes"]

Format = Literal["summary", "jsonl", "json", "markdown"]


def _json(outcome: Outcome) -> str:
    return outcome.to_json()


def who_said_what(attribution: Attribution) -> str:
    """One line: speaker, cue, addressee and what was said, marked by kind and act."""
    speaker = attribution.speaker or ("(unsourced)" if attribution.kind == "unsourced" else "(unknown speaker)")
    cue = attribution.cue or "—"
    to = f" → {attribution.addressee}" if attribution.addressee else ""
    content = attribution.content if len(attribution.content) <= 160 else attribution.content[:157] + "..."
    quoted = f"“{content}”" if attribution.kind == "direct" else content
    return f"[{attribution.kind}, {attribution.act or 'act unknown'}] {speaker} ({cue}{to}): {quoted}"


def render_summary(article: Article) -> str:
    """A readable block: headline, byline, time, publisher, then who said what."""
    byline = ", ".join(article.authors + article.agencies) or "no byline"
    lines = [
        article.headline or "(no headline)",
        f"  by {byline} · {article.published or 'no date'} · {article.publisher or 'unknown publisher'}",
        f"  {article.source} · {article.word_count} words · {len(article.removed)} pieces of chrome removed",
    ]
    lines += [f"  {who_said_what(a)}" for a in article.attributions]
    return "\n".join(lines)


def render_markdown(article: Article) -> str:
    """The clean story as Markdown, with its attributions listed after it."""
    parts = [f"# {article.headline or '(no headline)'}"]
    if article.standfirst:
        parts.append(f"*{article.standfirst}*")
    meta = " · ".join(x for x in (", ".join(article.authors), article.published, article.publisher) if x)
    if meta:
        parts.append(meta)
    parts.extend(article.paragraphs)
    parts.extend(f"> {image.caption} ({', '.join(image.credits)})" for image in article.images if image.caption)
    if article.attributions:
        parts.append("## Who said what\n\n" + "\n".join(f"- {who_said_what(a)}" for a in article.attributions))
    return "\n\n".join(parts) + "\n"


def _render_reject(reject: Rejected) -> str:
    return f"REJECTED {reject.source}: {reject.reason} ({reject.stage}) {reject.detail}".rstrip()


def write_outcomes(outcomes: Iterable[Outcome], stream: IO[str], fmt: Format) -> None:
    """Write each outcome as it comes (a JSON array is closed at the end)."""
    first = True
    if fmt == "json":
        stream.write("[")
    for outcome in outcomes:
        if fmt == "jsonl":
            stream.write(_json(outcome) + "\n")
        elif fmt == "json":
            stream.write(("\n" if first else ",\n") + json.dumps(outcome.to_json_dict(), ensure_ascii=False, indent=1))
        elif isinstance(outcome, Rejected):
            stream.write(_render_reject(outcome) + "\n\n")
        else:
            stream.write((render_markdown(outcome) if fmt == "markdown" else render_summary(outcome)) + "\n\n")
        first = False
        stream.flush()
    if fmt == "json":
        stream.write("\n]\n")
