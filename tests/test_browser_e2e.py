"""End to end in a real headless Chromium: teacher generates from the seed article and publishes,
a student takes the quiz, the teacher sees the score.

Also checks, in the browser, the two security rules of the app:

* before a student submits, no answer key reaches the browser: not in the rendered page and not
  in any websocket message Streamlit sent (that is where widget state comes from);
* text typed by a teacher or a student (here a set title and a student name carrying
  ``<script>`` and ``onerror=``) is shown as text and never runs.

Screenshots go to a temporary folder; with ``QUIZGEN_SAVE_SCREENSHOTS=1`` they are also copied to
``docs/screenshots/``. Needs Debian's chromium at /usr/bin/chromium (``.ci/run`` installs it).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SEED = ROOT.parent / "shared" / "seed" / "kuleba-china-visit.txt"
PASSCODE = "e2e-passcode-7731"
EVIL = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium at /usr/bin/chromium (.ci/run installs it)"),
]


def _seed_text() -> str:
    for p in (SEED, Path("/work/shared/seed/kuleba-china-visit.txt")):
        if p.is_file():
            return p.read_text(encoding="utf-8")
    pytest.skip("seed article ../shared/seed/kuleba-china-visit.txt not found")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path: Path):
    port = _free_port()
    env = dict(os.environ)
    env.update(
        QUIZGEN_TEACHER_PASSCODE=PASSCODE,
        QUIZGEN_DB=str(tmp_path / "quizgen.db"),
        QUIZGEN_BANK_DIR=str(tmp_path / "bank"),
        STREAMLIT_BROWSER_GATHER_USAGE_STATS="false",
    )
    log = open(tmp_path / "streamlit.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("streamlit did not start:\n" + (tmp_path / "streamlit.log").read_text()[-3000:])
            time.sleep(0.3)
        yield {"url": url, "db": tmp_path / "quizgen.db", "shots": tmp_path / "shots", "log": tmp_path / "streamlit.log"}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def wait_idle(page, timeout: float = 60.0) -> None:
    """Wait until Streamlit has finished the current script run."""
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')",
        timeout=timeout * 1000,
    )
    page.wait_for_timeout(300)


def nav(page, label: str) -> None:
    page.locator('[data-testid="stSidebarNav"]').get_by_text(label, exact=True).click()
    wait_idle(page)


def shot(page, server, name: str) -> None:
    server["shots"].mkdir(exist_ok=True)
    path = server["shots"] / f"{name}.png"
    # Streamlit scrolls inside its main container, so grow the viewport to the content instead
    height = page.evaluate(
        "() => Math.max(document.body.scrollHeight, ...Array.from(document.querySelectorAll("
        "'[data-testid=stMain], [data-testid=stMainBlockContainer], [data-testid=stAppViewContainer]'))"
        ".map(e => e.scrollHeight))")
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], min(int(height) + 40, 5000))})
    page.wait_for_timeout(500)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)
    if os.environ.get("QUIZGEN_SAVE_SCREENSHOTS") == "1":
        dest = ROOT / "docs" / "screenshots"
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest / path.name)


def test_teacher_publishes_student_takes_teacher_sees_score(server) -> None:
    from playwright.sync_api import expect, sync_playwright

    sys.path.insert(0, str(ROOT))
    from quizgen.store import SQLiteQuizStore

    article = _seed_text()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        try:
            # ---- teacher: sign in, generate from the seed article, save, publish -----------------
            teacher = browser.new_page(viewport={"width": 1366, "height": 900})
            teacher.set_default_timeout(60_000)
            teacher.goto(server["url"])
            wait_idle(teacher)
            nav(teacher, "Teacher sign-in")
            shot(teacher, server, "teacher_sign_in")
            teacher.get_by_label("Teacher passcode").fill(PASSCODE)
            teacher.get_by_role("button", name="Sign in").click()
            expect(teacher.get_by_role("heading", name="New quiz")).to_be_visible()
            wait_idle(teacher)

            teacher.get_by_label("Article text").fill(article)
            teacher.get_by_label("Title of the set").fill("Kuleba visits China")
            n_box = teacher.get_by_label("Number of questions")
            n_box.fill("6")
            n_box.press("Enter")
            wait_idle(teacher)
            teacher.get_by_role("button", name="Generate questions").click()
            preview = teacher.get_by_text("Preview: Kuleba visits China")
            failed = teacher.locator('[data-testid="stAlertContentError"], [data-testid="stException"]')
            expect(preview.or_(failed).first).to_be_visible(timeout=180_000)
            if failed.count():
                pytest.fail("the app could not generate from the seed article: " + failed.first.inner_text())
            wait_idle(teacher)
            teacher.get_by_text("Source in the article").first.click()
            wait_idle(teacher)
            shot(teacher, server, "teacher_new_quiz")
            teacher.get_by_role("button", name="Save to question bank").click()
            expect(teacher.get_by_text("Saved as")).to_be_visible()

            nav(teacher, "Question bank")
            expect(teacher.get_by_text("Item to edit")).to_be_visible()
            teacher.wait_for_timeout(1500)  # the data grids draw after the script run ends
            shot(teacher, server, "teacher_question_bank")

            nav(teacher, "Publish")
            teacher.get_by_role("button", name="Publish quiz").click()
            expect(teacher.get_by_text("Students open Take a quiz")).to_be_visible()
            wait_idle(teacher)
            shot(teacher, server, "teacher_publish")
            store = SQLiteQuizStore(server["db"])
            [quiz] = store.list_quizzes()
            expect(teacher.get_by_text(quiz.code, exact=True).first).to_be_visible()
            assert teacher.evaluate("window.__pwned") is None

            # ---- student: a separate browser context is a separate session ------------------------
            ctx = browser.new_context(viewport={"width": 1366, "height": 900})
            student = ctx.new_page()
            student.set_default_timeout(60_000)
            frames: list[bytes] = []
            student.on("websocket", lambda ws: ws.on(
                "framereceived", lambda payload: frames.append(payload if isinstance(payload, bytes) else payload.encode())))
            student.goto(server["url"])
            wait_idle(student)
            shot(student, server, "student_join")
            student.get_by_label("Join code").fill(quiz.code.lower())
            student.get_by_label("Your name").fill("Ana Lee")
            student.get_by_role("button", name="Start").click()
            expect(student.get_by_role("button", name="Submit answers")).to_be_visible()
            wait_idle(student)
            shot(student, server, "student_quiz")

            # nothing that marks the key has reached the browser before submitting
            html = student.content()
            sent = b"".join(frames)
            shown = " ".join([it.stem for it in quiz.items] + [o.text for it in quiz.items for o in it.options])
            secrets = set()
            for it in quiz.items:
                for s in (it.explanation, it.source.sentence if it.source else ""):
                    if s and s not in shown:
                        secrets.add(s)
            assert secrets, "expected explanations/source sentences that the student must not see yet"
            for s in secrets:
                assert s not in html, f"leaked into the page: {s!r}"
                assert s.encode() not in sent, f"leaked into a websocket message: {s!r}"
            if "correct" not in shown.lower():  # no "correct" flag or label of any kind
                assert b"correct" not in sent.lower() and "correct" not in html.lower()
            assert student.evaluate("window.__pwned") is None

            # answer: the first option of every question (the server decides what is right)
            groups = student.locator('[data-testid="stRadio"]')
            assert groups.count() == len(quiz.items)
            for k in range(groups.count()):
                groups.nth(k).locator('label[data-testid="stRadioOption"]').first.click()
            wait_idle(student)
            student.get_by_role("button", name="Submit answers").click()
            expect(student.get_by_text("Your answers are saved")).to_be_visible()
            wait_idle(student)
            expect(student.get_by_text("Correct answer:").first).to_be_visible()  # feedback allowed by default
            [attempt] = store.list_attempts(quiz.id, with_answers=True)
            assert len(attempt.answers) == len(quiz.items) and attempt.max_score == len(quiz.items)
            score_text = f"{attempt.score:g} / {attempt.max_score:g}"
            expect(student.locator('[data-testid="stMetricValue"]').first).to_have_text(score_text)
            shot(student, server, "student_result")

            # ---- teacher sees the score -----------------------------------------------------------
            nav(teacher, "Results")
            expect(teacher.get_by_text("Attempts").first).to_be_visible()
            expect(teacher.locator('[data-testid="stMetricValue"]').first).to_have_text("1")
            expect(teacher.get_by_text("Item analysis")).to_be_visible()
            teacher.wait_for_timeout(1500)  # grids and charts draw after the script run ends
            shot(teacher, server, "teacher_results")

            nav(teacher, "Export")
            expect(teacher.get_by_role("button", name="Download")).to_be_visible()
            shot(teacher, server, "teacher_export")

            # ---- teacher- and student-typed markup stays inert text ----------------------------
            nav(teacher, "Publish")
            teacher.get_by_label("Quiz title (students see it)").fill("Quiz " + EVIL)
            teacher.get_by_role("button", name="Publish quiz").click()
            expect(teacher.get_by_text("Students open Take a quiz")).to_be_visible()
            wait_idle(teacher)
            evil_quiz = next(q for q in store.list_quizzes() if q.title.startswith("Quiz <script>"))
            student.get_by_role("button", name="Take another quiz").click()
            wait_idle(student)
            student.get_by_label("Join code").fill(evil_quiz.code)
            student.get_by_label("Your name").fill("Eve " + EVIL)
            student.get_by_role("button", name="Start").click()
            expect(student.get_by_role("button", name="Submit answers")).to_be_visible()
            expect(student.get_by_text("<script>window.__pwned=1</script>", exact=False).first).to_be_visible()
            student.get_by_role("button", name="Submit answers").click()
            expect(student.get_by_text("Your answers are saved")).to_be_visible()
            wait_idle(student)
            expect(student.get_by_text('onerror="window.__pwned=2"', exact=False).first).to_be_visible()
            assert student.evaluate("window.__pwned") is None
            nav(teacher, "Results")
            expect(teacher.get_by_role("heading", name="Results")).to_be_visible()
            wait_idle(teacher)
            teacher.get_by_label("Quiz", exact=True).click()
            teacher.get_by_role("option", name="Quiz <script>", exact=False).first.click()
            wait_idle(teacher)
            # the grid keeps the name as cell text (an accessible table behind the canvas): text, not markup
            expect(teacher.get_by_text("Eve <script>window.__pwned=1</script>", exact=False).first).to_be_attached()
            assert teacher.evaluate("window.__pwned") is None
            assert [a.student for a in store.list_attempts(evil_quiz.id)] == ["Eve " + EVIL]
        finally:
            browser.close()
