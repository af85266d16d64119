"""Extractor stub: replaced by the dates extractor."""
from __future__ import annotations


def extract(context) -> list:
    return []
