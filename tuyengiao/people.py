"""Extractor stub: replaced by the people extractor."""
from __future__ import annotations


def extract(context) -> list:
    return []
