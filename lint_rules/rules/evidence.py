"""Evidence rules: study mentions a reader cannot find, attributions to nobody, anecdotes,
animal or preliminary evidence offered as proof, and causal claims from correlations.

They read the shared study analysis (``lint_rules.analysis.studies``) and the cue lists in
``knowledge/study_cues.toml``; none of them splits sentences or reads a file itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from lint_rules.analysis.assertions import (
    Clause,
    assertion_at,
    body_indices,
    clause_at,
    has_source,
    hedged_between,
    inference_spans,
    names_source,
    rebutted,
    sentence_clauses,
    sentence_quoted,
    trailing_furniture,
    unnamed_clause,
    users_clause,
)
from lint_rules.analysis.assertions import cues as assertion_cues
from lint_rules.analysis.claim_role import CONCEDED, GAP, OTHER_RESEARCH, acts_on, background_frame, caveat
from lint_rules.analysis.genre import NEWS, PRESS_RELEASE, genre, newsroom
from lint_rules.analysis.resolution import resolve_source, shared_subject, speaks_elsewhere, speaks_on
from lint_rules.analysis.studies import (
    StudyMention,
    cue_pattern,
    cue_search,
    cues,
    nonhuman_search,
    study_mentions,
)
from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import HEADING, LIST_ITEM, Document, Sentence
from lint_rules.knowledge import read_toml
from lint_rules.store.compiled_re import compile_re

#: The word lists of the patterns below (``knowledge/evidence_words.toml``, sources named
#: there), each as the ``|``-joined alternation the pattern was written with.
_WORDS = {key: "|".join(words) for key, words in read_toml("evidence_words.toml").items()}
#: Cheap tests before the cue patterns (every cue phrase contains one of these words), run
#: on the lower-cased sentence without IGNORECASE, which is several times faster.
_LEVEL_CUE = compile_re(_WORDS["level_prefilter"])
#: The only characters that case-insensitive matching equates with an ASCII letter other
#: than its own upper case ("İ", "ı", "ſ", Kelvin "K"): where one occurs, lower-casing is
#: not the same test, so ``_has_cue`` falls back to IGNORECASE.
_FOLDS = compile_re("[\u0130\u0131\u017f\u212a]")


#: How many words a first line without an end mark may have and still be a headline.
HEADLINE_WORDS = 25
#: How a sentence ends; a first line without it is a headline.
_SENTENCE_END = compile_re(r"[.!?…:;\"”')\]]$")


def _has_cue(cue: re.Pattern[str], text: str) -> bool:
    """``cue`` (lower-case ASCII literals) occurs in ``text``, in any letter case."""
    if _FOLDS.search(text):
        return re.search(cue.pattern, text, re.IGNORECASE) is not None
    return cue.search(text.lower()) is not None


@cache
def _pattern(section: str, key: str) -> re.Pattern[str]:
    """A cue list or single cue of ``study_cues.toml`` compiled as written (no word edges
    added: some entries are anchored)."""
    value = cues()[section][key]
    body = value if isinstance(value, str) else "|".join(f"(?:{p})" for p in value)
    return compile_re(body, re.IGNORECASE)


def _body(doc: Document) -> Iterable[tuple[int, Sentence, str]]:
    """(index, sentence, text) of every body sentence, from the assertion layer."""
    for k in body_indices(doc):
        sent = doc.sentences[k]
        yield k, sent, doc.text[sent.start:sent.end]


def sentence_text(doc: Document, k: int) -> str:
    if 0 <= k < len(doc.sentences):
        sent = doc.sentences[k]
        return doc.text[sent.start:sent.end]
    return ""


def same_block_next(doc: Document, k: int) -> str:
    sentences = doc.sentences
    if k + 1 < len(sentences) and sentences[k + 1].block == sentences[k].block:
        return sentence_text(doc, k + 1)
    return ""


def nearby_text(doc: Document, k: int, before: int = 2, after: int = 2) -> str:
    """The sentences around ``k`` in the same section, joined."""
    sentences = doc.sentences
    section = doc.blocks[sentences[k].block].section
    picked = [j for j in range(max(0, k - before), min(len(sentences), k + after + 1))
              if doc.blocks[sentences[j].block].section == section]
    return " ".join(sentence_text(doc, j) for j in picked)


class StudyWithoutIdentifier(Rule):
    """A study is described, but the reader is given no way to find it.

    What it flags:
    Mentions of one study — "a study published in the Journal of Ethnopharmacology (2016)
    revealed…", "a 2017 study in Pharmacognosy Research", "researchers at Harvard found" —
    with no DOI, PMID, PMC id, trial registry number, link, or citation marker in the
    sentence or the next one. The journal, year, date, lead author and institution the rule
    extracted are in the finding's evidence, so an editor (or `--online`, which asks Crossref
    and PubMed) can look the paper up.

    Grading by how much the reader is given to find the study:
    journal + date or year + lead author or institution (or a quoted title), as in news
    copy ("published Monday in JAMA Pediatrics, led by Dr. Roe of Boston University"), is
    findable and reported as `info`; anything less — a journal and a year only, an
    institution only, or "a new study found" — is a `warning`. A scientific meeting where
    the work was presented ("presented at the European Congress on Obesity", "the American
    College of Rheumatology (ACR) Annual Meeting", its society's acronym in brackets;
    `[meeting] venues`) counts as its venue. News reports and press releases are held to the newsroom's standard: there
    a journal or meeting with the year, or with the story's own date for a study it tells
    of as new ("The results appear in Nutrition Journal"), and a named lead author with
    the year are findable (`info`); so is a journal with its year in any article told in a
    reporter's voice (one the genre analysis finds a newsroom cue in: a dateline, an outlet,
    or people quoted as saying three times or more), a news feature filed as a consumer
    piece ("a 2011 study in the European Journal of Nutrition suggests…"). Consumer pages
    and seller copy keep the stricter test, because "a study in the Journal of X (2016)"
    there is the shape of an invented citation. Clues from the three
    sentences either side count (not those of a sentence about another study), a lead
    author named further on ("…, said study lead researcher Dr. Elena Arbelo", "Renee
    Reijo Pera of Stanford and colleagues", "Dr. Ray Mendel, professor of neurology at
    Georgetown, and his team", "…, said the author of the analysis, Dr. Una Roe", "Study head Ola
    Brandt", "The trial, headed by Professor Una Kell"; not "an author of the study", one of
    several, nor a clinic "headed by" someone; a person, not an organisation "and team", from a
    sentence about this study, not the next trial) counts for the study before it, in a news report
    under the story's next subheading too, and so do the details told
    in the sentences that go on telling it, in a row, each opening on the study and saying how
    it was done or published ("The study was published in 2025. It was conducted at the
    University of Adelaide." after "A clinical study has shown …"; not "It is taught free at …";
    `[trial_reading] details_anaphora`, `study_verbs`),
    and a study retold in several
    sentences is reported once; an editorial or commentary "in the same issue" is found with
    the study told before it. A study told as new with its journal ("new research in
    Neurology suggests", "a study recently published in JAMA Internal Medicine") is findable
    on any page; a journal with only a year is not, outside news. A review in a series of
    reviews searched by topic ("a review of 27 trials published by the Cochrane Library", "a
    Cochrane review"; `knowledge/study_cues.toml` `[review_databases]`) is findable on any
    page: the series and the topic the article gives find it; so is a trial known by its name
    in the mention's own sentence or one retelling it ("a large study known as the Jupiter
    trial", "the SPRINT trial"; not a trial named in a sentence merely near, nor a disease or an
    agency in capitals, "the Clinical Trial Registry", a named cohort, "the Nurses' Health
    Study", `[named_trial]`). A study told as one of the trials a findable review pooled ("a new
    Pediatrics study that pooled 12 small trials of colic treatments" and then "Another study looked
    at …", with no venue, year, author or name of its own, within its paragraph or the next two;
    `[pooled]`) is `info`: a reader finds it through the review. A study of "these same researchers"
    (`[same_team]`) has the lead author of the study before it, and is findable when that study is:
    a search of the identified leader's papers on the subject finds it. A journal whose name is a
    common word is read before the study noun ("a new Pediatrics study"). A study known only from its
    sponsor's announcement ("Asterias Biotherapeutics Inc said initial data from a small study
    showed …"; `[announced]`) has no paper to cite yet: it is `info`, asking the article to say
    the data are unpublished; so is one the article says is not yet published ("in a paper under
    review, the group reports …", "an unpublished study"). A company's own survey or poll ("a
    survey by the company", "a survey of its customers") and the reporter's own review
    ("interviews with researchers and a review of scientific studies show", "a review of the
    records by the newspaper"; `[not_a_paper]`) are no papers: `info`, asking who ran them. A study set against the article's own, identified one by a
    contrastive conjunct ("On the other hand, a recent study of 162 adults found no fewer
    infections"; `[counter]`) is `info`: balance for the reader, not support, and not the shape
    of an invented citation; "Another study found …" in support stays a warning. A journal missing from the built-in list
    is recognised by its shape after "published in" ("Personality and Individual
    Differences", "Menopause"), by "X, the official journal of…" or by its full title in
    brackets ("CMAJ (Canadian Medical Association Journal)"); a title printed in lower case
    ("published today in ecancermedicalscience") by being one word no English dictionary
    holds (the CMU pronouncing dictionary the readability analysis reads). A publication date the
    article's own date pins down counts as a date ("published last year in JAMA", "in the
    same journal in July", "recommendations published last summer"); a story under a wire
    dateline ("March 7, 2011 -- …", "LONDON (Reuters) -") is news copy.

    Why it matters:
    A journal name and a year are not a citation: they cannot be checked, and invented
    studies (common in machine-written health copy) look exactly like this. Readers and
    editors need the paper itself to see whether it was in people, how large it was, and
    whether it says what the article claims.

    Example:
    A study published in the Journal of Ethnopharmacology (2016) revealed that kratom
    extract significantly alleviated pain.

    Better:
    A 2016 study in mice (Smith et al., J Ethnopharmacol, doi:10.1016/j.jep.2016.01.001)
    found… — with the DOI or a link to the paper or its PubMed record.
    """

    code = "CIT001"
    # No review criterion: whether a paper can be found is not whether the article discusses
    # the quality of its evidence (HealthNewsReview.org's criterion asks for design, size,
    # stage and limitations; CMP004, CIT004 and CIT005 read those). Careful stories name more
    # studies, so counting this rule under evidence quality flagged 70 % of 4-5 star stories.
    criteria = ()
    name = "evidence.study-without-identifier"
    category = "evidence"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        announced = _pattern("announced", "company")
        release = genre(doc).is_(PRESS_RELEASE)
        issuer = _pattern("announced", "release")
        counter = _pattern("counter", "opening")
        unpublished_after = _pattern("announced", "unpublished_after")
        unpublished_before = _pattern("announced", "unpublished_before")
        own_survey = _pattern("not_a_paper", "own_survey")
        reporting = _pattern("not_a_paper", "reporting")
        mentions = study_mentions(doc)
        for m in mentions:
            if m.cited:
                continue
            if m.findable:
                yield self.finding(
                    doc, m.start, m.end,
                    f"Study mention without a link or identifier; it names {_named(m.clues())}, "
                    "enough to find it, but a DOI or link would let the reader check it.",
                    severity=Severity.INFO, evidence=m.as_evidence(),
                    suggestion="Link the paper (DOI or PubMed record).",
                )
            elif m.pooled_in is not None:
                # "Another study looked at …" after "a Pediatrics study that pooled 12 trials":
                # one of the review's trials, found through it (s271 F017 WRONG)
                review = next(o for o in mentions if o.sentence == m.pooled_in)
                yield self.finding(
                    doc, m.start, m.end,
                    "One of the studies pooled by the review named before it (which names "
                    f"{_named(review.clues()) if review.clues() else 'its identifier'}): a reader finds it "
                    "through that review; citing it would let them check it directly.",
                    severity=Severity.INFO, evidence=m.as_evidence(),
                    suggestion="Cite the trial, or say it is one of the review's.",
                )
            elif announced.search(sentence_text(doc, m.sentence)) or (
                    release and issuer.search(sentence_text(doc, m.sentence))):
                # "Asterias Biotherapeutics Inc said initial data from a small study showed …":
                # no paper to cite yet (editor's verdict on s163 F038); the reader needs to know that
                yield self.finding(
                    doc, m.start, m.end,
                    "Study known only from its sponsor's announcement; say whether the results are "
                    "published or peer reviewed.",
                    severity=Severity.INFO, evidence=m.as_evidence(),
                    suggestion="Say the data are unpublished, or cite the paper or meeting abstract.",
                )
            elif unpublished_after.match(doc.text, m.end, doc.sentences[m.sentence].end) or unpublished_before.search(
                    doc.text, max(doc.sentences[m.sentence].start, m.start - 40), m.start):
                # "in a paper under review, the group reports …": no paper to cite yet, and the
                # article says so (s241 F033 WRONG)
                yield self.finding(
                    doc, m.start, m.end,
                    "Study told as not yet published; there is no paper to cite yet. Link it once it appears.",
                    severity=Severity.INFO, evidence=m.as_evidence(),
                    suggestion="Say where the results were presented, or cite the paper once it is published.",
                )
            elif kind := _not_a_paper(doc, m, own_survey, reporting):
                # "a survey by the company", "interviews with researchers and a review of
                # scientific studies show": no paper exists to cite (s251 J122)
                yield self.finding(
                    doc, m.start, m.end,
                    f"{kind}, not a published study: there is no paper to cite. Say who ran it and how.",
                    severity=Severity.INFO, evidence=m.as_evidence(),
                    suggestion="Say who conducted or paid for it, when, and of how many people.",
                )
            elif counter.search(sentence_text(doc, m.sentence)) and any(
                    o is not m and (o.cited or o.findable) for o in mentions):
                # "On the other hand, a recent study of 162 adults found …" against the article's
                # identified study: balance, not support (s211 F031 and F073 DEBATABLE)
                yield self.finding(
                    doc, m.start, m.end,
                    f"Study set against the article's identified one, with no DOI, PMID, link or citation; "
                    f"{_clue_words(m.clues())}",
                    severity=Severity.INFO, evidence=m.as_evidence(),
                    suggestion="Cite the study: authors, title, journal, year and a DOI or link.",
                )
            else:
                # Say which finding clues are there and which are missing, not what the reader
                # "gets": a mention that gives the design, size and place but no venue is still
                # unfindable, and "the reader gets only the institution" read as false to editors
                # who saw a detailed study (s181 and s173 verdicts).
                yield self.finding(
                    doc, m.start, m.end,
                    f"Study mention with no DOI, PMID, link or citation; {_clue_words(m.clues())}",
                    evidence=m.as_evidence(),
                    suggestion="Cite the study: authors, title, journal, year and a DOI or link.",
                )


def _not_a_paper(doc: Document, m: StudyMention, own_survey: re.Pattern[str], reporting: re.Pattern[str]) -> str:
    """What the mention is when it is no research paper (``study_cues.toml`` ``[not_a_paper]``):
    a company's own survey or poll, or the reporter's own review; "" otherwise. The cue must
    hold the mention: in "a study found …, and a survey by the company agreed" the study is
    still a study."""
    sent = doc.sentences[m.sentence]
    for pattern, kind in ((own_survey, "A company's own survey or poll"), (reporting, "The reporter's own review")):
        for cue in pattern.finditer(doc.text, sent.start, sent.end):
            if m.start < cue.end() and cue.start() < m.end:  # "a review" overlaps "review of … by the newspaper"
                return kind
    return ""


_CLUE_WORDS = {"journal": "the journal", "meeting": "the meeting", "date": "the date",
               "year": "the year", "lead_author": "the lead author", "institution": "the institution",
               "title": "the title", "trial_name": "the trial's name", "article_date": "the article's date"}


def _join(words: list[str], last: str) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {last} {words[-1]}"


def _named(clues: list[str]) -> str:
    """The finding clues a study mention gives, in an editor's words ("the journal and the year")."""
    return _join([_CLUE_WORDS[c] for c in clues], "and")


def _clue_words(clues: list[str]) -> str:
    """The CIT001 warning's second half: what the mention names and which of the four things
    that find a paper (journal, lead author, title, date) it lacks ("it names the journal and
    the year, not the lead author or the title")."""
    has = set(clues)
    missing = [w for key, w in (("journal", "the journal"), ("lead_author", "the lead author"),
                                ("title", "the title"), ("date", "the date"))
               if not (has & {"journal", "meeting"} if key == "journal"
                       else has & {"date", "year", "article_date"} if key == "date"
                       else key in has)]
    if not clues:
        return "it names no journal, lead author, title or date to find it by."
    if not missing:
        return f"it names {_named(clues)}, too little to find and check it here."
    return f"it names {_named(clues)}, not {_join(missing, 'or')}: too little to find and check it."


@cache
def _story_own() -> re.Pattern[str]:
    """Words a news report uses for its own study's authors and results (``[vague] story_own``)."""
    return cue_pattern("vague", "story_own")


def _body_name() -> str:
    """A body's name: capitalised words, with "of", "and", "for" … between them (``[vague]
    body_name_links``), and its initials in brackets if it gives them ("American Congress of
    Obstetricians and Gynecologists (ACOG)")."""
    links = "|".join(cues()["vague"]["body_name_links"])
    return (rf"(?:[A-Z][\w.'’&-]*\s+(?:(?:{links})\s+(?=[A-Z]))*){{1,8}}"
            r"(?:\([A-Z][A-Za-z]{1,9}\)\s+)?")


@cache
def _body_speaks() -> re.Pattern[str]:
    """A named body speaking: "The U.S. Preventive Services Task Force recommends …",
    "American Congress of Obstetricians and Gynecologists (ACOG) guidelines call for …" (its
    verbs are ``[vague] body_speaks_verbs``; a body's name runs on through "of", "and", "for"
    and ends in its initials, if it gives them)."""
    verbs = "|".join(cues()["vague"]["body_speaks_verbs"])
    # a generic noun is no body's name ("Research in Japan found …", "Trials in Europe found …")
    generic = "(?:" + "|".join(cues()["vague"]["body_not_names"]) + r")\b"
    return compile_re(rf"\W*(?:The\s+)?(?!{generic}){_body_name()}(?:{verbs})\b")


@cache
def _body_tag() -> re.Pattern[str]:
    """A named body's tag closing a sentence: "…, the Harlow Birth Foundation estimates.", "…, the
    March of Diabetes Society reported." (the verbs of ``_body_speaks``; a body's name is capitalised
    words, with "of", "and", "for" between them)."""
    verbs = "|".join(cues()["vague"]["body_speaks_verbs"])
    generic = "(?:" + "|".join(cues()["vague"]["body_not_names"]) + r")\b"
    return compile_re(rf",\s+(?:the\s+)?(?!{generic}){_body_name()}(?:{verbs})\W*$")


@cache
def _routine_advice() -> re.Pattern[str]:
    """A routine caution that sends the reader to a professional ("…should talk to their
    family doctor first, experts say"): a modal (``[vague] routine_advice_modal``) and a
    referral from the one list the claims rules read too (``claims_cues.toml``
    ``provider_referral``)."""
    referral = "|".join(f"(?:{p})" for p in read_toml("claims_cues.toml")["provider_referral"])
    return compile_re(rf"{cues()['vague']['routine_advice_modal']}(?:{referral})\b", re.IGNORECASE)


@cache
def _content_word() -> re.Pattern[str]:
    """A content word of an exposure ("nuts", "coffee", "walking"): four letters or more,
    not one of ``[observational] not_content_words``, in any case ("That", "These" too)."""
    stop = "|".join(cues()["observational"]["not_content_words"])
    return compile_re(rf"\b(?!(?:{stop})\b)[A-Za-z]{{4,}}\b", re.IGNORECASE)


class VagueAttribution(Rule):
    """A claim attributed to unnamed research or experts.

    What it flags:
    "Studies have shown", "research suggests", "experts agree", "science says", "doctors
    recommend", "Dermatologists agree", "New studies show" — a clause the assertion layer
    attributes to an unnamed source — with no source in the same sentence or the next one:
    no citation marker, DOI, journal, named organisation, named expert or link to a page (not a
    seller's shop, a search box or a site's front page; a public body's publications store and a
    product monograph are pages; a scraped page's bare link words, "including this, this, and
    this", count, not after "like", and so does "the studies are linked below" when the article
    has a reference list or links after it in its paragraph), (for a group
    of people, "doctors say", a named speaker in the next paragraph counts: "…, says Dr.
    Eric Finzi"). Left alone: a source made specific ("the study", "MD Anderson research",
    "TGen laboratory research", "both studies"), denied ("no studies have shown"), supposed
    ("if larger studies prove"), quoted or asked; people in the past tense ("doctors
    suggested surgery": a past event, not an authority); the claim of a named expert told
    in reported speech ("Studies show it doesn't work, she says." after she is named); a
    news lead ("…, new research suggests.") or a group ("researchers found") whose study is
    described in the sentences around it ("The study, published in …"); scientists or research
    whose evidence is the study the next sentence tells with more than its year to find it by ("Some
    scientists say posture matters less than thought. A study of 1,108 adolescents published in
    May in … found no link"); in a news report
    or press release, a teaser in its first paragraphs ("Now, research suggests there may
    be benefits…", "Scientists say the drug may…") of the study the story names further
    on, or its discovery told there unhedged ("…, scientists have found a new disinfectant that …"),
    and its headline ("Antibiotics speed recovery, studies show", in any article that goes
    on to describe research); headline case ("You Say Tomato, Nutritionists Say Lycopene"); a
    caveat rather than a claim ("most scientists agree that such studies cannot show cause and
    effect"), a limit of the evidence as reporting guidelines name one — small numbers, a short
    follow-up, results that do not carry over, the placebo effect as the explanation, certainty
    denied ("experts say the trial was too small to tell"; "The techniques may merely have a
    placebo effect, some psychologists say."; "some surgical experts say there isn't sufficient
    data to assert the technique is superior"), when the limit IS the clause reported (not
    "…, and the cream clearly works", "Although the trial was small, the cream …", "not just a
    placebo effect");
    a belief whose reason the sentence gives ("It runs in families, so doctors
    believe…"); a person's research ("Zamboni's original research suggests"); research
    "published by ASCO" or "presented today at the 2017 … Symposium"; a lead-in that ends in a
    colon when what follows names the experts ("Here's what experts say you need to know:" and
    a list quoting a named professor); a routine caution that sends the reader to a
    professional ("…should talk to their doctor first, experts say"); a named expert's hedged
    words ("Some small studies suggest green tea might slow bone loss, explained Ingrid Halvorsen."); the
    headline printed again above the story, and every sentence of a headline line ("Worth a
    try? Nurses say a cooling patch may ease shingles pain"); other stories' titles in the links under a
    scraped page ("MORE IN HEALTH" and a run of unpunctuated lines); a news lead's teaser of a study the story then
    describes ("…, recent research suggests." and then "The researchers …") even when no
    journal or author is named; and a group of people when a named expert or body speaks in the
    paragraph before, further on in its own ("The U.S. Preventive Services Task Force
    recommends…") or in the first sentence of the next ("…, doctors and psychologists say. It
    takes minutes a day. / “…,” said Dr. Murali Doraiswamy"), a sentence of saying on the
    claim's subject (a shared content word; not a photo caption, not "We open the new clinic
    on Monday"). A named speaker or source in the next sentence, a paragraph up or further on in
    the paragraph who shares no word, number or age with the claim and speaks of the running of
    things (a clinic opening; not advice to the reader such as "Book an appointment"), of another
    study, or of a medical subject clearly unrelated to the claim's (it names eczema, they sunburn;
    the concept analysis, not in one organ system nor in two paired as a risk factor and its
    outcome: high cholesterol and heart attacks, vitamin D and bones are one subject; nor a subject
    only of the whole body, such as fatigue or a blood disorder; nor a specialist quoted on their
    own field's subject, a urologist on kidney stones) speaks on something else and
    sources nothing (the resolution's ``speaks_elsewhere``); one answering in other words
    with no other subject ("It has nothing to do with looks") still does. A news lede's group
    of people sourced a sentence or two on (the next two sentences, within the claim's paragraph
    and the next): a named person or body there ("…, the Harlow Birth Foundation estimates") that
    names the claim's concept (the concept analysis: "premature births" and "preterm births") and
    shares a word of what the claim says besides the concept's own ("the shot"), with every figure
    the claim gives and the claim's effect (a benefit for a benefit: a harm of the same treatment,
    or how many have had it, sources no benefit); one on the condition alone ("Migraines affect one in seven adults, according
    to …" after "experts say acupuncture eases migraines") is not. Further on, read as an editor reads, through the claim's paragraph and the next
    one (a photo caption, an advert line or a newsletter box between them skipped, a heading
    ending it; the resolution analysis): a person the article gives a title, a degree or an
    affiliation (not "a mother of two from Bristol"), quoted there in words
    that share two content words with the claim, or one and the group's field ("…, nurses and
    therapists say" after "…, says Ada Brook, a reflexology therapist"), not words that are only
    the article's topic, not a patient, not someone with a stake (the product's paid consultant,
    the study's author); and for research or scientists the first study told after the claim
    with more than its year to find it by, on the claim's subject, not "another study", not one
    set against it ("But a review … found …"), and not the story's one new study when the source
    is several ("a number of trials demonstrate …") or earlier work ("Previous research has linked
    …"); research ("Several studies have shown …") is also said which it is by a study told as its
    example in the very next sentence, by its year alone ("A 2005 study in Mexico found that the
    same solution killed …"), tied by what the claim says of its subject, not only by the
    product's name ("Veltro cream"): CIT001 warns if that study cannot be found. A tie is a word of what the
    claim says, not only a broad one ("children", "weight", "body") or a name; a speaker whose
    stake the article tells anywhere, or who disputes the claim in any sentence there, is none.
    A claim with a figure (a statistic; not "omega-3" or "twice a day") ("only a third of
    sufferers take them, neurologists say") is resolved only by a source giving that figure, and
    a source told as other than those named ("Other scientists say", "Independent experts say")
    by none; a named expert or study that denies or doubts the claim ("“… no pill will melt it in
    a week,” said Dr. Bright") is its answer, not its source. The unnamed source is any
    group of researchers or practitioners, with a field or praise word in front ("sleep
    researchers", "leading physicians", "health authorities"), or research, findings, trials
    or data, with a verb that lends their weight to a claim (show, suggest, agree, found,
    recommend, insist, have long warned, point to). In a news report or press release that
    names its own study, earlier research told as background ("Previous studies have found
    that red meat is linked to colorectal cancer") is `info`; and in any news report or press
    release so is a flat statement of general background that names no intervention, gives no
    figure, verdict or advice and says nothing a treatment does ("Research has found a
    connection between ADHD symptoms and lowered dopamine levels"; "Doctors say that is
    because of sunbeds"): context, not support for a claim to act on. So, in reporting, is the
    standard advice told in passing, in an appositive describing a test or treatment before the
    sentence goes on ("A retinal scan, an eye check doctors recommend for adults with diabetes every
    year, allows nurses to spot damage …"; `[vague] in_passing_*`); in seller copy the same
    shape endorses a product and stays a warning.
    In an article that describes a study, an unnamed source its own researchers relay ("Both
    groups of researchers also noted that previous studies have linked coffee to…", "Study
    authors and other experts say…") is `info` too: the people speaking are named with the study;
    so is the team's own written words, quoted from their paper ("Animal and human studies have
    shown that omega-3 fats “play critical roles …,” Robbins’ team writes"), which their paper cites.
    In a news report or press release, or any article that describes a study, a claim its sentence
    frames as background is `info` (the claim_role analysis): told after a gap in knowledge ("It is
    not known why migraines start, but research suggests the nerve may be overactive"), conceded in
    a "while"/"although" clause before the sentence's main clause ("While studies have shown that
    warm-ups prevent strains, few have followed runners for a season"; not "While you sleep research
    shows …", with no main clause after it), or research other than the story's own ("Separate
    research has found that strength training can ease knee pain"; not "More research is needed");
    unless the sentence gives a figure or a verdict, names the article's main intervention or says
    what "it" does ("Further studies have shown it eases pain"), which are what its reader weighs. Blind
    editors judged such background DEBATABLE, the claims an article leans on RIGHT.

    Why it matters:
    These are weasel words: they borrow the authority of science without letting anyone
    check it. Health readers cannot tell a consensus from one small study, or from nothing.

    Example:
    Studies have shown that some individuals may notice thinning hair.

    Better:
    A 2019 case series of 12 regular kratom users [3] described thinning hair in two.
    """

    code = "CIT002"
    name = "evidence.vague-attribution"
    category = "evidence"
    severity = Severity.WARNING

    #: Groups that news copy uses for the authors of a study described just before
    #: ("A study in JAMA found … Researchers found that …").
    ANAPHORIC = compile_re(r"^(?:the\s+)?(?:researchers|scientists|investigators)\b", re.IGNORECASE)
    #: A study mention that points back ("The study, published in …", "The findings …"),
    #: unlike one that introduces another study ("A 2019 study found …").
    ANAPHORA = compile_re(r"\b(?:the|this|that|these|those|their|its)\s+(?:new\s+|latest\s+|recent\s+)?(?:[\w-]+\s+)?"
                         r"(?:" + _WORDS["anaphora_nouns"] + r")\b", re.IGNORECASE)

    #: "… published by ASCO", "… presented at the American Heart Association meeting": a body named.
    PUBLISHED_BY = compile_re(r"\s+(?:" + _WORDS["published_verbs"] + r")\s+(?:\w+\s+){0,3}?"
                             # "presented today at the 2017 Multidisciplinary Thoracic Cancers Symposium"
                             r"(?:by|in|at)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+|\d+(?:st|nd|rd|th)\s+)?[A-Z]")

    #: The note for a claim the sentence frames as background (``claim_role.background_frame``).
    FRAMED_NOTES = {
        GAP: " (Background: the state of the field around what is not known, not a claim the story leans on.)",
        CONCEDED: " (Background: conceded in a 'while'/'although' clause; the sentence's claim is the main clause.)",
        OTHER_RESEARCH: " (Background: research other than the story's own study, with no figure or verdict.)",
    }

    #: How many body paragraphs open a story (its lead): a study teased there ("Now,
    #: research suggests…") is the one the story names further on.
    LEAD_PARAGRAPHS = 4

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        mentions = study_mentions(doc)
        mention_sentences = {m.sentence for m in mentions}
        sentences = doc.sentences
        speaker = _pattern("vague", "pronoun_speaker")
        study_source = _pattern("vague", "study_sources")
        lede_discovery = _pattern("vague", "lede_discovery")
        research_source = _pattern("vague", "research_sources")
        news = genre(doc).is_(NEWS, PRESS_RELEASE)
        lead = self._lead(doc, mentions)
        # the headline's "Research shows …" is the research the story goes on to describe
        headline = self._headline(doc) if (lead or news or mentions) else None
        background = _pattern("vague", "background")
        relayed_by = _pattern("vague", "relayed_by_authors")
        written_by = _pattern("vague", "written_by_authors")
        indirect = _pattern("vague", "indirect_question")
        in_passing_before, in_passing_verb = _pattern("vague", "in_passing_before"), _pattern("vague", "in_passing_verb")
        in_passing_after = _pattern("vague", "in_passing_after")
        reasoned = _pattern("vague", "reasoned")
        routine = _routine_advice()
        trailer = trailing_furniture(doc)
        story_own, body_speaks, body_tag = _story_own(), _body_speaks(), _body_tag()
        # the story names its own study: earlier research it mentions is background
        own_study = news and any(m.journal or m.meeting or m.institution or m.named_author for m in mentions)
        for k, sent, text in _body(doc):
            clause = unnamed_clause(doc, k)
            if clause is None or has_source(doc, k) or k in mention_sentences:
                continue
            nxt = k + 1 if k + 1 < len(sentences) and sentences[k + 1].block == sent.block else None
            span = clause.source_span
            if nxt is not None and has_source(doc, nxt) and not speaks_elsewhere(doc, k, nxt, span):
                continue  # the source is named in the next sentence, unless it speaks on something else
                # ("Experts say X. Dr. Smith, who runs the new clinic, said it opens Monday.")
            if nxt is None and k + 1 < len(sentences) and self._same_section(doc, k, k + 1) \
                    and not research_source.search(clause.source) and names_source(sentence_text(doc, k + 1)) \
                    and not speaks_elsewhere(doc, k, k + 1, span):
                continue  # "…, doctors say." then, a paragraph on, one of them speaks: "…, says Dr. Eric Finzi"
            if text.rstrip().endswith(":") and any(
                    names_source(sentence_text(doc, j)) for j in range(k + 1, min(len(sentences), k + 5))
                    if self._same_section(doc, k, j)):
                continue  # "Here's what experts say you need to know:" and the list that follows names them
            if k > 0 and self._same_section(doc, k - 1, k) and speaker.search(text) \
                    and names_source(sentence_text(doc, k - 1)):
                continue  # "Studies show it doesn't work, she says.": the named expert's claim
            if k > 0 and sentences[k - 1].block != sent.block and self._same_section(doc, k - 1, k) \
                    and not research_source.search(clause.source) and names_source(sentence_text(doc, k - 1)) \
                    and not speaks_elsewhere(doc, k, k - 1, span):
                continue  # a named expert has just spoken, a paragraph up: "…," said Dr. Daniels. / "…, experts say."
            if sent.block >= trailer:
                continue  # another story's title in the links under the page ("MORE IN SCIENCE" …)
            if headline is not None and (sent.block == sentences[headline].block or self._repeats(doc, headline, k)):
                continue  # the headline's "…, studies show" is the study the story names below
            if k in lead and study_source.match(clause.source) and self._hedged_after(doc, clause):
                continue  # a news lead's teaser ("Now, research suggests there may be…") of the study named below
            if k in lead and lede_discovery.match(clause.source):
                continue  # a news lede's discovery ("scientists have found a new disinfectant …") of the study named below
            words = clause.source.split()
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                continue  # headline case ("You Say Tomato, Nutritionists Say Lycopene")
            if any(j in mention_sentences and self.ANAPHORA.search(sentence_text(doc, j))
                   for j in range(k + 1, k + 4)) and not background.search(clause.source) \
                    and (research_source.search(clause.source) or study_source.match(clause.source)):
                continue  # the study it refers to is described next ("…, research suggests. The study …"),
                # unless it is earlier work ("previous studies have found …" is not the study told next)
                # or a group of practitioners ("Doctors say this operation hurts less. … The new study …")
            if nxt is not None and study_source.match(clause.source) and not background.search(clause.source) \
                    and any((m.sentence == nxt or nxt in m.retold) and set(m.clues()) - {"year"} for m in mentions):
                continue  # "Some scientists say posture matters less than thought. A study of 1,108 adolescents
                # published in May in … found no link": the evidence is the study told in the next sentence,
                # with more than a year to find it by ("A 2019 study found …" alone is not)
            if self.ANAPHORIC.match(clause.source) and any(j in mention_sentences for j in range(k - 3, k)):
                continue  # the authors of the study just described
            if news and story_own.search(clause.source):
                continue  # news convention: "researchers say", "the findings revealed" are the story's own study
            s, e = clause.source_span
            said = assertion_at(doc, s, e)
            if said.exempt(("question", "quoted", "negated")):
                continue  # "are studies showing …?"; a quoted speaker; "it is not true that experts agree"
            if indirect.search(doc.text, sent.start, s):
                continue  # "Ask what research backs up …": the reader is told to look for the source
            if said.speech and self._hedged_after(doc, clause):
                continue  # "Some small studies suggest green tea might slow bone loss, explained Ingrid Halvorsen.": a named expert's hedged words
            if routine.search(doc.text, sent.start, sent.end):
                continue  # "…should talk to their family doctor first, experts say": a routine caution, not a claim
            if self.PUBLISHED_BY.match(doc.text, e, sent.end):
                continue  # "according to research published by ASCO": the body is named
            if not research_source.search(clause.source) and any(
                    (names_source(sentence_text(doc, j)) or body_speaks.match(sentence_text(doc, j)))
                    and not speaks_elsewhere(doc, k, j, span)
                    for j in range(k + 1, min(len(sentences), k + 4)) if sentences[j].block == sent.block
                    or (self._opens_next(doc, j, sent.block) and self._same_section(doc, k, j)
                        and self._speaks_to(doc, k, j, clause.source_span))):
                continue  # "…, experts say." and a named expert or body speaks further on in the paragraph,
                # or opens the next one ("…, doctors and psychologists say. … / “…,” said Dr. Murali Doraiswamy")
            if not research_source.search(clause.source) and any(
                    (names_source(sentence_text(doc, j)) or body_speaks.match(sentence_text(doc, j))
                     or body_tag.search(sentence_text(doc, j)))
                    and speaks_on(doc, k, j, span) for j in self._next_two(doc, k)):
                continue  # a news lede's "experts say" sourced a sentence or two on, on the claim's subject: "…a shot
                # that experts say could cut premature births. / Not by much. The Harlow Birth Foundation
                # calculates that if every eligible woman got the shot, 10,000 preterm births …" (s271 F066)
            if resolve_source(doc, k, clause.source_span):
                continue  # the study or the expert is named on reading on, on the claim's subject (the
                # paragraph and the next, furniture skipped): "experts say this approach restores the balance of
                # healthy skin. / “… live in balance on healthy skin …,” said Maria Olander, MD"
            if nxt is not None and body_speaks.match(sentence_text(doc, nxt)):
                continue  # "Medical experts say … . The U.S. Preventive Services Task Force recommends …"
            if reasoned.search(doc.text, sent.start, s):
                continue  # "…runs in families, so doctors believe there's a genetic component": the reason is given
            if caveat(doc, k, s, e):
                continue  # "most scientists agree that such studies cannot determine cause and effect": a caveat
            told_as_background = own_study and background.search(doc.text, max(sent.start, s - 30), e) is not None
            # "A retinal scan, an eye check doctors recommend for adults with diabetes every year, allows
            # nurses to spot …": the standard advice told in passing, describing the test (s271 F012)
            # (in reporting: in seller copy "Veltro cream, which dermatologists recommend for eczema, is sold …" endorses)
            in_passing = news and bool(in_passing_verb.search(clause.source) and in_passing_before.search(doc.text, sent.start, s)
                              and in_passing_after.match(doc.text, e, sent.end))
            told_as_background = told_as_background or in_passing
            general = news and not told_as_background and self._general(doc, clause)
            # "Both groups of researchers also noted that previous studies have linked …": the
            # story's own researchers relay it (what they relay is theirs to source)
            relayed = bool(mentions) and not (told_as_background or general) and (
                relayed_by.search(doc.text[max(sent.start, s - 80):s]) is not None
                or written_by.search(doc.text, e, sent.end) is not None)  # "…,” Robbins’ team writes."
            # the sentence frames the claim as background: after a gap in knowledge, conceded,
            # or other research than the story's (the claim_role analysis)
            framed = background_frame(doc, k, s, e) if (news or mentions) and not (told_as_background or general or relayed) else ""
            note = (" (Told in passing: the standard advice describing the test or treatment; name the guideline"
                    " body if it matters.)" if in_passing
                    else " (Earlier research told as background to the story's own study.)" if told_as_background
                    else " (General background: no intervention, figure, advice or treatment's effect"
                         " the reader is asked to act on.)" if general
                    else " (Relayed by the story's own researchers as the background of their work.)" if relayed
                    else self.FRAMED_NOTES[framed] if framed
                    else "")
            yield self.finding(
                doc, s, e,
                f"'{clause.source}' without saying which studies or whom; name and cite the source." + note,
                severity=Severity.INFO if told_as_background or general or relayed or framed else None,
                evidence={"phrase": clause.source, "background": told_as_background, "general": general,
                          "relayed": relayed, "framed": framed},
            )

    @staticmethod
    def _general(doc: Document, clause: Clause) -> bool:
        """What the unnamed source says is general background, not a claim to act on: a flat
        statement ("Research has found a connection between ADHD symptoms and lowered dopamine
        levels") that names no intervention, gives no figure or advice and says nothing a
        treatment does (``claim_role.acts_on``), no practitioners' advice ("Some doctors suggest doubling
        those amounts"), no instruction to the reader, and not hedged (a hedged claim is a new finding: "Recent evidence
        suggests that bacterial VFAs could be getting into the blood")."""
        if acts_on(doc, clause.sentence):
            return False  # the source's own verb counts too: "Many doctors recommend probiotics…"
        if _pattern("vague", "advice_verbs").search(clause.source) \
                and not _pattern("vague", "research_sources").search(clause.source):
            return False  # "Some doctors suggest doubling those amounts": practitioners' advice
        if any(c.instruction for c in sentence_clauses(doc, clause.sentence)):
            return False  # "Do these exercises daily; …, studies show": told to the reader to do
        return not VagueAttribution._hedged_after(doc, clause)

    @staticmethod
    def _hedged_after(doc: Document, clause: Clause) -> bool:
        """The claim the source gives is hedged, after it ("…, research suggests there may
        be benefits") or before it ("Vitamin D could help children lose weight, scientists
        believe."): a teaser's new finding, unlike a flat fact ("Research shows a healthy
        30-year-old has a 20 percent chance…"). The source's own verb ("suggests") does not
        count."""
        sent = doc.sentences[clause.sentence]
        start, end = clause.source_span
        return hedged_between(doc, end, sent.end) or hedged_between(doc, sent.start, start)

    @staticmethod
    def _headline(doc: Document) -> int | None:
        """The story's headline as the first body sentence: a heading, or an unpunctuated
        first line ("Antibiotics speed up recovery from ear infections, studies show")."""
        first = next(iter(body_indices(doc)), None)
        if first is None:
            return None
        sent = doc.sentences[first]
        block = doc.blocks[sent.block]
        # the whole first line: a headline may hold a question before its claim ("Is the
        # patch worth it? Nurses say it may ease shingles pain")
        text = doc.text[block.start:block.end].rstrip()
        shaped = block.kind == HEADING or (sent.start <= block.start + 2 and not _SENTENCE_END.search(text)
                                           and len(text.split()) <= HEADLINE_WORDS)
        return first if shaped else None

    #: How many body paragraphs after the headline may repeat it (a web page's title line
    #: printed again above the standfirst).
    HEADLINE_REPEAT_BLOCKS = 6

    @classmethod
    def _repeats(cls, doc: Document, headline: int, k: int) -> bool:
        """Sentence ``k`` repeats the headline at the top of the body (the page's title
        printed again above the story: "Nurses say a cooling patch may ease shingles pain …")."""
        head, sent = doc.sentences[headline], doc.sentences[k]
        if k <= headline or sent.block - head.block > cls.HEADLINE_REPEAT_BLOCKS:
            return False
        title = " ".join(doc.text[head.start:head.end].split()).rstrip(".")
        return len(title.split()) >= 4 and " ".join(doc.text[sent.start:sent.end].split()).startswith(title)

    @staticmethod
    def _opens_next(doc: Document, j: int, block: int) -> bool:
        """Sentence ``j`` is the first of the paragraph after ``block``."""
        sentences = doc.sentences
        return sentences[j].block == block + 1 and sentences[j - 1].block == block

    #: A verb of saying in a speaker's sentence.
    SAYING = compile_re(r"\b(?:" + _WORDS["saying"] + r")\b", re.IGNORECASE)

    @classmethod
    def _speaks_to(cls, doc: Document, k: int, j: int, source: tuple[int, int]) -> bool:
        """The speaker opening the next paragraph (sentence ``j``) speaks to the claim of sentence
        ``k``: the sentence is one of saying, ended as a sentence (a photo caption naming a
        person is not), and shares a content word with the claim (``resolution.shared_subject``:
        `[search] stopwords` and the words of saying left out; the first five letters compared,
        "breathing"/"breathe"). A speaker on another subject ('"We open the new clinic on Monday,"
        said Dr. John Smith') does not source "Coconut oil heals eczema in days, dermatologists say"."""
        said = sentence_text(doc, j)
        if not cls.SAYING.search(said) or not re.search(r"[.!?\"”'’]\s*$", said):
            return False
        sent = doc.sentences[k]
        claim = doc.text[sent.start:source[0]] + " " + doc.text[source[1]:sent.end]
        return bool(shared_subject(claim, said))

    @classmethod
    def _next_two(cls, doc: Document, k: int) -> list[int]:
        """The next two sentences after sentence ``k`` in its section, within its paragraph and
        the next one (a heading or a third paragraph ends them)."""
        sentences = doc.sentences
        block = sentences[k].block
        return [j for j in range(k + 1, min(len(sentences), k + 3))
                if sentences[j].block <= block + 1 and cls._same_section(doc, k, j)
                and doc.blocks[sentences[j].block].kind != HEADING]

    @staticmethod
    def _same_section(doc: Document, j: int, k: int) -> bool:
        return doc.blocks[doc.sentences[j].block].section == doc.blocks[doc.sentences[k].block].section

    def _lead(self, doc: Document, mentions: list[StudyMention]) -> frozenset[int]:
        """Sentences of a news story's lead (its first body paragraphs, a standfirst
        included) when the story names its study further on (a journal, a meeting, an
        institution or a lead author): "Now, research suggests…" there is a teaser, not an
        appeal to unnamed research. Only news reports and press releases have that convention."""
        if not genre(doc).is_(NEWS, PRESS_RELEASE):
            return frozenset()
        blocks: list[int] = []
        out: set[int] = set()
        for k in body_indices(doc, headings=False):
            block = doc.sentences[k].block
            if block not in blocks:
                b = doc.blocks[block]
                if b.kind == LIST_ITEM or len(doc.text[b.start:b.end].split()) < 8:
                    out.add(k)  # summary bullets and short lines ("By Kate Kelland") come before the lead
                    continue
                if len(blocks) == self.LEAD_PARAGRAPHS:
                    break
                blocks.append(block)
            out.add(k)
        named = [m for m in mentions if m.journal or m.meeting or m.institution or m.named_author]
        first = min((m.sentence for m in named), default=None)
        if first is None and out:
            # no journal or author named, yet the story goes on to describe the study it
            # teased ("…, recent research suggests." then "The researchers …")
            first = next((j for j in range(min(out) + 1, len(doc.sentences))
                          if self.ANAPHORA.search(sentence_text(doc, j))), None)
        if first is None:
            return frozenset()
        return frozenset(k for k in out if k < first)


class AnecdoteAsEvidence(Rule):
    """User reports or testimonials offered as support for an effect.

    What it flags:
    "Numerous users report reduced soreness", "as confirmed by various user reports",
    "many people swear by it", "buyers have written to tell us…", testimonials, reviews and
    star ratings, a relative's experience ("My sister tried feverfew…") or the writer's own
    ("When I started drinking nettle tea, my hay fever cleared") — a clause the assertion
    layer attributes to users — when what they report is a benefit (or safety: "users report
    no hair loss") or a conclusion is drawn from them ("…, so it works", "That's all the proof
    you need", "so you know it works" after "not one customer has asked for a refund"); a
    seller's survey of its customers ("92% of customers said…") is testimony, not trial data.
    A report of a change for the better counts whatever the effect ("deeper sleep", "less
    anxious", "from the very first night"). One person's recovery told as a story, with a
    general lesson drawn from it in the same sentence ("… says the app cured her IBS — proof
    that digital tools can transform gut health", "real experiences speak louder than
    trials"), counts even with no users' clause.
    Reports of side effects are left alone (they are safety signals), as are
    sentences that call the reports anecdotal or unproven, testimonials the article rejects
    ("testimonials are not evidence") or answers in the next sentence ("But sceptical
    doctors say…") or the same one ("…, others hate them"), praise turned against by a "but"
    clause, and reports in a paragraph about
    a study. In a news report, patients' and first-person stories count only when a
    conclusion is drawn from them, and praise ("the worms were getting rave reviews", "some
    swear by it") only when it tells of an effect: otherwise it reports opinion or reception.

    Why it matters:
    Self-reports are biased by expectation, by who chooses to report, and by natural
    recovery; the FTC's 2022 Health Products Compliance Guidance says consumer testimonials
    do not substantiate a health claim.

    Example:
    Numerous users report reduced muscle soreness when consuming kratom.

    Better:
    Some users describe less soreness, but no controlled trial has tested this.
    """

    code = "CIT003"
    criteria = ("evidence_quality",)
    name = "evidence.anecdote-as-evidence"
    category = "evidence"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        harm = cue_pattern("anecdote", "harm_words")
        disclaim = cue_pattern("anecdote", "disclaimers")
        distance = _pattern("anecdote", "distance")
        benefit = cue_pattern("anecdote", "benefit")
        conclusion = _pattern("anecdote", "conclusion")
        weak_users = assertion_cues().weak_users
        research_report = assertion_cues().research_report
        relief = cue_pattern("anecdote", "relief")
        consumers = _pattern("anecdote", "consumers")
        trial_words = _pattern("anecdote", "trial_words")
        generalise = _pattern("anecdote", "generalise")
        story = _pattern("anecdote", "story")
        for k, sent, text in _body(doc):
            clause = users_clause(doc, k)
            if clause is None:
                lesson = generalise.search(text)
                if lesson and story.search(text, 0, lesson.start()) and not sentence_quoted(doc, sent) and not (
                        disclaim.search(text) or assertion_at(doc, sent.start + lesson.start(), sent.start + lesson.end())
                        .exempt(("negated", "question", "quoted", "rejected", "conditional"))):
                    yield self.finding(
                        doc, sent.start + lesson.start(), sent.end,
                        f"'{lesson.group(0)}' draws a general lesson from one person's story; an "
                        "individual's recovery does not show that something works.",
                        evidence={"phrase": lesson.group(0)},
                    )
                continue
            if sentence_quoted(doc, sent) or clause.quoted:
                continue  # a quoted speaker, not the article's own argument
            others, other_side = _other_side()
            if clause.rejected or rebutted(doc, k) or any(
                    c.start > clause.start and others.match(c.text) for c in sentence_clauses(doc, k)) \
                    or other_side.search(doc.text, clause.source_span[1], clause.end):
                continue  # "testimonials are not evidence"; "… But skeptical doctors say …"; "some swear by it, others hate it"
            inference = [span for span in inference_spans(doc, k) if span[0] >= clause.start]
            concluded = conclusion.search(text) or conclusion.search(same_block_next(doc, k))
            if distance.search(text) and not (inference or concluded) and not (
                    consumers.search(clause.source) and not trial_words.search(text)):
                continue  # trial data ("82% of people receiving it reported…"), or reporting at a remove
            endorses = re.search(r"\b(?:swear|rave)", clause.source, re.IGNORECASE)
            told = _told(doc, k, clause.start)  # what the reports say, up to a "but"
            if endorses and newsroom(doc) and not benefit.search(told):
                endorses = None  # a news report's "the worms were getting rave reviews": reception, no effect offered
            if not (inference or concluded or endorses) and (
                    (weak_users.search(clause.source) and newsroom(doc))
                    or research_report.search(_paragraph_so_far(doc, k).lower())):
                continue  # a news report's patients ("patients reported less pain"): data, not testimony
            s, e = clause.source_span
            if assertion_at(doc, s, e).exempt(("conditional", "question") if inference or concluded
                                              else ("conditional", "question", "negated")):
                continue  # "diagnoses are based on whether people say they feel better"; "not one
                # customer has complained, so it works" is an absence of complaints offered as proof
            harmful = harm.search(told) and not relief.search(told)
            if not (inference or concluded) and (harmful or not (endorses or benefit.search(told))):
                continue  # side effects are a safety signal; no effect is claimed
            if disclaim.search(text) or disclaim.search(same_block_next(doc, k)):
                continue
            start, end = s, e
            if inference:
                end = max(end, inference[-1][1])  # "…, so it works": the conclusion drawn from them
            yield self.finding(
                doc, start, end,
                f"'{clause.source}' offered as support for an effect; reports and testimonials "
                "do not show that something works.",
                evidence={"phrase": clause.source},
            )


def _paragraph_so_far(doc: Document, k: int) -> str:
    """Sentence ``k`` and the sentences before it in its paragraph: a report of research
    ("The study included 18 children … Parents reported improvements") is data there."""
    sent = doc.sentences[k]
    return doc.text[doc.blocks[sent.block].start:sent.end]


def _told(doc: Document, k: int, start: int) -> str:
    """The words of sentence ``k`` from ``start`` (the users' clause) to the first clause that
    turns against them ("Buyers praise the taste, but taste says nothing about …")."""
    out: list[str] = []
    for c in sentence_clauses(doc, k):
        if c.end <= start:
            continue
        if out and _CONTRAST.match(c.text):
            break
        out.append(doc.text[max(c.start, start):c.end])
    return " ".join(out)


@cache
def _other_side() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The other side of an opinion (``[anecdote] other_side``): a later clause that opens
    with it ("some people swear by the programs — others hate them"), and the same inside
    one clause, after a comma or dash ("some people swear by the programs, others absolutely
    hate them"): opinion on both sides, not testimony offered as evidence."""
    words = "|".join(cues()["anecdote"]["other_side"])
    lead = r"(?:(?:but|while|and|yet|whereas)\s+)?"
    return (compile_re(rf"\W*{lead}(?:{words})\b", re.IGNORECASE),
            compile_re(rf"[,;\u2014\u2013]\s*{lead}(?:{words})\b", re.IGNORECASE))


_CONTRAST = compile_re(r"\W*(?:but|however|although|though|yet|whereas|while|still)\b", re.IGNORECASE)


class EvidenceLevelMismatch(Rule):
    """Animal, cell or preliminary evidence offered as support for an effect in people.

    What it flags:
    A sentence that presents an effect ("significantly alleviated pain", "reduces
    inflammation") whose support is "in rats", "animal models", "in mice", "in vitro",
    "cell studies"; and "preliminary", "promising", "pilot" or "limited" studies used as
    confirmation ("as confirmed by… limited clinical studies"). Harms seen in animals are
    left alone (they are reasons for caution). A caveat near the sentence ("whether this
    applies to humans is unknown", "human trials are needed") silences it. It is a
    `warning` when the finding is offered as backing ("For instance, a study revealed
    that…", "as confirmed by", "evidence") and the article never says the result is not
    yet shown in people, or when a conclusion for people is drawn from it ("In a study on
    mice, lion's mane reversed memory loss, so it can help sharpen your memory too";
    "…in a petri dish, which means eating more garlic…"); news reporting of an animal study
    as such ("they found that cognition improved in mice") is `info`, and an aim ("the
    researchers hope it proves effective in clinical trials") or a pet's own evidence is
    not support. Any lab organism counts ("hamsters fed…", "guinea pigs given…",
    "experiments with rabbits", "a fruit fly study": an open list of organisms in a few
    frames), and so does the bench ("cultured immune cells", "lab-grown skin tissue",
    "colonies on agar plates", "a laboratory study"); a conclusion for people in the next
    sentence ("That is why a daily capsule…") or words that carry the result over to the
    reader ("…and it can do the same for your heart") make it a `warning`. A news report or
    press release that tells of an animal or cell study as such ("Brenner's mouse study
    showed…"), or draws an inference about the animals themselves ("…, meaning that the
    tissue was in a quiet state"), or offers only a hope for people ("Alzheimer's disease
    reversed in mice, offering hope for humans"), is `info`; a pilot study said to need a larger trial "to
    confirm" it is not offered as confirmation; framing as animal-only or early ("has only been done in animals",
    "an early study in cell cultures", "mouse results often fail to carry over") silences it.
    Only the warning names the evidence-quality criterion: an `info` finding is an animal or
    cell study told as such, or caveated elsewhere in the article, which grasps the stage of
    the evidence.

    Why it matters:
    The FTC's Health Products Compliance Guidance (2022) is explicit that animal and
    in-vitro studies, and pilot studies, do not substantiate health claims for people:
    most results in animals never replicate in humans.

    Example:
    A study revealed that kratom extract significantly alleviated pain and inflammation in
    animal models.

    Better:
    In a study in rats, kratom extract reduced signs of inflammation; it has not been
    tested for muscle soreness in people.
    """

    code = "CIT004"
    criteria = ("evidence_quality",)
    name = "evidence.evidence-level-mismatch"
    category = "evidence"
    severity = Severity.WARNING

    #: A claim stated first and its support after a colon, a dash or "citing": "Lion's mane
    #: regrows nerve cells — in petri-dish experiments, …".
    CLAIM_THEN_SUPPORT = compile_re(r"\s*[:—–]\s*|\s-\s|,?\s+citing\b")

    #: What keeps a support word from presenting the result: an aim ("they hope it proves
    #: effective in trials"), a condition, a denial.
    NOT_SUPPORT = ("goal", "pursued", "conditional", "hypothetical", "negated", "question")

    #: A harm word the result protects from ("protects skin cells from UV damage", "restored
    #: nerve function in damaged cells") is part of a benefit, not a harm seen in animals.
    PROTECTED = compile_re(r"\b(?:from|against|in|of|repair\w*|regr[eo]w\w*|heal\w*|restor\w*|fix\w*|revers\w*|"
                           r"rebuil\w*|regenerat\w*)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)

    def _harm(self, text: str, harm: re.Pattern[str]) -> bool:
        return any(not self.PROTECTED.search(text[:m.start()]) for m in harm.finditer(text))

    def _presented(self, doc: Document, sent: Sentence, rx: re.Pattern[str]) -> bool:
        """A match of ``rx`` in the sentence presents the result (not an aim or a denial)."""
        text = doc.text[sent.start:sent.end]  # some cues are anchored at the sentence start
        return any(not assertion_at(doc, sent.start + m.start(), sent.start + m.end()).exempt(self.NOT_SUPPORT)
                   for m in rx.finditer(text))

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        animal, in_vitro = nonhuman_search()  # .search as the patterns, faster over many sentences
        next_inference = _pattern("level", "next_inference")
        to_people = _pattern("level", "to_people")
        prelim = cue_search("level", "preliminary")
        support = compile_re(cue_pattern("level", "support").pattern + "|" + cue_pattern("level", "result").pattern,
                             re.IGNORECASE)
        caveats = cue_search("level", "caveats")
        harm = cue_pattern("level", "harm")
        patients = _pattern("level", "animal_patients")
        as_support_rx = _pattern("level", "as_support")
        own_work = _pattern("level", "own_work")
        hope = _pattern("level", "hope_inference")
        doc_caveat = any(caveats.search(t) for _, _, t in _body(doc))
        news = genre(doc).is_(NEWS, PRESS_RELEASE)
        for k, sent, text in _body(doc):
            if not _has_cue(_LEVEL_CUE, text):
                continue

            hit, level = None, ""
            for pat, name in ((animal, "animal"), (in_vitro, "in vitro")):
                hit = pat.search(text)
                if hit:
                    level = name
                    break
            if hit is not None:
                if self._harm(text, harm) or patients.search(text):
                    continue  # harms in animals are reasons for caution; a pet's own evidence
                if not self._presented(doc, sent, support) and not any(
                        s >= sent.start + hit.start() for s, _e in inference_spans(doc, k)):
                    continue  # no result presented, and no conclusion drawn from it ("…, so it could help you")
            else:
                hit = prelim.search(text)
                level = "preliminary"
                if hit is None or not re.search(
                        r"(?<!\bto )\b(?:confirm\w*|prove[sdn]?|proving|demonstrat\w*|establish\w*)\b",
                        text, re.IGNORECASE):
                    continue  # "a pilot study designed to prove…", "a larger trial is needed to confirm…": an aim or a need, not a result
            if caveats.search(nearby_text(doc, k, 1, 2)):
                continue
            start, end = sent.start + hit.start(), sent.start + hit.end()
            inference = [span for span in inference_spans(doc, k) if span[0] >= start]
            nxt = same_block_next(doc, k)
            if not inference and level != "preliminary" and nxt and next_inference.match(nxt) \
                    and to_people.search(nxt):
                inference = [(doc.sentences[k + 1].start, doc.sentences[k + 1].end)]  # "… That is why a capsule …"
            if not inference and level != "preliminary":
                lead = self.CLAIM_THEN_SUPPORT.search(text, 0, hit.start())
                if lead and support.search(text, 0, lead.start()) and not news:
                    # "Black seed oil boosts immunity: it doubled … in cultured cells": the claim, then its support
                    inference = [(sent.start, sent.start + lead.start())]
            if not inference and not news and level != "preliminary" and to_people.search(text, hit.end()) \
                    and self._presented(doc, sent, support):
                inference = [(start, sent.end)]  # "…, and it can do the same for your heart"
            as_support = self._presented(doc, sent, as_support_rx) and not own_work.search(text)
            if inference:
                end = max(end, inference[-1][1])  # "…in a petri dish, which means eating more garlic …"
            # a news report or press release tells of an animal or cell study as such ("Brenner's
            # mouse study showed…", "the preclinical research showing…"): reporting, unless it draws
            # a conclusion for people from it
            reported = news and level != "preliminary" and not any(
                cue_pattern("level", "people").search(doc.text, a, b) and not hope.match(doc.text, a, b)
                for a, b in inference)  # "…in mice, offering hope for humans": the study told as such
            severity = Severity.WARNING if (as_support or inference) and not doc_caveat and not reported \
                else Severity.INFO
            what = {"animal": "animal studies", "in vitro": "cell or test-tube studies",
                    "preliminary": "preliminary or small studies"}[level]
            # a small or early study is often in people already: what it lacks is confirmation
            ask = ("say the results are early and not yet confirmed in larger trials" if level == "preliminary"
                   else "say it has not been shown in humans")
            yield self.finding(
                doc, start, end,
                f"Evidence from {what} ('{hit.group(0)}') offered as support for an effect in "
                f"people; {ask}.",
                severity=severity, evidence={"level": level, "cue": hit.group(0)},
                # the evidence criterion asks whether the article grasps the stage of its
                # evidence: an info finding is an animal or cell study told as such, or caveated
                # elsewhere in the article, which grasps it; only the warning bears on it
                criteria=self.criteria if severity is Severity.WARNING else (),
            )


#: The hedges, negations, purposes and relative words of ``not_causal_before`` (they keep a
#: verb from claiming whatever comes between).
_HEDGE_BEFORE = compile_re(r"(?:\b(?:can|could|may|might|would|should|not|never|to|which|who|had|have|has|of|for)|n['’]t|['’]d)"
                           r"\s*(?:\w+\s+)?$", re.IGNORECASE)

#: A sentence that reports more data or carries the story on: not a claim of its own.
_DATA_OR_LINK = compile_re(r"\d|%|\bpercent\b|^\W*(?:and|but|however|also|yet|so|in turn|those|they|he|she|it|this|that)\b",
                           re.IGNORECASE)
#: Up to four words opening a sentence, none a verb of being or having: the subject of a
#: general claim ("Eating nuts ", "Video games ", "Skipping breakfast ").
_SUBJECT_OPENING = compile_re(r"\W*(?:(?!(?:had|has|have|was|were|is|are|a|an|the|in|of|with)\s)[A-Za-z'’-]+\s+){1,4}",
                              re.IGNORECASE)

#: "will" and any verb: an effect only in a clause that already drew a conclusion ("…, so
#: it will …"), not in a sentence of its own ("the level will often mean damage").
_BARE_WILL = compile_re(r"will\s", re.IGNORECASE)

#: "proves", "cures", "prevents", "reverses", "causes", "protects against" as a finite verb.
_STRONG_CAUSAL = compile_re(r"\b(?:" + _WORDS["strong_causal"] + r")\b", re.IGNORECASE)


def _asserted(text: str, verb: re.Match[str]) -> bool:
    """The causal word is a claim: not a noun, hedged, negated, or passive ("caused by")."""
    before = text[:verb.start()]
    # a determiner or adjective before it makes a noun only of a word that is one ("the main
    # cause"); "walking a dog prevents" is a verb
    verb_after_noun = (_pattern("observational", "noun_before").search(before)
                       and not _pattern("observational", "noun_causal").match(verb.group(0))
                       and not _HEDGE_BEFORE.search(before))
    if _pattern("observational", "not_causal_before").search(before) and not verb_after_noun:
        return False
    return not re.match(r"\s+(?:by|of)\b", text[verb.end():])


class CorrelationAsCausation(Rule):
    """A causal verb where the study described only found an association.

    What it flags:
    "Causes", "prevents", "cures", "boosts", "protects against", "reduces the risk" in a
    sentence that describes an observational finding ("associated with", "linked to",
    cohort, survey, "were less likely"), or in the sentence right after one that starts
    "So…"/"This means…", or in a clause that draws the conclusion ("People who drink coffee
    live longer, which proves coffee protects the heart"; "Since people who eat fermented
    foods have healthier guts, our capsules will fix your digestion"), where any verb of effect
    states cause ("…, which means fish oil keeps skin young"). Associations include groups
    compared on an outcome ("people with low vitamin D are more likely to…"), dose-response
    patterns ("the more tea people drank, the lower their risk"), places compared, people
    followed over time ("researchers tracked 10,000 men for a decade", "data from 300,000
    volunteers"), comparisons with non-users ("than non-owners") and survey groups ("vegetarians
    in the survey"). A sentence right after an association that opens with the exposure it
    compared and states an effect ("… those who ate nuts lived longer. Eating nuts adds years
    to your life.") counts, unless it reports more data. A
    "proves/cures/prevents/reverses/causes" in the article's own voice in the next sentence
    counts too, unless that sentence rests on trials. Sentences that say the study cannot show
    cause and effect, or that cause is unknown ("we don't know whether dogs cause it"),
    hedged conclusions ("suggesting that tea may protect") and a named speaker's or quoted
    words are left alone.

    Why it matters:
    Observational studies cannot tell whether coffee protects the heart or whether healthier
    people drink more coffee. Causal wording from correlational studies is the most common
    exaggeration in health news (Sumner et al., BMJ 2014).

    Example:
    Coffee drinkers were less likely to die in the cohort, so coffee prevents heart disease.

    Better:
    In the cohort, coffee drinkers were less likely to die of heart disease; the study
    cannot show whether coffee was the reason.
    """

    code = "CIT005"
    criteria = ("evidence_quality",)
    name = "evidence.correlation-as-causation"
    category = "evidence"
    severity = Severity.WARNING

    #: A causal word that is denied, hedged or supposed does not claim cause.
    NOT_CLAIMED = ("negated", "hedged_here", "hypothetical", "conditional", "question", "quoted", "speech")

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        designs = cue_search("observational", "designs")
        groups_who = _pattern("observational", "groups_who")
        groups_adverb = _pattern("observational", "groups_adverb")
        causal = cue_pattern("observational", "causal")
        caveats = cue_search("observational", "caveats")
        experimental = cue_search("observational", "experimental")
        connector = _pattern("observational", "connector")
        designs_more = _pattern("observational", "designs_more")
        designs_more_needs = compile_re(cues()["observational"]["designs_more_needs"])
        effects = _pattern("observational", "effect_verbs")
        hedged_connector = _pattern("observational", "hedged_connector")
        strong = _STRONG_CAUSAL
        for k, sent, text in _body(doc):
            design = (designs.search(text) or (" who " in text and groups_who.search(text))
                      or groups_adverb.search(text)
                      or (_has_cue(designs_more_needs, text) and designs_more.search(text)))
            if not design:
                continue
            targets = [(k, sent, text)]
            nxt = same_block_next(doc, k)
            if nxt and (connector.match(nxt) or ((self._article_claims(doc, k + 1, strong)
                                                   or self._exposure_claim(doc, k + 1, text, effects)) and not (
                    experimental.search(nxt) or assertion_cues().research_report.search(nxt.lower())))):
                targets.append((k + 1, doc.sentences[k + 1], nxt))
            if caveats.search(nearby_text(doc, k, 1, 2)) or experimental.search(text):
                continue
            for tk, target, ttext in targets:
                span = None
                # a clause that draws the causal conclusion: "…, which proves coffee protects the heart"
                for s, e in inference_spans(doc, tk):
                    if s < sent.start + design.end() and tk == k:
                        continue
                    # the connector has made the leap ("which proves", "meaning", "so"): any verb
                    # of effect in its clause states cause, unless the connector hedges
                    clause = clause_at(doc, s)
                    leap = clause is not None and clause.inference and not hedged_connector.match(clause.text)
                    for rx in (causal, effects) if leap else (causal,):
                        for v in rx.finditer(doc.text, s, e):
                            if not assertion_at(doc, v.start(), v.end()).exempt(self.NOT_CLAIMED):
                                span, verb_text = v.span(), v.group(0)
                                break
                        if span:
                            break
                    if span:
                        break
                if span is None:
                    verbs = (causal, effects) if tk != k and self._exposure_claim(doc, tk, text, effects) else (causal,)
                    verb = next((v for rx in verbs for v in rx.finditer(ttext) if _asserted(ttext, v)
                                 and not (rx is effects and _BARE_WILL.match(v.group(0))) and not assertion_at(
                        doc, target.start + v.start(), target.start + v.end()).exempt(("hypothetical", "question", "quoted", "speech"))),
                        None)
                    if verb is None:
                        continue
                    span, verb_text = (target.start + verb.start(), target.start + verb.end()), verb.group(0)
                yield self.finding(
                    doc, span[0], span[1],
                    f"'{verb_text}' claims cause and effect, but the finding described is an "
                    f"association ('{design.group(0)}').",
                    related=[(sent.start + design.start(), sent.start + design.end(),
                              "the observational finding")],
                    evidence={"causal": verb_text, "design": design.group(0)},
                    suggestion="Say 'is linked to' and that the study cannot show cause.",
                )
                break

    #: Verbs of proven cause: stated by the article right after an association, with no
    #: connector ("People who eat fish have fewer strokes. Fish oil prevents strokes.").
    NOT_OWN = ("negated", "hedged", "hedged_here", "hypothetical", "conditional", "question", "quoted",
               "reported", "speech", "attributed")

    def _exposure_claim(self, doc: Document, k: int, observed: str, effects: re.Pattern[str]) -> bool:
        """Sentence ``k`` states in the article's own voice that the exposure the
        observational sentence before it compared has an effect: a verb of effect whose
        subject repeats a word of that sentence ("In a cohort of nurses, those who ate nuts
        lived longer. Eating nuts adds years to your life.")."""
        sent = doc.sentences[k]
        text = doc.text[sent.start:sent.end]
        if _DATA_OR_LINK.search(text):
            return False  # more data ("a 73 percent lower risk") or the story going on ("And …")
        # the verb of a short generic subject that opens the sentence ("Eating nuts adds …")
        v = next((v for v in effects.finditer(text, 0, 60) if _asserted(text, v) and not _BARE_WILL.match(v.group(0))
                  and _SUBJECT_OPENING.fullmatch(text, 0, v.start())), None)
        if v is None or assertion_at(doc, sent.start + v.start(), sent.start + v.end()).exempt(self.NOT_OWN):
            return False
        said = {w.lower() for w in _content_word().findall(observed)}
        return any(w.lower() in said for w in _content_word().findall(text[:v.start()]))

    def _article_claims(self, doc: Document, k: int, strong: re.Pattern[str]) -> bool:
        """Sentence ``k`` states, in the article's own voice, that something proves, cures,
        prevents, reverses or causes something."""
        if k >= len(doc.sentences):
            return False
        sent = doc.sentences[k]
        text = doc.text[sent.start:sent.end]
        return any(_asserted(text, v) and not assertion_at(
            doc, sent.start + v.start(), sent.start + v.end()).exempt(self.NOT_OWN) for v in strong.finditer(text))
