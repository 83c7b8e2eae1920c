"""The public API is small and exactly what __all__ says."""

import quizgen


def test_all_matches_public_names():
    public = {n for n in dir(quizgen) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(quizgen, n)).__name__ == "module"}
    assert set(quizgen.__all__) - {"__version__"} == public - modules
    for name in ("analyze", "generate", "pos_tag", "QuestionSet", "QuizgenError"):
        assert name in quizgen.__all__


def test_pos_tag_has_the_nltk_contract():
    out = quizgen.pos_tag(["The", "summit", "drew", "about", "100", "delegations", "."])
    assert [w for w, _ in out] == ["The", "summit", "drew", "about", "100", "delegations", "."]
    assert [t for _, t in out] == ["DT", "NN", "VBD", "IN", "CD", "NNS", "."]


def test_importing_the_pipeline_does_not_shadow_generate():
    """Regression: a submodule named ``generate`` rebound ``quizgen.generate`` to a module."""
    import quizgen.pipeline  # noqa: F401

    assert callable(quizgen.generate) and callable(quizgen.analyze)
