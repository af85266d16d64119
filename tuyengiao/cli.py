"""Command line: `tuyengiao parse FILE... | -` prints the JSON of each text."""
from __future__ import annotations

import argparse
import json
import sys

from .io import UnreadableFileError, read_text
from .pipeline import parse


def _inputs(paths: list[str]):
    for path in paths:
        if path == "-":
            data = sys.stdin.buffer.read()
            try:
                yield "<stdin>", data.decode("utf-8-sig")
            except UnicodeDecodeError as error:
                raise UnreadableFileError(f"<stdin>: not UTF-8 text (byte {error.start}: {error.reason})") from None
        else:
            yield path, read_text(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tuyengiao", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    parse_cmd = commands.add_parser("parse", help="parse text files (or - for standard input) and print JSON")
    parse_cmd.add_argument("paths", nargs="+", metavar="FILE", help="a UTF-8 or UTF-16 text file, or - for stdin")
    parse_cmd.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    parse_cmd.add_argument("--text", action="store_true", help="include each input text in its JSON")
    args = parser.parse_args(argv)

    # Lone surrogates in a text must not kill the output stream.
    out = open(sys.stdout.fileno(), "w", encoding="utf-8", errors="backslashreplace", closefd=False)
    try:
        for name, text in _inputs(args.paths):
            doc = parse(text, id=name).to_dict(include_text=args.text)
            out.write(json.dumps(doc, ensure_ascii=False, indent=None if args.jsonl else 2) + "\n")
    except UnreadableFileError as error:
        out.flush()
        print(f"tuyengiao: {error}", file=sys.stderr)
        return 2
    finally:
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
