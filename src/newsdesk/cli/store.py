"""``newsdesk ingest``, ``search``, ``quotes`` and ``speakers``: thin shells over the pipeline and
the store."""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newsdesk.cli import app

if TYPE_CHECKING:
    from newsdesk.adapters.store import Filters, Quote, SearchResult, SpeakerGroup, Store

DbOption = Annotated[
    str | None, typer.Option("--db", help="Store: a file path (SQLite) or postgresql://... [default: newsdesk.db]")
]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="A newsdesk.toml settings file.")]
FormatOption = Annotated[str, typer.Option("--format", help="table, json or csv.")]
KINDS = ("direct", "indirect", "mixed", "unsourced")
FORMATS = ("table", "json", "csv")


@contextmanager
def _opened(db: str | None, config: Path | None) -> Iterator[Store]:
    """The configured store, closed afterwards; a store or config error ends the command cleanly."""
    from newsdesk.adapters.store import StoreError, open_store
    from newsdesk.config import ConfigError, load_settings

    try:
        store = open_store(load_settings(config, db=db).db)
    except (StoreError, ConfigError) as error:
        typer.echo(f"newsdesk: {error}", err=True)
        raise typer.Exit(2) from error
    try:
        yield store
    finally:
        store.close()


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or URLs to extract and store.")],
    db: DbOption = None,
    config: ConfigOption = None,
    verbatim: Annotated[bool, typer.Option("--verbatim", help="Take a text input as the body exactly.")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds allowed to fetch a URL.")] = 20.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary line.")] = False,
) -> None:
    """Extract pages and store their records; rejections are stored and counted too.

    The same page ingested twice is stored once; a re-extracted page replaces its record. Exit code:
    0 when every input was stored, 1 when any was rejected."""
    from newsdesk.adapters.files import iter_pages
    from newsdesk.adapters.store import PutResult
    from newsdesk.adapters.store.ingest import store_outcomes
    from newsdesk.model import Outcome, Rejected
    from newsdesk.options import Options
    from newsdesk.pipeline import run_many

    options = Options(verbatim=verbatim, fetch_timeout=timeout)

    def tell(outcome: Outcome, result: PutResult | None) -> None:
        if isinstance(outcome, Rejected):
            typer.echo(f"newsdesk: rejected {outcome.source}: {outcome.reason} {outcome.detail}".rstrip(), err=True)
        elif result is not None and not quiet:
            typer.echo(f"{result.status:9} {result.id}  {outcome.source}", err=True)

    with _opened(db, config) as store:
        report = store_outcomes(store, run_many(iter_pages(inputs, options), options), tell)
        stats = store.stats()
        typer.echo(
            f"newsdesk: {report.summary()} -> {store.url} "
            f"({stats['articles']} articles, {stats['groups']} stories, {stats['rejects']} rejects kept)"
        )
    raise typer.Exit(1 if report.counts["rejected"] else 0)


def _filters(**values: Any) -> Filters:
    from newsdesk.adapters.store import Filters
    from newsdesk.adapters.store.queries import parse_acts, time_bound

    if values.get("kind") and values["kind"] not in KINDS:
        raise typer.BadParameter(f"--kind takes {', '.join(KINDS)}")
    try:
        values["acts"] = parse_acts(values.get("acts") or ())
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--act") from error
    try:
        values["since"] = time_bound(values.get("since"))
        values["until"] = time_bound(values.get("until"), end=True)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from error
    return Filters(**values)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format takes {', '.join(FORMATS)}")


def _plain(value: Any) -> Any:
    return dataclasses.asdict(value) if dataclasses.is_dataclass(value) and not isinstance(value, type) else value


def _write_csv(header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(header)
    writer.writerows(rows)


def _quote_line(quote: Quote) -> str:
    speaker = quote.speaker or quote.speaker_mention or "(unknown)"
    to = f" → {quote.addressee}" if quote.addressee else ""
    return f"[{quote.kind}, {quote.act or 'act unknown'}] {speaker} ({quote.cue or '—'}{to}): {quote.content}"


def _show_search(result: SearchResult, fmt: str) -> None:
    if fmt == "json":
        typer.echo(json.dumps(_plain(result), ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        rows = [
            (
                h.article.id,
                h.article.published or "",
                h.article.publisher or "",
                h.article.headline or "",
                h.article.url or "",
                h.snippet.text if h.snippet else "",
                len(h.quotes),
            )
            for h in result.hits
        ]
        _write_csv(("id", "published", "publisher", "headline", "url", "snippet", "quotes"), rows)
        return
    typer.echo(f"{result.total} articles")
    for hit in result.hits:
        a = hit.article
        typer.echo(
            f"{(a.published or '')[:10]:10}  {(a.publisher or '-')[:24]:24}  {a.headline or '(no headline)'}  [{a.id}]"
        )
        for quote in hit.quotes:
            typer.echo(f"    {_quote_line(quote)}")


def _show_quotes(quotes: Sequence[Quote], fmt: str) -> None:
    if fmt == "json":
        typer.echo(json.dumps([_plain(q) for q in quotes], ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        header = (
            "published",
            "publisher",
            "speaker",
            "kind",
            "act",
            "cue",
            "addressee",
            "about",
            "content",
            "article_id",
        )
        rows = [
            (
                q.published or "",
                q.publisher or "",
                q.speaker or "",
                q.kind,
                q.act or "",
                q.cue or "",
                q.addressee or "",
                "; ".join(q.about),
                q.content,
                q.article_id,
            )
            for q in quotes
        ]
        _write_csv(header, rows)
        return
    for quote in quotes:
        typer.echo(f"{(quote.published or '')[:10]:10}  {(quote.publisher or '-')[:20]:20}  {_quote_line(quote)}")


def _show_speakers(groups: Sequence[SpeakerGroup], fmt: str) -> None:
    if fmt == "json":
        typer.echo(json.dumps([_plain(g) for g in groups], ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        _write_csv(
            ("id", "name", "type", "quotes", "variants"),
            [(g.id, g.name, g.type, g.count, "; ".join(g.variants)) for g in groups],
        )
        return
    for group in groups:
        others = [v for v in group.variants if v != group.name]
        also = f"  (also: {', '.join(others)})" if others else ""
        typer.echo(f"{group.count:6}  {group.name}  [{group.id}, {group.type or '?'}]{also}")


SpeakerOption = Annotated[str | None, typer.Option("--speaker", help="Said by this speaker (any name variant).")]
AboutOption = Annotated[str | None, typer.Option("--about", help="Whose words mention this entity.")]
PublisherOption = Annotated[str | None, typer.Option("--publisher", help="Carried by this publisher.")]
SinceOption = Annotated[str | None, typer.Option("--since", help="Published on or after: 2024-10-24, a time, or 7d.")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Published on or before (a date counts whole).")]
KindOption = Annotated[str | None, typer.Option("--kind", help="direct, indirect, mixed or unsourced.")]
CueOption = Annotated[str | None, typer.Option("--cue", help="Cue verb starting with this (accus: accused, accuses).")]
ActOption = Annotated[
    list[str] | None,
    typer.Option(
        "--act",
        help="What the cue says the speaker did: speech, written, belief, intention, stance or evidence; "
        "repeat it or give a comma list for any of several (--act speech,written: what was said, not wanted "
        "or thought). Quotes stored before acts were kept have none and are left out.",
    ),
]
LimitOption = Annotated[int, typer.Option("--limit", help="At most this many results.")]


SEARCH_HELP = "Articles matching a full-text query and filters, best first, with their matching quotes."
QUOTES_HELP = "Attributions (who said what, to whom) matching a query on their words and filters, newest first."


def ask(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help='Words and "quoted phrases", all required; "" for any.')] = "",
    speaker: SpeakerOption = None,
    about: AboutOption = None,
    publisher: PublisherOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    kind: KindOption = None,
    cue: CueOption = None,
    act: ActOption = None,
    limit: LimitOption = 20,
    fmt: FormatOption = "table",
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """``search`` (articles) and ``quotes`` (attributions): one set of filters, two answers."""
    _check_format(fmt)
    filters = _filters(
        query=query,
        speaker=speaker,
        about=about,
        publisher=publisher,
        since=since,
        until=until,
        kind=kind,
        cue=cue,
        acts=act,
        limit=limit,
    )
    with _opened(db, config) as store:
        if ctx.info_name == "quotes":
            _show_quotes(store.quotes(filters), fmt)
        else:
            _show_search(store.articles(filters), fmt)


app.command("search", help=SEARCH_HELP)(ask)
app.command("quotes", help=QUOTES_HELP)(ask)


@app.command()
def speakers(
    name: Annotated[str | None, typer.Argument(help="Only speakers with a name variant containing this.")] = None,
    limit: LimitOption = 50,
    fmt: FormatOption = "table",
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Speakers with their quote counts, name variants merged across articles."""
    _check_format(fmt)
    with _opened(db, config) as store:
        _show_speakers(store.speakers(name, limit), fmt)
