"""parse_many: input order, several processes, failures kept as data, progress only on a terminal."""
from __future__ import annotations

import io
import itertools
import pickle
from pathlib import Path

import pytest

import tuyengiao
import tuyengiao.corpus as corpus
from conftest import SEED, dev_texts

needs_fork = pytest.mark.skipif(
    corpus._start_method() != "fork",
    reason="patches the parser in this process, which only forked workers inherit",
)


class Boom(Exception):
    """An exception whose pickle cannot be loaded (its __init__ takes two arguments)."""

    def __init__(self, what, where):
        super().__init__(f"{what} at {where}")


def fake_parse_failing_on(bad: str):
    real = tuyengiao.pipeline.parse

    def parse(text, *, id=None):
        if text == bad:
            raise Boom("no luck", 7)
        return real(text, id=id)

    return parse


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str]]:
    return [(f"{name}#{copy}", text) for copy in range(3) for name, text in dev_texts()]


@pytest.mark.parametrize("processes", [1, 2])
def test_documents_come_back_in_input_order_equal_to_parse(texts, processes):
    docs = list(tuyengiao.parse_many(texts, processes=processes, progress=False))
    assert [d.id for d in docs] == [name for name, _ in texts]
    assert docs == [tuyengiao.parse(text, id=name) for name, text in texts]
    assert all(d.text == text for d, (_, text) in zip(docs, texts))


def test_it_is_an_iterator_and_nothing_runs_before_it_is_read():
    pulled = []

    def source():
        for i in range(5):
            pulled.append(i)
            yield f"Văn bản {i}"

    docs = tuyengiao.parse_many(source(), processes=1, progress=False)
    assert iter(docs) is docs and pulled == []
    assert next(docs).text == "Văn bản 0"


def test_every_kind_of_input(tmp_path):
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text("Chỉ thị số 05-CT/TW của Bộ Chính trị", encoding="utf-16")
    inputs = ["Văn bản một", ("mine", "Văn bản hai"), utf16, SEED, ("named", utf16), ("gone", tmp_path / "gone.txt")]
    docs = list(tuyengiao.parse_many(inputs, progress=False))
    assert [d.id for d in docs] == [None, "mine", str(utf16), str(SEED), "named", "gone"]
    assert docs[2].text == docs[4].text == "Chỉ thị số 05-CT/TW của Bộ Chính trị"
    assert docs[5].error.startswith("UnreadableFileError: ") and "gone.txt" in docs[5].error
    docs = docs[:4]
    assert docs[3] == tuyengiao.parse_file(SEED)
    assert all(d.error is None for d in docs)
    mapping = list(tuyengiao.parse_many({"a": "Một", "b": "Hai"}, progress=False))
    assert [(d.id, d.text) for d in mapping] == [("a", "Một"), ("b", "Hai")]


@pytest.mark.parametrize("processes", [1, 2])
def test_a_failing_input_gives_a_document_with_the_error(tmp_path, processes):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Ch\xe1 th\xe1".encode("latin-1"))
    inputs = ["Văn bản một", ("bytes", b"raw bytes"), latin1, None, "Văn bản hai"] * 10
    docs = list(tuyengiao.parse_many(inputs, processes=processes, progress=False))
    assert len(docs) == 50
    for doc in docs[:5]:
        assert doc == pickle.loads(pickle.dumps(doc))
    ok_one, as_bytes, unreadable, nothing, ok_two = docs[:5]
    assert ok_one.error is None and ok_two.error is None and ok_two.text == "Văn bản hai"
    assert as_bytes.id == "bytes" and as_bytes.error.startswith("TypeError: ") and "decode" in as_bytes.error
    assert as_bytes.text == "" and all(as_bytes.items(kind) == () for kind in as_bytes.KINDS)
    assert unreadable.id == str(latin1) and unreadable.error.startswith("UnreadableFileError: ")
    assert nothing.error.startswith("TypeError: ") and nothing.id is None
    assert "\n" not in unreadable.error
    assert [d.error is None for d in docs] == [True, False, False, False, True] * 10


@pytest.mark.parametrize("processes", [1, 2])
def test_errors_raise_stops_at_the_failure_after_the_documents_before_it(processes):
    inputs = ["một", "hai", 42] + ["ba"] * 100
    docs = tuyengiao.parse_many(inputs, processes=processes, progress=False, errors="raise")
    assert [next(docs).text, next(docs).text] == ["một", "hai"]
    with pytest.raises(TypeError, match="'text' must be str"):
        next(docs)


@needs_fork
@pytest.mark.parametrize("processes", [1, 2])
def test_an_exception_that_will_not_unpickle_still_reports(monkeypatch, processes):
    monkeypatch.setattr(tuyengiao.pipeline, "parse", fake_parse_failing_on("boom"))
    inputs = ["một"] * 90
    inputs[13] = "boom"  # chunks of 12: the second chunk, which goes to the worker
    docs = list(tuyengiao.parse_many(inputs, processes=processes, progress=False))
    assert docs[13].error == "Boom: no luck at 7" and docs[12].error is None and docs[14].text == "một"
    assert sum(d.error is not None for d in docs) == 1
    # Here, the exception itself; from a worker, which cannot send it back, a RuntimeError that says it.
    expected = Boom if processes == 1 else RuntimeError
    with pytest.raises(expected, match="no luck at 7") as raised:
        list(tuyengiao.parse_many(inputs, processes=processes, progress=False, errors="raise"))
    assert raised.type is expected


@pytest.mark.parametrize("processes", [1, 2, None])
def test_a_failing_source_yields_what_came_before_then_raises(processes):
    def source():
        for i in range(150):
            if i == 130:
                raise OSError("disk gone")
            yield f"Văn bản {i}"

    got = []
    with pytest.raises(OSError, match="disk gone"):
        for doc in tuyengiao.parse_many(source(), processes=processes, progress=False):
            got.append(doc.text)
    assert got == [f"Văn bản {i}" for i in range(130)]


def test_stopping_early_reads_only_a_bounded_stretch_ahead():
    pulled = itertools.count()

    def source():
        for i in range(10_000):
            next(pulled)
            yield f"Văn bản {i}"

    docs = tuyengiao.parse_many(source(), processes=2, progress=False)
    first = [next(docs) for _ in range(3)]
    docs.close()
    assert [d.text for d in first] == ["Văn bản 0", "Văn bản 1", "Văn bản 2"]
    assert next(pulled) <= 2 * corpus.CHUNKS_PER_WORKER * corpus.MAX_CHUNK + corpus.SMALL_INPUT


REAL_EXECUTOR = corpus.concurrent.futures.ProcessPoolExecutor


class SpyExecutor:
    created: list[int] = []

    def __init__(self, max_workers):
        SpyExecutor.created.append(max_workers)
        self._real = REAL_EXECUTOR(max_workers=max_workers)

    def submit(self, *args):
        return self._real.submit(*args)

    def shutdown(self, **kwargs):
        self._real.shutdown(**kwargs)


def test_processes_none_parses_small_inputs_here_and_large_ones_on_every_cpu(monkeypatch):
    monkeypatch.setattr(corpus.concurrent.futures, "ProcessPoolExecutor", SpyExecutor)
    monkeypatch.setattr(corpus, "_available_cpus", lambda: 2)
    SpyExecutor.created = []
    list(tuyengiao.parse_many(["một"] * (corpus.SMALL_INPUT - 1), progress=False))
    list(tuyengiao.parse_many(iter(["một"] * (corpus.SMALL_INPUT - 1)), progress=False))
    assert SpyExecutor.created == []
    docs = list(tuyengiao.parse_many(iter(["một", "hai"] * corpus.SMALL_INPUT), progress=False))
    assert SpyExecutor.created == [1]  # 2 CPUs: this process and one worker
    assert [d.text for d in docs] == ["một", "hai"] * corpus.SMALL_INPUT
    list(tuyengiao.parse_many(["một"] * 10, processes=3, progress=False))
    assert SpyExecutor.created == [1, 2]


def test_bad_arguments_fail_at_the_call_not_later():
    with pytest.raises(ValueError, match="errors"):
        tuyengiao.parse_many(["một"], errors="ignore")
    for bad in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="processes"):
            tuyengiao.parse_many(["một"], processes=bad)
    with pytest.raises(TypeError, match="iterable of texts"):
        tuyengiao.parse_many("một văn bản")
    with pytest.raises(TypeError, match="iterable of texts"):
        tuyengiao.parse_many(Path("x.txt"))


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_on_a_terminal_only(monkeypatch):
    terminal = FakeTerminal()
    monkeypatch.setattr("sys.stderr", terminal)
    list(tuyengiao.parse_many(["một", "hai", "ba"], progress=True))
    shown = terminal.getvalue()
    assert "tuyengiao" in shown and "3/3" in shown

    terminal = FakeTerminal()
    monkeypatch.setattr("sys.stderr", terminal)
    list(tuyengiao.parse_many(["một", "hai", "ba"], progress=False))
    assert terminal.getvalue() == ""

    piped = io.StringIO()  # not a terminal: a log file, a pipe, CI
    monkeypatch.setattr("sys.stderr", piped)
    list(tuyengiao.parse_many(["một", "hai", "ba"], progress=True))
    assert piped.getvalue() == ""


def test_progress_bar_counts_parallel_chunks(monkeypatch):
    terminal = FakeTerminal()
    monkeypatch.setattr("sys.stderr", terminal)
    list(tuyengiao.parse_many(["một"] * 100, processes=2, progress=True))
    assert "100/100" in terminal.getvalue()


@needs_fork
def test_the_parent_warms_up_once_so_forked_workers_start_warm(monkeypatch):
    seen = []
    real = tuyengiao.pipeline.parse

    def parse(text, *, id=None):
        seen.append(text)
        return real(text, id=id)

    monkeypatch.setattr(tuyengiao.pipeline, "parse", parse)
    monkeypatch.setattr(corpus, "_warmed", False)
    for _ in range(2):
        docs = list(tuyengiao.parse_many(["một", "hai"] * 20, processes=2, progress=False))
        assert [d.text for d in docs] == ["một", "hai"] * 20
    # In this process: the warm-up, once, then its share of the texts; the worker parsed the rest.
    assert seen[0] == corpus._WARM_UP_TEXT and seen.count(corpus._WARM_UP_TEXT) == 1
    assert len(seen) - 1 < 80


def test_outside_a_notebook_it_knows_it():
    assert corpus._in_notebook() is False


def test_in_a_notebook_without_widgets_a_text_bar_shows(monkeypatch):
    import tqdm.notebook

    notebook_stderr = io.StringIO()  # a kernel's stderr is no terminal
    monkeypatch.setattr("sys.stderr", notebook_stderr)
    monkeypatch.setattr(corpus, "_in_notebook", lambda: True)
    monkeypatch.setattr(tqdm.notebook, "IProgress", None)
    docs = list(tuyengiao.parse_many(["một", "hai", "ba"], progress=True))
    assert len(docs) == 3 and "3/3" in notebook_stderr.getvalue()
