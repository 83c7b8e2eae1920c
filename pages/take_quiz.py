"""Student page: join code + name, answer, submit; score and (if allowed) feedback afterwards.

Session state holds only the key-free :class:`appkit.quiz.StudentQuiz` before submission; grading
happens in :func:`appkit.quiz.submit` against the quiz stored on the server.
"""

import datetime as dt

import streamlit as st

from appkit.config import get_store
from appkit.quiz import StudentQuiz, attempts_left, student_view, submit
from appkit.render import escape_md, plain
from quizgen.errors import QuizgenError
from quizgen.store import AttemptLimitError

st.set_page_config(layout="centered")  # a narrow column reads better than the teachers' wide layout
VIEW, RESULT = "student_view", "student_result"
store = get_store()


def _answer_key(view: StudentQuiz, item_id: str) -> str:
    return f"answer-{view.quiz_id}-{item_id}"


def _reset() -> None:
    for k in [k for k in st.session_state if str(k).startswith("answer-")] + [VIEW, RESULT]:
        st.session_state.pop(k, None)


def join() -> None:
    st.title("Take a quiz")
    st.write("Enter the join code your teacher gave you and your name.")
    with st.form("join"):
        code = st.text_input("Join code", max_chars=12, placeholder="e.g. K7QX2M", key="join_code")
        name = st.text_input("Your name", max_chars=80, placeholder="First and last name", key="student_name")
        go = st.form_submit_button("Start", type="primary")
    if not go:
        return
    if not code.strip() or not name.strip():
        st.error("Enter both the join code and your name.")
        return
    try:
        quiz = store.find_quiz(code)
        if quiz is None:
            st.error("No quiz has that join code. Check it with your teacher (letters and digits, e.g. K7QX2M).")
            return
        left = attempts_left(store, quiz, name)
        if left == 0:
            st.error(f"{escape_md(name.strip())} has already submitted this quiz, and it allows no more attempts.")
            return
        used = store.count_attempts(quiz.id, name)
        st.session_state[VIEW] = student_view(quiz, name, attempt_no=used + 1)
    except QuizgenError as e:
        st.error(plain(str(e)))
        return
    st.rerun()


def answer(view: StudentQuiz) -> None:
    st.title(escape_md(view.title), anchor=False)
    st.caption(f"Signed in as {escape_md(view.student)}. Your answers are saved only when you press **Submit answers**.")
    if view.time_limit_s:
        deadline = dt.datetime.fromtimestamp(view.started_at + view.time_limit_s).strftime("%H:%M")
        st.info(f"Time limit: {view.time_limit_s // 60} min {view.time_limit_s % 60:02d} s — submit by {deadline}.",
                icon=":material/timer:")
    with st.form("quiz"):
        for si in view.items:
            st.radio(
                f"**{si.number}.** {escape_md(si.stem)}",
                options=list(si.options),
                format_func=escape_md,
                index=None,
                key=_answer_key(view, si.item_id),
            )
        sent = st.form_submit_button("Submit answers", type="primary")
    if st.button("Leave without submitting", key="leave"):
        _reset()
        st.rerun()
    if sent:
        responses = {si.item_id: st.session_state.get(_answer_key(view, si.item_id)) for si in view.items}
        try:
            st.session_state[RESULT] = submit(store, view, responses)
        except AttemptLimitError as e:
            st.error(plain(str(e)))
            return
        except QuizgenError as e:
            st.error(plain(f"Your answers were not saved: {e}"))
            return
        st.session_state.pop(VIEW, None)
        st.rerun()


def show_result() -> None:
    result = st.session_state[RESULT]
    a = result.attempt
    st.title("Submitted", anchor=False)
    st.success(f"Thank you, {escape_md(a.student)}. Your answers are saved.", icon=":material/check_circle:")
    st.metric("Your score", f"{a.score:g} / {a.max_score:g}")
    if a.max_score:
        st.caption(f"{100 * a.score / a.max_score:.0f}% of the questions answered correctly.")
    if a.late:
        st.warning("This attempt was submitted after the time limit; your teacher will see that.")
    if result.feedback:
        st.subheader("Your answers", anchor=False)
        for fb in result.feedback:
            with st.container(border=True):
                mark = ":green[:material/check: Correct]" if fb.correct else ":red[:material/close: Not correct]"
                st.markdown(f"**{fb.number}.** {escape_md(fb.stem)}  \n{mark}")
                st.markdown(f"Your answer: {escape_md(fb.chosen) if fb.chosen else '*(no answer)*'}  \n"
                            f"Correct answer: **{escape_md(fb.answer)}**")
                if fb.source:
                    st.caption("From the article: " + escape_md(fb.source))
    else:
        st.info("Your teacher will go through the answers with you.")
    if st.button("Take another quiz", key="again"):
        _reset()
        st.rerun()


if RESULT in st.session_state:
    show_result()
elif VIEW in st.session_state:
    answer(st.session_state[VIEW])
else:
    join()
