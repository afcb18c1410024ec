"""The writer's asides that close a sentence after a comma, cut from the end of a report's content:

    Ruiz said the plan was sound[, which the council disputes].        a relative clause
    Baker praised the deal[, a compromise reached after months].       an apposition

What was said ends at the comma; what follows is the writer's comment on it. An aside inside a
quote is the speaker's own words and stays. (A clause of contrast, ", while ...", or a participle,
", putting ...", is as often part of the report: PolNeAR's annotators keep it about as often as
not, so it stays.)

The writer's lead-in before a colon, cut from the start of a quote that a cue after it reports:

    [Ruiz followed up by lamenting the permits:] “There are forms,” she said.
    [Ruiz called the permits a burden -] “There are forms,” she said - and left.

The cue after the quote says the quote, not the sentence that led into it (a report of its own,
or the writer's). Pure: tokens in, tokens out.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["after_semicolon", "reported_side", "without_lead_in", "without_trailing_aside"]

_OPENING_MARKS = {"“", "‘"}
_CLOSING_MARKS = {"”", "’"}
# what ends the words before a quote that the cue after it reports: a colon, or the dash or bracket
# that opens an aside ("Lee called it unfair - “It is a tax,” she said - and left")
_LEAD_IN_ENDS = {":", "(", "-", "\u2013", "\u2014"}
# words that open a clause set against another, not a statement of its own: ", according to the
# poll, although few ...", "..., according to the average - despite winning ..."
_SETTING_OPENERS = {"although", "though", "despite", "while", "whereas", "but", "even"}
_FINITE = {"VBD", "VBP", "VBZ", "MD"}


def without_trailing_aside(tokens: list[Token]) -> list[Token]:
    """The content's tokens (in order) up to the comma before an aside that runs to its end."""
    ordered = sorted(tokens, key=lambda t: t.i)
    words = [t for t in ordered if not (t.is_punct or t.is_space)]
    if not words:
        return tokens
    last = words[-1].i
    for n, comma in enumerate(ordered[:-1]):
        if comma.text != "," or n == 0 or _in_quote(ordered[:n]):
            continue
        after = ordered[n + 1]
        head = _aside_head(after)
        if head is not None and head.right_edge.i >= last and any(t.is_alpha for t in ordered[:n]):
            return ordered[:n]
    return tokens


def without_lead_in(tokens: list[Token], cue: Token) -> list[Token]:
    """The content's tokens after the last colon (or dash or bracket) that opens a quote closed
    before the cue, where the cue follows its content ("...: “...,” she said", "... - “...,” she
    said - ..."); else the tokens as they are."""
    ordered = sorted(tokens, key=lambda t: t.i)
    if not ordered or ordered[-1].i > cue.i:
        return tokens
    for n in range(len(ordered) - 2, 0, -1):
        colon, mark = ordered[n], ordered[n + 1]
        if colon.text in _LEAD_IN_ENDS and mark.text in _OPENING_MARKS | {'"'} and not _in_quote(ordered[:n]):
            closed = any(t.text in _CLOSING_MARKS or t.text == '"' for t in cue.doc[mark.i + 1 : cue.i])
            return ordered[n + 1 :] if closed and any(t.is_alpha for t in ordered[:n]) else tokens
    return tokens


def _aside_head(first: Token) -> Token | None:
    """The head of the aside that opens with this token, if it opens one."""
    if first.tag_ in ("WDT", "WP", "WP$") or first.lower_ == "where":
        clause = first.head
        return clause if clause.dep_ == "relcl" and clause.left_edge.i == first.i else None
    for candidate in (first, first.head, first.head.head):
        if candidate.dep_ == "appos" and candidate.left_edge.i == first.i and _describes(candidate):
            return candidate
    return None


def _describes(apposition: Token) -> bool:
    """An apposition that describes ("a claim not recognized abroad", "the group's founders"), not
    a name in a list the parser took for one ("Trump, Ben Carson, and Carly Fiorina")."""
    return apposition.pos_ == "NOUN" and apposition.left_edge.pos_ in ("DET", "NUM", "PRON")


def _in_quote(before: list[Token]) -> bool:
    opened = sum(t.text in _OPENING_MARKS for t in before) - sum(t.text in _CLOSING_MARKS for t in before)
    return opened > 0 or sum(t.text == '"' for t in before) % 2 == 1


def after_semicolon(tokens: list[Token], cue: Token) -> list[Token]:
    """The content's tokens after the last semicolon before the cue, outside quote marks: a
    clause before a semicolon stands on its own, and is no part of what a later verb reports ("Most
    voters say they are tired; [a third say they are angry]", where the parser hung the first
    clause on the second's verb)."""
    ordered = sorted(tokens, key=lambda t: t.i)
    if not ordered or ordered[0].i > cue.i:
        return tokens
    doc = cue.doc
    stops = [t.i for t in doc[ordered[0].i : cue.i] if t.text == ";" and not _in_quote(list(doc[ordered[0].i : t.i]))]
    if not stops:
        return tokens
    kept = [t for t in ordered if t.i > stops[-1]]
    return kept if any(t.pos_ in ("VERB", "AUX") for t in kept) else tokens  # a clause, not a stray word


def reported_side(before: list[Token], after: list[Token]) -> list[Token]:
    """The words that "according to X" reports, of those before it and those after it in its
    sentence: the side that holds a clause of its own ("Most voters back the plan, according to
    the poll, [a rise since May]": before), else the longer. A side that opens with a word of
    contrast or concession ("although ...", "despite ...") is the writer's, not the source's."""
    before_says, after_says = _says_something(before), _says_something(after)
    if before_says != after_says:
        return before if before_says else after
    return after if len(after) >= len(before) else before


def _says_something(tokens: list[Token]) -> bool:
    """Whether words hold a finite verb and do not open with a word of contrast or concession."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if not words or words[0].lower_ in _SETTING_OPENERS:
        return False
    return any(t.tag_ in _FINITE for t in words)
