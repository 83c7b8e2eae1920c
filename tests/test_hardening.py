"""Hardening: on any input, the public entry points raise nothing but a QuizgenError.

Property-based (hypothesis) tests for ``analyze``, ``generate``, ``quizgen validate``
(``QuestionSet.from_json``) and every importer, on arbitrary text, bytes and JSON, plus
English-looking word salad that gets past the language check and reaches the templates.

CI runs 500 examples per test (derandomized, so a CI failure reproduces). A benchmark run
sets ``QUIZGEN_HYPOTHESIS_EXAMPLES`` (e.g. 5000) for more, with fresh random examples.
The limits of :mod:`quizgen.limits` are checked here too.
"""

from __future__ import annotations

import json
import os
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quizgen
from quizgen.errors import InputError, InputTooLargeError, QuizgenError
from quizgen.limits import MAX_ITEMS, MAX_TEXT_CHARS
from quizgen.models import QuestionSet

_ENV_EXAMPLES = os.environ.get("QUIZGEN_HYPOTHESIS_EXAMPLES")
EXAMPLES = int(_ENV_EXAMPLES) if _ENV_EXAMPLES else 500

HARD = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=_ENV_EXAMPLES is None,  # CI: the same examples every run
    database=None,  # no .hypothesis/ folder in the work tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def only_quizgen_errors(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call ``fn``; a QuizgenError is an accepted outcome, anything else fails the test."""
    try:
        return fn(*args, **kwargs)
    except QuizgenError as e:
        assert str(e).strip(), f"{type(e).__name__} has an empty message"
        return None


# --------------------------------------------------------------------------- strategies

WORDS = (
    "the a an of to in and on for with by at from is was were are has had have be been will "
    "said says after before during because but not no Mr Mrs Dr President Minister Ukraine China "
    "Beijing Kyiv London Monday 2023 1990 5 12 per cent million people city river bridge war peace "
    "talks visit meeting government company report water forest he she it they we who which that "
    "what when where why how This However In On Last year percent 3.5 $ 10% U.S. e.g. Ms. Co. Inc. "
    "don't it's Ukraine's \u2019s \u201c \u201d - \u2013 \u2014 ( ) , . ; : ! ? ' \" \n \n\n"
).split(" ")

english_like = st.lists(st.sampled_from(WORDS + ["\n", "\n\n", ".", ","]), min_size=0, max_size=120).map(" ".join)
any_text = st.text(max_size=400)

SUBJECTS = ["The minister", "Dmytro Kuleba", "The company", "Many people", "She", "The city of Lyon", "Scientists", "The 42 workers"]
VERBS = ["visited", "built", "said that the plan", "has found", "will open", "did not sign", "sold", "was born in"]
OBJECTS = ["Beijing", "a new bridge", "3.5 million tonnes of rice", "the report", "the old river", "Apple Inc.", "1990", "their talks"]
ADJUNCTS = ["", "on Monday", "in 2023", "because it was cheap", "after the war", "with China", "for 12 years", "in London"]


@st.composite
def sentence_like(draw: st.DrawFn) -> str:
    """Grammatical news-like sentences, with now and then a slot replaced by arbitrary text:
    these get past the language check and make real items, so the templates and distractors
    see odd input too (word salad alone ends in NoItemsError)."""
    sents = []
    for _ in range(draw(st.integers(3, 8))):
        parts = [draw(st.sampled_from(pool)) for pool in (SUBJECTS, VERBS, OBJECTS, ADJUNCTS)]
        if draw(st.integers(0, 3)) == 0:
            parts[draw(st.integers(0, 3))] = draw(st.text(max_size=12))
        sents.append(" ".join(p for p in parts if p) + draw(st.sampled_from([".", ".", ".", "!", "?", ""])))
    sep = draw(st.sampled_from([" ", "\n", "\n\n"]))
    return sep.join(sents)


mixed_text = st.one_of(any_text, english_like, sentence_like(), st.builds(lambda a, b: a + b, english_like, any_text))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=12,
)


def _valid_set_dict() -> dict:
    return {
        "schema_version": "1.0",
        "title": "T",
        "source": {"sha256": "", "chars": 0, "text": None},
        "settings": {"n": 2, "types": ["mcq", "tf"], "seed": 0, "generator_version": ""},
        "items": [
            {
                "type": "mcq",
                "id": "a",
                "stem": "Who?",
                "options": [{"text": "X", "correct": True, "origin": "key"}, {"text": "Y", "correct": False, "origin": "article"}],
                "explanation": "",
                "source": {"sentence_index": 0, "start": 0, "end": 3, "sentence": "X."},
                "template": "wh.who",
                "score": 1.0,
                "difficulty": "easy",
                "tags": [],
                "status": "draft",
            },
            {"type": "tf", "id": "b", "stem": "S.", "options": [{"text": "True", "correct": True}, {"text": "False"}]},
        ],
    }


def _paths(obj: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _paths(v, prefix + (i,))
    return out


@st.composite
def mutated_sets(draw: st.DrawFn) -> str:
    """A valid question set with one value replaced by arbitrary JSON: reaches deep validators."""
    doc = _valid_set_dict()
    paths = [p for p in _paths(doc) if p]
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(paths))
        node: Any = doc
        try:
            for part in path[:-1]:
                node = node[part]
            node[path[-1]] = draw(json_values)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier mutation removed this path
    return json.dumps(doc)


# --------------------------------------------------------------------------- analyze / generate


def test_strategies_reach_item_generation() -> None:
    """Control: text of the kind ``sentence_like`` draws yields items, so the properties below
    exercise templates and distractors, not only the early input checks."""
    text = (
        "The minister visited Beijing on Monday. The company built a new bridge in 2023. "
        "Dmytro Kuleba did not sign the report in London. Scientists has found 3.5 million tonnes of rice. "
        "The city of Lyon sold Apple Inc. for 12 years."
    )
    qs = quizgen.generate(text, n=10)
    assert len(qs.items) >= 1


@HARD
@given(mixed_text)
def test_analyze_arbitrary_text(text: str) -> None:
    only_quizgen_errors(quizgen.analyze, text)


@HARD
@given(st.binary(max_size=400))
def test_analyze_arbitrary_bytes(data: bytes) -> None:
    only_quizgen_errors(quizgen.analyze, data)


@HARD
@given(mixed_text, st.integers(0, 2**16))
def test_generate_arbitrary_text(text: str, seed: int) -> None:
    qs = only_quizgen_errors(quizgen.generate, text, n=10, seed=seed)
    if qs is not None:
        assert isinstance(qs, QuestionSet) and 1 <= len(qs.items) <= 10
        QuestionSet.from_json(qs.to_json())  # what generate returns is valid


@HARD
@given(st.binary(max_size=400))
def test_generate_arbitrary_bytes(data: bytes) -> None:
    only_quizgen_errors(quizgen.generate, data, n=5)


@settings(HARD, max_examples=max(50, EXAMPLES // 5))
@given(
    english_like,
    st.one_of(st.integers(-10, 400), st.none(), st.text(max_size=3), st.floats(allow_nan=True)),
    st.one_of(st.lists(st.sampled_from(["mcq", "tf", "essay", "", "MCQ"]), max_size=3), st.text(max_size=5)),
    st.one_of(st.integers(), st.none(), st.text(max_size=3)),
)
def test_generate_arbitrary_settings(text: str, n: Any, types: Any, seed: Any) -> None:
    """Bad n/types/seed are the caller's mistake: an InputError-style QuizgenError, not a TypeError."""
    only_quizgen_errors(quizgen.generate, text, n=n, types=types, seed=seed)


# --------------------------------------------------------------------------- quizgen validate


@HARD
@given(json_values)
def test_validate_arbitrary_json(value: Any) -> None:
    only_quizgen_errors(QuestionSet.from_json, json.dumps(value))


@HARD
@given(st.binary(max_size=400))
def test_validate_arbitrary_bytes(data: bytes) -> None:
    only_quizgen_errors(QuestionSet.from_json, data)


@HARD
@given(mutated_sets())
def test_validate_mutated_sets(text: str) -> None:
    qs = only_quizgen_errors(QuestionSet.from_json, text)
    if qs is not None:
        assert QuestionSet.from_json(qs.to_json()) == qs


@HARD
@given(st.one_of(mutated_sets().map(str.encode), json_values.map(lambda v: json.dumps(v).encode()), st.binary(max_size=300)))
def test_validate_command_arbitrary_files(data: bytes) -> None:
    """``quizgen validate FILE`` end to end (parse, schema, item checks): an exit code, never a crash."""
    import tempfile

    from quizgen.cli import main

    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "set.json")
        with open(path, "wb") as f:
            f.write(data)
        rc = only_quizgen_errors(main, ["validate", path])
    assert rc in (None, 0, 1, 2)


def test_validate_deeply_nested_json() -> None:
    """Regression: nesting deeper than the parser's limit must be a SchemaError, not RecursionError."""
    for data in ("[" * 100_000, "[" * 5000 + "]" * 5000, '{"a":' * 5000 + "1" + "}" * 5000):
        only_quizgen_errors(QuestionSet.from_json, data)


def test_validate_valid_set_round_trips(tmp_path) -> None:
    """Control for the strategies above: the unmutated set is valid, for the model and the command."""
    from quizgen.cli import main

    qs = QuestionSet.from_json(json.dumps(_valid_set_dict()))
    assert len(qs.items) == 2
    path = tmp_path / "set.json"
    path.write_text(json.dumps(_valid_set_dict()), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    path.write_text("{}", encoding="utf-8")
    assert main(["validate", str(path)]) == 1


# --------------------------------------------------------------------------- importers


def _importers() -> tuple[Callable[[bytes, str], Any], list[str]]:
    try:
        from quizgen.export import import_set
    except ImportError as e:
        pytest.skip(f"quizgen.export.import_set is not in this tree yet: {e}")
    import quizgen.export as ex

    formats = sorted(name for name, info in getattr(ex, "FORMATS", {}).items() if getattr(info, "can_import", False))
    assert formats, "quizgen.export.FORMATS lists no importable format"
    return import_set, formats


gift_like = st.lists(
    st.sampled_from(["::", "{", "}", "=", "~", "#", "//", "$CATEGORY: a/b", "TRUE", "FALSE", "T", "F", "->",
                     "%50%", "[html]", "[markdown]", "\\", "\\{", ":", "\n", "\n\n", " ", "Who", "Paris", "Q1"]),
    max_size=60,
).map("".join)

xml_like = st.lists(
    st.sampled_from(['<?xml version="1.0"?>', "<quiz>", "</quiz>", '<question type="multichoice">',
                     '<question type="truefalse">', '<question type="category">', "</question>", "<name>",
                     "</name>", "<text>", "</text>", "<questiontext>", '<questiontext format="html">',
                     "</questiontext>", '<answer fraction="100">', '<answer fraction="0">', '<answer fraction="x">',
                     "</answer>", "<![CDATA[", "]]>", "&amp;", "&bogus;", "<", ">", "true", "false", "Paris", " ",
                     '<!DOCTYPE x [<!ENTITY e "e">]>', "&e;", "<single>", "</single>"]),
    max_size=60,
).map("".join)


@HARD
@given(st.data())
def test_importers_arbitrary_bytes(data: st.DataObject) -> None:
    import_set, formats = _importers()
    fmt = data.draw(st.sampled_from(formats))
    payload = data.draw(st.one_of(st.binary(max_size=400), any_text.map(lambda t: t.encode("utf-8"))))
    only_quizgen_errors(import_set, payload, fmt)


@HARD
@given(st.data())
def test_importers_format_shaped_input(data: st.DataObject) -> None:
    """Inputs made of each format's own tokens get past the first checks and reach the parsers."""
    import_set, formats = _importers()
    fmt = data.draw(st.sampled_from(formats))
    if "xml" in fmt:
        payload = data.draw(xml_like)
    elif "gift" in fmt:
        payload = data.draw(gift_like)
    else:
        payload = data.draw(st.one_of(json_values.map(json.dumps), mutated_sets()))
    only_quizgen_errors(import_set, payload.encode("utf-8"), fmt)


@HARD
@given(json_values)
def test_importers_arbitrary_json(value: Any) -> None:
    import_set, formats = _importers()
    for fmt in formats:
        only_quizgen_errors(import_set, json.dumps(value).encode("utf-8"), fmt)


def test_unknown_import_format_is_a_quizgen_error() -> None:
    import_set, _ = _importers()
    with pytest.raises(QuizgenError):
        import_set(b"{}", "no-such-format")


# --------------------------------------------------------------------------- limits


def test_largest_text_is_enforced_with_a_clear_error() -> None:
    too_long = "The cat sat. " * (MAX_TEXT_CHARS // 13 + 1)
    assert len(too_long) > MAX_TEXT_CHARS
    for fn in (quizgen.analyze, quizgen.generate):
        with pytest.raises(InputTooLargeError, match="characters"):
            fn(too_long)
        with pytest.raises(InputTooLargeError):
            fn(too_long.encode("utf-8"))


@pytest.mark.parametrize("n", [0, -1, MAX_ITEMS + 1, 10**9])
def test_most_items_is_enforced_with_a_clear_error(n: int) -> None:
    with pytest.raises(InputError, match=str(MAX_ITEMS)):
        quizgen.generate("The cat sat on the mat. The dog ran in the park.", n=n)


def test_largest_upload_is_enforced_before_reading(tmp_path) -> None:
    """A file over MAX_UPLOAD_BYTES fails in a batch with InputTooLargeError, without being read."""
    from quizgen.batch import BatchSettings, process_one
    from quizgen.limits import MAX_UPLOAD_BYTES

    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(MAX_UPLOAD_BYTES + 1)

    def never(*a: Any, **k: Any) -> None:
        raise AssertionError("generate must not be called for an oversized file")

    rec = process_one(str(big), str(tmp_path / "out"), BatchSettings(input_dir=str(tmp_path), generate_fn=never))
    assert rec["error_type"] == "InputTooLargeError" and "largest accepted" in rec["error"]
