"""Needles of case-insensitive patterns: every match holds one, so a text without any is never
searched; the screen must never pass over a text that the pattern matches."""

from __future__ import annotations

import re
import sys

import pytest

from newsdesk.stages.flat import chrome
from newsdesk.stages.html import body
from newsdesk.stages.needles import could_match, needles_in, pattern_needles
from newsdesk.vocab.boilerplate import AFFILIATE_DISCLOSURES, CHROME_PATTERNS
from newsdesk.vocab.selectors import CONSENT_WALL


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        (r"\bpaywalls?\b", {"paywall"}),
        (r"\bLorem Ipsum\b", {"lorem ipsum"}),
        (r"\b(we|i) earn commissions\b", {" earn commissions"}),  # the longest piece screens best
        (r"\b(donate|make a donation)\b", {"donate", "make a donation"}),
        (r"\b(subscribe|subscription)\b", {"subscri"}),  # the parser factors the common opening
        (r"(ab)+cd", {"ab"}),  # equal lengths: the first is kept
        (r"x{2,}", {"x"}),
        (r"\bno credit card (required|needed)\b", {"no credit card "}),
        (r"a[bc]d", {"a"}),  # a class ends a literal run
        # Negatives: nothing every match must hold.
        (r"\b(we|i)?\s+", None),
        (r"[a-z]+\d", None),
        (r"(copyright|©)", None),  # a branch without an ASCII piece
        (r"(news|)", None),  # an empty alternative
        (r"(?=cookie).", None),  # look-arounds are not part of the match
        (r"(", None),  # a pattern the parser refuses
    ],
)
def test_pattern_needles(pattern: str, needles: set[str] | None) -> None:
    assert pattern_needles(pattern) == (None if needles is None else frozenset(needles))


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Sign up for our NEWSLETTER", {"newsletter"}),
        ("The council met on Tuesday.", set()),
        ("Abonnez-vous à la newsletter", {"newsletter"}),  # outside ASCII, but nothing pairs with it
        ("Our ſtory", None),  # the long s matches "s" case-insensitively: not screened
        ("Coo\u212aie policy", None),  # the Kelvin sign matches "k"
        ("İstanbul newsletter", None),
    ],
)
def test_needles_in(text: str, present: set[str] | None) -> None:
    found = needles_in(text, frozenset({"newsletter", "cookie"}))
    assert found == (None if present is None else frozenset(present))
    assert needles_in(text, None) is None  # a pattern without needles: nothing to look for


def test_could_match() -> None:
    needles = frozenset({"cookie"})
    assert could_match(needles, frozenset({"cookie"}))
    assert not could_match(needles, frozenset({"newsletter"}))
    assert could_match(None, frozenset())  # a pattern without needles is always searched
    assert could_match(needles, None)  # and so is a text that cannot be screened


def test_only_four_characters_outside_ascii_pair_with_ascii() -> None:
    ascii_any = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    paired = {chr(code) for code in range(128, sys.maxunicode + 1) if ascii_any.fullmatch(chr(code))}
    assert paired == {"\u0130", "\u0131", "\u212a", "\u017f"}


# Lines that match chrome patterns, in plain, upper and oddly cased forms, and story lines.
_LINES = [
    "We use cookies to improve your experience on our site.",
    "WE USE COOKIES",
    "We use coo\u212aies to improve your experience",  # Kelvin sign for k
    "Sign up to our free Morning Briefing newsletter",
    "ſign up to our newsletter",
    "Subscribe for unlimited digital access for $1 a week",
    "Copyright 2024 Harbor City Ledger. All rights reserved.",
    "© 2024 Harbor City Ledger",
    "This post may contain affiliate links. Read my full disclosure.",
    "We may earn commission from links on this page.",
    "If you buy through our links, we may earn a small commission at no cost to you.",
    "Start your 30-day free trial today",
    "Please enable JavaScript to view the comments",
    "Your support makes all the difference.",
    "Before you continue to Search: we and our partners use cookies. Accept all or Reject all.",
    "Manage your privacy settings. Please enable JavaScript.",
    "WE AND OUR PARTNERS STORE INFORMATION ON A DEVICE",
    "The council voted 7-2 on Tuesday to widen the harbor road.",
    "“We earn our keep,” the mayor said of the port’s commission.",
    "",
]


@pytest.mark.parametrize("line", _LINES)
def test_screen_never_passes_over_a_match(line: str) -> None:
    for pattern in (*(p for _reason, p in CHROME_PATTERNS), *AFFILIATE_DISCLOSURES, *CONSENT_WALL):
        needles = pattern_needles(pattern)
        if re.search(pattern, line, re.IGNORECASE):
            assert could_match(needles, needles_in(line, needles)), pattern


@pytest.mark.parametrize("line", _LINES)
def test_screened_chrome_reason_agrees_with_a_full_search(line: str) -> None:
    full = next((reason for reason, pattern in CHROME_PATTERNS if re.search(pattern, line, re.IGNORECASE)), None)
    assert chrome.chrome_reason(line) == full


@pytest.mark.parametrize("line", _LINES)
def test_screened_disclosure_agrees_with_a_full_search(line: str) -> None:
    full = any(re.search(pattern, line, re.IGNORECASE) for pattern in AFFILIATE_DISCLOSURES)
    assert body._is_disclosure(line) == full
