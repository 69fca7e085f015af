"""What a user types into a search box, as an FTS5 query.

The syntax is the one search engines taught users, mapped onto FTS5's operators:

* words are all required (``police Almaty``), and a word ending in ``*`` is a prefix;
* ``OR`` (in capitals) between two parts matches either (``curfew OR "state of emergency"``);
* ``"a quoted phrase"`` matches those words in that order;
* ``-word``, ``-"a phrase"``, ``-(a OR b)`` or ``NOT word`` leave out documents that match;
* ``a NEAR b`` or ``a NEAR/5 b`` (at most 5 words between them) and FTS5's own
  ``NEAR(a b c, 5)``;
* parentheses group (``(curfew OR lockdown) Almaty``).

Every word and phrase is passed to FTS5 as a quoted string, so no character a user
types can become FTS5 syntax: a query is always well formed, and one that makes no
sense as the syntax above (an unbalanced parenthesis, a dangling ``OR``) reads its
parts as plain words. Stemming is the index's job (the ``porter`` tokenizer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Operators are recognised in capitals only, as FTS5 and web search engines do, so that
# "or" and "not" in a query stay words.
_OR, _AND, _NOT, _NEAR = "OR", "AND", "NOT", "NEAR"
_NEAR_INFIX = re.compile(r"NEAR(?:/(\d{1,4}))?$")
# Nesting deeper than this is no query a person types; deeper parentheses are read as words.
MAX_DEPTH = 8
_TOKEN = re.compile(
    r"""
    (?P<neg>-(?=["(\w]))           # a minus that opens a word, phrase or group
  | "(?P<phrase>[^"]*)"?           # a phrase; an unclosed quote runs to the end
  | (?P<open>\()
  | (?P<close>\))
  | (?P<comma>,)
  | (?P<word>[^\s()",]+)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # neg | phrase | open | close | comma | word
    text: str


@dataclass(frozen=True, slots=True)
class Term:
    """A word (``prefix``: any word starting with it) or a phrase."""

    text: str
    prefix: bool = False

    def fts(self) -> str:
        return f'"{self.text}"' + (" *" if self.prefix else "")


@dataclass(frozen=True, slots=True)
class Near:
    terms: tuple[Term, ...]
    distance: int | None = None

    def fts(self) -> str:
        inner = " ".join(t.fts() for t in self.terms)
        return f"NEAR({inner}, {self.distance})" if self.distance is not None else f"NEAR({inner})"


@dataclass(frozen=True, slots=True)
class Either:
    """Either of its parts."""

    parts: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class All:
    """All of ``parts`` and none of ``excluded``."""

    parts: tuple[Node, ...] = ()
    excluded: tuple[Node, ...] = field(default=())


Node = Term | Near | Either | All


def _tokens(query: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(query):
        kind = m.lastgroup or "word"
        text = m.group(kind) if kind in ("phrase", "word") else m.group(0)
        out.append(_Tok(kind, text))
    return out


def _operator(tok: _Tok) -> bool:
    return tok.text in (_OR, _AND, _NOT) or bool(_NEAR_INFIX.match(tok.text))


def _term(text: str) -> Term | None:
    """A word or phrase as a term; None when it holds nothing the tokenizer indexes."""
    prefix = text.endswith("*")
    words = [w for w in re.split(r"[\s*]+", text) if any(c.isalnum() for c in w)]
    if not words:
        return None
    return Term(" ".join(words), prefix=prefix and len(words) == 1)


class _Parser:
    def __init__(self, tokens: list[_Tok]):
        self.toks = tokens
        self.i = 0

    def peek(self, offset: int = 0) -> _Tok | None:
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def is_word(self, text: str, offset: int = 0) -> bool:
        tok = self.peek(offset)
        return tok is not None and tok.kind == "word" and tok.text == text

    # query := clause*   clause := ('-' | NOT)? either
    def query(self, depth: int, closing: bool) -> All:
        parts: list[Node] = []
        excluded: list[Node] = []
        while (tok := self.peek()) is not None:
            if tok.kind == "close":
                if closing:
                    break
                self.take()  # a stray ')' is no syntax
                continue
            if tok.kind == "comma" or self.is_word(_AND) or self.is_word(_OR):
                self.take()  # ',' 'AND' and an 'OR' with nothing before it add nothing
                continue
            negated = False
            while tok is not None and (tok.kind == "neg" or self.is_word(_NOT)):
                self.take()
                negated = True
                tok = self.peek()
            node = self.either(depth)
            if node is not None:
                (excluded if negated else parts).append(node)
        return All(tuple(parts), tuple(excluded))

    # either := near (OR near)*
    def either(self, depth: int) -> Node | None:
        options = [self.near(depth)]
        while self.is_word(_OR) and self._operand_follows(1):
            self.take()
            options.append(self.near(depth))
        kept = tuple(o for o in options if o is not None)
        if len(kept) > 1:
            return Either(kept)
        return kept[0] if kept else None

    def _operand_follows(self, offset: int) -> bool:
        tok = self.peek(offset)
        return tok is not None and tok.kind in ("word", "phrase", "open", "neg")

    # near := atom (NEAR[/n] atom)*
    def near(self, depth: int) -> Node | None:
        first = self.atom(depth)
        terms = [first] if isinstance(first, Term) else []
        distance: int | None = None
        while (
            terms
            and (tok := self.peek()) is not None
            and tok.kind == "word"
            and (m := _NEAR_INFIX.match(tok.text))
            and (nxt_tok := self.peek(1)) is not None
            and (nxt_tok.kind == "phrase" or (nxt_tok.kind == "word" and not _operator(nxt_tok)))
            and (nxt := _term(nxt_tok.text)) is not None
        ):
            self.i += 2
            terms.append(nxt)
            if m.group(1):
                distance = max(distance or 0, int(m.group(1)))
        if len(terms) > 1:
            return Near(tuple(terms), distance)
        return first

    # atom := word | phrase | '(' query ')' | NEAR '(' terms [, n] ')'
    def atom(self, depth: int) -> Node | None:
        tok = self.peek()
        if tok is None:
            return None
        if tok.kind == "neg":  # a minus inside an OR or NEAR: no exclusion there
            self.take()
            return self.atom(depth)
        if tok.kind == "word" and tok.text == _NEAR and (nxt := self.peek(1)) is not None:
            if nxt.kind == "open":
                return self.near_group()
        if tok.kind == "open":
            self.take()
            if depth >= MAX_DEPTH:
                return None
            inner = self.query(depth + 1, closing=True)
            if self.peek() is not None and self.peek().kind == "close":  # type: ignore[union-attr]
                self.take()
            if not inner.excluded and len(inner.parts) == 1:
                return inner.parts[0]
            return inner if inner.parts else None
        self.take()
        if tok.kind in ("word", "phrase"):
            return _term(tok.text)
        return None

    def near_group(self) -> Node | None:
        self.take()  # NEAR
        self.take()  # (
        terms: list[Term] = []
        distance: int | None = None
        while (tok := self.peek()) is not None and tok.kind != "close":
            self.take()
            if tok.kind == "comma":
                nxt = self.peek()
                if nxt is not None and nxt.kind == "word" and nxt.text.isdigit():
                    distance = min(int(self.take().text), 9999)
                continue
            if tok.kind in ("word", "phrase") and (t := _term(tok.text)) is not None:
                terms.append(t)
        if self.peek() is not None:
            self.take()  # )
        if len(terms) > 1:
            return Near(tuple(terms), distance)
        return terms[0] if terms else None


def parse(query: str) -> All:
    """The structure of ``query`` (see the module's docstring)."""
    return _Parser(_tokens(query)).query(0, closing=False)


def render(node: Node) -> str:
    """``node`` in FTS5's query syntax ("" when it matches nothing on its own)."""
    if isinstance(node, (Term, Near)):
        return node.fts()
    if isinstance(node, Either):
        parts = [p for p in (render(x) for x in node.parts) if p]
        return " OR ".join(f"({p})" for p in parts)
    parts = [p for p in (render(x) for x in node.parts) if p]
    if not parts:
        return ""
    text = " AND ".join(f"({p})" for p in parts)
    excluded = [p for p in (render(x) for x in node.excluded) if p]
    if excluded:
        text = f"({text}) NOT ({' OR '.join(f'({p})' for p in excluded)})"
    return text


@dataclass(frozen=True, slots=True)
class Match:
    """An FTS5 query: ``include`` (None: every document) less ``exclude``."""

    include: str | None
    exclude: str | None


def to_fts(query: str) -> Match | None:
    """``query`` as FTS5 queries; None when it asks for nothing."""
    tree = parse(query)
    include = render(tree) or None
    if include is not None:
        return Match(include, None)
    excluded = [p for p in (render(x) for x in tree.excluded) if p]
    if excluded:  # only exclusions: every document but those
        return Match(None, " OR ".join(f"({p})" for p in excluded))
    return None


_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, as the index splits them (near enough)."""
    return [w.lower() for w in _WORD.findall(text) if not w.isdigit()]


def plain(query: str) -> str | None:
    """Every word of ``query`` required, no operators: the fallback query."""
    terms = [t for t in (_term(w) for w in re.split(r'[\s"(),]+', query)) if t is not None]
    return " AND ".join(t.fts() for t in terms) or None
