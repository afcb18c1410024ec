"""The record model: versioned, frozen, plain data that pickles and round-trips through JSON."""

from __future__ import annotations

import dataclasses
import json
import pickle
import subprocess
import sys

import pytest
from pydantic import ValidationError

import newsdesk
from newsdesk.model import (
    ARTICLE_SCHEMA,
    Article,
    Attribution,
    Rejected,
    compact_json,
    from_json,
    from_json_dict,
    json_schema,
)


def _article() -> Article:
    return Article(
        id="x",
        source="a.txt",
        headline="H",
        authors=("A B",),
        text="Body.",
        attributions=(Attribution(kind="direct", content="Hi", content_span=((0, 2),), speaker="A B", act="speech"),),
    )


def test_record_carries_its_schema_version() -> None:
    assert _article().to_json_dict()["schema"] == ARTICLE_SCHEMA == "newsdesk.article/3"


def test_record_round_trips_through_json_and_pickle() -> None:
    article = _article()
    again = from_json(Article, json.dumps(article.to_json_dict()))
    assert again == article
    assert pickle.loads(pickle.dumps(article)) == article


VERSION_1_ATTRIBUTIONS = [
    # (content_span, content_parts) as a newsdesk.article/1 record gave them, and the pieces they read as
    ([4, 20], [], ((4, 20),)),
    ([4, 40], [[4, 12], [30, 40]], ((4, 12), (30, 40))),
    ([4, 20], None, ((4, 20),)),
]


@pytest.mark.parametrize(("span", "parts", "pieces"), VERSION_1_ATTRIBUTIONS)
def test_a_version_1_record_reads_as_version_3(span: list[int], parts: list[list[int]] | None, pieces: tuple) -> None:  # type: ignore[type-arg]
    attribution = {"kind": "direct", "content": "x", "content_span": span}
    if parts is not None:
        attribution["content_parts"] = parts
    old = {"schema": "newsdesk.article/1", "id": "x", "source": "a.txt", "attributions": [attribution]}
    article = from_json(Article, json.dumps(old))
    assert article.schema == ARTICLE_SCHEMA
    assert article.attributions[0].content_span == pieces
    assert article.attributions[0].content_bounds == (pieces[0][0], pieces[-1][1])
    assert article.attributions[0].act is None


@pytest.mark.parametrize("schema", ["newsdesk.article/1", "newsdesk.article/2"])
def test_an_older_record_reads_as_the_current_one_with_no_act(schema: str) -> None:
    attribution = {"kind": "indirect", "content": "x", "content_span": [[4, 20]], "cue": "said"}
    article = from_json(
        Article, json.dumps({"schema": schema, "id": "x", "source": "a.txt", "attributions": [attribution]})
    )
    assert article.schema == ARTICLE_SCHEMA
    assert article.attributions[0].act is None


ACTS_READ = [
    # (act in the incoming record, whether it reads)
    ("speech", True),
    ("written", True),
    ("belief", True),
    ("intention", True),
    ("stance", True),
    ("evidence", True),
    (None, True),
    ("said", False),  # a cue, not an act
    ("Speech", False),  # acts are lower case
    ("hearsay", False),  # a class of the rules, no act
]


@pytest.mark.parametrize(("act", "reads"), ACTS_READ)
def test_an_attribution_act_is_one_of_the_acts_or_none(act: str | None, reads: bool) -> None:
    attribution = {"kind": "indirect", "content": "x", "content_span": [[0, 1]], "act": act}
    data = {"schema": ARTICLE_SCHEMA, "id": "x", "source": "a.txt", "attributions": [attribution]}
    if reads:
        assert from_json_dict(Article, data).attributions[0].act == act
    else:
        with pytest.raises(ValidationError):
            from_json_dict(Article, data)


def test_the_json_forms_say_the_same() -> None:
    """``to_json`` (what --jsonl writes) and ``compact_json`` (what the store hashes) are the plain
    data of ``to_json_dict``, so a record reads the same and an unchanged one hashes the same."""
    article = _article().replace(found_by={"text": "html:container"}, language="en")
    plain = article.to_json_dict()
    assert article.to_json() == json.dumps(plain, ensure_ascii=False)
    assert compact_json(article) == json.dumps(plain, ensure_ascii=False, separators=(",", ":"))
    reject = Rejected(id="x", source="a", stage="decode", reason="binary", input={"file": "ü.warc"})
    assert json.loads(reject.to_json()) == reject.to_json_dict()


def test_a_content_has_at_least_one_piece() -> None:
    with pytest.raises(ValueError, match="at least one piece"):
        Attribution(kind="direct", content="x", content_span=())
    with pytest.raises(ValidationError):
        from_json_dict(Attribution, {"kind": "direct", "content": "x", "content_span": []})


def test_record_is_frozen_and_strict() -> None:
    article = _article()
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.headline = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Article(id="x", source="a", colour="red")  # type: ignore[call-arg]


INCOMING = [
    # data that comes in from outside (a store, a file, a client) and why it is refused
    ({"id": "x", "source": "a", "colour": "red"}, "an unknown field"),
    ({"id": "x"}, "a missing field"),
    ({"id": "x", "source": "a", "word_count": "many"}, "a number that is not one"),
    (
        {"id": "x", "source": "a", "attributions": [{"kind": "rumour", "content": "x", "content_span": [[0, 1]]}]},
        "a kind",
    ),
    (
        {"id": "x", "source": "a", "entities": [{"id": "e1", "name": "A", "type": "PERSON", "mentions": [{}]}]},
        "a mention",
    ),
]


@pytest.mark.parametrize(("data", "why"), INCOMING)
def test_incoming_data_is_checked_against_the_model(data: dict, why: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValidationError):
        from_json_dict(Article, data)


def test_incoming_lists_become_the_model_tuples() -> None:
    article = from_json_dict(Article, {"id": "x", "source": "a", "authors": ["A B"], "found_by": {"text": "t"}})
    assert article.authors == ("A B",) and article == Article(
        id="x", source="a", authors=("A B",), found_by={"text": "t"}
    )


def test_the_json_schema_names_the_published_fields() -> None:
    schema = json_schema(Article)
    assert {"schema", "id", "attributions", "published"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["Attribution"]["properties"]["kind"]["enum"] == ["direct", "indirect", "mixed", "unsourced"]
    act = schema["$defs"]["Attribution"]["properties"]["act"]
    acts = ["speech", "written", "belief", "intention", "stance", "evidence"]
    assert {"enum": acts, "type": "string"} in act["anyOf"] and {"type": "null"} in act["anyOf"]


def test_making_records_does_not_load_pydantic() -> None:
    """The command line's start-up: pydantic is loaded only where data comes in from outside."""
    code = (
        "import sys, newsdesk.pipeline; newsdesk.model.Article(id='x', source='s').to_json_dict(); "
        "print('pydantic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


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
