"""The visible text of an HTML page, with every character on the line it had in the file.

Tags, scripts, styles and page furniture (nav, header, footer, aside, form) are
blanked out with spaces, but line breaks are kept, so a sentence's line number
points into the original file. A character reference for a line break (``&#10;``,
``&NewLine;``, ``&#13;``) is a space: only the file's own line breaks count as lines.
A block's edge ends a sentence with ``BLOCK_END`` (a separator that counts as white
space), never with a period that a quote would show.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

HIDDEN = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg",
          "head", "select", "button", "iframe"}
BLOCK_END = "\x1e"  # ASCII's record separator: a sentence boundary that str.strip() removes from a quote
BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section",
          "article", "blockquote", "pre", "ul", "ol", "table", "figcaption", "title", "dd", "dt"}


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.hidden = 0

    def _blank(self, text: str) -> None:
        self.out.append("".join("\n" if c == "\n" else " " for c in text))

    def handle_starttag(self, tag, attrs):
        self._tag(tag, start=True)

    def handle_endtag(self, tag):
        self._tag(tag, start=False)

    def handle_startendtag(self, tag, attrs):
        self._blank(self.get_starttag_text() or "")

    def _tag(self, tag: str, *, start: bool) -> None:
        raw = (self.get_starttag_text() if start else f"</{tag}>") or ""
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden + (1 if start else -1))
        blank = "".join("\n" if c == "\n" else " " for c in raw)
        if tag in BLOCKS and not self.hidden and blank[:1] == " ":
            blank = BLOCK_END + blank[1:]  # a block's edge ends a sentence, in the tag's place: no line moves
        self.out.append(blank)

    def handle_data(self, data):
        if self.hidden:
            self._blank(data)
        else:
            self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(" " if self.hidden else _inline(html.unescape(f"&{name};")))

    def handle_charref(self, name):
        self.out.append(" " if self.hidden else _inline(html.unescape(f"&#{name};")))

    def handle_comment(self, data):
        self._blank(f"<!--{data}-->")

    def handle_decl(self, decl):
        self._blank(f"<!{decl}>")

    def handle_pi(self, data):
        self._blank(f"<?{data}>")

    def unknown_decl(self, data):
        self._blank(f"<![{data}]>")


def _inline(text: str) -> str:
    """A referenced character as it sits in the line: a line break written as a reference is a space."""
    return text.replace("\r", " ").replace("\n", " ").replace(BLOCK_END, " ")


def visible_text(page: str) -> str:
    parser = _Visible()
    parser.feed(page)
    parser.close()
    return "".join(parser.out)
