"""Teacher page: download a question set (JSON always; other formats when quizgen.export is present)."""

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

try:  # the exchange formats arrive with their own issue; JSON works without them
    from quizgen.export import FORMATS, export_set
except ImportError:
    FORMATS, export_set = {}, None

names = [s.name for s in sets]
wanted = st.session_state.get("bank_selected")
name = st.selectbox("Question set", names, index=names.index(wanted) if wanted in names else 0,
                    format_func={s.name: s.title for s in sets}.get, key="export_set")
formats = ["json"] + [f for f in FORMATS if f != "json"]
fmt = st.radio("Format", formats, horizontal=True, key="export_format",
               format_func=lambda f: "QuizGen JSON" if f == "json" else str(f).upper())
only_approved = st.checkbox("Approved items only", key="export_approved")
try:
    loaded = bank.load_set(root, name)
    qs = loaded.qs
    if only_approved:
        qs = qs.model_copy(update={"items": [it for it in qs.items if it.status == "approved"]})
    if fmt == "json" or export_set is None:
        data, ext = qs.to_json().encode("utf-8"), "json"
    else:
        data = export_set(qs, fmt)
        spec = FORMATS.get(fmt)
        ext = getattr(spec, "extension", None) or (spec.get("extension") if isinstance(spec, dict) else None) or fmt
except QuizgenError as e:
    st.error(plain(str(e)))
    st.stop()

st.write(f"{len(qs.items)} items.")
st.download_button(f"Download {name}.{str(ext).lstrip('.')}", data=data, file_name=f"{name}.{str(ext).lstrip('.')}",
                   type="primary", icon=":material/download:", key="download_set")
