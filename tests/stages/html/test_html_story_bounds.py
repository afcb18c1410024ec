"""Where the story starts and what its class-named boxes hold: a section heading that opens the
story (and the byline or date set in a heading's type that does not), a state class that names
no date line, boxes that sell, disclaim or annotate, and content streamed under hexadecimal ids."""

from __future__ import annotations

import pytest
from html_pages import PARAGRAPHS

from newsdesk.stages.draft import Draft
from newsdesk.stages.html import parse_html

STORY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
OTHER = (
    "A bakery on the quay has sold bread to fishermen since before the war, and its owner "
    "says the new terminal will bring more trade than the old ferry ever did."
)


def _draft(body: str) -> Draft:
    draft = parse_html(f"<html><head><title>Ferry terminal delayed</title></head><body>{body}</body></html>")
    assert isinstance(draft, Draft), draft
    return draft


def _story(inner: str) -> str:
    return _draft(f"<article><h1>Ferry terminal delayed</h1><div class='body'>{inner}</div></article>").text


@pytest.mark.parametrize(
    ("opening", "kept"),
    [
        ("<h2>Introduction</h2>", True),  # a section heading opens the story
        ("<h3>Key takeaways</h3>", True),
        ("<h2>What the harbour authority decided</h2>", True),
        ("<h2>By Jane Doe</h2>", False),  # a byline in a heading's type
        ("<h3>24 October 2024</h3>", False),  # a date line
        ("<div>Harbour news</div>", False),  # a kicker above the story
    ],
)
def test_a_section_heading_right_above_the_first_paragraph_opens_the_story(opening: str, kept: bool) -> None:
    line = opening.split(">", 1)[1].rsplit("<", 1)[0]
    text = _story(f"{opening}{STORY}")
    assert text.startswith(line) is kept
    assert PARAGRAPHS[0] in text


def test_a_heading_above_a_kicker_stays_out() -> None:
    # Only what sits right above the first paragraph opens the story.
    text = _story(f"<h2>Introduction</h2><div>Harbour news</div>{STORY}")
    assert "Introduction" not in text
    assert text.startswith(PARAGRAPHS[0])


@pytest.mark.parametrize(
    ("line", "tag", "kept"),
    [
        (OTHER, "p", True),  # a paragraph of prose is no date line, whatever its class says
        ("24 October 2024", "span", False),
    ],
)
def test_a_dateline_class_on_a_paragraph_is_a_state_not_a_date_line(line: str, tag: str, kept: bool) -> None:
    body = "".join(f"<div class='paragraph paragraph-published'><p>{p}</p></div>" for p in PARAGRAPHS)
    last = f"<div class='paragraph paragraph-published'><{tag}>{line}</{tag}></div>"
    text = _story(f"{body}{last}<p>{PARAGRAPHS[0]} Again.</p>")
    assert PARAGRAPHS[1] in text
    assert (line in text) is kept


@pytest.mark.parametrize(
    ("classes", "kept"),
    [
        ("post-cta", False),  # a box that sells the site's product
        ("cta-box", False),
        ("legal-disclaimer", False),
        ("footnotes", False),
        ("notes", True),
        ("callout", True),
        ("actions-taken", True),
    ],
)
def test_boxes_that_sell_disclaim_or_annotate_are_cut(classes: str, kept: bool) -> None:
    text = _story(f"{STORY}<div class='{classes}'><p>{OTHER}</p></div><p>{PARAGRAPHS[1]} Again.</p>")
    assert (OTHER in text) is kept


def test_footnotes_are_cut_however_many_they_are() -> None:
    # Like a comment thread, a section of notes runs to many paragraphs: its mark holds them all.
    notes = "".join(f"<p>{n}. {OTHER}</p>" for n in range(1, 5))
    text = _story(f"{STORY}<section class='footnotes'>{notes}</section>")
    assert PARAGRAPHS[3] in text
    assert OTHER not in text


def test_a_call_to_action_class_on_the_whole_story_does_not_cut_it() -> None:
    # A weak mark: an element holding several paragraphs of prose is story.
    text = _draft(f"<article><h1>Ferry terminal delayed</h1><div class='cta-wrap'>{STORY}</div></article>").text
    assert PARAGRAPHS[2] in text


@pytest.mark.parametrize(
    ("template", "kept"),
    [
        ('<template id="B:a"></template>', True),  # React numbers its boundaries in hex
        ('<template id="P:1f"></template>', True),
        ("", False),  # streamed content with nowhere to go stays hidden
    ],
)
def test_streamed_content_under_hexadecimal_ids_is_read(template: str, kept: bool) -> None:
    number = template.split('id="', 1)[1][2:].split('"', 1)[0] if template else "a"
    body = (
        f"<article><h1>Ferry terminal delayed</h1>{STORY}{template}</article>"
        f'<div hidden id="S:{number}"><p>{OTHER}</p></div>'
    )
    assert (OTHER in _draft(body).text) is kept


@pytest.mark.parametrize(
    ("classes", "kept"),
    [
        ("comment-body", False),  # the body of a comment, not of the story
        ("comment-content", False),
        ("article-comments-intro", True),  # says story first: a weak mark that prose outweighs
        ("article-body", True),
    ],
)
def test_the_body_of_a_comment_is_no_story_body(classes: str, kept: bool) -> None:
    comment = f"<div class='{classes}'><p>{OTHER}</p><p>{PARAGRAPHS[3]} Indeed.</p><p>{PARAGRAPHS[0]} Yes.</p></div>"
    text = _draft(f"<article><h1>Ferry terminal delayed</h1><div>{STORY}</div>{comment}</article>").text
    assert PARAGRAPHS[1] in text
    assert (OTHER in text) is kept


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        ("<ul><li><h3>Linen sun hats</h3></li><li><h3>Cotton scarves</h3></li></ul>", True),  # the story's list
        ("<ul><li><p>Linen sun hats</p><ul><li><h4>Cotton scarves</h4></li></ul></li></ul>", True),
        ("<div><div><h3>Linen sun hats</h3></div><div><h3>Cotton scarves</h3></div></div>", False),  # a box
    ],
)
def test_headings_inside_the_items_of_a_closing_list_stay_with_the_story(after: str, kept: bool) -> None:
    text = _story(f"{STORY}{after}")
    assert ("Cotton scarves" in text) is kept


def test_a_call_to_action_between_the_parts_of_a_page_does_not_split_it() -> None:
    # The mark cuts the band, but the page's text is still read as one: a landing page is made of
    # such bands.
    pitch = f"{OTHER} {OTHER} Book a visit today."
    band = f"<div class='cta-band'><p>{pitch}</p><p>{pitch}</p></div>"
    page = f"<div><div>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS[:2])}</div>{band}"
    page += f"<div>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS[2:])}</div></div>"
    text = _draft(f"<h1>Ferry terminal delayed</h1>{page}").text
    assert all(p in text for p in PARAGRAPHS)
    assert OTHER not in text
