"""Extractor stub: replaced by the organizations extractor."""
from __future__ import annotations


def extract(context) -> list:
    return []
