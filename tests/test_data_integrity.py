"""The package's data files: one place for word lists and tables, kept clean (dateparser's integrity-test idea)."""
from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from tuyengiao.text import standardize_tones

DATA = resources.files("tuyengiao").joinpath("data")
FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".txt", ".tsv", ".json")))


def test_there_are_data_files():
    assert "tone_styles.tsv" in FILES and "leftovers.txt" in FILES


@pytest.mark.parametrize("name", FILES)
def test_data_file_is_nfc_utf8(name):
    text = DATA.joinpath(name).read_bytes().decode("utf-8")
    assert unicodedata.is_normalized("NFC", text), name


@pytest.mark.parametrize("name", [n for n in FILES if n != "tone_styles.tsv"])
def test_data_file_uses_the_standard_tone_style(name):
    # The extractors read text in the standard style ("ủy", "hòa"); data in the old style would never match.
    text = DATA.joinpath(name).read_text("utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.lstrip().startswith("#"):
            assert standardize_tones(line) == line, f"{name}:{number}: {line!r}"


@pytest.mark.parametrize("name", [n for n in FILES if n.endswith((".txt", ".tsv"))])
def test_no_duplicate_entries(name):
    rows = [
        line.rstrip("\n")
        for line in DATA.joinpath(name).read_text("utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    duplicates = sorted({row for row in rows if rows.count(row) > 1})
    assert not duplicates, f"{name}: {duplicates}"
