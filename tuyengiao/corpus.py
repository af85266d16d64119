"""Parsing many texts: in input order, on several processes, with a progress bar, errors kept.

    >>> for doc in tuyengiao.parse_many(Path("corpus").rglob("*.txt")):
    ...     if doc.error: print(doc.id, doc.error)

Each input is a text (`str`), an `(id, text)` pair, or a file path (`pathlib.Path` or any
`os.PathLike`, read as `parse_file` reads it: UTF-8, UTF-8 with BOM or UTF-16; its id is the
path, or the id of an `(id, path)` pair). A mapping is read as `{id: text}`. The documents come back in input order, lazily: a run over thousands of
files never holds more than a few chunks of them in flight.
"""
from __future__ import annotations

import collections
import concurrent.futures
import itertools
import multiprocessing
import os
import sys
import traceback
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple

from .models import Document

__all__ = ["parse_many"]

# Fewer inputs than this are parsed in this process when `processes` is None: starting worker
# processes costs more than it saves on a handful of texts.
SMALL_INPUT = 16
# Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
CHUNKS_PER_WORKER = 4
MAX_CHUNK = 16


class _Job(NamedTuple):
    """One input, as sent to a worker: a text, or a path for the worker to read."""

    id: str | None
    text: Any  # str for a text; anything else is passed to parse() and fails there
    path: str | None = None


class _Failure(NamedTuple):
    """What a worker sends back for an input it could not parse."""

    type_name: str
    message: str
    exception: BaseException | None  # None when the exception would not pickle
    traceback: str

    def describe(self) -> str:
        return f"{self.type_name}: {self.message}" if self.message else self.type_name


def parse_many(
    texts: Iterable[Any] | Mapping[str, str],
    *,
    processes: int | None = None,
    progress: bool = True,
    errors: str = "collect",
) -> Iterator[Document]:
    """Parse many texts; an iterator of Documents, one per input, in input order.

    texts: an iterable of texts (`str`), `(id, text)` pairs or file paths (`os.PathLike`; the
        Document's id is the path), or a mapping `{id: text}`.
    processes: how many processes parse: this one and `processes - 1` worker processes. None:
        this one alone for fewer than 16 inputs, else one per available CPU. 1: no workers.
    progress: show a tqdm progress bar when standard error is a terminal or we run in a notebook
        (never when output is piped or logged). False: never.
    errors: "collect" (default): a text that fails gives a Document with `error` set to
        "ExceptionType: message" and no items, and the run goes on. "raise": the first failure
        is raised, after the documents before it have been yielded.

    Documents are computed ahead of the consumer only a few chunks at a time; stop iterating
    (or close the iterator) to stop the workers.
    """
    if errors not in ("collect", "raise"):
        raise ValueError(f'errors must be "collect" or "raise", not {errors!r}')
    if processes is not None and (isinstance(processes, bool) or not isinstance(processes, int) or processes < 1):
        raise ValueError(f"processes must be None or a positive int, not {processes!r}")
    if isinstance(texts, (str, bytes)) or isinstance(texts, os.PathLike):
        raise TypeError("parse_many() takes an iterable of texts; for one text use tuyengiao.parse(text)")
    if isinstance(texts, Mapping):
        texts = texts.items()
    try:
        total: int | None = len(texts)  # type: ignore[arg-type]
    except TypeError:
        total = None
    return _run(iter(texts), total, processes, progress, errors)


def _run(inputs: Iterator[Any], total: int | None, processes: int | None, progress: bool, errors: str) -> Iterator[Document]:
    jobs = map(_job, inputs)
    if processes is None:
        if total is None:
            # Unknown length (a generator): look at the start of it to tell small from large.
            head, error = _take(jobs, SMALL_INPUT)
            size = SMALL_INPUT if error is None and len(head) == SMALL_INPUT else 0
            jobs = _then_raise(head, error, jobs)
        else:
            size = total
        processes = 1 if size < SMALL_INPUT else _available_cpus()
    bar = _progress_bar(total) if progress else None
    try:
        if processes == 1:
            yield from _serial(jobs, bar, errors)
        else:
            yield from _parallel(jobs, total, processes, bar, errors)
    finally:
        if bar is not None:
            bar.close()


def _serial(jobs: Iterator[_Job], bar, errors: str) -> Iterator[Document]:
    for job in jobs:
        result = _parse_job(job)
        if bar is not None:
            bar.update(1)
        yield _finish(job, result, errors)


def _parallel(jobs: Iterator[_Job], total: int | None, processes: int, bar, errors: str) -> Iterator[Document]:
    """This process and `processes - 1` workers share the chunks.

    The workers always have the next chunks queued; this process, instead of waiting on them,
    parses the furthest-ahead chunk that no worker has (so its share adapts to its speed, and
    that share's texts and Documents stay off the pipes). Results come out in input order.
    """
    if total is None:
        chunk_size = MAX_CHUNK
    else:
        chunk_size = max(1, min(MAX_CHUNK, -(-total // (processes * CHUNKS_PER_WORKER))))
    chunks = _chunked(jobs, chunk_size)
    window = processes * CHUNKS_PER_WORKER  # chunks read ahead of the consumer, at most
    queued = 2 * (processes - 1)  # chunks given to the workers and not yet done, at most
    pending: collections.deque[_Pending] = collections.deque()
    source_error: BaseException | None = None
    _warm_up()
    executor = concurrent.futures.ProcessPoolExecutor(max_workers=processes - 1)
    try:
        while True:
            while source_error is None and len(pending) < window:
                try:
                    pending.append(_Pending(next(chunks)))
                except StopIteration:
                    break
                except Exception as error:  # the caller's iterable failed: finish what we have, then raise
                    source_error = error
                    break
            if not pending:
                break
            busy = sum(1 for p in pending if p.future is not None and not p.future.done())
            for entry in pending:  # keep the workers fed, earliest chunks first
                if busy >= queued:
                    break
                if entry.future is None and entry.results is None:
                    entry.future = executor.submit(_parse_chunk, entry.chunk)
                    busy += 1
            head = pending[0]
            if head.results is None:
                if head.future is None:
                    head.results = _parse_here(head.chunk)
                elif not head.future.done():
                    spare = next((p for p in reversed(pending) if p.future is None and p.results is None), None)
                    if spare is not None:  # rather than wait, parse a chunk no worker has
                        spare.results = _parse_here(spare.chunk)
                        continue
                    head.results = head.future.result()
                else:
                    head.results = head.future.result()
            pending.popleft()
            if bar is not None:
                bar.update(len(head.chunk))
            for job, result in zip(head.chunk, head.results):
                yield _finish(job, result, errors)
        if source_error is not None:
            raise source_error
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


class _Pending:
    """A chunk read from the input: given to a worker (`future`), or parsed here (`results`), or neither yet."""

    __slots__ = ("chunk", "future", "results")

    def __init__(self, chunk: list[_Job]):
        self.chunk = chunk
        self.future: concurrent.futures.Future | None = None
        self.results: list[Document | _Failure] | None = None


def _parse_here(chunk: list[_Job]) -> list[Document | _Failure]:
    return [_parse_job(job) for job in chunk]


def _take(jobs: Iterator[_Job], size: int) -> tuple[list[_Job], Exception | None]:
    """Up to `size` jobs, and the exception that the caller's iterable raised, if it did."""
    taken: list[_Job] = []
    try:
        for job in itertools.islice(jobs, size):
            taken.append(job)
    except Exception as error:  # noqa: BLE001 — handed back, raised after what came before it
        return taken, error
    return taken, None


# A short text with every kind of item, parsed once in this process before the first pool starts.
_WARM_UP_TEXT = (
    "Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị và Nghị quyết Trung ương 4 (khóa XII), "
    "năm 2017, Ban Tuyên giáo Tỉnh ủy Lạng Sơn đề nghị Ủy ban nhân dân tỉnh: tăng cường tuyên truyền; "
    "đổi mới phương thức. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, phát biểu tại hội nghị."
)
_warmed = False


def _warm_up() -> None:
    """Load what the extractors load on first use (compiled patterns, tables) in this process.

    Forked workers inherit it, so a pool does not pay it once per worker and per call: in a
    notebook, every parse_many call after the first starts warm. Spawned workers (macOS,
    Windows) load it themselves, once per call.
    """
    global _warmed
    if _warmed or _start_method() != "fork":
        return
    _warmed = True
    from .pipeline import parse

    try:
        parse(_WARM_UP_TEXT)
    except Exception:  # noqa: BLE001 — a warm-up only; real failures show on real texts
        pass


def _start_method() -> str:
    """The start method a pool will use, without fixing it (as get_start_method() would)."""
    return multiprocessing.get_start_method(allow_none=True) or multiprocessing.get_all_start_methods()[0]


def _chunked(jobs: Iterator[_Job], size: int) -> Iterator[list[_Job]]:
    while True:
        chunk, error = _take(jobs, size)
        if chunk:
            yield chunk
        if error is not None:
            raise error
        if len(chunk) < size:
            return


def _then_raise(head: list[_Job], error: Exception | None, rest: Iterator[_Job]) -> Iterator[_Job]:
    yield from head
    if error is not None:
        raise error
    yield from rest


def _job(item: Any) -> _Job:
    if isinstance(item, str):
        return _Job(None, item)
    if isinstance(item, os.PathLike):
        path = os.fspath(item)
        return _Job(path, None, path)
    if isinstance(item, tuple) and len(item) == 2:
        name, text = item
        name = None if name is None else str(name)
        if isinstance(text, os.PathLike):  # (id, path): the file, under the caller's id
            return _Job(name, None, os.fspath(text))
        return _Job(name, text)
    return _Job(None, item)  # parse() will say what is wrong with it


def _parse_chunk(chunk: list[_Job]) -> list[Document | _Failure]:
    """Run in a worker. Documents of texts come back without their text (the caller has it)."""
    out: list[Document | _Failure] = []
    for job in chunk:
        result = _parse_job(job)
        if isinstance(result, _Failure):
            result = _sendable(result)
        elif job.path is None:
            _set_text(result, "")
        out.append(result)
    return out


def _parse_job(job: _Job) -> Document | _Failure:
    from .io import parse_file
    from .pipeline import parse

    try:
        if job.path is not None:
            doc = parse_file(job.path)
            if job.id is not None and job.id != doc.id:
                object.__setattr__(doc, "id", job.id)  # fresh from parse_file: nobody else holds it
            return doc
        return parse(job.text, id=job.id)
    except Exception as error:  # noqa: BLE001 — every failure becomes data, or is re-raised by _finish
        return _failure(error)


def _failure(error: Exception) -> _Failure:
    message = " ".join(str(error).split())
    return _Failure(type(error).__name__, message, error, "".join(traceback.format_exception(error)))


def _sendable(failure: _Failure) -> _Failure:
    """In a worker: the failure without its exception if that would not survive the trip back."""
    import pickle

    try:
        pickle.loads(pickle.dumps(failure.exception))
    except Exception:  # noqa: BLE001 — such an exception travels as its type name, message and traceback
        return failure._replace(exception=None)
    return failure


def _finish(job: _Job, result: Document | _Failure, errors: str) -> Document:
    if isinstance(result, _Failure):
        if errors == "raise":
            error = result.exception
            if error is not None:
                if error.__traceback__ is None and hasattr(error, "add_note"):  # it crossed from a worker
                    error.add_note(f"In a tuyengiao.parse_many worker:\n{result.traceback.rstrip()}")
                raise error
            raise RuntimeError(f"{job.id or 'input'}: {result.describe()}\n{result.traceback}")
        text = job.text if isinstance(job.text, str) else ""
        return Document(text=text, id=job.id if job.id is not None else job.path, error=result.describe())
    if job.path is None and result.text != job.text:  # a worker's Document, sent without its text
        _set_text(result, job.text)
    return result


def _set_text(doc: Document, text: str) -> None:
    """Swap the text of a Document that nobody else holds yet: one fresh from parse() in a worker,
    or one just unpickled here. (dataclasses.replace would rebuild it, at ten times the cost.)"""
    object.__setattr__(doc, "text", text)


def _available_cpus() -> int:
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _in_notebook() -> bool:
    if "ipykernel" not in sys.modules:
        return False
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"


def _progress_bar(total: int | None):
    """A tqdm bar on a terminal or in a notebook; None elsewhere or without tqdm."""
    in_notebook = _in_notebook()
    stderr = sys.stderr
    if not in_notebook and not (stderr is not None and hasattr(stderr, "isatty") and stderr.isatty()):
        return None
    try:
        from tqdm import std
    except ImportError:
        return None
    options = dict(total=total, unit="doc", desc="tuyengiao", dynamic_ncols=True)
    if in_notebook:
        try:
            from tqdm import notebook
        except ImportError:
            notebook = None
        # A widget needs ipywidgets (tqdm.notebook.IProgress is None without it); else a text bar,
        # which notebooks show too. (Trying the widget and failing leaves a noisy tqdm behind.)
        if notebook is not None and getattr(notebook, "IProgress", None) is not None:
            return notebook.tqdm(**options)
    return std.tqdm(file=stderr, **options)
