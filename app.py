"""QuizGen classroom app: routes only. Run with ``streamlit run app.py``.

Students see only "Take a quiz". Teacher pages are registered with the navigation only after
sign-in (see :mod:`appkit.config`), so a student's session has no route to them at all.
"""

import streamlit as st

from appkit.config import is_teacher

st.set_page_config(page_title="QuizGen", page_icon=":material/quiz:", layout="wide")

student_pages = [st.Page("pages/take_quiz.py", title="Take a quiz", icon=":material/edit_note:", default=True)]
if is_teacher():
    teacher_pages = [
        st.Page("pages/new_quiz.py", title="New quiz", icon=":material/auto_awesome:"),
        st.Page("pages/question_bank.py", title="Question bank", icon=":material/library_books:"),
        st.Page("pages/publish.py", title="Publish", icon=":material/send:"),
        st.Page("pages/results.py", title="Results", icon=":material/analytics:"),
        st.Page("pages/export.py", title="Export", icon=":material/download:"),
        # kept (hidden) so the rerun right after signing in lands here and moves on to "New quiz"
        st.Page("pages/teacher_sign_in.py", title="Teacher sign-in", visibility="hidden"),
    ]
else:
    teacher_pages = [st.Page("pages/teacher_sign_in.py", title="Teacher sign-in", icon=":material/lock:")]

st.navigation({"Students": student_pages, "Teachers": teacher_pages}).run()
