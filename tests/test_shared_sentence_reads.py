"""Readings asked of the same words by several readers are made once per document and
shared (speed17): the shared answer is the one a fresh reading gives, and a reading of
other words, or of another document, is not shared."""

from __future__ import annotations

from lint_rules.analysis.assertions import _read_assertion, assertion_at
from lint_rules.parsing import parse_document


def doc_of(body: str, title: str = "Kratom"):
    return parse_document("a.md", f"# {title}\n\n{body}\n", "markdown")


def _span(doc, words: str) -> tuple[int, int]:
    at = doc.text.index(words)
    return at, at + len(words)


def test_a_span_asked_twice_is_read_once_and_read_as_a_fresh_reading_reads_it() -> None:
    doc = doc_of("Critics say it does not cure anxiety. Our gummies cure anxiety fast.")
    span = _span(doc, "cure anxiety fast")
    first = assertion_at(doc, *span)
    assert assertion_at(doc, *span) is first
    assert first == _read_assertion(doc, *span)
    assert not first.negated and not first.reported


def test_other_words_and_other_documents_get_their_own_reading() -> None:
    doc = doc_of("Critics say it does not cure anxiety. Our gummies cure anxiety fast.")
    denied = assertion_at(doc, *_span(doc, "cure anxiety."))
    plain = assertion_at(doc, *_span(doc, "cure anxiety fast"))
    assert denied.negated and not plain.negated  # the same words, another sentence: not shared
    other = doc_of("Our gummies do not cure anxiety fast.")
    assert assertion_at(other, *_span(other, "cure anxiety fast")).negated


def test_historical_and_distancing_reads_are_kept_per_sentence_with_the_fresh_answer() -> None:
    from lint_rules.analysis.assertions import sentence_disowned, sentence_historical

    doc = doc_of("Earlier versions used to cause headaches. It supposedly works fast, but in tests "
                 "it left users groggy. It eases cramps.")
    k_old, k_adverb, k_plain = 1, 2, 3  # (sentence 0 is the title)
    assert sentence_historical(doc, k_old) and sentence_historical(doc, k_old)
    assert not sentence_historical(doc, k_plain) and not sentence_historical(doc, k_plain)
    text = doc.text
    # the adverb's place is found once for the sentence; each claim is still placed against it
    fast, groggy = text.index("works fast"), text.index("groggy")
    assert sentence_disowned(doc, k_adverb, fast)
    assert not sentence_disowned(doc, k_adverb, groggy)  # its own stretch, after "but": still said
    assert sentence_disowned(doc, k_adverb, fast)  # asked again, from the kept places
    assert not sentence_disowned(doc, k_plain, text.index("cramps"))


def test_identifiers_are_found_once_per_document_and_the_gates_keep_every_one() -> None:
    from lint_rules.analysis.identifiers import ORCID_RE, document_identifiers, find_identifiers

    doc = doc_of("Dr. Lee (NPI: 1234567893, ORCID 0000-0002-1825-0097) says it eases cramps.")
    found = document_identifiers(doc)
    assert document_identifiers(doc) is found
    assert [(i.kind, i.value) for i in found] == [("npi", "1234567893"), ("orcid", "0000-0002-1825-0097")]
    # the gates pass every text the patterns match: a lower-case label, an "x" check character
    assert [i.kind for i in find_identifiers("npi #1234567893 and 0000-0002-1694-233x")] == ["npi", "orcid"]
    # and rule out only what the patterns cannot match: no label, a digit run glued on
    assert list(find_identifiers("Call 1234567893 or see 10000-0002-1825-0097.")) == []
    assert ORCID_RE.search("10000-0002-1825-0097") is None
    assert document_identifiers(doc_of("It eases cramps.")) == ()


def test_a_clause_question_asked_again_gets_the_kept_reading_and_other_offsets_their_own() -> None:
    from lint_rules.analysis.claim_reader import read_clause

    text = "Calmira can cause headaches. Headaches were not caused by Calmira in the trial."
    first_effect = text.index("headaches")
    reading = read_clause(text, 0, text.index(".") + 1, first_effect, first_effect + len("headaches"))
    assert reading is not None and reading.pclass == "cause" and reading.where == "before"
    assert read_clause(text, 0, text.index(".") + 1, first_effect, first_effect + 9) is reading
    assert reading == read_clause.__wrapped__(text, 0, text.index(".") + 1, first_effect, first_effect + 9)
    lo = text.index("Headaches")
    other = read_clause(text, lo, len(text), lo, lo + 9)
    assert other != reading and other == read_clause.__wrapped__(text, lo, len(text), lo, lo + 9)


# Ordinary passages written for speed17 (a recall report, a seller's page, a study report with
# an iD, a leaflet): what a process reads of one article must not leak into the next.
_PASSAGES = {
    "recall.md": "# New sleep aid recalled\n\nThe maker of Dormira, a melatonin gummy, recalled two batches "
                 "after tests found more melatonin than the label states. Earlier versions of the product used "
                 "to contain valerian. The company says the current formula is safe, but the FDA has not "
                 "reviewed it.\n",
    "seller.md": "# Our turmeric capsules\n\nEach capsule has 500 mg of turmeric root. Take one capsule twice "
                 "a day with food. Do not exceed four capsules a day. Supposedly it works overnight, but most "
                 "customers notice a change after a few weeks. It can cause heartburn.\n",
    "study.md": "# Coffee and liver health\n\nResearchers followed 9,000 adults for ten years. Those who drank "
                "three cups a day had fewer liver problems, the study found. The authors say this does not "
                "prove coffee protects the liver. Dr. Amy Lin (ORCID 0000-0002-1825-0097, NPI 1234567890) led "
                "the analysis. Coffee can cause headaches in some people.\n",
    "leaflet.md": "# Ibuprofen 200 mg\n\nIbuprofen can cause stomach bleeding, especially in people over 65. "
                  "Do not take it with other painkillers that contain ibuprofen. It does not cure arthritis.\n",
}


def test_an_article_checked_after_others_gets_the_findings_it_gets_alone(tmp_path) -> None:
    import argparse

    from lint_rules.commands.options import make_linter

    ns = argparse.Namespace(config=None, offline=True, online=False, select=None, extend_select=None,
                            ignore=None, fail_on=None, timeout=None, no_cache=True, cache_ttl=None,
                            allow_private_networks=False)
    paths = {}
    for name, text in _PASSAGES.items():
        paths[name] = tmp_path / name
        paths[name].write_text(text, encoding="utf-8")

    def findings(linter, name: str) -> list[tuple[str, int, str]]:
        return sorted((f.code, f.line, f.message) for f in linter.lint_file(str(paths[name])).findings)

    alone = {name: findings(make_linter(ns), name) for name in _PASSAGES}
    shared = make_linter(ns)
    for name in [*_PASSAGES, *reversed(list(_PASSAGES))]:
        assert findings(shared, name) == alone[name], name
    assert any(code == "CRD007" for code, _, _ in alone["study.md"])  # the NPI's check digit is wrong


def test_the_lowered_text_is_made_once_and_keeps_the_offsets() -> None:
    from lint_rules.analysis.boundaries import lowered

    doc = doc_of("Zorvex CAUSED Headaches in a Trial. Stop taking it if they persist.")
    low = lowered(doc)
    assert lowered(doc) is low and low == doc.text.lower()
    # "İ" lengthens under str.lower: the text itself, so every offset still points at its words
    odd = doc_of("İSTANBUL clinics sell Zorvex. It CAUSED headaches.")
    assert len(odd.text.lower()) != len(odd.text)
    assert lowered(odd) == odd.text


def test_the_causer_reads_the_same_with_the_shared_lowered_text() -> None:
    # the causer and the sentence subjects read the document lower-cased; asking the causer
    # after another reader made the lowered text gives the reading it gives on a fresh document
    from lint_rules.analysis.boundaries import lowered
    from lint_rules.analysis.causers import causer

    body = ("Giving up caffeine while starting Zorvex can cause headaches. "
            "Zorvex combined with alcohol can cause drowsiness. Zorvex can cause a rash.")
    cases = [("headaches", "Zorvex"), ("drowsiness", "Zorvex"), ("rash", "Zorvex")]
    readings = []
    for warm in (False, True):
        doc = doc_of(body, "Zorvex")
        if warm:
            lowered(doc)
        out = []
        for words, product in cases:
            at = doc.text.index(words)
            k = next(i for i, s in enumerate(doc.sentences) if s.start <= at < s.end)
            out.append(causer(doc, k, at, at + len(words), lambda p=product: p))
        readings.append(out)
    assert readings[0] == readings[1]
    assert readings[0][0].who == "other" and readings[0][1].who == "other" and readings[0][2].who != "other"


def test_the_product_forms_are_read_from_the_cue_file_once(monkeypatch) -> None:
    # every subject frame of every sentence asks for the forms after a name ("Softskin lotion");
    # the cue file is read once per process, not once per question
    from lint_rules.analysis import context
    from lint_rules.analysis.context import document_subject

    context._product_forms.cache_clear()
    read: list[str] = []
    real = context.knowledge.read_toml
    monkeypatch.setattr(context.knowledge, "read_toml", lambda name: read.append(name) or real(name))
    forms = context._product_forms()
    assert context._product_forms() is forms and {"lotion", "cream", "gummies"} <= forms
    doc = doc_of("Softskin lotion eased my rash. Then Softskin lotion made my skin peel. "
                 "My friend's Dozex cream did nothing.", "Softskin")
    document_subject(doc)
    assert read.count(context.CUES_TOML.name) == 1
