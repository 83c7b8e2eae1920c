"""App-side helpers for the Streamlit pages: configuration, the teacher gate, the student view.

Nothing here does NLP; the pages call :mod:`quizgen` for that. Modules that do not import
streamlit (``quiz``, ``extract``, ``render``) are plain functions the tests call directly.
"""
