"""Who the article quotes, and whether each speaker has a stake in the work.

HealthNewsReview.org asked of every story whether it "uses independent sources and identifies
conflicts of interest": a story whose only voices are the study's authors, their institution
and the company that makes the product tells the reader what the interested parties think.
This analysis lists the article's attributed speakers, each once, from the shapes news copy
uses to attribute words:

* a name before the reporting verb, with or without an appositive: "Lee said", "Dr. Raj
  Patel, a neurologist at Leeds General Infirmary, said", "…, Patel told Reuters Health";
* a name after it: "said Dr. Ana Lee, who led the study", "according to Ana Lee, a professor
  of neurology at Northfield University";
* a role instead of a name: "the company said", "researchers said", "said the study's lead
  author".

Later mentions by surname ("Lee said") join the first. Each speaker is classified from what
the article says about them (``knowledge/completeness_cues.toml``, ``[independent_sources]``):

* ``independent``: described as not involved ("who was not involved in the study", "an
  independent expert", "who did not take part"), or affiliated with an institution other than
  the study's;
* ``interested``: an author of the study ("who led the study", "the study's senior author",
  "co-author"), someone at the study's institution, the company, its executives or
  spokespeople, or a person whose ties the article names ("has consulted for the company");
* ``unknown``: nothing says (a patient, a name with no role).

The study's institutions are those of its interested speakers and those the article names as
the researchers' ("researchers at Northfield University", "Northfield researchers").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from lint_rules.analysis.assertions import body_sentences
from lint_rules.knowledge import read_toml
from lint_rules.store.compiled_re import compile_re

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.document import Document

INDEPENDENT = "independent"
INTERESTED = "interested"
UNKNOWN = "unknown"

#: The word lists of the patterns below (``knowledge/source_words.toml``, sources named
#: there), each as the ``|``-joined alternation the pattern was written with.
_WORDS = {key: "|".join(words) for key, words in read_toml("source_words.toml").items()}

#: What follows the verb and names the speaker: a name, and an appositive to the end of the
#: clause (a comma-led description, up to a quotation or the sentence's end).
_APPOSITIVE_AFTER = r"(?P<app>(?:,\s*|\s+(?=(?:of|from|at|with)\s+(?:the\s+)?[A-Z]))[^\"“”]{3,240})?"
#: A role written before a name ends in a role noun's ending ("analyst", "epidemiologist",
#: "researcher", "president", "chief"), after up to four capitalised words (an employer) and
#: two lower-case ones.
_DESC = r"(?<![\w'’-])(?:(?-i:[A-Z])[\w.&'’-]*\s+){0,4}?(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w-]*(?:{endings})"
_APPOSITIVE_END = compile_re(r"^(?:,\s*|\s+(?=(?:of|from|at)\s+(?:the\s+)?[A-Z]))(?P<app>[^\"“”]{3,240}?),?\s*$")


@dataclass(frozen=True)
class _Lexicon:
    """The speaker grammar's word lists (``[independent_sources]`` of completeness_cues.toml),
    compiled once when first needed."""
    name: str  #: a person's name, as a pattern to build others with
    name_re: re.Pattern[str]
    after: re.Pattern[str]  #: the speaker after the verb, with a role written before the name
    after_plain: re.Pattern[str]  #: the speaker right after the verb
    desc_before: re.Pattern[str]  #: the role or the employer written before a name
    role: re.Pattern[str]  #: a role that speaks for itself, before the verb ("the company said")
    role_after: re.Pattern[str]  #: a role after the verb ("said the study's lead author")
    role_words: frozenset[str]  #: role nouns a speaker's shown name starts with ("researchers")
    not_roles: frozenset[str]  #: words with a role noun's ending that name no role ("later")
    maker: re.Pattern[str]  #: what makes a stake the maker's, not a research team's
    academic: re.Pattern[str]  #: an institution that is a university or a hospital, not a company
    clinician: re.Pattern[str]  #: a practising clinician's role ("an OB-GYN", "a family physician")
    sells: re.Pattern[str]  #: what makes such a clinician the product's seller or promoter after all
    outside_role: re.Pattern[str]  #: outside voices as a group ("several experts said")
    editorial: re.Pattern[str]  #: an attribution inside an editorial or commentary on the study
    said: re.Pattern[str]  #: a window that reports what a speaker said, not who they are


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = read_toml("completeness_cues.toml")["independent_sources"]
    # a person's name: an optional title, then one to four capitalised words (initials and
    # particles allowed inside)
    name = (r"(?:(?:" + "|".join(data["honorifics"]) + r")\.?\s+)?"
            r"[A-Z][a-z'’-]*[a-z](?:[A-Z][a-z]+)?(?:-[A-Z][a-z'’]*[a-z])?"
            r"(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]*[a-z](?:[A-Z][a-z]+)?(?:-[A-Z][a-z'’]*[a-z])?|"
            r"(?:" + "|".join(data["name_particles"]) + r")(?=\s+[A-Z]))){0,3}")  # "van Gogh", not "di" of "director"
    desc = _DESC.replace("{endings}", "|".join(data["role_endings"]))
    return _Lexicon(
        name=name, name_re=compile_re(name),
        after=compile_re(r"\s+(?P<desc>" + desc + r"\s+)?(?P<name>" + name + r")" + _APPOSITIVE_AFTER),
        after_plain=compile_re(r"\s+(?P<name>" + name + r")" + _APPOSITIVE_AFTER),
        desc_before=compile_re(r"(?:(?<![\w'’-])(?P<org>(?-i:[A-Z])[\w.&'’-]*(?:\s+(?:(?-i:[A-Z])[\w.&'’-]*|of|for|and)){0,5})"
                               r"['’]s|(?P<desc>" + desc + r"))\s+$"),
        role=compile_re(
            r"(?:\b(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?"
            r"(?P<role>" + "|".join(data["speaker_roles"]) + r")\b"
            r"(?:\s+(?:at|from|of|with)\s+(?:the\s+)?(?P<inst>(?-i:[A-Z])[\w'’.&-]*"
            r"(?:\s+(?:(?-i:[A-Z])[\w'’.&-]*|of|and|for|the)){0,6}))?"
            r"\s*$", re.IGNORECASE),
        role_after=compile_re(
            r"\s+(?P<role>(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:" + "|".join(data["speaker_roles_after"])
            + r")\b[^\"“”.;]{0,200})", re.IGNORECASE),
        role_words=frozenset(data["role_words"]), not_roles=frozenset(data["not_roles"]),
        maker=compile_re("|".join(data["maker_stake"])),
        academic=compile_re(r"\b(?:" + "|".join(data["academic_heads"]) + r")\b"),
        # "an OB-GYN and pain specialist", or a role written before the name after a place or
        # an employer ("Washington podiatrist")
        clinician=compile_re(r"(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?|(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3})(?:"
                             + "|".join(data["clinician_roles"]) + r")s?\b", re.IGNORECASE),
        sells=compile_re(r"\b(?:" + "|".join(data["clinician_stakes"]) + r")\b", re.IGNORECASE),
        outside_role=compile_re(r"\b(?:" + "|".join(data["outside_groups"]) + r")$"),
        editorial=compile_re(r"\b(?:" + "|".join(data["editorial_verbs"]) + r")\s+(?:an?|the|their|his|her)\s+"
                             r"(?:(?:" + "|".join(data["editorial_kinds"]) + r")\s+)?(?:"
                             + "|".join(data["editorial_nouns"]) + r")\b", re.IGNORECASE),
        said=compile_re(r"(?:also\s+|further\s+)?(?:" + "|".join(data["said_verbs"]) + r")\b"))


#: A capitalised name that is a body, not a person ("Northfield University said").
#: An institution in an appositive: "at Northfield University", "of the Mayo Clinic".
_INSTITUTION_RE = compile_re(
    r"\b(?:at|of|from|with|for|(?:heads|directs|runs|chairs|leads)\s+(?=the\s))\s*(?:the\s+)?(?P<inst>(?:[A-Z][\w'’.&-]*|of|and|for|the|in)"
    r"(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the|in)){0,7})")
#: A role segment that is an employer's name and a role noun: "Yale Child Study Center director".
_EMPLOYER_BEFORE = compile_re(r"(?:^|;\s*)(?P<inst>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for)){0,6})"
                              r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?=;|$)")
#: The researchers' own institution as the article names it.
_STUDY_INSTITUTION_RE = compile_re(
    r"\b(?i:" + _WORDS["study_people"] + r")\s+"
    r"(?:at|from|of|led by)\s+(?:the\s+)?(?P<inst>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the)){0,6})"
    r"|(?P<inst2>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for)){0,5})\s+(?:researchers|scientists|investigators)\b")


@dataclass
class Speaker:
    """One quoted or attributed source, with every place the article attributes words to them."""

    name: str  #: as first written ("Dr. Ana Lee", "the company")
    key: str  #: surname or role, lower case, that joins later mentions
    role: str = ""  #: what the article says about them (appositives, joined)
    institutions: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  #: the attributions (name or role)
    person: bool = True  #: a named person, not a role ("the company", "researchers")
    kind: str = UNKNOWN  #: independent, interested or unknown
    why: str = ""  #: the words that decided ``kind``
    sentences: list[str] = field(default_factory=list, repr=False)  #: where they are quoted
    said: str = field(default="", repr=False)  #: what other sentences report them saying ("Lee said the…")
    #: the body sentence before their first attribution ("An expert who was not involved
    #: echoed the cautions." before "…," said Petersen)
    before: str = field(default="", repr=False)

    @property
    def first(self) -> int:
        return self.spans[0][0] if self.spans else 0

    def describe(self) -> str:
        """The speaker as an editor would name them: "Dr. Ana Lee, who led the study", "the
        company"."""
        if not self.person:
            return self.name[:1].lower() + self.name[1:] if self.name[:4].lower() in ("the ", "a ", "an ") \
                or self.name.split()[0].islower() or self.name.split()[0].lower() in _lexicon().role_words else self.name
        name = self.name if len(self.name) <= 40 else self.name.split(",")[0][:40]
        first = self.role.split(";")[0].strip().rstrip(".,")
        if len(first) > 70 or _CREDENTIAL.match(first):
            # the role as stated, without the degrees before it or what follows it
            first = next((p.strip() for p in first.split(",") if p.strip() and not _CREDENTIAL.fullmatch(p.strip())),
                         "")
            first = re.sub(r"^(?:M\.?D\.?|Ph\.?D\.?|[A-Z]{2,5})\s+(?=[a-z])", "", first)  # "PhD and colleagues"
        if first and len(first) <= 70 and _APPOSITIVE_START.match(first):
            return f"{name}, {first}"
        if first and len(first.split()) <= 4 and first[-1:].isalpha() and not _lexicon().said.match(first):
            return f"{name} ({first})"  # the role written before the name: "Westbank analyst"
        if len(self.why) > 4 and self.why[:2] not in ("s ", "’s", "'s") and self.why not in (
                "at the study's institution", "at another institution"):
            return f"{name} ({self.why})"
        if self.institutions:
            return f"{name} ({self.institutions[0]})"
        return name


#: A degree or a credential written after a name ("MD", "PhD", "M.D.", "MSCE").
_CREDENTIAL = compile_re(r"(?:[A-Z][A-Za-z.]{0,5}|Ph\.?D\.?|M\.?D\.?)(?:,|\s*$)")
#: How an appositive that describes a person starts: "a neurologist at…", "who led the study",
#: "lead author of…", "Northfield's chief of surgery".
_APPOSITIVE_START = compile_re(r"(?:a|an|the|who|whose|one|co-|lead|senior|chief|director|head|professor|"
                               r"assistant|associate|president|founder|chair|MD|PhD|M\.D\.|of|at|with|from|[A-Z])\b",
                               re.IGNORECASE)



@dataclass
class Sources:
    speakers: list[Speaker]  #: in order of first attribution
    study_institutions: list[str]

    @property
    def independent(self) -> list[Speaker]:
        return [s for s in self.speakers if s.kind == INDEPENDENT]

    @property
    def interested(self) -> list[Speaker]:
        return [s for s in self.speakers if s.kind == INTERESTED]

    @property
    def unplaced(self) -> list[Speaker]:
        """Named people with an institution but nothing saying whether they have a stake:
        possibly the outside voice an unattached "independent" or "critics" describes."""
        return [s for s in self.speakers if s.kind == UNKNOWN and s.person and s.institutions and s.why != PARTICIPANT]

    @property
    def outside_unplaced(self) -> list[Speaker]:
        """The unplaced people other than the first named person quoted: news copy quotes the
        study's voice first ("said Choe, a radiation oncologist at Northfield") and the
        outside voice after, so a later doctor at some other hospital is likely the latter."""
        first = next((s for s in sorted(self.speakers, key=lambda s: s.first) if s.person), None)
        return [s for s in self.unplaced if s is not first]


@dataclass(frozen=True)
class _Lists:
    independent: re.Pattern[str]
    interested: re.Pattern[str]
    ties: re.Pattern[str]
    outside: re.Pattern[str]  #: the article's words for an outside voice ("not everyone agrees", "critics")
    not_names: frozenset[str]  #: capitalised words that are no person's name
    generic: frozenset[str]  #: words of an institution's name that do not tell it apart
    outside_body: re.Pattern[str]  #: a regulator, a health system, a national society or charity
    authorship: re.Pattern[str]  #: words that tie such a body's speaker to the work after all


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    data = read_toml("completeness_cues.toml")["independent_sources"]

    def alt(items: list[str]) -> re.Pattern[str]:
        return compile_re(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in items) + r")(?![\w-])", re.IGNORECASE)

    return _Lists(alt(data["speaker_independent"]), alt(data["speaker_interested"]),
                  alt(read_toml("completeness_cues.toml")["funding_coi"]["coi"]), alt(data["independent"]),
                  frozenset(data["not_names"]), frozenset(data["institution_generic"]),
                  alt(data["speaker_outside_body"]), alt(data["speaker_authorship"]))


@dataclass(frozen=True)
class _Grammar:
    """The words that make a sentence an attribution, from the data file."""
    verb: re.Pattern[str]  #: a reporting verb ("said", "told", "according to")
    body: re.Pattern[str]  #: a word that makes a capitalised phrase an institution ("University")


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    data = read_toml("completeness_cues.toml")["independent_sources"]
    verbs = "(?:" + "|".join(data["reporting_verbs"]) + ")"
    return _Grammar(compile_re(r"(?<![\w-])" + verbs + r"(?![\w-])"),
                    compile_re(r"\b(?:" + "|".join(data["institution_words"]) + r")\b\.?"))


def sources(doc: Document) -> Sources:
    """The article's speakers, computed once per document."""
    return doc.analysis("sources", _build)


def _surname(name: str) -> str:
    words = [w for w in re.split(r"\s+", name) if w and not w.endswith(".")]
    return (words[-1] if words else name).lower().strip("'’")


def _clean_name(name: str) -> str | None:
    """The name without leading non-name words ("In Boston" is not a person), or None."""
    words = name.split()
    while words and words[0].lower().rstrip(".") in _lists().not_names:
        words.pop(0)
    if not words:
        return None
    if len(words) == 1 and words[0].rstrip(".") in ("Dr", "Prof", "Professor", "Mr", "Mrs", "Ms"):
        return None
    return " ".join(words)


def _is_name(clean: str) -> bool:
    """A person's name: a surname that is no common word, or a full name ("Dr Jasmine Just",
    not "Just"); a word with an apostrophe inside ("I’m") is no name."""
    words = clean.split()
    if re.search(r"\w['’]\w", words[-1]) and not re.match(r"[OD]['’]", words[-1]):
        return False
    return _surname(clean) not in _lists().not_names or (
        len(words) > 1 and words[-2].lower().rstrip(".") not in _lists().not_names)


def _institutions(text: str) -> list[str]:
    """The institutions a role names: "a cardiologist at Northfield Hospital", "who heads the
    Mayo Alzheimer's Disease Research Center", "Yale Child Study Center director" (the
    employer written before a role noun, as news copy writes it before the name)."""
    out = [m.group("inst") for m in _EMPLOYER_BEFORE.finditer(text)
           if _grammar().body.search(m.group("inst")) and _distinctive(m.group("inst"))]
    for m in _INSTITUTION_RE.finditer(text):
        inst = m.group("inst").strip()
        if not m.group(0).startswith("at") and not _grammar().body.search(inst):
            continue  # "of Hinsdale", "from Ohio": a place; "at Duke", "of Duke University": a body
        inst = re.sub(r"\s+(?:of|and|for|the|in)$", "", inst.rstrip(".,;: "))
        inst = re.sub(r"\s+in\s+[A-Z].*$", "", inst)  # "Northfield Hospital in Boston": the place tells no body apart
        if _distinctive(inst):
            out.append(inst)
    return out


def _distinctive(inst: str) -> frozenset[str]:
    """The words that tell an institution apart ("Northfield" of "Northfield University"); a
    name made only of common words ("National Cancer Institute") is told apart whole."""
    words = re.findall(r"[a-z][\w'’&-]*", inst.lower())
    out = frozenset(w for w in words if w not in _lists().generic and w not in _lists().not_names and len(w) > 2)
    if not out and len([w for w in words if w not in ("of", "the", "and", "for", "in")]) >= 3:
        return frozenset({" ".join(words)})
    return out


def _build(doc: Document) -> Sources:
    text = doc.text
    lists = _lists()
    by_key: dict[str, Speaker] = {}
    order: list[Speaker] = []
    study_inst: list[str] = []

    def add(name: str, key: str, role: str, span: tuple[int, int], person: bool) -> None:
        sp = by_key.get(key)
        if sp is None:
            sp = Speaker(name=name, key=key, person=person, before=previous)
            by_key[key] = sp
            order.append(sp)
        sp.sentences.append(stext)
        if person and not role.startswith(("in an", "in the")):
            ed = _lexicon().editorial.search(stext)
            if ed is not None and ed.group(0) not in sp.role:
                role = "; ".join(r for r in (role, ed.group(0)) if r)  # "Lee wrote in an accompanying editorial"
        if role and role not in sp.role:
            sp.role = (sp.role + "; " + role).strip("; ")
            sp.institutions += _institutions(role)
        sp.spans.append(span)

    previous = ""
    stext = ""
    for sent in body_sentences(doc):
        previous, stext = stext, text[sent.start:sent.end]
        for m in _STUDY_INSTITUTION_RE.finditer(stext):
            inst = m.group("inst") or m.group("inst2")
            if inst and _distinctive(inst):
                study_inst.append(inst.strip())
        for v in _grammar().verb.finditer(stext):
            pre = stext[:v.start()].rstrip()
            found = _before(pre)
            if found is not None:
                name, role, (a, b) = found
                clean = _clean_name(name)
                if clean is not None and _grammar().body.search(clean):
                    if not _PREP_BEFORE.search(pre[:a]):
                        add(clean, clean.lower(), role, (sent.start + a + len(name) - len(clean), sent.start + b), False)
                        sp = by_key[clean.lower()]
                        if clean not in sp.institutions:
                            sp.institutions.append(clean)
                        continue
                    clean = None  # "researchers at Northfield University said": the role below
                if clean is not None:
                    key = _surname(clean)
                    if _is_name(clean):
                        desc = _descriptor(pre[:a])
                        add(clean, key, "; ".join(r for r in (desc, role) if r),
                            (sent.start + a + len(name) - len(clean), sent.start + b), True)
                        continue
            role_m = _lexicon().role.search(pre) if not pre.endswith(("”", '"', ",")) else None
            if role_m is not None:
                shown = _CONJUNCTION.sub("", role_m.group(0).strip())  # "researchers", not "But researchers"
                # the body's name the role's words cut short: "A British Association of
                # Dermatologists spokesperson said" (read for an outside body, not shown)
                lead = re.search(r"(?:(?-i:[A-Z])[\w'’.&-]*\s+){1,4}$", pre[:role_m.start()])
                add(shown, role_m.group("role").lower(), (lead.group(0) if lead else "") + role_m.group(0).strip(),
                    (sent.start + role_m.start(), sent.start + role_m.end()), False)
                if role_m.group("inst"):
                    study_inst.append(role_m.group("inst"))
                continue
            if v.group(0).startswith("told"):
                continue  # "Lee told Reuters": the name after "told" is the outlet
            post = stext[v.end():]
            after = _lexicon().after.match(post)
            desc = ""
            if after is not None and after.group("desc"):
                desc = _descriptor(after.group("desc"))
                if not desc:  # "said Monday that…": no descriptor; the plain reading decides
                    after = _lexicon().after_plain.match(post)
            if after is not None:
                clean = _clean_name(after.group("name"))
                if clean is not None and _is_name(clean) and not _grammar().body.search(clean):
                    app = "; ".join(r for r in (desc, (after.group("app") or "").lstrip(", ").strip()) if r)
                    a = v.end() + after.start("name") + len(after.group("name")) - len(clean)
                    add(clean, _surname(clean), app, (sent.start + a, sent.start + v.end() + after.end("name")), True)
                    continue
            role_after = _lexicon().role_after.match(post)
            if role_after is not None:
                role = role_after.group("role").strip()
                named = re.search(r",\s*(" + _lexicon().name + r")\s*[,.]?\s*$", role)
                if named and _clean_name(named.group(1)):
                    clean = _clean_name(named.group(1)) or ""
                    add(clean, _surname(clean), role,
                        (sent.start + v.end() + role_after.start("role"), sent.start + v.end() + role_after.end()), True)
                else:
                    key = re.sub(r"^(?:the|a|an)\s+", "", role.split(",")[0].lower()).strip()
                    add(role.split(",")[0].strip(), key, role, (sent.start + v.end() + role_after.start("role"),
                                          sent.start + v.end() + role_after.end()), False)
                continue
            editorial = _lexicon().editorial.search(stext)
            if editorial is not None:
                # "In an editorial that accompanies the study, they write…": the editorial's
                # authors, whom the sentence names by a pronoun
                add("the editorial's authors", "editorial's authors", editorial.group(0),
                    (sent.start + editorial.start(), sent.start + editorial.end()), False)
    _describe(doc, order)
    for sp in order:
        _classify(sp, study_inst, lists)
    # an institution's people are interested when the institution is the study's
    inst_of_interested = [i for sp in order if sp.kind == INTERESTED for i in sp.institutions]
    study_all = study_inst + inst_of_interested
    for sp in order:
        if sp.kind == UNKNOWN and sp.why != PARTICIPANT and sp.institutions and study_all:
            own = set().union(*(_distinctive(i) for i in study_all))
            theirs = set().union(*(_distinctive(i) for i in sp.institutions))
            if theirs & own:
                sp.kind, sp.why = INTERESTED, "at the study's institution"
            elif theirs:
                sp.kind, sp.why = INDEPENDENT, "at another institution"
    # "George Yancopoulos, Regeneron's research chief", "head of Nutricia's research unit":
    # an officer of a company the article names as a company or as the product's maker
    for sp in order:
        if sp.kind == UNKNOWN and sp.person and sp.why != PARTICIPANT:
            org = _company_officer(doc, sp.role.split(";")[0])
            if org:
                sp.kind, sp.why = INTERESTED, f"an officer of the company {org}"
    # the only stake named is the maker's (its executives, "the company said"), and no
    # research team: a doctor at a university or a hospital speaks for neither
    interested = [sp for sp in order if sp.kind == INTERESTED]
    if interested and all(_lexicon().maker.search(sp.why) for sp in interested):
        for sp in order:
            if sp.kind == UNKNOWN and sp.why != PARTICIPANT and sp.person and (any(_lexicon().academic.search(i) for i in sp.institutions) or (
                    _lexicon().clinician.match(sp.role.split(";")[0].strip(" ,")) and not _sells(sp.role))):
                # at a university or a hospital, or a doctor the article names by their
                # speciality ("Jen Gunter, an OB-GYN and pain specialist") who does not sell it
                sp.kind, sp.why = INDEPENDENT, "not the maker's"
    # "Not everyone is convinced: Dr. Patel said…", "Critics such as Patel say…"; "Not every
    # patient is a candidate, several experts said. … Dr. Patel said…": one of those experts
    quoted = sorted((sp.first, sp) for sp in order)
    for sp in order:
        if sp.kind == UNKNOWN and sp.why != PARTICIPANT:
            hit = next((m for t in sp.sentences for m in [lists.outside.search(t)] if m), None)
            prior = sp.before.replace("’", "'")
            if hit is None and sp.person and prior and _UNNAMED_VOICE.search(prior) and \
                    not any(sp.before in o.sentences for o in order if o is not sp):
                # "A doctor outside the trial shared those doubts. '…,'
                # said Dr. Petersen": the sentence before names the outside voice, the next
                # quotes them
                hit = lists.independent.search(prior)
            if hit is not None:
                sp.kind, sp.why = INDEPENDENT, hit.group(0)
            elif sp.person:
                before = [o for at, o in quoted if at < sp.first]
                if before and not before[-1].person and _lexicon().outside_role.search(before[-1].key) and \
                        _SOME.match(before[-1].name) and \
                        sp.first - before[-1].spans[0][1] < 400:
                    sp.kind, sp.why = INDEPENDENT, f"one of the {before[-1].key}"
    return Sources(order, study_all)


#: An unnamed person the sentence speaks of ("An expert who wasn't involved", "Other
#: doctors"), whom the next sentence may name.
_UNNAMED_VOICE = compile_re(r"\b(?:an?|one|another|other|some|several|outside)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:" + _WORDS["unnamed_experts"] + r"|[a-z]+ologists?|surgeons?)\b", re.IGNORECASE)


#: A company's officer or staff written with the company's possessive: "Regeneron's research
#: chief", "head of Nutricia's research unit", "Acme's vice president".
_POSSESSIVE_OFFICER = compile_re(
    r"(?<![\w-])(?P<org>(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,2})['’]s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:" + _WORDS["officer_roles"] + r")\b|(?:head|chief|director|president|manager)\s+of\s+(?:the\s+)?"
    r"(?P<org2>(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,2})['’]s\b", re.IGNORECASE)
#: How an article names a company ("Regeneron Pharmaceuticals Inc", "drugmaker Sanofi",
#: "developed by Acme", "Acme, a biotech company"), with ``{org}`` for its name.
_COMPANY_NAMED = (r"\b{org}(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){{0,2}}(?:" + _WORDS["company_suffixes"] + r")\b|"
                  r"\b(?:" + _WORDS["company_nouns"] + r")\s+{org}\b|"
                  r"\b{org},\s+(?:a|an|the|which|that)\s+(?:[\w-]+\s+){{0,4}}?(?:" + _WORDS["company_descriptions"]
                  + r")\b|\b(?:" + _WORDS["maker_verbs"] + r")\s+by\s+{org}\b")


def _company_officer(doc: Document, role: str) -> str | None:
    """The company whose officer the role names, when the article names it as a company
    (not "the Alzheimer's Association's president": a body with no product)."""
    m = _POSSESSIVE_OFFICER.search(role)
    if m is None:
        return None
    org = (m.group("org") or m.group("org2")).strip()
    if _grammar().body.search(org) or org.lower() in _lists().not_names:
        return None  # "Northfield University's Ana Lee": a place of work, placed as one elsewhere
    pattern = compile_re(_COMPANY_NAMED.format(org=re.escape(org)))
    return org if pattern.search(doc.text) else None


def _sells(role: str) -> bool:
    """The role names the clinician's stake in the product (sells, offers, uses it, treats
    patients with it), in a clause that does not deny it ("who doesn't use the lasers in his
    practice")."""
    for m in _lexicon().sells.finditer(role):
        clause = re.split(r"[;,.]", role[:m.start()])[-1]
        if not _NEGATED.search(clause):
            return True
    return False


_NEGATED = compile_re(r"\b(?:not|never|no longer)\b|n['’]t\b", re.IGNORECASE)


#: How far after a speaker's surname a description of them is read.
_WINDOW = 160


def _describe(doc: Document, order: list[Speaker]) -> None:
    """Add to each named speaker's role what other sentences say right after their name:
    "Dr. Ana Lee, a neurologist at Northfield, led the study", "Patel was not involved in
    the research" (up to the next speaker's name or a quotation)."""
    people = [sp for sp in order if sp.person and len(sp.key) > 2]
    if not people:
        return
    text = doc.text
    names = compile_re(r"(?<![\w-])(" + "|".join(re.escape(sp.name.split()[-1]) for sp in people) + r")(?![\w-])")
    by_surname = {sp.name.split()[-1]: sp for sp in people}
    for sent in body_sentences(doc):
        stext = text[sent.start:sent.end]
        hits = list(names.finditer(stext))
        for i, m in enumerate(hits):
            sp = by_surname.get(m.group(1))
            if sp is None:
                continue
            stop = hits[i + 1].start() if i + 1 < len(hits) else len(stext)
            window = stext[m.end():min(stop, m.end() + _WINDOW)]
            window = re.split(r"[\"“”]", window, maxsplit=1)[0].strip(" ,")
            if _lexicon().said.match(window):
                # what they said, not what they are: "Gray said he expects the company's
                # drug to sell well" makes no analyst the company's
                if window not in sp.said:
                    sp.said = (sp.said + "; " + window).strip("; ")
                continue
            if window and window not in sp.role:
                sp.role = (sp.role + "; " + window).strip("; ")
                if not re.match(r"['’]s\b", window):
                    # "Lee's team will ask the Food and Drug Administration": what they have or
                    # do, not where they work
                    sp.institutions += [i for i in _institutions(window) if i not in sp.institutions]


#: Words of a role that name the work, not a person's name ("study researcher", "trial
#: investigator"), though they are in ``not_names``.
_WORK_WORDS = frozenset({"study", "studies", "trial", "research"})


def _descriptor(before: str) -> str:
    """What the words just before a speaker's name call them, as a role: "Oppenheimer
    analyst", "epidemiologist", "of Northfield University" (from "Northfield University's"),
    or "" when those words are no description."""
    m = _lexicon().desc_before.search(before if before.endswith(" ") else before + " ")
    if m is None:
        return ""
    if m.group("org"):
        org = m.group("org")
        return f"of {org}" if _grammar().body.search(org) else ""
    words = m.group("desc").split()
    while words and words[0].lower() in _lists().not_names and words[0].lower() not in _WORK_WORDS:
        words.pop(0)  # "the lead researcher": "lead researcher"; "study researcher" stays whole
    lower = [w for w in words if w[:1].islower()]
    if not lower or any((w in _lists().not_names and w not in _WORK_WORDS) or w in _lexicon().not_roles
                        for w in lower):
        return ""
    return " ".join(words)


_POSSESSIVE_SPACE = compile_re(r"(?<=[A-Za-z]['’]s) (?=(?P<next>\S+))")


def _possessive_break(m: re.Match[str]) -> str:
    """"|" (no name runs across it) after a possessive that a person's name follows
    ("Northfield University's Ana Lee"); a space inside a body's name ("Children's Hospital")."""
    return " " if _grammar().body.match(m.group("next")) else "|"


def _before(pre: str) -> tuple[str, str, tuple[int, int]] | None:
    """The name that ends ``pre`` (the text before a reporting verb), with its appositive:
    "Lee", "Dr. Raj Patel, a neurologist at Leeds,"; the last such name wins."""
    best = None
    # "Northfield University's Ana Lee": the possessive ends the institution, not a name
    for m in _lexicon().name_re.finditer(_POSSESSIVE_SPACE.sub(_possessive_break, pre)):
        if _PREP_BEFORE.search(pre, 0, m.start()) or _BODY_AND.search(pre, 0, m.start()):
            continue  # "a professor at Northfield University, said": the place, not the speaker
        rest = pre[m.end():]
        if not rest.strip():
            best = (m.group(0), "", m.span())
            continue
        app = _APPOSITIVE_END.match(rest)
        if app is not None and not rest.startswith(",") and _grammar().body.search(m.group(0)):
            continue  # "Mount Sinai School of Medicine said": a body's name goes on, no appositive
        if app is not None and not _grammar().verb.search(app.group("app")):
            best = (m.group(0), app.group("app").strip(), m.span())
    return best


#: The end of a body's name that goes on after "and": "the Centers for Disease Control and
#: Prevention says" (no speaker "Prevention").
_BODY_AND = compile_re(r"\b(?:" + _WORDS["body_name_heads"] + r")(?:\s+(?:[A-Z][\w'’-]*|of|for|on))*\s+and\s+$")
#: Interested cues a regulator's, a health system's or a society's officer carries without a
#: stake in the work: "said in a statement", "chief executive of NHS England".
_WEAK_STAKE = compile_re(r"statement|release|chief|executive|spokes|CEO|CMO|CSO|officer", re.IGNORECASE)
#: A body named as the publisher or host of the work, not the speaker's employer.
_ISSUER = compile_re(r"(?:" + _WORDS["issuer_cues"] + r")"
                     r"\W+(?:\w+\W+){0,3}$", re.IGNORECASE)
_SOME = compile_re(r"(?:some|many|most|several|few|other|outside)\b", re.IGNORECASE)
_PREP_BEFORE = compile_re(r"\b(?:at|of|from|with|for|in|by)\s+(?:the\s+)?$", re.IGNORECASE)
_CONJUNCTION = compile_re(r"^(?:But|And|Or|So|Yet|Still|However|Now|Meanwhile|Instead|Also),?\s+")
#: Independence cues that outweigh a role with a stake: a denial ("not involved", "no ties"),
#: or an outside commentary ("co-author of an accompanying editorial").
_DENIES_STAKE = compile_re(r"\bnot\b|n['’]t|\bno\b|independent|unaffiliated|outside|editorial|commentary",
                           re.IGNORECASE)


#: A person the work was tried on: "who participated in the trial", "took part in the study".
_PARTICIPANT = compile_re(r"\b(?:participated|took part|takes part|enrolled|was enrolled)\s+in\s+(?:the|this|a|an)\s+"
                          r"(?:[\w-]+\s+){0,2}(?:study|trial|research)\b|\b(?:a|one)\s+(?:of the\s+)?"
                          r"(?:trial|study)\s+(?:participants?|patients?|volunteers?)\b", re.IGNORECASE)
#: ... unless the same words make them one of those who ran it.
_RESEARCHER = compile_re(r"\b(?:" + _WORDS["researcher_cues"] + r")\b", re.IGNORECASE)
PARTICIPANT = "took part as a participant"

#: What a speaker says of their own stake: "said her team's trial", "says his company".
_OWN_STAKE = compile_re(r"\b(?:his|her|their|our|my)\s+(?:own\s+)?(?:" + _WORDS["own_stake_nouns"] + r")\b|"
                        r"\bwe (?:" + _WORDS["we_verbs"] + r")\b|"
                        r"^\w+\s+in\s+(?:a|the|an)\s+(?:news\s+|press\s+|written\s+|prepared\s+)?(?:release|statement)\b",
                        re.IGNORECASE)


def _classify(sp: Speaker, study_inst: list[str], lists: _Lists) -> None:
    role = sp.role or ("" if sp.person else sp.name)
    ind = lists.independent.search(role) or lists.independent.search(sp.said)
    inter = lists.interested.search(role) or lists.ties.search(role) or _OWN_STAKE.search(sp.said)
    # "not involved" outweighs a role ("a co-author of earlier work, who was not involved");
    # a weaker cue ("who studies migraine") does not outweigh "who led the study"
    if ind and (not inter or _DENIES_STAKE.search(ind.group(0))):
        sp.kind, sp.why = INDEPENDENT, ind.group(0)
        return
    # the FDA's reviewer, NHS England's chief executive, a national society's officer: an
    # outside voice, though they speak "in a statement" or hold a "chief executive" title
    # (read in the speaker's own description, the first one: a later sentence's "the FDA
    # approved it" says nothing of them), unless tied to the work or speaking for a meeting's
    # organiser ("said in a news release from the American College of Cardiology")
    own = role.split(";")[0]
    # a body's spokesperson or officials named by role ("a British Heart Society spokesperson
    # said") speak for it as its named officers do
    body = lists.outside_body.search(own) if sp.person or re.search(r"spokes|official", sp.key) else None
    if body and not lists.authorship.search(role) and not _ISSUER.search(own[:body.start()]) and (
            not inter or _WEAK_STAKE.search(inter.group(0))):
        sp.kind, sp.why = INDEPENDENT, body.group(0)
        return
    if inter and sp.person and _PARTICIPANT.search(own) and not _RESEARCHER.search(own):
        # "a psychiatrist who participated in the trial at Emory", "a patient who took part in
        # the study": someone it was tried on, not someone with a stake in it (and not an
        # outside voice either)
        sp.why = PARTICIPANT
        return
    if inter:
        sp.kind, sp.why = INTERESTED, inter.group(0)
        return
    if not sp.person:
        key = sp.key.split()[-1] if sp.key else ""
        if _SOME.match(sp.name):
            return  # "some scientists say", "many doctors believe": the field, not the study's team
        if key in ("company", "companies", "firm", "maker", "manufacturer", "drugmaker", "researchers", "scientists",
                   "investigators", "authors", "author", "team", "spokesman", "spokeswoman", "spokesperson"):
            sp.kind, sp.why = INTERESTED, key
        elif key in ("critics", "experts"):
            sp.kind, sp.why = INDEPENDENT, key
