from __future__ import annotations

from docket.review.highlight import Span, highlighted


def test_text_is_escaped_and_marks_sit_on_code_points() -> None:
    text = "Café <b>Ivan</b> — «détenu» 😀 then <script>x</script>"
    start = text.index("<b>Ivan</b>")
    html = str(highlighted(text, [Span(start, start + len("<b>Ivan</b>"), 7, "victims")]))
    assert "<b>" not in html and "<script>" not in html
    assert (
        '<mark class="evidence" data-incidents="7" title="victims">&lt;b&gt;Ivan&lt;/b&gt;'
        "</mark>" in html
    )
    assert "Café" in html and "😀" in html


def test_overlapping_spans_split_into_marked_stretches() -> None:
    text = "abcdefghij"
    html = str(highlighted(text, [Span(1, 6, 1, "act"), Span(4, 9, 2, "date")]))
    assert html == (
        'a<mark class="evidence" data-incidents="1" title="act">bcd</mark>'
        '<mark class="evidence overlap" data-incidents="1 2" title="act, date">ef'
        '</mark><mark class="evidence" data-incidents="2" title="date">ghi</mark>j'
    )


def test_spans_out_of_range_are_clamped() -> None:
    assert str(highlighted("abc", [Span(2, 99, None, "x")])).endswith(">c</mark>")
