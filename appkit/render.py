"""Showing untrusted text (articles, stems, student names) in Streamlit as text, never as markup.

``st.markdown`` and widget labels interpret Markdown (links, images that fetch URLs, LaTeX,
colour directives). CommonMark lets a backslash escape any ASCII punctuation, so escaping all
of it leaves nothing to interpret; raw HTML is never enabled. ``<script>`` therefore shows up
literally on the page.
"""

from __future__ import annotations

import string

_PUNCT = set(string.punctuation)


def escape_md(text: str) -> str:
    r"""Text that Streamlit's Markdown shows exactly as written.

    >>> print(escape_md("<b>1*2</b> [x](y)"))
    \<b\>1\*2\<\/b\> \[x\]\(y\)
    """
    return "".join("\\" + ch if ch in _PUNCT else ch for ch in text)


def paragraphs_md(text: str) -> str:
    """Escaped text whose line breaks stay line breaks in Markdown."""
    return "\n\n".join(escape_md(line) for line in text.splitlines() if line.strip())


def highlight_md(text: str, start: int, end: int, *, context: int | None = None) -> str:
    """Escaped ``text`` with ``text[start:end]`` on a highlighted background.

    ``context`` keeps only that many characters either side (with an ellipsis), so a long
    article does not fill the page once per item.
    """
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    before, mark, after = text[:start], text[start:end], text[end:]
    if context is not None:
        if len(before) > context:
            cut = before.find(" ", len(before) - context)
            before = "… " + before[cut + 1 if cut >= 0 else len(before) - context :]
        if len(after) > context:
            cut = after.rfind(" ", 0, context)
            after = after[: cut if cut > 0 else context] + " …"
    marked = " ".join(escape_md(line) for line in mark.splitlines() if line.strip())
    return paragraphs_md(before).rstrip() + (" " if before and not before.endswith("\n") else "\n\n") + (
        f":orange-background[{marked}]" if marked else ""
    ) + (" " if after and not after.startswith("\n") else "\n\n") + paragraphs_md(after).lstrip()


def plain(text: str) -> str:
    """Escaped text that keeps single line breaks (for messages such as a SchemaError's lines)."""
    return "  \n".join(escape_md(line) for line in str(text).splitlines())
