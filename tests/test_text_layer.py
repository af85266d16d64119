"""The text layer: normalisation for the extractors, and offsets that always index the caller's string."""
from __future__ import annotations

import unicodedata

import pytest

import tuyengiao
from tuyengiao.text import SourceText, standardize_tones

from conftest import dev_texts


def old_tone_style(text: str) -> str:
    """Rewrite standard tone placement into the old style ("hòa" → "hoà", "thủy" → "thuỷ")."""
    swaps = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}
    for new, old in swaps.items():
        text = text.replace(new, old)
    return text


VARIANTS = {
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "old_tones": old_tone_style,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "nbsp_and_zero_width": lambda t: t.replace(" ", "\u00a0", 50).replace("Tỉnh", "Tỉnh\u200b"),
    "all_at_once": lambda t: unicodedata.normalize("NFD", old_tone_style(t)).replace("\n", "\r\n"),
}


@pytest.mark.parametrize(
    "old, standard",
    [
        ("Ban Tuyên giáo Tỉnh uỷ", "Ban Tuyên giáo Tỉnh ủy"),
        ("hoà bình", "hòa bình"),
        ("thuỷ lợi", "thủy lợi"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("TỈNH UỶ YÊN BÁI", "TỈNH ỦY YÊN BÁI"),
        # Closed syllables and qu- keep their mark where it is.
        ("hoàn thành toàn diện", "hoàn thành toàn diện"),
        ("quý I năm 2018", "quý I năm 2018"),
        ("khuyến khích", "khuyến khích"),
    ],
)
def test_tone_placement_is_standardised_only_in_open_syllables(old, standard):
    assert standardize_tones(old) == standard


def test_normalised_text_is_nfc_with_plain_spaces_dashes_and_lf():
    source = SourceText.prepare(unicodedata.normalize("NFD", "Số:\u00a0100 – KL/TƯ\r\nThành uỷ"))
    assert source.normalized == "Số: 100 - KL/TƯ\nThành ủy"


def test_spans_map_back_through_composition_crlf_and_zero_width():
    original = unicodedata.normalize("NFD", "Tỉnh\u200b uỷ\r\nLạng Sơn")
    source = SourceText.prepare(original)
    assert source.normalized == "Tỉnh ủy\nLạng Sơn"
    at = source.normalized.index("Lạng Sơn")
    span = source.span(at, at + len("Lạng Sơn"))
    assert span.text == original[span.start : span.end]
    assert unicodedata.normalize("NFC", span.text) == "Lạng Sơn"
    whole = source.span(0, len(source.normalized))
    assert (whole.start, whole.end) == (0, len(original))
    # A span ending right before a dropped zero-width character does not swallow it.
    assert source.span(0, 4).text == unicodedata.normalize("NFD", "Tỉnh")


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_seed_variants_give_the_same_title_author_and_true_spans(seed_text, variant):
    reference = tuyengiao.parse(seed_text)
    changed = VARIANTS[variant](seed_text)
    doc = tuyengiao.parse(changed)
    assert doc.title == reference.title == "Lạng Sơn: Tiếp tục đổi mới nội dung, phương thức công tác tuyên giáo"
    assert doc.author.name == "Nguyễn Đức Luận"
    assert doc.author.affiliation == "Ban Tuyên giáo Tỉnh ủy Lạng Sơn"
    for span in [doc.title_span, doc.author.span]:
        assert changed[span.start : span.end] == span.text


def all_spans(doc):
    """Every (text, start, end) the document claims, items and mentions alike."""
    for kind in doc.KINDS:
        for item in doc.items(kind):
            yield item
            yield from getattr(item, "mentions", ())
            yield from getattr(item, "item_spans", ())


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_span_checks_and_the_same_items_come_out_on_every_variant(variant):
    for doc_id, text in dev_texts():
        changed = VARIANTS[variant](text)
        doc, reference = tuyengiao.parse(changed), tuyengiao.parse(text)
        for span in all_spans(doc):
            assert changed[span.start : span.end] == span.text, (doc_id, span)
        for kind in doc.KINDS:
            keys = [_key(item) for item in doc.items(kind)]
            assert keys == [_key(item) for item in reference.items(kind)], (doc_id, kind)


def _key(item):
    """An item's fields without its evidence, in the standard form."""
    fields = {k: v for k, v in item.__dict__.items() if k not in ("text", "start", "end", "mentions", "item_spans", "full_span")}
    return tuyengiao.normalize(repr(sorted(fields.items())))
