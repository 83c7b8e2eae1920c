"""The Streamlit app driven by AppTest: gating, generate, bank edits, publish, take, score, results.

``quizgen.generate`` is replaced by a stub returning a hand-made set, so these tests check the
pages, not the generator. ``st.data_editor`` is not driven by AppTest; the editing logic behind
it is tested as plain functions in ``tests/test_bank.py``.
"""

from __future__ import annotations

import sys
from dataclasses import asdict, is_dataclass
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import quizgen  # noqa: E402
from quizgen import bank  # noqa: E402
from quizgen.errors import EmptyInputError  # noqa: E402
from quizgen.models import MultipleChoiceItem, Option, QuestionSet, SourceRef, TrueFalseItem  # noqa: E402
from quizgen.store import SQLiteQuizStore  # noqa: E402

PASS = "correct horse battery"
ARTICLE = (
    "Ukraine's foreign minister will head to China on Tuesday. <script>alert('owned')</script> "
    "Foreign Ministry spokeswoman Mao Ning said that the visit was initiated by China.\n"
    "Beijing has not condemned the war."
)
S1 = "Ukraine's foreign minister will head to China on Tuesday."
S2 = "Foreign Ministry spokeswoman Mao Ning said that the visit was initiated by China."


def sample_set(title: str = "Kuleba visits China") -> QuestionSet:
    s2 = ARTICLE.index(S2)
    return QuestionSet(title=title, items=[
        MultipleChoiceItem(id="q1", stem="Where will Ukraine's foreign minister go on Tuesday?",
                           options=[Option(text="China", correct=True), Option(text="Russia"), Option(text="Japan")],
                           explanation="EXPLAIN-ONE", source=SourceRef(sentence_index=0, start=0, end=len(S1), sentence=S1)),
        MultipleChoiceItem(id="q2", stem="Who said the visit was initiated by China?",
                           options=[Option(text="Mao Ning", correct=True), Option(text="Dmytro Kuleba"),
                                    Option(text="Vladimir Putin")],
                           explanation="EXPLAIN-TWO", source=SourceRef(sentence_index=1, start=s2, end=s2 + len(S2), sentence=S2)),
        TrueFalseItem(id="q3", stem="Beijing has condemned the war.",
                      options=[Option(text="True"), Option(text="False", correct=True)], explanation="EXPLAIN-THREE"),
    ])


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUIZGEN_DB", str(tmp_path / "quizgen.db"))
    monkeypatch.setenv("QUIZGEN_BANK_DIR", str(tmp_path / "bank"))
    monkeypatch.setenv("QUIZGEN_TEACHER_PASSCODE", PASS)
    return tmp_path


def new_app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    return at.run()


def sign_in(at: AppTest, passcode: str = PASS) -> AppTest:
    at.switch_page("pages/teacher_sign_in.py").run()
    at.text_input(key="passcode_input").set_value(passcode)
    at.form_submit_button[0].click().run()
    if titles(at) == ["New quiz"]:  # st.switch_page moved a browser there; point AppTest at it too
        at.switch_page("pages/new_quiz.py").run()
    return at


def titles(at: AppTest) -> list[str]:
    return [t.value for t in at.title]


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [e.value for e in at.error] + [e.value for e in at.warning]
    parts += [e.value for e in at.info] + [e.value for e in at.success] + [c.value for c in at.caption]
    parts += [h.value for h in at.subheader] + [h.value for h in at.header] + [t.value for t in at.title]
    return "\n".join(str(p) for p in parts)


def assert_closed(at: AppTest, page: str) -> None:
    """A teacher page is either not routable at all, or stops at the gate before showing anything."""
    try:
        at.switch_page(f"pages/{page}.py")
    except ValueError:
        return  # not registered with st.navigation for this session
    at.run()
    assert titles(at) == [] and any("for teachers" in e.value for e in at.error)
    assert not at.button and not at.text_area and not at.dataframe


def no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


# -- gating ---------------------------------------------------------------------------------------

def test_without_passcode_teacher_pages_are_closed_and_setup_is_explained(env: Path, monkeypatch) -> None:
    monkeypatch.delenv("QUIZGEN_TEACHER_PASSCODE")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.secrets["unrelated"] = "x"  # replaces any local secrets.toml: no teacher_passcode
    at.run()
    assert titles(at) == ["Take a quiz"]
    at.switch_page("pages/teacher_sign_in.py").run()
    no_exception(at)
    assert "QUIZGEN_TEACHER_PASSCODE" in texts(at) and "teacher_passcode" in texts(at)
    assert not at.text_input  # nothing to type a passcode into
    at.session_state["teacher_signed_in"] = True  # even a forged flag opens nothing without a passcode
    at.run()
    for page in ["new_quiz", "question_bank", "publish", "results", "export"]:
        assert_closed(at, page)


def test_wrong_passcode_is_refused(env: Path) -> None:
    at = sign_in(new_app(), "guess")
    assert "not right" in texts(at)
    assert_closed(at, "question_bank")


def test_right_passcode_opens_teacher_pages_and_sign_out_closes_them(env: Path) -> None:
    at = sign_in(new_app())
    no_exception(at)
    assert titles(at) == ["New quiz"]
    for page, title in [("question_bank", "Question bank"), ("publish", "Publish a quiz"), ("results", "Results"),
                        ("export", "Export")]:
        at.switch_page(f"pages/{page}.py").run()
        no_exception(at)
        assert titles(at) == [title]
    at.button(key="sign_out").click().run()
    assert titles(at) == ["Take a quiz"]
    assert_closed(at, "publish")


def test_passcode_from_secrets(env: Path, monkeypatch) -> None:
    monkeypatch.delenv("QUIZGEN_TEACHER_PASSCODE")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.secrets["teacher_passcode"] = "from-secrets"
    at.run()
    sign_in(at, "from-secrets")
    assert titles(at) == ["New quiz"]


@pytest.mark.parametrize("page", ["new_quiz", "question_bank", "publish", "results", "export"])
def test_teacher_page_run_directly_stops_for_students(env: Path, page: str) -> None:
    """Defence in depth: even a page script reached without the navigation shows nothing."""
    at = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=30).run()
    no_exception(at)
    assert titles(at) == [] and "for teachers" in texts(at)
    assert not at.button and not at.text_area


# -- generate ---------------------------------------------------------------------------------------

def test_generate_preview_highlights_source_and_saves_to_bank(env: Path, monkeypatch) -> None:
    calls = []

    def fake_generate(text, *, n=10, types=("mcq", "tf"), seed=0, title=None):
        calls.append((text, n, tuple(types), seed, title))
        return sample_set(title or "Untitled")

    monkeypatch.setattr(quizgen, "generate", fake_generate)
    at = sign_in(new_app())
    at.text_area(key="article_text").set_value(ARTICLE)
    at.number_input(key="n_items").set_value(3)
    at.number_input(key="seed").set_value(7)
    at.multiselect(key="types").set_value(["mcq"])
    at.text_input(key="set_title").set_value("My set")
    at.button(key="generate").click().run()
    no_exception(at)
    assert calls == [(ARTICLE, 3, ("mcq",), 7, "My set")]
    md = texts(at)
    assert "Where will Ukraine" in md and "Preview: My set" in md
    assert ":orange-background[Ukraine\\'s foreign minister will head to China on Tuesday\\.]" in md
    # the article's <script> is escaped Markdown text, never HTML
    assert "\\<script\\>alert\\(\\'owned\\'\\)\\<\\/script\\>" in md
    assert "<script>" not in md and not at.get("html")
    at.button(key="save_draft").click().run()
    no_exception(at)
    [info] = bank.list_sets(env / "bank")
    assert info.title == "My set" and info.n_items == 3


def test_generate_error_is_shown_not_raised(env: Path, monkeypatch) -> None:
    def failing(text, **kw):
        raise EmptyInputError("The text is empty: paste an article with at least one sentence.")

    monkeypatch.setattr(quizgen, "generate", failing)
    at = sign_in(new_app())
    at.text_area(key="article_text").set_value("   ")
    at.button(key="generate").click().run()
    no_exception(at)
    assert any("paste an article" in e.value for e in at.error)
    assert not list((env).glob("bank/*.json"))


def test_upload_html_is_stripped_before_generating(env: Path, monkeypatch) -> None:
    seen = []
    monkeypatch.setattr(quizgen, "generate", lambda text, **kw: seen.append(text) or sample_set())
    at = sign_in(new_app())
    at.file_uploader(key="article_file").upload(
        "a.html", b"<html><head><style>p{}</style></head><body><p>China &amp; Ukraine met.</p>"
                  b"<script>alert(1)</script></body></html>", "text/html")
    at.run()
    at.button(key="generate").click().run()
    no_exception(at)
    assert seen == ["China & Ukraine met."]


# -- question bank ----------------------------------------------------------------------------------

def test_bank_page_lists_sets_and_status_change_is_saved(env: Path) -> None:
    bank.create_set(env / "bank", sample_set(), "kuleba")
    at = sign_in(new_app())
    at.switch_page("pages/question_bank.py").run()
    no_exception(at)
    assert at.dataframe and "Kuleba visits China" in at.dataframe[0].value["Title"].tolist()
    at.selectbox(key=[k for k in at.session_state if str(k).startswith("item-pick-")][0]).set_value(1).run()
    at.button(key="act-Approve").click().run()
    no_exception(at)
    assert [it.status for it in bank.load_set(env / "bank", "kuleba").qs.items] == ["draft", "approved", "draft"]
    at.button(key="act-Move up").click().run()
    assert [it.id for it in bank.load_set(env / "bank", "kuleba").qs.items] == ["q2", "q1", "q3"]


def test_bank_page_refuses_second_save_after_someone_else_saved(env: Path) -> None:
    root = env / "bank"
    bank.create_set(root, sample_set(), "kuleba")
    at = sign_in(new_app())
    at.switch_page("pages/question_bank.py").run()  # teacher A opens the set
    other = bank.load_set(root, "kuleba")  # teacher B saves a change meanwhile
    bank.save_set(root, "kuleba", bank.edit_item(other.qs, 0, stem="B's edit?"), expected_version=other.version)
    at.button(key="act-Approve").click().run()  # A's change must be refused
    no_exception(at)
    assert any("Someone else saved" in e.value for e in at.error)
    on_disk = bank.load_set(root, "kuleba").qs
    assert on_disk.items[0].stem == "B's edit?" and on_disk.items[0].status == "draft"
    at.button(key="reload_conflict").click().run()  # reload, then A's change goes through
    at.button(key="act-Approve").click().run()
    on_disk = bank.load_set(root, "kuleba").qs
    assert on_disk.items[0].stem == "B's edit?" and on_disk.items[0].status == "approved"


def test_bank_item_form_shows_error_next_to_field_and_does_not_save(env: Path) -> None:
    root = env / "bank"
    bank.create_set(root, sample_set(), "kuleba")
    before = (root / "kuleba.json").read_bytes()
    at = sign_in(new_app())
    at.switch_page("pages/question_bank.py").run()
    stem_key = next(k for k in at.session_state if str(k).startswith("stem-"))
    at.text_area(key=stem_key).set_value("   ")
    at.form_submit_button[-1].click().run()
    no_exception(at)
    errors = [e.value for e in at.error]
    assert any("Not saved" in e for e in errors)
    form = next(f for f in at.get("form") if any(getattr(c, "key", None) == stem_key for c in f.children.values()))
    children = list(form.children.values())
    after_stem = children[[getattr(c, "key", None) for c in children].index(stem_key) + 1]
    assert type(after_stem).__name__ == "Error" and "at least 1 character" in after_stem.value  # next to the field
    assert (root / "kuleba.json").read_bytes() == before
    at.text_area(key=stem_key).set_value("Where is the minister going?")
    at.text_input(key=stem_key.replace("stem-", "tags-")).set_value("geo, country")
    at.form_submit_button[-1].click().run()
    item = bank.load_set(root, "kuleba").qs.items[0]
    assert (item.stem, item.tags) == ("Where is the minister going?", ["geo", "country"])


def test_empty_bank_offers_example_set_when_shipped(env: Path) -> None:
    from appkit.config import EXAMPLE_SET

    at = sign_in(new_app())
    at.switch_page("pages/question_bank.py").run()
    assert "empty" in texts(at)
    if not EXAMPLE_SET.is_file():
        pytest.skip("question_bank/kuleba-china-visit.json is not in the repo yet")
    at.button(key="add_example").click().run()
    no_exception(at)
    assert [s.name for s in bank.list_sets(env / "bank")] == ["kuleba-china-visit"]


# -- publish, take, score ---------------------------------------------------------------------------

def publish(env: Path, **settings) -> str:
    bank.create_set(env / "bank", sample_set(), "kuleba")
    at = sign_in(new_app())
    at.switch_page("pages/publish.py").run()
    for key, value in settings.items():
        widget = at.checkbox(key=key) if key.startswith(("shuffle", "show")) else at.selectbox(key=key)
        widget.set_value(value)
    at.form_submit_button[0].click().run()
    no_exception(at)
    [quiz] = SQLiteQuizStore(env / "quizgen.db").list_quizzes()
    assert any(quiz.code in m.value for m in at.markdown)
    return quiz.code


def join(code: str, name: str) -> AppTest:
    at = new_app()
    at.text_input(key="join_code").set_value(code.lower())
    at.text_input(key="student_name").set_value(name)
    at.form_submit_button[0].click().run()
    no_exception(at)
    return at


def deep_repr(value) -> str:
    if is_dataclass(value):
        return repr(asdict(value))
    if hasattr(value, "model_dump"):
        return repr(value.model_dump())
    return repr(value)


def test_publish_take_and_score_with_feedback(env: Path) -> None:
    code = publish(env, shuffle_q=True, shuffle_o=True, show_feedback=True)
    at = join(code, "Ana Lee")
    assert titles(at) == ["Kuleba visits China"]
    assert len(at.radio) == 3 and all(r.value is None for r in at.radio)
    # before submitting, nothing in the session (or on the page) marks the right answer
    state = "\n".join(deep_repr(at.session_state[k]) for k in at.session_state)
    for secret in ["correct", "EXPLAIN-ONE", "EXPLAIN-TWO", S1, S2]:
        assert secret not in state, secret
        assert secret not in texts(at), secret
    answers = {"Where will": "China", "Who said": "Dmytro Kuleba", "Beijing has": "False"}
    for r in at.radio:
        r.set_value(next(v for k, v in answers.items() if k in r.label))
    at.form_submit_button[0].click().run()
    no_exception(at)
    assert at.metric[0].value == "2 / 3"
    page = texts(at)
    assert "Correct answer: **Mao Ning**" in page and "From the article" in page
    [attempt] = SQLiteQuizStore(env / "quizgen.db").list_attempts(1, with_answers=True)
    assert attempt.student == "Ana Lee" and attempt.score == 2 and len(attempt.answers) == 3
    assert {a.item_id: a.chosen for a in attempt.answers} == {"q1": "China", "q2": "Dmytro Kuleba", "q3": "False"}


def test_one_attempt_quiz_refuses_second_attempt_same_name(env: Path) -> None:
    code = publish(env)
    at = join(code, "Ben")
    at.form_submit_button[0].click().run()  # submit blank: still an attempt
    assert at.metric[0].value == "0 / 3"
    again = join(code, "  ben ")
    assert any("already submitted" in e.value for e in again.error)
    assert not again.radio
    other = join(code, "Cleo")
    assert len(other.radio) == 3
    # two tabs opened before the first submit: the second submit is refused by the store
    tab1, tab2 = join(code, "Dan"), join(code, "Dan")
    tab1.form_submit_button[0].click().run()
    tab2.form_submit_button[0].click().run()
    assert any("already submitted" in e.value for e in tab2.error)
    assert [a.student for a in SQLiteQuizStore(env / "quizgen.db").list_attempts(1)] == ["Ben", "Dan"]


def test_unlimited_attempts_and_hidden_feedback(env: Path) -> None:
    code = publish(env, attempts="Unlimited", show_feedback=False)
    for _ in range(2):
        at = join(code, "Eve")
        at.form_submit_button[0].click().run()
        page = texts(at)
        assert "Correct answer" not in page and "Mao Ning" not in page and "go through the answers" in page
    assert len(SQLiteQuizStore(env / "quizgen.db").list_attempts(1)) == 2


def test_unknown_join_code(env: Path) -> None:
    at = join("NOPE99", "Ana")
    assert any("No quiz has that join code" in e.value for e in at.error)


def test_results_page_shows_attempts_analysis_and_csv(env: Path) -> None:
    code = publish(env)
    for name, picks in [("Ana", ("China", "Mao Ning", "False")), ("Ben", ("Russia", "Mao Ning", "True")),
                        ("=HYPERLINK(1)", ("China", "Dmytro Kuleba", "False"))]:
        at = join(code, name)
        for r in at.radio:
            r.set_value(next(p for p in picks if p in r.options))
        at.form_submit_button[0].click().run()
    teacher = sign_in(new_app())
    teacher.switch_page("pages/results.py").run()
    no_exception(teacher)
    attempts = teacher.dataframe[0].value
    assert attempts["Student"].tolist() == ["Ana", "Ben", "=HYPERLINK(1)"]
    assert attempts["Score"].tolist() == ["3 / 3", "1 / 3", "2 / 3"]
    analysis = teacher.dataframe[1].value
    assert analysis["Facility"].round(2).tolist() == [0.67, 0.67, 0.67]
    assert any("Japan" in w.value for w in teacher.warning)  # distractor nobody chose
    assert teacher.get("download_button"), "grades CSV download is offered"


def test_export_offers_json_and_available_formats(env: Path) -> None:
    bank.create_set(env / "bank", sample_set(), "kuleba")
    at = sign_in(new_app())
    at.switch_page("pages/export.py").run()
    no_exception(at)
    assert at.selectbox(key="export_format").value == "json"
    [button] = at.get("download_button")
    assert "kuleba.json" in button.proto.label
    try:
        from quizgen.export import FORMATS
    except ImportError:
        return
    if "gift" in FORMATS:
        at.selectbox(key="export_format").set_value("gift").run()
        no_exception(at)
        assert "kuleba" + FORMATS["gift"].extension in at.get("download_button")[0].proto.label


def test_approve_all_drafts(env: Path) -> None:
    bank.create_set(env / "bank", sample_set(), "kuleba")
    at = sign_in(new_app())
    at.switch_page("pages/question_bank.py").run()
    at.button(key="approve_all").click().run()
    no_exception(at)
    assert {it.status for it in bank.load_set(env / "bank", "kuleba").qs.items} == {"approved"}
    assert not [b for b in at.button if b.key == "approve_all"]
