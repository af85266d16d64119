"""The examples run: the quickstart notebook, executed headless, and the corpus analysis script."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT, SEED, dev_texts

EXAMPLES = ROOT / "examples"
KERNEL = "tuyengiao-tests"


@pytest.fixture
def this_python_kernel(tmp_path, monkeypatch):
    """A kernelspec that runs this interpreter (the venv's), found before any user- or system-wide 'python3'."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "tuyengiao tests",
        "language": "python",
    }))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    return KERNEL


def outputs(cell) -> list[dict]:
    return [o for o in cell.get("outputs", ()) if o.get("output_type") in ("execute_result", "display_data")]


def test_quickstart_notebook_runs(this_python_kernel):
    nb = nbformat.read(EXAMPLES / "quickstart.ipynb", as_version=4)
    assert nb.metadata.kernelspec.name == "python3"  # what a reader's Jupyter will use
    assert all(not cell.get("outputs") for cell in nb.cells if cell.cell_type == "code"), "commit the notebook without outputs"
    client = NotebookClient(nb, kernel_name=this_python_kernel, timeout=600,
                            resources={"metadata": {"path": str(EXAMPLES)}})
    client.execute()  # raises CellExecutionError on any failing cell
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    errors = [o for cell in code for o in cell.get("outputs", ()) if o.get("output_type") == "error"]
    assert errors == []
    streams = "".join(o.get("text", "") for cell in code for o in cell.get("outputs", ()) if o.get("output_type") == "stream")
    assert "Traceback" not in streams and "Exception ignored" not in streams, streams
    html = [o["data"].get("text/html", "") for cell in code for o in outputs(cell)]
    shown = next(h for h in html if 'class="tuyengiao-doc"' in h)  # `doc` displayed itself
    assert "Lạng Sơn: Tiếp tục đổi mới nội dung" in shown
    assert sum('class="dataframe' in h for h in html) >= 3  # the references, dates and documents tables
    last = outputs(code[-1])[0]["data"]["text/plain"]
    assert "broken" in last and "n_references" in last


def test_corpus_analysis_counts_and_draws_a_png(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    texts = dev_texts()
    for name, text in texts:
        (folder / "nested" / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "seed.txt").write_text(SEED.read_text("utf-8"), encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Ch\xe1 th\xe1".encode("latin-1"))
    png = tmp_path / "out" / "refs.png"
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "corpus_analysis.py"), str(folder), "--out", str(png)],
        capture_output=True, text=True, env={**os.environ, "MPLBACKEND": "Agg"}, timeout=900,
    )
    assert result.returncode == 0, result.stderr
    assert f"{len(texts) + 2} texts (1 could not be parsed)" in result.stdout
    assert "References by kind:" in result.stdout and "References by year of issue:" in result.stdout
    assert "latin1.txt" in result.stderr
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000


def test_corpus_analysis_on_a_folder_without_texts_says_so(tmp_path):
    result = subprocess.run([sys.executable, str(EXAMPLES / "corpus_analysis.py"), str(tmp_path)],
                            capture_output=True, text=True, env={**os.environ, "MPLBACKEND": "Agg"})
    assert result.returncode == 2 and "no *.txt files" in result.stderr
