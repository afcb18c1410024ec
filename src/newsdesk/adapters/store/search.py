"""The store's reads, written once for every SQL back end: articles with facets, quotes, speakers."""

from __future__ import annotations

from newsdesk.adapters.store.base import ArticleHit, Count, Facets, Filters, Quote, SearchResult, Snippet, SpeakerDetail
from newsdesk.adapters.store.names import SpeakerGroup
from newsdesk.adapters.store.queries import Condition, in_list, search_terms, split_marks
from newsdesk.adapters.store.sqlbase import QUOTE_COLUMNS, SUMMARY_COLUMNS, SqlBase, where_clause

__all__ = ["SqlReads"]

QUOTES_PER_HIT = 5
FACET_SIZE = 10
SPEAKER_QUOTES = 50
LISTED_ARTICLES = 2000  # quoted articles named in the query rather than left to a subquery
_NEWEST = "a.published_at DESC NULLS LAST, a.id"
_QUOTE_ORDER = "a.published_at DESC NULLS LAST, q.article_id, q.position"


def _limit(filters: Filters) -> tuple[int, int]:
    return max(1, min(filters.limit, 200)), max(0, filters.offset)


class SqlReads(SqlBase):
    def articles(self, filters: Filters) -> SearchResult:
        """Articles matching the filters: best first for a query, else newest first; with facets."""
        terms = search_terms(filters.query)
        match = self._article_match(terms) if terms else None
        conditions = self._article_conditions(filters)
        if match is not None:
            conditions.append(match.where)
        from_sql, from_params = (match.from_sql, match.from_params) if match else ("articles a", ())
        limit, offset = _limit(filters)
        with self._lock:
            if filters.on_quotes:  # an article counts when one of its attributions passes the quote filters
                conditions.append(self._quoted_articles(filters))
            where, params = where_clause(conditions)
            base = f"FROM {from_sql}{where}"
            total = int(self._scalar(f"SELECT count(*) {base}", from_params + params) or 0)
            snippet = match.snippet if match else "NULL"
            order = f"{match.order}, a.id" if match else _NEWEST
            rows = self._execute(
                f"SELECT {SUMMARY_COLUMNS}, {snippet} {base} ORDER BY {order} LIMIT ? OFFSET ?",
                (*from_params, *params, limit, offset),
            )
            hits = tuple(self._hit(row, filters) for row in rows)
            facets = self._facets(base, from_params + params)
        return SearchResult(total=total, hits=hits, facets=facets)

    def _quoted_articles(self, filters: Filters) -> Condition:
        """The articles with a quote that passes the filters, found by the speaker index first and
        named one by one where they are few: PostgreSQL, given the subquery, guessed ten times too
        many and matched the full text on every article instead (0.3 s rather than 2 ms)."""
        quote_where, quote_params = where_clause(self._quote_conditions(filters, with_text=False))
        subquery = f"SELECT q.article_id FROM attributions q{quote_where}"
        found = self._execute(
            f"SELECT DISTINCT article_id FROM ({subquery}) AS quoted LIMIT {LISTED_ARTICLES + 1}", quote_params
        )
        if len(found) <= LISTED_ARTICLES:
            return in_list("a.id", [str(row[0]) for row in found])
        return Condition(f"a.id IN ({subquery})", quote_params)

    def _hit(self, row: tuple[object, ...], filters: Filters) -> ArticleHit:
        snippet = None
        if isinstance(row[8], str):
            text, marks = split_marks(row[8])
            snippet = Snippet(text, marks)
        quotes: tuple[Quote, ...] = ()
        if filters.on_quotes or filters.query:
            conditions = self._quote_conditions(filters, with_text=not filters.on_quotes)
            conditions.append(Condition("q.article_id = ?", (row[0],)))
            where, params = where_clause(conditions)
            quotes = self._quotes_of(
                self._execute(
                    f"SELECT {QUOTE_COLUMNS} FROM attributions q JOIN articles a ON a.id = q.article_id{where} "
                    f"ORDER BY q.position LIMIT {QUOTES_PER_HIT}",
                    params,
                )
            )
        return ArticleHit(article=self._summary(row), snippet=snippet, quotes=quotes)

    def _facets(self, base: str, params: tuple[object, ...]) -> Facets:
        publishers = self._execute(
            f"SELECT a.publisher, count(*) {base} GROUP BY a.publisher ORDER BY count(*) DESC, a.publisher "
            f"LIMIT {FACET_SIZE}",
            params,
        )
        days = self._execute(
            f"SELECT substr(a.published_at, 1, 10), count(*) {base} GROUP BY substr(a.published_at, 1, 10) "
            "ORDER BY substr(a.published_at, 1, 10)",
            params,
        )
        return Facets(
            publishers=tuple(Count(p or "(unknown)", int(n)) for p, n in publishers),
            days=tuple(Count(d, int(n)) for d, n in days if d),
        )

    def quotes(self, filters: Filters) -> tuple[Quote, ...]:
        """Attributions matching the filters, newest first."""
        conditions = self._article_conditions(filters) + self._quote_conditions(filters, with_text=True)
        where, params = where_clause(conditions)
        limit, offset = _limit(filters)
        with self._lock:
            rows = self._execute(
                f"SELECT {QUOTE_COLUMNS} FROM attributions q JOIN articles a ON a.id = q.article_id{where} "
                f"ORDER BY {_QUOTE_ORDER} LIMIT ? OFFSET ?",
                (*params, limit, offset),
            )
            return self._quotes_of(rows)

    def speakers(self, name: str | None = None, limit: int = 100) -> tuple[SpeakerGroup, ...]:
        """Speakers who have at least one attribution, most quoted first; ``name`` keeps those with a
        variant containing it (case ignored)."""
        with self._lock:
            groups = [g for g in self._names().groups if g.count > 0]
        if name:
            wanted = name.casefold()
            groups = [g for g in groups if any(wanted in v.casefold() for v in g.variants)]
        return tuple(groups[: max(1, limit)])

    def speaker(self, speaker_id: str) -> SpeakerDetail | None:
        """One speaker: quotes over time, whom they talk about and to, and their latest quotes."""
        with self._lock:
            names = self._names()
            group = names.by_id(speaker_id) or names.lookup(speaker_id)
            if group is None:
                return None
            spoken = in_list("q.speaker", group.variants)
            days = self._execute(
                "SELECT substr(a.published_at, 1, 10), count(*) FROM attributions q JOIN articles a "
                f"ON a.id = q.article_id WHERE {spoken.sql} AND a.published_at IS NOT NULL GROUP BY 1 ORDER BY 1",
                spoken.params,
            )
            subjects = self._execute(
                "SELECT b.name, count(*) FROM attribution_about b JOIN attributions q ON q.id = b.attribution_id "
                f"WHERE {spoken.sql} GROUP BY b.name",
                spoken.params,
            )
            addressees = self._execute(
                f"SELECT q.addressee, count(*) FROM attributions q WHERE {spoken.sql} AND q.addressee IS NOT NULL "
                "GROUP BY q.addressee ORDER BY count(*) DESC, q.addressee LIMIT 20",
                spoken.params,
            )
            quotes = self._quotes_of(
                self._execute(
                    f"SELECT {QUOTE_COLUMNS} FROM attributions q JOIN articles a ON a.id = q.article_id "
                    f"WHERE {spoken.sql} ORDER BY {_QUOTE_ORDER} LIMIT {SPEAKER_QUOTES}",
                    spoken.params,
                )
            )
        return SpeakerDetail(
            speaker=group,
            quotes_by_day=tuple(Count(day, int(n)) for day, n in days),
            about=self._merged_subjects(subjects, group),
            addressees=tuple(Count(name, int(n)) for name, n in addressees),
            quotes=quotes,
        )

    def _merged_subjects(self, rows: list[tuple[object, ...]], speaker: SpeakerGroup) -> tuple[Count, ...]:
        """Subject names counted per speaker group (variants merged), the speaker themself left out."""
        names = self._names()
        merged: dict[str, int] = {}
        for name, count in rows:
            group = names.group_of(str(name))
            if group is None or group.id == speaker.id:
                continue
            merged[group.name] = merged.get(group.name, 0) + int(str(count))
        ranked = sorted(merged.items(), key=lambda item: (-item[1], item[0]))
        return tuple(Count(name, count) for name, count in ranked[:20])
