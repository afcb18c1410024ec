"""Whether a naming verb's object carries the name given, or is only whom it names:

    Ruiz called [the plan “a trap”]                the name in quote marks after the object
    Ruiz called [the mayor a coward]               a second noun phrase the parser hung on the object
    Ruiz called [Lee “the best of us”]             the same, the parser taking the name for the head
    Ruiz called the mayor on Monday                 a telephone call: no name given

"call", "dub", "label" and their kind report only with a second noun phrase; the parser rarely marks
it as a complement of the verb (``oprd``), and hangs it instead on the object as an apposition, or
makes the object a modifier of the name. Pure: tokens in, a verdict out.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["gives_a_name"]

_NAME_OPENERS = {"DT", "PRP$", "``"}  # "a coward", "her hero", "“the best”"
_OPENING_QUOTES = {"``"}


def gives_a_name(objects: list[Token]) -> bool:
    """Whether a naming verb's objects hold the name given as well as whom it names."""
    return any(_quoted_after(o) or _appended_name(o) or _name_as_head(o) for o in objects)


def _quoted_after(thing: Token) -> bool:
    """The object followed, inside its phrase, by a quote: the name given ("called the orders “quite
    dangerous”", which the parser reads as a modifier of "orders", not as what they were called)."""
    return any(t.tag_ in _OPENING_QUOTES and t.i > thing.i for t in thing.subtree)


def _appended_name(thing: Token) -> bool:
    """ "called the mayor a coward": a second noun phrase with its own determiner, right after the
    object with no comma between, that the parser made an apposition of it."""
    for child in thing.children:
        if child.dep_ != "appos" or child.i < thing.i or child.pos_ not in ("NOUN", "PROPN"):
            continue
        before = thing.doc[child.left_edge.i - 1]
        if before.text != "," and thing.doc[child.left_edge.i].tag_ in _NAME_OPENERS:
            return True
    return False


def _name_as_head(thing: Token) -> bool:
    """ "called Lee “the best of us”": the parser made the one named a modifier of the name, which
    opens with a quote mark or a determiner between the two."""
    for child in thing.children:
        if child.i > thing.i or child.dep_ not in ("nmod", "compound") or child.pos_ != "PROPN":
            continue
        between = thing.doc[child.right_edge.i + 1 : thing.i]
        if any(t.tag_ in _NAME_OPENERS for t in between):
            return True
    return False
