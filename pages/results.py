"""Teacher page: attempts and grades of a quiz, item analysis (Moodle's definitions) as tables and charts."""

import datetime as dt

import altair as alt
import pandas as pd
import streamlit as st

from appkit.config import get_store, require_teacher
from appkit.grades import grades_csv
from appkit.render import escape_md, plain
from quizgen.analysis import LOW_DISCRIMINATION, NO_ANSWER, analyse_items

require_teacher()
store = get_store()
st.title("Results")

quizzes = store.list_quizzes()
if not quizzes:
    st.info("No quiz has been published yet. Publish one on the **Publish** page.")
    st.stop()

quiz = st.selectbox(
    "Quiz", quizzes, key="results_quiz",
    format_func=lambda q: f"{q.title} — {q.code} — {dt.datetime.fromtimestamp(q.created_at):%Y-%m-%d %H:%M}")
attempts = store.list_attempts(quiz.id, with_answers=True)
if st.button("Refresh", key="refresh", icon=":material/refresh:"):
    st.rerun()
if not attempts:
    st.info(f"No attempts yet. Students join with the code **{quiz.code}** on **Take a quiz**.")
    st.stop()

scores = [a.score / a.max_score for a in attempts if a.max_score]
m1, m2, m3 = st.columns(3)
m1.metric("Attempts", len(attempts))
m2.metric("Mean score", f"{100 * sum(scores) / len(scores):.0f}%" if scores else "–")
m3.metric("Questions", len(quiz.items))

st.subheader("Attempts", anchor=False)
table = pd.DataFrame([
    {"Student": a.student, "Score": f"{a.score:g} / {a.max_score:g}",
     "Percent": round(100 * a.score / a.max_score) if a.max_score else 0,
     "Time taken": f"{int(a.seconds_taken // 60)} min {int(a.seconds_taken % 60):02d} s",
     "Submitted": dt.datetime.fromtimestamp(a.submitted_at).strftime("%Y-%m-%d %H:%M:%S"),
     "Late": "late" if a.late else ""}
    for a in attempts
])
st.dataframe(table, hide_index=True, width="stretch",
             column_config={"Percent": st.column_config.ProgressColumn("Percent", min_value=0, max_value=100,
                                                                        format="%d%%")})
st.download_button("Download grades (CSV)", data=grades_csv(quiz, attempts), file_name=f"grades-{quiz.code}.csv",
                   mime="text/csv", key="grades_csv", icon=":material/download:")

st.subheader("Item analysis", anchor=False)
st.caption(f"Facility = share of students who got the item right. Discrimination = correlation between the item "
           f"and the rest of the test (Moodle shows it ×100); items under {LOW_DISCRIMINATION} are flagged. "
           "A distractor chosen by under 5% of students is flagged as not working. "
           "With few attempts these figures are rough.")
responses = [{ans.item_id: ans.chosen for ans in a.answers} for a in attempts]
stats = analyse_items(list(quiz.items), responses)
summary = pd.DataFrame([
    {"#": s.position + 1, "Question": s.stem,
     "Facility": s.facility,
     "Discrimination": "–" if s.discrimination is None else f"{s.discrimination:.2f}",
     "Flags": "; ".join(s.flags)}
    for s in stats
])
st.dataframe(summary, hide_index=True, width="stretch", column_config={
    "Facility": st.column_config.ProgressColumn("Facility", min_value=0.0, max_value=1.0, format="%.2f"),
    "Discrimination": st.column_config.TextColumn(
        "Discrimination", help="– when it cannot be computed yet (too few attempts, or everyone scored alike)."),
    "Question": st.column_config.TextColumn("Question", width="large"),
})
chart_data = pd.DataFrame(
    [{"Item": f"Q{s.position + 1}", "Measure": "Facility", "Value": s.facility} for s in stats]
    + [{"Item": f"Q{s.position + 1}", "Measure": "Discrimination", "Value": s.discrimination}
       for s in stats if s.discrimination is not None])
st.altair_chart(
    alt.Chart(chart_data).mark_bar().encode(
        x=alt.X("Item:N", sort=None, title=None, axis=alt.Axis(labelAngle=0)), xOffset="Measure:N",
        y=alt.Y("Value:Q", title=None,
                scale=alt.Scale(domain=[-1, 1] if (chart_data["Value"] < 0).any() else [0, 1])),
        color=alt.Color("Measure:N", legend=alt.Legend(orient="top", title=None)),
        tooltip=["Item", "Measure", alt.Tooltip("Value:Q", format=".2f")],
    ).properties(height=260)
    + alt.Chart(pd.DataFrame({"y": [LOW_DISCRIMINATION]})).mark_rule(strokeDash=[4, 4], color="gray").encode(y=alt.Y("y:Q", title=None)),
    width="stretch",
)

for s in stats:
    flagged = bool(s.flags)
    with st.expander(f"{':warning: ' if flagged else ''}Q{s.position + 1}. {escape_md(s.stem)}", expanded=flagged):
        for flag in s.flags:
            st.warning(plain(flag), icon=":material/flag:")
        counts = pd.DataFrame([
            {"Option": opt, "Chosen": n,
             "Kind": "correct" if opt == s.correct_option else ("no answer" if opt == NO_ANSWER else "distractor")}
            for opt, n in s.option_counts.items()
        ])
        st.altair_chart(
            alt.Chart(counts).mark_bar().encode(
                y=alt.Y("Option:N", sort=None, title=None, axis=alt.Axis(labelLimit=420)),
                x=alt.X("Chosen:Q", title="students", axis=alt.Axis(tickMinStep=1)),
                color=alt.Color("Kind:N", scale=alt.Scale(domain=["correct", "distractor", "no answer"],
                                                          range=["#2e7d32", "#9e9e9e", "#e0b000"]),
                                legend=alt.Legend(title=None)),
                tooltip=["Option", "Chosen", "Kind"],
            ).properties(height=alt.Step(30)),  # a fixed band per option; a fixed total height squashes bars
            width="stretch",
        )
