"""The public API: types in, Documents out, JSON that round-trips."""
from __future__ import annotations

import json
import pickle

import pytest

import tuyengiao


@pytest.mark.parametrize("bad", [None, 123, 4.5, ["text"], object()])
def test_non_text_input_raises_type_error_naming_the_argument(bad):
    with pytest.raises(TypeError, match="'text' must be str"):
        tuyengiao.parse(bad)


def test_bytes_input_says_to_decode_first():
    with pytest.raises(TypeError, match="decode"):
        tuyengiao.parse("Chỉ thị số 05-CT/TW".encode())


@pytest.mark.parametrize("blank", ["", " ", "\n\r\n\t \u00a0\u200b"])
def test_empty_and_blank_text_give_an_empty_document(blank):
    doc = tuyengiao.parse(blank)
    assert doc.title is None and doc.author is None
    assert all(doc.items(kind) == () for kind in doc.KINDS)


def test_to_dict_has_the_spec_keys_and_round_trips(seed_text):
    doc = tuyengiao.parse(seed_text)
    data = doc.to_dict()
    assert data["schema_version"] == "1"
    for key in ("title", "author", "references", "organizations", "people", "dates", "recommendations"):
        assert key in data
    assert data["author"]["name"] == "Nguyễn Đức Luận"
    again = tuyengiao.Document.from_dict(json.loads(doc.to_json()), text=seed_text)
    assert again == doc


def test_documents_pickle(seed_text):
    doc = tuyengiao.parse(seed_text)
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_web_leftovers_are_outside_the_body(seed_text):
    doc = tuyengiao.parse(seed_text)
    start, end = doc.body
    body = seed_text[start:end]
    assert body.rstrip().endswith("Ban Tuyên giáo Tỉnh ủy Lạng Sơn")
    assert "Có thể bạn quan tâm" in seed_text and "Có thể bạn quan tâm" not in body


def test_formal_document_title_is_the_type_word_and_trich_yeu():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 119/QĐ-UBND\n\nBắc Giang, ngày 23 tháng 11 năm 2009\n\n"
        "QUYẾT ĐỊNH\nVỀ VIỆC BỔ SUNG THỦ TỤC HÀNH CHÍNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    assert tuyengiao.parse(text).title == "QUYẾT ĐỊNH VỀ VIỆC BỔ SUNG THỦ TỤC HÀNH CHÍNH"


def test_party_document_title_keeps_its_lower_case_trich_yeu():
    text = (
        "TỈNH ỦY BẮC NINH\n*\nSố 25-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nBắc Ninh, ngày 12 tháng 3 năm 2021\n\n"
        "KẾ HOẠCH\ntổ chức học tập, quán triệt, tuyên truyền và triển khai thực hiện\n"
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng\n\n"
        "Thực hiện Kế hoạch số 01-KH/TW, ngày 17/02/2021 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:\n"
    )
    assert tuyengiao.parse(text).title == (
        "KẾ HOẠCH tổ chức học tập, quán triệt, tuyên truyền và triển khai thực hiện "
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
    )


def test_an_opening_sentence_is_not_a_title():
    text = "Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17.\nNội dung Chỉ thị nêu rõ."
    assert tuyengiao.parse(text).title is None


@pytest.mark.parametrize(
    "ending, name",
    [("\n\nCTV Diệp Hoàng\n\nTrả lời\n\nEmail của bạn sẽ không được hiển thị công khai.", "Diệp Hoàng"),
     ("\n\nT.H(bt)\n\nXem chi tiết trong file đính kèm", "T.H"),
     ("\n\nKIỂU BẢO", "KIỂU BẢO"),
     ("\n\nQuang cảnh hội nghị.", None)],
)
def test_bylines_at_the_end(ending, name):
    text = "Hội nghị giao ban\n\nSáng 17-12, Ban Tuyên giáo Trung ương tổ chức hội nghị." + ending
    doc = tuyengiao.parse(text)
    assert (doc.author.name if doc.author else None) == name
    if doc.author:
        assert text[doc.author.span.start : doc.author.span.end] == name
