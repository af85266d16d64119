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


# ------------------------------------------------------------------ folders, formats (issue 7)
import csv  # noqa: E402
import io  # noqa: E402

import pytest  # noqa: E402

import tuyengiao  # noqa: E402
from tuyengiao import cli  # noqa: E402
from tuyengiao.models import ITEM_TYPES  # noqa: E402


def corpus_folder(root):
    (root / "b" / "deeper").mkdir(parents=True)
    (root / "b" / "deeper" / "x.txt").write_text("Nghị quyết Đại hội XIII của Đảng.", encoding="utf-8")
    (root / "b" / "a.txt").write_text("Ngày 1/8, Tỉnh ủy họp.", encoding="utf-16")
    (root / "c.txt").write_text("Chỉ thị số 05-CT/TW của Bộ Chính trị.", encoding="utf-8-sig")
    (root / "notes.md").write_text("không phải *.txt", encoding="utf-8")
    return root


def test_folders_are_read_recursively_in_sorted_order(tmp_path):
    root = corpus_folder(tmp_path / "corpus")
    result = run("parse", "--format", "jsonl", str(root), str(SEED))
    assert result.returncode == 0, result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.decode().splitlines()]
    assert ids == [str(root / "b" / "a.txt"), str(root / "b" / "deeper" / "x.txt"), str(root / "c.txt"), str(SEED)]


def test_jsonl_flag_is_format_jsonl():
    a, b = run("parse", "--jsonl", str(SEED)), run("parse", "--format", "jsonl", str(SEED))
    assert a.returncode == b.returncode == 0 and a.stdout == b.stdout and len(a.stdout.splitlines()) == 1


def test_csv_real_run_has_one_row_per_item_with_true_offsets():
    result = run("parse", "--format", "csv", str(SEED))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    header = result.stdout.decode().splitlines()[0].split(",")
    assert header[:5] == ["doc_id", "item_kind", "text", "start", "end"]
    text = SEED.read_text("utf-8")
    doc = tuyengiao.parse(text)
    assert len(rows) == sum(len(doc.items(kind)) for kind in doc.KINDS)
    for row in rows:
        assert row["doc_id"] == str(SEED) and row["item_kind"] in ITEM_TYPES
        assert text[int(row["start"]):int(row["end"])] == row["text"]


@pytest.fixture
def fake_parse(monkeypatch):
    """The parser replaced by one that returns the hand-made sample (and fails on 'hỏng')."""
    from test_frames import SAMPLE_TEXT, sample_document

    def parse(text, *, id=None):
        if "hỏng" in text:
            raise ValueError("no luck")
        return tuyengiao.Document(**{**{f: getattr(sample_document(id), f) for f in
                                        ("title", "author", *tuyengiao.Document.KINDS)}, "text": text, "id": id})

    monkeypatch.setattr(tuyengiao.pipeline, "parse", parse)
    return SAMPLE_TEXT


def test_csv_rows_carry_the_fields_of_each_kind(tmp_path, fake_parse, capfd):
    path = tmp_path / "sample.txt"
    path.write_text(fake_parse, encoding="utf-8")
    assert cli.main(["parse", "--format", "csv", "--processes", "1", str(path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capfd.readouterr().out)))
    kinds = [row["item_kind"] for row in rows]
    assert kinds == ["references"] * 2 + ["organizations"] * 3 + ["people"] + ["dates"] * 2 + ["recommendations"]
    assert {row["doc_id"] for row in rows} == {str(path)}
    ref = rows[0]
    assert (ref["kind"], ref["symbol"], ref["issued_on"], ref["issuer"]) == ("directive", "05-CT/TW", "2016-05-15", "Bộ Chính trị")
    person = rows[5]
    assert json.loads(person["titles"]) == ["Phó Trưởng Ban Tuyên giáo Trung ương"] and person["honorific"] == "đồng chí"
    org = rows[2]
    assert org["n_mentions"] == "2" and [fake_parse[s:e] for s, e in json.loads(org["mentions"])] == ["Bộ Chính trị"] * 2
    rec = rows[-1]
    assert json.loads(rec["items"]) == ["tăng cường tuyên truyền", "đổi mới phương thức"]
    for row in rows:
        assert fake_parse[int(row["start"]):int(row["end"])] == row["text"]


def test_csv_kind_keeps_one_kind_and_its_columns(tmp_path, fake_parse, capfd):
    path = tmp_path / "sample.txt"
    path.write_text(fake_parse, encoding="utf-8")
    assert cli.main(["parse", "--format", "csv", "--kind", "dates", str(path)]) == 0
    out = capfd.readouterr().out
    assert out.splitlines()[0] == "doc_id,item_kind,text,start,end,value,granularity,start_date,end_date"
    assert [row["value"] for row in csv.DictReader(io.StringIO(out))] == ["2016-05-15", "2017"]


def test_a_text_that_fails_is_reported_and_the_run_goes_on(tmp_path, fake_parse, capfd):
    (tmp_path / "a.txt").write_text("văn bản hỏng", encoding="utf-8")
    (tmp_path / "b.txt").write_text("văn bản tốt", encoding="utf-8")
    assert cli.main(["parse", "--format", "jsonl", str(tmp_path)]) == 1
    captured = capfd.readouterr()
    docs = [json.loads(line) for line in captured.out.splitlines()]
    assert [d.get("error") for d in docs] == ["ValueError: no luck", None]
    assert captured.err.strip() == f"tuyengiao: {tmp_path / 'a.txt'}: could not parse: ValueError: no luck"


def test_an_unreadable_file_in_a_folder_stops_with_exit_2_after_the_files_before_it(tmp_path):
    (tmp_path / "a.txt").write_text("Ngày 1/8, Tỉnh ủy họp.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("Ch\xe1 th\xe1".encode("latin-1"))
    result = run("parse", "--format", "jsonl", str(tmp_path))
    assert result.returncode == 2
    assert [json.loads(line)["id"] for line in result.stdout.decode().splitlines()] == [str(tmp_path / "a.txt")]
    message = result.stderr.decode().strip()
    assert message.startswith(f"tuyengiao: {tmp_path / 'b.txt'}: ") and "\n" not in message


def test_an_empty_folder_and_bad_flag_combinations_are_refused(tmp_path):
    result = run("parse", str(tmp_path))
    assert result.returncode == 2 and result.stderr.decode().strip() == f"tuyengiao: {tmp_path}: a folder with no *.txt files in it"
    for args in (["--format", "csv", "--text"], ["--kind", "dates"], ["--jsonl", "--format", "csv"], ["--processes", "0"]):
        result = run("parse", *args, str(SEED))
        assert result.returncode == 2 and b"usage:" in result.stderr, args


def test_several_processes_give_the_same_output(tmp_path):
    root = corpus_folder(tmp_path / "corpus")
    one = run("parse", "--format", "jsonl", "--processes", "1", str(root))
    two = run("parse", "--format", "jsonl", "--processes", "2", str(root))
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout


def test_stdin_in_utf16_or_with_a_bom_is_read_and_latin1_is_refused():
    text = "Chỉ thị số 05-CT/TW của Bộ Chính trị"
    for data in (text.encode("utf-16"), text.encode("utf-8-sig"), text.encode("utf-8")):
        result = run("parse", "--text", "-", stdin=data)
        assert result.returncode == 0 and json.loads(result.stdout)["text"] == text
    result = run("parse", "-", stdin="Ch\xe1 th\xe1".encode("latin-1"))
    message = result.stderr.decode().strip()
    assert result.returncode == 2 and message.startswith("tuyengiao: <stdin>: not UTF-8") and "\n" not in message


def stderr_on_a_terminal(*args) -> str:
    """Run the CLI with its stderr on a pseudo-terminal of 100 columns; what the terminal showed."""
    pty = pytest.importorskip("pty")
    import fcntl
    import os
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
    process = subprocess.Popen([sys.executable, "-m", "tuyengiao", *args], stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    shown = b""
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the other end closed
            break
        if not data:
            break
        shown += data
    os.close(master)
    assert process.wait(timeout=300) == 0
    return shown.decode("utf-8", "replace")


def test_a_progress_bar_on_a_terminal_unless_told_not_to(tmp_path):
    root = corpus_folder(tmp_path / "corpus")
    shown = stderr_on_a_terminal("parse", "--format", "jsonl", str(root))
    assert "tuyengiao: 100%" in shown and "3/3" in shown
    assert "3/3" not in stderr_on_a_terminal("parse", "--no-progress", str(root))
    piped = run("parse", str(root))  # stderr to a pipe: no bar
    assert piped.returncode == 0 and piped.stderr == b""
