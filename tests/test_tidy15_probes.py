"""Ordinary passages (news, press release, seller, consumer guide, patient leaflet) around the
word lists session 15 (tidy15) moved from the code into ``lint_rules/knowledge/``: bylines and
credit lines, an article's people and companies, verbs of saying and publishing, a bio's
memberships, a seller's founder and endorsements, a "that" before a pasted query, a report
named in a reference. Each passage's findings (code and position, every rule) are those main
gave before the move, so a list that loses or gains a word on the way shows here; none of them
holds a contradiction. Every passage is written for these tests.
"""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

from lint_rules.api import lint_text

_PROBES = {
    "news_byline_credit": "# Walking after meals may help blood sugar\n\nBy Jane Doe, Staff Writer; additional reporting by Tom Roe\n\nPhoto by Ana Lima\n\nA short walk after dinner lowered blood sugar in a small study of 30 adults, researchers at the University of Leeds reported. The study, published in the journal Diabetes Care, was funded by the National Institute for Health Research.\n",
    "news_written_by": "Written by Mark O'Neil\n\nEdited by Dr. Sara van Dijk\n\nThe city's hospitals saw fewer flu cases this winter than last, health officials said on Monday.\n",
    "news_wire": "Jane Doe, Reuters Health\n\nAdults who sleep fewer than six hours a night report more colds, according to a survey of 4,000 people. The authors said the survey cannot show cause and effect.\n",
    "news_unnamed_expert": "An outside expert who was not involved in the research said the results were encouraging but early. Other doctors urged caution. Dr. Lena Park, a cardiologist at Mercy Hospital, said larger trials are needed.\n",
    "news_company": "The drug, developed by Regeneron Pharmaceuticals Inc, was tested in 600 patients. Drugmaker Sanofi, a partner in the trial, funded the study. Regeneron's research chief said the company would file for approval next year.\n",
    "news_body_and": "The Centers for Disease Control and Prevention says adults should get a flu shot every year. The Food and Drug Administration approved this season's vaccines in July.\n",
    "news_published_by": "The findings were presented at the American Heart Association meeting in Chicago. They were published by the journal Circulation the same day.\n",
    "news_saying": "\"We were surprised,\" said lead author Ravi Shah. He added that the team plans a larger trial. The results, he noted, apply only to adults over 60.\n",
    "news_mice": "In a study in mice, the compound slowed tumour growth. Researchers caution that results in animals often fail to carry over to people.\n",
    "press_release": "FOR IMMEDIATE RELEASE\n\nAcme Health, a biotech company based in Boston, today announced the results of its phase 2 trial. \"We found that the treatment was well tolerated,\" said Dr. Maria Lopez, chief medical officer of Acme Health. The company plans to submit the data to regulators.\n\nAbout Acme Health\n\nAcme Health is a clinical-stage company developing treatments for rare liver diseases.\n",
    "press_own_stake": "Professor Helen Wu, who led the study, said her team's trial was the largest of its kind. We developed the test over five years, she said in a statement.\n",
    "seller_founder": "Meet our founder, Dr. Neil Abbott. Our founder, Dr. Neil Abbott, designed every formula in our range. Each capsule is made in a certified facility and tested for purity.\n",
    "seller_endorsement": "Formulated under the guidance of a registered dietitian, our protein blend is made with pea and rice protein. Recommended by trainers for post-workout recovery.\n",
    "seller_role_noun": "Created by wellness coach Kim Lau, this guide explains how to build a simple morning routine with stretching and a glass of water.\n",
    "seller_intensifier": "Our new vitamin gummies taste great and are simply delicious. Customers say the flavour is truly lovely. Each gummy contains 10 micrograms of vitamin D.\n",
    "guide_bio": "About the author: Jane Smith is a registered dietitian and a member of the British Dietetic Association. She has written for several magazines.\n\nEating more fibre can help keep you regular. Good sources include oats, beans and fruit.\n",
    "guide_that": "The good news is that most colds clear up on their own within a week. The truth is that rest and fluids are often all you need. Experts say that antibiotics do not help with colds.\n",
    "guide_that_query": "The answer is that how long does a cold last depends on the virus.\n",
    "guide_reference": "## References\n\n1. World Alzheimer Report 2015. Alzheimer's Disease International. https://www.alz.co.uk/research/world-report-2015\n2. Global Burden of Disease Study 2019. https://www.healthdata.org/gbd\n",
    "leaflet": "Package leaflet: information for the user\n\nRead all of this leaflet carefully before you start taking this medicine. Keep this leaflet. You may need to read it again. If you have any further questions, ask your doctor or pharmacist. This medicine has been prescribed for you only.\n",
    "leaflet_side_effects": "Like all medicines, this medicine can cause side effects, although not everybody gets them. Common side effects include headache and nausea. Tell your doctor or pharmacist if any side effect gets serious.\n",
    "news_member": "Dr. Aisha Khan, a fellow of the Royal College of Physicians, serves on the board of directors of a local charity. She said the new guidance is sensible.\n",
    "news_strong_causal": "Researchers say the vaccine prevents severe illness in most people. A separate analysis found that smoking causes lung damage over decades.\n",
    "news_anaphora": "A 2019 study in JAMA followed 20,000 nurses. The researchers found that those who walked more had fewer heart attacks. Their findings match earlier work.\n",
    "news_issuer": "The agency approved the drug after the company filed a request last year, according to a release from the Food and Drug Administration.\n",
    "news_participant": "Maria Gomez, 54, who took part in the trial, said the injections were easy. One of the trial participants, a retired teacher, said she felt better within weeks.\n",
    "html_credit": "<html><body><article><h1>Heat and the heart</h1><p class='byline'>By Lee Chan, Health Reporter</p><p>Photographs by Sam Ortiz</p><p>Hot weather puts extra strain on the heart, doctors say. Drink water and rest in the shade.</p></article></body></html>\n",
}

#: What main (``5dc0c25``) found in each passage: code and line:column.
EXPECTED = {
    'guide_bio': ['META002 1:1'],
    'guide_reference': ['META001 1:4', 'META002 1:4', 'REF004 1:4'],
    'guide_that': ['CIT002 1:129', 'META001 1:1', 'META002 1:1'],
    'guide_that_query': ['GRM002 1:29', 'META001 1:1', 'META002 1:1'],
    'html_credit': ['CIT002 1:177', 'META002 1:26'],
    'leaflet': ['META001 1:1', 'META002 1:1'],
    'leaflet_side_effects': ['META001 1:1', 'META002 1:1'],
    'news_anaphora': ['CIT001 1:17', 'META001 1:1', 'META002 1:1'],
    'news_body_and': ['META001 1:1', 'META002 1:1'],
    'news_byline_credit': ['CIT001 7:78', 'META002 1:3'],
    'news_company': ['META001 1:1', 'META002 1:1'],
    'news_issuer': ['META001 1:1', 'META002 1:1'],
    'news_member': ['META001 1:1', 'META002 1:1'],
    'news_mice': ['META001 1:1', 'META002 1:1', 'READ003 1:41'],
    'news_participant': ['META001 1:1', 'META002 1:1'],
    'news_published_by': ['CIT001 1:118', 'META001 1:1', 'META002 1:1'],
    'news_saying': ['META001 1:1', 'META002 1:1'],
    'news_strong_causal': ['META001 1:1', 'META002 1:1'],
    'news_unnamed_expert': ['META001 1:1', 'META002 1:1'],
    'news_wire': ['META002 1:1'],
    'news_written_by': ['META002 1:1'],
    'press_own_stake': ['META001 1:1', 'META002 1:1'],
    'press_release': ['META002 1:1'],
    'seller_endorsement': ['CLM005 1:58', 'META001 1:1', 'META002 1:1'],
    'seller_founder': ['META001 1:1', 'META002 1:1'],
    'seller_intensifier': ['CLM005 1:1', 'META001 1:1', 'META002 1:1'],
    'seller_role_noun': ['CRD002 1:12', 'META001 1:1', 'META002 1:1'],
}


@pytest.mark.parametrize("name", sorted(_PROBES))
def test_a_passage_keeps_the_findings_it_had_before_the_lists_moved(name: str) -> None:
    text = _PROBES[name]
    kind = "html" if text.startswith("<html") else "markdown"
    found = sorted({f"{f.code} {f.location.line}:{f.location.column}" for f in lint_text(text, kind=kind)})
    assert found == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(_PROBES))
def test_an_ordinary_passage_holds_no_contradiction(name: str) -> None:
    text = _PROBES[name]
    assert contradiction_codes(text, kind="html" if text.startswith("<html") else "markdown") == []
