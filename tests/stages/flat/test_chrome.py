"""Publisher chrome in flattened pages, with its reason; story lines are never chrome."""

from __future__ import annotations

import pytest

from newsdesk.stages.flat.chrome import chrome_reason, classify_chrome, find_publisher


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Stay up to date with notifications from The Independent", "notification prompt"),
        ("Notifications can be managed in browser preferences.", "notification prompt"),
        ("Thank you for registering", "login notice"),
        (
            "Please refresh the page or navigate to another page on the site to be automatically logged in",
            "login notice",
        ),
        ("We use cookies to improve your experience on our site.", "cookie banner"),
        ("Accept all cookies", "cookie banner"),
        ("Sign up to our free Morning Briefing newsletter", "newsletter box"),
        ("Enter your email address", "newsletter box"),
        ("Read more: Harbor City budget gap widens", "related links"),
        ("You may also like", "related links"),
        ("Share on Facebook | Share on Twitter | Email", "share buttons"),
        ("Advertisement", "advertisement"),
        ("Copyright 2024 Harbor City Ledger. All rights reserved.", "copyright"),
        ("Your support makes all the difference.", "donation appeal"),
        ("Subscribe for unlimited digital access for $1 a week", "subscription prompt"),
        ("We may earn commission from links on this page.", "affiliate disclosure"),
        ("If you buy through our links, we may earn a small commission at no cost to you.", "affiliate disclosure"),
        ("This post may contain affiliate links. Read my full disclosure.", "affiliate disclosure"),
        ("I may earn commissions that help support my testing.", "affiliate disclosure"),
        ("Purchases made through our links may earn us a share of the sale.", "affiliate disclosure"),
        ("Share your feedback to help improve our site", "feedback prompt"),
    ],
)
def test_chrome_lines(line: str, reason: str) -> None:
    assert chrome_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The Labour Party has said it is common practice for campaigners to volunteer in US elections.",
        "“We need your support,” the charity’s director told donors at the gala.",
        "Read the full report on the council's website, officials said.",  # a story line, not a link
        "The newspaper's reporters were the first to reveal the payments.",
        "Mr Bell said members would vote on the offer next week.",
        "Estate agents earn a commission of about 1.5 per cent on each sale, the regulator found.",
        "The company said affiliates who earn commissions must now disclose them to buyers.",
        "Regulators want influencers to label affiliate links more clearly, the report said.",
        "Staff were asked to share your feedback forms with managers, the union said.",
    ],
)
def test_story_lines_are_not_chrome(line: str) -> None:
    assert chrome_reason(line) is None


def test_an_appeal_box_takes_its_middle_paragraphs() -> None:
    lines = [
        "Your support helps us to tell the story",
        "From climate to courts, The Daily Planet is on the ground when news breaks, and we know how it matters.",
        "At such a moment we need reporters on the ground. Your donation allows us to keep them there.",
        "Your support makes all the difference.",
        "The council voted on Tuesday to close the library, despite protests from residents.",
    ]
    found = classify_chrome(lines, publisher="The Daily Planet")
    assert found == {0: "donation appeal", 1: "donation appeal", 2: "donation appeal", 3: "donation appeal"}


@pytest.mark.parametrize(
    ("lines", "publisher"),
    [
        (["Stay up to date with notifications from The\u00a0Independent"], "The Independent"),
        (["Copyright 2024 Harbor City Ledger. All rights reserved."], "Harbor City Ledger"),
        (["© 2025 Westport Tribune"], "Westport Tribune"),
        (["The council voted to close the library."], None),
    ],
)
def test_publisher_from_its_own_chrome(lines: list[str], publisher: str | None) -> None:
    assert find_publisher(lines) == publisher
