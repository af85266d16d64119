"""Extractor stub: replaced by the recommendations extractor."""
from __future__ import annotations


def extract(context) -> list:
    return []
