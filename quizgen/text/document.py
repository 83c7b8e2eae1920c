"""The analysed article: paragraphs, sentences, tokens, chunks and entities.

Plain dataclasses (not pydantic): they are built in the hot loop of analysis and
read by every template. All ``start``/``end`` offsets are character offsets into
the *original* text given to :func:`quizgen.analyze`, so ``doc.text[t.start:t.end]``
is what the user typed (curly quotes and all), while ``Token.text`` is the
normalised form the tagger saw.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Token:
    text: str  # normalised form (straight quotes), used by tagger and templates
    start: int
    end: int
    pos: str = ""
    lemma: str = ""
    chunk: str = "O"  # IOB chunk tag, e.g. B-NP, I-NP, B-VP, B-PP, O


@dataclass(slots=True)
class Span:
    """A labelled run of tokens ``[first, last)`` within one sentence (chunk or entity)."""

    label: str
    first: int  # index of first token in the sentence
    last: int  # index one past the last token
    start: int  # character offsets in the original text
    end: int
    text: str  # normalised text of the tokens, joined as written

    def __len__(self) -> int:
        return self.last - self.first


class Sentence:
    """One sentence: its tokens, chunks and entities.

    ``chunks`` (the chunker's spans) is built from the tokens' IOB tags the first time it
    is read: generation never reads it, and on a long text the spans were a fifth of the
    Document's memory. Otherwise it behaves like the dataclass it was (same constructor,
    ``==`` and ``repr``).
    """

    __slots__ = ("index", "paragraph", "start", "end", "text", "tokens", "_chunks", "entities")

    def __init__(
        self,
        index: int,
        paragraph: int,
        start: int,
        end: int,
        text: str,
        tokens: list[Token] | None = None,
        chunks: list[Span] | None = None,
        entities: list[Span] | None = None,
    ) -> None:
        self.index = index
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text  # normalised sentence text
        self.tokens: list[Token] = [] if tokens is None else tokens
        self._chunks: list[Span] | None = chunks  # None: not built yet (see ``chunks``)
        self.entities: list[Span] = [] if entities is None else entities

    @property
    def chunks(self) -> list[Span]:
        if self._chunks is None:
            self._chunks = chunk_spans(self.tokens)
        return self._chunks

    @chunks.setter
    def chunks(self, value: list[Span] | None) -> None:
        self._chunks = value

    def _fields(self) -> tuple:
        return (self.index, self.paragraph, self.start, self.end, self.text, self.tokens, self.chunks, self.entities)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # as a dataclass with eq and no frozen

    def __repr__(self) -> str:
        return (
            f"Sentence(index={self.index!r}, paragraph={self.paragraph!r}, start={self.start!r}, end={self.end!r}, "
            f"text={self.text!r}, tokens={self.tokens!r}, chunks={self.chunks!r}, entities={self.entities!r})"
        )

    def words(self) -> list[str]:
        return [t.text for t in self.tokens]

    def span_text(self, first: int, last: int) -> str:
        """Normalised text of tokens ``[first, last)``, with a space wherever the original had a gap."""
        return join_tokens(self.tokens[first:last])


def chunk_spans(tokens: list[Token]) -> list[Span]:
    """The chunk spans of a sentence's tokens, from their IOB ``chunk`` tags."""
    from quizgen.text.analyze import _chunk_spans, _pieces

    if not tokens:
        return []
    words = [t.text for t in tokens]
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    return _chunk_spans([t.chunk for t in tokens], words, _pieces(words, starts, ends), starts, ends)


def join_tokens(tokens: list[Token]) -> str:
    """Join tokens, putting one space where the original text had any gap between them."""
    parts: list[str] = []
    prev_end = -1
    for t in tokens:
        if parts and t.start > prev_end:
            parts.append(" ")
        parts.append(t.text)
        prev_end = t.end
    return "".join(parts)


@dataclass(slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    sentence_indices: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Removed:
    """A stretch of the original text that cleaning kept out of every sentence."""

    start: int
    end: int
    reason: str  # header, caption, credit, byline, url, html


@dataclass(slots=True)
class Document:
    text: str  # the original text, unchanged
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)

    def __str__(self) -> str:
        n_tok = sum(len(s.tokens) for s in self.sentences)
        lines = [f"Document: {len(self.paragraphs)} paragraphs, {len(self.sentences)} sentences, {n_tok} tokens"]
        for s in self.sentences:
            ents = ", ".join(f"{e.text}/{e.label}" for e in s.entities)
            lines.append(f"[{s.index}] ({s.start}-{s.end}) {s.text}")
            if ents:
                lines.append(f"     entities: {ents}")
        return "\n".join(lines)
