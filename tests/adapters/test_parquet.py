"""Article records as Arrow and Parquet: a schema derived from the model, and lossless round trips."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsdesk.adapters import parquet as parquet_module
from newsdesk.adapters.parquet import ArticleParquetWriter, arrow_schema, arrow_type, articles_table
from newsdesk.model import Article, Attribution, Entity, Image, Mention, Rejected, Span, from_json_dict


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (str, pa.string()),
        (int, pa.int64()),
        (float, pa.float64()),
        (bool, pa.bool_()),
        (str | None, pa.string()),
        (Literal["a", "b"], pa.string()),
        (Literal[True], pa.bool_()),
        (tuple[str, ...], pa.list_(pa.string())),
        (Span, pa.list_(pa.int64())),
        (Span | None, pa.list_(pa.int64())),
        (dict[str, str], pa.map_(pa.string(), pa.string())),
        (Image, pa.struct([("url", pa.string()), ("caption", pa.string()), ("credits", pa.list_(pa.string()))])),
    ],
)
def test_arrow_type(annotation: object, expected: pa.DataType) -> None:
    assert arrow_type(annotation) == expected


@pytest.mark.parametrize("annotation", [bytes, tuple[int, str], str | int, list])
def test_arrow_type_refuses_what_it_cannot_map(annotation: object) -> None:
    with pytest.raises(TypeError):
        arrow_type(annotation)


def test_the_schema_has_every_published_field() -> None:
    assert arrow_schema(Article).names == list(Article(id="x", source="y").to_json_dict())


def test_an_attributions_act_is_a_nullable_string_column() -> None:
    attribution = arrow_schema(Article).field("attributions").type.value_type
    assert attribution.field("act").type == pa.string() and attribution.field("act").nullable


def test_an_act_and_no_act_come_back_from_parquet(tmp_path: Path) -> None:
    unknown = _article(2).attributions[0].replace(act=None)
    article = _article(2).replace(attributions=(_article(2).attributions[0], unknown))
    pq.write_table(articles_table([article]), tmp_path / "acts.parquet")
    rows = pq.read_table(tmp_path / "acts.parquet").to_pylist()
    assert [a["act"] for a in rows[0]["attributions"]] == ["speech", None]


def _article(n: int) -> Article:
    return Article(
        id=f"a{n}",
        source=f"CC-NEWS.warc.gz#{n}",
        headline="Mayor rejects deal",
        authors=("Ann Lee",),
        published="2024-05-01T08:30:00+00:00",
        text="“No deal,” said Maria Alvarez.",
        attributions=(
            Attribution(
                kind="direct",
                content="No deal",
                content_span=((1, 8),),
                speaker="Maria Alvarez",
                cue="said",
                act="speech",
            ),
        ),
        entities=(
            Entity(
                id="e1",
                name="Maria Alvarez",
                type="PERSON",
                mentions=(Mention(text="Maria Alvarez", where="body", span=(15, 28)),),
            ),
        ),
        input={"warc_offset": str(n), "target_uri": f"https://x.example/{n}"},
    )


def test_articles_round_trip_through_parquet(tmp_path: Path) -> None:
    writer = ArticleParquetWriter(tmp_path / "a.parquet")
    for n in range(3):
        writer.write(_article(n))
    writer.close()
    rows = pq.read_table(tmp_path / "a.parquet").to_pylist()
    assert len(rows) == 3
    back = rows[1]
    back["input"] = dict(back["input"])
    back["found_by"], back["stages"] = dict(back["found_by"]), dict(back["stages"])
    assert from_json_dict(Article, back) == _article(1)


def test_rejections_are_left_out_of_the_article_table() -> None:
    reject = Rejected(id="r", source="s", stage="read", reason="not-html")
    assert articles_table([_article(1), reject]).num_rows == 1


def test_the_writer_writes_row_groups_and_nothing_when_empty(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(parquet_module, "ROW_GROUP_ROWS", 2)
    writer = ArticleParquetWriter(tmp_path / "a.parquet")
    for n in range(5):
        writer.write(_article(n))
    writer.close()
    assert pq.ParquetFile(tmp_path / "a.parquet").metadata.num_row_groups == 3
    empty = ArticleParquetWriter(tmp_path / "none.parquet")
    empty.close()
    assert not (tmp_path / "none.parquet").exists()
