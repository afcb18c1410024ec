"""Captions and their credits; the same caption printed twice is one image."""

from __future__ import annotations

import pytest

from newsdesk.stages.captions import Caption, merge_captions, read_caption


@pytest.mark.parametrize(
    ("line", "caption", "credits"),
    [
        ("Crowds outside the court (PA)", "Crowds outside the court", ("PA",)),
        ("Crowds outside the court (PA) (PA Archive)", "Crowds outside the court", ("PA", "PA Archive")),
        (
            "Crowds outside the court. Photograph: Jane Doe/Reuters",
            "Crowds outside the court.",
            ("Jane Doe", "Reuters"),
        ),
        ("A man walks past (AFP via Getty Images)", "A man walks past", ("AFP", "Getty Images")),
        ("Protesters in London | Credit: Getty Images", "Protesters in London", ("Getty Images",)),
        ("Image caption, The bank's headquarters", "The bank's headquarters", ()),
        ("Image source, Getty Images", "", ("Getty Images",)),
    ],
)
def test_caption_lines(line: str, caption: str, credits: tuple[str, ...]) -> None:
    assert read_caption(line) == Caption(caption, credits)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said it was fine (and he was right)",
        "Sir Keir Starmer (right) with Joe Biden",
        "The Prime Minister has not spoken to Donald Trump.",
    ],
)
def test_lines_that_are_no_caption(line: str) -> None:
    assert read_caption(line) is None


def test_one_image_per_caption_with_every_credit() -> None:
    merged = merge_captions(
        [Caption("Crowds outside the court", ("PA",)), Caption("Crowds outside the court", ("PA", "PA Archive"))]
    )
    assert merged == [Caption("Crowds outside the court", ("PA", "PA Archive"))]


def test_a_credit_alone_joins_the_caption_after_it_at_the_start() -> None:
    merged = merge_captions([Caption("", ("Getty Images",)), Caption("The headquarters", ())])
    assert merged == [Caption("The headquarters", ("Getty Images",))]
