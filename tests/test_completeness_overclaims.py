"""CMP011 reads overselling from claims, not only from words (branch crit10).

HealthNewsReview.org's sensational-language criterion faults a release that states, in its
own voice and without a hedge, a causal or benefit claim ("reverses memory loss", "prevents
strokes") that its study cannot carry: a study in animals or cells, an observational study,
a pilot or a study of a few dozen people. A quoted researcher's claim, a hedged one, a past
result ("reduced pain in 40 patients"), a sized one ("by a third") and a randomised trial's
claim are not that. Written for the tests, from the mechanism."""

from __future__ import annotations

import pytest

from lint_rules.analysis.completeness import article
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document

#: A release on a study in mice; ``{title}`` and ``{claim}`` are filled in by each test.
MICE = """FOR IMMEDIATE RELEASE

# {title}

BOSTON, May 4 -- Researchers at Acme University gave the compound ZXR-410 to mice bred to develop
the brain plaques of Alzheimer's disease. After six weeks the treated mice found their way through a water maze as fast as
healthy mice, the team reported in the Journal of Neuroscience. {claim}

The work was funded by the National Institutes of Health. The compound is not on sale, and no trial in
people has been planned. The mice showed no weight loss or other side effects.

Media contact: Jane Roe, 555-0100
"""

#: The same, on an observational study of vitamin D supplements.
COHORT = """FOR IMMEDIATE RELEASE

# {title}

BOSTON, May 4 -- Researchers at Acme University read the health records of 50,000 adults in a national
registry who were followed for ten years. People who took vitamin D supplements every day developed liver
cancer less often than those who took none, the team reported in the journal Hepatology. {claim}

The work was funded by the National Institutes of Health. Vitamin D supplements cost about $5 a month.
Too much vitamin D can cause nausea and kidney stones.

Media contact: Jane Roe, 555-0100
"""

#: The same claim from a randomised, placebo-controlled trial of 800 adults.
TRIAL = """FOR IMMEDIATE RELEASE

# {title}

BOSTON, May 4 -- Researchers at Acme University randomly assigned 800 adults with knee pain to take the
pill ZXR-410 or a placebo for a year, the team reported in the Lancet. Pain scores fell by 20 percent on
ZXR-410 and by 5 percent on the placebo. {claim}

The trial was funded by Acme Pharma, which makes ZXR-410. Nausea affected 12 of the 400 adults on
ZXR-410. The pill will cost about $40 a month if it is approved.

Media contact: Jane Roe, 555-0100
"""


def _claims(text: str) -> list[str]:
    return [f.message for f in lint_text(text, select=["CMP011"]) if "is stated as a fact" in f.message]


@pytest.mark.parametrize(("template", "title", "claim"), [
    (MICE, "ZXR-410 reverses memory loss", ""),
    (MICE, "Acme University study of ZXR-410", "ZXR-410 reverses memory loss and restores brain function."),
    (MICE, "Acme University study of ZXR-410", "ZXR-410 can cure Alzheimer's disease."),
    (COHORT, "Vitamin D cuts the risk of liver cancer", ""),
    (COHORT, "Acme University study of vitamin D", "Taking vitamin D supplements every day protects the liver."),
])
def test_an_unhedged_claim_from_a_weak_study_is_sensational(template: str, title: str, claim: str) -> None:
    found = _claims(template.format(title=title, claim=claim))
    assert found and "rests on" in found[0]


@pytest.mark.parametrize(("template", "title", "claim"), [
    # a quoted researcher's claim is the researcher's
    (MICE, "Acme University study of ZXR-410", '"ZXR-410 reverses memory loss," said Dr. Jane Smith.'),
    (COHORT, "Acme University study of vitamin D", "Vitamin D protects the liver, said lead author Dr. Ann Lee."),
    # hedged, asked, denied, past, aimed at
    (MICE, "ZXR-410 may reverse memory loss", ""),
    (MICE, "Acme University study of ZXR-410", "The results suggest that ZXR-410 reverses memory loss."),
    (COHORT, "Does vitamin D protect the liver?", ""),
    (COHORT, "Acme University study of vitamin D", "The study does not show that vitamin D prevents liver cancer."),
    (MICE, "Acme University study of ZXR-410", "ZXR-410 reversed memory loss in the treated animals."),
    (MICE, "Acme University study of ZXR-410", "The team hopes to show that ZXR-410 reverses memory loss."),
    # the species in the claim's sentence: the stage is told with it
    (MICE, "ZXR-410 reverses memory loss in mice", ""),
    # a sized claim describes its result
    (COHORT, "Vitamin D cuts the risk of liver cancer by a third", ""),
])
def test_a_claim_that_is_not_the_releases_own_unhedged_word_is_not(template: str, title: str, claim: str) -> None:
    assert not _claims(template.format(title=title, claim=claim))


@pytest.mark.parametrize("title", ["ZXR-410 relieves knee pain", "ZXR-410 reduces knee pain"])
def test_a_randomised_trials_claim_never_counts(title: str) -> None:
    assert not _claims(TRIAL.format(title=title, claim="ZXR-410 relieves knee pain."))


def test_the_study_weakness_is_read_from_the_article() -> None:
    def weak(text: str) -> tuple[str, ...]:
        return article(parse_document("a.txt", text, "text")).study_weakness()

    assert "animal" in weak(MICE.format(title="A study", claim=""))
    assert "observational" in weak(COHORT.format(title="A study", claim=""))
    assert weak(TRIAL.format(title="A study", claim="")) == ()


#: Ordinary passages the claim reading must leave alone (written for the tests): a leaflet
#: whose harms are "associated with" the drug, a news report on a registry that is no study,
#: rats that are no study's animals, a harm told with "can stop", a guide that mentions an
#: observational study of the drug's harms.
ORDINARY = [
    """Metformin: information for patients

Metformin lowers blood sugar in people with type 2 diabetes. It works by reducing the amount of sugar your
liver releases into the blood. Take it with meals to reduce stomach upset.

Side effects associated with metformin include nausea, diarrhoea and a metallic taste. These usually settle
within a few weeks. Rarely, metformin can cause a serious condition called lactic acidosis. Tell your doctor
if you have kidney problems. Other medicines for diabetes include gliclazide and insulin.
""",
    """State adds insulin pump recalls to public database

The state health department added 14 insulin pump recalls to its public database on Monday, making it easier
for patients to check whether their device is affected.

An insulin pump delivers insulin through a small tube under the skin and replaces several daily injections.
The recalled pumps can stop delivering insulin without warning, officials said. Patients with an affected pump
should contact their clinic. Pumps cost several thousand dollars, and most insurers cover them.
""",
    """Hospital fined after rats found in kitchen

City Hospital was fined $20,000 after inspectors found rats in its kitchen, officials said Thursday.

The hospital has hired a pest control company and closed the kitchen for a week. Patients are receiving meals
from an outside caterer. Inspectors will return next month. The hospital's new infection-control program
reduces hospital infections, according to its annual report, and it plans to expand it next year.
""",
    """Omeprazole capsules: patient leaflet

Omeprazole reduces the amount of acid your stomach makes. It is used to treat heartburn, acid reflux and
stomach ulcers.

Take one capsule before breakfast. Common side effects include headache, stomach pain and diarrhoea. Long-term
use has been associated with low magnesium and bone fractures in observational studies, so your doctor will
review your treatment every year. A pack of 28 capsules costs about 3 pounds.
""",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_passages_state_no_overclaim(text: str) -> None:
    assert not _claims(text)


def _evidence(text: str) -> list[str]:
    return [f.message for f in lint_text(text, select=["CMP004"])]


@pytest.mark.parametrize(("template", "title", "claim", "says"), [
    (COHORT, "Vitamin D cuts the risk of liver cancer", "", "a link, not a cause"),
    (COHORT, "Acme University study of vitamin D", "Taking vitamin D supplements every day protects the liver.",
     "a link, not a cause"),
    (MICE, "ZXR-410 reverses memory loss", "", "came from animals or cells"),
    # an animal study that also reads as observational is named as CMP011 names it: in animals
    (MICE, "ZXR-410 reverses memory loss", "In the study, faster maze times were associated with fewer plaques.",
     "came from animals or cells"),
])
def test_the_evidence_finding_names_a_claim_its_design_cannot_carry(template: str, title: str, claim: str,
                                                                    says: str) -> None:
    found = _evidence(template.format(title=title, claim=claim))
    assert found and "is told as a fact" in found[0] and says in found[0]


@pytest.mark.parametrize(("template", "title", "claim"), [
    (COHORT, "Vitamin D may cut the risk of liver cancer", ""),
    (COHORT, "Acme University study of vitamin D", "Vitamin D protects the liver, said lead author Dr. Ann Lee."),
    # the species in the headline tells the stage
    (MICE, "In mice, ZXR-410 reverses memory loss", ""),
    (TRIAL, "ZXR-410 relieves knee pain", ""),
])
def test_the_evidence_finding_names_no_claim_that_is_hedged_quoted_or_told_with_its_stage(
        template: str, title: str, claim: str) -> None:
    assert not any("is told as a fact" in m for m in _evidence(template.format(title=title, claim=claim)))


@pytest.mark.parametrize("claim", [
    "The makers of ZXR-410 say that it reverses memory loss.",
    "ZXR-410 reverses memory loss, the company claims.",
])
def test_a_claim_someone_is_said_to_make_is_theirs(claim: str) -> None:
    assert not _claims(MICE.format(title="Acme University study of ZXR-410", claim=claim))


def test_a_finding_the_researchers_report_is_still_the_articles_claim() -> None:
    text = MICE.format(title="Acme University study of ZXR-410",
                       claim="ZXR-410 reverses memory loss, Acme University researchers report.")
    assert _claims(text)


def test_a_study_that_says_tells_a_finding_the_article_claims() -> None:
    assert _claims(MICE.format(title="ZXR-410 reverses memory loss, study says", claim=""))


# --- review fixes (branch crit10b), written from each mechanism ---


@pytest.mark.parametrize("claim", [
    # the condition, not the intervention, is what the claim is said of
    "Liver cancer lowers quality of life, and vitamin D supplements are taken once a day.",
    # how it works, not what the study found
    "Vitamin D protects bones by helping the body absorb calcium.",
    # a company's report is no study that says
    "Vitamin D protects the liver, the company's annual report says.",
])
def test_a_claim_not_said_of_the_intervention_by_the_article_is_none(claim: str) -> None:
    assert not _claims(COHORT.format(title="Acme University study of vitamin D", claim=claim))


def test_a_how_it_works_heading_is_no_claim() -> None:
    text = COHORT.format(title="Acme University study of vitamin D", claim="") + \
        "\n## How vitamin D protects the liver\n\nThe liver stores vitamin D for months.\n"
    assert not _claims(text)


def test_the_claim_still_counts_when_the_intervention_or_a_pronoun_is_its_subject() -> None:
    assert _claims(COHORT.format(title="Acme University study of vitamin D",
                                 claim="Vitamin D supplements protect the liver. It prevents liver cancer."))


#: A news report that names no intervention the analysis finds: a budget story beside a
#: records study (written for the tests).
NO_SUBJECT = """# Insurer cuts payment for home oxygen in records research

By Jane Doe

Nov 9, 2025 -- Researchers analysed the health records of 9,000 patients with lung disease and reported in
the journal Thorax that those who used home oxygen every night were admitted to hospital less often.

The national insurer cuts its payment for home oxygen next year, officials said on Monday.

Readers with questions should speak with their own doctor before changing anything they do each day.
"""


def test_with_no_intervention_found_no_sentence_is_read_as_the_articles_claim() -> None:
    art = article(parse_document("a.txt", NO_SUBJECT, "text"))
    assert art.subject is None and art.overclaims() == []
    assert not _claims(NO_SUBJECT)
    assert not any("is told as a fact" in m for m in _evidence(NO_SUBJECT))


def test_claims_zero_turns_the_claim_reading_off() -> None:
    text = COHORT.format(title="Vitamin D cuts the risk of liver cancer", claim="")
    assert _claims(text)
    off = [f.message for f in lint_text(text, select=["CMP011"], options={"CMP011": {"claims": 0}})]
    assert not any("is stated as a fact" in m for m in off)


#: A news report of an uncontrolled study of melatonin; ``{design}`` says how it was run.
SLEEP = """# Melatonin improves sleep in shift workers

By Jane Doe

Aug 1, 2025 -- A study at Ohio State University gave melatonin to 45 night-shift nurses for three months,
and the team reported in the journal Sleep that sleep scores rose. {design}

Melatonin costs $5 a month and can cause drowsiness.
"""


def _weak(text: str) -> tuple[str, ...]:
    return article(parse_document("a.txt", text, "text")).study_weakness()


@pytest.mark.parametrize("design", ["The study had no control group.", "The study was not randomized.",
                                    "No placebo was given."])
def test_a_comparison_group_denied_is_none(design: str) -> None:
    assert "small" in _weak(SLEEP.format(design=design))


@pytest.mark.parametrize("design", ["The nurses were randomly divided into two groups, and one took a dummy pill.",
                                    "The nurses were randomly split between melatonin and nothing."])
def test_randomly_divided_is_a_comparison_group(design: str) -> None:
    assert _weak(SLEEP.format(design=design)) == ()


def test_a_rate_is_no_sample_and_a_count_needs_a_study() -> None:
    guide = """# Knee pain: what helps

By Jane Doe

Feb 6, 2025 -- According to the Centers for Disease Control and Prevention, 1 in 4 adults has arthritis.
Physical therapy relieves knee pain for many people, and a session costs about $100.
"""
    art = article(parse_document("a.txt", guide, "text"))
    assert art.sample_size() is None and "small" not in art.study_weakness()


@pytest.mark.parametrize(("sentence", "early"), [
    ("Early results from the study of 500 adults were reported by the researchers.", True),
    ("The researchers called the early data encouraging.", True),
    ("A study of 5,000 women with early-stage breast cancer was reported by the researchers.", False),
    ("Early results of the election were announced on Tuesday.", False),
])
def test_early_is_an_early_study_in_a_sentence_about_research(sentence: str, early: bool) -> None:
    text = f"# A report\n\nBy Jane Doe\n\nMarch 3, 2025 -- {sentence}\n\nCoffee costs little.\n"
    assert ("early" in _weak(text)) is early


@pytest.mark.parametrize("claim", [
    "Vitamin D protects bones and has been sold for decades.",
    "Vitamin D protects bones, earlier trials have shown.",
    "Vitamin D protects bones and has been on pharmacy shelves since 1950.",
])
def test_a_claim_placed_among_earlier_work_is_background(claim: str) -> None:
    assert not _claims(COHORT.format(title="Acme University study of vitamin D", claim=claim))


def test_an_apposition_does_not_hide_the_claims_subject() -> None:
    assert _claims(COHORT.format(title="Acme University study of vitamin D",
                                 claim="Vitamin D, a cheap supplement, protects the liver."))


# --- review fixes (branch crit10c), written from each mechanism ---


@pytest.mark.parametrize("claim", [
    # "the" and a few words refer back to the intervention only when they end in its kind
    "The liver disease cuts sleep for many patients.",
    "The illness lowers the quality of life of millions.",
    # another treatment of that kind: the usual, the standard, the older one
    "The usual liver drug lowers liver enzymes.",
    "The standard treatment protects the liver.",
    # a relative clause names the intervention; the claim is said of the nurse
    "A nurse who takes vitamin D supplements protects the liver of every patient.",
    # a leading comparison is not the claim's subject
    "Unlike vitamin D supplements, the older liver drug protects the liver.",
    # a fact known of the intervention that the study did not look at
    "Vitamin D lowers blood pressure.",
])
def test_a_claim_of_something_else_or_known_before_is_no_overclaim(claim: str) -> None:
    assert not _claims(COHORT.format(title="Acme University study of vitamin D", claim=claim))


@pytest.mark.parametrize("claim", [
    "The daily supplement protects the liver.",
    "Compared with other vitamins, vitamin D protects the liver.",
    "Vitamin D lowers the risk of liver cancer.",
])
def test_the_intervention_by_its_kind_or_after_a_comparison_still_claims(claim: str) -> None:
    assert _claims(COHORT.format(title="Acme University study of vitamin D", claim=claim))


#: A records study of tea that names a vaccine only as a contrast (written for the tests).
TEA = """# Tea drinkers had fewer kidney stones

By Jane Doe, Health Reporter

May 4, 2024

Researchers at Acme University read the health records of 40,000 adults in a national registry who were
followed for twelve years. People who drank green tea every day developed kidney stones less often, the team
reported in the journal Urology. Unlike green tea, the shingles vaccine prevents shingles, as trials have shown.

The study was funded by the National Institutes of Health. The authors reported no conflicts of interest.
"""


def test_an_intervention_named_only_as_a_contrast_makes_no_claim() -> None:
    assert not _claims(TEA)


@pytest.mark.parametrize(("claim", "of_subject"), [
    ("The liver disease cuts sleep for many patients.", False),
    ("The usual liver drug lowers liver enzymes.", False),
    ("A nurse who takes vitamin D supplements protects the liver of every patient.", False),
    ("Unlike vitamin D supplements, the older liver drug protects the liver.", False),
    ("The daily supplement protects the liver.", True),
    ("It protects the liver.", True),
    ("Compared with other vitamins, vitamin D protects the liver.", True),
])
def test_what_the_claim_is_said_of(claim: str, of_subject: bool) -> None:
    art = article(parse_document("a.txt", COHORT.format(title="Acme University study of vitamin D", claim=claim), "text"))
    m = next(m for m in art.matches("sensational_language", "claims") if claim.find(m.text) >= 0)
    assert art.claim_of_subject(m) is of_subject


#: Ordinary passages of a news report and a release (written for the tests) that crit10b read
#: as the article's claim: another treatment's fact, told beside the study.
ORDINARY_C = [
    'FOR IMMEDIATE RELEASE\n\n# Acme study of turmeric capsules in knee pain\n\nCHICAGO, March 3 -- In a pilot study at Acme University, 30 adults with knee pain took turmeric capsules for six weeks. The usual pain reliever reduces swelling within hours.\n\nSide effects were mild. The team plans a larger study next year in several cities. The work was funded by the National Institutes of Health.\n\nMedia contact: Tom Ray, 555-0199\n',
    '# Coffee drinkers had less gout\n\nBy Ann Lee, Health Reporter\n\nMarch 3, 2025\n\nResearchers read the health records of 45,000 men followed for twelve years. Men who drank coffee had gout less often. Instead of coffee, the standard gout drug lowers uric acid, as trials have shown.\n\nSide effects were mild. The team plans a larger study next year in several cities. Readers should talk with their own doctor before changing anything.\n\nThe study was funded by the National Institutes of Health. The authors reported no conflicts of interest.\n',
    '# Aspirin and liver cancer\n\nBy Ann Lee, Health Reporter\n\nMarch 3, 2025\n\nResearchers followed 20,000 adults in a cohort study. Adults who took aspirin had less liver cancer. Without aspirin, the other painkiller protects the stomach better.\n\nSide effects were mild. The team plans a larger study next year in several cities. Readers should talk with their own doctor before changing anything.\n\nThe study was funded by the National Institutes of Health. The authors reported no conflicts of interest.\n',
    '# Green tea and dementia\n\nBy Ann Lee, Health Reporter\n\nMarch 3, 2025\n\nResearchers followed 8,000 older adults in Japan. People who drank green tea had less dementia. Unlike green tea, the standard dementia drug slows memory loss only a little.\n\nSide effects were mild. The team plans a larger study next year in several cities. Readers should talk with their own doctor before changing anything.\n\nThe study was funded by the National Institutes of Health. The authors reported no conflicts of interest.\n',
    'FOR IMMEDIATE RELEASE\n\n# Acme app tested in 40 adults\n\nCHICAGO, March 3 -- In a pilot study, 40 adults with insomnia used the SleepWell app for a month. The therapist who designed the app improves her own sleep with a routine.\n\nSide effects were mild. The team plans a larger study next year in several cities. The work was funded by the National Institutes of Health.\n\nMedia contact: Tom Ray, 555-0199\n',
]


@pytest.mark.parametrize("text", ORDINARY_C)
def test_another_treatments_fact_beside_the_study_is_no_claim(text: str) -> None:
    assert not _claims(text)
    assert not any("is told as a fact" in m for m in _evidence(text))


def test_the_message_quotes_the_claim_and_marks_where_it_is_cut() -> None:
    """A claim longer than the message quotes ends in an ellipsis, so an editor does not read
    a cut phrase ("protects heart disease sufferers from heart") as the article's words."""
    short = _claims(COHORT.format(title="Vitamin D cuts the risk of liver cancer", claim=""))
    assert short and "'cuts the risk of liver cancer'" in short[0]
    long = _claims(COHORT.format(title="Vitamin D protects older liver cancer survivors from a second tumour",
                                 claim=""))
    assert long and "'protects older liver cancer survivors from…'" in long[0]
