"""Hand-built question sets for the exporter tests (no generator, no data files needed).

* :func:`simple_set` - two plain items, one of each kind.
* :func:`awkward_set` - every character the formats treat specially: GIFT's ``~ = # { } :``,
  backslashes, quotes, ``<script>``, ``&``, ``]]>``, a leading ``[html]`` and ``%50%``, a
  leading ``=``/``+`` (spreadsheet formulas) and non-ASCII ("Zelenskyy’s café — naïve").
* :func:`seed_set` - items written from the seed article (curly quotes, possessives), the way
  the generator words them, with their source sentences as explanations.
* :func:`long_set` - items too long for Kahoot's limits, and one with six options.
"""

from __future__ import annotations

from quizgen.models import MultipleChoiceItem, Option, QuestionSet, SourceRef, SourceText, TrueFalseItem


def mcq(item_id: str, stem: str, options: list[str], correct: int, explanation: str = "", source: SourceRef | None = None) -> MultipleChoiceItem:
    return MultipleChoiceItem(
        id=item_id,
        stem=stem,
        options=[Option(text=t, correct=(i == correct), origin="key" if i == correct else "article") for i, t in enumerate(options)],
        explanation=explanation,
        source=source,
        template="test.mcq",
    )


def tf(item_id: str, stem: str, truth: bool, explanation: str = "") -> TrueFalseItem:
    return TrueFalseItem(
        id=item_id,
        stem=stem,
        options=[Option(text="True", correct=truth, origin="truth"), Option(text="False", correct=not truth, origin="truth")],
        explanation=explanation,
        template="test.tf",
    )


def simple_set() -> QuestionSet:
    return QuestionSet(
        title="Simple set",
        items=[
            mcq("q1", "What colour is the sky on a clear day?", ["Green", "Blue", "Red", "Yellow"], 1, "The sky is blue on a clear day."),
            tf("q2", "Water boils at 100 degrees Celsius at sea level.", True, "Water boils at 100 degrees Celsius at sea level."),
        ],
    )


AWKWARD_TEXT = "Zelenskyy’s café — naïve “quotes” & <script>alert('x')</script> ~ = # { } : \\ end."


def awkward_set() -> QuestionSet:
    return QuestionSet(
        title="Awkward: {braces} / slashes & <tags> — naïve",
        source=SourceText(text=AWKWARD_TEXT + "\n\nSecond paragraph with a < b && c > d.", chars=len(AWKWARD_TEXT)),
        items=[
            mcq("tilde", "Which sign means ~ (approximately)?", ["~", "=", "#", "{ }"], 0, "The tilde ~ means approximately."),
            mcq("equals", "Complete: 2 + 2 = ?", ["= 4", "3", "5", "22"], 0, "2 + 2 = 4, so '= 4' is right."),
            mcq("hash", "Which C# feature uses #region?", ["Folding", "Hashing", "Sorting"], 0, "#region folds code in C#."),
            mcq("braces", "In {x: 1}, what is the key?", ["x", "1", "{", "}"], 0, "The object {x: 1} has key x."),
            mcq("colon", "Time 12:30 — what comes after the colon?", ["30", "12", "::", "a:b"], 0, "In 12:30 the minutes follow ':'."),
            mcq("quotes", 'Who said "hello" and \'bye\'?', ["Zelenskyy’s aide", "A “café” owner", "Nobody"], 0, "Zelenskyy’s aide said “hello” & 'bye'."),
            mcq("html", "Which tag runs JavaScript: <script> or <b>?", ["<script>", "<b>", "&amp;", "a < b & c"], 0, "The <script> tag runs code; &amp; is an entity."),
            mcq("cdata", "What closes a CDATA section?", ["]]>", "-->", "?>"], 0, "CDATA ends at ]]> exactly."),
            mcq("marker", "[html] looks like a GIFT format marker. Which option is a weight look-alike?", ["%50% of voters", "[plain] text", "none"], 2, "[moodle] markers and %50% weights must survive."),
            mcq("backslash", "Which path uses a backslash?", ["C:\\new\\table", "/usr/bin", "a\\nb"], 0, "Windows paths use \\ as in C:\\new."),
            mcq("formula", "=SUM(A1:A2) in a spreadsheet is what?", ["+a formula", "-a number", "@a mention"], 0, "=SUM adds; +, - and @ start formulas too."),
            tf("tf-true", "Naïve café owners ~ = # { } : are “awkward”.", True, "They are awkward: ~ = # { } :"),
            tf("tf-false", "The entity &lt; means >.", False, "&lt; means <, not >."),
        ],
    )


_SEED_SENTENCES = [
    "Ukraine’s foreign minister will head to China on Tuesday for two days of talks in a bid to persuade Beijing to reduce its support for Russia and get behind Kyiv’s push for “sustainable” peace.",
    "Foreign Ministry spokeswoman Mao Ning said that Kuleba’s visit was initiated by China’s foreign minister.",
    "Last year, Beijing released a paper calling for a “political settlement” to the conflict.",
    "A close political and economic ally of Moscow, Beijing denies that it supports Russia’s invasion of Ukraine.",
]


def _src(i: int) -> SourceRef:
    s = _SEED_SENTENCES[i]
    return SourceRef(sentence_index=i, start=0, end=len(s), sentence=s)


def seed_set() -> QuestionSet:
    """Items as the generator writes them for the seed article (Kuleba's visit to China)."""
    s = _SEED_SENTENCES
    return QuestionSet(
        title="Dmytro Kuleba visits China",
        items=[
            mcq("wh.who-0a1b2c", "Who will head to China on Tuesday for two days of talks?", ["Ukraine’s foreign minister", "Mao Ning", "Vladimir Putin", "Andriy Yermak"], 0, s[0], _src(0)),
            mcq("wh.who-3d4e5f", "Who said that Kuleba’s visit was initiated by China’s foreign minister?", ["Dmytro Kuleba", "Foreign Ministry spokeswoman Mao Ning", "Wang Yi", "Xi Jinping"], 1, s[1], _src(1)),
            mcq("cloze-6a7b8c", "Last year, Beijing released a paper calling for a “_____” to the conflict.", ["military victory", "political settlement", "trade agreement"], 1, s[2], _src(2)),
            tf("tf-9d0e1f", "Beijing denies that it supports Russia’s invasion of Ukraine.", True, s[3]),
            tf("tf-2a3b4c", "Kuleba’s visit was initiated by Ukraine’s president.", False, s[1]),
        ],
    )


def long_set() -> QuestionSet:
    """Items that break Kahoot's limits (question 120, answer 75 characters, 4 answers)."""
    long_stem = (
        "According to the article, which country did the foreign minister of Ukraine travel to on Tuesday "
        "for two full days of talks about ending the war and securing a sustainable peace?"
    )
    cloze = (
        "During a long visit to Beijing in May, after many months of careful preparation by diplomats on both "
        "sides, Russia’s President signalled his approval of China’s _____, calling it a genuine attempt at peace."
    )
    return QuestionSet(
        title="Too long for Kahoot",
        items=[
            mcq("long-stem", long_stem, ["China", "India", "Brazil", "Turkey"], 0, "He travelled to China."),
            mcq(
                "long-answer",
                "What did the ministry say was the main topic?",
                [
                    "the search for ways to stop Russian aggression and China’s possible role in achieving a just peace",
                    "the price of wheat",
                    "a football match",
                ],
                0,
                "The main topic was the search for ways to stop Russian aggression.",
            ),
            mcq("six-options", "Which city is the capital of Ukraine?", ["Lviv", "Odesa", "Kharkiv", "Dnipro", "Kyiv", "Poltava"], 4, "Kyiv is the capital."),
            mcq("cloze-late-blank", cloze, ["plan", "army", "economy", "border"], 0, "Putin signalled approval of China’s plan."),
            mcq(
                "collide",
                "Which phrase did the spokeswoman use?",
                [
                    "a comprehensive, just and lasting settlement for the people of Ukraine and the region as a whole",
                    "a comprehensive, just and lasting settlement for the people of Ukraine and the wider region too",
                    "no comment",
                ],
                0,
                "She used the first phrase.",
            ),
            tf("short-tf", "Kuleba visited Beijing.", True, "He visited Beijing."),
            tf(
                "long-tf",
                "Beijing and Moscow have intensified fatal cross-border missile and drone attacks over recent months, "
                "but the talks were not about that.",
                False,
                "The attacks were by Moscow and Kyiv.",
            ),
        ],
    )


def same_items(a: QuestionSet, b: QuestionSet) -> list[str]:
    """Differences that a round trip must not introduce: type, id, stem, options, key, explanation."""
    diffs: list[str] = []
    if len(a.items) != len(b.items):
        return [f"item count {len(a.items)} != {len(b.items)}"]
    for x, y in zip(a.items, b.items):
        for field in ("type", "id", "stem", "explanation"):
            if getattr(x, field) != getattr(y, field):
                diffs.append(f"{x.id}.{field}: {getattr(x, field)!r} != {getattr(y, field)!r}")
        ox = [(o.text, o.correct) for o in x.options]
        oy = [(o.text, o.correct) for o in y.options]
        if ox != oy:
            diffs.append(f"{x.id}.options: {ox!r} != {oy!r}")
    return diffs
