"""cit17: an unnamed source resolved across the claim's paragraph and the next one
(``lint_rules.analysis.resolution``). The passages are coined for this branch. The resolved
ones (the expert quoted in the next paragraph on the claim's subject, the therapist named at the
end of the paragraph before, the study told in the next paragraph, an expert past a photo
caption) draw no CIT002 warning; the hard negatives (a study on another subject, one set against
the claim, another study, one with nothing to find it by, an expert quoted on something else, a
patient, a heading between, research "named" by a person, a study two paragraphs on, a
speaker who shares only the article's topic word, a study with only its year, a forum's unnamed
physio, the story's one new study after several trials, a seller's founder) stay warnings, as
they were on 8d0503b."""

from __future__ import annotations

import pytest

from lint_rules.analysis.resolution import furniture, reading_window, shared_subject, topic_stems
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document

RESOLVED = {
    # the expert's quotation runs over two sentences; the attribution closes the second
    "r01": "The Halvor cream went on sale in May. While it may seem odd to fight bacteria with bacteria, experts say "
           "the cream restores the natural balance of healthy skin.\n\n\"Healthy skin keeps hundreds of species of "
           "bacteria in balance. People with eczema lack the helpful ones,\" said Maria Olander, MD, head of "
           "dermatology at Lakeside Clinic.\n",
    # the group's own field names the therapist who spoke at the end of the paragraph before
    "r02": "Reflexology sessions last about an hour. Practitioners press points on the feet and sometimes hold their "
           "thumbs just above the skin, says Ada Brook, a reflexology therapist at Fenwick Hospice.\n\nExtra care is "
           "needed with frail patients. Therapists must avoid pressing on swollen feet and thin skin, nurses and "
           "therapists say.\n",
    # the study the scientists stand for, told in the next paragraph with its journal
    "r03": "Now scientists believe they can tell which toddlers will learn to read early from a short eye-tracking "
           "test.\n\nIn a paper published Thursday in the journal Child Cognition, researchers at Westvale University "
           "found that toddlers who tracked pictures quickly learned to read earlier.\n",
    # a photo caption between the claim's paragraph and the neurologist's
    "r04": "Migraine sufferers often skip preventive pills. Neurologists say that preventive pills are underused "
           "because patients fear side effects.\n\nMr. Tull at his kitchen table. Photo: Jo Bell/Lakeside Gazette\n\n"
           "Preventive pills are underused because sufferers fear the side effects, said Dr. Omar Reese, a "
           "neurologist at the Kestrel Headache Centre.\n",
}

HARD = {
    'h01': 'Studies show that the Kavrin patch lowers blood pressure.\n\nIn a paper published Monday in the journal Hypertension Today, researchers at Westvale University found that a salt-free diet changed sleep in teenagers.\n',
    'h02': 'Studies suggested that delaying hip surgery by a day gives doctors time to stabilise patients.\n\nBut a review of 2 million patients published last year in the Journal of Orthopaedic Trauma found that each day of delay raised complications.\n',
    'h03': 'Research shows that the Norvex spray shortens colds.\n\nAnother study, published in the Journal of Respiratory Care by researchers at Kestrel University, found the spray shortened colds in adults.\n',
    'h04': 'Studies have found that the Brellix drops relieve dry eyes.\n\nA study found that the drops relieved dry eyes in older adults.\n',
    'h05': 'Dermatologists agree that Solvana cream fades dark spots in two weeks. It costs £19.99.\n\nThe clinic is busy in summer. "We open a new wing on Monday," said Dr. Ruth Evers, a dermatologist at Fenwick Hospital.\n',
    'h06': 'Studies suggest that turmeric capsules ease arthritis pain.\n\n"Turmeric capsules ease my knees," says Joan Pell, 71, who has arthritis.\n',
    'h07': 'Scientists say the Arvon jab halves flu cases in pensioners.\n\nA review published in the British Journal of General Practice found that surgeries in Leeds had long queues this winter.\n',
    'h08': 'Many doctors recommend the Dormio pillow for neck pain. It costs £40.\n\n## Prices\n\nThe pillow is sold online. "The Dormio pillow eases neck pain in most of my patients," said Dr. Felix Grant, a physiotherapist at Norwood Hospital.\n',
    'h09': 'Recent studies show the Kavrin patch lowers blood pressure in a week.\n\nThe patch is sold in chemists. "The Kavrin patch lowers blood pressure," said Dr. Lena Marsh, a cardiologist at Hillcrest Clinic.\n',
    'h10': 'Scientists believe the Velto diet slows ageing in people.\n\nThe diet costs little. Many readers have tried it.\n\nIn a paper published Thursday in the journal Cell Ageing, researchers at Westvale University found that the Velto diet slows ageing in mice.\n',
    'h11': 'Experts say the Pellix probiotic cures bloating in three days. Pellix costs $30.\n\nPellix is a probiotic sold in pharmacies. Probiotics are popular. "Probiotics are food, not medicine, under the law," said Dr. Ana Ruiz, a gastroenterologist at Kestrel University. Probiotic sales rose. Many buy probiotics online.\n',
    'h12': 'Nutritionists say the Granola Plus recipe keeps children full until lunch. Our tasters agreed.\n\nA 2019 study found that children who ate oats stayed full until lunch.\n',
    'h13': "Doctors recommend the Fixa brace for tennis elbow, lol. Mine helped after a week.\n\nAnyone else tried it? My physio, who I won't name, says it's fine.\n",
    'h14': 'A number of randomized trials demonstrate that the Corvane inhaler cuts asthma attacks in children.\n\nIn a new study published in the Journal of Asthma Care, researchers at Kestrel University found that the Corvane inhaler cut attacks in adults.\n',
    'h15': 'Experts say the Lumora rinse cures sinus infections in a day. It is sold online.\n\nOur shop opens at eight. Orders ship the same day, and the sinus rinse comes in two sizes.\n',
    'h16': 'Dermatologists agree that Glowa serum erases wrinkles. Order today.\n\nShipping is free. "We ship to 40 countries," says founder Ruth Evers, a former model.\n',
    # a figure the expert does not give
    "h17": "Migraine sufferers often skip preventive pills. Neurologists say that only a third of sufferers who "
           "could benefit from preventive pills take them.\n\nThe pills are cheap. Preventive pills could benefit about four in ten "
           "sufferers, said Dr. Omar Reese, a neurologist at the Kestrel Headache Centre.\n",
    # "other" scientists are not the ones named
    "h18": "The Velto test went on sale in May.\n\nOther scientists say that the Velto test "
           "may help doctors tell concussions apart.\n\nThe test is new. A study of 66 patients led by Velto scientists and published "
           "this year in the journal Critical Care Medicine showed that the Velto test told concussions apart.\n",
    # the product's paid consultant is not the unnamed practitioners
    "h19": "Enzyme pills relieve bloating, says Dr. Sam Lamb, a paid consultant to Zymex Inc., which sells the "
           "pills. Gastroenterologists say it is true enzyme pills relieve bloating in some people, but bloating "
           "has many causes.\n",
    # a named expert who disputes the claim is its answer, not its source
    "h20": "Experts say the Zentro pill melts belly fat in a week. It costs $40.\n\nThe pill sells well. \"Belly fat is "
           "stubborn, and no pill will melt it in a week,\" said Dr. Ann Bright, an obesity specialist at Harbour "
           "Clinic.\n",
    "h21": "Doctors recommend the Velto brace for knee pain after surgery. It is sold online.\n\nThe brace is light. "
           "\"I would never recommend a brace for knee pain after surgery,\" said Dr. Ian Cole, a knee surgeon at "
           "Westvale Hospital.\n",
    "h22": "Scientists say the Arvon jab halves flu cases in pensioners. It is free.\n\nThe jab was approved in May. "
           "Is it worth it? \"The Arvon jab halves flu cases in pensioners? I doubt it,\" said Dr. Colin Ames, a "
           "virologist at Leeds University.\n",
    # a shopper quoted on the product is no expert, whatever her words
    "h23": "Dermatologists say the Glowa serum erases wrinkles in a week. Order today.\n\nThe serum launched in May. "
           "\"The Glowa serum erases wrinkles in a week,\" said Mia Cole, a mother of two from Bristol.\n",
}


def _cit002_warnings(text: str) -> list[str]:
    return [f.excerpt for f in lint_text(text, kind="text", select=["CIT002"]) if str(f.severity) == "warning"]


@pytest.mark.parametrize("key", sorted(RESOLVED))
def test_a_source_named_on_reading_on_is_no_vague_attribution(key: str) -> None:
    assert _cit002_warnings(RESOLVED[key]) == []


@pytest.mark.parametrize("key", sorted(HARD))
def test_a_source_for_another_claim_or_study_does_not_count(key: str) -> None:
    assert _cit002_warnings(HARD[key])


def test_the_window_skips_a_caption_and_stops_at_a_heading() -> None:
    text = ("Experts say naps help.\n\nMr. Tull at home. Photo: Jo Bell/Reuters\n\n"
            "Naps help memory, said Dr. Ray Pike.\n\n## Prices\n\nNaps are free.\n")
    doc = parse_document("x.md", text, "markdown")
    k = next(i for i, s in enumerate(doc.sentences) if doc.text[s.start:s.end].startswith("Experts"))
    before, after = reading_window(doc, k)
    told = [doc.text[doc.sentences[j].start:doc.sentences[j].end] for j in after]
    assert told == ["Naps help memory, said Dr. Ray Pike."]
    assert before == ()
    caption = doc.sentences[k + 1].block
    assert furniture(doc, caption)


def test_the_articles_topic_ties_nothing() -> None:
    text = "\n\n".join(["Probiotics are popular."] * 4 + ["Experts say probiotics cure bloating."]) + "\n"
    doc = parse_document("x.txt", text, "text")
    topic = topic_stems(doc)
    assert "probi" in topic
    assert shared_subject("probiotics cure bloating", "probiotics are food", topic) == []
    assert shared_subject("probiotics cure bloating", "bloating eased", topic) == ["bloat"]


AUTHORED = {
    # the analysis's author named two paragraphs on, past the page's advert line, with her affiliation
    "a1": "Topical gels are popular. One analysis of 23 trials in older adults found that roughly 9 percent had "
          "skin rashes.\n\nAdvertisement Continue reading the main story\n\n\u201cWe need trials in sicker "
          "patients,\u201d said the author of the analysis, Dr. Nora Vale, a research scientist at the Kestrel School "
          "of Medicine.\n",
    "a2": "A review of 12 trials found that the Velto brace eased knee pain. The review pooled 900 patients.\n\n"
          "\"Braces help some people,\" said the author of the review, Dr. Ian Cole of Westvale University.\n",
}

NOT_AUTHORED = {
    # one of several authors is not the lead author
    "n1": "A new study found that the Velto brace eased knee pain. Researchers at Westvale University followed 300 "
          "adults.\n\nJames Roe, an author of the study and director of the Westvale Pain Centre, said braces were "
          "cheap.\n",
    # the author of another review
    "n2": "A review of 12 trials found that the Velto brace eased knee pain.\n\nA separate review, by contrast, found "
          "no benefit, said the author of that review, Dr. Ian Cole of Westvale University.\n",
}


@pytest.mark.parametrize("key", sorted(AUTHORED))
def test_the_author_of_the_analysis_named_further_on_is_its_lead_author(key: str) -> None:
    found = [f for f in lint_text(AUTHORED[key], kind="text", select=["CIT001"])]
    assert found and all(str(f.severity) == "info" for f in found)
    assert all("lead_author" in (f.evidence or {}).get("clues", []) for f in found)


@pytest.mark.parametrize("key", sorted(NOT_AUTHORED))
def test_an_author_of_the_study_or_of_another_names_no_lead_author(key: str) -> None:
    found = [f for f in lint_text(NOT_AUTHORED[key], kind="text", select=["CIT001"])]
    assert found and all("lead_author" not in (f.evidence or {}).get("clues", []) for f in found)
    assert any(str(f.severity) == "warning" for f in found)


UNPUBLISHED = {
    "u1": "Patients lived longer, Dr. Lane reported. And, in a paper under review, the group reports that three-year "
          "survival was higher.\n",
    "u2": "A study that has not yet been published found the Velto brace eased knee pain.\n",
}

PUBLISHED_OR_OTHER = {
    # the unpublished one is another piece of work than the study mentioned
    "p1": "Unlike an unpublished survey from the maker, a study found the Velto brace did nothing.\n",
    "p2": "A study found the Velto brace eased knee pain. The maker's own report is still under review.\n",
}


@pytest.mark.parametrize("key", sorted(UNPUBLISHED))
def test_a_study_told_as_not_yet_published_has_no_paper_to_cite(key: str) -> None:
    found = [f for f in lint_text(UNPUBLISHED[key], kind="text", select=["CIT001"])]
    assert found and all(str(f.severity) == "info" and "not yet published" in f.message for f in found)


@pytest.mark.parametrize("key", sorted(PUBLISHED_OR_OTHER))
def test_unpublished_words_about_other_work_leave_the_warning(key: str) -> None:
    found = [f for f in lint_text(PUBLISHED_OR_OTHER[key], kind="text", select=["CIT001"])]
    assert any(str(f.severity) == "warning" for f in found)


def test_a_speakers_words_leave_out_only_their_description() -> None:
    """An empty part of a description (a role that ends in ";") leaves the words whole."""
    from lint_rules.analysis.resolution import _words_of

    doc = parse_document("x.txt", "Naps help memory in older adults, said Dr. Ray Pike.\n", "text")
    sent = doc.sentences[0]
    start = doc.text.index("Dr. Ray Pike")
    words = _words_of(doc, 0, (start, start + len("Dr. Ray Pike")), "a neurologist;")
    assert "memory" in words and sent.start == 0


@pytest.mark.parametrize(("text", "limit"), [
    ("Some surgical experts say there isn't enough data to show the side approach is better.\n", True),
    ("Experts say there is insufficient evidence that the Velto brace works.\n", True),
    # the limit is not the clause reported: the claim is
    ("Experts say the Velto brace clears eczema, although there is not enough data on children.\n", False),
    ("Dermatologists say there isn't enough evidence against the cream, and it clears eczema in days.\n", False),
])
def test_not_enough_data_said_as_the_clause_is_a_caveat(text: str, limit: bool) -> None:
    """s241 F095: "some surgical experts say there isn't sufficient data to assert …" is a caution,
    not an evidence claim (``[vague] evidence_limits``, read only as the clause reported)."""
    from lint_rules.analysis.assertions import unnamed_clause
    from lint_rules.analysis.claim_role import caveat

    doc = parse_document("x.txt", text, "text")
    clause = unnamed_clause(doc, 0)
    assert clause is not None
    assert caveat(doc, 0, *clause.source_span) is limit
