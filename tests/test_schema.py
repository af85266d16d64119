"""tuyengiao/schema.json: a valid draft 2020-12 schema that every real output meets, and that says no to bad ones."""
from __future__ import annotations

import copy
import dataclasses
import json
import subprocess
import sys
from importlib.resources import files

import jsonschema
import pytest

import tuyengiao
from conftest import dev_texts
from test_frames import sample_document
from tuyengiao.models import ITEM_TYPES, Document

SCHEMA = json.loads(files("tuyengiao").joinpath("schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def errors(data) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(data)]


def test_it_is_a_draft_2020_12_schema():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_every_real_output_of_the_dev_texts_is_valid():
    texts = dev_texts()
    docs = list(tuyengiao.parse_many(texts, progress=False, errors="raise"))
    assert len(docs) == len(texts)
    for doc in docs:
        data = json.loads(doc.to_json(include_text=True))  # exactly what a program reads
        assert errors(data) == [], doc.id
        for kind in doc.KINDS:
            for item in data[kind]:
                assert 0 <= item["start"] <= item["end"] <= len(doc.text)


def test_a_document_with_every_field_filled_is_valid():
    data = json.loads(sample_document().to_json(include_text=True))
    assert all(data[kind] for kind in Document.KINDS)
    assert errors(data) == []


def test_error_documents_and_cli_output_are_valid(tmp_path):
    failed = next(tuyengiao.parse_many([("broken", b"bytes")], progress=False))
    assert failed.error and errors(failed.to_dict()) == []
    path = tmp_path / "a.txt"
    path.write_text("Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "tuyengiao", "parse", "--jsonl", "--text", str(path)], capture_output=True)
    assert result.returncode == 0, result.stderr
    assert errors(json.loads(result.stdout)) == []


@pytest.mark.parametrize(
    "breakage, where",
    [
        (lambda d: d.pop("references"), ""),
        (lambda d: d.update(schema_version="2"), "schema_version"),
        (lambda d: d["references"][0].update(kind="directives"), "references/0/kind"),
        (lambda d: d["references"][0].update(plenum="4"), "references/0/plenum"),
        (lambda d: d["references"][0].update(term="xii"), "references/0/term"),
        (lambda d: d["references"][0].pop("start"), "references/0"),
        (lambda d: d["dates"][0].update(value="15/5/2016"), "dates/0/value"),
        (lambda d: d["dates"][0].update(granularity="week"), "dates/0/granularity"),
        (lambda d: d["organizations"][0]["mentions"][0].update(end=-1), "organizations/0/mentions/0/end"),
        (lambda d: d["people"][0].update(titles="Bí thư"), "people/0/titles"),
        (lambda d: d["recommendations"][0].update(items=[1]), "recommendations/0/items/0"),
        (lambda d: d.update(author={"affiliation": "x"}), "author"),
    ],
)
def test_broken_outputs_are_refused(breakage, where):
    data = copy.deepcopy(sample_document().to_dict())
    breakage(data)
    found = errors(data)
    assert found and any(e.startswith(f"{where}:") for e in found), found


@pytest.mark.parametrize("value", ["2016-05-15", "2018-03", "2018-Q1", "2018-H1", "2017", "--08-01",
                                   "2016/2020", "2017-01-01/2018-03-31", "--06-14/--06-16"])
def test_every_date_value_form_of_the_spec_is_valid(value):
    data = sample_document().to_dict()
    data["dates"][0]["value"] = value
    assert errors(data) == []


def test_every_field_of_the_model_is_in_the_schema():
    """A field added to models.py must be described in tuyengiao/schema.json too."""
    top = SCHEMA["properties"]
    missing = [f.name for f in dataclasses.fields(Document) if f.name not in top]
    assert missing == [], f"add {missing} to tuyengiao/schema.json"
    names = {"references": "reference", "organizations": "organization", "people": "person",
             "dates": "date", "recommendations": "recommendation"}
    for kind, cls in ITEM_TYPES.items():
        described = SCHEMA["$defs"][names[kind]]["properties"]
        missing = [f.name for f in dataclasses.fields(cls) if f.name not in described]
        assert missing == [], f"add {missing} to $defs/{names[kind]} in tuyengiao/schema.json"


def test_the_cli_prints_the_schema():
    result = subprocess.run([sys.executable, "-m", "tuyengiao", "schema"], capture_output=True)
    assert result.returncode == 0 and json.loads(result.stdout) == SCHEMA
