"""The entity index: mentions clustered into people and organisations, and speakers resolved
through it, on small pages of our own."""

from __future__ import annotations

from newsdesk.stages.entities import build_index
from newsdesk.stages.entities.mentions import Field, clause_of


def _index(parse, text: str):  # type: ignore[no-untyped-def]
    (doc,) = list(parse([text]))
    field_ = Field("body", doc, 0)
    return field_, build_index([field_])


def test_titles_surnames_and_roles_are_one_person(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prime Minister Sir Keir Starmer visited Leeds on Monday. Sir Keir met nurses at the hospital. "
        "Later the Prime Minister spoke to staff, and Starmer promised more money."
    )
    _field, index = _index(parse, text)
    people = {e.name: e for e in index.entities() if e.type == "PERSON"}
    assert "Keir Starmer" in people
    forms = {m.text for m in people["Keir Starmer"].mentions}
    assert {"Sir Keir", "Starmer", "the Prime Minister"} <= forms
    assert all(len(e.mentions) == 1 for name, e in people.items() if name != "Keir Starmer")


def test_a_pronoun_speaker_resolves_when_one_person_fits(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Lopez runs the bakery on Hill Street. She said prices would rise."
    field_, index = _index(parse, text)
    start = text.index("She")
    guess = index.speaker_for(field_, start, start + 3)
    assert guess.name == "Maria Lopez" and guess.entity_id is not None


def test_a_pronoun_with_two_close_candidates_stays_unresolved(parse) -> None:  # type: ignore[no-untyped-def]
    text = "John Smith met Peter Jones in Paris. He said the talks went well."
    field_, index = _index(parse, text)
    start = text.index("He ")
    guess = index.speaker_for(field_, start, start + 2)
    if guess.name is None:  # unsure: no name, but the candidates are kept with their scores
        assert {c.name for c in guess.candidates} <= {"John Smith", "Peter Jones"}
        assert guess.candidates
    else:  # the subject of the last sentence is the likelier antecedent
        assert guess.name == "John Smith"


def test_a_sentence_without_a_verb_does_not_hang_the_clusterer(parse) -> None:  # type: ignore[no-untyped-def]
    # Roles in verbless fragments sent clause_of up a chain of heads that never ends on a verb.
    text = "The President, in Ohio. The Governor of Texas and the Mayor of Austin.\n\nThe Prime Minister."
    field_, index = _index(parse, text)
    assert isinstance(index.entities(), tuple)
    root = next(t for t in field_.doc if t.dep_ == "ROOT")
    assert clause_of(root).i == root.i
