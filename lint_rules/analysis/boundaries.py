"""Where a clause ends inside a sentence, and which word reads as a capitalised name: one
definition of each, for every analysis that asks (contradictions, the causer, claim roles, interventions,
typed claims, studies).

Why one module: each analysis used to carry its own copy, and the copies drifted apart in
small ways, some on purpose and some by accident; a fix to one never reached the others.
Each variant below says what it is for and how it differs from its family's first member.
A difference marked "kept as found" has no argued purpose; it is preserved because removing
it moves the boundary in news-corpus text (counted in the ``bounds10`` section of
``docs/benchmarks.md``), a behaviour change to be measured before it is made.

Four kinds:

* a clause joined by a conjunction (``CLAUSE_BREAK`` and its variants): a semicolon or
  colon, or a comma with a conjunction that opens a new clause ("…, and most adults …");
* a clause cut by punctuation alone (``PUNCTUATION_CUT`` and its variants): any comma ends
  it, for readings that stop at the first aside;
* a clause opened by a word (``CLAUSE_OPENING_BEFORE`` and its variants): the last such
  word before a position starts that position's clause;
* a capitalised name (``CAPITALISED_WORD``, ``CAPITALISED_NAME``, ``CAPITALISED_BEFORE``).

And the text those readings run on in lower case (``lowered``), made once per document.

The module imports nothing from the analyses, so any of them can import it (the
``no-cycles`` contract of ``.importlinter``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lint_rules.store.compiled_re import compile_re

if TYPE_CHECKING:
    from lint_rules.document import Document

# ---------------------------------------------------------------------------------------
# A clause joined by a conjunction
# ---------------------------------------------------------------------------------------

#: Where the clause after a denial ends, before a hedge said of something else ("a
#: non-drowsy tablet, and most adults can take it before work"): a semicolon or colon; a
#: comma with "and", "but", "so", "while", "although", "though" or "yet"; a bare "but" or
#: "so"; or a result clause ("the non-drowsy formula means you can take one before work"),
#: which tells what follows from the denial, not how sure it is. Case-insensitive, read on
#: the text as written.
CLAUSE_BREAK = compile_re(r"[;:]|,\s*(?:and|but|so|while|although|though|yet)(?![a-z])|\s(?:but|so)\s"
                          r"|\s(?:means?|meaning|lets?|letting|allows?|allowing)\s+(?:that\s+)?(?:you|people|users|they|we)\s",
                          re.IGNORECASE)

#: Where the clause of a harm ends, both ways from it ("…, so do not give them adult
#: doses", "…, and accidentally swallowing the sachet is a separate risk"). Unlike
#: ``CLAUSE_BREAK``, on purpose: it also ends at "!", "?" and a dash, and after a comma at
#: "or", "then", "because", "since" and "whereas", since the cause or misuse that qualifies a
#: harm must be said in the harm's own clause, not in a reason given after it; and it has
#: no bare "but"/"so" and no result clause, so a subordinate clause after a bare comma stays
#: in it ("If you stop X, your blood pressure …").
HARM_CLAUSE_BREAK = compile_re(r"[;:!?\u2014\u2013]|,\s*(?:and|but|so|or|yet|then|because|since|although|though|"
                               r"whereas|while)(?![a-z])", re.IGNORECASE)

#: What ends a non-restrictive relative clause (", which had been associated with heart
#: problems") before the words asked about. Unlike ``CLAUSE_BREAK``: no bare "so" and no
#: result clause, on purpose: inside a relative clause "so" is mostly a degree word ("which
#: is so effective"). Kept as found: the conjunction after a comma needs a space before
#: and after it (",\s+…\s", where ``CLAUSE_BREAK`` has ",\s*…(?![a-z])"); unifying moves
#: the break in about a hundred corpus articles. Read on lower-cased text.
RELATIVE_CLAUSE_STOP = compile_re(r"[;:]|,\s+(?:and|but|so|while|although|though|yet)\s|\s(?:but)\s")

#: Where the clause of a person's symptom ends ("I said no, and I still get heartburn").
#: Kept as found: unlike ``CLAUSE_BREAK`` a comma with "while", "although" or "though" does
#: not end it, and there is no result clause; unifying moves the break in about 550 corpus
#: articles. Read on lower-cased text.
SYMPTOM_CLAUSE_BREAK = compile_re(r"[;:]|,\s*(?:and|but|so|yet)\b|\s(?:but|so)\s")

# ---------------------------------------------------------------------------------------
# A clause cut by punctuation alone
# ---------------------------------------------------------------------------------------

#: A cut between clauses before a verb, looking back for the verb's subject: a comma,
#: semicolon, colon, en or em dash, or a spaced hyphen (" - "). Read on lower-cased text.
PUNCTUATION_CUT = compile_re(r"[,;:–—]|\s-\s")


def clause_start(text: str, floor: int, at: int, cut: re.Pattern[str] = PUNCTUATION_CUT) -> int:
    """Where the clause that holds offset ``at`` begins, looking back no further than
    ``floor`` (a sentence's start): the end of the last ``cut`` (``PUNCTUATION_CUT`` unless
    another of this module's boundaries is given) in ``[floor, at)``, else ``floor``. Why: the
    readers that look back from a word for its clause's subject or opener ask this one
    question, so one loop answers it (``clause_start(text, s.start, m.start)``)."""
    lo = floor
    for m in cut.finditer(text, floor, at):
        lo = m.end()
    return lo

#: Where the clause that names a study ends after the name ("The study, published in the
#: journal X, follows up children enrolled in an earlier study" tells of the earlier study
#: after the comma). Unlike ``PUNCTUATION_CUT``, on purpose: a parenthesis ends it too (a
#: study's details are often given in one: "(published in …)"). Kept as found: an en dash
#: ends it only when spaced (" – "), as the hyphen does.
STUDY_CLAUSE_END = compile_re(r"[,;:()\u2014]|\s[-\u2013]\s")

#: A clause break after a conceded claim ("While studies have shown …, few have …"): the
#: main clause follows. Unlike ``PUNCTUATION_CUT``, on purpose: the mark must be followed by
#: a space (a concession ends at the comma before its main clause, not at a comma inside a
#: number, "1,000"), and a bare hyphen never ends it.
CONCESSION_BREAK = compile_re(r"[,;:—–]\s")

# ---------------------------------------------------------------------------------------
# A clause opened by a word
# ---------------------------------------------------------------------------------------

#: Where the clause of a mention starts, looking back from it: a semicolon or colon, or a
#: word that opens a contrasting, conceding, causal or time clause ("but", "however",
#: "although", "though", "because", "whereas", "while", "unless", "until", "since"); a
#: causal or reporting verb before the last of them speaks of something else ("patients who
#: have suffered from leukemia, because the tissue may harbor cancer cells"). Case-insensitive.
CLAUSE_OPENING_BEFORE = compile_re(
    r"[;:]|(?<![a-z])(?:but|however|although|though|because|whereas|while|unless|until|since)"
    r"(?![a-z])",
    re.IGNORECASE,
)

#: Where the clause that holds a causing verb opens, looking back from the verb: the end of
#: a sentence, a semicolon or colon, a subordinating word, or a relative pronoun
#: (``RELATIVE_OPENERS``). Unlike ``CLAUSE_OPENING_BEFORE``, on purpose: the subject of the
#: verb is read between the opener and the verb, so the end of a sentence, a time or
#: condition clause ("after", "when", "if", "as") and a reported or relative clause ("that",
#: "who", "which") open one too. Kept as found: "but", "however" and "until" do not.
CAUSE_CLAUSE_OPENING = compile_re(r"[.;:!?]|(?<![a-z])(?:because|since|while|whereas|although|though|after|when|if|unless|"
                                  r"as|that|who|which)(?![a-z])", re.IGNORECASE)
#: The relative pronouns among the ``CAUSE_CLAUSE_OPENING`` words: their clause's subject is
#: the antecedent before them.
RELATIVE_OPENERS = frozenset({"that", "which", "who"})

#: Between a symptom and the taking words after it ("I get heartburn, so I take Gastrol"),
#: a mark or word that opens another clause: the taking then belongs to that clause, not to
#: the symptom's. Wider than ``CLAUSE_OPENING_BEFORE``, on purpose: it looks forward, where
#: "and", "so", "which", "why", "then", "before", "when" and "if" also open the next clause.
#: Read on lower-cased text.
LATER_CLAUSE_OPENING = compile_re(r"[;:]|\b(?:so|which|why|because|but|and|then|until|before|when|if|since|though|although)\b")

# ---------------------------------------------------------------------------------------
# A capitalised name
# ---------------------------------------------------------------------------------------

#: A capitalised word of four letters or more, all lower-case after its capital ("Gastrol",
#: "Sarah"): a person's or a product's name in a personal story. Whole words only, so
#: "BrightWave" is not read and "Fen-Phen" only as "Phen".
CAPITALISED_WORD = compile_re(r"\b[A-Z][a-z]{3,}\b")

#: A capitalised name as brands are written: a capital, then two or more letters of either
#: case or hyphens ("Quillora", "BrightWave", "Fen-Phen"). Unlike ``CAPITALISED_WORD``, on
#: purpose: coined product names carry inner capitals and hyphens. Not anchored at word
#: edges: ``finditer`` takes the longest run from a capital, and ``fullmatch`` tests a whole
#: token.
CAPITALISED_NAME = compile_re(r"[A-Z][A-Za-z-]{2,}")

#: A capitalised word right before a position ("Acme Quillora", "Dr Quillora"): a name
#: written after another name is likely a company's or a person's. Any length and no
#: hyphen, unlike ``CAPITALISED_NAME``, since it is the word before the name asked about.
CAPITALISED_BEFORE = compile_re(r"[A-Z][A-Za-z]*\s+$")


# ---------------------------------------------------------------------------------------
# The text in lower case
# ---------------------------------------------------------------------------------------


def lowered(doc: Document) -> str:
    """``doc.text`` lower-cased, or ``doc.text`` itself where lower-casing would change its
    length (a few characters lengthen, "İ"; offsets must stay those of the text), made once per
    document. Why shared: the causer (``causers.causer``, about a dozen calls an article)
    lower-cased the whole document twice a call, and the sentence subjects once more; on a
    2,000-word article with curly quotes ``str.lower`` takes tens of microseconds."""
    return doc.analysis("lowered", _lowered)


def _lowered(doc: Document) -> str:
    low = doc.text.lower()
    return low if len(low) == len(doc.text) else doc.text
