"""Extraction: each quotation with its speaker, figures said inside it, and the spaCy
component ``sitrep_quotes_v1``."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.extract import context
from sitrep.extract.quotes.cues import (
    _a_name,
    _according_to,
    _cue_by_tree,
    _cue_nearby,
    _inside,
    _quote_tokens,
    _trailing_name,
)
from sitrep.extract.quotes.names import Speaker
from sitrep.extract.quotes.resolver import _Resolver
from sitrep.extract.quotes.spans import find_quote_spans
from sitrep.extract.quotes.vocab import (
    DASH_CREDIT,
    DOCUMENT_NOUNS,
    LINK_LINE,
    MIN_UNATTRIBUTED_WORDS,
    REPORTING_LEMMAS,
    SPEECH_NOUNS,
    STATEMENT_CREDIT,
)
from sitrep.records import Evidence, FigureClaim, Quote


def extract_quotes(doc: Doc) -> list[Quote]:
    """All direct quotations in ``doc`` with their resolved speakers."""
    text = doc.text
    quoted = find_quote_spans(text)
    if not quoted:
        return []
    resolver = _Resolver(doc, quoted)
    doc_id = context.doc_id(doc)
    sents = resolver.sents
    found: list[_Found] = []
    _unattributed: dict[int, bool] = {}  # a scare quote's start, unless a headline's
    issuer: Speaker | None | object = _UNREAD
    for qs, qe in quoted:
        qtoks = _quote_tokens(doc, qs, qe)
        if not qtoks:
            continue
        first_i = resolver.sentence_index(qtoks[0])
        last_i = resolver.sentence_index(qtoks[-1])
        s_first, s_last = sents[first_i], sents[last_i]
        # a quote opening a sentence after "He added:" belongs to that sentence's frame
        # or, opening the next paragraph, to the frame of "..., said:" ending the one before
        lo = first_i
        if first_i > 0 and qtoks[0].i <= s_first.start + 1:
            prev = sents[first_i - 1]
            lead = prev.text.rstrip()
            if (lead.endswith((":", ",")) and "\n" not in text[prev.end_char : qs]) or (
                lead.endswith(":") and _opens_paragraph(text, qs)
            ):
                lo = first_i - 1
        frame = [t for k in range(lo, last_i + 1) for t in sents[k] if not (qs <= t.idx < qe)]
        cue = _cue_by_tree(qtoks, quoted)
        acc = _according_to(doc[sents[lo].start : sents[last_i].end])
        if cue is None and acc is not None and not (qs <= acc.idx < qe):
            cue = acc.head.head  # "according to X, police killed 'dozens'"
            speaker = resolver.name_of(acc)
        else:
            cue = cue or _cue_nearby(frame, qs, qe, quoted)
            speaker = resolver.speaker_of_cue(cue) if cue is not None else None
        if cue is not None and (speaker is None or _document_says(cue)):
            # "the statement said that Guterres 'takes note'": his words, which the
            # statement relays
            speaker = _reported_subject(resolver, cue, qtoks) or speaker
        words = sum(1 for t in qtoks if t.is_alpha)
        whole_sentence = not any(c.isalnum() for c in text[s_first.start_char : qs]) and not any(
            c.isalnum() for c in text[qe : s_last.end_char]
        )
        if speaker is None and whole_sentence:
            speaker, cue = _neighbour_speaker(resolver, sents, first_i, last_i, text, quoted, qe)
        if speaker is None:
            speaker = _trailing_name(resolver.names, text, qe, bisect_right(resolver.starts, qe))
        if speaker is None:
            speaker = _dash_credit(resolver, text, qs, qe)
        if speaker is None and found and _continues(text, found[-1][1], qs):
            speaker = found[-1][2]  # a quotation going on into a new paragraph
        if speaker is None and _leads(text, qs) and words >= MIN_UNATTRIBUTED_WORDS:
            if issuer is _UNREAD:
                issuer = _issuer(resolver, text)
            speaker = issuer  # a statement's paragraphs, quoted with no one named
        if speaker is None and words >= MIN_UNATTRIBUTED_WORDS and _whole_paragraph(text, qs, qe):
            speaker, cue = _next_paragraph_speaker(resolver, sents, last_i, text, quoted, cue)
        if _a_name(qtoks):
            continue  # a name in quotes: 'known as "Hemedti"', 'on "Twitter"'
        _unattributed[qs] = speaker is None and words < MIN_UNATTRIBUTED_WORDS
        if speaker is not None and speaker.named:
            resolver.remember(qs, speaker, quoted=True)
            resolver.remember_institution(qs, speaker)
        found.append((qs, qe, speaker, cue, sents[lo].start_char, sents[last_i].end_char))
    out = []
    head_end = _head_end(text)
    for qs, qe, speaker, cue, ss, se in _said_again(found, text, head_end):
        if (speaker is None or qs >= head_end) and _unattributed[qs]:
            continue  # scare quote (a headline's few words the body attributes are kept)
        out.append(
            Quote(
                doc=doc_id,
                start=qs,
                end=qe,
                text=text[qs:qe],
                sentence=Evidence(doc_id, ss, se),
                speaker=speaker.name if speaker else None,
                speaker_start=speaker.start if speaker else None,
                speaker_end=speaker.end if speaker else None,
                cue=cue.text if cue is not None else None,
            )
        )
    return out


_UNREAD = object()

_Found = tuple[int, int, Speaker | None, Token | None, int, int]
_WORD = re.compile(r"\w+")
# a headline's or standfirst's quotation: in the text's first lines
HEAD_LINES = 2


def _said_again(found: list[_Found], text: str, head_end: int) -> list[_Found]:
    """A quotation the text gives again inside a longer one with a named speaker takes that
    speaker when it has none, or when it stands in the text's head: a headline quotes a few
    words of what the body attributes in full, and names the speaker by a shorter title
    ("Sudan coup 'deeply disturbing': UN rights chief")."""
    words = [tuple(w.lower() for w in _WORD.findall(text[qs:qe])) for qs, qe, *_ in found]
    out = []
    for k, item in enumerate(found):
        qs, qe, speaker, cue, ss, se = item
        if speaker is None or qs < head_end:
            fuller = [
                found[j][2]
                for j in range(len(found))
                if j != k
                and found[j][0] >= head_end
                and found[j][2] is not None
                and found[j][2].named
                and _within(words[k], words[j])
            ]
            if fuller:
                item = (qs, qe, fuller[0], cue, ss, se)
        out.append(item)
    return out


def _head_end(text: str) -> int:
    """Where the text's head (its first ``HEAD_LINES`` non-empty lines) ends."""
    at = 0
    for _ in range(HEAD_LINES):
        while at < len(text) and text[at] == "\n":
            at += 1
        nl = text.find("\n", at)
        if nl < 0:
            return len(text)
        at = nl
    return at


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """``part`` (two words at least) is a run of ``whole``'s words."""
    n = len(part)
    return n >= 2 and any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _issuer(resolver: _Resolver, text: str) -> Speaker | None:
    """Who issued a statement a page quotes paragraph by paragraph with no one named in
    them: the person (else the body) of a credit line ("Statement from Ms. Jane Doe, Head
    of Office", "Statement by the Red Cross"), else the body or person the headline opens
    on as its subject ("Oxfam appalled by ...", "Red Cross says ...")."""
    for m in STATEMENT_CREDIT.finditer(text):
        named = [n for n in resolver.names if m.start() <= n.start < m.end()]
        best = next((n for n in named if n.label == "PERSON"), None) or next(
            (n for n in named if n.label == "ORG"), None
        )
        if best is not None:
            return Speaker(best.canonical, best.start, best.end, True)
    first = len(text) - len(text.lstrip())
    line_end = text.find("\n", first)
    line_end = len(text) if line_end < 0 else line_end
    headline = text[first:line_end]
    # the name as the page writes it elsewhere (the tagger may miss it in a headline)
    for n in resolver.names:
        name = text[n.start : n.end]
        if n.label not in {"ORG", "PERSON"} or not headline.startswith(name + " "):
            continue
        after = headline[len(name) :].split()
        if after[0][:1].islower():  # "UNICEF sad and shocked at ...", not "UNICEF: ..."
            return Speaker(n.canonical, first, first + len(name), True)
        return None
    return None


def _dash_credit(resolver: _Resolver, text: str, qs: int, qe: int) -> Speaker | None:
    """A quotation credited after a dash to a person the page names elsewhere, as headlines
    and embedded posts write it ("'We need calm now' - Jane Doe"), though the tagger may
    miss the name there; or to a full name ending a line the quotation opens, as a page
    sets a pull quote under its headline ("'The world is watching' - Jane Doe"), named
    nowhere else."""
    m = DASH_CREDIT.match(text, qe + 1)
    if m is None:
        return None
    who = m.group(1).strip()
    for n in resolver.names:
        if n.label == "PERSON" and who in {n.canonical, text[n.start : n.end]}:
            return Speaker(n.canonical, m.start(1), m.end(1), True)
    line_end = text.find("\n", m.end(1))
    line_end = len(text) if line_end < 0 else line_end
    if (
        _opens_paragraph(text, qs)
        and not text[m.end(1) : line_end].strip()
        and len(who.split()) >= 2
        and not any(n.label != "PERSON" and n.start <= m.start(1) < n.end for n in resolver.names)
    ):
        return Speaker(who, m.start(1), m.end(1), True)
    return None


def _opens_paragraph(text: str, at: int) -> bool:
    """Whether only an opening mark stands between the line start and ``at``."""
    line = text.rfind("\n", 0, at) + 1
    return not text[line:at].strip(" \t\"“‘«'")


def _leads(text: str, at: int) -> bool:
    """Whether a quotation at ``at`` opens its paragraph, or follows only its dateline
    ("BEIRUT, 5 August 2020 - “...")."""
    line = text.rfind("\n", 0, at) + 1
    before = text[line:at].rstrip(" \t\"“‘«'")
    return not before or (before.endswith(("-", "–", "—")) and len(before) < 60)


def _continues(text: str, last_end: int, start: int) -> bool:
    """Whether a quotation opening a paragraph at ``start`` goes on with the one that ended
    at ``last_end``: news opens every paragraph of a long quotation with a mark and closes
    only the last, so the one before ran to its paragraph's end without a closing mark."""
    para = text.find("\n", last_end)
    if para < 0 or para >= start or not _opens_paragraph(text, start):
        return False
    rest = text[last_end:para]
    between = _without_links(text[para:start])
    return not any(c in rest for c in '"”’»') and not between.strip(' \t\n“"«')


def _link_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a related-article link ("READ: ...")."""
    return LINK_LINE.match(text, text.rfind("\n", 0, at) + 1) is not None


def _without_links(gap: str) -> str:
    """The text between two sentences less the related-article link lines set in it."""
    return "\n".join(line for line in gap.split("\n") if not LINK_LINE.match(line))


def _neighbour_speaker(
    resolver: _Resolver,
    sents: list[Span],
    first_i: int,
    last_i: int,
    text: str,
    quoted: list[tuple[int, int]],
    quote_end: int,
) -> tuple[Speaker | None, Token | None]:
    """Speaker of a free-standing quoted sentence: the attribution in the next
    sentence of the same paragraph, else the last reporting verb (within two
    sentences, at most one paragraph back)."""
    if last_i + 1 < len(sents):
        nxt = sents[last_i + 1]
        if "\n" not in text[quote_end : nxt.start_char]:
            for tok in nxt:
                if (
                    tok.lemma_.lower() in REPORTING_LEMMAS
                    and tok.pos_ == "VERB"
                    and not _inside(tok, quoted)
                    and not _says_a_thing(tok)
                ):
                    sp = resolver.speaker_of_cue(tok)
                    if sp is not None and sp.named:
                        return sp, tok
    paragraphs = 0
    after = sents[first_i].start_char
    read = 0
    for k in range(first_i - 1, -1, -1):
        if read == 2:
            break
        if _link_line(text, sents[k].start_char):
            continue  # a related-article link between paragraphs is no part of the story
        read += 1
        gap = _without_links(text[sents[k].end_char : after])
        after = sents[k].start_char
        paragraphs += gap.count("\n\n") + (1 if gap.count("\n") == 1 else 0)
        if paragraphs > 1:
            break
        sp, tok = _named_cue(resolver, reversed(list(sents[k])), quoted)
        if sp is not None:
            return sp, tok
    return _paragraph_speaker(resolver, sents, first_i, text, quoted)


def _whole_paragraph(text: str, qs: int, qe: int) -> bool:
    """Whether the quotation is its paragraph, marks and a full stop aside."""
    end = text.find("\n", qe)
    end = len(text) if end < 0 else end
    return _opens_paragraph(text, qs) and not text[qe:end].strip(" \t\"”’»'.,")


def _next_paragraph_speaker(
    resolver: _Resolver,
    sents: list[Span],
    last_i: int,
    text: str,
    quoted: list[tuple[int, int]],
    cue: Token | None,
) -> tuple[Speaker | None, Token | None]:
    """Speaker of a paragraph that is a quotation and nothing else, no one named before it:
    the one the next paragraph opens by reporting, as a fact-check sets a claim above its
    check ("'19 people ... are dead.' / When confronted ..., President Ruto insisted
    that ...")."""
    if last_i + 1 >= len(sents):
        return None, cue
    nxt = sents[last_i + 1]
    if "\n" not in text[sents[last_i].start_char : nxt.start_char]:
        return None, cue
    sp, tok = _named_cue(resolver, nxt, quoted)
    return (sp, tok) if sp is not None else (None, cue)


def _paragraph_speaker(
    resolver: _Resolver, sents: list[Span], first_i: int, text: str, quoted: list[tuple[int, int]]
) -> tuple[Speaker | None, Token | None]:
    """The one whose words a paragraph reports from its first sentence on ("... has erupted
    in fury at its government, said Jane Doe in Le Monde. ... 'When some left, others
    arrived.'"): a free-standing quotation further in the paragraph is theirs too."""
    opening = text.rfind("\n", 0, sents[first_i].start_char) + 1
    k = first_i
    while k > 0 and sents[k - 1].end_char > opening:
        k -= 1
    if k >= first_i:
        return None, None
    return _named_cue(resolver, sents[k], quoted)


def _named_cue(
    resolver: _Resolver, tokens: Iterable[Token], quoted: list[tuple[int, int]]
) -> tuple[Speaker | None, Token | None]:
    """The first verb of saying among ``tokens``, outside the quotations, whose speaker is
    named, and that speaker."""
    for tok in tokens:
        if (
            tok.lemma_.lower() in REPORTING_LEMMAS
            and tok.pos_ == "VERB"
            and not _inside(tok, quoted)
        ):
            sp = resolver.speaker_of_cue(tok)
            if sp is not None and sp.named:
                return sp, tok
    return None, None


def _reported_subject(resolver: _Resolver, cue: Token, qtoks: list[Token]) -> Speaker | None:
    """The named subject of a reported clause whose verb is quoted, when the report itself
    speaks for no one found ("the statement said that Guterres 'takes note'": his words)."""
    own = {t.i for t in qtoks}
    for verb in qtoks:
        if verb.dep_ != "ccomp" or verb.head.i != cue.i or verb.pos_ not in {"VERB", "AUX"}:
            continue
        for subj in verb.children:
            if subj.dep_ == "nsubj" and subj.i not in own:
                found = resolver.name_of(subj)
                if found is not None and found.named:
                    return found
    return None


def _document_says(cue: Token) -> bool:
    """A verb of saying whose subject is a document ("the statement said")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in cue.children)


def _says_a_thing(verb: Token) -> bool:
    """A verb of saying whose object is a thing, not words ("X announced their resignation",
    "Y confirmed the death toll"): no attribution of the quotation before it."""
    return any(
        c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} and c.lemma_.lower() not in SPEECH_NOUNS
        for c in verb.children
    )


def attribute_quoted_figures(figures: list[FigureClaim], quotes: list[Quote]) -> list[FigureClaim]:
    """A figure said inside a quotation that its sentence leaves unattributed ("'The deaths
    of 147 people have been reported so far,' he told reporters") is the speaker's claim."""
    out = []
    for f in figures:
        q = next((q for q in quotes if q.speaker and q.start <= f.start and f.end <= q.end), None)
        out.append(replace(f, claimed_by=q.speaker) if q is not None and not f.claimed_by else f)
    return out


@Language.component("sitrep_quotes_v1")
def quotes_component(doc: Doc) -> Doc:
    """Store the document's quotes under ``"quotes"``; figures said inside a quotation and
    attributed to no one take its speaker."""
    quotes = extract_quotes(doc)
    context.put(doc, "quotes", quotes)
    figures = context.get(doc, "figures")
    if figures:
        context.put(doc, "figures", attribute_quoted_figures(figures, quotes))
    return doc
