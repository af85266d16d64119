"""Reading text files: UTF-8 (with or without BOM) and UTF-16 with a BOM; anything else is a clear error."""
from __future__ import annotations

import codecs
import os
from pathlib import Path

from .models import Document


class UnreadableFileError(ValueError):
    """A file that cannot be read as text. The message names the file and the reason in one line."""


def read_text(path: str | os.PathLike) -> str:
    """The text of a file, decoded from UTF-8 or UTF-16 (by its BOM)."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFileError(f"{path}: cannot read: {error.strerror or error}") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableFileError(
            f"{path}: not UTF-8 or UTF-16 text (byte {error.start}: {error.reason}); convert it to UTF-8 first"
        ) from None
    if "\x00" in text:
        raise UnreadableFileError(f"{path}: contains NUL bytes, so it is not a text file")
    return text


def parse_file(path: str | os.PathLike) -> Document:
    """Parse a text file; the Document's `id` is the path as given."""
    from .pipeline import parse

    return parse(read_text(path), id=os.fspath(path))
