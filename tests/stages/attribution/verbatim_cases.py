"""Helpers of the table-driven attribution tests: a body taken verbatim through the whole
pipeline, the trained path run on canned tags, the attribution that holds some words, and the
frames of one sentence."""

from __future__ import annotations

from collections.abc import Callable

from newsdesk.model import Article, Attribution
from newsdesk.options import Options
from newsdesk.pipeline import RawPage, run_one
from newsdesk.stages.attribution.features import Features
from newsdesk.stages.attribution.frames import find_frames
from newsdesk.stages.attribution.learned import learned_attributions
from newsdesk.stages.entities import build_index
from newsdesk.stages.entities.mentions import Field

Tags = dict[str, tuple[str, float]]  # word -> (its tag, probability); unlisted words are O


class FakeTagger:
    """Tags each token by its text from a table, so a test states what the model "said"."""

    def __init__(self, tags: Tags) -> None:
        self._tags = tags

    def tag(self, sequence: list[Features]) -> tuple[list[str], list[float]]:
        words = [str(f["w"]) for f in sequence]
        found = [self._tags.get(w, ("O", 0.99)) for w in words]
        return [tag for tag, _p in found], [p for _tag, p in found]


def tagged(parse: Callable[[list[str]], object], text: str, tags: Tags) -> list[Attribution]:
    """The trained path's attributions of a text whose tokens the table tags (by lower-case word)."""
    (doc,) = list(parse([text]))  # type: ignore[call-overload]
    field_ = Field("body", doc, 0)
    return learned_attributions(field_, build_index([field_]), FakeTagger(tags))


def attributions(text: str, parse) -> list[Attribution]:  # type: ignore[no-untyped-def]
    outcome = run_one(RawPage(source="case", data=text, kind="text"), Options(verbatim=True), parse=parse)
    assert isinstance(outcome, Article)
    return list(outcome.attributions)


def holding(found: list[Attribution], words: str) -> Attribution:
    """The shortest attribution whose content holds the words (a failed lookup shows them all)."""
    holders = [a for a in found if words in a.content]
    assert holders, (words, [a.content for a in found])
    return min(holders, key=lambda a: len(a.content))


def frames(text: str, nlp) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    """(cue, content, speaker) of every reporting frame of a text, in its own words."""
    return [
        (text[slice(*f.cue)], text[slice(*f.content)], text[slice(*f.speaker)] if f.speaker else None)
        for f in find_frames(nlp(text))
    ]
