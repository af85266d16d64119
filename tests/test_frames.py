"""to_frame: tidy tables, one row per item, with the document's id, the item's fields and its offsets.

`sample_document()` builds a Document with items of every kind by hand, so that these tests (and
those of the display and the schema, which import it) do not depend on what the extractors find.
"""
from __future__ import annotations

import sys

import pytest

import tuyengiao
from tuyengiao import (
    Author,
    DateMention,
    Document,
    Organization,
    Person,
    Recommendation,
    Reference,
    Span,
)
from tuyengiao.frames import FRAME_KINDS, columns, item_rows

pd = pytest.importorskip("pandas")

SAMPLE_TEXT = (
    "Lạng Sơn: <Học tập> & làm theo\n"
    "Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị và Nghị quyết Trung ương 4 (khóa XII), "
    "Ban Tuyên giáo Tỉnh ủy kiến nghị Thường trực Tỉnh ủy: tăng cường tuyên truyền; đổi mới phương thức. "
    "Đồng chí Lâm Thị Phương Thanh, Phó Trưởng Ban Tuyên giáo Trung ương, làm việc với Bộ Chính trị "
    "năm 2017.\nNguyễn Đức Luận"
)


def span(needle: str, nth: int = 0, text: str = SAMPLE_TEXT) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(needle, start, start + len(needle))


def item(cls, needle: str, nth: int = 0, **fields):
    s = span(needle, nth)
    return cls(text=s.text, start=s.start, end=s.end, **fields)


def sample_document(id: str | None = "sample") -> Document:
    citation = "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị"
    sentence = "Ban Tuyên giáo Tỉnh ủy kiến nghị Thường trực Tỉnh ủy: tăng cường tuyên truyền; đổi mới phương thức."
    return Document(
        text=SAMPLE_TEXT,
        id=id,
        title="Lạng Sơn: <Học tập> & làm theo",
        title_span=span("Lạng Sơn: <Học tập> & làm theo"),
        author=Author(name="Nguyễn Đức Luận", span=span("Nguyễn Đức Luận")),
        issued_on="2018-10-04",
        body=(0, len(SAMPLE_TEXT)),
        references=(
            item(Reference, citation, kind="directive", number="05", symbol="05-CT/TW", issued_on="2016-05-15",
                 issuer="Bộ Chính trị", full_span=span(citation)),
            item(Reference, "Nghị quyết Trung ương 4 (khóa XII)", kind="resolution", plenum=4, term="XII",
                 name="Nghị quyết Trung ương 4 (khóa XII)"),
        ),
        organizations=(
            item(Organization, "Bộ Chính trị", name="Bộ Chính trị", mentions=(span("Bộ Chính trị"), span("Bộ Chính trị", 1)),
                 type="party", level="central"),
            item(Organization, "Ban Tuyên giáo Tỉnh ủy", name="Ban Tuyên giáo Tỉnh ủy",
                 mentions=(span("Ban Tuyên giáo Tỉnh ủy"),), type="party", level="province"),
            item(Organization, "Thường trực Tỉnh ủy", name="Thường trực Tỉnh ủy", mentions=(span("Thường trực Tỉnh ủy"),)),
        ),
        people=(
            item(Person, "Lâm Thị Phương Thanh", name="Lâm Thị Phương Thanh", mentions=(span("Lâm Thị Phương Thanh"),),
                 titles=("Phó Trưởng Ban Tuyên giáo Trung ương",), honorific="đồng chí"),
        ),
        dates=(
            item(DateMention, "15/5/2016", value="2016-05-15", granularity="day",
                 start_date="2016-05-15", end_date="2016-05-15"),
            item(DateMention, "năm 2017", value="2017", granularity="year", start_date="2017-01-01", end_date="2017-12-31"),
        ),
        recommendations=(
            item(Recommendation, sentence, verb="kiến nghị", by="Ban Tuyên giáo Tỉnh ủy", to="Thường trực Tỉnh ủy",
                 items=("tăng cường tuyên truyền", "đổi mới phương thức"),
                 item_spans=(span("tăng cường tuyên truyền"), span("đổi mới phương thức"))),
        ),
    )


def test_the_sample_is_sound():
    doc = sample_document()
    for kind in doc.KINDS:
        for it in doc.items(kind):
            assert SAMPLE_TEXT[it.start:it.end] == it.text


@pytest.mark.parametrize("kind", Document.KINDS)
def test_one_row_per_item_with_the_doc_id_and_offsets(kind):
    doc = sample_document()
    frame = tuyengiao.to_frame([doc], kind)
    assert list(frame.columns) == columns(kind)
    assert columns(kind)[:4] == ["doc_id", "text", "start", "end"]
    assert len(frame) == len(doc.items(kind)) > 0
    assert set(frame["doc_id"]) == {"sample"}
    assert frame["start"].dtype == "int64" and frame["end"].dtype == "int64"
    for row in frame.itertuples():
        assert SAMPLE_TEXT[row.start:row.end] == row.text


def test_fields_are_flattened_for_a_table():
    doc = sample_document()
    refs = tuyengiao.to_frame(doc, "references")  # one Document is accepted too
    first, second = refs.to_dict("records")
    assert (first["kind"], first["symbol"], first["issued_on"], first["issuer"]) == ("directive", "05-CT/TW", "2016-05-15", "Bộ Chính trị")
    assert (first["full_span_start"], first["full_span_end"]) == (first["start"], first["end"])
    assert str(refs["plenum"].dtype) == "Int64" and pd.isna(first["plenum"]) and second["plenum"] == 4
    assert pd.isna(second["full_span_start"]) and second["term"] == "XII"

    orgs = tuyengiao.to_frame(doc, "organizations")
    bct = orgs[orgs["name"] == "Bộ Chính trị"].iloc[0]
    assert bct["n_mentions"] == 2 and [SAMPLE_TEXT[s:e] for s, e in bct["mentions"]] == ["Bộ Chính trị"] * 2

    people = tuyengiao.to_frame(doc, "people")
    assert people["titles"].tolist() == [["Phó Trưởng Ban Tuyên giáo Trung ương"]]
    assert people.explode("titles")["titles"].tolist() == ["Phó Trưởng Ban Tuyên giáo Trung ương"]

    recs = tuyengiao.to_frame(doc, "recommendations")
    assert recs.loc[0, "items"] == ["tăng cường tuyên truyền", "đổi mới phương thức"]
    assert [SAMPLE_TEXT[s:e] for s, e in recs.loc[0, "item_spans"]] == recs.loc[0, "items"]


def test_rows_follow_documents_and_a_document_without_id_gets_its_position():
    docs = [sample_document("a"), sample_document(None), sample_document("c")]
    frame = tuyengiao.to_frame(docs, "dates")
    assert frame["doc_id"].tolist() == ["a", "a", 1, 1, "c", "c"]
    assert frame["value"].tolist() == ["2016-05-15", "2017"] * 3


def test_documents_table_one_row_per_document():
    failed = Document(text="", id="bad.txt", error="TypeError: boom")
    frame = tuyengiao.to_frame([sample_document(), failed], "documents")
    assert list(frame.columns) == columns("documents")
    assert frame["doc_id"].tolist() == ["sample", "bad.txt"]
    assert frame["n_organizations"].tolist() == [3, 0] and frame["n_references"].tolist() == [2, 0]
    assert frame["author"].tolist()[0] == "Nguyễn Đức Luận" and pd.isna(frame["error"][0]) and frame["error"][1] == "TypeError: boom"
    assert frame["chars"].tolist() == [len(SAMPLE_TEXT), 0]


@pytest.mark.parametrize("kind", FRAME_KINDS)
def test_no_items_still_gives_every_column(kind):
    frame = tuyengiao.to_frame([], kind)
    assert len(frame) == 0 and list(frame.columns) == columns(kind)
    empty = tuyengiao.to_frame([Document(text="Không có gì")], kind)
    assert list(empty.columns) == columns(kind) and len(empty) == (1 if kind == "documents" else 0)


def test_item_rows_are_the_frame_without_pandas():
    docs = [sample_document("a"), sample_document("b")]
    for kind in FRAME_KINDS:
        rows = list(item_rows(docs, kind))
        frame = tuyengiao.to_frame(docs, kind)
        assert len(rows) == len(frame) and all(list(row) == columns(kind) for row in rows)
        assert [row["doc_id"] for row in rows] == frame["doc_id"].tolist()


def test_without_pandas_the_error_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` raise ImportError
    with pytest.raises(ImportError, match=r'pip install "tuyengiao\[pandas\]"'):
        tuyengiao.to_frame([sample_document()], "references")


def test_bad_kind_and_bad_documents_are_clear_errors():
    with pytest.raises(ValueError, match="references, organizations"):
        tuyengiao.to_frame([sample_document()], "reference")
    with pytest.raises(TypeError, match="Documents"):
        tuyengiao.to_frame([{"references": []}], "references")


def test_real_parses_tabulate_with_true_offsets(seed_text):
    doc = tuyengiao.parse(seed_text, id="seed")
    for kind in FRAME_KINDS:
        frame = tuyengiao.to_frame([doc], kind)
        assert list(frame.columns) == columns(kind)
        if kind == "documents":
            assert frame["title"].tolist() == [doc.title]
            continue
        assert len(frame) == len(doc.items(kind))
        for row in frame.itertuples():
            assert seed_text[row.start:row.end] == row.text


def test_import_tuyengiao_stays_light():
    import subprocess

    code = "import sys, tuyengiao; print(sorted(m for m in ('pandas', 'matplotlib', 'nbclient', 'jsonschema') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "[]", result.stderr
