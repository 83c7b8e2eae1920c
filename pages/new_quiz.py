"""Teacher page: generate a question set from pasted or uploaded text, preview it, save it to the bank."""

import streamlit as st

import quizgen
from appkit.config import bank_root, require_teacher
from appkit.extract import EXTENSIONS, text_from_upload
from appkit.render import escape_md, highlight_md, plain
from quizgen import bank
from quizgen.errors import QuizgenError
from quizgen.limits import MAX_ITEMS

require_teacher()
DRAFT, ARTICLE = "new_quiz_draft", "new_quiz_article"
TYPE_LABELS = {"mcq": "Multiple choice", "tf": "True / False"}

st.title("New quiz")
st.write("Paste an article or upload a file, choose how many questions you want, and generate. "
         "Nothing is saved until you press **Save to question bank**.")

left, right = st.columns([3, 2], gap="large")
with left:
    pasted = st.text_area("Article text", height=260, key="article_text",
                          placeholder="Paste the article here, or upload a file on the right.")
with right:
    upload = st.file_uploader("…or upload a file", type=list(EXTENSIONS), key="article_file",
                              help="Plain text, Markdown, HTML, Word (.docx) or PDF. Formatting is removed.")
    title = st.text_input("Title of the set", key="set_title", placeholder="Taken from the article if empty")
    c1, c2 = st.columns(2)
    n = c1.number_input("Number of questions", min_value=1, max_value=MAX_ITEMS, value=10, step=1, key="n_items")
    seed = c2.number_input("Seed", min_value=0, max_value=2**31 - 1, value=0, step=1, key="seed",
                           help="The same text, settings and seed always give the same questions.")
    types = st.multiselect("Question types", options=list(TYPE_LABELS), default=list(TYPE_LABELS),
                           format_func=TYPE_LABELS.get, key="types")
    go = st.button("Generate questions", type="primary", key="generate", icon=":material/auto_awesome:")

if go:
    if not types:
        st.error("Choose at least one question type.")
        st.stop()
    with st.status("Generating questions…", expanded=True) as status:
        try:
            if upload is not None:
                st.write(f"Reading {upload.name}…")
                text = text_from_upload(upload.name, upload.getvalue())
            else:
                text = pasted
            st.write("Analysing the article and writing questions…")
            qs = quizgen.generate(text, n=int(n), types=tuple(types), seed=int(seed), title=title.strip() or None)
        except QuizgenError as e:
            status.update(label="Could not generate questions", state="error")
            st.error(plain(str(e)))
            st.stop()
        st.session_state[DRAFT], st.session_state[ARTICLE] = qs, text
        st.session_state["new_quiz_asked"] = int(n)
        status.update(label=f"Generated {len(qs.items)} questions", state="complete", expanded=False)

qs = st.session_state.get(DRAFT)
if qs is None:
    st.stop()
article = st.session_state.get(ARTICLE, "")

st.divider()
st.subheader(f"Preview: {escape_md(qs.title)}", anchor=False)
asked = st.session_state.get("new_quiz_asked", qs.settings.n)
if len(qs.items) < asked:
    st.info(f"The article gave {len(qs.items)} good questions (you asked for {asked}). "
            "A longer article gives more.")
for i, it in enumerate(qs.items, start=1):
    with st.container(border=True):
        kind = TYPE_LABELS[it.type]
        st.markdown(f"**{i}. {escape_md(it.stem)}**  \n:gray[{kind} · difficulty {it.difficulty}]")
        st.markdown("  \n".join(
            (":green[:material/check:] **" + escape_md(o.text) + "**") if o.correct else ("• " + escape_md(o.text))
            for o in it.options
        ))
        if it.source is not None:
            with st.expander("Source in the article"):
                if article[it.source.start:it.source.end].strip():
                    st.markdown(highlight_md(article, it.source.start, it.source.end, context=400))
                else:
                    st.markdown(escape_md(it.source.sentence))

if st.button("Save to question bank", type="primary", key="save_draft", icon=":material/save:"):
    try:
        saved = bank.create_set(bank_root(), qs)
    except QuizgenError as e:
        st.error(plain(str(e)))
    else:
        st.session_state.pop(DRAFT, None)
        st.session_state["bank_selected"] = saved.name
        st.success(f"Saved as “{escape_md(saved.qs.title)}” ({escape_md(saved.name)}). Review and approve the items in the question bank.")
        st.page_link("pages/question_bank.py", label="Open the question bank", icon=":material/library_books:")
