"""Name variants: keys, merging across articles, and what a typed name finds."""

from __future__ import annotations

import pytest

from newsdesk.adapters.store.names import NameCount, NameIndex, group_names, name_key, slug


@pytest.mark.parametrize(
    ("name", "type_", "key"),
    [
        ("Keir Starmer", "PERSON", "keir starmer"),
        ("Sir Keir Starmer", "PERSON", "keir starmer"),
        ("Prime Minister Keir Starmer", "PERSON", "keir starmer"),
        ("Donald J. Trump", "PERSON", "donald trump"),
        ("Martin Luther King Jr.", "PERSON", "martin king"),
        ("José Álvarez", "PERSON", "jose alvarez"),
        ("Starmer’s", "PERSON", "starmer"),
        ("The Labour Party", "ORG", "labour party"),
        ("Federation of Small Businesses", "ORG", "federation of small businesses"),  # organisations keep all words
        ("Dr", "PERSON", "dr"),  # a lone title is kept rather than emptied
    ],
)
def test_name_key(name: str, type_: str, key: str) -> None:
    assert name_key(name, type_) == key


def _groups(*names: tuple[str, str, int]) -> dict[str, set[str]]:
    return {g.name: set(g.variants) for g in group_names(NameCount(*n) for n in names)}


def test_titles_and_surnames_merge_into_the_full_name() -> None:
    groups = _groups(
        ("Keir Starmer", "PERSON", 5),
        ("Sir Keir Starmer", "PERSON", 2),
        ("Starmer", "PERSON", 3),
        ("Sir Keir", "PERSON", 1),
    )
    assert groups == {"Keir Starmer": {"Keir Starmer", "Sir Keir Starmer", "Starmer", "Sir Keir"}}


def test_a_shared_surname_stays_alone() -> None:
    groups = _groups(("Mira Sand", "PERSON", 1), ("Peter Sand", "PERSON", 1), ("Sand", "PERSON", 4))
    assert groups == {"Sand": {"Sand"}, "Mira Sand": {"Mira Sand"}, "Peter Sand": {"Peter Sand"}}


def test_an_organisation_never_absorbs_a_one_word_name() -> None:
    groups = _groups(
        ("Trump campaign", "ORG", 2), ("Trump", "PERSON", 1), ("Labour Party", "ORG", 1), ("Labour", "ORG", 1)
    )
    assert groups == {
        "Trump campaign": {"Trump campaign"},
        "Trump": {"Trump"},
        "Labour Party": {"Labour Party"},
        "Labour": {"Labour"},
    }


def test_a_group_counts_all_its_variants_and_shows_the_untitled_full_name() -> None:
    [group] = group_names([NameCount("Sir Ed Davey", "PERSON", 5), NameCount("Ed Davey", "PERSON", 1)])
    assert (group.id, group.name, group.count, group.type) == ("ed-davey", "Ed Davey", 6, "PERSON")


def test_typed_names_find_their_groups() -> None:
    index = NameIndex(
        group_names(
            [
                NameCount("Keir Starmer", "PERSON", 2),
                NameCount("Mira Sand", "PERSON", 1),
                NameCount("Peter Sand", "", 1),
            ]
        )
    )
    assert [g.name for g in index.matching("starmer")] == ["Keir Starmer"]
    assert [g.name for g in index.matching("Sir Keir")] == ["Keir Starmer"]
    assert index.lookup("keir-starmer") is not None
    assert {g.name for g in index.matching("Sand")} == {"Mira Sand", "Peter Sand"}
    assert index.lookup("Sand") is None
    assert index.matching("Keir Sand") == []
    assert index.matching("Nobody") == []


@pytest.mark.parametrize(
    ("key", "expected"), [("keir starmer", "keir-starmer"), ("o'neill", "o-neill"), ("", "unnamed")]
)
def test_slug(key: str, expected: str) -> None:
    assert slug(key) == expected
