"""The bundled examples, each a flattened page in another outlet's shape, against its expected record
(examples/<name>.expected.json, written by hand). The same rules must handle all of them.

An expected attribution marked "known_gap" is a documented shortfall: it runs as a strict xfail, so
the day it starts to pass the test says so and the mark must go.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from newsdesk.model import Article, Attribution
from newsdesk.pipeline import RawPage, run_one

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXPECTED = sorted(EXAMPLES.glob("*.expected.json"))
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def _fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").translate(_FOLD)).strip().lower()


def _bare(name: str | None) -> str:
    return re.sub(r"^the ", "", _fold(name))


def _expected(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def articles(parse) -> dict[str, Article]:  # type: ignore[no-untyped-def]
    out = {}
    for path in EXPECTED:
        name = path.name.removesuffix(".expected.json")
        page = EXAMPLES / f"{name}.txt"
        outcome = run_one(RawPage(source=str(page), data=page.read_bytes(), kind="text"), parse=parse)
        assert isinstance(outcome, Article), outcome
        out[name] = outcome
    return out


def test_there_are_at_least_six_examples() -> None:
    assert len(EXPECTED) >= 6


def _cases(kind: str) -> list[Any]:
    cases = []
    for path in EXPECTED:
        name = path.name.removesuffix(".expected.json")
        expected = _expected(path)
        if kind == "attribution":
            for index, want in enumerate(expected["attributions"]):
                marks = [pytest.mark.xfail(reason=want["known_gap"], strict=True)] if "known_gap" in want else []
                cases.append(pytest.param(name, want, id=f"{name}-{index}", marks=marks))
        else:
            cases.append(pytest.param(name, expected, id=name))
    return cases


@pytest.mark.parametrize(("name", "want"), _cases("record"))
def test_metadata(articles: dict[str, Article], name: str, want: dict[str, Any]) -> None:
    article = articles[name]
    for field in ("publisher", "headline", "standfirst", "published", "modified"):
        assert _fold(getattr(article, field)) == _fold(want[field]), field
    assert [_fold(a) for a in article.authors] == [_fold(a) for a in want["authors"]]
    assert [_fold(a) for a in article.agencies] == [_fold(a) for a in want["agencies"]]


@pytest.mark.parametrize(("name", "want"), _cases("record"))
def test_images_with_captions_and_credits(articles: dict[str, Article], name: str, want: dict[str, Any]) -> None:
    got = [(_fold(i.caption), sorted(_fold(c) for c in i.credits)) for i in articles[name].images]
    assert got == [(_fold(i["caption"]), sorted(_fold(c) for c in i["credits"])) for i in want["images"]]


@pytest.mark.parametrize(("name", "want"), _cases("record"))
def test_body_is_the_story_only(articles: dict[str, Article], name: str, want: dict[str, Any]) -> None:
    article = articles[name]
    assert len(article.paragraphs) == want["paragraphs"]
    assert article.paragraphs[0].startswith(want["first_paragraph"])
    assert article.paragraphs[-1].startswith(want["last_paragraph"])
    assert article.text == "\n\n".join(article.paragraphs)
    for image in want["images"]:
        assert _fold(image["caption"]) not in _fold(article.text), "a caption leaked into the body"
    for snippet in want.get("body_excludes", []):
        assert snippet not in article.text


@pytest.mark.parametrize(("name", "want"), _cases("record"))
def test_chrome_is_removed_with_its_reason(articles: dict[str, Article], name: str, want: dict[str, Any]) -> None:
    article = articles[name]
    for reason, snippets in want["removed"].items():
        for snippet in snippets:
            assert _fold(snippet) not in _fold(article.text), snippet
            holders = [r for r in article.removed if _fold(snippet) in _fold(r.text)]
            assert holders, f"{snippet!r} is neither in the body nor among the removed pieces"
            assert holders[0].reason == reason, (snippet, holders[0].reason)


def _find(attributions: tuple[Attribution, ...], want: dict[str, Any]) -> Attribution | None:
    """The most specific attribution holding the expected content (nested reports are common)."""
    where = want.get("where", "body")
    holders = [a for a in attributions if a.where == where and _fold(want["content"]) in _fold(a.content)]
    return min(holders, key=lambda a: len(a.content)) if holders else None


@pytest.mark.parametrize(("name", "want"), _cases("attribution"))
def test_attribution(articles: dict[str, Article], name: str, want: dict[str, Any]) -> None:
    found = _find(articles[name].attributions, want)
    assert found is not None, f"no attribution holds {want['content']!r}"
    assert found.kind == want["kind"]
    assert _bare(found.speaker) == _bare(want["speaker"]), (found.speaker, found.speaker_mention, found.candidates)
    if want.get("cue") is not None:
        assert _fold(found.cue) == _fold(want["cue"])
    if "addressee" in want:
        assert _fold(found.addressee) == _fold(want["addressee"])


@pytest.mark.parametrize(("name", "want"), _cases("record"))
def test_every_attribution_is_expected(articles: dict[str, Article], name: str, want: dict[str, Any]) -> None:
    """No attribution beyond the expected ones: chrome, headlines without content and questions
    without an answer give none."""
    expected = want["attributions"]
    extra = [
        a.content[:60]
        for a in articles[name].attributions
        if not any(a.where == w.get("where", "body") and _fold(w["content"]) in _fold(a.content) for w in expected)
    ]
    allowed = {_fold(x) for x in want.get("optional_attributions", [])}
    extra = [x for x in extra if not any(_fold(x).startswith(o) for o in allowed)]
    assert not extra
