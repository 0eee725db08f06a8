"""Structure recognised from content, not from markup syntax.

An article's reference list, author bio, byline and dates are what the text *is*, not how
it was marked up. The same CMS export reaches healthlint as plain text, as Markdown (where
"About the Author" on its own line, followed by the bio on the next line, is one paragraph
to a CommonMark parser) and as HTML (``<p>Sources</p>`` instead of ``<h2>``). Every parser
hands its blocks to ``recognise``, which

1. splits a paragraph at the line breaks an editor sees as block boundaries: after a
   plain-line heading ("Related Resources", "About the Author"), around a byline ("By Jane
   Doe, RD") or a date line ("Updated March 2024"), and between lines that are whole
   paragraphs pasted one a line (a line longer than any hard-wrapped one, ending a
   sentence);
2. promotes a paragraph that is a plain-line heading to a heading: a reference or bio
   heading always; a short title-case line standing alone (what the plain-text parser has
   always called a heading);
3. assigns sections and roles: the reference list, the author bio (under a bio heading, an
   "About the author:" paragraph, or a sign-off such as "Jane Doe can be reached at…"),
   bylines (short ones, and long scraped ones near the top that name a person), and a
   closing paragraph that introduces a person ("Jane Doe, RD, is a dietitian in Ohio.").

It also finds the dates an article gives in its text ("Published March 3, 2024",
"Updated March 2024", a wire-copy dateline with a date) and the place dateline of a news
report ("DURHAM, N.C. —"). This module is part of the document model: it imports nothing
from the project but the regular-expression cache (and, when a line could be a wire byline
or an e-mail sign-off, the knowledge layer's ``byline_cues.toml``), so the Document and all
three parsers can share it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache
from typing import Any

from lint_rules.store.compiled_re import compile_re

# Block kinds
HEADING, PARAGRAPH, LIST_ITEM, QUOTE, CODE, TABLE, HTML = (
    "heading", "paragraph", "list_item", "quote", "code", "table", "html",
)
# Block roles
BODY, REFERENCES, BIO, BYLINE = "body", "references", "bio", "byline"
#: An organisation's boilerplate after the story: "About Mayo Clinic", forward-looking
#: statements, media contacts. It is not the article's prose: its "groundbreaking" and its
#: links to sec.gov are the institution's standing text, not claims or references of this
#: article, so body rules leave it alone (the genre still reads it as a press-release cue).
ABOUT = "about"
#: Page furniture between the headline and the byline ("En Español", a language switch
#: printed above "By Jane Doe"): neither a section heading nor the article's prose.
MASTHEAD = "masthead"
#: A line of page furniture at the top of a scraped page, never its headline: a language
#: switch ("En Español", "Leer en español", "Read in English") or a photo credit marker left
#: where a picture was ("Photo", "Getty Images"). A scraped text with no headline often opens
#: on one; among the first blocks it is masthead, wherever it stands there.
FURNITURE_LINE_RE = compile_re(
    r"\s*(?i:(?:en|in|leer en|lea en|ver en|versi[óo]n en|read (?:this |it )?in)\s+(?:espa[ñn]ol|english|spanish)|"
    r"espa[ñn]ol|photos?|getty images|advertisement)\s*"
)
#: ``Block.info`` of a heading recognised from its content (a plain line), not from markup.
PLAIN_HEADING = "plain-heading"

#: Headings that open the reference section (matched on the whole heading, case-insensitive).
REFERENCE_HEADING_RE = compile_re(
    r"^\s*(?:\d+[.)]\s*)?(?:references?|sources?(?: and (?:further )?reading)?|"
    r"(?:related|additional|further|useful|helpful|external|more|recommended|key) "
    r"(?:resources|reading|links|sources|references)|"
    r"(?:sources|studies|works|references) (?:cited|consulted|used)|scientific references|"
    r"resources|further reading|bibliography|citations?|works cited|literature cited|"
    r"footnotes|notes and references|reference list|selected references|read more)"
    r"\s*(?:\(\d+\))?\s*:?\s*$",
    re.IGNORECASE,
)
#: Headings that open an author bio.
BIO_HEADING_RE = compile_re(
    r"^\s*(?:about (?:the |our |this )?(?:authors?|writers?|contributors?|reviewers?|experts?)|"
    r"author(?:'s|’s)? bio(?:graphy)?|meet the (?:author|expert|writer)s?|"
    r"(?:author|reviewer) (?:information|details|profile)|contributors?|about me)\s*:?\s*$",
    re.IGNORECASE,
)
#: Headings that open an organisation's boilerplate section. Checked after the bio
#: headings ("About the author" is a bio); the name must start with a capital.
ABOUT_HEADING_RE = compile_re(
    r"^\s*(?:about\s+(?-i:[A-Z0-9])[^.!?:]{1,80}|forward[- ]looking statements?|safe harbou?r(?: statement)?"
    r"|(?:media|press|investor) contacts?|contacts?(?: information)?)\s*:?\s*$",
    re.IGNORECASE,
)
#: A paragraph that is boilerplate by its label: "About Florida Atlantic University: FAU is…",
#: "Media contact: Jane Doe, 555-0100", "Forward-looking statements: This release…".
ABOUT_LABEL_RE = compile_re(
    r"^\s*(?:about\s+(?-i:[A-Z0-9])[^.!?:\n]{1,80}|forward[- ]looking statements?|safe harbou?r(?: statement)?"
    r"|(?:media|press|investor) contacts?|contacts?)\s*:\s*\S",
    re.IGNORECASE,
)
#: A paragraph that is an author bio by its label: "About the author: Jane Doe is…",
#: "About Dr. Lisa: Lisa Moreno holds…", "Author bio — Jane…", "Our author, Dr. Helen Marsh, …".
BIO_LABEL_RE = compile_re(
    r"^\s*(?:about (?:the |our |this )?(?:authors?|writers?|contributors?|reviewers?|experts?)|"
    r"about me|author(?:'s|’s)? bio(?:graphy)?|about (?:dr|prof)\.?\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})"
    r"\s*[:—–]\s*\S|^\s*our (?:author|writer|expert|reviewer)s?,\s+\S",
    re.IGNORECASE,
)
#: Lines that are bylines: who wrote or reviewed the piece.
BYLINE_RE = compile_re(
    r"^\s*(?:(?:written|authored|reported|posted|edited|words|story|article|text|contributed) by|by|"
    r"(?:medically |clinically |expert |fact[- ])?(?:reviewed|checked|fact-checked) by|"
    r"medical review by|reviewer|author)\s*:?\s+(?:the\s+)?(?-i:[A-ZÀ-ÖØ-Þ])",  # a name follows ("By the way" is no byline; "By the Editors" is)
    re.IGNORECASE,
)
#: A personal name right after a byline prefix: "Jane Doe", "Dr. Jane Q. Doe", "Staff
#: Writer, Mara Quinn": two to four capitalised words, then the end, a separator or a
#: credential. Lets a long scraped byline keep its role.
BYLINE_NAME_RE = compile_re(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*\.?(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\.?|de|van|von|del|da|bin|al)){1,3}"
    r"(?=\s*(?:$|[,;(|·•]|\s(?:and|&|[Ii]s|[Ww]as|MD|DO|RN|RD|RDN|PhD|NP)\b))"
)
_BYLINE_PREFIX_RE = compile_re(
    r"^\s*(?:(?:written|authored|reported|posted|edited|words|story|article|text|contributed) by|"
    r"by|author)\s*:?\s*", re.IGNORECASE,
)
#: A byline this long is a scraped byline running the bio on; it counts near the top only.
SHORT_BYLINE, LONG_BYLINE, BYLINE_ZONE = 200, 600, 4
#: A sign-off naming the author at the end: "Jane Doe can be reached at jdoe@…",
#: "Jane Doe is a freelance health writer in Denver." (AP Stylebook "tagline"), "Jane Doe can
#: be followed at twitter.com/…" (the Associated Press writers' social-media tagline).
SIGN_OFF_RE = compile_re(
    r"^\s*(?P<name>(?:(?:Dr|Prof)\.?\s+)?[A-Z][\w'’-]+\.?(?:\s+[A-Z][\w'’.-]*){1,3})(?:,\s*[A-Z][\w.,\s-]{1,30}?)?,?\s+"
    r"(?:can be (?:reached|contacted|emailed|followed (?:at|on))|may be (?:reached|contacted)|is reachable|"
    r"(?:is|was) an? (?:[\w-]+\s+){0,3}(?:writer|reporter|journalist|correspondent|editor|"
    r"columnist|contributor|blogger)\b|writes (?:about|on|for)\b|reports on\b)",
)
_PERSON = r"(?:(?:Dr|Prof)\.?\s+)?[A-Z][\w'’-]+\.?(?:\s+[A-Z][\w'’.-]*){1,3}"
#: Newspaper sign-offs of a name alone: a dash and the name as the last line ("— Jane Q.
#: Doe II", the Los Angeles Times and Scientific American style, with the paper after a
#: slash: "-- Jane Doe / Los Angeles Times"), or the name with the reporter's telephone or
#: e-mail ("Jane Doe • 612-555-0100", the Star Tribune style).
SIGN_OFF_SHORT_RE = compile_re(
    rf"^\s*(?:[—–]|--?)\s*(?P<name>{_PERSON})(?:\s*/\s*[A-Z][\w.&'’ -]{{1,40}})?\s*$|"
    rf"^\s*(?P<name2>{_PERSON})\s*[•·|,]\s*(?:\(?\d{{3}}\)?[\s.-]?\d{{3}}[\s.-]?\d{{4}}|[\w.+-]+@[\w-]+\.[\w.]+)\s*$"
)
#: A dash sign-off run onto the last paragraph when a page was scraped ("… Psychology. -- Eric
#: Jaffe"): the name after a sentence's end (not a closing quote: "… thy food." -- Hippocrates
#: is a quotation's attribution), a spaced dash and nothing else.
RUN_ON_SIGN_OFF_RE = compile_re(
    rf"[.!?]\s+(?:[—–]|--?)\s*(?P<name>{_PERSON})\s*$"
)
#: Words that end a page but name no writer after a dash ("— All Rights Reserved").
_RUN_ON_NOT_NAME = frozenset({"rights", "reserved", "copyright", "times", "post", "news", "press", "york", "angeles"})
#: The Wall Street Journal's closing author line: "Write to Jane Doe at jdoe@example.com"
#: (and "… and John Roe at jroe@example.com"): the names there are the story's authors.
WRITE_TO_RE = compile_re(
    rf"^\s*Write to (?P<name>{_PERSON}) at [\w.+-]+@[\w-]+\.[\w.]+"
)
#: A reporter's title printed on its own line under the byline ("By Jane Doe" then
#: "HealthDay Reporter", "Staff Writer", "Globe Staff", "Senior Medical Correspondent"):
#: part of the byline, not a heading. Singular, capitalised words and no "to the" ("Notes to
#: Editors", "Letter To The Editor" are headings).
STAFF_LINE_RE = compile_re(
    r"^\s*(?![^\n]{0,100}?\b(?:[Tt]o|[Ff]or|[Ff]rom)\s+[Tt]he\b)(?:[A-Z][\w'’&.-]*\s+){0,4}"
    r"(?:Reporter|Writer|Correspondent|Editor|Contributor|Columnist|Journalist|Staff)\s*$"
)
#: A wire-style byline near the top: a person's name, a comma and the outlet in capitals
#: ("Jane Doe, USA TODAY", "John Roe, AP"), with no "By".
NAME_OUTLET_RE = compile_re(rf"^\s*{_PERSON},\s+[A-Z][A-Z&.]+(?:\s+[A-Z][A-Z&.]+){{0,3}}\s*$")
#: A wire byline printed on two lines at the top: the reporter's name alone ("Marco della
#: Cava"), then the outlet alone, in capitals or as "Special for USA TODAY" (USA TODAY and
#: syndicated copy). The name counts as a byline only with the outlet line after it.
NAME_LINE_RE = compile_re(
    r"^\s*[A-Z][\w'’-]+\.?(?:\s+(?:[A-Z][\w'’.-]*|de|di|da|del|della|van|von|le|la|bin|al)){1,3}\s*$"
)
OUTLET_LINE_RE = compile_re(
    r"^\s*(?:Special (?:to|for)\s+(?:the\s+)?)?[A-Z][A-Z&.'’-]*(?:\s+[A-Z][A-Z&.'’-]*){0,4}\s*$"
)
#: Words of headings and page furniture that a dash line or a "Name, OUTLET" line can hold
#: ("— Related Reading", "Key Points, NHS", "— More Stories"): such a line names nobody.
#: Personal names are open-ended, so the check runs the other way, on the words a name
#: never is.
_NOT_NAME_WORDS = frozenset((
    "about", "advertisement", "also", "back", "bottom", "comments", "contents",
    "continue", "credit", "editor", "editor's", "editors", "further", "guide", "health",
    "highlights", "home", "key", "latest", "learn", "links", "more", "news",
    "newsletter", "next", "note", "notes", "page", "photo", "photos", "points",
    "previous", "read", "reading", "related", "resources", "share", "sources",
    "stories", "story", "subscribe", "summary", "tags", "takeaways", "top", "topics",
    "video", "watch", "what",
))


def _names_a_person(name: str) -> bool:
    return not any(word.lower().strip(".’'") in _NOT_NAME_WORDS for word in name.split())


#: A closing paragraph that introduces a person, the way an unlabelled author bio does:
#: "Jane Doe, RD, is a registered dietitian…", "Mike Dunn, a leading expert in
#: detoxification, has…". Read as a bio only as the article's last paragraph, and only
#: when it reports nobody's words (a news story often ends on a described source).
BIO_SENTENCE_RE = compile_re(
    r"\s*(?:(?:Dr|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,3}"
    r"(?:,\s*[A-Z][A-Za-z.-]{1,8})*(?:,\s+(?:a|an)\s|,?\s+(?:is|has been|was)\s+(?:a|an|the)\s)"
    # what the person is: an occupation, not "a member of a new class of drugs"
    r"(?:[\w'’-]+\s+){0,6}?(?:writer|journalist|reporter|editor|columnist|blogger|author|dietitian|"
    r"nutritionist|nurse|physician|doctor|surgeon|pharmacist|therapist|psychologist|counsel+or|coach|"
    r"trainer|practitioner|consultant|specialist|expert|researcher|scientist|professor|lecturer|"
    r"founder|herbalist|healer|naturopath|chiropractor|dentist|mother|mum|father|dad|student)s?\b"
)
#: A closing paragraph about an organisation (a press release's boilerplate: "Mayo Clinic is
#: a nonprofit organization…") introduces no person.
ORGANISATION_RE = compile_re(
    r"^[^,]{0,60}?\b(?:Clinic|Health|Hospital|University|Institute|Inc|Corp|Company|Association|"
    r"Foundation|Cent(?:er|re)|College|Group|Society|Council|Network|Labs?|Pharmaceuticals?|"
    r"Therapeutics|Medical|Sciences?|Systems|Kluwer|LLC|Ltd)\b|"
    r"\b(?:is|was) (?:a|an|the) (?:[\w-]+ ){0,3}?(?:organi[sz]ation|company|provider|institution|"
    r"nonprofit|non-profit|manufacturer|maker|firm|agency|charity|brand|publisher|network|system)\b")
REPORTED_RE = compile_re(
    r"\b(?:said|says|told|according to|added|not involved|led the|lead author|co-?authored|"
    r"(?:of|in|on) the (?:study|trial|research|paper)|the study['’]s)\b|[\"“”]", re.IGNORECASE)
#: How many prose blocks from the end a sign-off may stand.
SIGN_OFF_ZONE = 3

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: An optional day of the week before a date ("Tuesday, March 3").
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
#: Lines that date the piece ("Published: March 3, 2024", "Last reviewed 2 May 2024",
#: "Updated March 2024"), matched at the start of a line.
DATE_LINE_START_RE = compile_re(
    r"^\s*(?:(?:first |originally )?published|posted|(?:last )?(?:updated|modified|reviewed)|"
    r"date(?:d)?|(?:medically )?reviewed on)\b(?:\s+on\b)?\s*:?\s*(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)",
    re.IGNORECASE,
)
#: A date given with its label anywhere: "Published March 3, 2024", "Updated: 2024-03-03",
#: "Last reviewed on 3 March 2024", "Updated March 2024" (month and year).
DATE_LINE_RE = compile_re(
    r"\b(?:published|posted|updated|last (?:updated|reviewed|modified)|reviewed|revised)"
    r"(?: on)?\s*+:?\s*+(?:"  # possessive: no split of a run of spaces is tried twice
    rf"\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|"
    rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{_MONTH},?\s+(?:19|20)\d{{2}}\b)",
    re.IGNORECASE,
)
#: A news dateline opening a paragraph near the top: "TUESDAY, April 13, 2010 (HealthDay
#: News) --", "Newswise — Baltimore, Md. Oct. 8, 2018 –", "Newswise — Bethesda, Md. (March 23,
#: 2017)—", "Embargoed for release: …, Friday, March 17, 2017". The date, bare or in
#: parentheses, is followed by a dash (any of the dash-like characters wire copy uses), a
#: "(… News)" or "/PRNewswire/" credit, or the line end; a full date with its year also by a
#: byline's bar, a slash and the place, or the parenthesis the story runs on from.
DATED_DATELINE_RE = compile_re(
    r"^(?:[^\n]{0,60}?[\s,:(])?"
    rf"{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)\)?"
    r"\s*(?:\([^)\n]{1,40}\)\s*|/[^/\n]{1,30}/\s*)?(?:--|[—–‒―─\x97]|-\s|$"
    # after a full date with its year: a byline's bar ("December 8, 2016 | by …"), a slash
    # before the place ("June 15, 2016/Novato, CA"), the closing parenthesis of a dated
    # dateline the story runs on from ("HOUSTON – (Nov. 8, 2018) A small clinical trial …")
    r"|(?<=\d\d\d\d)\s*\|\s|(?<=\d\d\d\d)/(?=[A-Z])|(?<=\d\d\d\d\)\s))",
    re.IGNORECASE | re.MULTILINE,
)
DATELINE_ZONE = 1500
#: A date as a note closes on it: "April 24, 2017", "24 April 2017".
_NOTE_DATE = rf"{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}"
#: A correction or update note at the end carrying its date in parentheses ("Correction:
#: … (Oct. 25, 2016)"; The Wall Street Journal's "Corrections & Amplifications", the New
#: York Times's "Correction:", "Update:", "Editor's note:"): the date the article was updated.
CORRECTION_NOTE_RE = compile_re(
    r"^[ \t]*(?:Corrections?(?:[ \t]*(?:&|and)[ \t]*Amplifications?)?|Clarifications?|Update|"
    r"Editor['’]s [Nn]ote)[ \t]*:[^()]{0,600}?"
    rf"\((?P<date>{_NOTE_DATE})\)",
    re.IGNORECASE | re.MULTILINE,
)
#: The correction formula newspapers print with no label, or under a heading on a line of its
#: own ("Corrections", then "An earlier version of this article misspelled … April 24, 2017." —
#: The Wall Street Journal; "An earlier version of this story erroneously said … (April 6,
#: 2015)"): its date, in parentheses or closing the note's line, is the update's. Editor's WRONG
#: verdicts on s191 (META002 said two such stories had no date).
CORRECTION_FORMULA_RE = compile_re(
    r"\bAn?[ \t]+(?:earlier|previous|prior)[ \t]+version[ \t]+of[ \t]+this[ \t]+"
    r"(?:article|story|report|post|column|piece|item)\b[^()\n]{0,600}?"
    rf"(?:\((?P<date>{_NOTE_DATE})\)|(?P<bare>{_NOTE_DATE})\.?[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)
#: A news report's place dateline: "DURHAM, N.C. —", "LONDON (Reuters) -", "WASHINGTON,
#: March 3 (AP) --" (AP Stylebook "datelines": the city in capitals, the state abbreviated).
#: A dateline's place in capitals ("SAN ANTONIO", "ST. LOUIS") and its state or country
#: ("CHICAGO, Ill.", "LONDON, England"), then its optional date ("March 3"): shared by the
#: dateline that opens a story (``PLACE_DATELINE_RE``) and the one that credits an agency
#: (``_WIRE_DATELINE_RE``).
_DATELINE_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_DATELINE_STATE = r"(?:,\s+[A-Z][A-Za-z.]{1,14}(?:\s+[A-Z][A-Za-z.]+)?)?"
_DATELINE_DAY = r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
PLACE_DATELINE_RE = compile_re(
    rf"\s*(?P<place>{_DATELINE_PLACE}){_DATELINE_STATE}"
    rf"{_DATELINE_DAY}\s*(?:\([^)\n]{{1,30}}\)\s*)?(?:--|[—–‒―─\x97]|-\s)"
)

#: How a line that is not a heading ends (a heading may end with "?").
NOT_HEADING_END = (".", ",", ";", ":", "!", "”", '"', ")")
#: Lines that end a sentence (or a label) in pasted plain text.
TERMINAL = (*NOT_HEADING_END, "?")
#: A line longer than this is a whole paragraph pasted one a line, not a hard-wrapped line.
UNWRAPPED_LINE = 200
#: Lines this long are not hard-wrapped (editors wrap at 72 to 100 characters): a sentence
#: ending one of them ends a paragraph pasted one a line.
LONG_LINE = 120


# -- lines ------------------------------------------------------------------------------


def is_special_heading(line: str) -> bool:
    """A reference-list or author-bio heading, whatever its markup."""
    return bool(REFERENCE_HEADING_RE.match(line) or BIO_HEADING_RE.match(line))


def is_date_line(line: str) -> bool:
    return bool(DATE_LINE_START_RE.match(line)) and len(line) < 120


#: A full date with an optional weekday and time of day ("Tuesday, 3 March 2025, 2:15 p.m. ET"):
#: the date line a page prints its byline on, read by ``DATE_THEN_RE`` and ``BARE_DATE_LINE_RE``.
_FULL_DATE = (rf"{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
              r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?")
#: A full date opening a line, then a separator before what follows: the date line a page
#: prints its byline on ("March 3, 2025 | By Jane Doe", "Tuesday, March 3, 2025 - Jane Doe",
#: "3 March 2025 · By Jane Doe"), a time of day allowed after the year.
DATE_THEN_RE = compile_re(
    rf"^\s*{_FULL_DATE}\s*(?:[|·•]|--|[—–-])\s*",
    re.IGNORECASE,
)
#: A line holding a full date and nothing else ("March 3, 2025", "Tuesday, 3 March 2025,
#: 2:15 p.m. ET"): it stands alone in pasted text, so the byline on the next line is read too.
BARE_DATE_LINE_RE = compile_re(
    rf"\s*{_FULL_DATE}\s*",
    re.IGNORECASE,
)
#: AP style for a newspaper whose place is not in its name: the place in brackets ("Jane
#: Doe, The (Nashville) Tennessean", "Jane Doe, The Huntsville (Ala.) Times"), as USA TODAY
#: network papers credit a reporter without "By".
NAME_PAPER_RE = compile_re(
    rf"^\s*(?:[Bb]y\s+)?(?P<name>{_PERSON}),\s+[Tt]he\s+(?:[A-Z][\w.&'’-]*\s+){{0,2}}\([A-Z][\w.,'’ -]{{1,30}}\)"
    r"\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*$"
)


def after_date(text: str) -> str:
    """``text`` after the full date and separator a line opens with ("March 3, 2025 | By
    Jane Doe" → "By Jane Doe"), or ``text`` itself."""
    m = DATE_THEN_RE.match(text)
    return text[m.end():] if m else text


def paper_byline_name(text: str) -> str:
    """The reporter a byline crediting a newspaper by AP style names ("Jane Doe, The
    (Nashville) Tennessean"), or ""."""
    m = NAME_PAPER_RE.match(text) if len(text) < 100 else None
    return m.group("name") if m and _names_a_person(m.group("name")) and not ORGANISATION_RE.search(m.group("name")) else ""


def is_byline(text: str, *, near_top: bool = True) -> bool:
    """A byline: a short "By …" line, or a long scraped one near the top that names a
    person right after its prefix ("By Staff Writer, Mara Quinn Is A Health Reporter…").
    A date line may hold it after a separator ("March 3, 2025 | By Jane Doe", "March 3,
    2025 - Jane Doe, USA TODAY"); a bare title-case run there is not read as a name."""
    rest = after_date(text) if near_top else text
    if rest is not text:
        # a byline's own shape after the date; a bare title-case run there ("March 3, 2025 - Knee
        # Pain Update", "… - Washington Post") is a title, a section or an outlet as often as a name
        return is_byline(rest, near_top=True)
    if near_top and (credit_byline_name(text) or paper_byline_name(text) or institutional_line(text)):
        return True  # "Jane Doe, Special to the Daily Sun", "Jane Doe, The (Nashville) Tennessean", "From wire reports"
    if not BYLINE_RE.match(text):
        m = NAME_OUTLET_RE.match(text) if near_top and len(text) < 80 else None
        if m is None and near_top and len(text) < 80 and "," in text:
            return bool(wire_byline_name(text))  # "Jane Doe, Associated Press"
        return bool(m) and not ORGANISATION_RE.search(text) and _names_a_person(text.split(",")[0])
    if len(text) < SHORT_BYLINE:
        return True
    if not near_top or len(text) > LONG_BYLINE:
        return False
    prefix = _BYLINE_PREFIX_RE.match(text)
    return bool(prefix and _first_name(text, prefix.end()))


def _first_name(text: str, start: int) -> str:
    """A personal name within the first words after ``start`` ("By Staff Writer, Mara
    Quinn Is A …", "By Melissa Healy Is A Health, Science Reporter …", "By Jane Doe
    Previously Covered Health …": ``byline_cues.toml`` ``[scraped_bio]``), or "". The name
    opens the byline or follows a comma (a role before it: "Staff Writer, Mara Quinn"): a
    title-case sentence scraped as a byline ("By Using Veltro Every Day You May Notice Less
    Itching Within A Week And Fewer Red Patches …") names no one inside it."""
    head = text[:start + 80]
    for at in [start] + [i + 1 for i in range(start, len(head)) if head[i] == ","]:
        at += len(head[at:]) - len(head[at:].lstrip())
        name = BYLINE_NAME_RE.match(text, at)
        if name and institutional_author(name.group(0)):
            continue  # "By Staff Writer, Mara Quinn …": the role, then the writer's name
        if name:
            return name.group(0)
        bio = _bio_name_re().match(text, at)
        if bio:
            return bio.group("name")
    return ""


@cache
def _bio_name_re() -> re.Pattern[str]:
    """Two or three capitalised words, then a bio word of ``[scraped_bio]`` ("Jane Doe
    Previously Covered …")."""
    words = "|".join(sorted(_byline_cues()["scraped_bio"]))
    return compile_re(rf"(?P<name>[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){{1,2}}?)\s+(?:{words})\b")


def byline_name(part: str) -> str:
    """The name a byline part gives after its prefix: up to the end of its first sentence,
    or only the name itself in a long scraped byline."""
    prefix = _BYLINE_PREFIX_RE.match(part)
    rest = part[prefix.end():] if prefix else part
    if len(rest) > 100:
        return _first_name(rest, 0)
    return rest


def run_on_sign_off_name(text: str) -> str:
    """The writer's name signed at the end of a paragraph the page's scrape ran the sign-off
    onto ("… self-help resources. -- Eric Jaffe"), or ""."""
    m = RUN_ON_SIGN_OFF_RE.search(text[-80:])
    if m is None or not _names_a_person(m.group("name")) or ORGANISATION_RE.match(m.group("name")):
        return ""
    if any(word.lower().strip(".") in _RUN_ON_NOT_NAME for word in m.group("name").split()):
        return ""  # "— All Rights Reserved", "-- Los Angeles Times": a footer or an outlet
    return m.group("name")


def sign_off_name(text: str) -> str:
    m = SIGN_OFF_RE.match(text) or WRITE_TO_RE.match(text)
    if m:
        return m.group("name")
    short = SIGN_OFF_SHORT_RE.match(text)
    name = (short.group("name") or short.group("name2")) if short else ""
    if name and _names_a_person(name):
        return name
    return _mailbox_name(text)


#: A line holding nothing but an e-mail address ("jane.doe@example.com" closing a Los
#: Angeles Times or Houston Chronicle story: the reporter's sign-off).
_MAILBOX_LINE_RE = compile_re(r"^\s*(?P<local>[A-Za-z]+(?:[._-][A-Za-z]+)+)@[\w-]+(?:\.[\w-]+)+\s*$")


def _mailbox_name(text: str) -> str:
    """The person a closing e-mail address names ("jane.doe@…" → "Jane Doe"): a local
    part of two or more alphabetic pieces, none of them a role mailbox
    (``byline_cues.toml`` ``[role_mailboxes]``: "press.office@", "health@" are desks)."""
    m = _MAILBOX_LINE_RE.match(text)
    if m is None:
        return ""
    parts = re.split(r"[._-]", m.group("local").lower())
    roles = _byline_cues()["role_mailboxes"]
    if any(part in roles for part in parts):
        return ""
    return " ".join(part.capitalize() + ("." if len(part) == 1 else "") for part in parts)


@cache
def _byline_cues() -> dict[str, frozenset[str]]:
    """``knowledge/byline_cues.toml``: wire services (lower case) and role mailboxes,
    read once."""
    from lint_rules.knowledge import read_toml

    data = read_toml("byline_cues.toml")
    return {
        "wire_services": frozenset(n.lower() for n in data["wire_services"]["names"]),
        "role_mailboxes": frozenset(data["role_mailboxes"]["parts"]),
        "credit_lines": frozenset(data["credit_lines"]["phrases"]),
        "release_labels": frozenset(data["release_labels"]["labels"]),
        "scraped_bio": frozenset(data["scraped_bio"]["words"]),
        "institutional_words": frozenset(w.lower() for w in data["institutional"]["words"]),
        "institutional_lines": frozenset(w.lower() for w in data["institutional"]["lines"]),
        "collective": frozenset(w.lower() for w in data["institutional"]["collective"]),
    }


#: An outlet after a credit phrase: words in capitals ("USA TODAY", "CNN") or capitalised
#: words after "the" ("the Daily Sun", "The New York Times"); "Special to Eczema Patients",
#: a headline's words, is neither.
_CREDIT_OUTLET = (r"(?:[Tt]he\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}"
                  r"|[A-Z][A-Z&.'’-]+(?:\s+[A-Z][A-Z&.'’-]*){0,4})")


@cache
def _credit_line_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A contributor's byline without "By" or with it ("Jane Doe, Special to the Daily
    Sun", "By Jane Doe Special for USA TODAY"), and the credit alone on the line under the
    name ("Special to the Daily Sun"): the phrases of ``byline_cues.toml`` ``[credit_lines]``."""
    phrases = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(_byline_cues()["credit_lines"]))
    credit = rf"(?i:{phrases})\s+{_CREDIT_OUTLET}\s*$"
    return (compile_re(rf"^\s*(?:[Bb]y\s+)?(?P<name>{_PERSON}?)\s*,?\s+{credit}"),
            compile_re(rf"^\s*{credit}"))


def institutional_line(text: str) -> bool:
    """A credit line naming the newsroom, not a person ("From wire reports", "Staff and wire
    reports"; ``byline_cues.toml`` ``[institutional] lines``)."""
    return " ".join(text.lower().strip(" .").split()) in _byline_cues()["institutional_lines"]


def institutional_author(name: str) -> bool:
    """A byline's name that is the outlet's desk, not a person ("Staff Writer", "the Editors",
    "HealthDay Staff", "Mayo Clinic Staff", "From wire reports"): its last word is one of
    ``byline_cues.toml`` ``[institutional] words`` and no part before a comma names a person
    ("Jane Doe, Staff Writer" is Jane Doe's byline)."""
    if institutional_line(name):
        return True
    words = [w.strip(".,;:’'").lower() for w in name.split()]
    if not words or words[-1] not in _byline_cues()["institutional_words"]:
        return False
    head = name.split(",")[0]
    return len(name.split(",")) == 1 or not (NAME_LINE_RE.match(head) and _names_a_person(head)
                                             and head.split()[-1].lower() not in _byline_cues()["institutional_words"])


def staff_byline(name: str) -> bool:
    """A byline that names the outlet's staff, not a person (META001's ``info``): "Staff Writer",
    "the Editors", "HealthDay Staff", "the DeepRest Wellness Team". Its last word is a collective
    noun (``[institutional] collective``: "staff", "editors", "team"), or a role ("writer",
    "reporter") after only "the"/"our" or staff words: "Sam Writer" and "Jane Doe, Staff Writer"
    are people's bylines."""
    if not institutional_author(name) or len(name.split(",")) > 1:
        return False
    words = [w.strip(".,;:’'").lower() for w in name.split()]
    cues = _byline_cues()
    return words[-1] in cues["collective"] or all(
        w in ("the", "our") or w in cues["institutional_words"] for w in words[:-1])


def credit_byline_name(text: str) -> str:
    """The writer a contributor's credit line names ("Jane Doe, Special to the Daily Sun",
    "Karen Roe Special for USA TODAY": USA TODAY and New York Times contributors, whose
    byline is often printed or scraped without "By"), or ""."""
    if len(text) > 100:
        return ""
    m = _credit_line_res()[0].match(text)
    if m is None:
        return ""
    name = m.group("name").strip()
    return name if _names_a_person(name) and not ORGANISATION_RE.search(name) else ""


def is_credit_line(text: str) -> bool:
    """The outlet line of a two-line contributor byline ("Special to the Daily Sun" under
    the writer's name)."""
    return len(text) < 60 and bool(_credit_line_res()[1].match(text))


@cache
def _reporter_credit_re() -> re.Pattern[str]:
    """The broadcast convention of crediting the reporter in the lead instead of a byline
    ("…, reports CBS Boston's Dr. Mallika Marshall.", "Station 5's Jane Doe reports."): a
    possessive outlet (capitalised words) before the person's name and "reports" next to
    them; or a lead-in closing on a colon, its words in ``byline_cues.toml``
    ``[broadcast_lead_in]``."""
    from lint_rules.knowledge import read_toml

    data = read_toml("byline_cues.toml")["broadcast_lead_in"]
    verbs = "|".join(r"\s+".join(map(re.escape, v.split())) for v in data["verbs"])
    shows = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in v.split()) for v in data["shows"])
    return compile_re(
        rf",\s+reports\s+(?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z0-9][\w.&-]*['’]s?\s+(?P<name>{_PERSON})(?=[.!]?(?:\s|$))"
        rf"|(?:^|[.!?]\s+)(?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z0-9][\w.&-]*['’]s?\s+(?P<name2>{_PERSON})\s+reports\b"
        # a broadcast lead-in closing the lead on a colon: "…, as Jane Doe shows us in our Cover Story:"
        # (with "in our …" only: "as Dr. Jane Roe explains:" in a consumer piece introduces an expert)
        rf"|\bas\s+(?P<name3>{_PERSON})\s+(?:{verbs})\s+in\s+(?:{shows})"
        r"(?:\s+[A-Z]?[\w'’-]+){1,3}\s*:\s*$"
    )


def reporter_credit(text: str) -> str:
    """The reporter a lead paragraph credits ("…, reports CBS Boston's Dr. Mallika
    Marshall.", or a broadcast lead-in closing on a colon: "…, as Jane Doe shows us in our
    Cover Story:"), or ""."""
    if "reports" not in text and not text.rstrip().endswith(":"):
        return ""
    m = _reporter_credit_re().search(text)
    if m is None:
        return ""
    name = (m.group("name") or m.group("name2") or m.group("name3")).rstrip(".")
    return name if _names_a_person(name) and not ORGANISATION_RE.search(name) else ""


#: "Jane Doe, Associated Press": a name, a comma and the rest of the line, which names an
#: agency of ``byline_cues.toml`` ``[wire_services]`` (a first line "Name Name, Words" is
#: as often a headline, so the shape alone is not enough).
_NAME_AGENCY_RE = compile_re(rf"^\s*(?P<name>{_PERSON}),\s+(?:[Tt]he\s+)?(?P<agency>[A-Za-z][\w&.'’ -]{{1,60}}?)\s*$")


def wire_byline_name(text: str) -> str:
    """The writer of a wire byline printed without "By" ("Jane Doe, Associated Press",
    "John Roe, HealthDay Reporter"), or ""."""
    m = _NAME_AGENCY_RE.match(text)
    if m is None or not _names_a_person(m.group("name")):
        return ""
    return m.group("name") if _is_wire_service(m.group("agency")) else ""


def _is_wire_service(name: str) -> bool:
    """``name`` is a news agency of ``byline_cues.toml`` ``[wire_services]`` ("AP", "the
    Associated Press"), in any case."""
    services = _byline_cues()["wire_services"]
    low = name.strip().lower()
    return low in services or f"the {low}" in services


#: A place dateline crediting an agency in parentheses: "SAN ANTONIO (AP) —", "LONDON
#: (Reuters) -", "WASHINGTON, March 3 (AP) --", "TUESDAY, Jan. 16, 2024 (HealthDay News) --"
#: (scraped copy often loses the dash).
_WIRE_DATELINE_RE = compile_re(
    rf"(?<![\w,]){_DATELINE_PLACE}{_DATELINE_STATE}"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*\((?P<credit>[A-Za-z][\w&.'’ -]{0,40})\)"
    # what follows a dateline: a dash, or the story's first sentence (not "(AAP) now advises",
    # an organisation's initials in running text)
    r"(?=\s*(?:--|[—–‒―\x97-]|\s[A-Z“\"]|$))"
)


def wire_dateline_credit(text: str) -> str:
    """The news agency a wire story's dateline credits near the top ("SAN ANTONIO (AP)
    — …" gives "AP"), or "". AP style prints an unbylined agency story this way: the
    agency stands as its author."""
    for m in _WIRE_DATELINE_RE.finditer(text, 0, DATELINE_ZONE):
        if _is_wire_service(m.group("credit")):
            return m.group("credit").strip()
    return ""


def is_plain_heading(stripped: str, next_line: str, prev_blank: bool, *, underline: bool = False) -> bool:
    """A plain line that is a heading: a reference or bio heading, an underlined line, or
    a short title-case line without closing punctuation that stands alone (a blank line
    after it, or all capitals) or heads a paragraph pasted on one line."""
    if is_special_heading(stripped):
        return True
    if underline:
        return True
    words = stripped.split()
    if len(words) > 14 or len(stripped) > 100 or stripped.endswith(NOT_HEADING_END):
        return False
    following = next_line.strip()
    if following and not stripped.isupper() and not (
        prev_blank and len(words) <= 10
        and (len(following) > UNWRAPPED_LINE or _standalone_line(following))
    ):
        return False  # a heading stands alone (or heads a one-line paragraph)
    if BYLINE_RE.match(stripped) or is_date_line(stripped) or sign_off_name(stripped) \
            or is_byline(stripped):
        return False  # a byline, a date, a signature: not headings
    capitals = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitals >= max(1, len(words) // 2) or stripped.isupper()


# -- dates ------------------------------------------------------------------------------

_NUMERIC_DATE_RE = compile_re(r"(\d{4})-(\d{2})-(\d{2})")
_SLASH_DATE_RE = compile_re(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_WORD_DATE_RE = compile_re(rf"({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})|(\d{{1,2}})\s+({_MONTH})\s+(\d{{4}})",
                           re.IGNORECASE)
_MONTH_YEAR_RE = compile_re(rf"\b({_MONTH}),?\s+((?:19|20)\d{{2}})\b", re.IGNORECASE)


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text``: ISO, "March 3, 2024", "3 March 2024", "03/04/2024"
    (US order), or month and year ("March 2024", taken as the first of the month)."""
    try:
        m = _NUMERIC_DATE_RE.search(text)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _WORD_DATE_RE.search(text)
        if m:
            month, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
            return dt.date(int(year), _MONTHS[month[:3].lower()], int(day))
        m = _SLASH_DATE_RE.search(text)
        if m:
            return dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        m = _MONTH_YEAR_RE.search(text)
        if m:
            return dt.date(int(m.group(2)), _MONTHS[m.group(1)[:3].lower()], 1)
    except (ValueError, KeyError):
        return None
    return None


_DAY_RE = compile_re(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/|\b\d{1,2}(?:,|\s+(?-i:[A-Z]))|[a-z.]\s+\d{1,2},?\s+\d{4}", re.IGNORECASE)


def has_dateline(text: str) -> bool:
    """A wire-copy dateline near the top, with a date even when it cannot be read in full
    ("LONDON, May 17 (Reuters) -")."""
    return bool(DATED_DATELINE_RE.search(text, 0, DATELINE_ZONE))


def text_dates(text: str) -> list[tuple[dt.date, int, int, str]]:
    """``(date, start, end, label)`` of the dates the article gives in its prose: labelled
    date lines near the top or at the end, and a wire-copy dateline near the top."""
    out: list[tuple[dt.date, int, int, str]] = []
    for lo, hi in ((0, 4000), (max(0, len(text) - 2000), len(text))):
        for m in DATE_LINE_RE.finditer(text, lo, hi):
            parsed = parse_date(m.group(0))
            before = text[max(0, m.start() - 40):m.start()].rstrip(" \t")
            if parsed and not _DAY_RE.search(m.group(0)) and m.start() > 0 and before[-1:] not in ("\n", "|", "·", "•", ""):
                continue  # month and year alone date the article on a line of its own only
                # ("Updated March 2024"), not inside a reference ("… Published November 2014.")
            if parsed and not any(o[1] == m.start() for o in out):
                out.append((parsed, m.start(), m.end(), m.group(0).split()[0].lower()))
    for m in CORRECTION_NOTE_RE.finditer(text, max(0, len(text) - 2000)):
        parsed = parse_date(m.group("date"))
        if parsed and not any(o[1] < m.end("date") and m.start("date") < o[2] for o in out):
            out.append((parsed, m.start("date"), m.end("date"), "correction"))
    for m in CORRECTION_FORMULA_RE.finditer(text, max(0, len(text) - 2000)):
        group = "date" if m.group("date") else "bare"
        parsed = parse_date(m.group(group))
        if parsed and not any(o[1] < m.end(group) and m.start(group) < o[2] for o in out):
            out.append((parsed, m.start(group), m.end(group), "correction"))
    for m in DATED_DATELINE_RE.finditer(text, 0, DATELINE_ZONE):
        parsed = parse_date(m.group(0))
        if parsed and not any(o[1] < m.end() and m.start() < o[2] for o in out):
            out.append((parsed, m.start(), m.end(), "dateline"))
    for parsed, s, e in release_dates(text):
        if not any(o[1] < e and s < o[2] for o in out):
            out.append((parsed, s, e, "release"))
    return out


#: A date whose day and year a time of day stands between ("August 4 @ 5:00 PM EST, 2015",
#: "Oct. 18, 10 a.m. ET, 2018"), as release lines print it.
_SPLIT_DATE_RE = compile_re(rf"\b({_MONTH})\s+(\d{{1,2}})\b[^\n]{{0,30}}?\b((?:19|20)\d{{2}})\b", re.IGNORECASE)


@cache
def _release_line_re() -> re.Pattern[str]:
    """A release line's label (``byline_cues.toml`` ``[release_labels]``) opening a line or
    right after a dateline's dash, parenthesis or bar, with the 60 characters after it."""
    labels = "|".join(r"\s+".join(map(re.escape, p.split()))
                      for p in sorted(_byline_cues()["release_labels"], key=len, reverse=True))
    return compile_re(rf"^(?:[^\n]{{0,60}}?(?:[—–(|\x97]|--|\s-\s)[ \t]*)?(?:{labels})\b[ \t:]*(?P<rest>[^\n]{{0,60}})",
                      re.IGNORECASE | re.MULTILINE)


def release_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """``(date, start, end)`` of a press release's release line near the top ("EMBARGOED
    UNTIL 10 a.m. ET, March 3, 2015", "Embargoed for August 4 @ 5:00 PM EST, 2015", "FOR
    IMMEDIATE RELEASE: March 3, 2015"): the date it was published. A time of day may stand
    between the day and the year."""
    out: list[tuple[dt.date, int, int]] = []
    for m in _release_line_re().finditer(text, 0, DATELINE_ZONE):
        rest = m.group("rest")
        parsed = parse_date(rest) if _DAY_RE.search(rest) else None
        if parsed is None:
            split = _SPLIT_DATE_RE.search(rest)
            if split:
                parsed = parse_date(f"{split.group(1)} {split.group(2)}, {split.group(3)}")
        if parsed:
            out.append((parsed, m.start(), m.end()))
    return out


def place_dateline(text: str) -> tuple[int, int] | None:
    """The span of a news report's place dateline ("DURHAM, N.C. —") opening one of the
    first paragraphs, or None."""
    for m in re.finditer(r"(?:^|\n)", text[:DATELINE_ZONE]):
        d = PLACE_DATELINE_RE.match(text, m.end())
        if d and len(d.group("place")) >= 3:
            return d.start("place"), d.end()
    return None


# -- blocks -----------------------------------------------------------------------------


def recognise(doc: Any, make_section: Any) -> None:
    """Split, promote and give roles to ``doc``'s blocks (see the module docstring).
    ``doc`` is a ``Document`` whose blocks are all in and whose text is joined."""
    if doc.kind != "text":
        _split_paragraphs(doc)
        _promote_headings(doc)
    _assign_sections(doc, make_section)


def _lines(doc: Any, block: Any) -> list[tuple[int, int]]:
    """Prose spans of the source lines of a paragraph (a Markdown softbreak, or a newline
    kept in HTML text, is where a line ends)."""
    text, src = doc.text, doc.source
    spans: list[tuple[int, int]] = []
    start = block.start
    for k in range(block.start, block.end):
        if text[k] in " \n" and src[doc.offsets.to_source(k):doc.offsets.to_source(k) + 1] == "\n":
            spans.append((start, k))
            start = k + 1
    spans.append((start, block.end))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        piece = text[s:e]
        s2 = s + len(piece) - len(piece.lstrip())
        e2 = e - (len(piece) - len(piece.rstrip()))
        if e2 > s2:
            out.append((s2, e2))
    return out


def _split_paragraphs(doc: Any) -> None:
    """Split paragraphs (and list items, at a lazy continuation line) where a plain-text
    reader sees two blocks; the pieces after a list item's first are paragraphs."""
    new_blocks: list[Any] = []
    index: dict[int, int] = {}
    text = doc.text
    for i, block in enumerate(doc.blocks):
        index[i] = len(new_blocks)
        if block.kind not in (PARAGRAPH, LIST_ITEM) or "\n" not in doc.source[block.source_start:block.source_end].strip():
            new_blocks.append(block)
            continue
        lines = _lines(doc, block)
        top = len(new_blocks) < BYLINE_ZONE
        cuts = [j for j in range(len(lines) - 1) if _cut_between(doc, block, lines, j, top)]
        if not cuts:
            new_blocks.append(block)
            continue
        first = 0
        for j in [*cuts, len(lines) - 1]:
            s, e = lines[first][0], lines[j][1]
            if j < len(lines) - 1 and text[lines[j][1]] == " ":
                k = lines[j][1]  # the break becomes a newline, as between text-file lines
                text = text[:k] + "\n" + text[k + 1:]
            new_blocks.append(dataclasses.replace(
                block, kind=block.kind if first == 0 else PARAGRAPH, start=s, end=e,
                source_start=doc.offsets.to_source(s), source_end=doc.offsets.to_source(e, end=True)))
            first = j + 1
    if len(new_blocks) != len(doc.blocks):
        doc.text = text
        for link in doc.links:
            if link.block >= 0:
                link.block = index.get(link.block, link.block)
        doc.blocks[:] = new_blocks


def _cut_between(doc: Any, block: Any, lines: list[tuple[int, int]], j: int, top: bool) -> bool:
    a, b = (doc.text[s:e] for s, e in lines[j:j + 2])
    if top and (is_byline(a) or is_byline(b)):
        return True  # a long scraped byline under the title
    if block.kind == LIST_ITEM:
        # only a line that is not indented under the item (CommonMark's lazy continuation)
        # can end it, as a non-indented line ends a list item in a text file
        if _column(doc, lines[j + 1][0]) >= _column(doc, block.start):
            return False
        return (is_special_heading(a) or is_special_heading(b) or _standalone_line(a)
                or _standalone_line(b) or a.endswith(TERMINAL) or is_plain_heading(b, "", True))
    return bool(
        is_special_heading(a) or is_special_heading(b) or _standalone_line(a) or _standalone_line(b)
        or (a.endswith(TERMINAL) and (max(len(a), len(b)) > LONG_LINE or bool(SIGN_OFF_RE.match(b))))
        or (j == 0 and is_plain_heading(a, b, True))
    )


def _column(doc: Any, prose_offset: int) -> int:
    s = int(doc.offsets.to_source(prose_offset))
    return s - (str(doc.source).rfind("\n", 0, s) + 1)


def _standalone_line(line: str) -> bool:
    """A line that is a block of its own: a byline, a date line, a bio heading."""
    return (len(line) < SHORT_BYLINE and bool(BYLINE_RE.match(line))) or is_date_line(line)


def _promote_headings(doc: Any) -> None:
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.kind != PARAGRAPH or block.info:
            continue
        line = doc.text[block.start:block.end]
        if "\n" in line:
            continue
        nxt = next((b for b in blocks[i + 1:] if b.kind not in (CODE, HTML)), None)
        next_line = doc.text[nxt.start:nxt.end] if nxt is not None and nxt.kind == PARAGRAPH else ""
        # a paragraph stands alone by construction; a plain heading heads a paragraph
        heads = nxt is not None and nxt.kind == PARAGRAPH
        if STAFF_LINE_RE.match(line) and _after_byline(doc, i):
            continue  # "By Jane Doe" then "HealthDay Reporter": the byline's second line
        if is_special_heading(line) or (heads and is_plain_heading(line, "" if len(next_line) <= UNWRAPPED_LINE else next_line, True)):
            block.kind = HEADING
            block.level = 2
            block.info = PLAIN_HEADING


def _after_byline(doc: Any, i: int) -> bool:
    """The prose block before block ``i`` is a byline ("By Steven Reinberg")."""
    prev = next((b for b in reversed(doc.blocks[:i]) if b.kind in (HEADING, PARAGRAPH)), None)
    return prev is not None and is_byline(doc.text[prev.start:prev.end].strip())


def _above_byline(doc: Any, i: int, prose: list[int], top: set[int]) -> bool:
    """Block ``i`` is a plain line near the top, after the headline, with a byline right
    under it ("En Español" over "By Jane Doe"), or between a byline and the wire dateline
    that opens the story ("By Jane Doe", "En Español", "WEDNESDAY, Sept. 5, 2018 (HealthDay
    News) -- …"): page furniture, not a section heading."""
    if i not in top or i == prose[0]:
        return False
    k = prose.index(i)
    if k + 1 >= len(prose):
        return False
    nxt = doc.blocks[prose[k + 1]]
    after = doc.text[nxt.start:nxt.end].strip()
    if is_byline(after):
        return True
    prev = doc.blocks[prose[k - 1]]
    return is_byline(doc.text[prev.start:prev.end].strip()) and bool(
        DATED_DATELINE_RE.match(after) or PLACE_DATELINE_RE.match(after))


def _staff_line(doc: Any, text: str, i: int, prose: list[int]) -> bool:
    """Block ``i`` is a reporter's title (``STAFF_LINE_RE``) right under a byline block."""
    if not STAFF_LINE_RE.match(text) or i not in prose or prose.index(i) == 0:
        return False
    return bool(doc.blocks[prose[prose.index(i) - 1]].role == BYLINE)


def _organisation_name(name: str) -> bool:
    """"Mayo Clinic", "Wolters Kluwer", "ASPS": a name that says it is an institution."""
    return bool(ORGANISATION_RE.search(name)) or (name.replace(" ", "").isupper() and len(name) >= 2)


def _opens_boilerplate(doc: Any, title: str, i: int, prose: list[int]) -> bool:
    """A heading that opens an organisation's boilerplate: contacts and forward-looking
    statements anywhere but the headline; "About <Name>" when the name is an institution's,
    or when it stands in the last third of the article and the next paragraph describes an
    organisation ("Elsevier is a global information analytics company"). A consumer guide's
    "About Ashwagandha" section stays body."""
    if not ABOUT_HEADING_RE.match(title) or i == prose[0]:
        return False
    words = title.strip().rstrip(":").split(None, 1)
    if words[0].lower() != "about":
        return True
    name = words[1] if len(words) > 1 else ""
    if _organisation_name(name):
        return True
    later = [j for j in prose if j > i]
    late = i in prose and prose.index(i) >= len(prose) * 2 // 3
    if not later or not late:
        return False
    nxt = doc.blocks[later[0]]
    return bool(ORGANISATION_RE.search(doc.text[nxt.start:nxt.end]))


def _labelled_boilerplate(text: str, i: int, prose: list[int]) -> bool:
    """"About FAU: FAU is a public university…", "Media contact: …" as one paragraph."""
    if i == prose[0] or not ABOUT_LABEL_RE.match(text):
        return False
    label, _, rest = text.strip().partition(":")
    words = label.split(None, 1)
    if words[0].lower() != "about":
        return True
    return _organisation_name(words[1] if len(words) > 1 else "") or bool(ORGANISATION_RE.search(rest.strip()))


def _two_line_wire_byline(doc: Any, text: str, i: int, prose: list[int]) -> bool:
    """A name alone on its line, with an outlet line right after it (``NAME_LINE_RE``)."""
    if len(text) > 60 or not NAME_LINE_RE.match(text) or not _names_a_person(text):
        return False
    k = prose.index(i)
    if k + 1 >= len(prose):
        return False
    nxt = doc.blocks[prose[k + 1]]
    following = doc.text[nxt.start:nxt.end]
    furniture = all(w.lower() in _NOT_NAME_WORDS for w in following.split())  # "NEWS", "HEALTH"
    return (len(following) < 40 and bool(OUTLET_LINE_RE.match(following)) and not furniture) \
        or is_credit_line(following)


def _assign_sections(doc: Any, Section: Any) -> None:
    sections = [Section(None, "", 0, BODY)]
    role_level: tuple[str, int] | None = None  # role of an open special section
    blocks = doc.blocks
    prose = [i for i, b in enumerate(blocks) if b.kind in (HEADING, PARAGRAPH, LIST_ITEM, QUOTE, TABLE)]
    tail = set(prose[-SIGN_OFF_ZONE:])
    top = set(prose[:BYLINE_ZONE])
    for i, block in enumerate(blocks):
        if block.info == "footnote":
            # Footnote definitions are reference entries wherever they stand (the
            # Markdown parser hands them over at the end, after any bio section).
            if sections[-1].heading is not None or sections[-1].role != REFERENCES:
                sections.append(Section(None, "Footnotes", 0, REFERENCES))
            sections[-1].blocks.append(i)
            block.section = len(sections) - 1
            block.role = REFERENCES
            continue
        masthead = False
        if block.kind == HEADING:
            title = doc.text[block.start:block.end].strip()
            level = block.level or 1
            special = is_special_heading(title)
            staff = _staff_line(doc, title, i, prose)
            masthead = block.info == PLAIN_HEADING and not special and not staff and (
                _above_byline(doc, i, prose, top) or (i in top and bool(FURNITURE_LINE_RE.fullmatch(title))))
            if (role_level is not None or masthead or staff) \
                    and block.info == PLAIN_HEADING and not special:
                # a plain line inside a reference list or bio (a source's name, the
                # author's name) is an entry of it, not a new section; so is the reporter's
                # title under the byline ("HealthDay Reporter")
                block.kind = PARAGRAPH
            else:
                if role_level is not None and level <= role_level[1]:
                    role_level = None
                if REFERENCE_HEADING_RE.match(title):
                    role_level = (REFERENCES, level)
                elif BIO_HEADING_RE.match(title):
                    role_level = (BIO, level)
                elif _opens_boilerplate(doc, title, i, prose):
                    role_level = (ABOUT, level)
                role = role_level[0] if role_level else BODY
                sections.append(Section(i, title, level, role))
        current = sections[-1]
        current.blocks.append(i)
        block.section = len(sections) - 1
        block.role = MASTHEAD if masthead else current.role
        if block.kind not in (PARAGRAPH, HEADING) or block.role == BIO:
            continue
        text = doc.text[block.start:block.end]
        if block.kind == PARAGRAPH and BIO_LABEL_RE.match(text):
            block.role = BIO  # "About the author: …", even right after the reference list
        elif block.kind == PARAGRAPH and block.role == BODY and _labelled_boilerplate(text, i, prose):
            block.role = ABOUT  # "About FAU: FAU is …", "Media contact: …"
        elif block.role != BODY:
            continue
        elif block.kind == PARAGRAPH and i in top and FURNITURE_LINE_RE.fullmatch(text):
            block.role = MASTHEAD  # "En Español" opening a scraped page: no headline, no prose
        elif is_byline(text, near_top=i in top) or (i in top and _two_line_wire_byline(doc, text, i, prose)) \
                or (block.kind == PARAGRAPH and _staff_line(doc, text, i, prose)):
            block.role = BYLINE
        elif (block.kind == PARAGRAPH and i in tail and i != prose[0] and (SIGN_OFF_RE.match(text) or WRITE_TO_RE.match(text) or (
                len(text) < 80 and sign_off_name(text)))) or (block.kind == PARAGRAPH and i == prose[-1] and BIO_SENTENCE_RE.match(text)
              and not REPORTED_RE.search(text) and not ORGANISATION_RE.search(text)):
            block.role = BIO
    doc.sections = sections
