"""Helpers of the table-driven attribution tests: a body taken verbatim through the whole
pipeline, and the attribution that holds some words."""

from __future__ import annotations

from newsdesk.model import Article, Attribution
from newsdesk.options import Options
from newsdesk.pipeline import RawPage, run_one


def attributions(text: str, parse) -> list[Attribution]:  # type: ignore[no-untyped-def]
    outcome = run_one(RawPage(source="case", data=text, kind="text"), Options(verbatim=True), parse=parse)
    assert isinstance(outcome, Article)
    return list(outcome.attributions)


def holding(found: list[Attribution], words: str) -> Attribution:
    """The shortest attribution whose content holds the words (a failed lookup shows them all)."""
    holders = [a for a in found if words in a.content]
    assert holders, (words, [a.content for a in found])
    return min(holders, key=lambda a: len(a.content))
