"""Extractor stub: replaced by the references extractor."""
from __future__ import annotations


def extract(context) -> list:
    return []
