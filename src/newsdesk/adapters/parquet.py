"""Article records as Arrow tables and Parquet files.

The Arrow schema is derived from the record model itself, so a field added to ``Article`` appears in
the Parquet output with no change here: strings, numbers and booleans map to their Arrow types,
``tuple[X, ...]`` to lists, ``dict[str, str]`` to maps, nested records to structs, and optional
fields to nullable columns. Column names are the record's published (JSON) names.
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import pyarrow as pa
import pyarrow.parquet as pq

from newsdesk.model import Article, Outcome, Record

__all__ = ["ArticleParquetWriter", "arrow_schema", "arrow_type", "articles_table"]

_SCALARS: dict[Any, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
ROW_GROUP_ROWS = 1000


def arrow_type(annotation: Any) -> pa.DataType:
    """The Arrow type of a model field's annotation; raises TypeError for a type it cannot map."""
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return _SCALARS[type(args[0])]
    if origin in (Union, types.UnionType):
        present = [arg for arg in args if arg is not type(None)]
        if len(present) == 1:
            return arrow_type(present[0])
    elif origin is tuple and args:
        members = {arg for arg in args if arg is not Ellipsis}
        if len(members) == 1:
            return pa.list_(arrow_type(members.pop()))
    elif origin is dict:
        return pa.map_(arrow_type(args[0]), arrow_type(args[1]))
    elif isinstance(annotation, type) and issubclass(annotation, Record):
        return pa.struct(_fields(annotation))
    raise TypeError(f"no Arrow type for {annotation!r}")


def _fields(model: type[Record]) -> list[pa.Field]:
    hints = get_type_hints(model)
    return [pa.field(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(model)]  # type: ignore[arg-type]


@lru_cache(maxsize=4)
def arrow_schema(model: type[Record] = Article) -> pa.Schema:
    """The Arrow schema of a record model, under its published field names."""
    return pa.schema(_fields(model), metadata={"newsdesk.model": model.__name__})


def articles_table(articles: Sequence[Outcome]) -> pa.Table:
    """An Arrow table of article records (rejections are left out)."""
    rows = [article.to_json_dict() for article in articles if isinstance(article, Article)]
    return pa.Table.from_pylist(rows, schema=arrow_schema(Article))


class ArticleParquetWriter:
    """Article records into one Parquet file, a row group every ``ROW_GROUP_ROWS`` records."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._writer: pq.ParquetWriter | None = None
        self._pending: list[Article] = []
        self.rows = 0

    def write(self, article: Article) -> None:
        self._pending.append(article)
        if len(self._pending) >= ROW_GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._writer = pq.ParquetWriter(self.path, arrow_schema(Article), compression="zstd")
        self._writer.write_table(articles_table(self._pending))
        self.rows += len(self._pending)
        self._pending = []

    def close(self) -> None:
        """Write what is pending and close the file."""
        self._flush()
        if self._writer is not None:
            self._writer.close()
            self._writer = None
