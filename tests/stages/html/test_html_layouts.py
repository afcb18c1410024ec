"""Page layouts that mislead a container search, each with the kind of page that must not change:
boxes that headings open, streamed content, collapsed panels, listicles, comment threads inside the
post, tables after the last paragraph, responsive copies, class names that state a property."""

from __future__ import annotations

import pytest
from html_pages import PARAGRAPHS

from newsdesk.stages.decode import Rejection
from newsdesk.stages.draft import Draft
from newsdesk.stages.html import parse_html

STORY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
OTHER = (
    "A bakery on the quay has sold bread to fishermen since before the war, and its owner "
    "says the new terminal will bring more trade than the old ferry ever did."
)


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Ferry terminal delayed</title>{head}</head><body>{body}</body></html>"


def _draft(html: str) -> Draft:
    draft = parse_html(html)
    assert isinstance(draft, Draft), draft
    return draft


@pytest.mark.parametrize(
    "heading",
    ["You may also like", "Related stories", "Você pode gostar...", "Lesen Sie auch", "About the author"],
)
def test_a_box_that_a_heading_opens_is_not_story(heading: str) -> None:
    cards = f"<article><p>{OTHER}</p></article><article><p>{OTHER} Again.</p></article>"
    box = f"<section><h3>{heading}</h3>{cards}</section>"
    draft = _draft(_page(f"<div><article><h1>Ferry terminal delayed</h1>{STORY}</article>{box}</div>"))
    assert draft.paragraphs == PARAGRAPHS
    assert any(r.text == heading for r in draft.removed)


def test_a_popular_box_above_the_headline_does_not_take_the_story_with_it() -> None:
    # The heading opens the column that also holds the story: no box of other stories.
    page = _page(f"<div><h3>Popular posts</h3><h1>Ferry terminal delayed</h1>{STORY}</div>")
    assert _draft(page).paragraphs == PARAGRAPHS


def test_a_heading_inside_the_story_is_no_box() -> None:
    page = _page(f"<article><h1>Ferry terminal delayed</h1>{STORY}<h2>Related history</h2><p>{OTHER}</p></article>")
    assert OTHER in _draft(page).text


def test_streamed_content_is_read_where_it_is_shown() -> None:
    # React's streaming rendering: the shell holds a template, the content arrives in a hidden div.
    body = (
        '<article><h1>Ferry terminal delayed</h1><template id="B:0"></template><div>Loading paragraph...</div>'
        '<template id="P:1"></template></article>'
        f'<div hidden id="S:0"><div>{STORY}</div></div><div hidden id="S:1"><p>{OTHER}</p></div>'
    )
    draft = _draft(_page(body))
    assert draft.paragraphs == (*PARAGRAPHS, OTHER)
    assert "Loading" not in draft.text


@pytest.mark.parametrize(
    ("attributes", "kept"),
    [
        ('role="region" style="display:none"', True),  # a collapsed accordion panel the reader opens
        ('role="tabpanel" hidden', True),
        ('style="display:none"', False),  # hidden, with no panel role: not shown to readers
        ('class="sr-only"', False),
    ],
)
def test_collapsed_panels_are_story_hidden_copies_are_not(attributes: str, kept: bool) -> None:
    page = _page(f"<article><h1>Ferry terminal delayed</h1>{STORY}<div {attributes}><p>{OTHER}</p></div></article>")
    assert (OTHER in _draft(page).text) is kept


def test_a_listicle_of_long_items_under_linked_headings_is_one_story() -> None:
    items = "".join(
        f"<div class='item'><h2><a href='https://mover{n}.example'>Mover number {n}</a></h2><p>{PARAGRAPHS[n % 4]} "
        f"{OTHER} {PARAGRAPHS[(n + 1) % 4]}</p></div>"
        for n in range(6)
    )
    page = _page(f"<article><h1>The best movers</h1><p>{PARAGRAPHS[0]}</p>{items}</article>")
    draft = _draft(page)
    assert draft.text.count(OTHER) == 6


def test_an_index_of_short_teasers_is_still_an_index() -> None:
    cards = "".join(
        f"<article><h3><a href='/s{n}'>Council approves plan {n}</a></h3><p>The council voted on plan {n} "
        "after a long debate about the cost.</p></article>"
        for n in range(12)
    )
    outcome = parse_html(_page(f"<h1>Latest news</h1><main>{cards}</main>"))
    assert isinstance(outcome, Rejection) and "index page" in outcome.detail


def test_a_comment_thread_inside_the_post_does_not_shrink_the_story() -> None:
    # A thread longer than the story, as blog themes print it inside the post's element.
    comments = "".join(f"<div class='comment'><p>{OTHER} Comment {n}.</p></div>" for n in range(10))
    page = _page(f"<div class='post'><h1>Ferry terminal delayed</h1>{STORY}<div id='comments'>{comments}</div></div>")
    draft = _draft(page)
    assert draft.paragraphs == PARAGRAPHS


def test_a_table_after_the_last_paragraph_stays_with_the_story() -> None:
    table = "<table><tr><td>Pier</td><td>Piles</td></tr><tr><td>North pier</td><td>40 more</td></tr></table>"
    page = _page(f"<article><h1>Ferry terminal delayed</h1><div class='body'>{STORY}{table}</div></article>")
    assert "North pier" in _draft(page).text


@pytest.mark.parametrize(("copies", "count"), [(3, 1), (1, 1)])
def test_responsive_copies_of_the_story_are_read_once(copies: int, count: int) -> None:
    page = _page("<article><h1>Ferry terminal delayed</h1>" + f"<div>{STORY}</div>" * copies + "</article>")
    assert _draft(page).text.count(PARAGRAPHS[1]) == count


def test_a_pull_quote_that_repeats_one_paragraph_stays() -> None:
    page = _page(f"<article><h1>Ferry terminal delayed</h1>{STORY}<blockquote>{PARAGRAPHS[2]}</blockquote></article>")
    assert _draft(page).text.count(PARAGRAPHS[2]) == 2


@pytest.mark.parametrize(
    ("classes", "kept"),
    [
        ("ContainerWithSidebar", True),  # the element has a sidebar beside it; it is not one
        ("layout-with-comments", True),
        ("content-area theme-sidebar", True),  # says story too: gives way to paragraphs of prose
        ("skip-item", True),  # a skip link's word, on a section of the story
        ("sidebar", False),
    ],
)
def test_class_names_that_state_a_property_are_no_chrome(classes: str, kept: bool) -> None:
    page = _page(
        f"<h1>Ferry terminal delayed</h1><div class='{classes}'>{STORY}</div><div class='main'><p>{OTHER}</p></div>"
    )
    assert (PARAGRAPHS[1] in _draft(page).text) is kept


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("No credit card required.", True),
        ("Start your 14-day free trial today!", True),
        ("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", True),
        ("Loading paragraph...", True),
        ("The trial was free of charge, the court heard.", False),
    ],
)
def test_promotions_and_placeholders_are_cut(line: str, cut: bool) -> None:
    page = _page(f"<article><h1>Ferry terminal delayed</h1>{STORY}<div>{line}</div><p>{OTHER}</p></article>")
    assert (line in _draft(page).text) is not cut


def test_contributors_printed_under_the_byline_are_no_authors() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Person", "name": "Robbie Dunlop"}, {"@type": "Person", "name": "Megan Garside"}]}</script>'
    )
    body = (
        "<article><h1>Ferry terminal delayed</h1><div class='byline'>By Robbie Dunlop</div>"
        f"<div class='byline'><span>Contributions from</span><span>Megan Garside</span></div>{STORY}</article>"
    )
    assert _draft(_page(body, head)).authors == ("Robbie Dunlop",)


def test_a_reporting_credit_closing_the_story_names_the_author() -> None:
    body = f"<article><h1>Ferry terminal delayed</h1>{STORY}<p><i>Reporting by The Associated Press.</i></p></article>"
    draft = _draft(_page(body))
    assert draft.authors == ("The Associated Press",) and draft.agencies == ("The Associated Press",)


@pytest.mark.parametrize(
    ("printed", "authors"),
    [
        # the writer named after the date of a date line
        (
            "<small>posted on <time datetime='2023-12-19'>2023-12-19</time> 23:30 EST by Rafael Antonio Pineda</small>",
            ("Rafael Antonio Pineda",),
        ),
        ("<p class='meta'>Published 4 March 2024 by Jane Doe</p>", ("Jane Doe",)),
        # a joint credit for the words and the pictures, its role on the next line
        ("<i>Photos and Story By David Colman<br>Special Correspondent to The Harbour Ledger</i>", ("David Colman",)),
        ("<p>Story and photos by Mara Quint</p>", ("Mara Quint",)),
        # negatives: a date line with nobody after "by", a photographer's credit alone
        ("<small>Posted on 19 December 2023, updated by the desk</small>", ()),
        ("<p>Photos by Sam Reed</p>", ()),
    ],
)
def test_printed_bylines_in_their_other_shapes(printed: str, authors: tuple[str, ...]) -> None:
    body = f"<article><h1>Ferry terminal delayed</h1>{printed}{STORY}</article>"
    assert _draft(_page(body)).authors == authors


def _cards(href: str) -> str:
    return "".join(
        f"<div class='card'><h3><a href='{href}{n}'>Project number {n} to build</a></h3>"
        f"<p>These coat hooks for project {n} are perfect for little kids and easy to make.</p></div>"
        for n in range(6)
    )


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("https://another-blog.example/p", True),  # a roundup of other sites' projects is the story
        ("https://ledger.example/p", False),  # cards of the site's own stories are teasers
        ("/p", False),
    ],
)
def test_cards_that_lead_to_other_sites_are_a_roundup_not_teasers(href: str, kept: bool) -> None:
    page = _page(
        f"<h1>Ferry terminal delayed</h1><article>{STORY}</article><section>{_cards(href)}</section>",
        '<link rel="canonical" href="https://www.ledger.example/news/roundup">',
    )
    assert ("coat hooks for project 3" in _draft(page).text) is kept
