"""frontlines' spaCy components (in the pipeline's model), on sentences written for them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "subject", "verb", "label"),
    [
        (
            "On 3 June 2021, near the bridge between the Alpha and Beta quarters, Nakuru, a man was found dead.",
            "man",
            "found",
            "nsubjpass",
        ),
        (
            "Around 3 June 2021 (as reported), between the towns of Embu and Meru, Eastern, the body of a woman "
            "was found.",
            "body",
            "found",
            "nsubjpass",
        ),
    ],
)
def test_a_subject_hung_on_a_fronted_place_is_given_back_to_its_verb(pipeline, text, subject, verb, label) -> None:
    doc = pipeline.nlp(text)
    token = next(t for t in doc if t.text == subject)
    assert token.head.text == verb
    assert token.dep_ == label
    # the fronted words that held the role keep no subject label
    assert [t.text for t in token.head.children if t.dep_ in ("nsubj", "nsubjpass")] == [subject]


def test_a_true_apposition_is_left_alone(pipeline) -> None:
    doc = pipeline.nlp("Yesterday in Nairobi, John Kamau, a teacher, was arrested by police.")
    teacher = next(t for t in doc if t.text == "teacher")
    assert teacher.dep_ != "nsubjpass"


def test_no_sentence_starts_after_a_number(pipeline) -> None:
    doc = pipeline.nlp("Militants attacked a base near the town (Afgooye, Lower Shabelle). 14 militants were killed.")
    fourteen = next(t for t in doc if t.text == "14")
    assert fourteen.sent.text.startswith("14 militants")
    assert fourteen.head.text == "militants"


def test_no_sentence_starts_with_a_bracket_or_a_lower_case_word_after_a_word(pipeline) -> None:
    doc = pipeline.nlp("A bomb planted near the Central Bank of Yemen [Hayy al Qati] (Crater, Aden) detonated at noon.")
    assert len(list(doc.sents)) == 1
    doc = pipeline.nlp("Two soldiers were killed. [Update] Police said more died.")
    assert len(list(doc.sents)) >= 2


def test_the_acronym_is_is_read_as_a_name_not_a_verb(pipeline) -> None:
    doc = pipeline.nlp("The army carried out a raid near the river, leaving 2 IS fighters dead.")
    acronym = next(t for t in doc if t.text == "IS")
    assert acronym.pos_ != "AUX"
    assert acronym.head.text == "fighters"


def test_is_in_a_capitalised_headline_stays_a_word(pipeline) -> None:
    doc = pipeline.nlp("THE SIEGE IS OVER")
    assert next(t for t in doc if t.text == "IS").norm_ == "is"
