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
        attributions=(Attribution(kind="direct", content="Hi", content_span=(0, 2), speaker="A B"),),
    )


def test_record_carries_its_schema_version() -> None:
    assert _article().to_json_dict()["schema"] == ARTICLE_SCHEMA == "newsdesk.article/1"


def test_record_round_trips_through_json_and_pickle() -> None:
    article = _article()
    again = Article.model_validate(json.loads(json.dumps(article.to_json_dict())))
    assert again == article
    assert pickle.loads(pickle.dumps(article)) == article


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
