"""Branch crit12: the evidence-quality readings read once.

Written for the tests, from the mechanisms: (a) one reading of "this word tells an observational
study" (``analysis.studies.observational_cue``) for the study's weakness, CMP011's overclaims and
CMP004's message: an epidemiologist's title and a schedule's "followed by" tell no design, "an
epidemiological study" and people "followed for ten years" do; (b) the cue lists that shared
patterns read them from one list by ``@key``; (c) the study's size is read from any sentence
about the study, the mention's retellings included, not only where a ``size`` cue reads it."""

from __future__ import annotations

import tomllib

import pytest

from lint_rules.analysis.completeness import Article, article, cues
from lint_rules.analysis.studies import observational_cue
from lint_rules.api import lint_text
from lint_rules.knowledge import path as knowledge_path
from lint_rules.parsing import parse_document


def _art(text: str) -> Article:
    return article(parse_document("a.txt", text, "text"))


#: An uncontrolled study of a supplement, told in a press release, with one sentence to vary.
RELEASE = """FOR IMMEDIATE RELEASE

# Acme University study of the supplement Zorbex

BOSTON, May 4 -- Researchers at Acme University gave the supplement Zorbex to 400 adults with
knee pain for six months, the team reported in the journal Pain. {sentence} Pain scores fell by a
third. Zorbex reduces knee pain.

The work was funded by the National Institutes of Health. Zorbex costs about $20 a month. Some
people had an upset stomach.

Media contact: Jane Roe, 555-0100
"""


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("an epidemiological study of 2,000 nurses", 3, True),
    ("epidemiologic data from the registry", 0, True),
    ("Dr. Lee, an epidemiologist at Acme, led the trial", 12, False),
    ("the Department of Epidemiology at Acme", 18, False),
    ("a first dose followed by a single dose for 16 weeks", 13, False),
    ("nurses followed for ten years", 7, True),
    ("a national registry", 11, True),
])
def test_an_observational_cue_names_a_design_not_a_person_or_a_schedule(text: str, start: int,
                                                                           expected: bool) -> None:
    assert observational_cue(text, start) is expected


@pytest.mark.parametrize("sentence", [
    "The researchers, led by the epidemiologist Dr. Ann Lee, reported their findings.",
    "The researchers gave a first dose followed by a booster dose for 16 weeks.",
    "The study was led by researchers in the Department of Epidemiology at Acme.",
])
def test_a_title_or_a_schedule_makes_no_study_observational(sentence: str) -> None:
    art = _art(RELEASE.format(sentence=sentence))
    assert "observational" not in art.study_weakness()
    assert not art.observational_matches


@pytest.mark.parametrize("sentence", [
    "It was an epidemiological study, the researchers said.",
    "The researchers followed the adults for two years.",
    "The researchers also read the adults' medical records.",
])
def test_a_design_word_still_makes_the_study_observational(sentence: str) -> None:
    art = _art(RELEASE.format(sentence=sentence))
    assert "observational" in art.study_weakness()
    assert art.observational_matches


def test_cmp011_does_not_read_an_epidemiologists_title_as_the_design() -> None:
    """The study weakness CMP011 names is the same reading: an author's title tells no design."""
    text = RELEASE.format(sentence="The researchers, led by the epidemiologist Dr. Ann Lee, reported their findings.")
    messages = [f.message for f in lint_text(text, select=["CMP011", "CMP004"])]
    assert not any("an observational study" in m or "tells of an observational" in m for m in messages)


def _raw_lists() -> dict[str, list[str]]:
    with open(knowledge_path("completeness_cues.toml"), "rb") as f:
        return tomllib.load(f)["evidence_quality"]


@pytest.mark.parametrize(("key", "shared"), [
    ("observational", "association_words"),
    ("limits", "trial_called_for"),
    ("causal_caveats", "trial_called_for"),
])
def test_a_shared_pattern_is_listed_once_and_read_by_key(key: str, shared: str) -> None:
    raw = _raw_lists()
    assert f"@{shared}" in raw[key]
    # no pattern of the shared list is written out again in the list that refers to it
    assert not set(raw[shared]) & set(raw[key])
    # the list as the analysis reads it holds every shared pattern
    expanded = cues()["evidence_quality"][key].items
    assert all(p in expanded for p in raw[shared])


def test_the_shared_lists_still_read_their_forms() -> None:
    art = _art(RELEASE.format(sentence="Larger randomized trials are needed, and coffee was linked to less pain."))
    assert art.matches("evidence_quality", "trial_called_for")
    assert art.limitation_sentences()
    assert art.causal_caveats()
    assert any(m.text == "linked to" for m in art.matches("evidence_quality", "observational"))


#: A study told first by its venue, its size given two sentences on in a sentence that tells
#: the same study again.
RETOLD = """FOR IMMEDIATE RELEASE

# Zorbex eases knee pain

BOSTON, May 4 -- A new study in the journal Pain found that the supplement Zorbex eases knee pain.
Pain scores fell by a third after six months. {sentence} Zorbex reduces knee pain.

The work was funded by the National Institutes of Health. Zorbex costs about $20 a month. Some
people had an upset stomach.

Media contact: Jane Roe, 555-0100
"""


def _size_given(text: str) -> bool:
    return bool(_art(text).evidence_components()["size"])


@pytest.mark.parametrize("sentence", [
    # a count in a sentence that tells the study again ("the study in Pain"), no size cue
    "The study in Pain, by Dr. Ann Lee of Acme University, looked at 400 nurses with arthritis.",
    # a count in a sentence about the study's participants, no size cue
    "Of the 400 nurses in the trial, most were over 50.",
])
def test_a_size_given_further_down_is_the_studys_size(sentence: str) -> None:
    assert _size_given(RETOLD.format(sentence=sentence))
    found = [f.message for f in lint_text(RETOLD.format(sentence=sentence), select=["CMP004"])]
    assert not any("size (how many people)" in m for m in found)


@pytest.mark.parametrize("sentence", [
    # how common the condition is: no study's count
    "Knee pain troubles 30,000 nurses in Boston alone.",
    # a trial still to come
    "Next year the team will run a randomized trial, with 600 nurses.",
])
def test_a_count_not_about_the_study_is_no_size(sentence: str) -> None:
    assert not _size_given(RETOLD.format(sentence=sentence))


#: A press release about a trial, with its closing note to vary.
FUNDED = """FOR IMMEDIATE RELEASE

# Zorbex eases knee pain in a randomized trial

BOSTON, May 4 -- Researchers at Acme University randomly assigned 400 adults with knee pain to the
supplement Zorbex or a placebo for six months, the team reported in the journal Pain. Pain scores
fell by a third on Zorbex and by a tenth on the placebo. Zorbex costs about $20 a month. Some people
had an upset stomach. Larger trials are needed.

{note}

Media contact: Jane Roe, 555-0100
"""


def _funding(note: str) -> list[str]:
    return [f.message for f in lint_text(FUNDED.format(note=note), select=["CMP005"])]


@pytest.mark.parametrize("note", [
    "Editor's Note: See the full paper for the remaining authors, what each contributed, their "
    "affiliations, financial disclosures, funding and support.",
    "Editor's Note: The authors' affiliations and disclosures of financial support and potential conflicts "
    "of interest are available in the study.",
    "Editor's Note: The authors made funding/support and conflict of interest disclosures.",
    "Read the details of this trial, with each contributor and their financial support, in the "
    "journal Pain.",
    "Author disclosures are on the abstract.",
])
def test_a_pointer_to_disclosures_elsewhere_discloses_nothing(note: str) -> None:
    assert _funding(note)


@pytest.mark.parametrize("note", [
    "The study was funded by the National Institutes of Health; see the article for other disclosures.",
    "The trial was paid for by Acme Pharma, which makes Zorbex. Please see the article for additional "
    "information.",
    "Dr. Lee has consulted for Acme Pharma. Author disclosures are on the abstract.",
    "The authors made no other disclosures and report no conflicts of interest.",
    "The study was funded by the Arthritis Foundation.",
])
def test_a_disclosure_beside_a_pointer_still_counts(note: str) -> None:
    assert not _funding(note)


@pytest.mark.parametrize("note", [
    '"This could change how we treat knee pain," said Dr. Ann Lee, an NIH-funded researcher at Acme University.',
    "The campaign that recruited the volunteers was the first federally funded arthritis program in the state.",
])
def test_funded_said_of_a_person_or_a_programme_names_no_funder(note: str) -> None:
    assert _funding(note)


@pytest.mark.parametrize("note", [
    "The federally funded trial was run at three hospitals.",
    "The trial was sponsored by the National Institute on Aging and run by NIA-funded coordinating centers.",
    "The Arthritis Foundation, which has funded researchers at Acme for a decade, paid for the trial.",
])
def test_a_funder_beside_a_funded_person_still_counts(note: str) -> None:
    assert not _funding(note)


@pytest.mark.parametrize(("sentence", "size"), [
    ("The study group said all women over 65 and certain younger women should be screened.", None),
    ("The trial enrolled adults aged 50 and older with knee pain.", None),
    ("The trial enrolled over 500 women with knee pain.", 500),
    ("The study group included 120 women over 65.", 120),
])
def test_an_age_bound_is_no_sample(sentence: str, size: int | None) -> None:
    text = RELEASE.replace("to 400 adults with\nknee pain", "to adults with\nknee pain").format(sentence=sentence)
    assert _art(text).sample_size() == size


#: Ordinary passages of the probe set (written for this branch, in the registers of a journal's
#: release, a news report and a release about a person) on which the branch must add no finding.
PROBES = [
    """FOR IMMEDIATE RELEASE

# Daily aspirin no help for healthy older adults, trial finds

CHICAGO, Sept. 16 -- In a randomized trial of 19,114 healthy adults aged 70 and older, a daily low-dose
aspirin did not extend disability-free survival over nearly five years and raised the risk of major
bleeding, researchers report in JAMA. Major bleeding occurred in 3.8 percent of the aspirin group and
2.8 percent of the placebo group.

Aspirin costs a few cents a day. People who take it for a past heart attack or stroke should not stop
without talking to their doctor.

Editor's Note: The study was funded by the National Institute on Aging and the National Cancer
Institute. Please see the article for additional information, including other authors, author
contributions and affiliations, financial disclosures, funding and support, etc.
""",
    """# New hope for chronic fatigue? A small trial of an old drug

By Lauren Hart

Sept. 9, 2025

A small trial suggests that low-dose naltrexone, a cheap generic drug, may ease symptoms of chronic
fatigue syndrome. In the trial, published in the journal Pain Medicine, 40 adults were randomly
assigned to the drug or a placebo for 12 weeks; fatigue scores improved more on the drug. Larger
trials are needed.

"It's encouraging but far from proof," said Dr. Mark Olsen, an NIH-funded researcher at the University
of Utah who was not involved. The trial was funded by the Solve ME/CFS Initiative, a patient charity.
Vivid dreams were the most common side effect.
""",
]


@pytest.mark.parametrize("text", PROBES)
def test_ordinary_disclosures_beside_a_pointer_or_a_funded_person_draw_no_cmp005(text: str) -> None:
    assert not [f for f in lint_text(text, select=["CMP005"])]


# Review of crit12 (crit12b): each reading stopped where it claimed more than its mechanism.


@pytest.mark.parametrize("note", [
    # a person noun after the study noun: the study is still what was funded
    "The federally funded trial was led by researchers at Acme University.",
    "The publicly funded study was run by doctors at three hospitals.",
    # a clause inside the disclosure is no pointer: the funder is named
    "Financial support for the study, which is in the journal Pain, came from a patient charity.",
    "Financial support for the trial, which is listed in the journal Pain, came from Pfizer.",
])
def test_a_funder_named_past_a_study_noun_or_a_clause_still_counts(note: str) -> None:
    assert not _funding(note)


@pytest.mark.parametrize("note", [
    "Dr. Lee is one of the first federally funded arthritis researchers in the state.",
    "Author disclosures are in the paper.",
])
def test_a_funded_person_or_a_bare_pointer_still_discloses_nothing(note: str) -> None:
    assert _funding(note)


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("The adults were followed by the study nurses for two years.", 15, True),
    ("Nurses were followed by the research team for 20 years.", 12, True),
    ("a loading dose followed by a weekly dose for a year", 15, False),
    ("a large epidemiology study of 5,000 nurses", 8, True),
    ("an epidemiological investigation of the outbreak", 3, True),
    ("an epidemiology cohort of 5,000 nurses", 3, True),
    ("the Department of Epidemiology at Acme", 18, False),
])
def test_followers_and_epidemiology_studies_are_designs(text: str, start: int, expected: bool) -> None:
    assert observational_cue(text, start) is expected


@pytest.mark.parametrize("sentence", [
    "The adults were followed by the study nurses for two years.",
    "A large epidemiology study of the same adults found the same.",
])
def test_a_followed_cohort_or_an_epidemiology_study_is_observational(sentence: str) -> None:
    assert "observational" in _art(RELEASE.format(sentence=sentence)).study_weakness()


@pytest.mark.parametrize(("sentence", "size"), [
    ("In all over 2,000 women took part in the trial.", 2000),
    ("All over 300 patients in the trial finished it.", 300),
    ("The trial enrolled women aged over 65.", None),
])
def test_a_number_too_large_for_an_age_is_a_count(sentence: str, size: int | None) -> None:
    text = RELEASE.replace("to 400 adults with\nknee pain", "to adults with\nknee pain").format(sentence=sentence)
    assert _art(text).sample_size() == size


def test_an_unknown_or_nested_key_is_an_error_at_load() -> None:
    from lint_rules.knowledge import with_includes
    with pytest.raises(ValueError, match="unknown @b"):
        with_includes(["@b"], {"a": ["@b"]}, "s.a")
    with pytest.raises(ValueError, match="refers on"):
        with_includes(["@b"], {"a": ["x"], "b": ["@a"]}, "s.c")
    assert with_includes(["@a", "z"], {"a": ["x", "y"]}, "s.c") == ["x", "y", "z"]


def test_no_expanded_list_keeps_a_key() -> None:
    from lint_rules.knowledge import with_includes
    for section, lists in _raw_lists_all().items():
        for key, items in lists.items():
            assert not [i for i in with_includes(items, lists, f"{section}.{key}") if i.startswith("@")], (section, key)


def _raw_lists_all() -> dict[str, dict[str, list[str]]]:
    with open(knowledge_path("completeness_cues.toml"), "rb") as f:
        data = tomllib.load(f)
    return {s: {k: v for k, v in lists.items() if isinstance(v, list)} for s, lists in data.items()
            if isinstance(lists, dict)}
