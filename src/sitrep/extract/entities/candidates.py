"""Finding names: the model's entities, capitalised runs it missed, wire datelines, bare
acronyms and photographers' credits, with names the tokenizer cut at a hyphen or slash rejoined.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from sitrep.extract.entities.spans import is_locative
from sitrep.extract.entities.vocabulary import (
    COMMON_ACRONYMS,
    DATELINE_ENDS,
    KEPT_LABELS,
    LOCATIVE,
    NAME_PARTICLES,
    SOFT_LABELS,
    SPACED_SEPARATORS,
    UI_WORDS,
)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # token indexes
    end: int
    label: str  # model label, or "" for a run the model missed
    locative: bool  # preceded by a place preposition
    canonical: str | None = None  # a normal form set by a rule ("Government of Kazakhstan")
    ruled: bool = False  # found by an institution/party/media/place rule: label is final
    owner: tuple[int, int] | None = None  # tokens of a place that owns it ("Almaty" police)
    alone: bool = False  # a dateline's town (one of "KHARTOUM/CAIRO"): never rejoined to the next


def name_matcher(nlp_vocab: object) -> Matcher:
    matcher = Matcher(nlp_vocab)  # type: ignore[arg-type]
    proper = {"POS": "PROPN", "IS_TITLE": True}
    matcher.add(
        "PROPN_RUN",
        [
            [proper, {"ORTH": "-", "OP": "?", "SPACY": False}, {"POS": "PROPN", "OP": "*"}],
            [{"POS": "PROPN", "SHAPE": {"REGEX": "^Xx+Xx"}}],  # "ExxonMobil", "PetroChina"
            # a plural possessive inside a name ("Martyrs’ Square"), which the model misses
            # when the apostrophe is typographic
            [
                {"POS": "PROPN", "IS_TITLE": True, "LOWER": {"REGEX": "s$"}},
                {"ORTH": {"IN": ["’", "'"]}},
                {"POS": "PROPN", "IS_TITLE": True, "OP": "+"},
            ],
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "LOCATIVE_NAME",
        [[{"LOWER": {"IN": list(LOCATIVE)}}, {"IS_TITLE": True, "OP": "+"}]],
        greedy="LONGEST",
    )
    return matcher


def find_candidates(
    doc: Doc, matcher: Matcher, matches: list[tuple[int, int, int]] | None = None
) -> list[Candidate]:
    """Model entities plus capitalised runs it missed; longer place-like runs win overlaps."""
    out: list[Candidate] = []
    taken = [False] * len(doc)
    # a photographer's credit first: where the model found the same name, the credit's
    # reading is the one kept
    for i, tok in enumerate(doc):
        end = credit_name(doc, i) if tok.text[:1].isupper() else None
        if end is not None:
            out.append(Candidate(i, end, "PERSON", False, None, True))
            taken[i:end] = [True] * (end - i)
    # "ADDIS ABABA/NAIROBI —": towns of a dateline joined by slashes, which the model reads
    # as one organisation or a person and an organisation; each is a town the gazetteer
    # decides on
    joined = [False] * len(doc)
    for start, end in _slash_datelines(doc):
        out.append(Candidate(start, end, "GPE", True, alone=True))
        taken[start:end] = joined[start:end] = [True] * (end - start)
    for ent in doc.ents:
        if any(joined[ent.start : ent.end]):
            continue
        if ent.label_ in KEPT_LABELS or ent.label_ == "FAC" or ent.label_ in SOFT_LABELS:
            for start, end in _parts(ent):
                out.append(Candidate(start, end, ent.label_, is_locative(doc, start)))
            taken[ent.start : ent.end] = [True] * (ent.end - ent.start)
    for start, end in _datelines(doc):
        if not any(taken[start:end]):
            out.append(Candidate(start, end, "GPE", True))
            taken[start:end] = [True] * (end - start)
    strings = doc.vocab.strings
    for match_id, start, end in matcher(doc) if matches is None else matches:
        if strings[match_id] not in ("PROPN_RUN", "LOCATIVE_NAME"):
            continue
        if strings[match_id] == "LOCATIVE_NAME":
            start += 1
        if strings[match_id] == "PROPN_RUN" and any(taken[start:end]):
            # the run's untaken tail after a model entity: a surname the model left out
            # ("General Brice Clotaire" + "Oligui Nguema"); see merge_adjacent_persons
            start = max(i for i in range(start, end) if taken[i]) + 1
        if end <= start or any(taken[start:end]):
            continue
        out.append(Candidate(start, end, "", is_locative(doc, start)))
    for i in _bare_acronyms(doc, taken):
        out.append(Candidate(i, i + 1, "", False))
    return out


def _bare_acronyms(doc: Doc, taken: list[bool]) -> Iterator[int]:
    """Acronyms of three to six capitals inside a sentence of mixed case that the model left
    unlabelled ("elite RAID and GIGN units"): organisations' letters. Not a line's first word
    (a dateline's town) nor a word of a line in capitals (a headline shouted)."""
    for i, tok in enumerate(doc):
        if taken[i] or not (tok.is_alpha and tok.is_upper and 3 <= len(tok) <= 6):
            continue
        if tok.text in COMMON_ACRONYMS:
            continue
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ") or i == 0 or "\n" in doc[i - 1].text_with_ws:
            continue
        line = tok.sent
        if sum(t.is_lower for t in line) < 3:
            continue
        yield i


def _parts(ent: Span) -> list[tuple[int, int]]:
    """The token ranges of a model entity split at spaced separators and at line breaks,
    without whitespace at its ends (the model may run a name on over a blank line:
    "Western Province\n   \n")."""
    doc = ent.doc
    cuts = [
        i
        for i in range(ent.start, ent.end)
        if (doc[i].is_space and ("\n" in doc[i].text or i in (ent.start, ent.end - 1)))
        or (
            ent.start < i < ent.end - 1
            and doc[i].text in SPACED_SEPARATORS
            and (doc[i].whitespace_ or doc[i - 1].whitespace_)
        )
    ]
    bounds = [ent.start - 1, *cuts, ent.end]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a + 1]


def _capitals_run(doc: Doc, start: int) -> int:
    """The end of the run of up to three words in capitals from ``start`` (a dateline's
    town: "ADDIS ABABA")."""
    end = start
    while end < len(doc) and end - start < 3 and doc[end].is_alpha and doc[end].is_upper:
        end += 1
    return end


def _slash_datelines(doc: Doc) -> list[tuple[int, int]]:
    """The towns of a dateline that opens a line with two or more names in capitals joined
    by slashes, before "(Agency)", a dash or a comma ("KHARTOUM/CAIRO (Reuters) -"); a
    credit line ends its line ("AFP/GETTY IMAGES")."""
    out: list[tuple[int, int]] = []
    for i in range(len(doc)):
        if i > 0 and "\n" not in doc[i - 1].text_with_ws:
            continue
        runs, end = [], i
        while True:
            start, end = end, _capitals_run(doc, end)
            if end == start:
                break
            runs.append((start, end))
            slash = end < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_
            if not slash or doc[end].whitespace_:
                break
            end += 1
        closed = end < len(doc) and doc[end].text in DATELINE_ENDS
        if len(runs) >= 2 and closed and all(len(doc[a:b].text) >= 3 for a, b in runs):
            out.extend(runs)
    return out


def _datelines(doc: Doc) -> Iterator[tuple[int, int]]:
    """Wire datelines: a place in capitals opening a line, before "(Agency)", ", May 3",
    a dash or the line's end ("GENEVA (Reuters) -", "WASHINGTON\n"). The model often leaves
    a word in capitals unlabelled; the gazetteer still decides whether it is a place."""
    for i in range(len(doc)):
        if i > 0 and not doc[i - 1].is_space and "\n" not in doc[i - 1].text:
            continue
        end = _capitals_run(doc, i)
        if end == i or len(doc[i:end].text) < 4 or doc[i].lower_ in UI_WORDS:
            continue
        if end == len(doc) or doc[end].is_space or doc[end].text in DATELINE_ENDS:
            yield i, end


def is_dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are the town of a wire dateline that runs on into its
    story: a name in capitals opening a line, then "(Agency)", ", May 3", a dash or a colon
    ("KABUL, Aug 26 (Reuters) -", "BEIRUT: The group said"); not a line of its own (a
    section's heading in capitals)."""
    if start > 0 and not doc[start - 1].is_space and "\n" not in doc[start - 1].text:
        return False
    if end != _capitals_run(doc, start) or len(doc[start:end].text) < 4:
        return False
    if doc[start].lower_ in UI_WORDS or end >= len(doc) - 1:
        return False
    return doc[end].text in DATELINE_ENDS and "\n" not in doc[end].text_with_ws


def _particle_link(doc: Doc, hyphen: int, step: int) -> bool:
    """ "-sous-" at ``hyphen`` (the hyphen next to the name), then a capitalised word: one
    name ("Clichy-sous-Bois"), written without spaces."""
    particle, other, word = hyphen + step, hyphen + 2 * step, hyphen + 3 * step
    if not 0 <= min(word, hyphen) or max(word, hyphen) >= len(doc):
        return False
    joined = doc[min(word, hyphen) : max(word, hyphen) + 1]
    return (
        doc[hyphen].text == "-"
        and doc[particle].lower_ in NAME_PARTICLES
        and doc[particle].text.islower()
        and doc[other].text == "-"
        and doc[word].text[:1].isupper()
        and not any(t.whitespace_ for t in joined[:-1])
    )


def joined_extension(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "Nur" + "-" + "Sultan", "RFE" + "/" + "RL": the model often cuts names joined by a
    hyphen or slash without spaces; rejoin them (both directions for the slash, and for a
    place name joined by a particle: "Clichy" + "-sous-" + "Bois")."""
    while not doc[end - 1].whitespace_ and _particle_link(doc, end, 1):
        end += 4
    while start >= 4 and not doc[start - 1].whitespace_ and _particle_link(doc, start - 1, -1):
        start -= 4
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "/")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
        and not (doc[end].text == "/" and _credit_split(doc, end))
    ):
        end += 2
    while (
        start >= 2
        and doc[start - 1].text == "/"
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and doc[start - 2].text[:1].isupper()
        and not _credit_split(doc, start - 1)
    ):
        start -= 2
    return start, end


def _credit_split(doc: Doc, slash: int) -> bool:
    """A slash between two credits, not inside one name: "EFE/EPA" where the model found two
    entities, or an agency before a photographer's name in capitals ("EPA-EFE/JOHN SMITH").
    "RFE/RL" and "Radio Free Europe/Radio Liberty" are one entity to the model."""
    left, right = doc[slash - 1], doc[slash + 1]
    if left.ent_type_ and right.ent_iob_ == "B":
        return True
    return credit_name(doc, slash + 1) is not None


def credit_name(doc: Doc, start: int) -> int | None:
    """The end of a photographer's name in capitals after a credit's slash, running to the
    end of the line ("EFE/EPA/MOHAMED ALI"): two or three all-capital words."""
    if start < 1 or doc[start - 1].text != "/":
        return None
    end = start
    while end < len(doc) and doc[end].is_alpha and doc[end].is_upper and len(doc[end]) > 1:
        end += 1
        if not doc[end - 1].whitespace_ or "\n" in doc[end - 1].whitespace_:
            break
    if not 2 <= end - start <= 3:
        return None
    line_end = end >= len(doc) or doc[end].is_space or "\n" in doc[end - 1].whitespace_
    return end if line_end else None
