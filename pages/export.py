"""Teacher page: download a question set (JSON always; the exchange formats when quizgen.export has them)."""

import streamlit as st

from appkit.config import bank_root, require_teacher
from appkit.render import plain
from quizgen import bank
from quizgen.errors import QuizgenError

require_teacher()
root = bank_root()
st.title("Export")

sets = [s for s in bank.list_sets(root) if s.error is None]
if not sets:
    st.info("There is no question set to export yet. Generate one on **New quiz** first.")
    st.stop()

try:  # the exchange formats come with their own issue; JSON works without them
    from quizgen.export import FORMATS, export_set
except ImportError:
    FORMATS, export_set = {}, None

names = [s.name for s in sets]
wanted = st.session_state.get("bank_selected")
name = st.selectbox("Question set", names, index=names.index(wanted) if wanted in names else 0,
                    format_func={s.name: s.title for s in sets}.get, key="export_set")
formats = ["json"] + [f for f in FORMATS if f != "json"]
fmt = st.selectbox("Format", formats, key="export_format",
                   format_func=lambda f: getattr(FORMATS.get(f), "label", "QuizGen JSON" if f == "json" else f))
spec = FORMATS.get(fmt)
only_approved = st.checkbox("Approved items only", key="export_approved")
with_article = bool(getattr(spec, "takes_article", False)) and st.checkbox(
    "Include the article", value=True, key="export_article")
try:
    qs = bank.load_set(root, name).qs
    if only_approved:
        qs = qs.model_copy(update={"items": [it for it in qs.items if it.status == "approved"]})
    if export_set is None or fmt == "json" and spec is None:
        data = qs.to_json().encode("utf-8")
    elif with_article:
        data = export_set(qs, fmt, include_article=True)
    else:
        data = export_set(qs, fmt)
except QuizgenError as e:
    st.error(plain(str(e)))
    st.stop()

ext = getattr(spec, "extension", ".json")
st.caption(f"{len(qs.items)} items.")
st.download_button(f"Download {name}{ext}", data=data, file_name=f"{name}{ext}",
                   mime=getattr(spec, "mime", "application/json"),
                   type="primary", icon=":material/download:", key="download_set")
