"""Credential rules: what authors and reviewers claim to be, judged against what the claim
would require (JAMA authorship benchmarks; HONcode principle 1, authoritativeness).

All rules read the shared ``credentials`` analysis (``lint_rules.analysis.credentials``);
they judge only claims that are made, so a journalist's byline ("By Jane Smith, Staff
Writer") draws nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lint_rules.analysis.assertions import advice_sentences, gives_advice
from lint_rules.analysis.credentials import Claim, Person, credentials, scope_of_practice
from lint_rules.analysis.identifiers import (
    document_identifiers,
    npi_check_digit,
    npi_valid,
    orcid_expected,
    orcid_valid,
)
from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import Document
from lint_rules.store.compiled_re import compile_re

#: Claims that make a sentence a credential statement (puffery "next to credentials").
CREDENTIAL_KINDS = ("title", "degree", "certification", "specialty", "membership", "publication",
                    "unprotected-title", "honorific", "expertise")
#: Doctorates that are academic rather than a licence to practise (PhD, EdD, DrPH, ScD…).
ACADEMIC_FIELDS = ("research", "public-health")


_FRONT_MATTER_ID_RE = {
    "npi": compile_re(r"^[ \t-]*[\w-]*npi[\w-]*\s*:\s*[\"']?(\d[\d -]*\d)", re.IGNORECASE | re.MULTILINE),
    "orcid": compile_re(r"^[ \t-]*[\w-]*orcid[\w-]*\s*:\s*[\"']?(?:https?://orcid\.org/)?([\dX-]{16,19})",
                        re.IGNORECASE | re.MULTILINE),
}


def front_matter_identifiers(doc: Document, scheme: str) -> Iterator[tuple[str, int, int]]:
    """``(value, source start, source end)`` of NPI / ORCID values in the front matter
    (keys such as ``npi``, ``reviewer_npi``, ``orcid``)."""
    if not doc.front_matter_span:
        return
    a, b = doc.front_matter_span
    for m in _FRONT_MATTER_ID_RE[scheme].finditer(doc.source, a, b):
        yield re.sub(r"[ -]", "", m.group(1)) if scheme == "npi" else m.group(1).upper(), m.start(1), m.end(1)


def _on_page(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.start >= 0]


def _label(person: Person, capital: bool = False) -> str:
    label = f"{person.role} {person.name}".strip() if person.name else f"the {person.role}"
    return label[0].upper() + label[1:] if capital else label


class PufferyNextToCredentials(Rule):
    """Praise words stand in for a checkable credential.

    What it flags:
    "Renowned", "leading expert", "world-class", "guru", "groundbreaking", "pioneering" and
    similar words in a sentence of an author or reviewer bio that also states a credential,
    a specialty, a membership or research.

    Why it matters:
    Puffery adds authority without adding a fact a reader could check. The FTC's guidance on
    expert endorsements asks that claimed expertise be real and relevant; praise words are
    the usual sign that it is being inflated.

    Example:
    Dr. Emily Taylor, a renowned healthcare expert, has published groundbreaking research.

    Better:
    Emily Taylor, PhD, has published two studies on kratom (links), both in rats.
    """

    code = "CRD001"
    name = "credentials.puffery"
    category = "credentials"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        for person in credentials(doc).people:
            claims = _on_page(person.claims)
            for puff in (c for c in claims if c.kind == "puffery"):
                k = doc.sentence_at(puff.start)  # outside every sentence: an empty span, no neighbours
                s, e = (doc.sentences[k].start, doc.sentences[k].end) if k >= 0 else (puff.start, puff.start)
                # claimed expertise whose noun is the praise word itself ("yoga guru") is
                # not a second claim
                near = [c for c in claims if c.kind in CREDENTIAL_KINDS and s <= c.start < e
                        and not (c.kind == "expertise" and puff.start < c.end <= puff.end)]
                if not near:
                    continue
                yield self.finding(
                    doc, puff.start, puff.end,
                    f"Puffery '{puff.text}' next to the credentials of {_label(person)}: state "
                    "what can be checked instead",
                    suggestion="Remove the praise word; name the degree, licence, post or "
                    "publications it stands for",
                    evidence={"word": puff.value, "person": person.name,
                              "next_to": sorted({c.kind for c in near})},
                )


class UnprotectedTitle(Rule):
    """An unprotected title is presented as clinical authority.

    What it flags:
    "Certified nutritionist", "health coach", "healthcare expert", "holistic practitioner"
    and similar titles in a bio or byline when the person claims no clinical licence that
    would stand behind them. The message names the protected credential a reader may take
    the title for (registered dietitian, RDN…). A credential whose holder may use the title
    stands behind it: a physician described as a "nutrition expert" (``titles.csv``,
    ``satisfied_by``).

    Why it matters:
    Anyone may call themselves a nutritionist or a health expert in most places; a
    registered dietitian or a licensed clinician has passed exams and answers to a board.
    Readers cannot tell the difference unless the article does.

    Example:
    Jane Doe, a certified nutritionist and healthcare expert, explains how to treat
    fibromyalgia.

    Better:
    Jane Doe, RDN (registered dietitian nutritionist, licensed in Ohio), …
    """

    code = "CRD002"
    name = "credentials.unprotected-title"
    category = "credentials"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        for person in credentials(doc).people:
            for claim in (c for c in _on_page(person.claims) if c.kind == "unprotected-title"):
                needed = (claim.get("satisfied_by") or "").split("|")
                if ("any" in needed and person.has_clinical_credential) or any(f in person.fields for f in needed):
                    continue  # a physician described as a nutrition expert: the licence stands behind it
                yield self.finding(
                    doc, claim.start, claim.end,
                    f"'{claim.text}' is not a protected credential; readers may take it for "
                    f"{claim.value}, which {_label(person)} does not claim",
                    suggestion=f"State the real qualification, or have the piece reviewed by "
                    f"{claim.value}",
                    evidence={"title": claim.text.lower(), "protected_equivalent": claim.value,
                              "person": person.name, "claimed": person.describe(),
                              "note": claim.get("note")},
                )


class MembershipMismatch(Rule):
    """Membership of a professional body whose membership implies a credential not claimed.

    What it flags:
    A bio that claims membership of a nurses' association without any nursing credential,
    of an academy of dermatology without a physician's degree, of a dietetic association
    without RD/RDN, and so on (``knowledge/professional_bodies.csv``). Only a person's own
    words count: in a news byline, people credited for reporting, editing or photos, and
    later names described only by an office or outlet, are not taken for the author.

    Why it matters:
    Naming a professional body borrows its authority. When the person lacks the credential
    its full members hold, the membership is an associate one at best, and readers are
    misled about who is advising them.

    Example:
    Jane Doe, PhD, is an active member of the American Holistic Nurses' Association.

    Better:
    Jane Doe, RN, PhD, is a member of the American Holistic Nurses' Association.
    """

    code = "CRD003"
    name = "credentials.membership-mismatch"
    category = "credentials"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        for person in credentials(doc).people:
            for claim in (c for c in _on_page(person.claims) if c.kind == "membership"):
                if not claim.value or claim.get("cue") != "yes" or claim.value in person.fields:
                    continue
                if claim.value == "psychology" and "medicine" in person.fields:
                    continue
                yield self.finding(
                    doc, claim.start, claim.end,
                    f"{_label(person, capital=True)} claims membership of '{claim.text}', which "
                    f"usually requires {claim.get('described')}; credentials stated: "
                    f"{person.describe()}",
                    suggestion="State the credential that qualifies for membership, or the "
                    "membership grade (associate, student)",
                    evidence={"body": claim.text, "implies": claim.value, "person": person.name,
                              "claimed": person.describe()},
                )


class NonClinicalDoctor(Rule):
    """"Dr." rests on a non-clinical doctorate in an article that gives treatment advice.

    What it flags:
    An author or reviewer styled "Dr." whose only stated doctorate is a research or other
    non-clinical one (PhD, EdD, DrPH, DBA, DMin, DTh…), when the article gives treatment
    advice or the person's own bio says they advise on treatment ("who recommends fasting
    for three days"). A doctorate in a field outside health ("PhD in marketing", "(PhD,
    Theology)", "a doctorate in education") counts against any advice in the article, and
    against a product it is said to stand behind ("developed under the direction of Dr. Lara
    Voss, PhD in marketing"); an economist styled "Dr." in a news report that gives no
    advice is left alone.

    Why it matters:
    In a health article, "Dr." reads as "physician". A PhD in any subject is a real
    doctorate, but it is not a licence to advise on treatment; readers should be told
    which kind of doctor is speaking.

    Example:
    Dr. Emily Taylor (PhD in Integrative Medicine) recommends kratom for muscle pain.

    Better:
    Emily Taylor, PhD (integrative medicine; not a physician). Reviewed by Jane Doe, MD.
    """

    code = "CRD004"
    name = "credentials.non-clinical-doctor"
    category = "credentials"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        advises = gives_advice(doc)
        some_advice = advises or bool(advice_sentences(doc))
        for person in credentials(doc).people:
            if not person.has_dr_title:
                continue
            off_field = person.non_health_field()
            # the article advises, or the person's own statement says they advise on
            # treatment ("who recommends fasting…"), or a doctorate outside health fronts
            # any advice at all
            if not (advises or person.of("advises") or (off_field and (some_advice or person.role == "endorser"))):
                continue
            creds = person.credentials()
            doctorates = [c for c in creds if c.doctorate and c.field in ACADEMIC_FIELDS]
            if not doctorates or any(c.doctorate and c.field not in ACADEMIC_FIELDS for c in creds):
                continue
            if any(c.clinical and c.field == "medicine" for c in creds):
                continue
            titles = [c for c in person.claims if c.kind == "title"]
            anchor = next((c for c in titles if c.start >= 0), None)
            degree = next(c for c in person.of("degree") if c.value in {d.abbr for d in doctorates})
            fields = [c.text for c in person.of("field")]
            where = anchor or (degree if degree.start >= 0 else None)
            if where is None:
                continue
            field_note = f" in {fields[0]}" if fields else ""
            if off_field:
                field_note = f" in {off_field}, not a health field"
            context = ("in an article that gives treatment advice" if advises or person.of("advises") or some_advice
                       else "behind the product it is said to stand behind")
            end = where.end
            if degree.start > where.end and degree.start - where.end < 200 \
                    and doc.block_at(where.start) == doc.block_at(degree.start):
                end = degree.end  # "About Dr. Lisa: Lisa Moreno holds a doctorate in education": the title and what it rests on
            yield self.finding(
                doc, where.start, end,
                f"'Dr.' for {_label(person)} rests on a non-clinical doctorate "
                f"({degree.value}{field_note}) {context}",
                related=[(degree.start, degree.end, "the doctorate claimed")] if degree.start >= 0 and degree is not where else [],
                suggestion=f"Write the name with the degree ('{person.name}, {degree.value}') and have "
                "treatment advice reviewed by a licensed clinician",
                evidence={"person": person.name, "doctorates": [d.abbr for d in doctorates]},
            )


class SpecialtyOffTopic(Rule):
    """A claimed specialty has nothing to do with the article's topic.

    What it flags:
    An author or reviewer presented as a specialist (dermatologist, cardiologist…) whose
    specialty's topic words (``knowledge/titles_specialties.csv``) appear nowhere in the
    article. Primary-care specialties fit every topic.

    Why it matters:
    A reviewer's authority is specific: a dermatologist reviewing advice on heart drugs
    lends authority the review does not carry. JAMA's benchmarks ask for *relevant*
    credentials.

    Example:
    A cardiology article "medically reviewed by Jane Doe, MD, a board-certified
    dermatologist".

    Better:
    A reviewer whose specialty covers the topic, or a primary-care physician.
    """

    code = "CRD005"
    name = "credentials.specialty-off-topic"
    category = "credentials"
    severity = Severity.INFO

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        spans = [span for p in credentials(doc).people for span in p.spans]
        article = " ".join(
            [doc.title] + [doc.text[b.start:b.end] for i, b in enumerate(doc.blocks)
                           if b.is_prose and not any(s <= b.start < e for s, e in spans)]
        ).lower()
        for person in credentials(doc).people:
            for claim in (c for c in _on_page(person.claims) if c.kind == "specialty"):
                topics = claim.get("topics")
                if not topics or topics == "*":
                    continue
                if any(re.search(rf"\b{re.escape(t)}", article) for t in topics.split("|")):
                    continue
                yield self.finding(
                    doc, claim.start, claim.end,
                    f"{_label(person, capital=True)} is presented as a specialist in "
                    f"{claim.value}, which the article's topic does not touch",
                    suggestion="Have the article reviewed by a specialist in its topic",
                    evidence={"specialty": claim.value, "person": person.name},
                )


class UncitedPublications(Rule):
    """Claimed publications or research with nothing a reader could look up.

    What it flags:
    Bios that claim published research, papers or studies ("has published groundbreaking
    research", "author of over 50 papers") with no link, DOI, PMID, ORCID iD, quoted title
    or named journal and year in the bio or the front matter.

    Why it matters:
    Research claims are easy to check when they are specific and impossible when they are
    not. JAMA's authorship benchmark asks for relevant credentials a reader can verify.

    Example:
    She has published groundbreaking research on kratom's therapeutic effects.

    Better:
    Her studies of kratom are listed on ORCID (https://orcid.org/0000-0002-1825-0097).
    """

    code = "CRD006"
    name = "credentials.uncited-publications"
    category = "credentials"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        for person in credentials(doc).people:
            pubs = [c for c in _on_page(person.claims) if c.kind == "publication"]
            if not pubs:
                continue
            if any(c.kind in ("citation",) for c in person.claims):
                continue
            if any(c.kind == "identifier" and c.get("scheme") == "orcid" for c in person.claims):
                continue
            if any(s <= lk.start < e for lk in doc.links for s, e in person.spans):
                continue
            first = pubs[0]
            yield self.finding(
                doc, first.start, first.end,
                f"{_label(person, capital=True)} claims publications or research but gives no "
                "citation, ORCID iD or link",
                related=[(c.start, c.end, "another research claim") for c in pubs[1:3]],
                suggestion="Link the publications, an ORCID iD or a PubMed author search",
                evidence={"person": person.name, "claims": [c.text for c in pubs]},
            )


class OutsideScopeOfPractice(Rule):
    """A licensed profession advises outside what its licence covers.

    What it flags:
    An article whose only clinical credentials (author's and reviewer's together) belong to
    a profession that cannot stand behind its advice: a non-prescriber (registered
    dietitian, chiropractor, physical therapist, counsellor, naturopath) telling readers to
    stop, reduce or replace a prescription medicine ("Stop taking your blood pressure pills
    once your readings come down"), or a profession licensed for one part of the body
    (dentist, optometrist, podiatrist, veterinarian) giving advice that touches none of it.
    Professions and their scope are data (``knowledge/credential_shapes.toml``, section
    ``scope``), after state scope-of-practice acts.

    Why it matters:
    A licence is specific. Readers take "RD" or "DDS" as a clinician's authority for the
    whole article; changing a prescription needs the prescriber, and a dentist's licence
    says nothing about blood pressure. The FTC's expert-endorsement guidance asks that
    expertise be relevant to what is endorsed.

    Example:
    By Jane Doe, RD. Stop taking your statins once your cholesterol comes down.

    Better:
    Ask the doctor who prescribed your statin before changing the dose (reviewed by John
    Roe, MD).
    """

    code = "CRD009"
    name = "credentials.outside-scope-of-practice"
    category = "credentials"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        medication_change, scope = scope_of_practice()
        people = [p for p in credentials(doc).people if p.fields]
        fields = {f for p in people for f in p.fields}
        if not fields or any(f not in scope for f in fields):
            return  # no licence stated, or one (medicine, nursing, pharmacy…) that covers it
        advice = advice_sentences(doc)
        if not advice:
            return
        holder = people[0]
        if not any(scope[f].get("prescribes") for f in fields):
            for sent in advice:
                m = medication_change.search(doc.text, sent.start, sent.end)
                if m:
                    yield self.finding(
                        doc, sent.start, sent.end,
                        f"Advice to change a prescription medicine ('{m.group(0)}') from "
                        f"{_label(holder)}, whose licence ({_scope_names(holder, scope)}) does "
                        "not include prescribing",
                        suggestion="Send readers to their prescriber, or have the advice reviewed by "
                        "a physician or pharmacist",
                        evidence={"person": holder.name, "fields": sorted(fields)},
                    )
                    return
        limited = [f for f in fields if scope[f].get("topics") not in (None, "*")]
        if len(limited) == len(fields):
            topics = "|".join(str(scope[f]["topics"]) for f in limited)
            rx = re.compile(rf"\b(?:{topics})", re.IGNORECASE)
            if not any(rx.search(doc.text, s.start, s.end) for s in advice):
                first = advice[0]
                yield self.finding(
                    doc, first.start, first.end,
                    f"The article's advice is outside the scope of {_label(holder)}'s licence "
                    f"({_scope_names(holder, scope)})",
                    related=[(s.start, s.end, "more advice") for s in advice[1:3]],
                    suggestion="Have the advice reviewed by a clinician whose licence covers it",
                    evidence={"person": holder.name, "fields": sorted(fields)},
                )


def _scope_names(person: Person, scope: dict[str, dict[str, object]]) -> str:
    return "; ".join(str(scope[f]["described"]) for f in sorted(person.fields) if f in scope)


class InvalidNpi(Rule):
    """An NPI number whose check digit is wrong.

    What it flags:
    A ten-digit number labelled "NPI" that fails the Luhn check over the 80840 prefix
    (CMS NPI check-digit standard). The message gives the check digit the first nine digits
    call for.

    Why it matters:
    An NPI shown next to a reviewer's name invites readers to trust and look it up; a
    mistyped or invented number cannot belong to anyone.

    Example:
    Medically reviewed by Jane Doe, MD (NPI 1234567890).

    Better:
    Medically reviewed by Jane Doe, MD (NPI 1234567893), checked in the NPPES registry.
    """

    code = "CRD007"
    name = "credentials.invalid-npi"
    category = "credentials"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        for ident in document_identifiers(doc):
            if ident.kind == "npi" and not ident.valid:
                yield self.finding(doc, ident.start, ident.end, self._message(ident.value),
                                   suggestion=self.SUGGESTION, evidence={"npi": ident.value})
        for value, s, e in front_matter_identifiers(doc, "npi"):
            if not npi_valid(value):
                yield self.source_finding(doc, s, e, self._message(value), suggestion=self.SUGGESTION,
                                          evidence={"npi": value})

    SUGGESTION = "Copy the NPI from the NPPES registry (npiregistry.cms.hhs.gov)"

    @staticmethod
    def _message(value: str) -> str:
        if len(value) != 10:
            return f"NPI {value} does not have ten digits: it cannot be a real NPI"
        return (f"NPI {value} fails its check digit (the first nine digits call for "
                f"{npi_check_digit(value[:9])} as the last): it cannot be a real NPI")


#: An ORCID iD in a link's address.
_ORCID_URL = compile_re(r"orcid\.org/(\d{4}-\d{4}-\d{4}-\d{3}[\dXx])")


class InvalidOrcid(Rule):
    """An ORCID iD whose check character is wrong.

    What it flags:
    ORCID iDs (0000-0002-1825-0097), in the text or in an orcid.org link, that fail the
    ISO 7064 MOD 11-2 check character.

    Why it matters:
    An ORCID iD lets readers see an author's publications; a mistyped one leads nowhere, or
    to someone else.

    Example:
    Jane Doe (ORCID 0000-0002-1825-0098)

    Better:
    Jane Doe (ORCID https://orcid.org/0000-0002-1825-0097)
    """

    code = "CRD008"
    name = "credentials.invalid-orcid"
    category = "credentials"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        for value, s, e in front_matter_identifiers(doc, "orcid"):
            if not orcid_valid(value):
                yield self.source_finding(
                    doc, s, e, f"ORCID iD {value} fails its check character: it cannot be a real ORCID iD",
                    suggestion="Copy the iD from the author's ORCID record", evidence={"orcid": value})
        seen: set[int] = set()
        for ident in document_identifiers(doc):
            if ident.kind == "orcid":
                seen.add(ident.start)
                if not ident.valid:
                    yield self._bad(doc, ident.value, ident.start, ident.end)
        for link in doc.links:
            m = _ORCID_URL.search(link.url)
            if m and not any(link.start <= s < max(link.end, link.start + 1) for s in seen):
                ident_value = m.group(1).upper()
                if not orcid_valid(ident_value):
                    yield self._bad(doc, ident_value, link.start, link.end)

    def _bad(self, doc: Document, value: str, start: int, end: int) -> Finding:
        return self.finding(
            doc, start, end,
            f"ORCID iD {value} fails its check character (expected {orcid_expected(value)} "
            "last): it cannot be a real ORCID iD",
            suggestion="Copy the iD from the author's ORCID record",
            evidence={"orcid": value},
        )

