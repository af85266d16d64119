#!/usr/bin/env python3
"""Baseline: underthesea's stock NER (`underthesea.ner`, the 2017 CRF) on the dev corpus.

    .venv/bin/python benchmarks/ner_baseline.py            # ../shared/corpus/dev
    .venv/bin/python benchmarks/ner_baseline.py DIR ...    # other gold files
    .venv/bin/python benchmarks/ner_baseline.py --details # misses and false hits per file

Each text is cut into lines and each line into sentences (`underthesea.sent_tokenize`), and
every sentence goes through `underthesea.ner`. A run of B-PER/I-PER tokens is one person, a run
of B-ORG/I-ORG tokens one organization. Names are compared on the scorer's own key
(`norm` in ../shared/eval/score.py: NFC, tone style, case and white space folded), one entry
per distinct name per document, micro-averaged like `score.py`, so the numbers sit beside
`tuyengiao`'s people and organizations rows.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DEFAULT_GOLD = ROOT.parent / "shared" / "corpus" / "dev"
LABELS = {"PER": "people", "ORG": "organizations"}


def load_scorer():
    spec = importlib.util.spec_from_file_location("tuyengiao_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def entities(text: str) -> dict[str, list[str]]:
    """{"people": [...], "organizations": [...]} found by underthesea.ner, sentence by sentence."""
    from underthesea import ner, sent_tokenize

    found: dict[str, list[str]] = {kind: [] for kind in LABELS.values()}
    for line in text.splitlines():
        if not line.strip():
            continue
        for sentence in sent_tokenize(line):
            label, words = None, []
            for token in [*ner(sentence), ("", "", "", "O")]:
                word, tag = token[0], token[-1]
                kind = tag[2:] if tag[:2] in ("B-", "I-") else None
                if words and (tag.startswith("B-") or kind != label):
                    if label in LABELS:
                        found[LABELS[label]].append(" ".join(words))
                    label, words = None, []
                if kind:
                    label = kind
                    words.append(word)
    return found


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(DEFAULT_GOLD)])
    ap.add_argument("--details", action="store_true", help="list misses and false hits per document")
    args = ap.parse_args(argv)
    scorer = load_scorer()
    docs = scorer.load(args.paths)
    if not docs:
        sys.exit("no gold files found")
    tallies = {kind: scorer.Tally() for kind in LABELS.values()}
    started = time.perf_counter()
    size = 0
    for doc in docs:
        size += len(doc["text"].encode("utf-8"))
        found = entities(doc["text"])
        for kind, tally in tallies.items():
            gold = {scorer.norm(item.get("name")) for item in doc["gold"].get(kind) or []} - {""}
            pred = {scorer.norm(name) for name in found[kind]} - {""}
            tally.add(len(gold), len(pred), len(gold & pred))
            if args.details and (gold != pred):
                print(f"{doc['id']} {kind}: missed {sorted(gold - pred)} | extra {sorted(pred - gold)}")
    seconds = time.perf_counter() - started
    print(f"\nunderthesea.ner (CRF 2017), sentence by sentence, {len(docs)} documents")
    print(f"{'':16}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for kind, tally in tallies.items():
        p, r, f = tally.prf()
        print(f"{kind:16}{tally.gold:6}{tally.pred:6}{tally.tp:6}{p:8.3f}{r:8.3f}{f:8.3f}")
    print(f"{size / 1024:.0f} KB in {seconds:.1f} s ({size / 1024 / seconds:.0f} KB/s, model loading included)")


if __name__ == "__main__":
    main()
