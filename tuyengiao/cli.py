"""Command line.

    tuyengiao parse FILE_OR_FOLDER... | -   print the JSON of each text (folders: every *.txt inside, recursively)
    tuyengiao schema                        print the JSON Schema of that output

Exit codes: 0 done; 1 some text could not be parsed (its output carries "error"); 2 an input
could not be read (one line on standard error says which and why).
"""
from __future__ import annotations

import argparse
import codecs
import csv
import json
import os
import sys
from pathlib import Path

from .corpus import parse_many
from .frames import columns, item_rows
from .io import UnreadableFileError, read_text
from .models import ITEM_TYPES

FORMATS = ("json", "jsonl", "csv")


def _expand(paths: list[str]) -> list[str]:
    """Files in the order given; each folder replaced by its *.txt files, recursively, sorted."""
    out: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = sorted(
                (p for p in Path(path).rglob("*.txt") if p.is_file()),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            if not found:
                raise UnreadableFileError(f"{path}: a folder with no *.txt files in it")
            out += [str(p) for p in found]
        else:
            out.append(path)
    return out


def _inputs(paths: list[str]):
    """(name, text) of each input, read one at a time as the parser asks for them."""
    for path in paths:
        if path == "-":
            data = sys.stdin.buffer.read()
            encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
            try:
                yield "<stdin>", data.decode(encoding)
            except UnicodeDecodeError as error:
                raise UnreadableFileError(
                    f"<stdin>: not UTF-8 or UTF-16 text (byte {error.start}: {error.reason}); convert it to UTF-8 first"
                ) from None
        else:
            yield path, read_text(path)


class _Sized:
    """An iterator that knows its length (for parse_many's choice of processes and its progress bar)."""

    def __init__(self, iterator, length: int):
        self._iterator, self._length = iterator, length

    def __len__(self) -> int:
        return self._length

    def __iter__(self):
        return self._iterator


def _csv_columns(kind: str | None) -> list[str]:
    kinds = [kind] if kind else list(ITEM_TYPES)
    out = ["doc_id", "item_kind"]
    for k in kinds:
        out += [c for c in columns(k)[1:] if c not in out]
    return out


def _csv_value(value):
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tuyengiao", description="Vietnamese party and administrative texts → structured, citable data.")
    commands = parser.add_subparsers(dest="command", required=True)
    parse_cmd = commands.add_parser(
        "parse",
        help="parse text files, folders (every *.txt in them) or - (standard input)",
        description="Parse UTF-8 or UTF-16 text files, folders (every *.txt in them, recursively, "
        "in sorted order) or - (standard input), and print what was found.",
        epilog="Exit codes: 0 done; 1 some text could not be parsed (its JSON has an \"error\" key, "
        "and a line on stderr says which); 2 an input could not be read, or bad arguments.",
    )
    parse_cmd.add_argument("paths", nargs="+", metavar="PATH", help="a text file, a folder, or - for standard input")
    parse_cmd.add_argument(
        "--format", choices=FORMATS, default=None,
        help="json (default): one indented object per text; jsonl: one object per line; "
        "csv: one row per item, with the document's id",
    )
    parse_cmd.add_argument("--jsonl", action="store_true", help="the same as --format jsonl")
    parse_cmd.add_argument("--text", action="store_true", help="include each input text in its JSON")
    parse_cmd.add_argument("--kind", choices=list(ITEM_TYPES), help="csv: only this kind of item (and only its columns)")
    parse_cmd.add_argument("--processes", type=int, default=None, metavar="N",
                           help="processes that parse, this one included (default: 1 for a few texts, else one per CPU)")
    parse_cmd.add_argument("--no-progress", action="store_true", help="no progress bar (none is shown unless stderr is a terminal)")
    commands.add_parser("schema", help="print the JSON Schema (draft 2020-12) of parse's JSON output")
    args = parser.parse_args(argv)

    # Lone surrogates in a text must not kill the output stream.
    out = open(sys.stdout.fileno(), "w", encoding="utf-8", errors="backslashreplace", closefd=False, newline="")
    try:
        if args.command == "schema":
            from importlib.resources import files

            out.write(files("tuyengiao").joinpath("schema.json").read_text("utf-8"))
            return 0
        return _parse(args, parser, out)
    except UnreadableFileError as error:
        out.flush()
        print(f"tuyengiao: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `tuyengiao parse folder | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        try:
            out.flush()
        except BrokenPipeError:
            pass


def _parse(args, parser: argparse.ArgumentParser, out) -> int:
    fmt = args.format or ("jsonl" if args.jsonl else "json")
    if args.jsonl and fmt != "jsonl":
        parser.error(f"--jsonl and --format {fmt} disagree")
    if fmt == "csv" and args.text:
        parser.error("--text has no place in CSV output (one row per item); use --format json or jsonl")
    if args.kind and fmt != "csv":
        parser.error("--kind is for --format csv")
    if args.processes is not None and args.processes < 1:
        parser.error("--processes must be 1 or more")
    if args.paths.count("-") > 1:
        parser.error("standard input (-) can be read only once")
    paths = _expand(args.paths)
    docs = parse_many(_Sized(_inputs(paths), len(paths)), processes=args.processes, progress=not args.no_progress)

    writer = None
    if fmt == "csv":
        fields = _csv_columns(args.kind)
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
    failed = 0
    for doc in docs:
        if doc.error is not None:
            failed += 1
            print(f"tuyengiao: {doc.id}: could not parse: {doc.error}", file=sys.stderr)
        if writer is not None:
            for kind in [args.kind] if args.kind else ITEM_TYPES:
                for row in item_rows(doc, kind):
                    row = {key: _csv_value(value) for key, value in row.items()}
                    writer.writerow({"item_kind": kind, **row})
        else:
            data = doc.to_dict(include_text=args.text)
            out.write(json.dumps(data, ensure_ascii=False, indent=None if fmt == "jsonl" else 2) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
