"""The record model: versioned, frozen, plain data that pickles and round-trips through JSON."""

from __future__ import annotations

import json
import pickle

import pytest
from pydantic import ValidationError

import newsdesk
from newsdesk.model import ARTICLE_SCHEMA, Article, Attribution, Rejected


def _article() -> Article:
    return Article(
        id="x",
        source="a.txt",
        headline="H",
        authors=("A B",),
        text="Body.",
        attributions=(Attribution(kind="direct", content="Hi", content_span=((0, 2),), speaker="A B"),),
    )


def test_record_carries_its_schema_version() -> None:
    assert _article().to_json_dict()["schema"] == ARTICLE_SCHEMA == "newsdesk.article/2"


def test_record_round_trips_through_json_and_pickle() -> None:
    article = _article()
    again = Article.model_validate(json.loads(json.dumps(article.to_json_dict())))
    assert again == article
    assert pickle.loads(pickle.dumps(article)) == article


VERSION_1_ATTRIBUTIONS = [
    # (content_span, content_parts) as a newsdesk.article/1 record gave them, and the pieces they read as
    ([4, 20], [], ((4, 20),)),
    ([4, 40], [[4, 12], [30, 40]], ((4, 12), (30, 40))),
    ([4, 20], None, ((4, 20),)),
]


@pytest.mark.parametrize(("span", "parts", "pieces"), VERSION_1_ATTRIBUTIONS)
def test_a_version_1_record_reads_as_version_2(span: list[int], parts: list[list[int]] | None, pieces: tuple) -> None:  # type: ignore[type-arg]
    attribution = {"kind": "direct", "content": "x", "content_span": span}
    if parts is not None:
        attribution["content_parts"] = parts
    old = {"schema": "newsdesk.article/1", "id": "x", "source": "a.txt", "attributions": [attribution]}
    article = Article.model_validate_json(json.dumps(old))
    assert article.schema_ == ARTICLE_SCHEMA
    assert article.attributions[0].content_span == pieces
    assert article.attributions[0].content_bounds == (pieces[0][0], pieces[-1][1])


def test_a_content_has_at_least_one_piece() -> None:
    with pytest.raises(ValidationError):
        Attribution(kind="direct", content="x", content_span=())


def test_record_is_frozen_and_strict() -> None:
    article = _article()
    with pytest.raises(ValidationError):
        article.headline = "changed"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Article(id="x", source="a", colour="red")  # type: ignore[call-arg]


def test_rejected_says_why() -> None:
    reject = Rejected(id="x", source="a", stage="decode", reason="binary")
    assert reject.to_json_dict()["rejected"] is True


def test_public_names_are_what_we_mean() -> None:
    assert set(newsdesk.__all__) == {
        "ARTICLE_SCHEMA",
        "Article",
        "Attribution",
        "Candidate",
        "DecodeError",
        "Entity",
        "FetchError",
        "Image",
        "InputError",
        "Mention",
        "ModelError",
        "NewsdeskError",
        "Options",
        "Outcome",
        "RawPage",
        "Rejected",
        "Removed",
        "__version__",
        "extract",
        "extract_html",
        "extract_text",
        "run_many",
        "run_one",
    }
    assert all(hasattr(newsdesk, name) for name in newsdesk.__all__)
