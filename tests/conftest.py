"""Shared fixtures: the dev corpus texts that ship beside the project (../shared/corpus/dev)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SEED = ROOT / "examples" / "seed.txt"


def dev_texts() -> list[tuple[str, str]]:
    """(id, text) of every dev document, or just the bundled seed when the corpus is not beside us."""
    if DEV_CORPUS.is_dir():
        docs = [json.loads(p.read_text("utf-8")) for p in sorted(DEV_CORPUS.glob("*.json"))]
        return [(d["id"], d["text"]) for d in docs]
    return [("seed", SEED.read_text("utf-8"))]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")
