"""Loading the package's data files (word lists and tables under tuyengiao/data/), once each."""
from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from importlib import resources


def _read_text(name: str) -> str:
    return unicodedata.normalize("NFC", resources.files("tuyengiao").joinpath("data", name).read_text("utf-8"))


@lru_cache(maxsize=None)
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a data file, without '#' comment lines."""
    return tuple(
        line.strip() for line in _read_text(name).splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


@lru_cache(maxsize=None)
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file, without '#' comment lines."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in read_lines(name))


@lru_cache(maxsize=None)
def read_json(name: str):
    return json.loads(_read_text(name))
