"""Notebook display: the text, HTML-escaped, with every item marked in its kind's colour, and a summary."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tuyengiao
from test_frames import SAMPLE_TEXT, sample_document, span
from tuyengiao import DateMention, Document, Organization, Reference
from tuyengiao.display import COLOURS, LABELS, render_html, to_displacy


class Marks(HTMLParser):
    """Reads render_html's output back: the shown text, and each mark with its text and parent."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[list] = []  # open elements: [tag, attrs, mark record or None]
        self.in_text = False
        self.text_depth = 0
        self.shown = []
        self.marks: list[dict] = []
        self.open_marks: list[dict] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        record = None
        if tag == "mark":
            record = {"kind": attrs["data-kind"], "start": int(attrs["data-start"]), "end": int(attrs["data-end"]),
                      "style": attrs["style"], "title": attrs.get("title"), "text": [],
                      "parent": self.open_marks[-1] if self.open_marks else None}
            self.marks.append(record)
            self.open_marks.append(record)
        self.stack.append([tag, attrs, record])

    def handle_endtag(self, tag):
        open_tag, _, record = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        if record is not None:
            self.open_marks.pop()

    def handle_data(self, data):
        classes = [attrs.get("class", "") for _, attrs, _ in self.stack]
        if not any("tg-text" in c for c in classes) or any("tg-label" in c for c in classes):
            return
        self.shown.append(data)
        for record in self.open_marks:
            record["text"].append(data)

    @property
    def text(self) -> str:
        return "".join(self.shown)


def test_text_is_escaped_and_shown_whole():
    doc = sample_document()
    markup = render_html(doc)
    assert "<Học tập>" not in markup and "&lt;Học tập&gt; &amp; làm theo" in markup
    assert Marks(markup).text == SAMPLE_TEXT


def test_every_item_is_marked_in_its_kind_colour_with_a_label():
    doc = sample_document()
    marks = Marks(render_html(doc)).marks
    expected = set()
    for kind in doc.KINDS:
        for it in doc.items(kind):
            for s in getattr(it, "mentions", ()) or (it,):
                expected.add((kind, s.start, s.end))
    assert {(m["kind"], m["start"], m["end"]) for m in marks} == expected
    for m in marks:
        assert "".join(m["text"]) == SAMPLE_TEXT[m["start"]:m["end"]]
        assert COLOURS[m["kind"]] in m["style"]
    assert len(set(COLOURS.values())) == len(COLOURS) == len(Document.KINDS)
    markup = render_html(doc)
    for kind in doc.KINDS:
        assert f">{LABELS[kind]}</span></mark>" in markup


def test_nested_items_nest_and_crossing_ones_are_counted_not_drawn():
    doc = sample_document()
    marks = Marks(render_html(doc)).marks
    by_text = {(m["kind"], SAMPLE_TEXT[m["start"]:m["end"]]): m for m in marks}
    citation = by_text[("references", "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị")]
    assert by_text[("dates", "15/5/2016")]["parent"] is citation
    first_bct, second_bct = [m for m in marks if m["kind"] == "organizations" and m["start"] in
                             (span("Bộ Chính trị").start, span("Bộ Chính trị", 1).start)]
    assert first_bct["parent"] is citation and second_bct["parent"] is None
    sentence = next(m for m in marks if m["kind"] == "recommendations")
    assert by_text[("organizations", "Thường trực Tỉnh ủy")]["parent"] is sentence

    text = "Nghị quyết số 35-NQ/TW ngày 22/10/2018"
    crossing = Document(
        text=text,
        references=(Reference(text="Nghị quyết số 35-NQ/TW", start=0, end=22, kind="resolution"),),
        dates=(DateMention(text=text[14:38], start=14, end=38, value="2018-10-22", granularity="day"),),
    )
    markup = render_html(crossing)
    drawn = Marks(markup)
    assert [(m["kind"], m["start"], m["end"]) for m in drawn.marks] == [("dates", 14, 38)]  # the longer one
    assert drawn.text == text and "1 span(s) not drawn" in markup


def test_offsets_outside_the_text_are_skipped_and_said():
    doc = Document(text="ngắn", dates=(DateMention(text="x", start=2, end=40, value="2017", granularity="year"),))
    markup = render_html(doc)
    assert "<mark" not in markup and "outside the text" in markup and Marks(markup).text == "ngắn"
    no_text = Document.from_dict(sample_document().to_dict())  # text not passed back
    assert "pass text=" in render_html(no_text)


def test_summary_has_title_counts_and_error_escaped():
    markup = render_html(sample_document())
    assert "Lạng Sơn: &lt;Học tập&gt; &amp; làm theo" in markup and "Nguyễn Đức Luận" in markup
    for kind, count in [("references", 2), ("organizations", 3), ("people", 1), ("dates", 2), ("recommendations", 1)]:
        assert f"</b> {kind} {count}</span>" in markup
    failed = Document(text="", id="x.txt", error="TypeError: <bad> & worse")
    shown = render_html(failed)
    assert "error: TypeError: &lt;bad&gt; &amp; worse" in shown and "<bad>" not in shown


def test_kinds_limits_the_marks():
    doc = sample_document()
    marks = Marks(render_html(doc, kinds=["dates"])).marks
    assert {m["kind"] for m in marks} == {"dates"} and len(marks) == 2
    with pytest.raises(ValueError, match="kinds"):
        render_html(doc, kinds=["date"])
    with pytest.raises(TypeError):
        render_html("not a document")


def test_tooltips_carry_the_main_fields():
    marks = Marks(render_html(sample_document())).marks
    citation = next(m for m in marks if m["kind"] == "references" and m["start"] == span("Chỉ thị").start)
    assert citation["title"] == "directive · 05-CT/TW · 2016-05-15 · Bộ Chính trị"


def test_a_document_shows_itself_in_a_notebook(seed_text):
    doc = tuyengiao.parse(seed_text)
    markup = doc._repr_html_()
    assert markup == render_html(doc) and markup.startswith('<div class="tuyengiao-doc"')
    assert Marks(markup).text == seed_text


def test_to_displacy_gives_the_non_overlapping_top_layer():
    data = to_displacy(sample_document(), kinds=["references", "organizations", "people", "dates"])
    assert data["text"] == SAMPLE_TEXT and data["title"] == sample_document().title
    ends = [(e["start"], e["end"]) for e in data["ents"]]
    assert ends == sorted(ends) and all(a[1] <= b[0] for a, b in zip(ends, ends[1:]))
    labels = {e["label"] for e in data["ents"]}
    assert labels == {"REF", "ORG", "PERSON", "DATE"}  # the date inside the citation is under it, "năm 2017" is not


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet="ab<>&\"' \nơ", min_size=1, max_size=40),
    raw=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45), st.sampled_from(Document.KINDS[:4])), max_size=8),
)
def test_any_spans_give_well_formed_markup_that_reads_back_as_the_text(text, raw):
    items = {kind: [] for kind in Document.KINDS}
    for a, b, kind in raw:
        start, end = min(a, b), max(a, b)
        fields = {"references": {"kind": "other"}, "organizations": {"name": "x"}, "people": {"name": "x"},
                  "dates": {"value": "2017", "granularity": "year"}}[kind]
        cls = {"references": Reference, "organizations": Organization, "people": tuyengiao.Person,
               "dates": DateMention}[kind]
        items[kind].append(cls(text=text[start:end], start=start, end=end, **fields))
    doc = Document(text=text, **{k: tuple(v) for k, v in items.items()})
    parsed = Marks(render_html(doc))  # asserts every tag closes in order
    assert parsed.text == text
    for m in parsed.marks:
        assert "".join(m["text"]) == text[m["start"]:m["end"]]
        parent = m["parent"]
        if parent is not None:
            assert parent["start"] <= m["start"] and m["end"] <= parent["end"]


def test_the_web_pages_leftovers_are_greyed_not_hidden():
    import dataclasses

    doc = dataclasses.replace(sample_document(), body=(0, SAMPLE_TEXT.index("Nguyễn Đức Luận")))
    markup = render_html(doc)
    assert markup.count('class="tg-outside"') == 1
    assert '<span class="tg-outside" title="outside the body" style="opacity: 0.5;">Nguyễn Đức Luận</span>' in markup
    assert Marks(markup).text == SAMPLE_TEXT
    assert 'class="tg-outside"' not in render_html(sample_document())


def test_a_long_text_is_cut_for_display_and_says_so():
    doc = sample_document()
    cut = SAMPLE_TEXT.index("Nghị quyết Trung ương 4")
    markup = render_html(doc, max_chars=cut)
    parsed = Marks(markup)
    assert parsed.text == SAMPLE_TEXT[:cut] + " […]"
    assert all(m["end"] <= cut for m in parsed.marks) and parsed.marks
    assert f"showing the first {cut:,} of {len(SAMPLE_TEXT):,} characters" in markup
    assert "showing the first" not in render_html(doc) and Marks(render_html(doc, max_chars=None)).text == SAMPLE_TEXT
