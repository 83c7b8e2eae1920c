"""The question bank: a folder of question-set JSON files, plus the editing operations on a set.

The files are the source of truth for question sets, so two rules protect them:

* **An invalid set is never saved.** :func:`save_set` re-validates the whole set from its JSON
  before writing (a ``model_copy(update=...)`` elsewhere could have skipped validation).
* **A save never overwrites an edit it has not seen.** :func:`load_set` returns a *version*
  (the SHA-256 of the bytes read). :func:`save_set` takes that version back and, holding an
  exclusive ``fcntl`` lock on a sidecar ``.<name>.lock`` file, refuses with
  :class:`~quizgen.errors.ConflictError` if the file on disk is no longer those bytes. The new
  bytes are written with :func:`~quizgen.fsutil.atomic_write_bytes` (temporary file + rename),
  so a reader never sees half a file.

The editing functions (:func:`edit_item`, :func:`add_item`, :func:`delete_item`,
:func:`move_item`, :func:`set_status`) are pure: they take a set and return a new one, and raise
:class:`~quizgen.errors.SchemaError` whose ``errors`` name the *field* that is wrong (``stem``,
``options``, ``explanation``, ``tags``), so a page can show each message next to its widget.

>>> qs = QuestionSet(title="Demo")
>>> qs, i = add_item(qs, "tf")
>>> edit_item(qs, i, stem="The sky is green.", correct=1).items[0].answer
'False'
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

from pydantic import TypeAdapter, ValidationError

from quizgen.errors import ConflictError, SchemaError, StoreError
from quizgen.fsutil import atomic_write_bytes
from quizgen.models import Item, QuestionSet, Status, validation_errors

DEFAULT_BANK_DIR = "question_bank"
SUFFIX = ".json"
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
_ITEM = TypeAdapter(Item)


def bank_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The bank folder: ``path``, else ``$QUIZGEN_BANK_DIR``, else ``question_bank/``."""
    return Path(path or os.environ.get("QUIZGEN_BANK_DIR") or DEFAULT_BANK_DIR)


def version_of(data: bytes) -> str:
    """The version token of a file's bytes; equal tokens mean nobody saved in between."""
    return hashlib.sha256(data).hexdigest()


def check_name(name: str) -> str:
    """Refuse names that could escape the bank folder or clash with lock/temp files."""
    if not _NAME_RE.match(name) or ".." in name:
        raise StoreError(
            f"{name!r} is not a valid set name: use lower-case letters, digits, '-', '_' or '.', "
            "starting with a letter or digit (at most 80 characters)."
        )
    return name


def slugify(title: str) -> str:
    """A file name for a title: 'Kuleba’s visit!' -> 'kulebas-visit'."""
    ascii_ = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.replace("'", "")).strip("-")[:60].strip("-")
    return slug or "question-set"


def free_name(root: str | os.PathLike[str], title: str) -> str:
    """A name derived from ``title`` that no set in the bank uses yet."""
    base = slugify(title)
    folder = Path(root)
    name, n = base, 2
    while (folder / f"{name}{SUFFIX}").exists():
        name, n = f"{base}-{n}", n + 1
    return name


@dataclass(frozen=True, slots=True)
class SetInfo:
    """One line of the bank listing. ``error`` is set (and the counts are 0) for a broken file."""

    name: str
    title: str
    n_items: int
    n_approved: int
    modified: float
    error: str | None = None


@dataclass(frozen=True, slots=True)
class LoadedSet:
    """A set as read from disk, with the version token a later save must present."""

    name: str
    qs: QuestionSet
    version: str


def _path(root: str | os.PathLike[str], name: str) -> Path:
    return Path(root) / f"{check_name(name)}{SUFFIX}"


def list_sets(root: str | os.PathLike[str]) -> list[SetInfo]:
    """Every ``*.json`` set in the bank, sorted by title. Broken files are listed with their error."""
    folder = Path(root)
    if not folder.is_dir():
        return []
    out: list[SetInfo] = []
    for p in sorted(folder.glob(f"*{SUFFIX}")):
        name = p.name[: -len(SUFFIX)]
        if not _NAME_RE.match(name):
            continue
        mtime = p.stat().st_mtime
        try:
            qs = QuestionSet.from_json(p.read_bytes())
        except (SchemaError, OSError) as e:
            out.append(SetInfo(name, name, 0, 0, mtime, error=str(e)))
            continue
        approved = sum(it.status == "approved" for it in qs.items)
        out.append(SetInfo(name, qs.title, len(qs.items), approved, mtime))
    out.sort(key=lambda s: (s.title.casefold(), s.name))
    return out


def load_set(root: str | os.PathLike[str], name: str) -> LoadedSet:
    """Read and validate one set. Raises StoreError if it is missing, SchemaError if invalid."""
    path = _path(root, name)
    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise StoreError(f"There is no set {name!r} in the question bank ({path.parent}).") from e
    except OSError as e:
        raise StoreError(f"Cannot read {path}: {e}") from e
    return LoadedSet(name, QuestionSet.from_json(data), version_of(data))


@contextlib.contextmanager
def _locked(root: Path, name: str) -> Iterator[None]:
    """Exclusive lock for one set, across threads and processes, on a sidecar file."""
    root.mkdir(parents=True, exist_ok=True)
    fd = os.open(root / f".{name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def save_set(root: str | os.PathLike[str], name: str, qs: QuestionSet, *, expected_version: str | None) -> str:
    """Validate ``qs`` and write it atomically; return the new version token.

    Args:
        expected_version: the token from :func:`load_set` (or from the previous save). ``None``
            means "create a new set" and is refused if the name is taken.

    Raises:
        SchemaError: the set is invalid; nothing was written.
        ConflictError: the file changed (or appeared, or vanished) since ``expected_version``.
    """
    data = QuestionSet.from_json(qs.to_json()).to_json().encode("utf-8")  # full re-validation
    path = _path(root, name)
    with _locked(Path(root), name):
        try:
            current: bytes | None = path.read_bytes()
        except FileNotFoundError:
            current = None
        if expected_version is None:
            if current is not None:
                raise ConflictError(
                    f"A set named {name!r} already exists in the question bank; choose another name."
                )
        elif current is None:
            raise ConflictError(
                f"The set {name!r} was deleted by someone else after you opened it. "
                "Your changes were not saved; download them or save under a new name."
            )
        elif version_of(current) != expected_version:
            raise ConflictError(
                f"Someone else saved {name!r} after you opened it, so your change was not saved "
                "(saving would have overwritten theirs). Reload the set to see their version, "
                "then make your change again."
            )
        atomic_write_bytes(path, data)
    return version_of(data)


def create_set(root: str | os.PathLike[str], qs: QuestionSet, name: str | None = None) -> LoadedSet:
    """Save a new set under ``name`` (or a free name from its title) and return it loaded."""
    name = check_name(name) if name else free_name(root, qs.title)
    version = save_set(root, name, qs, expected_version=None)
    return LoadedSet(name, QuestionSet.from_json(qs.to_json()), version)


# -- editing ---------------------------------------------------------------------------------


def parse_tags(text: str | Sequence[str]) -> list[str]:
    """Tags from a comma-separated string (or a list), trimmed, without blanks or repeats."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    out: list[str] = []
    for p in parts:
        t = " ".join(str(p).split())
        if t and t.casefold() not in {o.casefold() for o in out}:
            out.append(t)
    return out


def _blank(value: Any) -> bool:
    """data_editor gives None or NaN for an empty cell."""
    return value is None or (isinstance(value, float) and value != value) or str(value).strip() == ""


def clean_option_rows(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Turn editor rows ``{"text", "correct"}`` into option dicts; rows left empty are dropped."""
    out: list[dict[str, Any]] = []
    for row in rows:
        text = row.get("text")
        correct = bool(row.get("correct")) if not _blank(row.get("correct")) else False
        if _blank(text) and not correct:
            continue
        out.append({"text": "" if _blank(text) else str(text).strip(), "correct": correct})
    return out


def _field_errors(e: ValidationError) -> list[tuple[str, str]]:
    """Pydantic errors on one item as ``(field, message)``, e.g. ``("options[1].text", "...")``."""
    out = []
    for path, msg in validation_errors(e):
        field = path.removeprefix("$").lstrip(".") or "item"
        out.append((field, msg.removeprefix("Value error, ")))
    return out


def field_of(error_path: str) -> str:
    """The widget an error belongs to: ``options[1].text`` -> ``options``."""
    return re.split(r"[.\[]", error_path, maxsplit=1)[0]


def edit_item(
    qs: QuestionSet,
    index: int,
    *,
    stem: str | None = None,
    options: Sequence[Mapping[str, Any]] | None = None,
    correct: int | None = None,
    explanation: str | None = None,
    tags: str | Sequence[str] | None = None,
) -> QuestionSet:
    """Return ``qs`` with item ``index`` changed; arguments left as None keep their value.

    ``options`` are editor rows ``{"text", "correct"}`` (multiple choice); ``correct`` picks the
    right option by position instead (True/False items, where the texts are fixed). Options whose
    text is unchanged keep their origin; new or reworded ones get origin ``"teacher"``.

    Raises:
        SchemaError: with ``errors`` as ``(field, message)`` pairs; ``qs`` is unchanged.
    """
    _check_index(qs, index)
    old = qs.items[index]
    data = old.model_dump(mode="json")
    if stem is not None:
        data["stem"] = stem
    if explanation is not None:
        data["explanation"] = explanation
    if tags is not None:
        data["tags"] = parse_tags(tags)
    if options is not None:
        origins = {o.text: o.origin for o in old.options}
        data["options"] = [
            {"text": o["text"], "correct": o["correct"], "origin": origins.get(o["text"].strip(), "teacher")}
            for o in clean_option_rows(options)
        ]
    if correct is not None:
        if not 0 <= correct < len(data["options"]):
            raise SchemaError("The chosen correct option does not exist.", [("options", "choose one of the options")])
        for i, o in enumerate(data["options"]):
            o["correct"] = i == correct
    try:
        new_item = _ITEM.validate_python(data)
    except ValidationError as e:
        errors = _field_errors(e)
        raise SchemaError(
            f"Item {index + 1} is not valid:\n" + "\n".join(f"[{f}] {m}" for f, m in errors), errors
        ) from e
    items = list(qs.items)
    items[index] = new_item
    return qs.model_copy(update={"items": items})


def _new_id(qs: QuestionSet) -> str:
    taken = {it.id for it in qs.items}
    while True:
        candidate = "teacher-" + secrets.token_hex(4)
        if candidate not in taken:
            return candidate


def add_item(qs: QuestionSet, kind: str = "mcq", *, at: int | None = None) -> tuple[QuestionSet, int]:
    """Insert a placeholder item (a draft the teacher then edits); return the set and its index."""
    if kind == "tf":
        data = {
            "type": "tf",
            "stem": "New true/false statement (edit me).",
            "options": [{"text": "True", "correct": True, "origin": "truth"}, {"text": "False", "origin": "truth"}],
        }
    elif kind == "mcq":
        data = {
            "type": "mcq",
            "stem": "New question (edit me)?",
            "options": [{"text": "Right answer", "correct": True}, {"text": "Wrong answer"}],
        }
    else:
        raise SchemaError(f"Unknown item type {kind!r}; use 'mcq' or 'tf'.", [("type", "use 'mcq' or 'tf'")])
    data.update(id=_new_id(qs), template="teacher", status="draft")
    items = list(qs.items)
    pos = len(items) if at is None else max(0, min(at, len(items)))
    items.insert(pos, _ITEM.validate_python(data))
    return qs.model_copy(update={"items": items}), pos


def delete_item(qs: QuestionSet, index: int) -> QuestionSet:
    _check_index(qs, index)
    return qs.model_copy(update={"items": [it for i, it in enumerate(qs.items) if i != index]})


def move_item(qs: QuestionSet, index: int, new_index: int) -> QuestionSet:
    """Move one item; ``new_index`` is clamped to the list, so 'up' on the first item is a no-op."""
    _check_index(qs, index)
    items = list(qs.items)
    it = items.pop(index)
    items.insert(max(0, min(new_index, len(items))), it)
    return qs.model_copy(update={"items": items})


def set_status(qs: QuestionSet, indices: Sequence[int], status: Status) -> QuestionSet:
    if status not in ("draft", "approved", "rejected"):
        raise SchemaError(f"Unknown status {status!r}.", [("status", "use draft, approved or rejected")])
    for i in indices:
        _check_index(qs, i)
    chosen = set(indices)
    items = [it.model_copy(update={"status": status}) if i in chosen else it for i, it in enumerate(qs.items)]
    return qs.model_copy(update={"items": items})


def set_title(qs: QuestionSet, title: str) -> QuestionSet:
    if not title.strip():
        raise SchemaError("A set needs a title.", [("title", "the title must not be empty")])
    return qs.model_copy(update={"title": title.strip()})


def _check_index(qs: QuestionSet, index: int) -> None:
    if not 0 <= index < len(qs.items):
        raise StoreError(f"There is no item {index + 1}; the set has {len(qs.items)} items.")


def item_rows(qs: QuestionSet) -> list[dict[str, Any]]:
    """One summary row per item, for the bank's overview table."""
    return [
        {
            "#": i + 1,
            "Status": it.status,
            "Type": "True/False" if it.type == "tf" else "Multiple choice",
            "Question": it.stem,
            "Answer": it.answer,
            "Tags": ", ".join(it.tags),
        }
        for i, it in enumerate(qs.items)
    ]


__all__ = [
    "DEFAULT_BANK_DIR",
    "LoadedSet",
    "SetInfo",
    "add_item",
    "bank_dir",
    "check_name",
    "clean_option_rows",
    "create_set",
    "delete_item",
    "edit_item",
    "field_of",
    "free_name",
    "item_rows",
    "list_sets",
    "load_set",
    "move_item",
    "parse_tags",
    "save_set",
    "set_status",
    "set_title",
    "slugify",
    "version_of",
]
