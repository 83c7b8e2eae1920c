"""``analyze``: raw text -> cleaned text -> Document (sentences, tokens, POS, chunks, entities).

Every stage is a plain function over plain data; offsets always point into the
original string, so items can be traced back to the exact words the teacher pasted.
"""

from __future__ import annotations

import contextlib
import gc
import re
import threading

from quizgen.errors import EmptyInputError, NotEnglishError, NotTextError
from quizgen.limits import check_text_size
from quizgen.text.chunker import chunk_tag_sents
from quizgen.text.clean import Cleaned, clean, paragraphs
from quizgen.text.document import Document, Paragraph, Removed, Sentence, Span, Token, join_tokens
from quizgen.text.entities import find_entities_in_document
from quizgen.text.morphology import lemma
from quizgen.text.sentences import split_sentences
from quizgen.text.tagger import tag_sents
from quizgen.text.tokenize import token_spans

# The most frequent English function words: enough to tell English from other languages
# written in Latin script (a real English text has 30-50% of its words in this list).
_FUNCTION_WORDS = frozenset(
    """a about after all also an and any are as at be because been but by can could did do does
    for from had has have he her his how i if in into is it its more most no not of on one or
    other our out she should so some than that the their them then there these they this those
    to up was we were what when where which while who will with would you your""".split()
)
_WORD = re.compile(r"[A-Za-z]+")
# Control characters other than the whitespace ones (\t \n \v \f \r): counted in C; a
# generator over the first 20,000 characters cost ~0.15 ms a corpus text (up to ~0.5 ms),
# twice per generate() (it decodes, then analyze does).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
MAX_SENTENCE_TOKENS = 250  # a longer "sentence" is a list or a table, not prose


def decode(data: str | bytes) -> str:
    """Return text; bytes must be UTF-8 (a BOM is allowed). Binary data raises NotTextError."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise NotTextError(
                f"The input is not UTF-8 text (undecodable byte at position {e.start}). "
                "Save the article as plain text (UTF-8) and try again."
            ) from e
    if not isinstance(data, str):
        raise NotTextError(f"Expected text, got {type(data).__name__}. Pass the article as a string.")
    if "\x00" in data:
        raise NotTextError("The input contains NUL bytes, so it looks like a binary file. Paste or upload plain text.")
    sample = data[:20000]
    controls = len(_CONTROL.findall(sample))
    if controls > max(8, len(sample) // 10):  # a few stray controls are mangled punctuation, not binary
        raise NotTextError("The input is full of control characters, so it looks like a binary file. Paste or upload plain text.")
    return data


_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u024f]")


def _english_share(text: str) -> tuple[float, float, int]:
    """(share of letters that are Latin, share of words that are English function words, words)."""
    if text.isascii():
        # ASCII letters are exactly the words' letters, and all Latin; lowercasing ASCII
        # text changes nothing but A-Z.
        words = _WORD.findall(text.lower())
        fw = sum(map(_FUNCTION_WORDS.__contains__, words))
        return (1.0 if words else 0.0), (fw / len(words) if words else 0.0), len(words)
    letters = len(_LETTER.findall(text))
    latin = letters - len(_NON_LATIN_LETTER.findall(text))
    words = _WORD.findall(text)
    fw = sum(1 for w in words if w.lower() in _FUNCTION_WORDS)
    return (latin / letters if letters else 0.0), (fw / len(words) if words else 0.0), len(words)


def _looks_english(text: str, *, min_words: int) -> bool:
    latin, func, n = _english_share(text)
    if latin < 0.6:
        return False
    if 5 <= n < min_words and func == 0:
        return False  # "La première chose qu'on regarde": short, and not one English function word
    return n < min_words or func >= 0.12


def _english_words(text: str) -> bool:
    """Three or more lower-case words, three in four of them English: a sentence of names
    and content words ("Gao Ping supplied 4,000 Chinese bazaars across Spain.", "Pigeon
    skeletons lie among shattered mirrors and water streams through broken cornicing.") has
    too few function words for :func:`_looks_english`, and had been dropped as not English
    (about one sentence in 150 of the News Articles stories)."""
    from quizgen.text.lexicon import is_english_word

    words = [w for w in _WORD.findall(text) if w.islower() and len(w) >= 3]
    return len(words) >= 3 and sum(map(is_english_word, words)) * 4 >= len(words) * 3


def _spans_from_iob(tokens: list[Token], tags: list[str]) -> list[Span]:
    spans: list[Span] = []
    first = -1
    label = ""
    for i, tag in enumerate(tags + ["O"]):
        if first >= 0 and (tag == "O" or tag.startswith("B-") or tag[2:] != label):
            toks = tokens[first:i]
            spans.append(Span(label, first, i, toks[0].start, toks[-1].end, join_tokens(toks)))
            first = -1
        if tag.startswith("B-") or (tag.startswith("I-") and first < 0):
            first, label = i, tag[2:]
    return spans


#: IOB tag -> (is a B- tag, is an I- tag, type): the tests of :func:`_spans_from_iob`, once per tag.
_IOB: dict[str, tuple[bool, bool, str]] = {}


def _chunk_spans(tags: list[str], words: list[str], pieces: list[str], starts: list[int], ends: list[int]) -> list[Span]:
    """:func:`_spans_from_iob` from token lists; ``pieces[k]`` is token ``k`` with its leading space."""
    spans: list[Span] = []
    first = -1
    label = ""
    iob = _IOB
    for i, tag in enumerate(tags):
        kind = iob.get(tag)
        if kind is None:
            kind = iob[tag] = (tag.startswith("B-"), tag.startswith("I-"), tag[2:])
        is_b, is_i, typ = kind
        if first >= 0 and (tag == "O" or is_b or typ != label):
            text = words[first] if i == first + 1 else words[first] + "".join(pieces[first + 1 : i])
            spans.append(Span(label, first, i, starts[first], ends[i - 1], text))
            first = -1
        if is_b or (is_i and first < 0):
            first, label = i, typ
    if first >= 0:
        i = len(tags)
        text = words[first] if i == first + 1 else words[first] + "".join(pieces[first + 1 : i])
        spans.append(Span(label, first, i, starts[first], ends[i - 1], text))
    return spans


def _pieces(words: list[str], starts: list[int], ends: list[int]) -> list[str]:
    """Token texts, each after the first with one space in front where the original had a gap
    (``"".join`` of a run gives :func:`join_tokens` of its tokens)."""
    pieces = [w if s <= e else " " + w for w, s, e in zip(words, starts, [starts[0], *ends])]
    return pieces


PARAGRAPH_WINDOW = 20_000  # characters handed to the sentence splitter at once


def _split_long(ct: str, p0: int, p1: int) -> list[tuple[int, int]]:
    """Sentence spans of ``ct[p0:p1]`` in absolute offsets.

    A paragraph is split in windows of about ``PARAGRAPH_WINDOW`` characters, each ending
    after a full stop and a space, so that a huge one-line text (a whole book pasted as
    one paragraph) costs linear time and never trips the splitter's regex time limit.
    """
    out: list[tuple[int, int]] = []
    start = p0
    while start < p1:
        end = p1
        if p1 - start > PARAGRAPH_WINDOW:
            cut = max(ct.rfind(". ", start, start + PARAGRAPH_WINDOW), ct.rfind("? ", start, start + PARAGRAPH_WINDOW), ct.rfind("! ", start, start + PARAGRAPH_WINDOW))
            end = cut + 1 if cut > start else ct.rfind(" ", start, start + PARAGRAPH_WINDOW) if ct.rfind(" ", start, start + PARAGRAPH_WINDOW) > start else start + PARAGRAPH_WINDOW
        out.extend((start + a, start + b) for a, b in split_sentences(ct[start:end]))
        start = end
        while start < p1 and ct[start].isspace():
            start += 1
    return out


def _tokens_of(clean_text: str, c0: int, c1: int, cl: Cleaned) -> tuple[list[str], list[int], list[int]]:
    """Token texts and original start/end offsets of the sentence ``clean_text[c0:c1]``."""
    delta = cl.linear_delta(c0, c1)
    if delta is not None:  # the sentence was not changed by cleaning: shift its offsets
        words, starts, ends = token_spans(clean_text[c0:c1], offset=c0 + delta)
    else:
        words, starts, ends = token_spans(clean_text[c0:c1], offset=c0)
        starts, ends = cl.map_offsets(starts, ends)  # clean offsets -> original offsets
    if len(words) > MAX_SENTENCE_TOKENS:
        del words[MAX_SENTENCE_TOKENS:], starts[MAX_SENTENCE_TOKENS:], ends[MAX_SENTENCE_TOKENS:]
    return words, starts, ends


_BATCH = 2_000  # sentences tagged and chunked per call: fast numpy batches, bounded memory


def _annotate(pending: list[tuple[Sentence, list[str], list[int], list[int], list[str]]]) -> None:
    """POS tags, chunks and lemmas for many sentences at once (the tagger and chunker batch well).

    ``pending`` holds each sentence with its token texts, offsets and :func:`_pieces`; the
    sentence gets its Token objects, complete, and its chunks.
    """
    words = [p[1] for p in pending]
    tagged = tag_sents(words)
    chunks = chunk_tag_sents(words, tagged)
    for (sent, ws, starts, ends, pieces), tags, chs in zip(pending, tagged, chunks):
        sent.tokens = list(map(Token, ws, starts, ends, tags, map(lemma, ws, tags), chs))
        # sent.chunks is built from the tokens when first read (see Sentence.chunks)


_gc_lock = threading.Lock()
_gc_users = 0  # analyses running now (threads of the app or a batch)
_gc_was_enabled = False


@contextlib.contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector while a Document is built.

    Analysis allocates a few hundred thousand objects per MB of text (tokens, spans),
    all alive and none in a cycle, so every collection the allocations trigger scans
    them in vain: 10-20% of ``analyze`` time, more the longer the text. Nothing is
    freed any later than it would be otherwise (reference counting still frees all
    acyclic garbage at once), and the collector is switched back on when the last
    concurrent analysis ends, only if it was on before the first began.
    """
    global _gc_users, _gc_was_enabled
    with _gc_lock:
        if _gc_users == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_users += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_users -= 1
            if _gc_users == 0 and _gc_was_enabled:
                gc.enable()


def analyze(data: str | bytes) -> Document:
    """Clean and analyse an article.

    Raises:
        NotTextError: bytes that are not UTF-8, or binary content.
        InputTooLargeError: more than ``quizgen.limits.MAX_TEXT_CHARS`` characters.
        EmptyInputError: nothing but whitespace or noise, or no sentence.
        NotEnglishError: the text is mostly not English.
    """
    with _gc_paused():
        return _analyze(data)


def _analyze(data: str | bytes) -> Document:
    text = decode(data)
    check_text_size(len(text))
    if not text.replace("\ufeff", "").strip():
        raise EmptyInputError("The text is empty. Paste or upload an article with at least a few sentences.")
    cl = clean(text)
    ct = cl.text
    if not _LETTER.search(ct):
        raise EmptyInputError(
            "No sentence was found in the text (only markup, links or noise). Paste the article's running text."
        )
    if not _looks_english(ct[:200_000], min_words=8):
        raise NotEnglishError(
            "The text does not look like English. QuizGen writes questions for English articles only; "
            "check that you pasted the right text."
        )
    doc = Document(text=text, removed=list(cl.removed))
    pending: list[tuple[Sentence, list[str], list[int], list[int], list[str]]] = []
    for p_index, (p0, p1) in enumerate(paragraphs(ct)):
        para = Paragraph(len(doc.paragraphs), cl.to_orig_start(p0), cl.to_orig_end(p1))
        for s0, s1 in _split_long(ct, p0, p1):
            c0, c1 = s0, s1
            if not _looks_english(ct[c0:c1], min_words=6) and not _english_words(ct[c0:c1]):
                doc.removed.append(Removed(cl.to_orig_start(c0), cl.to_orig_end(c1), "not-english"))
                continue
            words, starts, ends = _tokens_of(ct, c0, c1, cl)
            if words:
                pieces = _pieces(words, starts, ends)
                sent = Sentence(len(doc.sentences), para.index, starts[0], ends[-1], "".join(pieces))
                para.sentence_indices.append(sent.index)
                doc.sentences.append(sent)
                pending.append((sent, words, starts, ends, pieces))
                if len(pending) >= _BATCH:
                    _annotate(pending)
                    pending = []
        if para.sentence_indices:
            doc.paragraphs.append(para)
    if pending:
        _annotate(pending)
    # entities last, over the whole article: a name introduced with a title ("Foreign
    # Minister Dmytro Kuleba") is recognised bare elsewhere ("Kuleba's trip")
    for sent, spans in zip(doc.sentences, find_entities_in_document([s.tokens for s in doc.sentences])):
        sent.entities = spans
    if not doc.sentences:
        raise EmptyInputError(
            "No sentence was found in the text (only markup, links or noise). Paste the article's running text."
        )
    return doc
