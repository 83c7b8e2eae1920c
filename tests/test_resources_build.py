"""Resource loading and the reproducible build.

The full tagger/chunker builds take minutes, so determinism of their training is
checked on small subsets through the same code path (also across hash seeds, in
subprocesses), while the cheap builders (punkt, lexicon) are rebuilt in full and
compared byte for byte with the committed artifacts.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

import quizgen.resources as res
from quizgen.errors import ResourceError
from quizgen.resources import build
from quizgen.resources.builders import dumps_gz, sha256_file

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NLTK_DATA = SHARED / "nltk_data"
OUR_ARTIFACTS = ("tagger", "chunker", "punkt", "lexicon", "words")


def _need_nltk_data() -> None:
    if not (NLTK_DATA / "corpora").is_dir():
        pytest.skip(f"needs the shared build inputs at {NLTK_DATA}")


@pytest.fixture
def isolated_resources(tmp_path, monkeypatch):
    res.load_json_gz.cache_clear()
    monkeypatch.setattr(res, "RESOURCE_DIR", tmp_path)
    yield tmp_path
    res.load_json_gz.cache_clear()


def test_missing_artifact_raises_resource_error(isolated_resources) -> None:
    with pytest.raises(ResourceError, match="make resources"):
        res.load_json_gz("tagger")


@pytest.mark.parametrize("payload", [b"not gzip at all", gzip.compress(b"{broken json", mtime=0), b""])
def test_corrupt_artifact_raises_resource_error(isolated_resources, payload: bytes) -> None:
    (isolated_resources / "tagger.json.gz").write_bytes(payload)
    with pytest.raises(ResourceError, match="corrupt"):
        res.load_json_gz("tagger")


def test_load_is_cached_once_per_process() -> None:
    res.load_json_gz.cache_clear()
    a = res.load_json_gz("punkt")
    assert res.load_json_gz("punkt.json.gz") is not None
    assert res.load_json_gz("punkt") is a
    assert res.load_json_gz.cache_info().misses == 2 and res.load_json_gz.cache_info().hits == 1


def test_dumps_gz_is_deterministic_and_has_no_timestamp_or_name() -> None:
    obj = {"b": [3, 2, 1], "a": {"y": 1.5, "x": "\u00e9"}}
    data = dumps_gz(obj)
    assert data == dumps_gz(dict(reversed(list(obj.items()))))
    assert data[:3] == b"\x1f\x8b\x08"
    assert data[3] == 0  # FLG: no FNAME, no comment, no extra
    assert data[4:8] == b"\x00\x00\x00\x00"  # MTIME 0
    assert gzip.decompress(data) == b'{"a":{"x":"\xc3\xa9","y":1.5},"b":[3,2,1]}'


def test_builders_are_discovered_sorted() -> None:
    names = build.builder_names()
    assert names == sorted(names)
    assert {"chunker", "lexicon", "punkt", "tagger"} <= set(names)
    for name in names:
        assert callable(build.load_builder(name).build)


def test_run_rejects_unknown_builder_and_missing_input(tmp_path) -> None:
    with pytest.raises(ResourceError, match="NLTK data folder"):
        build.run(tmp_path / "nope", tmp_path / "out")
    with pytest.raises(ResourceError, match="Unknown builder"):
        build.run(tmp_path, tmp_path / "out", ["no_such_builder"])


def test_committed_artifacts_within_size_budget_and_carry_metadata() -> None:
    total = sum(p.stat().st_size for p in res.RESOURCE_DIR.glob("*.json.gz"))
    assert total <= build.SIZE_BUDGET_BYTES
    for name in OUR_ARTIFACTS:
        meta = res.load_json_gz(name)["meta"]
        assert meta["artifact"] == name
        assert meta["inputs"] and all(len(i["sha256"]) == 64 for i in meta["inputs"])
    assert (res.RESOURCE_DIR / "WORDNET_LICENSE.txt").read_text().startswith("This software and database")
    assert (res.RESOURCE_DIR / "SOURCES.md").is_file()


@pytest.mark.corpus
def test_metadata_checksums_match_the_shared_inputs() -> None:
    _need_nltk_data()
    for name in OUR_ARTIFACTS:
        for item in res.load_json_gz(name)["meta"]["inputs"]:
            assert sha256_file(NLTK_DATA / item["file"]) == item["sha256"], (name, item["file"])


@pytest.mark.corpus
@pytest.mark.parametrize("builder", ["punkt", "lexicon"])
def test_cheap_builders_reproduce_committed_artifacts(builder: str, tmp_path) -> None:
    _need_nltk_data()
    written = build.run(NLTK_DATA, tmp_path, [builder], log=lambda *_: None)
    assert written
    for path in written:
        committed = res.RESOURCE_DIR / path.name
        assert path.read_bytes() == committed.read_bytes(), f"{path.name} differs from the committed artifact"


_SMALL_TRAIN = r"""
import hashlib, sys
from pathlib import Path
from quizgen.resources.builders import dumps_gz, tagger, chunker
nd = Path(sys.argv[1])
conll = tagger.conll_reader(nd)
tag_sents = [tagger.normalise_sentence(s) for s in conll.tagged_sents("train.txt")[:150]]
chunk_sents = [list(s) for s in conll.iob_sents("train.txt")[:150]]
print(hashlib.sha256(dumps_gz(tagger.train(tag_sents, nr_iter=2))).hexdigest())
print(hashlib.sha256(dumps_gz(chunker.train(chunk_sents, nr_iter=2))).hexdigest())
"""


@pytest.mark.corpus
def test_tagger_and_chunker_training_is_deterministic_across_processes_and_hash_seeds() -> None:
    _need_nltk_data()
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-c", _SMALL_TRAIN, str(NLTK_DATA)], env=env,
                              capture_output=True, text=True, timeout=600, check=True)
        outputs.append(proc.stdout.split())
    assert len(outputs[0]) == 2
    assert outputs[0] == outputs[1]


@pytest.mark.corpus
def test_tagger_training_same_bytes_in_process() -> None:
    _need_nltk_data()
    from quizgen.resources.builders import tagger

    sents = [tagger.normalise_sentence(s) for s in tagger.conll_reader(NLTK_DATA).tagged_sents("train.txt")[:100]]
    a = hashlib.sha256(dumps_gz(tagger.train(sents, nr_iter=1))).hexdigest()
    b = hashlib.sha256(dumps_gz(tagger.train(sents, nr_iter=1))).hexdigest()
    assert a == b
