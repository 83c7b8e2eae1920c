"""The quizgen command line, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from quizgen.models import QuestionSet


def cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "quizgen", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_generate_validate_report_and_schema(tmp_path, seed_text):
    art = tmp_path / "seed.txt"
    art.write_text(seed_text, encoding="utf-8")
    out = tmp_path / "seed.json"
    r = cli("generate", str(art), "-o", str(out), "--n", "8", "--seed", "3")
    assert r.returncode == 0, r.stderr
    qs = QuestionSet.from_json(out.read_bytes())
    assert len(qs.items) == 8 and qs.settings.seed == 3
    r = cli("validate", str(out))
    assert r.returncode == 0 and "valid" in r.stdout
    rep = tmp_path / "report.md"
    r = cli("report", str(art), "-o", str(rep), "--n", "5")
    assert r.returncode == 0, r.stderr
    md = rep.read_text()
    assert "invariant violations: 0" in md and "> source" in md
    r = cli("schema")
    schema = json.loads(r.stdout)
    assert schema["title"] == "QuestionSet" and "items" in schema["properties"]


def test_validate_prints_json_paths_and_fails(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"title": "x", "items": [{"type": "mcq", "id": "a", "stem": "Q?", "options": [{"text": "A", "correct": True}, {"text": "B", "correct": True}]}]}))
    r = cli("validate", str(bad))
    assert r.returncode == 1
    assert "$.items[0].options" in r.stderr and "exactly one option must be correct" in r.stderr
    bad.write_text("{not json")
    r = cli("validate", str(bad))
    assert r.returncode == 1 and "Traceback" not in r.stderr


def test_bad_input_gives_a_message_not_a_traceback(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   ")
    out = tmp_path / "out.json"
    r = cli("generate", str(empty), "-o", str(out))
    assert r.returncode == 1 and "empty" in r.stderr and "Traceback" not in r.stderr
    assert not out.exists()
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 10)
    r = cli("generate", str(binary), "-o", str(out))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    r = cli("generate", str(tmp_path / "missing.txt"), "-o", str(out))
    assert r.returncode == 1 and "No such file" in r.stderr


def test_usage_error_exit_code():
    r = cli("generate")
    assert r.returncode == 2
