"""The shared spaCy pipeline: a quote mark glued to a word by a lost space is a token of its own;
text with its spaces, and marks that are no quotes, tokenize as the model ships them. Its matrix
products run in numpy's BLAS on one thread, and it parses as thinc's own operations do."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("“We will win,”Clinton said.", ["“", "We", "will", "win", ",", "”", "Clinton", "said", "."]),
        ("She said,“Look at the polls.”", ["She", "said", ",", "“", "Look", "at", "the", "polls", ".", "”"]),
        ("He said:“Go.”", ["He", "said", ":", "“", "Go", ".", "”"]),
        ("“Yes”she said.", ["“", "Yes", "”", "she", "said", "."]),
        ('The mayor said,"No."', ["The", "mayor", "said", ",", '"', "No", ".", '"']),
        # negatives: spaced quotes, and marks that are no quotes, as the model ships them
        ("“We will win,” Clinton said.", ["“", "We", "will", "win", ",", "”", "Clinton", "said", "."]),
        ("He is 5'11\" tall.", ["He", "is", "5'11", '"', "tall", "."]),
        ("The U.S. economy grew 3.5 percent.", ["The", "U.S.", "economy", "grew", "3.5", "percent", "."]),
        ("Visit example.com/a,b today.", ["Visit", "example.com/a,b", "today", "."]),
    ],
)
def test_glued_quote_marks_are_tokens_of_their_own(nlp, text: str, tokens: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_every_layer_of_the_pipeline_runs_on_numpy_blas(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsdesk.nlp import OneThreadBlasOps

    pipes = [pipe for _name, pipe in nlp.pipeline if hasattr(pipe, "model")]
    # spaCy builds the transition models' output layer on plain CPU ops itself; greedy parsing
    # reads its weights in compiled code, so its ops never run
    output_layers = {id(p.model.get_ref("upper")) for p in pipes if p.model.has_ref("upper")}
    layers = [node for pipe in pipes for node in pipe.model.walk() if id(node) not in output_layers]
    assert len(layers) > 100
    assert all(isinstance(node.ops, OneThreadBlasOps) for node in layers)


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (True, False), (False, True), (True, True)])
def test_the_matrix_product_is_numpys_and_leaves_the_blas_threads_as_they_were(trans1: bool, trans2: bool) -> None:
    import numpy
    from threadpoolctl import ThreadpoolController

    from newsdesk.nlp import OneThreadBlasOps

    rng = numpy.random.default_rng(7)
    x = rng.random((5, 3), dtype="float32")
    y = rng.random((3, 4), dtype="float32")
    left, right = (x.T.copy() if trans1 else x), (y.T.copy() if trans2 else y)
    threads = [pool["num_threads"] for pool in ThreadpoolController().info()]
    out = numpy.empty((5, 4), dtype="float32")
    product = OneThreadBlasOps().gemm(left, right, out=out, trans1=trans1, trans2=trans2)
    assert product is out
    assert numpy.allclose(product, x @ y, atol=1e-6)
    assert numpy.allclose(OneThreadBlasOps().gemm(left, right, trans1=trans1, trans2=trans2), x @ y, atol=1e-6)
    assert [pool["num_threads"] for pool in ThreadpoolController().info()] == threads


@pytest.mark.parametrize("page", sorted(EXAMPLES.glob("*.txt")), ids=lambda path: path.stem)
def test_the_parse_is_the_one_thincs_own_operations_give(nlp, as_shipped_blas, page) -> None:  # type: ignore[no-untyped-def]
    def annotations(doc):  # type: ignore[no-untyped-def]
        return [(t.text, t.tag_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]

    text = page.read_text(encoding="utf-8")
    assert annotations(nlp(text)) == annotations(as_shipped_blas(text))


@pytest.fixture(scope="module")
def as_shipped_blas():  # type: ignore[no-untyped-def]
    from newsdesk.nlp import load_model

    return load_model(numpy_blas=False)
