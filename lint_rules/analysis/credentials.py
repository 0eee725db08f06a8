"""Who wrote and who reviewed an article, and what each claims to be.

People come from front matter (``author``, ``reviewer``, ``credentials``), bylines ("By
Jane Doe, MD", "Medically reviewed by …"), "About the Author" sections, endorsements
("developed by …") and, on pages that are not news, a person introduced in the body ("Meet
Dr. Jo Price, who…", "Our founder, Dr. Neil Abbott (…), …", "From the desk of Kim Lau, …").
Each person's statement is parsed into claims, each with its prose span:

* ``title`` ("Dr."), ``honorific`` ("Professor"), ``degree`` (MD, PhD, RN … from
  ``knowledge/credentials.csv``, abbreviated or spelled out) with the ``field`` of a degree
  ("PhD in Integrative Medicine"), ``certification`` ("board-certified"), ``specialty``
  ("dermatologist", ``knowledge/titles_specialties.csv``), ``membership`` of a professional
  body (``knowledge/professional_bodies.csv``), ``publication`` (claimed publications or
  research), ``unprotected-title`` ("certified nutritionist", ``knowledge/titles.csv``),
  ``puffery`` ("renowned", ``knowledge/puffery.txt``) and ``identifier`` (NPI, ORCID iD).

Journalists' and press officers' bylines ("By Jane Smith, Staff Writer") parse into a
person with no credential claims at all, which is what keeps the credential rules quiet
on news copy: they only judge claims that are there.

Scraped news bylines name more than the author: "By Jane Doe, Reuters Health; additional
reporting by John Roe", a photo credit, or a CMS author field that lists an outlet and
people quoted in the story with their offices ("By Ann Lee, Raj Patel, President, American
College of Physicians, Tom Ruiz"). Each name in a byline gets only the words up to the next
name; credited work (reporting, editing, photos) and later names described only by an
office or outlet are kept apart in ``Credentials.others`` and not judged as the author's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from lint_rules.analysis.genre import NEWS, PRESS_RELEASE, genre, newsroom
from lint_rules.analysis.identifiers import find_identifiers
from lint_rules.document import BIO, BODY, BYLINE, Document
from lint_rules.knowledge import read_lines, read_table, read_toml
from lint_rules.store.compiled_re import compile_re

# -- lexicons -----------------------------------------------------------------------


@dataclass(frozen=True)
class Credential:
    """One credential abbreviation of the lexicon: its kind, field and whether it is clinical."""
    abbr: str
    kind: str
    field: str
    clinical: bool
    doctorate: bool
    anywhere: bool


@dataclass(frozen=True)
class Lexicon:
    """The credential lexicon and the patterns built from it, loaded once."""
    credentials: dict[str, Credential]
    abbr_order: tuple[str, ...]  #: abbreviations in the order of ``abbr_re``'s groups
    abbr_re: re.Pattern[str]
    names_re: re.Pattern[str]
    name_to_abbr: dict[str, str]
    titles: dict[str, dict[str, str]]
    titles_re: re.Pattern[str]
    specialties: list[tuple[re.Pattern[str], dict[str, str]]]
    bodies: list[tuple[re.Pattern[str], dict[str, str]]]
    puffery_re: re.Pattern[str]
    #: shapes (``knowledge/credential_shapes.toml``): claims recognised by their form
    puffery_shapes: tuple[re.Pattern[str], ...] = ()
    expertise_re: re.Pattern[str] | None = None
    title_shapes: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = ()
    membership_re: re.Pattern[str] | None = None
    body_words: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = ()
    non_health_fields: frozenset[str] = frozenset()
    advises_re: re.Pattern[str] | None = None


def _abbr_pattern(abbr: str) -> str:
    chars = [c for c in abbr if c != "."]
    return r"\.?\s?".join(re.escape(c) for c in chars) + r"\.?" if abbr.isalpha() else re.escape(abbr)


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    creds: dict[str, Credential] = {}
    name_to_abbr: dict[str, str] = {}
    for row in read_table("credentials.csv"):
        abbr = row["abbr"]
        creds[abbr] = Credential(
            abbr, row["kind"], row["field"], row["clinical"] == "yes",
            row["doctorate"] == "yes", row["context"] == "any",
        )
        for name in filter(None, row["names"].split("|")):
            name_to_abbr[name.lower()] = abbr
    order = tuple(sorted(creds, key=len, reverse=True))
    abbr_alts = "|".join(f"(?P<a{i}>{_abbr_pattern(a)})" for i, a in enumerate(order))
    abbr_re = compile_re(rf"(?<![A-Za-z0-9-])(?:{abbr_alts})(?![A-Za-z0-9])")
    names_re = compile_re(rf"\b(?:{_alternation(list(name_to_abbr))})\b", re.IGNORECASE)
    titles = {r["phrase"].lower(): r for r in read_table("titles.csv")}
    titles_re = compile_re(rf"\b(?:{_alternation(list(titles))})\b", re.IGNORECASE)
    specialties = [
        (compile_re(rf"\b(?:board[- ]certified\s+)?(?:{r['title']})\b", re.IGNORECASE), r)
        for r in read_table("titles_specialties.csv")
    ]
    rows = read_table("professional_bodies.csv")
    bodies = [(compile_re(r["pattern"], re.IGNORECASE), r) for r in rows if r.get("match", "anywhere") != "body"]
    body_words = tuple((compile_re(r["pattern"], re.IGNORECASE), r) for r in rows if r.get("match") == "body")
    puffery_re = compile_re(rf"\b(?:{_alternation(read_lines('puffery.txt'))})\b", re.IGNORECASE)
    shapes = read_toml("credential_shapes.toml")
    return Lexicon(
        creds, order, abbr_re, names_re, name_to_abbr, titles, titles_re, specialties, bodies, puffery_re,
        puffery_shapes=tuple(compile_re(p, re.IGNORECASE) for p in shapes["puffery"]["patterns"]),
        expertise_re=compile_re("|".join(shapes["expertise"]["patterns"]), re.IGNORECASE),
        title_shapes=tuple((compile_re(r["pattern"], re.IGNORECASE), r) for r in shapes["titles"]["shape"]),
        membership_re=compile_re(shapes["membership"]["pattern"]),
        body_words=body_words,
        non_health_fields=frozenset(shapes["doctorate"]["non_health_fields"]),
        advises_re=compile_re("|".join(shapes["doctorate"]["advises"]), re.IGNORECASE),
    )


@lru_cache(maxsize=1)
def scope_of_practice() -> tuple[re.Pattern[str], dict[str, dict[str, object]]]:
    """The medication-change pattern and, per credential field, the topics a licence covers
    and whether it may prescribe (``knowledge/credential_shapes.toml``, section ``scope``)."""
    scope = read_toml("credential_shapes.toml")["scope"]
    return compile_re(scope["medication_change"], re.IGNORECASE), dict(scope["fields"])


def _abbr_of_match(m: re.Match[str], lex: Lexicon) -> str:
    assert m.lastgroup is not None  # every branch of abbr_re is one named group
    return lex.abbr_order[int(m.lastgroup[1:])]


# -- claims -------------------------------------------------------------------------

#: The word lists of the patterns below (``knowledge/credential_words.toml``, sources named
#: there), each as the ``|``-joined alternation the pattern was written with.
_WORDS = {key: "|".join(words) for key, words in read_toml("credential_words.toml").items()}

TITLE_RE = compile_re(r"\b(?:Dr\.?|Doctor)(?=\s+[A-Z])")
HONORIFIC_RE = compile_re(
    r"\b(?:Prof\.|Professor(?= [A-Z])|Sir|Dame|Hon\.|Rev\.|(?:associate |assistant |clinical )?"
    r"professor of [a-z ]+)", re.IGNORECASE,
)
CERTIFICATION_RE = compile_re(
    r"\bboard[- ]certified(?:\s+in\s+[a-z][a-z ]{2,40}?(?=[,.;)]|\s+and\b|$))?|"
    r"\bcertified (?:by|in) (?:the )?[A-Z][\w ]{2,60}?(?=[,.;)]|$)",
    re.IGNORECASE,
)
SPECIALIZES_RE = compile_re(r"\bspeciali[sz](?:es|ing|ed)? in ([a-z][a-z ,-]{2,60}?)(?=[.;)]|$)", re.IGNORECASE)
MEMBER_CUE_RE = compile_re(r"\b(?:" + _WORDS["member_cues"] + r")\b", re.IGNORECASE)
PUBLICATION_RE = compile_re(
    r"\b(?:has |have |had )?published (?:\w+[ -]){0,6}?(?:research|studies|papers|articles|"
    r"work|findings|books?|reports?)\b|"
    r"\bauthor(?:ed)? (?:of )?(?:more than |over |nearly )?(?:\d+|numerous|many|several|"
    r"dozens of|hundreds of)\s+(?:\w+[ -]){0,2}?(?:papers|articles|studies|publications|books)\b|"
    r"\b(?:her|his|their) (?:\w+ )?(?:research|work|studies|findings) (?:has|have) "
    r"(?:been published|appeared|been featured) in\b|"
    r"\b(?:published|appeared) in (?:leading |top |prestigious |major |numerous |many )?"
    r"(?:peer[- ]reviewed |medical |scientific )?journals\b|"
    r"\b(?:been |was |is )?(?:featured|published|quoted|profiled) in (?:numerous|many|several|dozens of|"
    r"countless|leading|top|major|various) (?:\w+ ){0,2}?(?:publications|journals|magazines|outlets|media)\b|"
    r"\b(?:conducted|led|leads|conducts) (?:\w+[ -]){0,3}?(?:research|studies|clinical trials)\b",
    re.IGNORECASE,
)
#: Signs that a publication claim can be checked: a DOI, PMID, a quoted title, named
#: outlets, or a named journal with a year.
CITATION_RE = compile_re(
    r"\b10\.\d{4,9}/\S+|\bPMID:?\s*\d+|\bdoi\b|[“\"][^”\"]{8,}[”\"]|"
    # named outlets a reader can search: "His work has appeared in Wired, Scientific American…"
    r"\b(?:appeared|been published|been featured|written|writes) (?:in|for|on) (?:the )?(?-i:[A-Z])[\w.]+|"
    r"\b(?:journal|lancet|jama|bmj|nejm|annals|review)\b[^.]{0,80}\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
FIELD_RE = compile_re(
    r"\s+(?:degree\s+)?in\s+((?:[A-Za-z][\w'’-]*)(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w'’-]*)*"
    r"|[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*)?)"
)
NAME_RE = compile_re(
    r"^\s*(?:(?P<title>Dr\.?|Doctor|Prof\.?|Professor)\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|" + _WORDS["name_particles"] + r"))*)"
)
ROLE_NAME_RE = compile_re(
    r"^(?:She|He|They|Her|His|Their|Our|The author|The reviewer)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Claim:
    """One credential claim about a person: what kind, its words and where they are."""
    kind: str
    text: str
    start: int  #: prose offset; -1 for a claim read from front matter
    end: int
    value: str = ""  #: normalised: abbreviation, specialty, implied field, protected title…
    extra: tuple[tuple[str, str], ...] = ()

    def get(self, key: str, default: str = "") -> str:
        return dict(self.extra).get(key, default)


@dataclass
class Person:
    """An author, reviewer or endorser named in the document, with the claims made about them."""
    name: str
    role: str  #: author | reviewer
    sources: list[str] = field(default_factory=list)  #: front-matter, byline, bio
    spans: list[tuple[int, int]] = field(default_factory=list)  #: prose spans of statements
    claims: list[Claim] = field(default_factory=list)

    def of(self, *kinds: str) -> list[Claim]:
        return [c for c in self.claims if c.kind in kinds]

    def credentials(self) -> list[Credential]:
        lex = lexicon()
        return [lex.credentials[c.value] for c in self.of("degree") if c.value in lex.credentials]

    @property
    def fields(self) -> set[str]:
        """Fields of the clinical credentials this person claims."""
        return {c.field for c in self.credentials() if c.clinical}

    @property
    def has_clinical_credential(self) -> bool:
        return bool(self.fields)

    @property
    def has_dr_title(self) -> bool:
        return bool(self.of("title"))

    def non_health_field(self) -> str:
        """The field of a stated degree when it is not a health field ("marketing" in
        "PhD in marketing"), or ""."""
        fields = lexicon().non_health_fields
        for claim in self.of("field"):
            if " ".join(claim.value.lower().split()) in fields:
                return claim.value
        for claim in self.of("degree"):
            # a degree whose own name gives its field: "Doctor of Divinity", "DMin" (doctor of ministry)
            for name, abbr in lexicon().name_to_abbr.items():
                if abbr == claim.value:
                    named = re.match(r"(?:doctor|doctorate|master|bachelor)(?:'s)?\s+(?:of|in)\s+(.+)", name)
                    if named and named.group(1) in fields:
                        return named.group(1)
        return ""

    def describe(self) -> str:
        return ", ".join(dict.fromkeys(c.value for c in self.of("degree"))) or "none stated"


@dataclass
class Credentials:
    """The people of a document whose credentials the rules judge, and the others it names."""
    people: list[Person]  #: authors, reviewers and expert endorsers, whose claims the rules judge
    #: named in a byline for other work (reporting, editing, photos) or only by an office
    #: or outlet in a scraped list of names; their words are not the author's claims
    others: list[Person] = field(default_factory=list)

    @property
    def authors(self) -> list[Person]:
        return [p for p in self.people if p.role == "author"]

    @property
    def reviewers(self) -> list[Person]:
        return [p for p in self.people if p.role == "reviewer"]


def parse_claims(text: str, offset: int = 0) -> list[Claim]:
    """Every credential claim in ``text`` (one person's statement), spans shifted by
    ``offset``."""
    lex = lexicon()
    out: list[Claim] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, s: int, e: int, value: str = "", **extra: str) -> None:
        out.append(Claim(kind, text[s:e], offset + s, offset + e, value, tuple(extra.items())))

    def overlaps(s: int, e: int) -> bool:
        return any(ts < e and s < te for ts, te in taken)

    for m in lex.names_re.finditer(text):
        abbr = lex.name_to_abbr[" ".join(m.group(0).lower().split())]
        add("degree", m.start(), m.end(), abbr)
        taken.append(m.span())
        _field(text, m.end(), add)
    for m in lex.abbr_re.finditer(text):
        abbr = _abbr_of_match(m, lex)
        cred = lex.credentials[abbr]
        if overlaps(*m.span()) or (not cred.anywhere and not _in_credential_list(text, m)):
            continue
        add("degree", m.start(), m.end(), abbr)
        taken.append(m.span())
        _field(text, m.end(), add)
    for m in TITLE_RE.finditer(text):
        add("title", m.start(), m.end(), "Dr.")
    for m in HONORIFIC_RE.finditer(text):
        add("honorific", m.start(), m.end(), m.group(0))
    for m in CERTIFICATION_RE.finditer(text):
        add("certification", m.start(), m.end(), m.group(0).lower())
    for rx, row in lex.specialties:
        for m in rx.finditer(text):
            add("specialty", m.start(), m.end(), row["specialty"], implies=row["implies"],
                topics=row["topics"])
    for m in SPECIALIZES_RE.finditer(text):
        add("specialty", m.start(1), m.end(1), m.group(1).strip(), implies="", topics="")
    titled: list[tuple[int, int]] = []
    for m in lex.titles_re.finditer(text):
        if overlaps(*m.span()):
            continue  # "registered dietitian nutritionist" is the protected title
        row = lex.titles[" ".join(m.group(0).lower().split())]
        add("unprotected-title", m.start(), m.end(), row["protected"],
            satisfied_by=row["satisfied_by"], note=row["note"])
        titled.append(m.span())
    for rx, row in lex.title_shapes:  # "certified gut-health specialist", "hormone coach"
        for m in rx.finditer(text):
            if overlaps(*m.span()) or any(ts < m.end() and m.start() < te for ts, te in titled):
                continue
            add("unprotected-title", m.start(), m.end(), row["protected"],
                satisfied_by=row["satisfied_by"], note=row["note"], shape="yes")
            titled.append(m.span())
    members: list[tuple[int, int]] = []
    cue = "yes" if MEMBER_CUE_RE.search(text) else "no"
    for rx, row in lex.bodies:
        for m in rx.finditer(text):
            s, e = _expand_name_left(text, m.start()), _expand_name_right(text, m.end())
            add("membership", s, e, row["implies"], described=row["described"], cue=cue)
            members.append((s, e))
    if lex.membership_re is not None:  # a body by its shape; the table decides what it implies
        for m in lex.membership_re.finditer(text):
            s, e = m.span("body")
            if any(ms < e and s < me for ms, me in members):
                continue
            known = next((r for rx, r in lex.body_words if rx.search(text, s, e)), None)
            add("membership", s, e, known["implies"] if known else "",
                described=known["described"] if known else "", cue="yes", shape="yes")
            members.append((s, e))
    for m in PUBLICATION_RE.finditer(text):
        add("publication", m.start(), m.end(), "research")
    puffs: list[tuple[int, int]] = []
    for m in lex.puffery_re.finditer(text):
        add("puffery", m.start(), m.end(), m.group(0).lower())
        puffs.append(m.span())
    for rx in lex.puffery_shapes:  # "world-leading", "America's #1 sleep doctor"
        for m in rx.finditer(text):
            if not any(ps < m.end() and m.start() < pe for ps, pe in puffs):
                add("puffery", m.start(), m.end(), " ".join(m.group(0).lower().split()), shape="yes")
                puffs.append(m.span())
    if lex.expertise_re is not None:
        for m in lex.expertise_re.finditer(text):
            add("expertise", m.start(), m.end(), m.group(0).lower())
    if lex.advises_re is not None:
        for m in lex.advises_re.finditer(text):
            add("advises", m.start(), m.end(), m.group(0).lower())
    for ident in find_identifiers(text):
        add("identifier", ident.start, ident.end, ident.value, scheme=ident.kind)
    if CITATION_RE.search(text):
        out.append(Claim("citation", "", offset, offset, "text"))
    out.sort(key=lambda c: (c.start, c.end))
    return out


#: A degree's field after a comma inside parentheses: "(PhD, Theology)".
LISTED_FIELD_RE = compile_re(r"\s*,\s*([A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|and|of))*)\s*\)")


def _field(text: str, end: int, add: object) -> None:
    m = FIELD_RE.match(text, end) or LISTED_FIELD_RE.match(text, end)
    if m and not lexicon().abbr_re.match(m.group(1)):
        add("field", m.start(1), m.end(1), m.group(1))  # type: ignore[operator]


def _in_credential_list(text: str, m: re.Match[str]) -> bool:
    """An ambiguous abbreviation (MS, DO, PA, RD) counts only inside a list of credentials
    after a name: "Jane Doe, MS, RD" or "(DO)"."""
    before = text[: m.start()].rstrip()
    after = text[m.end():].lstrip()
    return before.endswith((",", "(", "/", ";")) and (not after or after[0] in ",);/." or after[:1].islower())


def _expand_name_left(text: str, start: int) -> int:
    """Extend a matched body name to its capitalised words ("American Holistic …")."""
    words = list(re.finditer(r"[\w'’.&-]+", text[:start]))
    s = start
    for w in reversed(words):
        if text[w.end():s].strip():
            break
        if w.group(0)[:1].isupper() or w.group(0) in ("of", "for", "and"):
            s = w.start()
        else:
            break
    return s


def _expand_name_right(text: str, end: int) -> int:
    m = re.match(r"(?:\s+(?:of|for|and|&)?\s*[A-Z][\w'’-]*)*", text[end:])
    return end + (m.end() if m else 0)


# -- people -------------------------------------------------------------------------


def _clean_name(raw: str) -> tuple[str, bool]:
    m = NAME_RE.match(raw)
    if not m:
        return raw.strip()[:60], False
    name = m.group("name").strip().rstrip(".,")
    name = re.split(r",", name)[0]
    return name, bool(m.group("title") and m.group("title").lower().startswith(("dr", "doctor")))


def _same_person(a: str, b: str) -> bool:
    la, lb = a.lower().split(), b.lower().split()
    return bool(la and lb) and (la == lb or la[-1] == lb[-1])


def _front_matter_people(doc: Document) -> Iterator[Person]:
    for role, keys in (("author", ("author", "authors", "byline")),
                       ("reviewer", ("reviewer", "reviewers", "medically_reviewed_by", "reviewed_by"))):
        for raw in doc.meta_list(*keys):
            name, dr = _clean_name(raw)
            claims = [Claim(c.kind, c.text, -1, -1, c.value, c.extra) for c in parse_claims(raw)]
            if dr and not any(c.kind == "title" for c in claims):
                claims.append(Claim("title", "Dr.", -1, -1, "Dr."))
            yield Person(name, role, ["front-matter"], [], claims)
    extra = doc.meta_list("credentials", "author_credentials")
    if extra:
        claims = [Claim(c.kind, c.text, -1, -1, c.value, c.extra) for c in parse_claims(" , ".join(extra))]
        authors = doc.meta_list("author", "authors")
        yield Person(_clean_name(authors[0])[0] if authors else "", "author", ["front-matter"], [], claims)
    for key in ("orcid", "npi"):
        for raw in doc.meta_list(key, f"author_{key}"):
            authors = doc.meta_list("author", "authors")
            yield Person(_clean_name(authors[0])[0] if authors else "", "author", ["front-matter"], [],
                         [Claim("identifier", raw, -1, -1, raw, (("scheme", key),))])


REVIEW_RE = compile_re(r"\s*(?:medically |clinically |expert |fact[- ])?(?:reviewed|checked|fact-checked)"
                       r"(?: by)?\s*:?\s*", re.IGNORECASE)
#: Credit for work other than writing the piece (AP Stylebook "additional reporting by",
#: photo and illustration credits). After the author, such a credit names people who are not
#: the author.
_CREDIT = (
    r"(?:with\s+)?(?:(?:additional|further|more)\s+)?(?:reporting|research|writing|editing)\s+(?:by|from)\b|"
    r"(?:" + _WORDS["credit_verbs"] + r")\s+by\b|"
    r"(?:" + _WORDS["credit_media"] + r")(?:\s+credits?)?\s*"
    r"(?:by\b|:|©)|©|courtesy\b"
)
CREDIT_RE = compile_re(rf"\s*(?:{_CREDIT})", re.IGNORECASE)
#: Where a byline line holds a second statement: "By Jane Doe, RN · Reviewed by John Roe, MD",
#: "By Jane Doe; additional reporting by John Roe", "By Jane Doe. Photo: …". A cut starts
#: where a run of spaces starts (``(?<!\s)``), as the leftmost match always did, so a long
#: run of spaces is scanned once, not once from each of its spaces.
SEGMENT_RE = compile_re(
    r"(?<!\s)\s*[·•|;]\s*|(?<!medically)(?<!clinically)(?<!expert)(?<!fact)(?<!\s)\s+"
    r"(?=(?:medically |clinically |expert |fact[- ])?(?:reviewed|checked) by\b)|"
    rf"(?:[,.]|(?<!\s))\s+(?=(?:{_CREDIT}))",
    re.IGNORECASE,
)
AUTHOR_PREFIX_RE = compile_re(
    r"\s*(?:(?:" + _WORDS["byline_verbs"] + r") by|by|author)\s*:?\s*", re.IGNORECASE
)
#: A personal name: optional title, then two to four capitalised words (initials allowed).
PERSON_NAME_RE = compile_re(
    r"(?:(?:" + _WORDS["name_titles"] + r")\.?\s+)?[A-Z][\w'’-]*\.?(?:\s+(?:[A-Z][\w'’-]*\.?|"
    + _WORDS["name_particles"] + r")){1,3}"
    r"(?=\s*(?:$|[,;(]|\s(?:and|&|is|was|MD|RN|PhD)\b))"
)
SPLIT_PEOPLE_RE = compile_re(r"\s*;\s*|\s+(?:and|&)\s+(?=(?:Dr\.?\s+)?[A-Z][a-z]+\s+[A-Z])")
#: Words that make a capitalised byline item an outlet, an organisation or a job rather than a
#: personal name ("Reuters Health", "For The Inquirer", "Associated Press", "Staff Writer").
#: Sources: AP Stylebook entries "bylines" and "credit lines"; common news-wire names.
NOT_A_NAME_RE = compile_re(
    r"\b(?:" + _WORDS["not_a_name"] + r")\b|"
    r"^(?:for|special to|via|from)\b",
    re.IGNORECASE,
)


def _byline_people(doc: Document) -> Iterator[Person]:
    for _, block in doc.blocks_with_role(BYLINE):
        line = doc.block_text(block)
        cuts = [0, *(m.start() for m in SEGMENT_RE.finditer(line) if m.start() > 0), len(line)]
        for i, (a, b) in enumerate(itertools.pairwise(cuts)):
            yield from _byline_segment(line, a, b, block.start, credit=i > 0)


def _byline_segment(line: str, a: int, b: int, offset: int, credit: bool) -> Iterator[Person]:
    """People in ``line[a:b]``: "By Jane Doe, RN and John Roe" or "Reviewed by …". With
    ``credit``, a segment that credits other work ("additional reporting by …") names others."""
    seg = re.sub(r"^[\s·•|;,.]+", "", line[a:b])
    a = b - len(seg) if seg else b
    credited = CREDIT_RE.match(line, a, b) if credit else None
    if credited:
        name = _clean_name(line[credited.end():b].lstrip(" :"))[0]
        yield Person(name, "other", ["byline"], [(offset + credited.end(), offset + b)], [])
        return
    prefix = REVIEW_RE.match(line, a, b)
    role = "reviewer" if prefix else "author"
    if prefix is None:
        prefix = AUTHOR_PREFIX_RE.match(line, a, b)
    pos = prefix.end() if prefix else a
    if not PERSON_NAME_RE.match(line, pos, b):
        return  # "By contrast, …", "Author disclosures …": not a byline after all
    first = True
    for part in SPLIT_PEOPLE_RE.split(line[pos:b]):
        for s, e in _name_groups(part):
            text = part[s:e]
            claims = parse_claims(text, offset + pos + s)
            name = _clean_name(text)[0]
            # a later name described only by an office or outlet is listed, not writing
            listed = not first and text.strip() != name and not any(c.kind in ("degree", "title") for c in claims)
            yield Person(name, "other" if listed else role, ["byline"], [(offset + pos + s, offset + pos + e)], claims)
            first = False
        pos += len(part)
        sep = SPLIT_PEOPLE_RE.match(line, pos, b)
        if sep:
            pos = sep.end()


def _name_groups(part: str) -> list[tuple[int, int]]:
    """Spans of ``part`` that belong to one person each: a comma-separated item that is a
    personal name starts a new person ("Jane Doe, MD, John Roe, RN"); credentials, offices
    and outlets stay with the name before them. A leading outlet ("ABC News, Dr. Jamie Roe")
    is nobody's."""
    items = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", part)]
    groups: list[list[int]] = []
    for s, e in items:
        item = part[s:e].strip()
        if _is_name(item):
            groups.append([s, e])
        elif groups:
            groups[-1][1] = e
        elif not NOT_A_NAME_RE.search(item):
            groups.append([s, e])  # no name first: keep the words for the first person
    return [(s + len(part[s:e]) - len(part[s:e].lstrip()), e) for s, e in groups]


def _is_name(item: str) -> bool:
    lex = lexicon()
    m = PERSON_NAME_RE.fullmatch(item)
    return bool(m) and not NOT_A_NAME_RE.search(item) and not lex.abbr_re.search(item) and \
        not lex.names_re.search(item) and not lex.titles_re.search(item) and \
        not any(rx.search(item) for rx, _ in [*lex.bodies, *lex.specialties])


#: The label before a bio paragraph's first name: "About the author:", "About Dr. Lisa:",
#: "Our author, …".
BIO_LABEL_STRIP_RE = compile_re(
    r"^\s*(?:about (?:the |our |this )?(?:author|writer|reviewer|contributor|expert)s?|about me|"
    r"author(?:'s|’s)? bio(?:graphy)?|about (?:dr|prof)\.?\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}(?=\s*[:—–])|"
    r"our (?:author|writer|expert|reviewer)s?(?=,))\s*[:.—–,-]\s*",
    re.IGNORECASE,
)


def _bio_people(doc: Document) -> Iterator[Person]:
    current: Person | None = None
    section_role = "author"
    for _, block in doc.blocks_with_role(BIO):
        if block.kind == "heading":
            title = doc.block_text(block).lower()
            current = None
            section_role = "reviewer" if "review" in title else "author"
            continue
        text = doc.block_text(block)
        stripped = BIO_LABEL_STRIP_RE.sub("", text, count=1)
        claims = parse_claims(text, block.start)  # "About Dr. Lisa:" gives her title
        span = (block.start, block.end)
        if current is not None and (ROLE_NAME_RE.match(stripped) or not NAME_RE.match(stripped)):
            current.spans.append(span)
            current.claims.extend(claims)
            continue
        name, _ = _clean_name(stripped)
        current = Person(name, section_role, ["bio"], [span], claims)
        yield current


#: An expert endorsement in the body: "Developed by America's #1 sleep doctor", "formulated
#: under the direction of Dr. Lara Voss, PhD in marketing" (FTC Endorsement Guides, 16 CFR
#: 255.3: an expert endorser's qualifications must be real and relevant).
ENDORSEMENT_RE = compile_re(
    r"\b(?=[dfciaerbtv])(?:" + _WORDS["endorsement_verbs"] + r")\s+(?:\w+\s+){0,3}?(?:by|under)\s+(?:the\s+)?(?:(?:direction|guidance|supervision)\s+of\s+)?",
    re.IGNORECASE,
)
ENDORSER_END_RE = compile_re(
    r"[;:]|\s[—–]\s|,\s+(?!(?:a|an|the|who|whose|one|our|his|her|their|and|with)\b)(?-i:[a-z])|"
    r"\s(?:to|after|before|while|because|when|which|that)\s", re.IGNORECASE)
#: Claims that make an endorser's words a credential statement worth judging.
ENDORSER_KINDS = ("title", "degree", "puffery", "unprotected-title", "membership", "expertise")


def _endorsement_people(doc: Document) -> Iterator[Person]:
    sentences = doc.sentences
    for m in ENDORSEMENT_RE.finditer(doc.text):
        i = doc.sentence_at(m.start())
        if i < 0 or doc.blocks[sentences[i].block].role != BODY:
            continue
        sent = sentences[i]
        # the endorser's description ends with its clause: "developed by a physician, to
        # make the claim…" is about the product again after the comma
        clause = ENDORSER_END_RE.search(doc.text, m.end(), min(sent.end, m.end() + 160))
        end = clause.start() if clause else min(sent.end, m.end() + 160)
        text = doc.text[m.end():end]
        claims = parse_claims(text, m.end())
        if not any(c.kind in ENDORSER_KINDS for c in claims):
            continue
        name, dr = _clean_name(text)
        if dr and not any(c.kind == "title" for c in claims):
            claims.append(Claim("title", "Dr.", m.end(), m.end() + 3, "Dr."))
        yield Person(name if NAME_RE.match(text) and name[:1].isupper() else "", "endorser",
                     ["endorsement"], [(m.end(), end)], claims)


#: A person presented to the reader in the body of a page that is not news: "Meet Dr. Jo
#: Price, who…", "Our founder, Dr. Neil Abbott (…), designed…", "From the desk of Kim Lau,
#: …", "I'm Tara, a certified …", "Kim Lau, our resident wellness expert, …". Their words
#: about themselves are a bio wherever they stand; a news report's sources are left to it.
INTRO_RE = compile_re(
    r"^\W*(?:meet|introducing|say hello to|from the desk of|a (?:note|message|word|letter) from|"
    r"(?:hi|hello)[,!]?\s+i['’]m|i['’]m|i am|my name is|"
    r"(?:our|my|the)\s+(?:[\w-]+\s+){0,2}?(?:" + _WORDS["intro_roles"] + r")\s*,)\s+",
    re.IGNORECASE,
)
#: A named person in apposition with a possessive role: "Kim Lau, our resident expert, …".
INTRO_APPOSITION_RE = compile_re(
    r"^\W*(?:(?:Dr|Prof)\.?\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2},\s+(?:our|my)\s+",
    re.IGNORECASE,
)


def _introduced_people(doc: Document) -> Iterator[Person]:
    if genre(doc).is_(NEWS, PRESS_RELEASE):
        return
    for sent in doc.sentences:
        if doc.blocks[sent.block].role != BODY:
            continue
        text = doc.text[sent.start:sent.end]
        m = INTRO_RE.match(text) or INTRO_APPOSITION_RE.match(text)
        if m is None:
            continue
        rest = text[m.end():] if m.re is INTRO_RE else text
        offset = sent.start + (m.end() if m.re is INTRO_RE else 0)
        claims = parse_claims(rest, offset)
        if not any(c.kind in ENDORSER_KINDS for c in claims):
            continue
        name, dr = _clean_name(rest)
        if dr and not any(c.kind == "title" for c in claims):
            claims.append(Claim("title", "Dr.", offset, offset + 3, "Dr."))
        role = "author" if re.match(r"\W*(?:i['’]m|i am|my name|(?:hi|hello))", text, re.IGNORECASE) else "endorser"
        yield Person(name if NAME_RE.match(rest) and name[:1].isupper() else "", role,
                     ["introduction"], [(sent.start, sent.end)], claims)


#: A role noun that a praise word can inflate ("renowned wellness expert", "a top-rated
#: hormone expert", "internationally acclaimed longevity pioneer").
ROLE_NOUN_RE = compile_re(
    r"\b(?:" + _WORDS["role_nouns"] + r"|[a-z]+ologist|[a-z]+ician)s?\b",
    re.IGNORECASE,
)


def _cited_people(doc: Document, taken: list[tuple[int, int]]) -> Iterator[Person]:
    """A source the body leans on, introduced by an inflated credential: praise fused with a
    role noun ("Renowned wellness expert Jade Moreno recommends…", "Sam Okoye, a top-rated
    hormone expert, says…", "developed with internationally acclaimed longevity pioneer
    Viktor Hale") or an unprotected title ("Certified nutritionist Paul Hart says…",
    "a triple-certified functional medicine specialist"). The phrase is judged as that
    person's statement; sentences already read as a bio, byline or endorsement are left to it.
    A news report's or press release's sources are the reporter's to describe ("a leading
    expert at Northwestern Medicine", "nutritionist Jane Roe said"): on real news those read
    as description, not borrowed authority, and are left alone."""
    g = genre(doc)
    if newsroom(doc) or (g.is_(NEWS, PRESS_RELEASE) and "byline" in g.cues.get(g.label, {})):
        return  # a news story (confidently, or read as news and carrying a byline)
    lex = lexicon()
    for sent in doc.sentences:
        if doc.blocks[sent.block].role != BODY or any(a < sent.end and sent.start < b for a, b in taken):
            continue
        text = doc.text[sent.start:sent.end]
        if not ROLE_NOUN_RE.search(text):
            continue
        if not (lex.puffery_re.search(text) or any(p.search(text) for p in lex.puffery_shapes)
                or any(p.search(text) for p, _row in lex.title_shapes) or lex.titles_re.search(text)):
            continue
        claims = parse_claims(text, sent.start)
        inflating = []
        for c in claims:
            before = doc.text[sent.start:c.start]
            if (before.count("“") > before.count("”")) or before.count('"') % 2:
                continue  # someone quoted praising a colleague ("… an internationally recognized researcher," said …)
            if c.kind == "unprotected-title":
                inflating.append(c)
            elif c.kind == "puffery":
                # the praise word sits on a role noun: "renowned … expert", not "a renowned hospital"
                role = ROLE_NOUN_RE.search(doc.text, c.end, min(sent.end, c.end + 45))
                if role and not re.search(r"[,;.:]", doc.text[c.end:role.start()]):
                    inflating.append(c)
        if not inflating:
            continue
        name = _CITED_NAME_RE.search(text)
        yield Person(name.group(0) if name else "", "source", ["body"], [(sent.start, sent.end)], claims)


#: A person's name in a sentence: two or three capitalised words not at a sentence opener.
_CITED_NAME_RE = compile_re(r"(?<!^)(?<![.!?]\s)\b(?:Dr\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+\b")


def build_credentials(doc: Document) -> Credentials:
    """The ``credentials`` analysis: every person and their claims, merged by name."""
    people: list[Person] = []
    others: list[Person] = []
    bio = list(_bio_people(doc))
    taken: list[tuple[int, int]] = []
    found = itertools.chain(_front_matter_people(doc), _byline_people(doc), bio, _endorsement_people(doc),
                            _introduced_people(doc))
    # a byline's people are yielded one at a time, each settled before the next is read: the
    # sources cited in the body come last, outside the statements already read
    for person in itertools.chain(found, _cited_people(doc, taken)):  # a generator: runs after the rest
        taken.extend(span for span in person.spans if span[0] >= 0)
        if person.role == "other":
            others.append(person)
            continue
        if person.role == "author" and any(_same_person(person.name, r) for r in doc.reviewers):
            person.role = "reviewer"
        match = next((p for p in people if p.role == person.role and
                      (not person.name or not p.name or _same_person(p.name, person.name))), None)
        if match is None:
            people.append(person)
            continue
        match.sources.extend(s for s in person.sources if s not in match.sources)
        match.spans.extend(person.spans)
        match.claims.extend(person.claims)
        if not match.name:
            match.name = person.name
    return Credentials(people, others)


def credentials(doc: Document) -> Credentials:
    return doc.analysis("credentials", build_credentials)
