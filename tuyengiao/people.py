"""People with their titles. (Stub: the full extractor is being written.)"""
from __future__ import annotations

from typing import Sequence

from .models import Person


def mentioned_before(people: Sequence[Person], offset: int) -> Person | None:
    """The person named last before `offset` (an offset into the caller's text).

    "Đồng chí cũng đề nghị …" refers back to this person.
    """
    best, best_start = None, -1
    for person in people:
        for mention in person.mentions or ():
            if best_start < mention.start < offset:
                best, best_start = person, mention.start
    return best


def extract(context) -> list:
    return []
