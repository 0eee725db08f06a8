"""The role a claim plays in its article: central, or framed as background.

``acts_on`` asks whether a sentence makes a claim a reader may act on at all: it names an
intervention, gives a figure or verdict, advises, or says what a treatment does (CIT002 reads
it for general background).

An editor asks a writer to source the claims an article leans on: what its treatment does,
a figure, a verdict. The same unnamed "research suggests" is background when the sentence
itself frames it so, and blind editors judged those DEBATABLE rather than RIGHT
(``benchmarks/cit002_judged.py``, tuning half of the samples):

- **gap**: the sentence first states what is not known ("It is not known why migraines
  start, but research suggests the nerve that carries the pain may be overactive"): the
  unnamed source sketches the state of the field around the gap;
- **conceded**: the source sits in a concessive clause ("While studies have shown that
  warm-up exercises prevent strains, few have followed runners for a season"): the sentence
  concedes it and makes its point in the main clause;
- **other research**: in an article that describes a study, research other than that study
  ("Separate research has found that strength training can ease knee pain"; "previous",
  "earlier", "further" work): the context of the story's finding, not its support.

A frame does not make a claim background when the sentence also gives a figure or a verdict
("The bands can chafe, though studies show these side effects are rare"; "Separate research
has found that runners who do strength training are 30 percent less likely to hurt a knee"),
or names the article's main intervention: those are what the reader weighs, however the
sentence is built. The cue lists are ``study_cues.toml`` ``[framing]``,
with their sources; the figures and verdicts are ``[vague] figures`` and ``verdicts``.
"""

from __future__ import annotations

import re
from functools import cache

from lint_rules.analysis.boundaries import CONCESSION_BREAK
from lint_rules.analysis.interventions import sentence_subjects
from lint_rules.analysis.studies import cues, study_mentions
from lint_rules.document import Document
from lint_rules.store.compiled_re import compile_re


@cache
def claim_shapes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What makes an unnamed source's claim one a reader may act on, as the patterns
    ``acts_on`` asks in turn: (1) ``[vague]`` figures and verdicts, an effect on ``people``,
    ``[observational] groups_who``; (2) advice, with ``[level] to_people``; (3) a treatment,
    or "it"/"they" before an effect; (4) the effects (``[vague] effects``, ``[anecdote]
    benefit``, ``[level] harm``, ``[observational] causal``)."""
    c = cues()

    def alt(words: list[str]) -> str:
        return r"\b(?:" + "|".join(f"(?:{p})" for p in words) + r")(?!\w)"  # "99%" ends in no word boundary

    v = c["vague"]
    effects = alt([*v["effects"], *c["anecdote"]["benefit"], *c["level"]["harm"], *c["observational"]["causal"]])
    return (compile_re(alt([*v["figures"], *v["verdicts"]]) + "|" + c["observational"]["groups_who"]
                       # an effect on people, whatever has it ("yogurt every morning helps people fall asleep")
                       + "|" + effects + r"\s+(?:[\w-]+\s+){0,2}?" + alt(v["people"]), re.IGNORECASE),
            compile_re(alt(v["advice"]) + "|" + c["level"]["to_people"], re.IGNORECASE),
            # a treatment, or a pronoun standing for the article's own ("new studies have shown it helps relieve …")
            compile_re(alt(v["treatments"]) + r"|\b(?:it|they)\s+(?:\w+\s+){0,2}?" + effects, re.IGNORECASE),
            compile_re(effects, re.IGNORECASE))


def acts_on(doc: Document, k: int) -> bool:
    """Sentence ``k`` makes a claim a reader may act on: it names an intervention, gives a
    figure, advises, or says what a treatment does (``[vague] figures`` explains the line)."""
    sent = doc.sentences[k]
    if sentence_subjects(doc).names(k):
        return True  # e.g. "newer work has shown that form B is the stronger form of the vitamin"
    figure, advice, treatment, effect = claim_shapes()
    text = doc.text[sent.start:sent.end]
    if figure.search(text) or advice.search(text):
        return True  # "15 percent or more, according to published research"; "many doctors recommend …"
    return bool(treatment.search(text) and effect.search(text))  # "the drugs can help prevent …"


GAP = "gap"
CONCEDED = "conceded"
OTHER_RESEARCH = "other research"


def _alternation(words: list[str]) -> str:
    return r"\b(?:" + "|".join(f"(?:{w})" for w in words) + r")(?!\w)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(knowledge gap, a concessive opener with no clause break after it up to the end of the
    searched text, other research, figures and verdicts)."""
    c = cues()
    f = c["framing"]
    gap = compile_re(_alternation(f["knowledge_gap"]), re.IGNORECASE)
    # the opener, then anything but a clause break, to the end: the source follows it unbroken
    conceded = compile_re(_alternation(f["concessive"]) + r"[^,;:—–()]*\Z", re.IGNORECASE)
    # [vague] background, and the words that add other work, before the same research nouns
    other = compile_re(c["vague"]["background"] + "|" + _alternation(f["other_research_words"])
                       + r"\s+(?:[\w-]+\s+)?(?:studies|research|work|trials|evidence)\b", re.IGNORECASE)
    weight = compile_re(_alternation([*c["vague"]["figures"], *c["vague"]["verdicts"]]), re.IGNORECASE)
    return gap, conceded, other, weight


def background_frame(doc: Document, k: int, start: int, end: int) -> str:
    """How sentence ``k`` frames the claim of the unnamed source at ``[start, end)`` as
    background: ``GAP``, ``CONCEDED`` or ``OTHER_RESEARCH``; "" when it does not, or when the
    sentence gives a figure or verdict or names the article's main intervention (central)."""
    sent = doc.sentences[k]
    text = doc.text
    gap, conceded, other, weight = _patterns()
    if weight.search(text, sent.start, sent.end):
        return ""  # "…, though studies show these side effects are rare": a verdict to source
    subjects = sentence_subjects(doc)
    if subjects.main and subjects.main in subjects.names(k):
        return ""  # the article's own intervention: what the reader weighs
    if _its_own(text[end:sent.end]):
        return ""  # "Further studies have shown it eases pain": "it" is the article's own
    if gap.search(text, sent.start, start):
        return GAP
    if conceded.search(text[sent.start:start]) and CONCESSION_BREAK.search(text, end, sent.end):
        return CONCEDED  # "While studies have shown …, few have …": a main clause follows
    if any(m.end() > start for m in other.finditer(text, max(sent.start, start - 30), end)) and study_mentions(doc):
        return OTHER_RESEARCH  # the words that make it other research are part of the source
    return ""


@cache
def _limits() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A limit of the evidence: (``[vague] limits`` with the ``[observational]`` and ``[level]``
    caveats, as read before; ``[vague] evidence_limits``)."""
    c = cues()
    words = [*c["vague"]["limits"], *c["observational"]["caveats"], *c["level"]["caveats"]]
    return (compile_re("|".join(f"(?:{w})" for w in words), re.IGNORECASE),
            compile_re("|".join(f"(?:{w})" for w in c["vague"]["evidence_limits"]), re.IGNORECASE))


#: An attribution that ends its sentence ("…, some psychologists say."): the claim is before it.
_TRAILING = compile_re(r"[\s,;:.!?\"'”’)\]]*\Z")
#: Where the reported clause opens: after "say", "that" and punctuation; before the source that
#: ends the sentence, its first word.
_OPENING = compile_re(r"[\s,:\"'“‘(]*(?:that\b\s*)?")
#: The words that may stand before a limit's own pattern in the clause that IS the limit: its
#: subject ("the median follow-ups", "the techniques associated with the therapy", "it's"), up
#: to six words, no punctuation.
_SUBJECT = compile_re(r"(?:[\w'’-]+\s+){0,6}")
#: A word that makes those opening words something else: a subordinator or coordinator ("Although
#: the trial was small, …"), a negation or a "more than" ("the relief is not just a placebo effect",
#: "more than merely a placebo effect" claim a benefit).
_NOT_SUBJECT = compile_re(
    r"\b(?:although|though|while|whereas|if|because|since|as|when|and|or|so|but|yet|however|still|even|not|never|"
    r"more|than|beyond|no)\b|n['’]t\b", re.IGNORECASE)
#: A further clause after the limit: a turn back ("but the drug works"), or one joined by and, so,
#: although, though, even if, because, while, that ("the trial was small, and the cream clearly
#: clears eczema"; "too small to show harm, so the cream is safe").
_FURTHER = compile_re(
    r"\b(?:but|yet|however|still|nevertheless|nonetheless|so|although|though|even if|while|whereas|"
    r"(?P<joined>and|that|which))\b|;", re.IGNORECASE)
#: What may follow a comma after the limit without being a further clause: a phrase that goes on
#: about the limit ("only 12 weeks, too short to see late effects"; ", adding that …") or a joiner
#: read by ``_FURTHER``. Anything else there ("the trial was small, the cream clearly clears
#: eczema") is a clause of its own.
_AFTER_COMMA = compile_re(
    r"[,\u2013\u2014-]\s*(?:too|to|only|just|[a-z]+ing|but|yet|however|still|so|although|though|even|"
    r"while|whereas|and|that|which)\b", re.IGNORECASE)
_COMMA = compile_re(r"[,\u2013\u2014]|\s-\s")
#: A complement saying what is uncertain ("by no means certain that lowering plaque would stave off
#: memory loss and other declines"): its own "and" or "that" join no further claim.
_COMPLEMENT = compile_re(r"\s*(?:that|whether|how|if)\b", re.IGNORECASE)


def _is_the_clause(text: str, lo: int, hi: int, limits: re.Pattern[str]) -> bool:
    """The reported clause ``[lo, hi)`` IS a limit of the evidence: it opens with the limit (or
    its subject of up to six words, no negation, subordinator or "more than" among them) and
    no further clause follows it ("Experts say the trial was small" - not "…, and the cream
    clearly clears eczema", nor "Although the trial was small, the cream …") unless that clause
    is another limit ("…, adding that follow-ups lasted only a few months")."""
    while hi > lo and text[hi - 1] in " \t\n,;:.!?\"'”’\u2013\u2014-":
        hi -= 1  # the punctuation before a trailing source or ending the sentence
    pos = _OPENING.match(text, lo, hi)
    at = pos.end() if pos else lo
    subject = _SUBJECT.match(text, at, hi)
    if subject is None:
        return False
    for cut in range(subject.end(), at - 1, -1):
        if cut != at and not text[cut - 1].isspace():
            continue
        m = limits.match(text, cut, hi)
        if m is None:
            continue
        if _NOT_SUBJECT.search(text, at, cut):
            return False
        after = m.end()
        complement = _COMPLEMENT.match(text, after, hi)
        comma = None if complement else _COMMA.search(text, after, hi)
        if comma is not None and not _AFTER_COMMA.match(text, comma.start() + (comma.group().startswith(" ")), hi):
            return False  # "the trial was small, the cream clearly clears eczema": a clause of its own
        further = next((f for f in _FURTHER.finditer(text, complement.end() if complement else after, hi)
                        if not (complement and f.group("joined"))), None)
        # "…are not comparable, adding that follow-ups lasted only a few months": another limit
        return further is None or (further.end() < hi and _is_the_clause(text, further.end(), hi, limits))
    return False


def caveat(doc: Document, k: int, start: int, end: int) -> bool:
    """What the unnamed source at ``[start, end)`` of sentence ``k`` says is a limit of the
    evidence, not an effect ("most scientists agree that such studies cannot determine cause
    and effect"; "experts say the trial was too small to tell"; "The techniques may merely have
    a placebo effect, some psychologists say."): a caveat borrows no authority for a claim. The
    ``[vague] limits`` count after the source, as read before. A further evidence limit counts
    only when it IS the reported clause: it opens right after the source ("say (that)"), or opens
    the sentence when the source ends it, and no further clause follows it (joined by and, so,
    although, though, even if, that, or turned back by but, yet, however …): "Experts say the
    trial was small, and the cream clearly clears eczema" and "Although the trial was small, the
    cream clears eczema, dermatologists say" are claims. A placebo or certainty denied ("not just
    a placebo effect", "more than merely a placebo effect") claims a benefit."""
    sent = doc.sentences[k]
    text = doc.text
    old, new = _limits()
    if old.search(text, end, sent.end):
        return True
    if _is_the_clause(text, end, sent.end, new):
        return True
    if not _TRAILING.match(text, end, sent.end):
        return False
    return _is_the_clause(text, sent.start, start, new)


@cache
def _pronoun_effect() -> re.Pattern[str]:
    """"it"/"they" before an effect, as ``claim_shapes`` reads a pronoun standing for the
    article's own intervention."""
    return compile_re(r"\b(?:it|they)\s+(?:\w+\s+){0,2}?(?:" + claim_shapes()[3].pattern + ")", re.IGNORECASE)


def _its_own(claim: str) -> bool:
    """The claim says what "it"/"they" (the article's own intervention) does."""
    return bool(_pronoun_effect().search(claim))
