"""Teacher sign-in; explains how to set a passcode when none is configured."""

import time

import streamlit as st

from appkit.config import SETUP_HELP, TEACHER_KEY, check_passcode, configured_passcode, is_teacher

if is_teacher():
    st.switch_page("pages/new_quiz.py")

st.set_page_config(layout="centered")
st.title("Teacher sign-in")

if configured_passcode() is None:
    st.warning("No teacher passcode is set, so the teacher pages are closed.", icon=":material/lock:")
    st.markdown(SETUP_HELP)
    st.stop()

with st.form("sign_in"):
    code = st.text_input("Teacher passcode", type="password", key="passcode_input")
    ok = st.form_submit_button("Sign in", type="primary")
if ok:
    if check_passcode(code):
        st.session_state[TEACHER_KEY] = True
        st.session_state.pop("passcode_input", None)
        st.rerun()
    else:
        time.sleep(1.0)  # slows guessing from one session; the comparison itself is constant-time
        st.error("That passcode is not right. Ask whoever set up QuizGen for it.")
st.caption("Students do not need to sign in: they use **Take a quiz** with the join code you give them.")
