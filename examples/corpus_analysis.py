#!/usr/bin/env python3
"""Count the documents a corpus cites, by kind and by year of issue, and draw them as bar charts.

    python examples/corpus_analysis.py FOLDER [--out references.png] [--processes N]

Parses every *.txt file under FOLDER (recursively) with tuyengiao.parse_many, tabulates the
references with tuyengiao.to_frame, prints the counts and writes a PNG with two bar charts.
The year of a reference is that of its date of issue, or else the year inside its symbol
("Nghị định số 15/2018/NĐ-CP" → 2018); references with neither are counted as "unknown".
Needs the examples extra: pip install "tuyengiao[examples]".
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # draw to a file; no display needed

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402
import pandas as pd  # noqa: E402

import tuyengiao  # noqa: E402


def reference_year(row) -> str:
    if isinstance(row["issued_on"], str) and row["issued_on"][:4].isdigit():
        return row["issued_on"][:4]
    if isinstance(row["symbol"], str):
        for part in row["symbol"].split("/"):
            if len(part) == 4 and part.isdigit() and 1930 <= int(part) <= 2100:
                return part
    return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).parent), help="a folder of *.txt files (default: examples/)")
    parser.add_argument("--out", default="references.png", help="the PNG to write (default: references.png)")
    parser.add_argument("--processes", type=int, default=None, help="worker processes (default: by input size)")
    args = parser.parse_args(argv)

    paths = sorted(Path(args.folder).rglob("*.txt"))
    if not paths:
        print(f"{args.folder}: no *.txt files", file=sys.stderr)
        return 2
    docs = list(tuyengiao.parse_many(paths, processes=args.processes))
    failed = [doc for doc in docs if doc.error]
    for doc in failed:
        print(f"skipped {doc.id}: {doc.error}", file=sys.stderr)

    refs = tuyengiao.to_frame(docs, "references")
    refs["year"] = [reference_year(row) for _, row in refs.iterrows()]
    by_kind = refs["kind"].value_counts().sort_values(ascending=False)
    by_year = refs["year"].value_counts().sort_index()

    print(f"{len(docs)} texts ({len(failed)} could not be parsed), {len(refs)} references")
    print("\nReferences by kind:")
    print(by_kind.to_string() if len(by_kind) else "  (none)")
    print("\nReferences by year of issue:")
    print(by_year.to_string() if len(by_year) else "  (none)")

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.5))
    for axis, counts, title in [(left, by_kind, "by kind"), (right, by_year, "by year of issue")]:
        axis.set_title(f"References {title}")
        axis.set_ylabel("references")
        axis.yaxis.set_major_locator(MaxNLocator(integer=True))
        if len(counts):
            labels = [str(k) for k in counts.index]
            colours = ["#bbbbbb" if label == "unknown" else "#ff8197" for label in labels]
            axis.bar(labels, counts.to_numpy(), color=colours)
            plt.setp(axis.get_xticklabels(), rotation=45, ha="right", rotation_mode="anchor")
        else:
            axis.text(0.5, 0.5, "no references found", ha="center", va="center", transform=axis.transAxes)
    fig.suptitle(f"{len(refs)} references in {len(docs)} texts under {args.folder}")
    fig.tight_layout()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    print(f"\nwrote {out}")
    return 0


if __name__ == "__main__":
    pd.set_option("display.width", 120)
    sys.exit(main())
