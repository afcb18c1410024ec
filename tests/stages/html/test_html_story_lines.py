"""Lines inside the story's container that look like chrome but are story, and the chrome that
looks like them: linked headings of a roundup, lists of links to other sites, a table in its own
wrapper after the last paragraph, template filler, class words of skip links."""

from __future__ import annotations

import pytest
from html_pages import PARAGRAPHS

from newsdesk.stages.draft import Draft
from newsdesk.stages.html import parse_html

STORY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
CANONICAL = '<link rel="canonical" href="https://www.ledger.example/news/ferry">'


def _text(body: str) -> str:
    page = f"<html><head><title>Ferry terminal delayed</title>{CANONICAL}</head><body>{body}</body></html>"
    draft = parse_html(page)
    assert isinstance(draft, Draft), draft
    return draft.text


def _story(inner: str) -> str:
    return _text(f"<article><h1>Ferry terminal delayed</h1><div class='body'>{inner}</div></article>")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("<h3><a href='https://pier.example'>North Pier Works</a></h3>", True),  # an item's name
        ("<h2><a href='/guides/piers'>How piers are built</a></h2>", True),
        ("<p><a href='/news/other-story'>Council to vote on the harbour budget</a></p>", False),
        ("<div><a href='https://shop.example/cranes'>Buy cranes at the shop</a></div>", False),
    ],
)
def test_a_linked_heading_between_paragraphs_is_story(line: str, kept: bool) -> None:
    text = _story(f"{STORY[: len(STORY) // 2]}{line}{STORY}")
    assert any(name in text for name in ("North Pier", "How piers", "Council to vote", "Buy cranes")) is kept


def _list(hrefs: list[str]) -> str:
    return (
        "<ul>" + "".join(f"<li><a href='{h}'>Harbour report number {n}</a></li>" for n, h in enumerate(hrefs)) + "</ul>"
    )


@pytest.mark.parametrize(
    ("hrefs", "kept"),
    [
        (["https://port-authority.example/a", "https://gov.example/b", "https://news.example/c"], True),  # sources
        (["/news/a", "/news/b", "/news/c"], False),  # the site's own stories: related links
        (["https://www.ledger.example/a", "https://ledger.example/b", "/c"], False),
    ],
)
def test_a_list_of_links_to_other_sites_is_story(hrefs: list[str], kept: bool) -> None:
    text = _story(f"{STORY}{_list(hrefs)}<p>{PARAGRAPHS[0]} Again.</p>")
    assert ("Harbour report number 1" in text) is kept


def test_a_paragraph_inside_a_list_item_counts_as_the_item() -> None:
    items = "".join(
        f"<li><p><a href='https://gcc.example/patch{n}'>Patch number {n} sent</a></p></li>" for n in range(3)
    )
    text = _story(f"{STORY}<ul>{items}</ul><p>{PARAGRAPHS[0]} Again.</p>")
    assert "Patch number 1 sent" in text


@pytest.mark.parametrize(
    ("lead", "kept"),
    [
        ("<p>Many patches were sent for review:</p>", True),  # the story announces its list
        ("<p>Here is what changed in the release:</p>", True),
        ("<p>Learn More in Our Harbour Series:</p>", False),  # a title-case label: the site's box
        ("<p>Best Overall:</p>", False),  # a product card's label
        ("<p>Many patches were sent for review.</p>", False),  # announces nothing
        ("", False),
    ],
)
def test_links_the_story_announces_are_story(lead: str, kept: bool) -> None:
    items = "".join(f"<li><a href='/patches/{n}'>Harbour patch number {n}</a></li>" for n in range(3))
    text = _story(f"{STORY}{lead}<ul>{items}</ul><p>{PARAGRAPHS[0]} Again.</p>")
    assert ("Harbour patch number 1" in text) is kept


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        ("<div class='scroll'><div><table><tr><td>Week 1</td><td>Rest</td></tr></table></div></div>", True),
        ("<div class='box'><div><table><tr><td>Week 1</td><td>Rest</td></tr></table></div><p>Share</p></div>", False),
        ("<div><div><p>Week 1 Rest</p></div></div>", False),  # not a table: the box after the story
    ],
)
def test_a_table_in_its_own_wrapper_after_the_story_stays(after: str, kept: bool) -> None:
    assert ("Week 1" in _story(f"{STORY}{after}")) is kept


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        (
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
            "labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco.",
            False,
        ),
        (
            "The designers filled the mock-up with lorem ipsum dolor sit amet, the old printers' filler, "
            "until the harbour authority sent the real text of the notices for the terminal.",
            True,
        ),
    ],
)
def test_template_filler_is_no_story(paragraph: str, kept: bool) -> None:
    assert (paragraph in _story(f"{STORY}<p>{paragraph}</p>{STORY}")) is kept


@pytest.mark.parametrize(
    ("classes", "kept"),
    [
        ("skip-item", True),  # a jump target: a section of the story
        ("skip", True),
        ("skip-link", False),
        ("skip-to-content", False),
    ],
)
def test_only_skip_links_are_skip_links(classes: str, kept: bool) -> None:
    line = "The terminal section of this report, in short"
    text = _story(f"{STORY}<div class='{classes}'><p>{line}</p></div><p>{PARAGRAPHS[1]} Again.</p>")
    assert (line in text) is kept
