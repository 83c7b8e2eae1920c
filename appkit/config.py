"""Where the app keeps things, and the teacher gate. The one appkit module that imports streamlit.

* Passcode: ``st.secrets["teacher_passcode"]`` (``.streamlit/secrets.toml``) or the environment
  variable ``QUIZGEN_TEACHER_PASSCODE`` (the environment wins, so tests and containers can set it).
  With neither, the teacher pages stay closed and the sign-in page says how to set one.
* Quiz database: ``QUIZGEN_DB`` (default ``data/quizgen.db``).
* Question bank: ``QUIZGEN_BANK_DIR`` (default ``question_bank/``).

Teacher status lives in the server-side session only; the passcode never goes back to the browser.
"""

from __future__ import annotations

import hmac
import os
from pathlib import Path

import streamlit as st

from quizgen import bank
from quizgen.errors import ConflictError
from quizgen.models import QuestionSet
from quizgen.store import DEFAULT_DB_PATH, QuizStore, SQLiteQuizStore

REPO_ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_SET = REPO_ROOT / "question_bank" / "kuleba-china-visit.json"
TEACHER_KEY = "teacher_signed_in"

SETUP_HELP = """\
Teacher pages are locked until a passcode is set. Set **one** of these and restart the app:

1. In `.streamlit/secrets.toml` (next to `app.py`; never commit it):

   ```toml
   teacher_passcode = "choose-a-long-passphrase"
   ```

2. Or in the environment of the app:

   ```bash
   QUIZGEN_TEACHER_PASSCODE="choose-a-long-passphrase" streamlit run app.py
   ```
"""


def configured_passcode() -> str | None:
    """The teacher passcode, or None when none is set (then nobody can sign in)."""
    env = os.environ.get("QUIZGEN_TEACHER_PASSCODE", "").strip()
    if env:
        return env
    try:
        value = st.secrets.get("teacher_passcode")
    except Exception:  # no secrets.toml at all: Streamlit raises rather than returning None
        value = None
    value = str(value).strip() if value is not None else ""
    return value or None


def check_passcode(attempt: str) -> bool:
    expected = configured_passcode()
    if not expected or not attempt:
        return False
    return hmac.compare_digest(attempt.strip().encode("utf-8"), expected.encode("utf-8"))


def is_teacher() -> bool:
    return bool(st.session_state.get(TEACHER_KEY)) and configured_passcode() is not None


def require_teacher() -> None:
    """First line of every teacher page: stop here unless signed in; offer sign-out otherwise.

    Navigation already hides these pages from students; this guards a page that is reached
    some other way (an old link, a session whose passcode was removed).
    """
    if not is_teacher():
        st.error("This page is for teachers. Sign in on the Teacher sign-in page.")
        st.stop()
    with st.sidebar:
        if st.button("Sign out", key="sign_out", icon=":material/logout:"):
            st.session_state.pop(TEACHER_KEY, None)
            st.switch_page("pages/take_quiz.py")


def bank_root() -> Path:
    return bank.bank_dir()


def db_path() -> str:
    return os.environ.get("QUIZGEN_DB") or DEFAULT_DB_PATH


@st.cache_resource(show_spinner=False)
def _store(path: str) -> QuizStore:
    return SQLiteQuizStore(path)


def get_store() -> QuizStore:
    """One store object per database path for the whole server (it is thread-safe)."""
    return _store(db_path())


def example_available() -> bool:
    """An example set can be offered: it ships with the repo and the bank is not its folder."""
    return EXAMPLE_SET.is_file() and EXAMPLE_SET.resolve().parent != bank_root().resolve()


def add_example_set() -> str:
    """Copy the example set into the bank; return its name."""
    name = EXAMPLE_SET.stem
    try:  # through the bank, so the copy is validated and written atomically
        bank.create_set(bank_root(), QuestionSet.from_json(EXAMPLE_SET.read_bytes()), name)
    except ConflictError:
        pass  # already there
    return name
