"""Branch crit14: an established kind of care needs no statement of its availability.

Written for the tests, from the mechanism: HealthNewsReview.org's availability criterion asks
whether a story establishes the availability of the treatment, test, product or procedure; for
an operation, radiotherapy or a mammogram, given in hospitals everywhere, the reviewers did
not ask. ``analysis.interventions.established_procedure`` reads the intervention's name against
the medical procedures WordNet 3.0 names (``knowledge/established_procedures_wordnet.txt``):
the longest ending of the name, or the same before a head word that names no kind of its own
("mammography screening"). Drugs, devices, products and test kits are not procedures; a name
whose procedure the list lacks is not read ("liquid biopsy", "cell therapy"), and an
intervention the article calls new where it names it ("a new surgery") is no established one
(``called_new``). CMP008 asks it of press releases only (``established``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_rules.analysis.interventions import Intervention, called_new, established_procedure, interventions
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("bariatric surgery", "procedure", "surgery"),
    ("open surgery", "procedure", "surgery"),
    ("back surgeries", "procedure", "surgery"),
    ("coronary angioplasty", "procedure", "angioplasty"),
    ("invasive surgical procedures", "procedure", "surgical procedure"),
    ("preoperative radiotherapy", "procedure", "radiotherapy"),
    ("breast mri", "test", "mri"),
    ("mammography screening", "test", "mammography"),
    ("colonoscopy", "procedure", "colonoscopy"),
    ("tonsillectomy", "procedure", "tonsillectomy"),
    ("physical therapy", "therapy", "physical therapy"),
    # not a procedure the dictionary names, or not a procedure at all
    ("liquid biopsy", "test", None),
    ("blood test", "test", None),
    ("cell therapy", "therapy", None),
    ("gene therapy", "therapy", None),
    ("stem cell transplantation", "procedure", None),
    ("surgical technique", "procedure", None),
    ("metformin", "drug", None),
    ("chemotherapy", "drug", None),
    ("spinal cord stimulator", "device", None),
    ("mammography app", "device", None),
])
def test_established_procedure(name: str, kind: str, expected: str | None) -> None:
    assert established_procedure(Intervention(name, kind)) == expected


#: A press release on an operation, with one sentence to vary; nothing says where or whether
#: it is offered.
RELEASE = """FOR IMMEDIATE RELEASE

# Acme University: bariatric surgery and diabetes

BOSTON, May 4 -- People with obesity who had bariatric surgery were far less likely to develop
diabetes over ten years than similar people who did not, researchers at Acme University
reported in the journal Obesity. {sentence} The study followed 4,000 adults.

Bariatric surgery cut the risk of diabetes by 80 percent, from 20 in 100 people to 4 in 100.
Complications occurred in 5 percent of patients. The work was funded by the National Institutes
of Health. "These results show the surgery has lasting benefits," said Dr. Jane Roe.

Media contact: John Doe, 555-0100
"""


def _cmp008(text: str, **options: object) -> bool:
    found = lint_text(text, kind="text", select=["CMP008"], options={"CMP008": options} if options else None)
    return any(f.code == "CMP008" for f in found)


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("The patients were matched for age and weight.", False),
    ("Surgeons performed the operations at 30 hospitals.", False),
    # the article calls its surgery new where it names it: a new technique under an old name
    ("The team developed a new bariatric surgery for teenagers.", True),
    # the release itself says the operation is still being tested: not established care yet
    ("The operation is still experimental and is offered only in a phase 1 trial.", True),
    ("The clinic tested an experimental, minimally invasive bariatric surgery.", True),
])
def test_release_on_an_established_procedure(sentence: str, flagged: bool) -> None:
    assert _cmp008(RELEASE.format(sentence=sentence)) is flagged


def test_release_on_a_device_used_in_the_operation_is_still_asked() -> None:
    # the release names a product used with the surgery: its availability is the question
    text = RELEASE.format(sentence="Surgeons used the GastroGuide device to place the staples, and the "
                                   "GastroGuide device shortened the operation.")
    assert _cmp008(text)


def test_procedure_named_once_is_no_firm_reading() -> None:
    text = """FOR IMMEDIATE RELEASE

# Eye surgery delivers gene therapy for inherited blindness

PHILADELPHIA, Dec 1 -- A single procedure that places a working gene under the retina improved
night vision in 20 of 29 patients with an inherited form of blindness, researchers report. It was
performed under general anaesthesia. Two patients had raised eye pressure. "This is a new era for
inherited eye disease," said Dr. Jean Bell.

Media contact: Nora Vance, 555-0110
"""
    assert _cmp008(text)


def test_doctors_surgery_is_a_place() -> None:
    assert established_procedure(Intervention("doctor's surgery", "procedure")) is None
    assert established_procedure(Intervention("gp’s surgery", "procedure")) is None


def test_new_study_of_a_procedure_is_not_a_new_procedure() -> None:
    # "new" of the study, not of the surgery: "of" ends the surgery's noun phrase
    text = RELEASE.format(sentence="A new study of bariatric surgery in teenagers is planned.")
    doc = parse_document("a.txt", text, "text")
    main = interventions(doc).main
    assert main is not None and established_procedure(main) == "surgery"
    assert not called_new(doc, main)
    assert not _cmp008(text)


@pytest.mark.parametrize(("title", "flagged"), [
    ("New bariatric surgery technique helps teenagers", True),
    ("Breakthrough in the treatment of diabetes with surgery", True),
    ("New study: bariatric surgery and diabetes", False),
    ("Acme University: bariatric surgery and diabetes", False),
])
def test_headline_that_calls_the_method_new(title: str, flagged: bool) -> None:
    text = f"{title}\n\n" + RELEASE.format(sentence="The patients were matched for age.")
    assert _cmp008(text) is flagged


def test_option_off_flags_the_release() -> None:
    assert _cmp008(RELEASE.format(sentence="The patients were matched for age."), established=False)


#: A news report on the same operation.
NEWS = """Weight-loss surgery tied to less diabetes

By Jane Roe, Staff Reporter

People with obesity who had bariatric surgery were far less likely to develop diabetes over ten
years than similar people who did not, according to a study published Monday in the journal
Obesity. The study followed 4,000 adults. Bariatric surgery cut the risk of diabetes by 80
percent, from 20 in 100 people to 4 in 100, the researchers reported. Complications occurred in 5
percent of patients. "The benefits seem to last," said Dr. Ann Lee, a surgeon in Chicago who was
not involved in the study.
"""


def test_news_report_on_the_same_procedure_is_still_asked() -> None:
    from lint_rules.analysis.completeness import article

    art = article(parse_document("a.txt", NEWS, "text"))
    assert art.genre.label == "news" and art.subject is not None and established_procedure(art.subject)
    assert _cmp008(NEWS)


#: The same release on products: a drug, a device, a test kit.
@pytest.mark.parametrize("product", ["metformin", "the Gastro-Band device", "a liquid biopsy"])
def test_release_on_a_product_is_still_asked(product: str) -> None:
    text = RELEASE.replace("had bariatric surgery", f"received {product}").replace(
        "Bariatric surgery cut", f"{product[0].upper()}{product[1:]} cut").replace(
        "and diabetes", f"and diabetes: {product}").replace("the surgery has", "it has")
    assert _cmp008(text.format(sentence="The patients were matched for age."))


# --- alternatives: a comparison with people, not with an option (``[alternatives] compared_people``)

#: A press release on a drug with one comparison sentence to vary and no other option named.
ALT = """FOR IMMEDIATE RELEASE

# Acme University: Zenolix and memory

BOSTON, May 4 -- Older adults who took the drug Zenolix for a year remembered more words,
researchers at Acme University reported in the journal Neurology. {sentence} The study
followed 300 adults for a year.

Zenolix costs about $20 a month. Some people had headaches. The work was funded by the National
Institutes of Health.

Media contact: Jane Roe, 555-0100
"""


def _alt_sentences(sentence: str) -> int:
    from lint_rules.analysis.completeness import article, support

    art = article(parse_document("a.txt", ALT.format(sentence=sentence), "text"))
    return support(art, "alternatives", ["alternatives.existing", "alternatives.compare", "alternatives.options"])


@pytest.mark.parametrize("sentence", [
    "Memory improved more in the top group of adherents versus the lowest group.",
    "Those who took it scored better compared to older adults in the general population.",
    "The scans of the patients were compared versus matched controls.",
    "Scores rose in users versus non-users of the drug.",
    "Risk fell by a third versus similar men who were not treated.",
    "Women responded better than men.",
])
def test_comparison_of_people_is_no_alternative(sentence: str) -> None:
    assert _alt_sentences(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "It worked better than donepezil, the usual first drug.",
    "It worked better than for patients who took donepezil.",
    "Its users did better than patients who took donepezil.",
    "Memory improved more compared with patients receiving usual care.",
    "Scores were higher versus those on donepezil.",
    "The team compared it with watchful waiting in adults with mild memory loss, versus watchful waiting in adults.",
    "Its users did better than the Aricept patients did.",
    "Memory held up better than in women who chose hormone therapy.",
    "Its users needed fewer nursing visits than patients operated on in hospital.",
    "Scores rose more versus adults who stayed on their old pills.",
    "Its users did better than patients whose memory loss was treated with donepezil.",
    "It was safer than surgery.",
])
def test_comparison_with_an_option_still_counts(sentence: str) -> None:
    assert _alt_sentences(sentence) == 1


# --- ordinary passages of my own (news, releases, guides, leaflets, sellers' pages) that the
# branch must not flag where main does not; two releases whose availability is told in words
# the cues miss ("one of only four centres", "offered at a handful of centres") lose CMP008

PROBES = Path(__file__).parent / "data" / "crit14_probes"


@pytest.mark.parametrize(("name", "codes"), [
    # crit14b: "fetal" and "nerve transfer" are no site or approach words, so the release is
    # asked again, as on main (its "one of only four centres" is a cue miss)
    # crit20: one sentence comparing with the existing option meets CMP007 ("fewer shunts than
    # babies repaired after birth", "compared with standard open surgery"): right, each names
    # the option and how the new one fares against it
    ("p01_release_fetal_surgery.txt", ('CMP008',)),
    ("p02_release_robotic_new.txt", ('CMP008',)),
    ("p03_release_brain_surgery_trial.txt", ('CMP007', 'CMP008')),
    ("p04_news_hrt_compare.txt", ('CMP008',)),
    ("p05_release_statin_vs_diet.txt", ('CMP007', 'CMP008')),
    ("p06_guide_knee.txt", ()),
    ("p10_news_bariatric_teens.txt", ('CMP007', 'CMP008')),
    ("p12_release_device_stent.txt", ('CMP008',)),
    ("p13_news_smokers.txt", ('CMP007', 'CMP008')),
    ("p14_guide_statins.txt", ()),
    ("p17_news_men_women.txt", ()),
    ("p18_release_vaccine_groups.txt", ('CMP007',)),
    ("p20_release_mammography_3d.txt", ('CMP007', 'CMP008')),
    ("p21_leaflet_tonsillectomy.txt", ()),
    ("p24_release_experimental_surgery.txt", ('CMP007', 'CMP008')),
    ("p25_guide_therapy_groups.txt", ()),
    ("p26_release_gene_therapy_eye.txt", ('CMP007', 'CMP008')),
    ("p27_news_robotic_vs_open.txt", ('CMP008',)),
])
def test_ordinary_passages(name: str, codes: tuple[str, ...]) -> None:
    found = lint_text((PROBES / name).read_text(encoding="utf-8"), kind="text", select=["CMP007", "CMP008"])
    assert tuple(sorted({f.code for f in found})) == codes
