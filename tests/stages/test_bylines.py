"""Bylines to clean author lists, agencies apart."""

from __future__ import annotations

import pytest

from newsdesk.stages.bylines import clean_author, parse_byline


@pytest.mark.parametrize(
    ("line", "authors", "agencies"),
    [
        ("David Lynch", ("David Lynch",), ()),
        ("By Jane Doe, Reuters", ("Jane Doe",), ("Reuters",)),
        ("By John Smith and Ana Ruiz, Political Editors", ("John Smith", "Ana Ruiz"), ()),
        ("Jane Doe in Washington", ("Jane Doe",), ()),
        ("Sarah Okafor, Health Correspondent", ("Sarah Okafor",), ()),
        ("By Maria García-López | The Guardian", ("Maria García-López",), ()),
        # an agency alone is the author of record; beside a reporter it is only the agency
        ("By Associated Press", ("Associated Press",), ("Associated Press",)),
        ("By The Associated Press", ("The Associated Press",), ("The Associated Press",)),
        ("By JANE DOE", ("Jane Doe",), ()),
        ("Anna Keller and Luis Ortega", ("Anna Keller", "Luis Ortega"), ()),
        ("By Daniel Cho and Maria Fernandez, Staff Writers", ("Daniel Cho", "Maria Fernandez"), ()),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...], agencies: tuple[str, ...]) -> None:
    byline = parse_byline(line, publisher="The Guardian")
    assert byline is not None
    assert byline.authors == authors
    assert byline.agencies == agencies


@pytest.mark.parametrize(
    "line",
    [
        "Thursday 24 October 2024 22:00 BST",
        "Read more",
        "Stay up to date with notifications from The Independent",
        "Donald Trump’s campaign has complained",
        "Share this article",
        "Most read",
    ],
)
def test_lines_that_are_no_byline(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("By Jane Doe", "Jane Doe"), ("Jane Doe, Senior Reporter", "Jane Doe"), ("Reuters", None), ("@janedoe", None)],
)
def test_clean_author(raw: str, clean: str | None) -> None:
    assert clean_author(raw) == clean
