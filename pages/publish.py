"""Teacher page: make a quiz (a frozen copy of chosen items + delivery settings) and get its join code."""

import datetime as dt

import pandas as pd
import streamlit as st

from appkit.config import bank_root, get_store, require_teacher
from appkit.render import escape_md, plain
from quizgen import bank
from quizgen.errors import QuizgenError
from quizgen.store import QuizSettings

require_teacher()
store = get_store()
root = bank_root()
ATTEMPTS = {"One attempt": 1, "Two attempts": 2, "Three attempts": 3, "Unlimited": None}

st.title("Publish a quiz")
sets = [s for s in bank.list_sets(root) if s.error is None and s.n_items]
if not sets:
    st.info("There is no question set to publish yet. Generate one on **New quiz** first.")
    st.page_link("pages/new_quiz.py", label="New quiz", icon=":material/auto_awesome:")
    st.stop()

names = [s.name for s in sets]
wanted = st.session_state.get("bank_selected")
name = st.selectbox("Question set", names, index=names.index(wanted) if wanted in names else 0,
                    format_func={s.name: f"{s.title} ({s.n_items} items, {s.n_approved} approved)" for s in sets}.get,
                    key="publish_set")
try:
    qs = bank.load_set(root, name).qs
except QuizgenError as e:
    st.error(plain(str(e)))
    st.stop()

usable = [it for it in qs.items if it.status != "rejected"]
approved = [it.id for it in usable if it.status == "approved"]
labels = {it.id: f"[{it.status}] {it.stem[:100]}" for it in usable}
chosen = st.multiselect(
    "Items, in the order students will see them",
    options=[it.id for it in usable], default=approved or [it.id for it in usable],
    format_func=labels.get, key=f"publish_items-{name}",
    help="Approved items are chosen by default. Rejected items are never offered. "
         "Remove items and add them back to change the order.",
)
if len(usable) < len(qs.items):
    st.caption(f"{len(qs.items) - len(usable)} rejected item(s) are left out.")

with st.form("publish"):
    title = st.text_input("Quiz title (students see it)", value=qs.title, key="quiz_title")
    c1, c2 = st.columns(2)
    shuffle_q = c1.checkbox("Shuffle the order of questions", key="shuffle_q")
    shuffle_o = c1.checkbox("Shuffle the options of each question", value=True, key="shuffle_o")
    feedback = c1.checkbox("Show the correct answers after submitting", value=True, key="show_feedback")
    attempts = c2.selectbox("Attempts per student", list(ATTEMPTS), key="attempts")
    minutes = c2.number_input("Time limit in minutes (0 = no limit)", min_value=0, max_value=600, value=0,
                              step=5, key="time_limit")
    go = st.form_submit_button("Publish quiz", type="primary", icon=":material/send:")

if go:
    by_id = {it.id: it for it in usable}
    try:
        quiz = store.create_quiz(
            title=title, set_name=name, items=[by_id[i] for i in chosen],
            settings=QuizSettings(shuffle_questions=shuffle_q, shuffle_options=shuffle_o,
                                  max_attempts=ATTEMPTS[attempts], show_feedback=feedback,
                                  time_limit_s=int(minutes) * 60 or None),
        )
    except QuizgenError as e:
        st.error(plain(str(e)))
    else:
        st.success(f"Published “{escape_md(quiz.title)}” with {len(quiz.items)} questions. "
                   "Students open **Take a quiz** and type this join code:", icon=":material/check_circle:")
        st.markdown(f"<div style='font-size:3rem;font-weight:700;letter-spacing:.3rem'>{quiz.code}</div>",
                    unsafe_allow_html=True)  # the code is made only of A-Z and 2-9 (quizgen.store.CODE_ALPHABET)

quizzes = store.list_quizzes()
if quizzes:
    st.subheader("Published quizzes", anchor=False)
    st.dataframe(pd.DataFrame([
        {"Join code": q.code, "Title": q.title, "Questions": len(q.items),
         "Attempts": "unlimited" if q.settings.max_attempts is None else q.settings.max_attempts,
         "Feedback": "yes" if q.settings.show_feedback else "no",
         "Time limit": f"{q.settings.time_limit_s // 60} min" if q.settings.time_limit_s else "none",
         "Published": dt.datetime.fromtimestamp(q.created_at).strftime("%Y-%m-%d %H:%M")}
        for q in quizzes
    ]), hide_index=True, width="stretch")
