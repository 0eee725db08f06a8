"""The reference section parsed into entries, and the citation markers that point at them.

``reference_entries(doc)`` (shared through ``doc.analysis("references", parse_references)``)
returns one ``ReferenceEntry`` for each item of the reference list, whatever its shape:

* the seed's plain-text "Related Resources" lines,
  ``Name (Type): [description] – https://…``;
* Markdown or HTML lists of links, Vancouver/AMA or APA style citations with a DOI or PMID;
* Markdown footnote definitions (``[^3]: …``), which are entries wherever they stand.

Not entries: a paragraph or list item whose every link follows a pointer phrase ("For more
information, visit www.gsk.com", ``reference_orgs.toml`` [pointers]), and, under the
reference heading of a press release, the organisation's boilerplate from a plain "About
Acme Inc." or "Forward-Looking Statements" line on (the structure keeps those lines inside
the reference section, as it keeps a source's name there).

Every field is best effort; rules test for ``None``. Offsets are prose offsets of
``doc.text`` so findings land on the entry's exact source line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from urllib.parse import urlsplit

from lint_rules import knowledge
from lint_rules.document import BODY, LIST_ITEM, PARAGRAPH, REFERENCES, TABLE, Document, Link
from lint_rules.store.compiled_re import compile_re
from lint_rules.structure import ABOUT_HEADING_RE, PLAIN_HEADING

#: DOIs as Crossref recommends matching them (``10.`` + registrant + ``/`` + suffix).
DOI_RE = compile_re(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
PMID_RE = compile_re(r"\bPMID\s*:?\s*(\d{1,9})\b|pubmed\.ncbi\.nlm\.nih\.gov/(\d{1,9})\b"
                     r"|ncbi\.nlm\.nih\.gov/pubmed/(\d{1,9})\b", re.IGNORECASE)
PMCID_RE = compile_re(r"\b(PMC\d{4,9})\b")
#: "Name (Type): [description] – URL" (the seed's Related Resources list).
_DESCRIBED_RE = compile_re(
    r"^\s*+(?P<head>[^\"“:]{2,120}?)\s*\((?P<type>[A-Za-z][A-Za-z &/,'’-]{2,59})\)\s*:\s*(?P<rest>.*)$",
    re.DOTALL,
)
#: A leading list number or bracketed label: "1.", "[2]", "3)".
_LABEL_RE = compile_re(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s+")
_YEAR_RE = compile_re(r"\b(19[5-9]\d|20[0-4]\d)\b")
_TRAILING = ".,;:)]}>'\"”’"


@dataclass
class ReferenceEntry:
    """One entry of the reference list (or one footnote definition)."""

    start: int  #: prose offsets of the entry's text
    end: int
    block: int  #: index into ``doc.blocks``
    text: str
    number: int  #: 1-based position in the reference list (footnotes: their order)
    label: str | None = None  #: footnote label or the number printed before the entry
    organisation: str | None = None
    title: str | None = None
    url: str | None = None
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    year: int | None = None
    described_type: str | None = None  #: what the list says the source is ("Government Portal")
    description: str | None = None
    kind: str = "list"  #: list, footnote or paragraph
    urls: list[str] = field(default_factory=list)

    @property
    def domain(self) -> str | None:
        return url_domain(self.url) if self.url else None

    def as_dict(self) -> dict[str, object]:
        return {
            "number": self.number, "label": self.label, "kind": self.kind, "text": self.text,
            "organisation": self.organisation, "title": self.title, "url": self.url,
            "doi": self.doi, "pmid": self.pmid, "pmcid": self.pmcid, "year": self.year,
            "described_type": self.described_type, "start": self.start, "end": self.end,
            "block": self.block,
        }


def url_domain(url: str) -> str:
    """Host of ``url`` without ``www.`` (accepts ``www.example.org/x`` without a scheme)."""
    if "://" not in url:
        url = "http://" + url
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def clean_doi(raw: str) -> str:
    doi = raw.rstrip(_TRAILING)
    # a DOI that swallowed a closing bracket of its own sentence: "(doi:10.1/x)."
    while doi.endswith(")") and doi.count("(") < doi.count(")"):
        doi = doi[:-1]
    return doi


def find_identifiers(text: str) -> dict[str, str]:
    """DOI, PMID and PMC id written anywhere in ``text`` (first of each)."""
    out: dict[str, str] = {}
    m = DOI_RE.search(text)
    if m:
        out["doi"] = clean_doi(m.group(1))
    m = PMID_RE.search(text)
    if m:
        out["pmid"] = next(g for g in m.groups() if g)
    m = PMCID_RE.search(text)
    if m:
        out["pmcid"] = m.group(1)
    return out


def reference_entries(doc: Document) -> list[ReferenceEntry]:
    """The document's reference entries, computed once per document."""
    return doc.analysis("references", parse_references)


def parse_references(doc: Document) -> list[ReferenceEntry]:
    entries: list[ReferenceEntry] = []
    footnotes: list[ReferenceEntry] = []
    boilerplate_section = -1  # a reference section whose tail is an organisation's boilerplate
    for i, block in enumerate(doc.blocks):
        if not block.is_prose:
            continue
        if block.info == "footnote":
            entry = _entry(doc, i, len(footnotes) + 1, "footnote")
            entry.label = _footnote_label(doc, block.source_start) or str(entry.number)
            footnotes.append(entry)
        elif block.role == REFERENCES and block.kind in (LIST_ITEM, PARAGRAPH, TABLE):
            text = doc.block_text(block)
            if block.kind == PARAGRAPH and block.info == PLAIN_HEADING and ABOUT_HEADING_RE.match(text):
                boilerplate_section = block.section
                continue  # "About Allergan plc", "Forward-Looking Statements" under the references
            if block.section == boilerplate_section:
                continue  # the company's description, its safe-harbour text, its contacts
            links = block_links(doc, i)
            if block.kind != LIST_ITEM and not links and not find_identifiers(text) \
                    and not _LABEL_RE.match(text):
                continue  # an introduction ("Here are 7 resources…"), not an entry
            if links and not find_identifiers(text) and _only_pointers(doc, text, block.start, links):
                continue  # "For more information, visit www.gsk.com": a pointer, not a source
            entries.append(_entry(doc, i, len(entries) + 1,
                                  "list" if block.kind == LIST_ITEM else "paragraph"))
    return entries + footnotes


@lru_cache(maxsize=1)
def _pointer_re() -> re.Pattern[str]:
    phrases = knowledge.read_toml("reference_orgs.toml")["pointers"]["phrases"]
    return compile_re(r"\b(?:" + "|".join(f"(?:{p})" for p in phrases) + ")", re.IGNORECASE)


def _only_pointers(doc: Document, text: str, start: int, links: list[Link]) -> bool:
    """Every link of the block follows a pointer phrase in its own sentence ("For further
    information please visit www.gsk.com"; "Dermatologists … can be found at
    www.coolsculpting.com"): the block sends the reader on, it cites nothing."""
    pointer = _pointer_re()
    for lk in links:
        at = max(0, lk.start - start)
        sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text[:at])[-1]
        if not pointer.search(sentence):
            return False
    return True


@lru_cache(maxsize=1)
def _linked_sources() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``reference_orgs.toml`` ``[linked_sources]``: shop hosts, shop paths, the bare link words
    of a scraped page, and the phrases that point at a list of sources."""
    d = knowledge.read_toml("reference_orgs.toml")["linked_sources"]
    words = "|".join(d["trace_words"])
    leads = "|".join(d["trace_leads"])
    return (frozenset(d["shop_hosts"]),
            compile_re(r"/(?:" + "|".join(d["shop_paths"]) + r")(?:/|$)", re.IGNORECASE),
            compile_re(rf"(?<!\w)(?:{leads})\s*(?:{words})(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:{words})\s*,\s*(?:and\s+)?)*(?:{words})\b(?![\w-])",
                       re.IGNORECASE),
            compile_re(r"(?:" + "|".join(d["pointers"]) + ")", re.IGNORECASE))


@cache
def _shop_words() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """``[linked_sources]`` shop words (a shop only on a seller's site), the document words that
    make such a path a document's, and the public hosts' suffixes."""
    d = knowledge.read_toml("reference_orgs.toml")["linked_sources"]
    return (compile_re(r"/(?:" + "|".join(d["shop_words"]) + r")(?:/|$)", re.IGNORECASE),
            compile_re(r"(?<![a-z])(?:" + "|".join(d["document_words"]) + r")(?![a-z])", re.IGNORECASE),
            tuple(d["public_hosts"]))


def _public_host(host: str) -> bool:
    """A government, health-service, academic or intergovernmental host sells nothing."""
    return any(host == h or host.endswith("." + h) for h in _shop_words()[2])


def source_link(url: str) -> bool:
    """A link that can source a claim: to a page of a site, not its front page ("https://
    example.org/"), a search box (``[portals]``) or a shop (a marketplace, or a shop
    platform's product, collection, cart or checkout path; ``[linked_sources]``). A "product" or
    "store" path is a shop only on a seller's site and when it names no document: a public
    body's publications store and a product monograph are sources."""
    parts = urlsplit(url if "//" in url else "//" + url)
    host = parts.netloc.lower().removeprefix("www.")
    if not parts.path.strip("/") and not parts.query:
        return False  # the home page names a site, not the research
    shops, shop_path, _, _ = _linked_sources()
    if any(host == h or host.endswith("." + h) for h in shops):
        return False
    if not _public_host(host) and (shop_path.search(parts.path) or (
            _shop_words()[0].search(parts.path) and not _shop_words()[1].search(parts.path))):
        return False  # a seller's product page; not a public body's store of free leaflets or a
        # product monograph ("store.<agency>.gov/product/…", "/product/veltrin-monograph.pdf")
    portals = knowledge.read_toml("reference_orgs.toml")["portals"]
    return not (host in portals["hosts"] and (not parts.path.strip("/")
                                              or any(re.search(p, parts.path) for p in portals["paths"])))


def link_traces(text: str) -> bool:
    """The bare words of links a page's scrape to plain text left: two or more coordinated
    "this"/"here" standing for links, after a word that introduces examples ("…, including this,
    this, and this"; "(see here and here)"; not "do this and this")."""
    return _linked_sources()[2].search(text) is not None


def points_to_sources(doc: Document, start: int, end: int) -> bool:
    """The text ``start:end`` points at a list of sources further on ("the studies are linked
    below", "see the references") and the article has one: a reference list, or links after it
    in its own paragraph. Any later link is not the list (a blog's recipe link further down)."""
    if not _linked_sources()[3].search(doc.text, start, end):
        return False
    if any(b.role == REFERENCES for b in doc.blocks):
        return True
    block = next((i for i, b in enumerate(doc.blocks) if b.start <= start < b.end), None)
    return block is not None and any(lk.start >= end and source_link(lk.url) for lk in block_links(doc, block))


def block_links(doc: Document, index: int) -> list[Link]:
    """Links whose anchor lies in block ``index`` (by span, which stays right when a parser
    records a link's start just before the block's separator)."""
    block = doc.blocks[index]
    starts, links, by_block, longest, order = doc.analysis("references.link-index", _link_index)
    # candidates: links starting within ``longest`` characters before the block, up to its
    # end (links are sorted by start), and those the parser placed in the block; looking
    # each entry's links up this way keeps a 1,000-entry reference list linear, where
    # scanning every link for every entry was entries × links
    lo = bisect.bisect_left(starts, block.start - longest)
    hi = bisect.bisect_left(starts, block.end)
    found = {id(lk): lk for lk in links[lo:hi] if lk.end > block.start and lk.start < block.end}
    for lk in by_block.get(index, ()):
        found.setdefault(id(lk), lk)
    return sorted(found.values(), key=lambda lk: order[id(lk)])


def _link_index(doc: Document) -> tuple[list[int], list[Link], dict[int, list[Link]], int, dict[int, int]]:
    links = sorted((lk for lk in doc.links if lk.kind != "image"), key=lambda lk: lk.start)
    by_block: dict[int, list[Link]] = {}
    for lk in links:
        by_block.setdefault(lk.block, []).append(lk)
    longest = max((lk.end - lk.start for lk in links), default=0)
    order = {id(lk): n for n, lk in enumerate(doc.links)}
    return [lk.start for lk in links], links, by_block, longest, order


def _footnote_label(doc: Document, source_start: int) -> str | None:
    line_start = doc.source.rfind("\n", 0, source_start) + 1
    m = re.match(r"\s*\[\^([^\]]+)\]:", doc.source[line_start:source_start + 200])
    return m.group(1) if m else None


def _entry(doc: Document, index: int, number: int, kind: str) -> ReferenceEntry:
    block = doc.blocks[index]
    text = doc.block_text(block)
    entry = ReferenceEntry(block.start, block.end, index, text, number, kind=kind)
    label = _LABEL_RE.match(text)
    body = text
    if label:
        entry.label = label.group(1) or label.group(2)
        body = text[label.end():]
    links = block_links(doc, index)
    entry.urls = [lk.url for lk in links]
    if links:
        entry.url = links[0].url
    ids = find_identifiers(text + " " + " ".join(entry.urls))
    entry.doi, entry.pmid, entry.pmcid = ids.get("doi"), ids.get("pmid"), ids.get("pmcid")
    if entry.url is None and entry.doi:
        entry.url = f"https://doi.org/{entry.doi}"
    years = _YEAR_RE.findall(body)
    entry.year = int(years[0]) if years else None

    described = _DESCRIBED_RE.match(body)
    if described and not described.group("head").startswith("http"):
        entry.organisation = described.group("head").strip()
        entry.described_type = described.group("type").strip()
        rest = described.group("rest")
        desc = re.match(r"\s*\[(.*?)\]", rest, re.DOTALL)
        entry.description = (desc.group(1) if desc else _strip_urls(rest)).strip(" –—-") or None
        return entry

    quoted = _QUOTED_TITLE.search(body)
    if quoted:
        entry.title = quoted.group("title").strip(" .")
        entry.organisation = body[:quoted.start()].strip(" .,;:") or None
        return entry
    anchored = [lk for lk in links if lk.text and not DOI_RE.match(lk.text)
                and not lk.text.startswith(("http", "www."))]
    if anchored:
        entry.title = " ".join(anchored[0].text.split())
        rest = _strip_urls(body.replace(anchored[0].text.strip(), " ")).strip(" .,–—-:|")
        org = re.split(r"\s[–—|-]\s|,\s", _split_fields(rest)[0])
        entry.organisation = (org[0].strip(" .,") or None) if rest else None
        if entry.organisation and len(entry.organisation) > 80:
            entry.organisation = None
        return entry
    _citation_fields(entry, _strip_urls(body))
    return entry


#: Patterns of the entry parsers, compiled once per machine (``compile_re``), not per process.
_QUOTED_TITLE = compile_re(r"[\"“](?P<title>[^\"”]{8,300})[\"”]")
_URL = compile_re(r"(?:https?://|www\.)\S+")
_IDENTIFIER = compile_re(r"\b(?:doi|PMID|PMCID)\s*:?\s*\S+", re.IGNORECASE)
# authors bounded: ".+?" then "\s*" tried every split of a long run of spaces
_APA = compile_re(r"(?P<authors>.{1,600}?)(?<!\s)\s*\((?:\d{4}[a-z]?|n\.d\.)[^)]*\)\.\s*(?P<title>[^.?!]+[.?!]?)")


def _strip_urls(text: str) -> str:
    text = _URL.sub(" ", text)
    text = _IDENTIFIER.sub(" ", text)
    return " ".join(text.split())


def _citation_fields(entry: ReferenceEntry, body: str) -> None:
    """Title and publisher of a written citation (Vancouver, AMA, APA or "Org. Title.")."""
    apa = _APA.match(body)
    if apa:
        entry.title = apa.group("title").strip(" .")
        entry.organisation = apa.group("authors").strip(" .,")
        return
    parts = [p.strip() for p in _split_fields(body) if p.strip()]
    if len(parts) >= 2:
        entry.organisation = parts[0].strip(" .")
        entry.title = parts[1].strip(" .")
    elif parts:
        head = re.split(r"\s[–—|-]\s|:\s", parts[0], maxsplit=1)
        entry.organisation = head[0].strip(" .") or None
        entry.title = head[1].strip(" .") if len(head) > 1 else None


def _split_fields(body: str) -> list[str]:
    """Split a citation at ". " field ends, but not inside "U.S. Food" or after "Dr."."""
    parts, start = [], 0
    for m in re.finditer(r"\.\s+(?=[A-Z0-9])", body):
        token = body[:m.start()].rsplit(None, 1)[-1] if body[:m.start()].strip() else ""
        if "." in token or token in ("Dr", "St", "Mr", "Ms", "Prof", "Inc", "vs"):
            continue
        parts.append(body[start:m.start()])
        start = m.end()
    parts.append(body[start:])
    return parts


# -- citations from the text to the entries ---------------------------------------------

#: "[3]", "[2, 5]", "[1–4]", "(3)" after a word, or superscript digits.
MARKER_RE = compile_re(r"\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]|(?:(?<=[a-z.,;)])|(?<=[a-z.,;)] ))\((\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\)"
                       r"|([¹²³⁴⁵⁶⁷⁸⁹⁰]+)")
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


def marker_numbers(text: str) -> list[tuple[int, int, list[int]]]:
    """Numeric citation markers in ``text``: (start, end, numbers they cite)."""
    out = []
    for m in MARKER_RE.finditer(text):
        raw = m.group(1) or m.group(2) or (m.group(3) or "").translate(_SUPERSCRIPT)
        numbers: list[int] = []
        for part in re.split(r"\s*,\s*", raw):
            bounds = re.split(r"\s*[–-]\s*", part)
            if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
                lo, hi = int(bounds[0]), int(bounds[1])
                numbers.extend(range(lo, min(hi, lo + 50) + 1))
            elif part.isdigit():
                numbers.append(int(part))
        out.append((m.start(), m.end(), numbers))
    return out


#: A note line: a paragraph that opens with its number, bare ("1 Patterns of …, Roe, et al.
#: Eye Care, 2015."), and then a citation: a year and authors' "et al." or two commas' fields.
_NOTE_LINE_RE = compile_re(r"^\s*(\d{1,2})\s+[A-Z\"“'‘]")


@cache
def _note_cues() -> dict[str, list[str]]:
    """``reference_orgs.toml [note_lines]``: a note line's author mark, a sentence's end marks."""
    d: dict[str, list[str]] = knowledge.read_toml("reference_orgs.toml")["note_lines"]
    return d


@cache
def _et_al_re() -> re.Pattern[str]:
    return compile_re(r"\b(?:" + "|".join(map(re.escape, _note_cues()["author_marks"])) + r")\b")
#: The bare number a scrape leaves of a superscript after a sentence's end mark ("… they
#: forget. 1 Some studies …", "… vision loss. 2"): what follows the sentence, then the next
#: sentence's capital or the paragraph's end ("… forget. 1 in 5 patients …" is a count).
_TRAILING_NOTE_RE = compile_re(r"[ \t]?(\d{1,2})(?=[ \t]+[A-Z“\"]|\s*$)")


def note_numbers(doc: Document) -> frozenset[int]:
    """The numbers of the article's note lines: paragraphs that open with a bare number and go
    on as a citation (a year, and "et al." or three comma-separated fields), as a press release's
    notes print under its boilerplate ("1 Adherence to eye drops over four years, Lind, et al.
    Eye Journal, 2015."). A scrape drops the superscript's formatting, so the marker in the text
    is a bare number after the sentence (``trailing_note``); the note lines are how a reader
    tells it from a count."""
    def build(d: Document) -> frozenset[int]:
        out: set[int] = set()
        for block in d.blocks:
            if not block.is_prose:
                continue
            text = d.text[block.start:block.end]
            m = _NOTE_LINE_RE.match(text)
            if m and len(text) < 400 and _YEAR_RE.search(text) and (_et_al_re().search(text) or text.count(",") >= 3):
                out.add(int(m.group(1)))
        return frozenset(out)

    return doc.analysis("references.note-numbers", build)


def trailing_note(doc: Document, k: int) -> bool:
    """Sentence ``k`` carries a note marker a scrape left bare after its end mark ("… because
    they forget. 1 Some studies …", or the paragraph's last "… loss. 2"), and the article prints
    a note line with that number (``note_numbers``): the claim points at its citation, as an
    editor reading the release's notes finds it (an editor's WRONG verdict on s271 F013). A
    number with no note line of its own is a count ("… in 2019. 3 patients …" is no marker)."""
    sent = doc.sentences[k]
    if not doc.text[sent.start:sent.end].rstrip().endswith(tuple(_note_cues()["end_marks"])):
        return False
    notes = note_numbers(doc)
    if not notes:
        return False
    block = doc.blocks[sent.block]
    m = _TRAILING_NOTE_RE.match(doc.text, sent.end, block.end)
    return m is not None and int(m.group(1)) in notes


@dataclass
class CitationMap:
    """Which entries the body cites, and where the body cites anything at all."""

    cited: dict[int, list[int]]  #: entry index -> prose offsets citing it
    marker_offsets: list[int]  #: every numeric marker / footnote reference in the body
    uses_markers: bool  #: the body cites by number or footnote (so a missing one is news)


def citation_map(doc: Document) -> CitationMap:
    return doc.analysis("reference-citations", _build_citation_map)


def _build_citation_map(doc: Document) -> CitationMap:
    entries = reference_entries(doc)
    cited: dict[int, list[int]] = {}
    markers: list[int] = []
    by_number = {int(e.label or "0") if (e.label or "").isdigit() and e.kind != "footnote" else e.number: k
                 for k, e in enumerate(entries) if e.kind != "footnote"}
    by_label = {e.label: k for k, e in enumerate(entries) if e.kind == "footnote"}
    body_text_blocks = [(i, b) for i, b in enumerate(doc.blocks)
                        if b.is_prose and b.role == BODY and b.info != "footnote"]
    for offset, label in doc.footnote_refs:
        if doc.role_at(offset) != BODY:
            continue
        markers.append(offset)
        if label in by_label:
            cited.setdefault(by_label[label], []).append(offset)
    for _, block in body_text_blocks:
        text = doc.block_text(block)
        for s, _e, numbers in marker_numbers(text):
            markers.append(block.start + s)
            for n in numbers:
                if n in by_number:
                    cited.setdefault(by_number[n], []).append(block.start + s)
    body_links = [lk for i, _ in body_text_blocks for lk in block_links(doc, i)]
    body_text = " ".join(doc.block_text(b) for _, b in body_text_blocks)
    for k, entry in enumerate(entries):
        if k in cited:
            continue
        for lk in body_links:
            if any(_same_resource(lk.url, u) for u in entry.urls) or (
                    entry.doi and entry.doi.lower() in lk.url.lower()):
                cited.setdefault(k, []).append(lk.start)
        name_offset = _name_mentioned(entry, body_text)
        if name_offset is not None:
            cited.setdefault(k, []).append(-1)
    return CitationMap(cited, sorted(markers), bool(markers))


def _same_resource(a: str, b: str) -> bool:
    def norm(u: str) -> str:
        u = re.sub(r"^https?://(www\.)?", "", u.lower())
        return u.rstrip("/").split("#")[0]

    return norm(a) == norm(b)


def _name_mentioned(entry: ReferenceEntry, body_text: str) -> int | None:
    """Offset in ``body_text`` where the entry is named: its organisation, its abbreviation
    ("NCCIH"), or its first author's surname next to its year ("Smith et al., 2019")."""
    names = []
    if entry.organisation:
        org = entry.organisation
        abbrev = re.search(r"\(([A-Z][A-Za-z]{1,9})\)", org)
        if abbrev:
            names.append(abbrev.group(1))
            org = org[:abbrev.start()].strip()
        if len(org) > 3 and not re.search(r"\bet al\b|,", org):
            names.append(org)
        surname = re.match(r"([A-Z][A-Za-z'’-]{2,})[ ,]", entry.organisation)
        if surname and entry.year:
            m = re.search(re.escape(surname.group(1)) + r"\b[^.]{0,40}?\b" + str(entry.year),
                          body_text)
            if m:
                return m.start()
    for name in names:
        m = re.search(r"\b" + re.escape(name) + r"\b", body_text)
        if m:
            return m.start()
    return None
