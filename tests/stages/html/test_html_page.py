"""The HTML path end to end: a page in, its story and header out, or the reason it is no article."""

from __future__ import annotations

import pytest
from html_pages import (
    CONSENT,
    DECLARED_INDEX,
    DECLARED_STORY_WITH_TEASERS,
    ERROR,
    INDEX,
    LINK_INDEX,
    LONG_STORY_AMONG_LINKS,
    MICRODATA_PRODUCT,
    MICRODATA_REVIEW,
    PARAGRAPHS,
    PRODUCT,
    SHORT_STORY_AMONG_LINKS,
    SPEC_LIST,
    STORY,
)

from newsdesk.stages.decode import Rejection
from newsdesk.stages.draft import Draft
from newsdesk.stages.html import parse_html


@pytest.fixture(scope="module")
def story() -> Draft:
    draft = parse_html(STORY)
    assert isinstance(draft, Draft)
    return draft


def test_the_body_is_the_story_paragraphs_in_order(story: Draft) -> None:
    assert story.paragraphs == (*PARAGRAPHS[:3], PARAGRAPHS[3] + " Harbour news will follow the story.")


@pytest.mark.parametrize(
    "chrome",
    [
        "Home",  # navigation
        "Share on Facebook",  # share bar
        "Morning Briefing newsletter",  # newsletter box inside the body
        "Enter your email address",
        "hidden copy",  # a hidden duplicate
        "Harbour dredging to resume",  # related links
        "forty years",  # comments
        "All rights reserved",  # footer
        "The old pier at low tide",  # the caption goes to the image, not the body
        "nothing in this script",
        "Ferry terminal delayed to spring",  # the headline is not body text
    ],
)
def test_chrome_stays_out_of_the_body(story: Draft, chrome: str) -> None:
    assert chrome not in story.text


def test_removed_chrome_keeps_its_reason(story: Draft) -> None:
    reasons = {r.reason for r in story.removed}
    assert {"share buttons", "newsletter box"} <= reasons


def test_header_fields(story: Draft) -> None:
    assert story.headline == "Ferry terminal delayed to spring"
    assert story.authors == ("Jane Doe",)
    assert story.publisher == "The Harbour Ledger"
    assert story.published == "2024-10-24T22:00:00+01:00"  # the day from JSON-LD, made precise by meta
    assert story.modified == "2024-10-25T08:30:00+01:00"
    assert story.url == "https://ledger.example/news/2024/10/24/ferry-terminal-delayed"


def test_the_caption_and_its_credits_are_image_fields(story: Draft) -> None:
    captioned = [image for image in story.images if image.caption]
    assert captioned and captioned[0].caption == "The old pier at low tide."
    assert captioned[0].credits == ("Sam Reed", "Reuters")
    assert story.images[0].url == "https://ledger.example/img/pier.jpg"


@pytest.mark.parametrize(
    ("page", "says"),
    [
        (INDEX, "index page"),
        (DECLARED_INDEX, "index page"),
        (LINK_INDEX, "index page (45 links to other pages;"),
        (SPEC_LIST, "index page (45 links to other pages; 0 words of sentences)"),
        (ERROR, "error page"),
        (CONSENT, "consent"),
        (PRODUCT, "product page"),
        (MICRODATA_PRODUCT, "product page (microdata product)"),
    ],
)
def test_pages_that_are_no_article_are_rejected_with_a_reason(page: str, says: str) -> None:
    outcome = parse_html(page)
    assert isinstance(outcome, Rejection)
    assert outcome.reason == "not-an-article" and says in outcome.detail


@pytest.mark.parametrize(
    "page", [SHORT_STORY_AMONG_LINKS, LONG_STORY_AMONG_LINKS, DECLARED_STORY_WITH_TEASERS, MICRODATA_REVIEW]
)
def test_a_story_among_many_links_is_not_an_index(page: str) -> None:
    assert isinstance(parse_html(page), Draft)


def test_an_article_with_teasers_around_it_is_not_an_index() -> None:
    page = STORY.replace(
        "</main>", "".join(f"<p><a href='/x{n}'>Another story number {n} here</a></p>" for n in range(9))
    )
    assert isinstance(parse_html(page), Draft)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><div><p>unclosed <b>bold <i>text",  # malformed
        "<html><head><title>x</title></head></html>",  # no body text
        "",  # empty
        "<div>" * 30_000 + "deep" + "</div>" * 30_000,  # pathologically deep
        "<p>" + "word " * 200_000 + "</p>",  # one huge paragraph
    ],
)
def test_bad_html_gives_a_draft_or_a_rejection_never_an_error(page: str) -> None:
    assert isinstance(parse_html(page), Draft | Rejection)


def test_a_big_page_is_read_in_full() -> None:
    padding = "<script>var blob = '" + "x" * 5_000_000 + "';</script>"
    draft = parse_html(STORY.replace("</head>", padding + "</head>"))
    assert isinstance(draft, Draft) and draft.paragraphs[0] == PARAGRAPHS[0]


def test_a_page_past_the_node_limit_says_it_was_cut() -> None:
    from newsdesk.stages.html import blocks

    page = "<html><body>" + "<p>A sentence of the story that goes on and on, as stories do.</p>" * 20 + "</body></html>"
    read = blocks.read_blocks(__import__("selectolax.lexbor").lexbor.LexborHTMLParser(page).body, max_nodes=10)
    assert read.truncated and len(read.blocks) < 20


_DISCLOSURE = (
    "Just so you know: this post contains affiliate links. If you buy something through our links, we may "
    "earn a small commission at no extra cost to you, which helps us keep testing products and writing reviews."
)
_COMMISSION_STORY = (
    "Estate agents in the town earn a commission of about one and a half per cent on each sale, the regulator "
    "found, and several firms told the inquiry that they would cut their fees if the new rules on disclosure came in."
)


def test_an_affiliate_disclosure_of_a_few_sentences_leaves_the_body() -> None:
    assert len(_DISCLOSURE.split()) > 25  # longer than the other chrome phrases are looked for in
    page = STORY.replace(f"<p>{PARAGRAPHS[0]}", f"<p>{_DISCLOSURE}</p><p>{PARAGRAPHS[0]}")
    draft = parse_html(page)
    assert isinstance(draft, Draft) and _DISCLOSURE not in draft.paragraphs
    assert ("affiliate disclosure", _DISCLOSURE) in [(r.reason, r.text) for r in draft.removed]


def test_a_story_paragraph_about_commissions_stays() -> None:
    page = STORY.replace(f"<p>{PARAGRAPHS[0]}", f"<p>{_COMMISSION_STORY}</p><p>{PARAGRAPHS[0]}")
    draft = parse_html(page)
    assert isinstance(draft, Draft) and _COMMISSION_STORY in draft.paragraphs


@pytest.mark.parametrize("page", [STORY, STORY.replace("Harbour", "Hårbour “Café” 港")])
def test_the_page_read_from_its_utf8_bytes_is_the_page_read_from_its_text(page: str) -> None:
    assert parse_html(page, utf8=page.encode("utf-8")) == parse_html(page)
