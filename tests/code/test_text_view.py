from __future__ import annotations

from docket.code.text import MAX_SENTENCE, clauses, plain_view, sentences


def test_plain_view_keeps_offsets_and_blanks_link_syntax() -> None:
    text = "The site [reported](https://x.org/a) it. See <https://x.org>.\n\n**Bold** words."
    plain = plain_view(text)
    assert len(plain) == len(text)
    assert "reported" in plain and "https" not in plain and "**" not in plain
    at = plain.index("reported")
    assert text[at : at + 8] == "reported"


def test_sentences_respect_abbreviations_and_paragraphs() -> None:
    text = "Mr. Smith was arrested in the U.S. on Monday. He was freed.\n\nA new paragraph."
    found = sentences(plain_view(text))
    assert [s.text for s in found] == [
        "Mr. Smith was arrested in the U.S. on Monday.",
        "He was freed.",
        "A new paragraph.",
    ]
    assert [s.paragraph for s in found] == [0, 0, 1]
    for sentence in found:
        assert text[sentence.start : sentence.end] == sentence.text


def test_a_month_abbreviation_ends_a_sentence_before_a_capital() -> None:
    # "Jun." before a day abbreviates June; before a capitalised word the stop ends the
    # sentence (here after a name that looks like the abbreviation).
    text = "He was detained on Jun. 5 in Hanoi. She accused Li Jun. Police denied it."
    assert [s.text for s in sentences(plain_view(text))] == [
        "He was detained on Jun. 5 in Hanoi.",
        "She accused Li Jun.",
        "Police denied it.",
    ]


def test_clauses_split_at_after() -> None:
    (sentence,) = sentences("They fled the country last summer after they were tortured by police.")
    assert [c.text for c in clauses(sentence)] == [
        "They fled the country last summer",
        "after they were tortured by police.",
    ]


def test_a_wall_of_text_is_cut_into_bounded_pieces() -> None:
    wall = "word " * 5_000
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences(wall))
