"""Teacher page: list the sets in the bank and edit one. Every action saves at once, through
:func:`quizgen.bank.save_set`, with the version this session last saw, so a concurrent edit by
another teacher is refused instead of overwritten."""

import datetime as dt

import pandas as pd
import streamlit as st

from appkit.config import add_example_set, bank_root, example_available, require_teacher
from appkit.render import escape_md, plain
from quizgen import bank
from quizgen.errors import ConflictError, QuizgenError, SchemaError

require_teacher()
OPEN = "bank_open"  # {"name", "version", "qs", "gen"}: the set as this session last loaded or saved it
SELECTED = "bank_selected"
STATUS_ICON = {"draft": ":material/edit: draft", "approved": ":material/check_circle: approved",
               "rejected": ":material/block: rejected"}
root = bank_root()

st.title("Question bank")
st.caption(f"Question sets are JSON files in {escape_md(str(root.resolve()))}.")


def open_set(name: str) -> None:
    loaded = bank.load_set(root, name)
    st.session_state.pop("bank_conflict", None)
    gen = st.session_state.get(OPEN, {}).get("gen", 0) + 1  # new widget keys: forms re-read the file
    st.session_state[OPEN] = {"name": loaded.name, "version": loaded.version, "qs": loaded.qs, "gen": gen}


def save(qs, message: str) -> bool:
    """Save the whole set; on conflict keep the local state and explain."""
    cur = st.session_state[OPEN]
    try:
        cur["version"] = bank.save_set(root, cur["name"], qs, expected_version=cur["version"])
    except ConflictError as e:
        st.session_state["bank_conflict"] = str(e)
        return False
    cur["qs"] = qs
    st.session_state.pop("bank_conflict", None)
    st.session_state["bank_flash"] = message
    return True


sets = bank.list_sets(root)
if not sets:
    st.info("The question bank is empty. Generate a set on **New quiz**, or start with the example set.")
    if example_available() and st.button("Add the example set (Kuleba’s visit to China)", key="add_example",
                                          type="primary"):
        st.session_state[SELECTED] = add_example_set()
        st.rerun()
    st.page_link("pages/new_quiz.py", label="Generate a new set", icon=":material/auto_awesome:")
    st.stop()

listing = pd.DataFrame([
    {"Title": s.title, "File": s.name, "Items": s.n_items, "Approved": s.n_approved,
     "Last saved": dt.datetime.fromtimestamp(s.modified).strftime("%Y-%m-%d %H:%M"),
     "Problem": (s.error or "").splitlines()[0] if s.error else ""}
    for s in sets
])
st.dataframe(listing, hide_index=True, width="stretch")

names = [s.name for s in sets if s.error is None]
if not names:
    st.error("No set in the bank can be read; fix the files listed above.")
    st.stop()
titles = {s.name: f"{s.title} ({s.name})" for s in sets}
wanted = st.session_state.get(SELECTED)
choice = st.selectbox("Set to edit", names, index=names.index(wanted) if wanted in names else 0,
                      format_func=titles.get, key="bank_choice")
st.session_state[SELECTED] = choice
if st.session_state.get(OPEN, {}).get("name") != choice:
    try:
        open_set(choice)
    except QuizgenError as e:
        st.error(plain(str(e)))
        st.stop()

cur = st.session_state[OPEN]
qs, gen = cur["qs"], cur["gen"]

if msg := st.session_state.get("bank_conflict"):  # stays until reloaded, so the button below keeps working
    st.error(plain(msg), icon=":material/sync_problem:")
    if st.button("Reload the set from disk (discard my unsaved change)", key="reload_conflict", type="primary"):
        st.session_state.pop("bank_conflict", None)
        open_set(choice)
        st.rerun()
if msg := st.session_state.pop("bank_flash", None):
    st.toast(msg, icon=":material/save:")

with st.form(f"title-{gen}"):
    new_title = st.text_input("Title", value=qs.title, key=f"title-{gen}")
    if st.form_submit_button("Rename"):
        try:
            renamed = bank.set_title(qs, new_title)
        except SchemaError as e:
            st.error(plain(e.errors[0][1] if e.errors else str(e)))
        else:
            save(renamed, "Title saved")
            st.rerun()

if not qs.items:
    st.info("This set has no items yet. Add one below.")
else:
    st.dataframe(pd.DataFrame(bank.item_rows(qs)), hide_index=True, width="stretch",
                 column_config={"Question": st.column_config.TextColumn("Question", width="large")})

# -- one item -----------------------------------------------------------------------------------
c_add1, c_add2, c_all, _ = st.columns([1, 1, 1, 2])
if c_add1.button("Add question", key="add_mcq", icon=":material/add:", width="stretch",
                 help="A new multiple-choice item at the end of the set"):
    new_qs, idx = bank.add_item(qs, "mcq")
    if save(new_qs, "Item added"):
        st.session_state["bank_pick_next"] = idx
    st.rerun()
if c_add2.button("Add true/false", key="add_tf", icon=":material/add:", width="stretch"):
    new_qs, idx = bank.add_item(qs, "tf")
    if save(new_qs, "Item added"):
        st.session_state["bank_pick_next"] = idx
    st.rerun()

drafts = [k for k, it in enumerate(qs.items) if it.status == "draft"]
if drafts and c_all.button(f"Approve all {len(drafts)} drafts", key="approve_all", icon=":material/done_all:",
                           width="stretch"):
    save(bank.set_status(qs, drafts, "approved"), f"{len(drafts)} items approved")
    st.rerun()
if not qs.items:
    st.stop()

pick_key = f"item-pick-{gen}"
if (wanted_pick := st.session_state.pop("bank_pick_next", None)) is not None:
    st.session_state[pick_key] = wanted_pick  # set before the selectbox exists (Streamlit's rule)
if st.session_state.get(pick_key, 0) >= len(qs.items):
    st.session_state[pick_key] = len(qs.items) - 1
i = st.selectbox("Item to edit", range(len(qs.items)), key=pick_key,
                 format_func=lambda k: f"{k + 1}. [{qs.items[k].status}] {qs.items[k].stem[:90]}")
item = qs.items[i]

b = st.columns(6)
actions = [
    (b[0], "Move up", ":material/arrow_upward:", lambda: bank.move_item(qs, i, i - 1), i - 1),
    (b[1], "Move down", ":material/arrow_downward:", lambda: bank.move_item(qs, i, i + 1), i + 1),
    (b[2], "Approve", ":material/check_circle:", lambda: bank.set_status(qs, [i], "approved"), i),
    (b[3], "Reject", ":material/block:", lambda: bank.set_status(qs, [i], "rejected"), i),
    (b[4], "Back to draft", ":material/edit:", lambda: bank.set_status(qs, [i], "draft"), i),
]
for col, label, icon, fn, new_pos in actions:
    if col.button(label, key=f"act-{label}", icon=icon, width="stretch"):
        if save(fn(), f"{label}: done"):
            st.session_state["bank_pick_next"] = max(0, min(new_pos, len(qs.items) - 1))
        st.rerun()
with b[5].popover("Delete", icon=":material/delete:", width="stretch"):
    st.write("Delete this item from the set?")
    if st.button("Yes, delete it", key="delete_item", type="primary"):
        if save(bank.delete_item(qs, i), "Item deleted"):
            st.session_state["bank_pick_next"] = max(0, i - 1)
        st.rerun()

st.markdown(f"**Status:** {STATUS_ICON[item.status]} · "
            f"{'True / False' if item.type == 'tf' else 'Multiple choice'} · id {escape_md(item.id)}")

k = f"{gen}-{item.id}"
with st.form(f"edit-{k}"):
    stem = st.text_area("Question" if item.type == "mcq" else "Statement", value=item.stem, key=f"stem-{k}", height=80)
    err_stem = st.empty()
    if item.type == "tf":
        truth = st.radio("The statement is", ["True", "False"], index=item.correct_index, key=f"truth-{k}",
                         horizontal=True)
        options_rows = None
    else:
        st.markdown("**Options** — tick the one correct option; add or delete rows as needed (2 to 6).")
        options_rows = st.data_editor(
            pd.DataFrame([{"text": o.text, "correct": o.correct} for o in item.options]),
            key=f"options-{k}", num_rows="dynamic", hide_index=True, width="stretch",
            column_config={"text": st.column_config.TextColumn("Option", width="large"),
                           "correct": st.column_config.CheckboxColumn("Correct", default=False)},
        )
        truth = None
    err_options = st.empty()
    explanation = st.text_area("Explanation (shown to students after they submit, if you allow it)",
                               value=item.explanation, key=f"expl-{k}", height=80)
    err_expl = st.empty()
    tags = st.text_input("Tags (comma-separated)", value=", ".join(item.tags), key=f"tags-{k}")
    err_tags = st.empty()
    saved = st.form_submit_button("Save item", type="primary", icon=":material/save:")

if item.source is not None:
    st.caption("Source sentence: " + escape_md(item.source.sentence))

if saved:
    try:
        new_qs = bank.edit_item(
            qs, i, stem=stem, explanation=explanation, tags=tags,
            options=options_rows.to_dict("records") if options_rows is not None else None,
            correct=None if truth is None else (0 if truth == "True" else 1),
        )
    except SchemaError as e:
        slots = {"stem": err_stem, "options": err_options, "explanation": err_expl, "tags": err_tags}
        shown: dict[str, list[str]] = {}
        for path, message in e.errors:
            field = bank.field_of(path)
            shown.setdefault(field if field in slots else "stem", []).append(
                (f"{path}: " if path != field else "") + message)
        for field, messages in shown.items():
            slots[field].error("  \n".join(escape_md(m) for m in messages), icon=":material/error:")
        st.error("Not saved: fix the fields marked above.")
    else:
        save(new_qs, "Item saved")
        st.rerun()
