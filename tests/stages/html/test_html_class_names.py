"""What one class or id name says: story, a chrome reason, or nothing."""

from __future__ import annotations

import pytest

from newsdesk.stages.html import blocks
from newsdesk.vocab.selectors import CHROME_WORDS, STORY_WORDS


def _roles_by_first_chrome_word(name: str) -> tuple[bool, str | None]:
    """The plain definition: the first chrome word gives the reason; in a comment's name only
    the words before "comment" may say story."""
    words = blocks._name_words(name)
    chrome_at = next((i for i, w in enumerate(words) if w in CHROME_WORDS), -1)
    chrome = CHROME_WORDS[words[chrome_at]] if chrome_at >= 0 else None
    if chrome == "comments":
        words = words[:chrome_at]
    return not STORY_WORDS.isdisjoint(words), chrome


NAMES = [
    "container",
    "article-body",
    "entry-content",
    "share-buttons",
    "comment-body",
    "article-comments",
    "content-sidebar",
    "readMore",
    "related-posts-widget",
    "has-comments",  # a property, not a role: says nothing
    "",
]


@pytest.mark.parametrize("name", NAMES)
def test_name_roles_follow_the_first_chrome_word(name: str) -> None:
    blocks._NAME_ROLES.pop(name, None)  # read afresh, not from the cache
    assert blocks._name_roles(name) == _roles_by_first_chrome_word(name)


def test_a_chrome_name_and_a_story_name() -> None:
    assert blocks._name_roles("entry-content")[0]
    assert blocks._name_roles("share-buttons")[1] is not None
    assert blocks._name_roles("container") == (False, None)
