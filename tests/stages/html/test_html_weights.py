"""What blocks weigh: prose or not, and each element's total of a per-block weight."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsdesk.stages.html.blocks import read_blocks
from newsdesk.stages.html.weights import is_prose_block, sum_up

PAGE = """<body><main><article><p>one two</p><div><p>three</p><p>four five six</p></div></article>
<aside><p>seven</p></aside></main></body>"""


def test_each_element_totals_the_blocks_inside_it() -> None:
    page = read_blocks(LexborHTMLParser(PAGE).body)
    words = [len(block.text.split()) for block in page.blocks]
    totals = sum_up(page, words)
    tags = [element.tag for element in page.elements]
    assert totals[tags.index("main")] == sum(words)
    assert totals[tags.index("article")] == 6
    assert totals[tags.index("div")] == 4
    assert sum_up(page, [0] * len(page.blocks)) == [0.0] * len(page.elements)


PROSE = [
    ("The council voted on Tuesday to close the old bridge for repairs until May.", 0.0, True),
    ("The council voted on Tuesday to close the old bridge for repairs until May.", 0.7, False),  # links
    ("Home News Sport Business Culture Travel Weather Opinion Video", 0.0, False),  # capitalised menu
    ("the council voted to close the bridge", 0.0, False),  # too short
    ("the council voted on Tuesday to close the old bridge for repairs", 0.0, False),  # no sentence end
]


@pytest.mark.parametrize(("text", "links", "prose"), PROSE)
def test_prose_is_sentences_of_enough_words_few_of_them_links(text: str, links: float, prose: bool) -> None:
    assert is_prose_block(text, len(text.split()), links) is prose


@pytest.mark.parametrize(("text", "links", "prose"), PROSE)
def test_prose_is_the_same_with_the_words_given(text: str, links: float, prose: bool) -> None:
    # classify() passes the words it has split already: the verdict must not change with them.
    assert is_prose_block(text, len(text.split()), links, text.split()) is prose
