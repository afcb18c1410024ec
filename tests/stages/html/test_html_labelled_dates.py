"""A date printed as the value of a label at the head of the story ("Date:" then "December 18,
2023", a press-release layout in a definition list, a table or a list) dates the page. (Short
lines above the story's first paragraph were dated before; these open the story itself.)"""

from __future__ import annotations

import pytest

from newsdesk.stages.draft import Draft
from newsdesk.stages.html import parse_html

_PARAGRAPHS = "".join(
    f"<p>The council met on Tuesday and voted on item {n} of the budget, which the members had "
    f"debated for weeks before the session began in the town hall.</p>"
    for n in range(1, 7)
)


def _page(head: str) -> str:
    return (
        "<html><head><title>Council votes on the budget</title></head><body><article>"
        f"<h1>Council votes on the budget</h1>{head}{_PARAGRAPHS}</article></body></html>"
    )


def _published(head: str) -> str | None:
    draft = parse_html(_page(head))
    assert isinstance(draft, Draft)
    return draft.published


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("<dl><dt>Date:</dt><dd>December 18, 2023</dd><dt>Source:</dt><dd>City Hall</dd></dl>", "2023-12-18"),
        ("<table><tr><td>Published</td><td>4 March 2024</td></tr></table>", "2024-03-04"),
        ("<ul><li>Release date:</li><li>May 2, 2022</li><li>Contact: press office</li></ul>", "2022-05-02"),
    ],
)
def test_a_labelled_date_at_the_story_head_dates_the_page(head: str, day: str) -> None:
    published = _published(head)
    assert published is not None and published.startswith(day)


@pytest.mark.parametrize(
    "head",
    [
        "",  # nothing printed
        "<dl><dt>Source:</dt><dd>December 18, 2023</dd></dl>",  # a label that is no date label
        "<dl><dt>Date of the next meeting is set for</dt><dd>December 18, 2023</dd></dl>",  # a sentence
    ],
)
def test_other_labels_date_nothing(head: str) -> None:
    assert _published(head) is None
