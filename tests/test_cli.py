"""The command line: JSON out, exit code 2 and one line for files it cannot read."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import SEED


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "tuyengiao", *args], input=stdin, capture_output=True)


def test_parse_a_file_prints_its_json():
    result = run("parse", str(SEED))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["title"].startswith("Lạng Sơn:") and doc["id"] == str(SEED)


def test_jsonl_from_stdin_and_a_file():
    result = run("parse", "--jsonl", "-", str(SEED), stdin="Nghị quyết Đại hội XIII của Đảng.".encode())
    lines = result.stdout.decode().splitlines()
    assert result.returncode == 0 and len(lines) == 2
    assert [json.loads(line)["id"] for line in lines] == ["<stdin>", str(SEED)]


def test_unreadable_files_exit_2_with_one_line(tmp_path):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Ch\xe1 th\xe1".encode("latin-1"))
    for path in [tmp_path / "missing.txt", latin1, tmp_path]:
        result = run("parse", str(path))
        assert result.returncode == 2
        message = result.stderr.decode().strip()
        assert message.startswith("tuyengiao: ") and "\n" not in message and "Traceback" not in message


def test_utf16_and_bom_files_are_read(tmp_path):
    text = "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị"
    for encoding in ["utf-16", "utf-8-sig"]:
        path = tmp_path / f"{encoding}.txt"
        path.write_text(text, encoding=encoding)
        result = run("parse", "--text", str(path))
        assert result.returncode == 0 and json.loads(result.stdout)["text"] == text
