"""Study mentions: where the prose talks about one study, and what it gives the reader to
find it (journal, date or year, lead author, institution, an identifier).

``study_mentions(doc)`` (shared as ``doc.analysis("studies", find_study_mentions)``) lists
``StudyMention``s for body sentences such as "a study published in the Journal of
Ethnopharmacology (2016) revealed…", "a 2017 study in Pharmacognosy Research",
"researchers at Harvard found", "published Monday in JAMA Pediatrics, led by Dr. Lee".
Anaphoric mentions ("the study also found") are not new mentions; the details they carry
count as clues for the mention nearby.

Cue lists live in ``knowledge/study_cues.toml`` and ``knowledge/journals.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from lint_rules import knowledge
from lint_rules.analysis.boundaries import STUDY_CLAUSE_END
from lint_rules.analysis.genre import NEWS, PRESS_RELEASE, PRODUCT_PAGE, genre
from lint_rules.analysis.references import find_identifiers, marker_numbers
from lint_rules.document import BODY, Document
from lint_rules.store.compiled_re import Search, compile_re, fold
from lint_rules.structure import DATED_DATELINE_RE, DATELINE_ZONE, has_dateline, place_dateline, text_dates

_AMBIGUOUS_JOURNALS = frozenset(
    ["Science", "Nature", "Cell", "Gut", "Brain", "Circulation", "Cancer", "Neurology", "Obesity", "Pediatrics", "Sleep", "Stroke", "Hypertension", "Addiction", "Radiology", "Nutrients", "Lancet"]
)
_JOURNAL_WORDS = compile_re(
    r"\b(?:Journal|Annals|Archives|Proceedings|Review|Reviews|Research|Medicine|Reports|"
    r"Letters|Bulletin|Quarterly|Pediatrics|Oncology|Cardiology|Psychiatry|Neurology|"
    r"Epidemiology|Nutrition|Pharmacology|Therapeutics|Gastroenterology|Dermatology|"
    r"Endocrinology|Rheumatology|Urology|Surgery|Sciences|Health|Care)\b|^(?:JAMA|BMJ|PLOS|PLoS|Lancet)"
)
_NAME_CHUNK = r"(?:[A-Z][\w'’&.-]*|of|and|&|for|the|in|on)"
_PUBLISHED_IN = compile_re(
    r"\b(?P<verb>published|publish|publication|appear(?:s|ed|ing)?|reported|presented|described|detailed|"
    r"notes?|noted|wr[io]tes?|written|colleagues|study|trial|paper|review|analysis|research|report)\b"
    r"(?:\s+(?:online|today|yesterday|(?:this|last|earlier this|late last|next) (?:week|month|year|\w+day)|"
    r"recently|on|is|was|\w+day,?|in (?:19|20)\d\d|in (?:early |late )?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?: \d{4})?|"
    r"[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?,?|\(\d{4}\)|\d{4}|"
    # what was published ("published the findings in", "published as a lead article in",
    # "a study by Unger in", "a recent study of third pregnancies in the journal")
    r"(?:the|their|its|his|her|our) (?:findings|results|study|work|research|paper|data)|"
    r"as (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:article|paper|report|letter|study|review)|"
    r"(?:a|an) (?:[\w-]+ ){0,2}?(?:article|paper|report|letter|review)|"
    r"by [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: et al\.?)?|of (?:[\w-]+ ){0,2}?[\w-]+(?=\s+in (?:the )?(?:[\w-]+ )?journal\b)))*"
    r"\s+(?P<prep>in|by)\s+(?:the\s+)?(?:latest\s+|current\s+)?"
    r"(?:(?:online\s+|print\s+|latest\s+|current\s+|(?:this|last|next)\s+(?:month|week)['’]s\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+){0,2}(?:\d{1,2},?\s+)?(?:\d{4},?\s+)?"
    r"(?:edition|issue|volume)\s+of\s+(?:the\s+)?)?"
    r"(?:(?P<flag>(?:medical |scientific |peer-reviewed |online |open-access |open access |[a-z]+ )?journal),?\s+)?"
    rf"[\"“]?(?P<name>(?:[A-Z]|[a-z]{{1,3}}[A-Z])[\w'’&.-]*(?:\s+{_NAME_CHUNK})*)"
)
#: An endnote number printed flat after a name's full stop ("Journal of Nutritional Biochemistry.3").
_ENDNOTE = compile_re(r"(?<=[a-z])\.\d{1,3}$")
_TRAILING_WORDS = compile_re(r"(?:\s+(?:of|and|&|for|the|in|on))+$")
_YEAR_PAREN = compile_re(r"\((?P<year>(?:19[5-9]|20[0-4])\d)\)")
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: "a 2011 study", and with its month before the year, which dates it to an issue: "an April
#: 2011 study in the European Journal of Clinical Nutrition" (editor's verdict on s163 F011: the
#: message said "only journal", and journal, month and year find the paper).
_YEAR_ADJ = compile_re(r"\b(?i:a|an|one|the|this|that|their|another|other|earlier|later|second|third|separate|"
                       rf"subsequent|previous|prior)\s+(?:(?P<month>{_MONTH_NAMES})\s+)?(?P<year>(?:19[5-9]|20[0-4])\d)\s+"
                       r"(?:[\w&]+(?:-[\w&]+)*+[ -]){0,3}?(?:study|trial|paper|review|meta-analysis|analysis|survey|report)")
# (a word's hyphens belong to the word, possessively: with "[\w&-]+[ -]" a run of "&-&-"
# split every way up to three times over)
_YEAR_IN = compile_re(r"\b(?:in|from|since)\s+(?P<year>(?:19[5-9]|20[0-4])\d)\b")
_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE = compile_re(
    rf"\b(?:(?:on |this |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    rf"{_MONTHS} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {_MONTHS}(?: \d{{4}})?|"
    rf"(?:in the |the )?{_MONTHS}(?: \d{{4}})? (?:issue|edition)|this (?:week|month)|last (?:week|month)|"
    # a publication date the article's own date pins down: "published last year in JAMA",
    # "published in the same journal in July", "recommendations published last summer"
    rf"(?:last|this|earlier this|late last|early last) (?:year|spring|summer|fall|autumn|winter)|"
    rf"in (?:early |late |mid-)?{_MONTHS}(?:,? \d{{4}})?(?!\d)|"
    rf"today|yesterday)\b"
)
_INSTITUTION_WORD = (r"(?:University|College|Institutes|Institute|Hospital|Clinic|School|Center|Centre|"
                     r"Foundation|Laboratories|Laboratory|Academy|Council|Agency|Department|Health System|"
                     r"Medical Center|Cancer Center)")
_INSTITUTION = compile_re(
    rf"\b(?P<name>(?:[A-Z][\w'’.&-]*\s+){{0,5}}{_INSTITUTION_WORD}(?![\w-])(?:\s+(?:of|for|at|and|in|on)"
    rf"(?:\s+the)?(?:\s+[A-Z][\w'’.&-]*){{1,5}})?)"
)
_KNOWN_INSTITUTIONS = compile_re(
    r"\b(?P<name>Harvard|Stanford|Yale|Johns Hopkins|Mayo Clinic|Oxford|Cambridge|MIT|Princeton|"
    r"Columbia|Duke|UCLA|UCSF|Cleveland Clinic|Karolinska|Imperial College|Kaiser Permanente|"
    r"the (?:NIH|CDC|FDA|WHO)|the National Institutes of Health|the World Health Organization)\b"
)


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue lists of study_cues.toml, loaded once and shared: the module's patterns below
    are built from it too (five more ``read_toml`` calls before, each re-reading the 77 KB
    text and unmarshalling the whole file, about 3 ms of a new process; issue 17). Readers
    only read it."""
    return knowledge.read_toml("study_cues.toml")


_RESEARCHERS_AT = compile_re(
    r"\b(?i:researchers|scientists|investigators|a team|the team|doctors|experts|a group)"
    r"(?:\s+\w+){0,2}?\s+(?:at|from|with)\s+(?:the\s+)?(?P<rest>.{0,90})"
)
#: "headed by" only after the study it heads ("The clinical trial, headed by Professor …"; a clinic
#: or a department "headed by" someone names no author).
#: "the author of the analysis", "author of the review": the author of any study noun
#: (``[study] nouns``); not "an author of the study", one of several, who is not its lead.
_AUTHOR_OF = "|".join(sorted(cues()["study"]["nouns"], key=len, reverse=True))
_AUTHOR_CUE = (r"(?i:led by|(?:(?<=study, )|(?<=trial, )|(?<=study )|(?<=trial ))headed by|lead author|senior author|first author|main author|study author|principal investigator|"
               r"lead (?:researcher|investigator)|study (?:researcher|head|leader)|co-author|coauthor|"
               rf"(?<!\ban )author of the (?:{_AUTHOR_OF}))")
#: Who did the work, as news copy names them. All but the bare "Dr. Lee" say outright that
#: the person wrote or led the study: those (``_STUDY_AUTHOR``) may name the author of a
#: study described further up ("…, said lead researcher Dr. Elena Arbelo" eight sentences
#: on; "Renee Reijo Pera of Stanford University and colleagues wrote").
_STUDY_AUTHOR_ALTERNATIVES = (
    rf"\b(?:{_AUTHOR_CUE})\b(?:,?\s+(?:Dr\.?\s+|Prof\.?\s+|Professor\s+)?"
    # a first name given as initials: "says lead author E. Mitchell Seymour", "J. R. Lee"
    r"(?:[A-Z]\.\s*){0,2}[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+)?)?"
    # the name before its role in apposition: "Jane Roe, the study's lead author", "says neuroscientist
    # Kirsty Spalding, the lead researcher" (not "a lead researcher on a different project")
    r"|\b[A-Z][a-z]+ [A-Z][a-z]+, (?:the |a )?(?:study's |the study's )?(?:(?:lead|senior|first|main|co-?)\s*author"
    r"|the (?:study's )?lead (?:researcher|investigator)(?! (?:on|of|for|in) (?:a|an|another) ))"
    r"|\b(?:Dr\.?\s+)?[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:is|was|,) (?:the |a )?(?:lead|senior|first|principal) "
    r"(?:author|investigator)"
    r"|\b[A-Z][a-z'’-]+ [A-Z]{1,3}(?:,\s+[A-Z][a-z'’-]+ [A-Z]{1,3})+\b"  # "Stewart RA, Wallentin L"
    r"|\b(?!(?:The|This|That|These|Those|He|She|They|We|And|But|So|Yet|Now|In|For|Researchers|Scientists|"
    r"Investigators|Authors)\b)"
    r"(?:(?:Dr|Prof)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
    r"(?:,\s+(?:M\.?D|Ph\.?D|M\.?P\.?H|Dr\.?P\.?H|Pharm\.?D|R\.?N|M\.?Sc|FRCP)\.?)*"  # "Carl H. June, MD, and colleagues"
    r"(?:,?\s+(?:of|from|at)\s+[^.;:\"“”]{3,200}?,?"
    # or a role in apposition: "R. Scott Turner, professor of neurology at Georgetown, and his team"
    r"|,\s+(?:a\s+|the\s+)?(?:professor|associate professor|assistant professor|director|chief|chair|head|"
    r"researcher|scientist|epidemiologist|physician|neurologist|cardiologist|oncologist)\b[^.;:\"“”]{3,200}?,?)?"
    r",?\s+and\s+(?:his |her |their )?(?:colleagues|team|research team|co-?workers|collaborators)\b(?!\s+(?:leader|lead|member)s?\b)"
    r"|\b(?!(?:The|This|That|Our|Their|His|Her|Its)\b)[A-Z][a-z'’-]+['’]s\s+(?:research\s+)?(?:team|group|lab|laboratory)\b"
    # "said Dr. Jane Roe of Yale, who led the research", "Jane Roe, a cardiologist, who co-authored the study"
    r"|\b(?:(?:Dr|Prof)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:\s+(?:of|at|from)\s+[^,.;]{2,80}?)?"
    r"(?:,(?![^,.;]*\bnot involved\b)[^,.;]{1,80})?,\s+who\s+(?:also\s+)?(?:led|co-?led|directed|headed|ran|conducted|"
    r"co-?authored|wrote|designed)\s+(?:the|this|that)\s+(?:new\s+|latest\s+)?(?:study|research|trial|work|paper|report|"
    r"review|analysis)\b"
)
_STUDY_AUTHOR = compile_re(_STUDY_AUTHOR_ALTERNATIVES)
#: Who did the work as a study's own sentence names them: the outright authors above, "researcher
#: Jane Doe", the authors of a relative clause, or a bare "Dr. Lee" (``_BARE_DOCTOR``), which only
#: the study's own sentence makes its author: in the sentences around it a bare "Dr. Lee" is as
#: often a doctor quoted on the story ("…, said Dr. Paul Sugarbaker, a surgeon", beside "One
#: randomized trial done more than a decade ago …": editor's verdict on s157 F029).
_BARE_DOCTOR = r"|\b(?:Dr|Prof)\.?\s+[A-Z][a-z]+"
_NAMED_AUTHOR_ALTERNATIVES = (_STUDY_AUTHOR_ALTERNATIVES
                              + r"|\bresearcher\s+[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+"
                              # the authors as the subject of a relative clause: "a paper Muenke and Marius
                              # Linguraru at Children's National published with their colleagues"
                              r"|(?:(?<=\bpaper )|(?<=\bstudy )|(?<=\barticle )|(?<=\breport ))"
                              r"[A-Z][a-z'’-]+(?:\s+(?:and\s+)?[A-Z][a-z'’-]+){0,4}"
                              r"(?=\s+(?:(?:at|of|from)\s+[A-Z][^.;]{2,80}?\s+)?(?:published|wrote|reported|presented)\b)")
_NEARBY_AUTHOR = compile_re(_NAMED_AUTHOR_ALTERNATIVES)
_LEAD_AUTHOR = compile_re(_NAMED_AUTHOR_ALTERNATIVES + _BARE_DOCTOR)
_BARE_AUTHOR_CUE = compile_re(rf"(?:{_AUTHOR_CUE})\Z", re.IGNORECASE)
_INDEFINITE_STUDY = compile_re(
    r"\b(?i:a|an|one|another)\s+(?:(?:new|recent|small|large|major|landmark|"
    r"(?:19[5-9]|20[0-4])\d|\w+-year|preliminary|pilot|clinical|randomi[sz]ed|controlled|"
    r"double-blind|observational|follow-up|government|federal|Swedish|British|Danish|"
    r"Chinese|Japanese|American|European|Canadian|Australian|\d+-person|national|"
    r"international|"
    # a named institution or place as the qualifier: "a Harvard study", "a Mayo Clinic trial"
    r"(?-i:[A-Z][\w&'’-]+)(?:\s+(?-i:[A-Z][\w&'’-]+))?)[ ,]+){0,3}"
    r"(?P<noun>study|trial|meta-analysis|paper|analysis|review|survey|experiment)\b"
    # not the noun as the modifier of another ("a trial profile is shown in Figure 1", "a study
    # participant", "a survey question"): no study is mentioned
    r"(?!\s+(?:profile|design|protocol|registration|registry|flow|diagram|period|site|sites|arm|arms|"
    r"participants?|volunteers?|visits?|drug|medication|questions?|questionnaire|coordinator|nurse|"
    r"population|sample)\b)"
)
_FINDING_VERB = compile_re(
    r"\b(?:found|finds|find|showed|shows|shown|show|revealed|reveals|demonstrated|demonstrates|"
    r"suggested|suggests|concluded|concludes|reported|reports|published|indicated|indicates|"
    r"linked|tied|confirmed|confirms|determined|discovered|observed|noted|estimated)\b"
)
#: A quoted title after "titled"/"called", or a named trial ("the SPRINT trial", "study, REVISIT-US,").
_TITLE = compile_re(
    r"\b(?:titled|entitled|called|named)\s+[\"“](?P<t1>[A-Z][^\"”]{10,200}?)[,.]?[\"”]"
    r"|\b(?:study|trial)\b,?\s+(?:called |named |known as )?(?P<t2>[A-Z][A-Z0-9-]{3,})\b"
    r"|\b(?P<t3>[A-Z][A-Z0-9-]{3,})\s+(?:study|trial)\b"
    r"|\b(?:study|paper|article|report|review|editorial|commentary),?\s+[\"“](?P<t5>[A-Z][^\"”]{10,200}?)[,.]?[\"”]"
    # a quoted title the sentence goes on to say was published ("…, "Dietary Walnut Suppression of
    # Colorectal Cancer in Mice", has been published in …")
    r"|[\"“](?P<t6>[A-Z][^\"”]{15,250}?)[,.]?[\"”],?\s+(?:[\w-]+\s+){0,3}?(?:published|appear(?:s|ed)?|in the journal)\b"
    r"|\b(?:paper|article)\s+(?P<t4>[A-Z][\w'’-]*+(?:[\s:,-]++[\w'’][\w'’-]*+){3,30}?),?\s+published in\b"
    # a study known by a quoted name: 'the "Daisy" and "Violet" studies', 'the "Look AHEAD" trial'
    r"|[\"“](?P<t7>[A-Z][\w'’ -]{2,40}?)[\"”]\s+(?:and\s+[\"“][A-Z][\w'’ -]{2,40}?[\"”]\s+)?(?:study|studies|trials?)\b"
)
# In ``t4`` a separator and a word could both take a "-", so "the paper A" and forty dashes
# had 2^40 ways to split: the possessive repeats give every run of characters one split.
#: A scientific meeting where the work was presented: "presented Monday at the American
#: Association for Cancer Research meeting", "will be presented at the 19th European
#: Congress on Obesity", "presented at the ECNP Conference in Barcelona". Unpublished work
#: has no DOI yet; the meeting's abstract book is where a reader finds it. The society's
#: name may carry its acronym in brackets ("the American College of Rheumatology (ACR) Annual
#: Meeting", "the Advances in Alzheimer's Therapy (AAT) congress"), as meetings print it; the
#: venue nouns are data (``study_cues.toml`` ``[meeting] venues``).
_VENUE_NOUNS = "|".join(cues()["meeting"]["venues"])
_MEETING = compile_re(
    r"\b(?:present(?:ed|ing|s|ation)?|report(?:ed|ing|s)?|unveiled|announced|discussed|released)\b[^.;]{0,80}?"
    r"\b(?:at|of|before|during|in)\s+(?:the\s*|an?\s+|(?:this|last|next)\s+(?:week|month|year)['’]s\s+)?"
    r"(?:\d+(?:st|nd|rd|th)\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?P<name>(?:[A-Z][\w'’&.-]*\s+|(?<=[A-Za-z’'] )\([A-Z][A-Za-z&-]{1,9}\)\s+|(?:of|for|on|the|and|in)\s+){0,9}?"
    # the meeting's edition after its society's name ("the American Academy of Neurology's 62nd Annual Meeting")
    r"(?:(?<=['’]s\s)\d+(?:st|nd|rd|th)\s+)?"
    rf"(?:(?:[Aa]nnual|[Ss]cientific|online)\s+){{0,2}}(?:{_VENUE_NOUNS})\b"
    r"(?:\s+(?:of|on)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|on))*)?)"
)
#: Words that put a study in the past of the story ("an earlier study in Nature"): the
#: article's own date does not date it. "Recent"/"new" make it current again.
_OLDER = compile_re(r"\b(?:earlier|previous|previously|prior|past|older|decades?|years ago|once|landmark|classic)\b",
                    re.IGNORECASE)
_CURRENT = compile_re(r"\b(?:new|newly|recent|recently|latest|this (?:week|month)|today|yesterday|online|"
                      r"being published|to be published|scheduled for publication)\b",
                      re.IGNORECASE)
#: A trial registry number (WHO ICTRP primary registries): ClinicalTrials.gov "NCT01234567"
#: (also printed "NCT 01234567"), ISRCTN, EudraCT "2015-001234-56", Australia and New
#: Zealand "ACTRN12615000123456", China "ChiCTR1800012345", Germany "DRKS00012345", India
#: "CTRI/2017/05/008512".
_REGISTRY = compile_re(r"\bNCT\s?\d{8}\b|\bISRCTN\s?\d{6,}\b|\bEudraCT(?:\s+(?:number|no\.?))?:?\s*\d{4}-\d{6}-\d{2}\b|"
                       r"\bACTRN\d{14}\b|\bChiCTR-?(?:[A-Z]{2,4}-)?\d{8,10}\b|\bDRKS\d{8}\b|\bCTRI/\d{4}/\d{2,3}/\d{6}\b")


class KnownJournals:
    """The unambiguous journal names of journals.txt, found as one alternation of them all,
    longest first, would find them: one-word names as written ("BMJ", "JAMA"), longer names
    in any case ("the new england journal of medicine").

    The two kinds are two patterns, not one with ``(?i:…)`` groups: the groups stop the
    regex store factoring the names by their first characters, and every body sentence of
    every article is searched; two patterns take about two thirds of the one's time."""

    def __init__(self, names: list[str]) -> None:
        longest_first = sorted(names, key=len, reverse=True)
        self._as_written = _bounded_names([n for n in longest_first if " " not in n], 0)
        self._any_case = _bounded_names([n for n in longest_first if " " in n], re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches from left to right, none overlapping an earlier one; of two starting
        at the same place the longer (as the longest-first alternation chooses)."""
        pos = 0
        while True:
            found = [m for m in (self._as_written.search(text, pos), self._any_case.search(text, pos)) if m]
            if not found:
                return
            first = min(found, key=lambda m: (m.start(), -(m.end() - m.start())))
            yield first
            pos = first.end()

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


def _bounded_names(names: list[str], flags: int) -> re.Pattern[str]:
    """One alternation of ``names`` standing as words (never a match when ``names`` is empty)."""
    if not names:
        return compile_re(r"(?!)")
    return compile_re(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])", flags)


@lru_cache(maxsize=1)
def journal_names() -> tuple[frozenset[str], KnownJournals]:
    """Known journal names (journals.txt), and the unambiguous ones to find in a text."""
    text = knowledge.read_text("journals.txt")
    names = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(names), KnownJournals([n for n in names if n not in _AMBIGUOUS_JOURNALS])


@cache
def cue_pattern(section: str, key: str) -> re.Pattern[str]:
    """One case-insensitive alternation of the phrases under ``[section] key``."""
    phrases = cues()[section][key]
    return compile_re(r"\b(?:" + "|".join(f"(?:{p})" for p in phrases) + r")\b", re.IGNORECASE)


@cache
def cue_search(section: str, key: str) -> Search:
    """``cue_pattern(section, key)`` as a ``Search`` (``.search(text)``, the same match) for
    a rule that asks it of sentence after sentence: a sentence without any of its required
    words is passed over without running the alternation (1.5-2.7x less CPU over corpus
    sentences for the evidence rules' cue lists)."""
    (found,) = Search.many([cue_pattern(section, key)])
    return found


@lru_cache(maxsize=1)
def nonhuman_evidence() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Evidence from animals (any organism of ``[level] organisms`` in one of the
    ``organism_frames``: "in hamsters", "guinea pigs given…", "a fruit fly study") and from
    the laboratory bench (``lab_frames``: cultured cells, tissue in a dish, agar plates,
    organoids, "a laboratory study"), each with the older fixed phrases of ``animal`` and
    ``in_vitro``. Case-insensitive patterns: (animal, lab)."""
    level = cues()["level"]

    def alt(words: list[str]) -> str:
        return "(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)) + ")"

    org, one = alt(level["organisms"]), alt(level["organism_one"])
    frames = [f.replace("{org}", org).replace("{one}", one) for f in level["organism_frames"]]
    animal = "|".join([*(f"(?:{p})" for p in frames), *(f"\\b(?:{p})\\b" for p in level["animal"]),
                       *(f"(?:{p})" for p in level["animal_subject"])])
    lab = "|".join([*(f"(?:{p})" for p in level["lab_frames"]), *(f"\\b(?:{p})\\b" for p in level["in_vitro"]),
                    *(f"(?:{p})" for p in level["in_vitro_more"])])
    return compile_re(animal, re.IGNORECASE), compile_re(lab, re.IGNORECASE)


@lru_cache(maxsize=1)
def nonhuman_search() -> tuple[Search, Search]:
    """``nonhuman_evidence()`` as two ``Search``es (the same matches), for a rule that asks
    them of sentence after sentence: most sentences hold none of their required words, and
    each frame alone is found faster than the whole alternation tried at every position
    (2-3x less CPU over corpus sentences)."""
    animal, lab = Search.many(nonhuman_evidence())
    return animal, lab


@dataclass
class StudyMention:
    """One study the prose talks about, with what it gives the reader to find it."""

    start: int  #: prose span of the phrase that names the study
    end: int
    sentence: int  #: index into ``doc.sentences``
    kind: str  #: journal, institution or study
    journal: str | None = None
    year: int | None = None
    date: str | None = None  #: a precise date ("Monday", "March 3")
    institution: str | None = None
    lead_author: str | None = None
    title: str | None = None
    #: The name the trial is known by ("the Jupiter trial", "the SPRINT trial"): findable by it
    #: alone (a named cohort, "the Nurses' Health Study", is not).
    trial_name: str | None = None
    meeting: str | None = None  #: the scientific meeting where it was presented
    #: A news report or press release tells of this study as current (no other year, not
    #: "an earlier study"): the story is about this paper, which its venue and topic find.
    current: bool = False
    #: ... and the article is dated: its date dates the study, as news convention has it.
    dated_news: bool = False
    #: The article reads as a news report or press release: a journal with a year (or the
    #: article's date) is how newsrooms cite, and is findable.
    news: bool = False
    #: The article reports in a reporter's voice (a newsroom cue: a dateline, an outlet, or
    #: people quoted as saying, several times) and is not seller copy: there a venue with its year ("a 2011
    #: study in the European Journal of Nutrition") is how it cites, findable as in news.
    reported: bool = False
    #: Told as new ("new research in Neurology", "recently published in"), with no year and
    #: not "an earlier study": how a news item cites, whatever the page's genre.
    told_as_new: bool = False
    identifiers: dict[str, str] = field(default_factory=dict)
    #: The design family its own sentence names (review, survey, trial; ``[design_families]``),
    #: which tells two mentions apart as two studies.
    design: str | None = None
    #: Later sentences that tell this study again ("A study of 1,108 adolescents published in
    #: May …" after "a recent study found …"), merged into this first mention.
    retold: list[int] = field(default_factory=list)
    #: The sentence of the review this study is one of the pooled trials of ("Another study looked
    #: at …" after "a Pediatrics study that pooled 12 trials"; ``_pooled_members``): a reader
    #: finds it through that review.
    pooled_in: int | None = None
    #: Told as the work of "the same researchers" as a study before it whose lead author is
    #: named and which can be found (``_same_team``): the author's papers find this one.
    team_found: bool = False

    @property
    def cited(self) -> bool:
        return bool(self.identifiers)

    def clues(self) -> list[str]:
        """What a reader is given to find the study, most useful first ("led by a
        professor" names no lead author)."""
        out = []
        for key in ("trial_name", "journal", "meeting", "date", "year", "lead_author", "institution", "title"):
            if getattr(self, key) and (key != "lead_author" or self.named_author):
                out.append(key)
        if self.dated_news and (self.journal or self.meeting) and not (self.date or self.year):
            out.append("article_date")
        return out

    @property
    def findable(self) -> bool:
        """Enough for a reader (or a librarian) to find the paper without a link: the
        journal (or the meeting where it was presented) and either who did it (a named lead
        author, the institution, the study's title or trial name) or the exact publication
        date ("published Monday in JAMA Pediatrics"); without a venue, a named lead author
        plus institution or date. In a news report or press release a venue with the year,
        or for a study it tells of as current ("The results appear in Nutrition Journal"),
        is findable too, and so is a named lead author with the year or the article's date
        (an author-year citation): that is how newsrooms cite, and an editor looks the
        paper up from it. Consumer pages and product copy are held to the
        stricter test: "a study in the Journal of X (2016)" there is the shape of an
        invented citation. A public agency's survey with its year ("a 2015 survey of smoking by
        adults by the Centers for Disease Control and Prevention", or told as recent: "in a recent
        survey, the Centers for Disease Control and Prevention found") is findable on the agency's
        own pages, where it publishes its surveys by name and year (editors' verdicts on s157 F062,
        s163 F021 and F032).
        A review in a series of reviews searched by topic ("a review of
        27 trials published by the Cochrane Library"; ``study_cues.toml``
        ``[review_databases]``) is findable by the topic the article gives it. A trial known by its
        name ("the Jupiter trial", "the SPRINT trial"; ``trial_name``) is findable by that name
        alone (editor's verdict on s251 J108); a named cohort ("the Nurses' Health Study") is
        not, since many papers draw on it."""
        who = bool(self.named_author or self.institution or self.title)
        if self.trial_name:
            return True  # "the Jupiter trial": registries and PubMed index a trial by its name
        if self.team_found and self.named_author:
            return True  # "These same researchers reported in a other trial …": the found study's leader's papers
        if self.journal and cue_pattern("review_databases", "names").search(self.journal):
            return True
        if self.design == "survey" and (self.year or self.told_as_new) and self.institution \
                and _agencies().fullmatch(self.institution):
            return True  # "a 2015 survey … by the Centers for Disease Control and Prevention": the agency's own survey of that year
        if self.journal or self.meeting:
            return (who or bool(self.date) or (self.news and bool(self.year or self.current))
                    or (self.reported and bool(self.year)) or self.told_as_new)
        if self.news and self.named_author and (self.year or self.dated_news):
            return True  # "Smith, 2019": the author-year citation of news copy
        return bool(self.named_author and (self.institution or self.date))

    @property
    def named_author(self) -> bool:
        """The lead author is named, not only announced ("led by", "study author")."""
        return bool(self.lead_author and not _BARE_AUTHOR_CUE.match(self.lead_author))

    def as_evidence(self) -> dict[str, Any]:
        return {
            "journal": self.journal, "year": self.year, "date": self.date,
            "institution": self.institution, "lead_author": self.lead_author,
            "title": self.title, "trial_name": self.trial_name, "meeting": self.meeting,
            "identifiers": dict(self.identifiers),
            "clues": self.clues(),
            "pooled_in": self.pooled_in,
        }


#: "Epidemiology", "epidemiologic(al)" as a design: of a study, an investigation, a cohort, a
#: survey, an analysis, data or research ("a large epidemiology study", "an epidemiological
#: investigation"), not a person's title ("epidemiologist"), a department ("the department of
#: epidemiology") or a journal.
_EPIDEMIOLOGICAL_DESIGN = compile_re(r"epidemiolog(?:y|ic|ical) (?:stud(?:y|ies)|investigations?|cohorts?|surveys?|"
                                     r"analys[ie]s|research|data|evidence)\b", re.IGNORECASE)
#: "Followed by" is what came after ("a first dose followed by a single dose for 16 weeks"):
#: a treatment's schedule, not people followed up; unless people who follow come after "by"
#: ("followed by the study nurses for two years", "followed by the research team"): a cohort.
_FOLLOWED_BY = compile_re(r"followed by\b(?! (?:the |a |an |their |its |our |his |her )?(?:[\w-]+ ){0,2}?"
                          r"(?:researchers?|team|nurses?|doctors?|physicians?|clinicians?|investigators?|scientists?|"
                          r"staff|epidemiologists?|workers?|coordinators?|assistants?)\b)", re.IGNORECASE)


def observational_cue(text: str, start: int) -> bool:
    """An observational design word at ``text[start:]`` (a cue of ``completeness_cues.toml``
    ``[evidence_quality] observational``: a cohort, a registry, "epidemiolog…", people
    "followed … for ten years") names the design of a study, not a person, a place or a
    schedule: "epidemiologist", "the department of epidemiology" or a journal's
    "Epidemiology" name who or where (review of crit11: a phase II trial was told it was
    observational by its author's title), and only "an epidemiological study" (or an
    epidemiology study, investigation, cohort, survey, analysis, data, research) is the design;
    "a first dose followed by a single dose for 16 weeks" is a treatment's schedule (crit11b),
    "followed by the study nurses for two years" a cohort (review of crit12). The one reading of "is this word the study's
    observational design" that every reader (``Article.study_weakness``, CMP004's message,
    CMP011's overclaims) uses."""
    head = text[start:start + 16].lower()
    if head.startswith("epidemiolog"):
        return bool(_EPIDEMIOLOGICAL_DESIGN.match(text, start))
    return not _FOLLOWED_BY.match(text, start)


def _trial_reading(key: str) -> str:
    """The ``[trial_reading] key`` words of study_cues.toml as one alternation."""
    return "|".join(f"(?:{w})" for w in cues()["trial_reading"][key])


def _named_trial(key: str) -> str:
    """The ``[named_trial] key`` words of study_cues.toml as one alternation."""
    return "|".join(f"(?:{w})" for w in cues()["named_trial"][key])


#: A trial known by its name ("a large study known as the Jupiter trial", "the SPRINT trial",
#: "a trial, called ACCORD,"): findable by that name alone (``study_cues.toml``
#: ``[named_trial]``; a disease or an agency is no name). A named cohort ("the Nurses' Health
#: Study", "the PROOF study") is not: hundreds of papers draw on it.
_NAMED_TRIAL = compile_re(
    rf"\b(?:{_named_trial('naming')})\s+(?:the\s+)?[\"“]?(?P<n1>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})[\"”]?"
    r"\s+(?:trial|Trial)\b(?!\s+[A-Z]|-)"
    r"|\b[Tt]he\s+(?P<n2>[A-Z][A-Z0-9-]{3,})\s+trial\b"
    # "the National Lung Screening Trial", not "the Clinical Trial Registry" (a capitalised word
    # after "Trial" makes it part of another body's name)
    r"|\bthe\s+(?P<n3>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+Trial\b(?!\s+[A-Z]|-)"
    rf"|\btrial,?\s+(?:{_named_trial('naming')})\s+(?:the\s+)?(?P<n4>[A-Z][A-Z0-9-]{{3,}})\b"
)


def _trial_name(text: str) -> str | None:
    """The name a trial is known by in ``text`` (``_NAMED_TRIAL``), or None."""
    for m in _NAMED_TRIAL.finditer(text):
        name = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4")
        first = name.split()[0]
        if first not in cues()["named_trial"]["not_names"] and first not in cues()["named_trial"]["not_name_words"] \
                and not _agencies().match("the " + name):
            return name
    return None


#: People "followed", "tracked" or "monitored" over a time (``[trial_reading] followed``).
_PEOPLE_FOLLOWED = compile_re(rf"(?:{_trial_reading('followed')})\b", re.IGNORECASE)
#: A trial with one group (``[trial_reading] one_group``: single-arm, open-label, an
#: uncontrolled trial; not "uncontrolled asthma").
_ONE_GROUP = compile_re(rf"\b(?:{_trial_reading('one_group')})\b", re.IGNORECASE)
#: The study named a trial, in the singular ("the phase 2 trial", "a clinical trial", "in the
#: trial"); "trials" are other studies ("clinical trials have shown").
_A_TRIAL = compile_re(r"\btrial\b(?!s)", re.IGNORECASE)
#: What makes a trial named in the sentence not this study (``[trial_reading] other_trial``:
#: "unlike a clinical trial", "an earlier trial", "the next trial"); not a bare "than" nor a year.
_NOT_THIS_TRIAL = compile_re(rf"\b(?:{_trial_reading('other_trial')})\s+(?:[\w-]+\s+){{0,3}}?trial\b", re.IGNORECASE)
#: A sentence that opens on people already named (``[trial_reading] anaphora``: "The patients
#: were followed", "They were followed").
_ANAPHORA = compile_re(rf"\W*(?:{_trial_reading('anaphora')})\b", re.IGNORECASE)


def people_followed(text: str, start: int) -> bool:
    """The observational cue at ``text[start:]`` is people followed over a time ("followed
    for two years", "tracked 5,000 nurses over 20 years"), not a design word of its own."""
    return bool(_PEOPLE_FOLLOWED.match(text, start))


def names_trial(sentence: str) -> bool:
    """The sentence names its study a trial: the ``trial`` family of ``[design_families]``
    ("a phase 2 trial", "the clinical trial", "patients in the trial"; a "review of 27 trials"
    is a review), in the singular and not denied, set against the study or another one
    ("unlike a clinical trial", "an earlier trial", "clinical trials have shown"), or a trial
    with one group (single-arm, open-label). A trial gave its
    participants the treatment, so people it "followed for two years" are its participants
    followed up, not a cohort; with no comparison group named it is a single-arm trial (what
    ``Article.study_weakness`` reads as uncontrolled), not an observational study."""
    if _ONE_GROUP.search(sentence):
        return True
    if _design_family(sentence) != "trial":
        return False
    # a trial denied, set against the study or another one ("unlike a clinical trial, the study
    # simply followed …", "an earlier trial"): each such "trial" is taken out before looking again
    return bool(_A_TRIAL.search(_NOT_THIS_TRIAL.sub(" ", sentence)))


def opens_on_people_named(sentence: str) -> bool:
    """The sentence opens on people an earlier sentence named ("The patients were followed for
    two years", "They were followed"): its study is the one told before it."""
    return bool(_ANAPHORA.match(sentence))


_STUDY_ANAPHORA = compile_re(rf"\W*(?:{_trial_reading('study_anaphora')})\b", re.IGNORECASE)


def goes_on_telling_study(sentence: str) -> bool:
    """The sentence opens on the study just named ("The trial was conducted on about 8,000
    smokers", "It enrolled 3,000 adults": ``[trial_reading] study_anaphora``)."""
    return bool(_STUDY_ANAPHORA.match(sentence))


def names_other_trial(sentence: str) -> bool:
    """The sentence names a trial other than the study or set against it ("an earlier trial",
    "unlike a clinical trial", "the next trial")."""
    return bool(_NOT_THIS_TRIAL.search(sentence))


def study_mentions(doc: Document) -> list[StudyMention]:
    return doc.analysis("studies", find_study_mentions)


def study_sentences(doc: Document) -> frozenset[int]:
    """The sentences (indices into ``doc.sentences``) that tell a study the prose mentions: each
    mention's own sentence and the later sentences that tell the same study again
    (``StudyMention.retold``: "A study of 1,108 adolescents published in May …" after "a recent
    study found …"), the coreference ``find_study_mentions`` already does. A detail said there
    (how many people took part) is said of the study."""
    return frozenset(k for m in study_mentions(doc) for k in (m.sentence, *m.retold))


#: How often an article must tell what people said (the genre analysis's "said" cue) to be
#: read in a reporter's voice when no other newsroom cue (a dateline, an outlet) fired: a
#: consumer page quotes its one expert once or twice, a news feature quotes several.
_REPORTED_SAID = 3


def find_study_mentions(doc: Document) -> list[StudyMention]:
    sentences = doc.sentences
    mentions: list[StudyMention] = []
    # what reads as a news report or press release (by its content, at any confidence)
    g = genre(doc)
    news = g.is_(NEWS, PRESS_RELEASE) or _wire_copy(doc)
    voice = g.cues.get(NEWS, {})
    reported = news or ((voice.get("said", 0) >= _REPORTED_SAID or any(cue != "said" for cue in voice))
                        and g.label != PRODUCT_PAGE and not g.scores.get(PRODUCT_PAGE))
    dated = news and _dated(doc)
    for k, sent in enumerate(sentences):
        if doc.blocks[sent.block].role != BODY or doc.blocks[sent.block].info == "footnote":
            continue
        text = doc.text[sent.start:sent.end]
        mention = _mention_in(text)
        if mention is None:
            continue
        kind, s, e, journal = mention
        m = StudyMention(sent.start + s, sent.start + e, k, kind, journal=journal, news=news, reported=reported,
                         design=_design_family(text))
        _fill_clues(m, text)
        _fill_identifiers(doc, m, k)
        # "Another study found …" right after the story's study: the sentence that told that one
        # gives its clues, not this one's
        told = {o.sentence for o in mentions} if _ANOTHER.search(text[max(0, s - 12):e]) else set()
        for j in _window(doc, k):
            near = doc.text[sentences[j].start:sentences[j].end]
            if j != k and j not in told and not _OTHER_STUDY.search(near) and not _other_design(m, near):
                _fill_clues(m, near, nearby=True)
        if m.journal is None and mentions and mentions[-1].journal and _SAME_JOURNAL.search(text):
            m.journal = mentions[-1].journal
        if mentions and _SAME_ISSUE.search(text):
            # "an editorial published in the same issue of JAMA": found with the study told before it;
            # a trial it names ("a separate analysis … used data from the PARADIGM-HF trial") is its own
            m.trial_name = None
            _merge(mentions[-1], m)
            continue
        if _ANOTHER.search(text[max(0, s - 12):e]):
            mentions.append(m)
            continue
        same = next((other for other in mentions if _same_study(m, other) and not _another_trial(m, other, text)), None)
        if same is None:
            mentions.append(m)
        else:
            _merge(same, m)
    _authors_further_on(doc, mentions)
    _meetings_further_on(doc, mentions)
    _details_further_on(doc, mentions)
    for m in mentions:
        text = _own_clause(doc, m)
        earlier = _OLDER.search(text)  # "an earlier study": told as past, not the story's news
        other = _ANOTHER.search(text)  # "another trial", "a separate report": not the story's main study
        older = earlier or other
        # in news copy a journal told with a study's topic finds it, the story's main study or a
        # separate one ("Those findings appear in a separate report in the journal Menopause");
        # only a study told as past is not current
        m.current = news and m.year is None and (not earlier or bool(_CURRENT.search(text)))
        # told as new in any genre ("new research in Neurology suggests", "a study recently
        # published in JAMA Internal Medicine", "The study, published in the journal …"): a
        # news item's shape, which its venue and topic find
        m.told_as_new = m.year is None and not older and bool(
            _CURRENT.search(text) or re.match(r"\W*the (?:new |latest )?(?:study|paper|research|trial)\b", text, re.IGNORECASE))
        m.dated_news = m.current and dated and not (other and not _CURRENT.search(text))  # the story's date dates its own study
    _same_team(doc, mentions)  # after the clues and dates above: whether the team's study is found
    _pooled_members(doc, mentions)
    return mentions


@cache
def _study_cue(section: str, key: str) -> re.Pattern[str]:
    """One pattern of ``study_cues.toml`` (a string, not a list of phrases), case-insensitive."""
    return compile_re(cues()[section][key], re.IGNORECASE)


def _same_team(doc: Document, mentions: list[StudyMention]) -> None:
    """A study told as the work of "these same researchers" ("the same team", "the same group of
    investigators"; ``[same_team] pointer``) has the lead author of the
    nearest study before it whose lead author is named: the pointer names the team, and its
    leader with it (s271 F076: "These same researchers reported in a other trial …" after the
    lead researcher of the story's study was named). When that study can be found, so can this
    one (``team_found``): the found paper pins down who the leader is, and a search of that
    author's papers on the subject the article gives finds their other study, as the editor did.
    With no such study before, the pointer names no one; "other researchers" point at no one."""
    pointer = _study_cue("same_team", "pointer")
    for m in mentions:
        sent = doc.sentences[m.sentence]
        if not pointer.search(doc.text, sent.start, sent.end):
            continue
        before = [o for o in mentions if o is not m and o.named_author and o.sentence < m.sentence]
        if not before:
            continue
        led = max(before, key=lambda o: o.sentence)
        if m.named_author and m.lead_author != led.lead_author:
            continue  # its own author named ("The same team, now led by Dr. Una Kell, …")
        m.lead_author = led.lead_author
        m.team_found = led.cited or led.findable


#: How far after the review (its own sentence or a retelling) an article goes on telling its
#: pooled trials one by one: its paragraph and the next two, within this many sentences.
_POOLED_REACH = 6


def _pooled_members(doc: Document, mentions: list[StudyMention]) -> None:
    """A study told as one of a review's pooled trials: a review that counts the studies it
    pooled ("a new Pediatrics study that pooled 12 small trials of colic treatments"; ``[pooled]
    counted``), findable or cited, and then, within ``_POOLED_REACH`` sentences, in its paragraph
    or the next two and the same section, "Another study looked at …", "One trial gave …"
    (``[pooled] member``) with no venue, year, institution, author or name of its own and not
    told as new or earlier: it is one of those trials, and the reader finds it through the
    review (s271 F017). A study with a clue of its own ("Another study, published in 2019 in
    Gut, …") is another study, and so is one told against the review or with an origin of its
    own ("which was not part of the review", "found the opposite", "from a university in Texas";
    ``[pooled] contrast``)."""
    counted, member = _study_cue("pooled", "counted"), _study_cue("pooled", "member")
    contrast = _study_cue("pooled", "contrast")
    sentences = doc.sentences
    for r in mentions:
        if not (r.cited or r.findable):
            continue
        told = [k for k in (r.sentence, *r.retold)
                if counted.search(doc.text, sentences[k].start, sentences[k].end)]
        if not told:
            continue
        at = told[0]
        for m in mentions:
            if m is r or m.pooled_in is not None or m.clues() or m.cited or not at < m.sentence <= at + _POOLED_REACH:
                continue
            first, own = sentences[at], sentences[m.sentence]
            if own.block > first.block + 2 or doc.blocks[own.block].section != doc.blocks[first.block].section:
                continue
            clause = _own_clause(doc, m)
            if contrast.search(doc.text, own.start, own.end):
                continue  # "Another study, which was not part of the review, …", "… from a university in Texas"
            if member.match(clause) and not _CURRENT.search(clause) and not _OLDER.search(clause):
                m.pooled_in = r.sentence


def _own_clause(doc: Document, m: StudyMention) -> str:
    """The sentence of ``m`` up to the end of the clause that names it: whether the study is
    told as older or new is read there, not from another study the sentence goes on to name."""
    sent = doc.sentences[m.sentence]
    rest = STUDY_CLAUSE_END.search(doc.text, m.end, sent.end)
    return doc.text[sent.start:rest.start() if rest else sent.end]


def _wire_copy(doc: Document) -> bool:
    """The story opens under a wire-copy dateline, a place ("DURHAM, N.C. —", "LONDON
    (Reuters) -") or a date followed by a dash ("March 7, 2011 -- …", "TUESDAY, Oct. 16,
    2018 (HealthDay News) --"): news copy, whatever else the genre analysis weighs; a date
    on a line of its own ("Published March 7, 2011") is not a dateline."""
    text = doc.text
    if place_dateline(text) is not None:
        return True
    return any(m.group(0).rstrip()[-1:] in "-—–‒―─\x97" for m in DATED_DATELINE_RE.finditer(text, 0, DATELINE_ZONE))


def _dated(doc: Document) -> bool:
    """The article carries its date: front matter, a date line or a wire dateline."""
    if any(doc.meta.get(key) for key in ("date", "published", "updated", "date_published", "modified")):
        return True
    found = doc.analysis("structure.dates", lambda d: text_dates(d.text))
    return bool(found) or has_dateline(doc.text)


#: A sentence that goes on telling the study just named, by its opening (``[trial_reading]
#: study_anaphora`` and ``details_anaphora``: "The study was published in 2025", "It was
#: conducted at …", "The work, by a team at …", "The journal was …", "Results were published …").
_DETAILS_ANAPHORA = compile_re(
    rf"\W*(?:{_trial_reading('study_anaphora')}|{_trial_reading('details_anaphora')})\b", re.IGNORECASE)
#: A verb of doing or publishing research ("published", "conducted", "led", "enrolled";
#: ``[trial_reading] study_verbs``): what a sentence telling a study's details says of it.
_STUDY_VERB = compile_re(rf"\b(?:{_trial_reading('study_verbs')})\b", re.IGNORECASE)


def _details_further_on(doc: Document, mentions: list[StudyMention]) -> None:
    """A study's details told in the sentences that go on telling it, its paragraph and the
    next ("A clinical study has shown … . The study was published in 2025. It was conducted at
    the University of Adelaide. The journal was Sleep Medicine."): each such sentence, in a row
    after the mention's, gives its clues as the study's own (its year "in 2025", its
    institution), up to the first that does not open on the study, tells another study ("An
    earlier study …") or is another mention's."""
    sentences = doc.sentences
    others = {k for m in mentions for k in (m.sentence, *m.retold)}
    for m in mentions:
        first = sentences[m.sentence]
        section = doc.blocks[first.block].section
        j = m.sentence + 1
        while j < len(sentences) and sentences[j].block <= first.block + 1 \
                and doc.blocks[sentences[j].block].section == section:
            text = doc.text[sentences[j].start:sentences[j].end]
            if (j in others and j not in m.retold) or not _DETAILS_ANAPHORA.match(text) \
                    or not _STUDY_VERB.search(text) or _OTHER_STUDY.search(text) or _ANOTHER.search(text):
                # ("It is taught free at Stanford" opens on "it" but tells no study: a sentence
                # goes on telling the study only with a verb of doing or publishing research)
                break
            _fill_clues(m, text, nearby=True, retelling=True)
            j += 1


def _meetings_further_on(doc: Document, mentions: list[StudyMention]) -> None:
    """"The research … will be presented at the European Congress on Obesity" several
    sentences after the study is introduced: the meeting is that study's venue (the nearest
    mention before it, or the first one after it, without a venue of its own)."""
    if not mentions or all(m.journal or m.meeting for m in mentions):
        return
    for k, sent in enumerate(doc.sentences):
        if doc.blocks[sent.block].role != BODY:
            continue
        text = doc.text[sent.start:sent.end]
        if "resent" not in text and "nnounc" not in text and "eport" not in text and "iscuss" not in text \
                and "nveil" not in text and "elease" not in text:
            continue
        name = _meeting_in(text)
        if name is None or _OTHER_STUDY.search(text):
            continue
        before = [m for m in mentions if m.sentence <= k]
        nearest = max(before, key=lambda m: m.sentence) if before else min(mentions, key=lambda m: m.sentence)
        if nearest.meeting is None:
            nearest.meeting = name


#: A meeting named by its society whatever verb comes before ("given by Holt and fellow
#: scientists at the American College of Obstetricians and Gynecologists' annual meeting
#: this week"): the society's annual meeting is a findable venue on its own.
_MEETING_OF = compile_re(
    r"\b(?:at|during|before)\s+(?:the\s+|(?:this|last|next)\s+(?:week|month|year)['’]s\s+)(?:\d+(?:st|nd|rd|th)\s+)?"
    r"(?P<name>(?:[Aa]nnual|[Ss]cientific)\s+(?:[Mm]eeting|[Cc]onference|[Cc]ongress|[Ss]essions|[Ss]ymposium)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|on)){0,10})"
)


def _meeting_in(text: str) -> str | None:
    found = _MEETING.search(text) or _MEETING_OF.search(text)
    if found is None or not re.search(r"[A-Z]", found.group("name")):
        return None
    return found.group("name").strip().rstrip(".,;:")


#: How many sentences after (before) its study a story names the lead author: HealthDay
#: quotes the lead researcher up to about ten sentences on; WebMD names the "study
#: researcher" a few sentences before the journal.
_AUTHOR_REACH = (12, 6)
#: Another study than the one before it (``[study] other_study``).
_OTHER_STUDY = compile_re(cues()["study"]["other_study"], re.IGNORECASE)


def tells_other_study(text: str) -> bool:
    """The sentence tells another study than the one before it ("another trial", "an earlier
    study", "a separate analysis"; ``[study] other_study``). "Previous research" as an unnamed
    source is read by the resolution analysis (``[reading_window] earlier_source``)."""
    return _OTHER_STUDY.search(text) is not None


def _authors_further_on(doc: Document, mentions: list[StudyMention]) -> None:
    """A news story names its study and its lead author sentences apart, often beyond the
    clue window ("…, said study lead researcher Dr. Elena Arbelo" eight sentences on): a
    sentence that says outright who led or wrote a study names the author of the nearest
    study mentioned before it (or, with none before, soon after it) in the same section,
    when that one has no named author yet; in a news report the section may be a later one, the
    story's subheadings parting one story. A sentence about another study ("A third trial
    … is being led by …") names that study's author, not this one's."""
    if not mentions or all(m.named_author for m in mentions):
        return
    sentences = doc.sentences
    for k, sent in enumerate(sentences):
        if doc.blocks[sent.block].role != BODY:
            continue
        text = doc.text[sent.start:sent.end]
        found = _person_author(_STUDY_AUTHOR.search(text), text)
        if found is None or _BARE_AUTHOR_CUE.match(found.group(0)) or _OTHER_STUDY.search(text):
            continue
        own = [m for m in mentions if m.sentence == k or k in m.retold]
        before = [m for m in mentions if k - _AUTHOR_REACH[0] <= m.sentence < k]
        after = [m for m in mentions if k < m.sentence <= k + _AUTHOR_REACH[1]]
        if not own and not before and not after:
            continue
        # a sentence that tells a study and its lead author names that study's ("…, according to a
        # study published Monday in Pediatrics and led by Dr. Ana Roe"), not the next one told
        nearest = (own[0] if own else max(before, key=lambda m: m.sentence) if before
                   else min(after, key=lambda m: m.sentence))
        section = doc.blocks[sent.block].section
        same_section = doc.blocks[sentences[nearest.sentence].block].section == section
        # a news story's subheadings ("False Alarms Are Common") part one story: its study's researcher
        # is named under the next one ("…, study researcher Jane Roe says"); not in a section the
        # article's structure reads as other than its body ("About the project", the references)
        story_section = (nearest.news and nearest.sentence < k and 0 <= section < len(doc.sections)
                         and doc.sections[section].role == BODY)
        if (same_section or story_section) and not nearest.named_author:
            nearest.lead_author = found.group(0)


#: Words without which a sentence cannot mention a study (a cheap test before the rest).
_ANY_CUE = compile_re(r"stud|trial|research|journal|paper|publish|analys|review|survey|experiment|"
                      r"scientist|investigator|report|appear|finding|JAMA|BMJ|NEJM|Lancet|PNAS|MMWR",
                      re.IGNORECASE)
#: ``_ANY_CUE`` as a test of the ``fold``ed sentence: the pattern is nothing but literals, so
#: it matches a text exactly when one of them, lower case, is in the text folded (what
#: IGNORECASE equates with an ASCII letter, lower-cased); this runs on every body sentence,
#: and a case-sensitive scan is about twice as fast as the IGNORECASE one.
_ANY_CUE_FOLDED = compile_re(_ANY_CUE.pattern.lower())


#: A note about a journal issue with no finding in it ("related material from this issue of
#: JAMA is on the media website", "Editorial: … A JAMA Theme Issue") names the journal, not
#: a study.
_ISSUE_NOTE = compile_re(r"\b(?:this|the same|the current|next|that) issue of\b|\btheme issue\b|"
                         r"^\W*(?:editorial|(?:invited )?commentary|related (?:article|material)s?)\s*:",
                         re.IGNORECASE)


#: The funding acknowledgement NIH asks for ("Research reported in this publication was
#: supported by … under award number …") names the journal but describes no finding.
_FUNDING_NOTE = compile_re(r"^\W*research reported in\b.{0,150}?\b(?:was|is) supported\b", re.IGNORECASE)


def _mention_in(text: str) -> tuple[str, int, int, str | None] | None:
    if not _ANY_CUE_FOLDED.search(fold(text)) and not journal_names()[1].search(text):
        return None
    if _JOURNAL_LIST.search(text) or _FUNDING_NOTE.search(text):
        return None  # "has published in journals including Blood and Cell": a bio, no study
    journal = find_journal(text)
    if journal and _VENUE_LIST.match(text, journal[2]) and _PLURAL_WORK.search(text, 0, journal[1]):
        return None  # "articles from the study have appeared in AJCN, BMC Nutrition, and Appetite": a body of work
    if journal and (_FINDING_VERB.search(text) or not _ISSUE_NOTE.search(text)):
        name, s, e = journal
        return "journal", s, e, name
    if _INDEFINITE_STUDY.search(text) or re.search(r"\b(?:researchers|scientists|investigators)\b",
                                                   text, re.IGNORECASE):
        m = _RESEARCHERS_AT.search(text)
        institution = _institution_in(m.group("rest")) if m else None
        if m and institution and _FINDING_VERB.search(text):
            end = text.find(institution, m.start("rest")) + len(institution)
            return "institution", m.start(), end, None
    m = _INDEFINITE_STUDY.search(text)
    if m and _FINDING_VERB.search(text, m.end()) and not re.search(
            r"\b(?:is|was|be|been|are|were|into|of|for|enrolled|joined)\s*$"
            # a study under way or planned has no findings yet ("Dr. Bianchi is conducting another study")
            r"|\b(?:is|are|will be|has been|have been)\s+(?:now\s+)?(?:conducting|running|leading|planning|designing|"
            r"launching|starting|recruiting for)\s*$|\bplans?\s+(?:to\s+(?:run|conduct|launch|start)\s+)?$", text[:m.start()]):
        return "study", m.start(), m.end(), None
    return None


def find_journal(text: str) -> tuple[str, int, int] | None:
    """The journal named in ``text`` (name, start, end), if any."""
    names, known = journal_names()
    for m in _PUBLISHED_IN.finditer(text):
        name = _TRAILING_WORDS.sub("", _ENDNOTE.sub("", m.group("name")).rstrip(".,;:"))
        name = _NAME_END.split(name)[0]
        start = m.start("name")
        after = text[start + len(name):]
        owned = _OWNED_JOURNAL.match(after) if name.endswith(("'s", "’s")) else None
        if owned:  # "published in the Royal Society of Chemistry's journal, Chemical Science"
            start += len(name) + owned.start("name")
            name = _NAME_END.split(_TRAILING_WORDS.sub("", owned.group("name").rstrip(".,;:")))[0]
            return name, start, start + len(name)
        if m.group("prep") == "by" and not m.group("flag") and name not in names and "Journal" not in name:
            continue  # "published by the National Institutes of Health": a publisher, not a journal
        journal_like = (m.group("flag") or name in names or _JOURNAL_WORDS.search(name)
                        or re.match(r"[a-z]{1,3}[A-Z]", name)  # mBio, eLife, iScience
                        or _CALLED_JOURNAL.match(after)  # "Anesthesiology, the official journal of"
                        or _expanded_journal(after, names)  # "CMAJ (Canadian Medical Association Journal)"
                        or (m.group("verb").startswith(("publish", "appear")) and _journal_shaped(name, after)))
        if journal_like and len(name) > 2 and not _INSTITUTION_LIKE.search(name):
            return name, start, start + len(name)
    for known_match in known.finditer(text):
        if not _DEPARTMENT_BEFORE.search(text, 0, known_match.start()) and \
                not _DEPARTMENT_AFTER.match(text, known_match.end()):
            return known_match.group(0), known_match.start(), known_match.end()
    return _titled_journal(text) or _premodifier_journal(text) or _lower_case_journal(text)


@cache
def _premodifier_re() -> re.Pattern[str]:
    # longest first, then by name: one spelling of the pattern in every process (a set's order follows the hash seed)
    names = "|".join(re.escape(n) for n in sorted(_AMBIGUOUS_JOURNALS, key=lambda n: (-len(n), n)))
    nouns = "|".join(cues()["study"]["nouns"])
    shape = cues()["journal_shape"]
    articles, times, not_after = ("|".join(map(re.escape, shape[k])) for k in
                                  ("premodifier_articles", "premodifier_times", "premodifier_not_after"))
    return compile_re(rf"\b(?i:{articles})\s+(?:(?i:{times})\s+)?(?P<name>{names})\s+(?:{nouns})\b(?![\w-]|\s+(?:{not_after})\b)")


def _premodifier_journal(text: str) -> tuple[str, int, int] | None:
    """A journal whose name is a common word, named as it stands before the study noun ("a new
    Pediatrics study", "the Neurology paper"): capitalised there, after an article, before a study
    noun in lower case, it is the title ("A New Sleep Study" in headline case, every word capitalised,
    is not). Elsewhere such a name is read only after "published in" (``_AMBIGUOUS_JOURNALS``)."""
    m = _premodifier_re().search(text)
    return (m.group("name"), m.start("name"), m.end("name")) if m else None


#: A journal by the shape of its title wherever the sentence names it, as subject or object
#: ("back in 2016, the Journal of the American Chemical Society reported …", "The Annals of
#: Family Medicine study found …"): "Journal/Annals/Archives of" and a
#: capitalised name, with up to three capitalised words before ("European Journal of …").
#: A newspaper called a Journal ("The Wall Street Journal") has no "of" after the word.
_TITLED_JOURNAL = compile_re(
    r"(?<![\w'’-])(?P<name>(?:(?!The\b)[A-Z][\w&'’-]*\s+){0,3}(?:Journal|Annals|Archives)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|&|in|for|the|on))*)")


def _titled_journal(text: str) -> tuple[str, int, int] | None:
    if " of " not in text:
        return None
    for m in _TITLED_JOURNAL.finditer(text):
        name = _TRAILING_WORDS.sub("", m.group("name"))
        if _DEPARTMENT_BEFORE.search(text, 0, m.start()) or _DEPARTMENT_AFTER.match(text, m.start() + len(name)):
            continue  # "editor of the Journal of …", "Archives of Surgery department"
        return name, m.start(), m.start() + len(name)
    return None


#: A journal whose title is printed in lower case, as some are ("published today in
#: ecancermedicalscience"): one lower-case word right after "published/appears … in (the
#: journal)", followed by the end of the clause or a word that carries the sentence on
#: ("has found", "on Monday", "and"), not by a noun it would qualify ("published in
#: esketamine trials"). Whether the word is a title and not English is asked of the CMU
#: pronouncing dictionary (``_not_english``), not of a list of titles.
_LOWER_JOURNAL = compile_re(
    r"\b(?:published|appear(?:s|ed|ing)?)\b(?:\s+(?:online|today|yesterday|recently|\w+day|this \w+|last \w+)){0,2}"
    r"\s+in\s+(?:the\s+)?(?:(?:[\w-]+\s+)?journal,?\s+)?(?P<name>[a-z]{6,})(?![\w'’-])"
    r"(?=\s*(?:[.,;:)\u2014]|$|-\s|\s(?:has|have|had|was|is|on|in|by|and|this|last|earlier|today|which|that|"
    r"found|finds|shows|showed|reports|reported|suggests|says)\b))")


def _lower_case_journal(text: str) -> tuple[str, int, int] | None:
    if "publish" not in text and "ppear" not in text:
        return None
    for m in _LOWER_JOURNAL.finditer(text):
        if _not_english(m.group("name")):
            return m.group("name"), m.start("name"), m.end("name")
    return None


def _not_english(word: str) -> bool:
    """``word`` is not in the CMU pronouncing dictionary (about 126,000 English words and
    names, the dictionary the readability analysis counts syllables with), in any of its
    plain inflections."""
    from lint_rules.analysis.textstat_offline import syllable_counts

    words = syllable_counts()
    stems = {word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ed"), word.removesuffix("ing")}
    return not any(stem in words for stem in stems)


#: Where a name after "published in" ends: before "in"/"on" and a date or a lower-case
#: word ("Cancer Discovery on Monday", "The Lancet in 2015"), but not inside a title
#: ("Frontiers in Pharmacology", "Computers in Biology and Medicine").
_NAME_END = compile_re(r"\s+(?:in|on)\s+(?=the\b|an?\b|\d|[a-z]|" + _MONTHS
                       + r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
#: "the Royal Society of Chemistry's journal, Chemical Science": the journal follows.
_OWNED_JOURNAL = compile_re(rf"\s+(?:\w+\s+)?journal,?\s+(?P<name>[A-Z][\w'’&.-]*(?:\s+{_NAME_CHUNK})*)")
#: A listed journal's title used as a department or in a job title ("Professor and Chair,
#: Obstetrics and Gynecology at Western University", "editor of JAMA Internal Medicine").
_DEPARTMENT_BEFORE = compile_re(r"\b(?:Professor|Chair|Chairman|Department|Dept\.?|Division|Director|Chief|"
                                r"[Ee]ditor(?:-in-[Cc]hief)?)(?:\s+and\s+\w+)?,?\s+(?:of\s+)?(?:the\s+)?\Z")
_DEPARTMENT_AFTER = compile_re(r"\s+(?:at|department)\b", re.IGNORECASE)


#: A journal's full title in brackets after its abbreviation ("CMAJ (Canadian Medical
#: Association Journal)", "JNCI (Journal of the National Cancer Institute)").
_BRACKETED = compile_re(r"\s*\((?:the\s+)?(?P<full>[A-Z][^()\n]{4,120})\)")


def _expanded_journal(after: str, names: frozenset[str]) -> bool:
    """The name is followed by a bracketed full title that is a known or journal-shaped name."""
    found = _BRACKETED.match(after)
    if found is None:
        return False
    full = found.group("full").strip()
    return full in names or bool(re.search(r"\b(?:Journal|Annals|Archives|Proceedings|Lancet)\b", full))


#: An appositive that says the name before it is a journal.
_CALLED_JOURNAL = compile_re(r",\s+(?:the|an?)\s+(?:official\s+)?(?:[\w-]+\s+){0,2}journal\b", re.IGNORECASE)


def _journal_shaped(name: str, after: str) -> bool:
    """A title-case name right after "published in" / "appeared in" that is not in the
    journal list but has a journal's shape: several capitalised words ("Personality and
    Individual Differences", "Frontiers in Pharmacology") or one long word ("Menopause",
    "Cephalalgia"). Dates, people, places, languages and news outlets ("published in
    March", "in the United States", "in Wired") are not journals, nor is an organisation
    whose journals follow ("published in American Heart Association scientific journals",
    the disclaimer under every AHA news release)."""
    if after.startswith(("'s", "’s")) or _ORGANISATION_END.search(name) or _PUBLISHER_OF.match(after) \
            or cue_pattern("journal_shape", "not_journals").match(name):
        return False
    if len(re.findall(r"\b[A-Z][\w'’&-]*", name)) >= 2:
        return True
    return len(name) >= 6 and not name.isupper()


_ORGANISATION_END = compile_re(r"\b(?:Association|Society|Foundation|Academy|Organi[sz]ation|Council|Agency|"
                               r"Press|Publishing|Group|Inc\.?|Ltd\.?)$")
_PUBLISHER_OF = compile_re(r"\s+(?:\w+\s+)?journals\b")


#: More journals listed after the first ("…in the American Journal of Clinical Nutrition, BMC
#: Nutrition, and Appetite"): several venues are where a body of work appeared, not one
#: study a reader is asked to find.
_VENUE_LIST = compile_re(r",\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|in|for))*?,?\s+and\s+(?:the\s+)?[A-Z]")
_PLURAL_WORK = compile_re(r"\b(?:articles|papers|studies|reports|findings|results|publications)\b", re.IGNORECASE)
_JOURNAL_LIST = compile_re(r"\bjournals,? (?:such as|including|like)\b", re.IGNORECASE)
_INSTITUTION_LIKE = compile_re(r"\b(?:University|College|Hospital|Institute|School|Department)\b")


@cache
def _agencies() -> re.Pattern[str]:
    """``study_cues.toml`` [agencies]: public agencies under their full names, with "the" and
    an optional "U.S."/"US" before them. For a mention's institution only: unlike
    ``_KNOWN_INSTITUTIONS``, a sentence naming one is not thereby a sourced claim ("Weeks after
    the Food and Drug Administration approved it, a pair of studies has found …")."""
    names = sorted(cues()["agencies"]["names"], key=len, reverse=True)
    return compile_re(r"\b(?P<name>[Tt]he (?:U\.?S\.? )?(?:" + "|".join(re.escape(n) for n in names) + r"))\b")


#: A study still to come (``[study] next_study``): its leader is not this study's author.
_NEXT_STUDY = compile_re(cues()["study"]["next_study"], re.IGNORECASE)
#: Words that make a name an organisation's (``[study] organisation_words``).
_ORGANISATION = compile_re(r"\b(?:" + "|".join(cues()["study"]["organisation_words"])
                           + r")\b")


#: A person named before an institution in the same sentence, with their degrees and roles
#: between ("Nicholas Roe, Au.D., of the …", "Jane Doe, MD, PhD, University of Harlow Professor of
#: Surgery, who led the study", "Dr. Jane Roe, professor of medicine at …").
_PERSON_BEFORE = compile_re(r"(?:\b(?:Dr|Prof|Professor)\.?\s+[A-Z][\w'’.-]*|\b[A-Z][a-z'’-]+(?:\s+[A-Z]\.)*\s+[A-Z][a-z'’-]+\s?,)")
#: A person named right after an institution's name ("led by Harlow Clinic's Jane Roe, M.D.",
#: "led by Harlow College of Medicine researcher Jane Roe").
_PERSON_AFTER = compile_re(r"(?:\b(?:researcher|investigator|scientist|Dr\.?|Prof\.?)\s+[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+"
                           r"|\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+,\s*(?:M\.?D|Ph\.?D)\b)")


def _person_author(found: re.Match[str] | None, text: str) -> re.Match[str] | None:
    """``found`` as a lead author when it is a person's name in a sentence about this study: not
    an organisation "and team" ("the Harlow Royal NHS Foundation Trust and team"; the name before
    its "of"/"at"/"from" and its role is read, so "Ana Roe of Harlow University and colleagues"
    stays), and not from a sentence about a study still to come ("… leading the next trial")."""
    if found is None or _NEXT_STUDY.search(text):
        return None
    name = re.split(r"\s+(?:of|at|from)\s+|,|\s+and\s+|\s+who\b|['’]s\s", found.group(0), maxsplit=1)[0]
    if _ORGANISATION.search(name) and not _PERSON_BEFORE.search(text, max(0, found.start() - 200), found.start()) \
            and not _PERSON_AFTER.search(text, found.end(), found.end() + 80):
        return None  # an organisation "and team"; not "Dr. Jane Roe of Harlow University Hospital and
        # colleagues", where the pattern's match opens on the institution after the person
    return found


def _institution_in(text: str) -> str | None:
    m = _INSTITUTION.search(text) or _KNOWN_INSTITUTIONS.search(text) or _agencies().search(text)
    return m.group("name").strip() if m else None


#: A sentence about a study, whose institution a nearby mention may take (``[trial_reading]
#: about_a_study``: "study", "researchers", "led by", "published in").
_ABOUT_A_STUDY = compile_re(rf"\b(?:{_trial_reading('about_a_study')})\b")
#: "published in": the mention's own sentence tells its paper ("Funded by a charity, the work has
#: been published in the Lancet Oncology"); a sentence near it may tell another paper's.
_OWN_PAPER = compile_re(r"\bpublished\s+in\b")


def _fill_clues(m: StudyMention, text: str, nearby: bool = False, retelling: bool = False) -> None:
    """The clues ``text`` gives of ``m``: its own sentence's, or a sentence ``nearby``'s (the
    journal found by name there; "in 2019" and an institution only in a sentence about a study),
    or a sentence ``retelling`` it ("The study was published in 2025. It was conducted at …":
    what such a sentence says is said of the study, as in its own sentence)."""
    if m.journal is None and nearby:
        journal = find_journal(text)
        m.journal = journal[0] if journal else None
    if m.year is None:
        for pat in (_YEAR_PAREN, _YEAR_ADJ) + (() if nearby and not retelling else (_YEAR_IN,)):
            found = pat.search(text)
            if found:
                m.year = int(found.group("year"))
                if pat is _YEAR_ADJ and found.group("month") and m.date is None:
                    m.date = f"{found.group('month')} {m.year}"  # "an April 2011 study": its issue's month
                break
    if m.date is None and (not nearby or m.journal):
        found = _DATE.search(text)
        if found and re.search(r"\b(?:publish|journal|issue|appear|releas|report)", text, re.IGNORECASE):
            m.date = found.group(0)
    if m.institution is None:
        found = _RESEARCHERS_AT.search(text)
        name = _institution_in(found.group("rest")) if found else None
        if name is None and found:
            lead = re.match(r"(?:[A-Z][\w'’.&-]*(?:\s+-\s+|\s+(?:of\s+)?)?)+", found.group("rest"))
            name = lead.group(0).strip(" -") if lead and len(lead.group(0)) > 3 else None
        if name is None and (retelling or _ABOUT_A_STUDY.search(text) or (not nearby and _OWN_PAPER.search(text))):
            name = _institution_in(text)
        if name and name != m.journal and not (m.journal and name in m.journal):
            # (not the body a journal is named after: "the Journal of the National Cancer Institute")
            m.institution = name
    if not m.named_author:  # a named author later on beats a bare "led by"
        found = _person_author((_NEARBY_AUTHOR if nearby else _LEAD_AUTHOR).search(text), text)
        if found and (m.lead_author is None or not _BARE_AUTHOR_CUE.match(found.group(0))):
            m.lead_author = found.group(0)
    if m.meeting is None and not nearby:
        m.meeting = _meeting_in(text)
    if m.trial_name is None and (not nearby or retelling):
        # a trial's name only from the mention's own sentence or one retelling it: a name in a
        # sentence merely near ("… hot flashes. In the SPRINT trial, …") is another study's
        m.trial_name = _trial_name(text)
    if m.title is None:
        found = _TITLE.search(text)
        if found:
            m.title = (found.group("t1") or found.group("t2") or found.group("t3") or found.group("t4")
                       or found.group("t5") or found.group("t6") or found.group("t7"))


def _fill_identifiers(doc: Document, m: StudyMention, k: int) -> None:
    """DOI, PMID, link or citation marker in the sentence or the next one in its block."""
    sentences = doc.sentences
    candidates = [k]
    if k + 1 < len(sentences) and sentences[k + 1].block == sentences[k].block:
        candidates.append(k + 1)
    for j in candidates:
        sent = sentences[j]
        text = doc.text[sent.start:sent.end]
        ids = find_identifiers(text)
        registry = _REGISTRY.search(text)
        if registry:
            ids["registry"] = registry.group(0)
        links = [lk for lk in doc.links
                 if lk.kind != "image" and sent.start <= lk.start < sent.end + 1]
        if links:
            ids["link"] = links[0].url
        refs = [label for off, label in doc.footnote_refs if sent.start <= off <= sent.end + 2]
        if refs:
            ids["footnote"] = refs[0]
        markers = marker_numbers(text)
        if markers:
            ids["marker"] = text[markers[0][0]:markers[0][1]]
        roman = ROMAN_MARKER.search(text)
        if roman:
            ids["marker"] = roman.group(0)[2:]
        if ids:
            m.identifiers.update(ids)
            return


#: Endnote markers in lower-case Roman numerals glued to the text, as press releases print
#: them ("…natural killer cells.ii", "…non-frail people.iv,v,vi"); the clause layer's
#: ``has_source`` reads them too.
ROMAN_MARKER = compile_re(r"[a-zA-Z][.,;:)”\"](?:[ivx]{1,4})(?:,[ivx]{1,4})*(?=\s|$)")
#: "Another study, published in the same journal in July": the journal of the mention before.
_SAME_JOURNAL = compile_re(r"\b(?:in|by)\s+the\s+same\s+journal\b", re.IGNORECASE)
#: "An editorial in the same issue of JAMA", "an accompanying commentary": a piece that sits
#: beside the study already told and is found with it, not a study of its own.
_SAME_ISSUE = compile_re(r"\b(?:the\s+same|that)\s+(?:issue|edition)\s+of\b|\baccompanying\s+(?:editorial|commentary)\b",
                         re.IGNORECASE)


def _window(doc: Document, k: int, radius: int = 3) -> range:
    sentences = doc.sentences
    section = doc.blocks[sentences[k].block].section
    lo, hi = k, k
    while lo > 0 and k - lo < radius and doc.blocks[sentences[lo - 1].block].section == section:
        lo -= 1
    while hi + 1 < len(sentences) and hi - k < radius and \
            doc.blocks[sentences[hi + 1].block].section == section:
        hi += 1
    return range(lo, hi + 1)


_ANOTHER = compile_re(r"\b(?:another|other|second|separate|earlier|previous|prior|"
                      r"follow-up)\b", re.IGNORECASE)


def _design_family(text: str) -> str | None:
    """The first design family (``[design_families]``, in its order) the sentence names."""
    for family, pattern in _design_patterns():
        if pattern.search(text):
            return family
    return None


def _other_design(m: StudyMention, text: str) -> bool:
    """``text`` names a design of another family than the mention's own: another study, whose
    venue and year are not this one's."""
    if m.design is None:
        return False
    family = _design_family(text)
    return family is not None and family != m.design


@lru_cache(maxsize=1)
def _design_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((family, cue_pattern("design_families", family)) for family in cues()["design_families"])


def _same_study(a: StudyMention, b: StudyMention) -> bool:
    """Mentions that can be one study: nothing tells them apart (news copy retells its one
    study in several sentences: "a new study…", "researchers at X…", "published in Y").
    Two designs of different families tell them apart ("a recent survey" by an agency, "a
    2007 meta-analysis")."""
    if a.design and b.design and a.design != b.design:
        return False
    if a.journal and b.journal and not _one_journal(_journal_key(a.journal), _journal_key(b.journal)):
        return False
    return not (a.year and b.year and a.year != b.year)


def _another_trial(m: StudyMention, other: StudyMention, text: str) -> bool:
    """``m`` names a trial (in ``text``, its own sentence) that ``other`` is not: another name,
    or a name where ``other`` had none and ``text`` does not go on telling it ("In another study
    by Roe … . That is consistent with the findings of the SPRINT Trial": the trial's name
    introduces a study of its own; "The trial, known as SPRINT, …" retells)."""
    if not m.trial_name or m.trial_name == other.trial_name:
        return False
    return bool(other.trial_name) or not _STUDY_ANAPHORA.match(text)


def _journal_key(name: str) -> str:
    """"The Lancet", "the Lancet" and "Lancet" are one journal."""
    return name.lower().removeprefix("the ")


def _one_journal(a: str, b: str) -> bool:
    """The same journal, or one named in full and once shortened (a press release's "The
    Lancet Infectious Diseases" and, further down, "the online edition of The Lancet")."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _merge(into: StudyMention, other: StudyMention) -> None:
    """Give the first mention of a study the clues of a later one."""
    into.retold.append(other.sentence)
    for key in ("journal", "year", "date", "institution", "lead_author", "title", "trial_name", "meeting"):
        if getattr(into, key) is None and getattr(other, key) is not None:
            setattr(into, key, getattr(other, key))
    if other.named_author and not into.named_author:
        into.lead_author = other.lead_author
    if not into.identifiers:
        into.identifiers.update(other.identifiers)
