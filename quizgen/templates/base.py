"""What every template shares: the context it reads and the candidate it yields.

A template is a small named unit: ``Template(name, kind, reliability, description,
fn)``. ``fn(ctx)`` yields :class:`Candidate` objects; distractors, ranking and
selection happen later and are the same for every template.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Literal

from quizgen.answers import Answer
from quizgen.simplify import Clause
from quizgen.support import SupportIndex
from quizgen.text.document import Document, Sentence


@dataclass(slots=True)
class Context:
    """Everything a template may read. Built once per document."""

    doc: Document
    clauses: list[Clause]
    support: SupportIndex
    entity_pools: dict[str, list[str]] = field(default_factory=dict)  # answer type -> article names
    not_places: set[str] = field(default_factory=set)  # place names the article uses for something else
    memo: dict = field(default_factory=dict)  # per-clause results several templates share (false statements)


@dataclass(slots=True)
class Candidate:
    """One overgenerated item before distractors, ranking and selection."""

    template: str
    kind: Literal["mcq", "tf"]
    stem: str
    sentence: Sentence
    fact: str  # identity of the fact tested: two candidates with one fact never both get in
    answer_text: str
    answer: Answer | None = None  # MCQ key phrase (None for statement items)
    atype: str = "NONE"
    truth: bool | None = None  # TF only
    clause: Clause | None = None
    frame: set[str] = field(default_factory=set)  # content lemmas of the question without its answer
    frame_negated: bool = False
    options: list[tuple[str, str]] = field(default_factory=list)  # (text, origin), key first
    touches: tuple[str, ...] = ()  # other clauses whose truth the options give away (which.true)
    tags: list[str] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0


TemplateFn = Callable[[Context], Iterable[Candidate]]


@dataclass(frozen=True, slots=True)
class Template:
    name: str  # "family.variant", e.g. "wh.where"
    kind: Literal["mcq", "tf"]
    reliability: float  # prior in [0, 1]: share of this template's items that pass review
    description: str
    fn: TemplateFn

    def __call__(self, ctx: Context) -> Iterable[Candidate]:
        return self.fn(ctx)

    def __repr__(self) -> str:
        return f"<Template {self.name} ({self.kind}): {self.description}>"
