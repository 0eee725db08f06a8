"""cit19: a study findable by its researcher and the meeting where it was presented
(``lint_rules.analysis.studies``: ``_MEETING`` with a society's bracketed acronym and
``study_cues.toml`` ``[meeting] venues``; "study head", "headed by" after the study; a news
story's researcher named under its next subheading). Each mechanism has cases that change the
finding and hard negatives with the same words that keep the warning. The passages are coined
for this branch."""

from __future__ import annotations

import pytest

from lint_rules.analysis.studies import _meeting_in, study_mentions
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document

NEWS_OPEN = "Nov. 2, 2025 -- A tablet called Veltrin may ease knee pain, a new study shows.\n\n"
FILLER = ("People in the trial took one tablet a day for a year.\n\n"
          "Knee pain is common after the age of fifty. It limits walking and sleep.\n\n"
          "The tablet is sold in Europe but not in the United States.\n\n")


def _cit001(text: str) -> list[str]:
    return [str(f.severity) for f in lint_text(text, kind="text", select=["CIT001"])]


def _mentions(text: str) -> list[dict[str, object]]:
    return [m.as_evidence() for m in study_mentions(parse_document("x.txt", text, "text"))]


MEETINGS = {
    "bracketed-acronym": ("Study head Ola Brandt, MD, presented the findings today at the American Society "
                          "of Joint Care (ASJC) Annual Meeting in Denver.",
                          "American Society of Joint Care (ASJC) Annual Meeting"),
    "lower-case-venue": ("The results were presented today at the Advances in Hip Surgery (AHS) congress in Oslo.",
                         "Advances in Hip Surgery (AHS) congress"),
    "colloquium": ("She presented the data at the Nordic Bone Colloquium last week.", "Nordic Bone Colloquium"),
}


@pytest.mark.parametrize("name", sorted(MEETINGS))
def test_a_meeting_with_its_societys_acronym_is_read(name: str) -> None:
    sentence, meeting = MEETINGS[name]
    assert _meeting_in(sentence) == meeting


NOT_MEETINGS = [
    "He presented (ASJC) data at the meeting.",            # no name: a bracket alone
    "The results were presented at a meeting (see below) in June.",
    "She reported the side effects at her (annual) check-up.",
    "The findings were discussed in a forum for patients.",  # lower-case forum: no meeting's name
]


@pytest.mark.parametrize("sentence", NOT_MEETINGS)
def test_no_meeting_read_from_brackets_or_lower_case_words(sentence: str) -> None:
    assert _meeting_in(sentence) is None


def test_study_head_and_meeting_several_sentences_on_make_it_findable() -> None:
    text = (NEWS_OPEN + "In a three-year study of 900 people with knee pain, those on Veltrin lost less cartilage.\n\n"
            + FILLER + MEETINGS["bracketed-acronym"][0] + "\n")
    found = [e for e in _mentions(text) if e["clues"]]
    assert found and found[0]["meeting"] and "Ola Brandt" in str(found[0]["lead_author"])
    assert "warning" not in _cit001(text)


def test_researcher_under_the_next_subheading_names_the_news_storys_study() -> None:
    text = (NEWS_OPEN + FILLER + "Fewer Falls\n\n"
            "The study was not designed to compare doses, study researcher Ana Roe, PhD, says.\n")
    assert _cit001(text) == ["info"]


def test_headed_by_after_the_trial_names_its_author() -> None:
    text = (NEWS_OPEN + "In a two-year trial of 400 adults, Veltrin eased pain more than a dummy pill.\n\n"
            "The trial, headed by Professor Una Kell, is part of a larger project.\n")
    assert any("Una Kell" in str(e["lead_author"]) for e in _mentions(text))
    assert _cit001(text) == ["info"]


# Hard negatives: the same words, and the study stays unfindable.
KEPT = {
    "clinic-headed-by": (NEWS_OPEN + FILLER + "The clinic, headed by Professor Ian Moss, opened in May.\n"),
    "department-headed-by": (NEWS_OPEN + FILLER + "The pain department is headed by Dr. Ann Lee.\n"),
    # a consumer page: a subheading parts topics, and a name alone does not find a paper
    "consumer-subheading": ("Veltrin for knee pain\n\nA new study shows Veltrin may ease knee pain.\n\n"
                            "How to take it\n\nTake one tablet a day, study researcher Ana Roe says.\n"),
    # the researcher is of another study told under the subheading
    "another-study": (NEWS_OPEN + FILLER + "Fewer Falls\n\n"
                      "Another study, led by Dr. Ana Roe, found fewer falls in people over eighty.\n"),
    # a meeting of patients in lower case names no venue
    "patients-meeting": (NEWS_OPEN + "In a three-year study of 900 people, Veltrin eased pain.\n\n"
                         "The results were presented at a meeting of patients in the town hall.\n"),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_the_same_words_keep_the_warning(name: str) -> None:
    assert "warning" in _cit001(KEPT[name])


# Ordinary passages that use the mechanism's words and tell no study: nothing fires.
ORDINARY = [
    "The clinic is headed by Professor Ian Moss. It opens on Monday.",
    "Our study group meets on Tuesdays. The study head this term is Ana Roe.",
    "The American Society of Joint Care (ASJC) Annual Meeting is held in Denver each spring.",
    "She spoke at the Nordic Bone Colloquium about her career in nursing.",
    "The congress voted to fund more school nurses.",
    "Book a meeting with your doctor before you stop any medicine.",
    "Professor Una Kell headed the hospital's board for ten years.",
    "The summit on rural health opens next week in Leeds.",
    "Our forum for carers meets at the library.",
    "The team leader, Ana Roe, handed out leaflets at the convention centre.",
    "The trial of the new bus route, headed by the council, ends in May.",
    "Many clinics now hold sessions on sleep for new parents.",
    "The Veltrin conference call is at noon; please dial in early.",
    "Headed by a nurse, the ward has twelve beds.",
    "He presented his (ASJC) membership card at the desk.",
    "The research centre, headed by Dr. Lee, employs forty people.",
]


@pytest.mark.parametrize("passage", ORDINARY)
def test_ordinary_passages_stay_quiet(passage: str) -> None:
    assert lint_text("Notes\n\n" + passage + "\n", kind="text", select=["CIT001", "CIT002"]) == []


# Mechanism 2: a source given by a link or a list the sentence points at
# (``references.source_link``, ``link_traces``, ``points_to_sources``; read by has_source).

def _cit002(text: str, kind: str = "markdown") -> list[str]:
    return [str(f.severity) for f in lint_text(text, kind=kind, select=["CIT002"])]


CLAIM = "Studies have shown that Veltrin eases knee pain in older adults"

SOURCED = {
    "link-to-paper": (f"# Veltrin\n\n{CLAIM} ([a 2024 review](https://journal.example.org/article/123)).\n", "markdown"),
    "pubmed-record": (f"# Veltrin\n\n{CLAIM} ([one trial](https://pubmed.ncbi.nlm.nih.gov/12345/)).\n", "markdown"),
    "scraped-link-words": (f"Veltrin\n\n{CLAIM}, including this, this, and this.\n\nIt costs ten pounds.\n", "text"),
    "see-here-and-here": (f"Veltrin\n\n{CLAIM} (see here and here).\n\nIt costs ten pounds.\n", "text"),
    "linked-below": (f"# Veltrin\n\n{CLAIM}; the studies are linked below.\n\n## References\n\n"
                     "1. Roe A. Veltrin and knee pain. J Knees. 2024. https://journal.example.org/article/9\n", "markdown"),
}


@pytest.mark.parametrize("name", sorted(SOURCED))
def test_a_link_or_a_pointed_list_sources_the_claim(name: str) -> None:
    text, kind = SOURCED[name]
    assert _cit002(text, kind) == []


UNSOURCED = {
    "shop-link": (f"# Veltrin\n\n{CLAIM} ([buy it here](https://veltrin.example.com/products/veltrin-30)).\n", "markdown"),
    "marketplace": (f"# Veltrin\n\n{CLAIM} ([on sale](https://www.amazon.com/dp/B000111)).\n", "markdown"),
    "home-page": (f"# Veltrin\n\n{CLAIM} ([Veltrin](https://veltrin.example.com/)).\n", "markdown"),
    "search-box": (f"# Veltrin\n\n{CLAIM} ([search](https://pubmed.ncbi.nlm.nih.gov/?term=veltrin)).\n", "markdown"),
    "cart": (f"# Veltrin\n\n{CLAIM} ([add to basket](https://example.com/cart?add=veltrin)).\n", "markdown"),
    # "this and this" as an instruction, not links' words
    "do-this-and-this": ("Veltrin\n\nDo this and this every day, because studies have shown that stretching eases "
                         "knee pain.\n\nIt costs ten pounds.\n", "text"),
    # a pointer with no list of sources anywhere in the article
    "linked-below-no-list": (f"Veltrin\n\n{CLAIM}; the studies are linked below.\n\nIt costs ten pounds.\n", "text"),
}


@pytest.mark.parametrize("name", sorted(UNSOURCED))
def test_a_shop_a_home_page_or_a_pointer_to_nothing_sources_nothing(name: str) -> None:
    text, kind = UNSOURCED[name]
    assert _cit002(text, kind) == ["warning"]


ORDINARY_LINKS = [
    "Click here and here to change your settings.",
    "Do this and this before bed: dim the lights and put the phone away.",
    "Our shop is at https://veltrin.example.com/shop and opens at nine.",
    "Recipes are listed below.",
    "See the table below for opening hours.",
    "Including this one, we tried three knee braces.",
    "I like this and that about the clinic.",
    "The products are linked below; prices include delivery.",
    "Here and there the path is steep, so walk slowly.",
    "See here for the menu.",
    "For example, this and this are both fine to eat.",
    "The guide (see here) explains how to store the tablets.",
    "Our nurses answer calls; their numbers are listed below.",
    "Such as this, the leaflet is short.",
    "Read the label; the ingredients are listed at the end.",
]


@pytest.mark.parametrize("passage", ORDINARY_LINKS)
def test_ordinary_link_words_stay_quiet(passage: str) -> None:
    assert lint_text("Notes\n\n" + passage + "\n", kind="text", select=["CIT001", "CIT002"]) == []


# Mechanism 4: an expert quoted on another subject does not source "experts say"
# (``resolution.speaks_elsewhere``: no shared word and logistics, another study, or another
# medical subject by the concept analysis; read by CIT002's adjacent-speaker paths).

ELSEWHERE = {
    "next-sentence-logistics": "Coconut oil heals eczema in days, experts say. Dr. Ian Moss, who runs the new clinic, "
                               "said it opens Monday.\n",
    "quote-logistics": "Coconut oil heals eczema in days, dermatologists say. \"We open the new clinic on Monday,\" "
                       "said Dr. Ian Moss.\n",
    "next-paragraph-logistics": "Coconut oil heals eczema in days, dermatologists say.\n\n“We open the new clinic on "
                                "Monday,” said Dr. Ian Moss, a dermatologist at Harlow Hospital.\n",
    "paragraph-up-bookings": "\"Appointments can be made by phone,\" said Dr. Paul Ives, a cardiologist at Harlow "
                             "Hospital.\n\nBut cholesterol pills are safe for toddlers, experts say.\n",
    "another-condition": "Turmeric eases arthritis pain, experts say.\n\n\"Sunburn is the bigger risk in summer,\" "
                         "said Dr. Ann Lee, a dermatologist at Harlow Hospital.\n",
    "another-study": "Coconut oil heals eczema in days, dermatologists say. \"Another study of ours looked at hair "
                     "growth in mice,\" said Dr. Ian Moss.\n",
}


@pytest.mark.parametrize("name", sorted(ELSEWHERE))
def test_a_speaker_on_something_else_does_not_source_the_claim(name: str) -> None:
    assert _cit002(ELSEWHERE[name], "text") == ["warning"]


# Hard negatives: the speaker speaks on the claim (a shared word, or in other words with no
# other subject), with the same logistics words or a second condition around: no warning.
ON_THE_CLAIM = {
    "tied-with-clinic-words": "Walk-in clinics cut waiting times, doctors say. \"Our walk-in clinic cut waiting "
                              "times by half,\" said Dr. Ian Moss.\n",
    "tied-next-paragraph": "Coconut oil soothes eczema, dermatologists say.\n\n\"Coconut oil calms eczema flares in "
                           "many of my patients,\" said Dr. Ian Moss, a dermatologist at Harlow Hospital.\n",
    "other-words-no-subject": "Doctors say the reason the injections lift mood may surprise patients.\n\n\"It has "
                              "nothing to do with looks,\" says Dr. Mira Olsen of Lakeside Clinic.\n",
    "same-condition-other-word": "Turmeric eases arthritis pain, experts say.\n\n\"Arthritic joints respond to it "
                                 "within weeks,\" said Dr. Ann Lee, a rheumatologist at Harlow Hospital.\n",
    "opens-the-airways": "Slow breathing calms the body, experts say. Dr. Ian Moss said it opens the airways within "
                         "minutes.\n",
}


@pytest.mark.parametrize("name", sorted(ON_THE_CLAIM))
def test_a_speaker_on_the_claim_still_sources_it(name: str) -> None:
    assert _cit002(ON_THE_CLAIM[name], "text") == []


ORDINARY_CLINIC = [
    "We open the new clinic on Monday. Appointments can be made by phone.",
    "The clinic opens Monday, said Dr. Ian Moss, who runs it.",
    "Parking is free after six, the hospital said.",
    "\"Book an appointment online,\" said Dr. Ann Lee.",
    "The ward will reopen next week after repairs, managers said.",
    "Tickets for the health fair are free, organisers say.",
    "The pharmacy is located in the high street.",
    "Sunburn is common in summer. Wear a hat and sit in the shade.",
    "The new wing has forty beds and a garden.",
    "Registration for the fun run closes on Friday.",
    "Our own study of hair growth in mice ends next year.",
    "The clinic is hiring more nurses this spring.",
    "The fundraiser raised $5,000 for the children's ward.",
    "Dr. Ian Moss, who runs the clinic, cut the ribbon on Monday.",
    "Waiting lists for hip surgery are long in the north.",
]


@pytest.mark.parametrize("passage", ORDINARY_CLINIC)
def test_ordinary_clinic_passages_stay_quiet(passage: str) -> None:
    assert lint_text("Notes\n\n" + passage + "\n", kind="text", select=["CIT001", "CIT002"]) == []


def test_a_speaker_on_earlier_studies_answers_a_claim_that_weighs_them() -> None:
    text = ("While many earlier studies have looked at knee braces, this trial stands out, doctors say, because it "
            "measured walking speed.\n\nEarlier studies were also smaller and shorter, says Dr. Ian Moss, a surgeon "
            "at Harlow Hospital.\n")
    assert _cit002(text, "text") == []


def test_a_speaker_on_prior_studies_answers_a_claim_about_studies() -> None:
    text = ("Much of the doubt, experts say, comes from trials that were too short.\n\n\"If the people in prior "
            "trials stopped the tablets early, no wonder they saw little,\" says Dr. Ian Moss of Harlow "
            "University.\n")
    assert _cit002(text, "text") != ["warning"]


def test_a_speaker_whose_field_is_the_claims_subject_at_a_remove_still_sources_it() -> None:
    text = ("Sleep doctors say most toddlers outgrow night terrors by school age. Ours had them for a year. "
            "Our GP sent us to Dr Ana Roe, a sleep consultant at Harlow Children's Hospital, who told us exactly "
            "that.\n")
    assert _cit002(text, "text") == []


# Review fix (defect 2): closely related subjects (a risk factor and its outcome, a condition and
# its complication), a shared number or age, and advice to the reader on the claim are on it.
RELATED = {
    "cholesterol-heart-attack": "Statins lower high cholesterol, experts say.\n\n\"Heart attacks are still the "
                                "biggest killer of men over 60,\" said Dr. Paul Ives, a cardiologist at Harlow "
                                "Hospital.\n",
    "cholesterol-heart-attack-same-para": "High cholesterol can be brought down with statins, experts say. \"A heart "
                                          "attack is what we want to prevent,\" said Dr. Paul Ives, a cardiologist.\n",
    "diabetes-eye": "Diabetes raises the risk of blindness, experts say.\n\n\"Retinopathy is what we screen for "
                    "every year,\" said Dr. Ann Lee, an eye doctor at Harlow Hospital.\n",
    "blood-pressure-stroke": "Cutting salt lowers high blood pressure, doctors say.\n\n\"A stroke can come without "
                             "warning,\" said Dr. Ann Lee, a neurologist at Harlow Hospital.\n",
    "shingles-book-at-50": "The shingles vaccine is worth getting at 50, doctors say. \"Book an appointment at 50,\" "
                           "said Dr. Ann Lee.\n",
    "shingles-book-next-para": "The shingles vaccine is worth getting at 50, doctors say.\n\n\"Book an appointment "
                               "with your practice nurse when you turn 50,\" said Dr. Ann Lee, a GP in Harlow.\n",
    "flu-book-your-gp": "A flu jab protects older adults, doctors say. \"Book in with your GP before winter,\" said "
                        "Dr. Ann Lee.\n",
    "bp-kidneys": "High blood pressure harms the kidneys over time, experts say.\n\n\"Kidney failure is the end of "
                  "that road,\" said Dr. Ann Lee, a kidney specialist at Harlow Hospital.\n",
    "asthma-heart-age": "Inhalers help children with asthma after age 5, experts say. \"By 5, most can use a spacer,\" "
                        "said Dr. Ann Lee.\n",
    "sugar-diabetes-nerves": "Diabetes can be held off with exercise, experts say.\n\n\"Numbness in the feet is "
                             "a warning sign we see often,\" said Dr. Ann Lee, a diabetes nurse.\n",
    "statins-call-your-doctor": "Statins lower high cholesterol, doctors say. \"Ask your doctor at your next "
                                "appointment,\" said Dr. Paul Ives.\n",
}


@pytest.mark.parametrize("name", sorted(RELATED))
def test_a_speaker_on_a_related_subject_or_advice_still_sources_the_claim(name: str) -> None:
    assert _cit002(RELATED[name], "text") == []


# Fail cases of the same shapes: unrelated systems, the running of things that shares nothing.
STILL_ELSEWHERE = {
    "cholesterol-sunburn": "Statins lower high cholesterol, experts say.\n\n\"Sunburn is the bigger risk in "
                           "summer,\" said Dr. Ann Lee, a dermatologist at Harlow Hospital.\n",
    "shingles-clinic-opens": "The shingles vaccine is worth getting at 50, doctors say. \"We open the new clinic "
                             "on Monday,\" said Dr. Ann Lee.\n",
}


@pytest.mark.parametrize("name", sorted(STILL_ELSEWHERE))
def test_an_unrelated_speaker_or_running_of_things_still_sources_nothing(name: str) -> None:
    # (a claim naming a condition, unsourced, is CIT002 info; a bare claim a warning)
    assert _cit002(STILL_ELSEWHERE[name], "text") == (["info"] if name == "cholesterol-sunburn" else ["warning"])


# Review fix (defect 3): a "store"/"product" path is a shop only on a seller's site and when it
# names no document; a front page still sources nothing.
PAGES_NOT_SHOPS = {
    "agency-publications-store": "https://store.harlowhealth.gov/product/knee-pain-facts/hh-2024-11",
    "product-monograph": "https://veltrin.example.com/product/veltrin-monograph.pdf",
    "prescribing-information": "https://veltrin.example.com/product/veltrin-30/prescribing-information",
    "nhs-store-leaflet": "https://harlow.nhs.uk/store/knee-leaflet",
    "university-order-form-paper": "https://knees.harlow.ac.uk/order/2024-trial-report",
}


@pytest.mark.parametrize("name", sorted(PAGES_NOT_SHOPS))
def test_a_public_store_or_a_product_document_sources_the_claim(name: str) -> None:
    text = f"# Veltrin\n\n{CLAIM} ([the report]({PAGES_NOT_SHOPS[name]})).\n"
    assert _cit002(text, "markdown") == []


SELLERS = {
    "seller-product": "https://veltrin.example.com/product/veltrin-30",
    "seller-store": "https://shop.veltrin.example.com/store/veltrin-30",
    "seller-order": "https://veltrin.example.com/order/",
    "public-front-page": "https://www.harlow.nhs.uk/",
    "seller-front-page": "https://veltrin.example.com",
}


@pytest.mark.parametrize("name", sorted(SELLERS))
def test_a_sellers_product_page_or_a_front_page_still_sources_nothing(name: str) -> None:
    text = f"# Veltrin\n\n{CLAIM} ([here]({SELLERS[name]})).\n"
    assert _cit002(text, "markdown") == ["warning"]


# Review fix (defect 4): "like" is no lead-in to links' words, and a pointer at sources below is
# answered by a reference list or links in its own paragraph, not by any later link.
LINK_READINGS_UNSOURCED = {
    "like-as-verb": ("Lullabies\n\nStudies have shown that music calms newborns, and babies like this and this "
                     "kind of music best.\n\nIt costs ten pounds.\n", "text"),
    "like-here-and-here": ("Lullabies\n\nResearch shows that music calms newborns; babies like here and here "
                           "most.\n\nIt costs ten pounds.\n", "text"),
    "later-recipe-link": (f"# Veltrin\n\n{CLAIM}; the studies are linked below.\n\nFor supper, try [my lentil "
                          "soup](https://blog.example.com/recipes/lentil-soup).\n", "markdown"),
    "later-paragraph-paper": (f"# Veltrin\n\n{CLAIM}; the studies are listed below.\n\nI also wrote about "
                              "[sleep](https://blog.example.com/2024/05/sleep-and-knees).\n", "markdown"),
}


@pytest.mark.parametrize("name", sorted(LINK_READINGS_UNSOURCED))
def test_like_and_a_later_unrelated_link_source_nothing(name: str) -> None:
    text, kind = LINK_READINGS_UNSOURCED[name]
    assert _cit002(text, kind) == ["warning"]


LINK_READINGS_SOURCED = {
    "links-in-the-paragraph": (f"# Veltrin\n\n{CLAIM}; the studies are linked below: [one](https://journal.example."
                               "org/article/1) and [two](https://journal.example.org/article/2).\n", "markdown"),
    "such-as-this-and-this": (f"Veltrin\n\n{CLAIM}, such as this and this.\n\nIt costs ten pounds.\n", "text"),
}


@pytest.mark.parametrize("name", sorted(LINK_READINGS_SOURCED))
def test_links_in_the_pointers_paragraph_or_after_such_as_source_it(name: str) -> None:
    text, kind = LINK_READINGS_SOURCED[name]
    assert _cit002(text, kind) == []


# Review fix (lead authors): a lead author is a person's name, from a sentence about this study;
# not an organisation "and team", not who leads the next trial.
_STUDY_OPENING = ("A new trial found that Veltrin cut knee pain by half in older adults, researchers said on "
                  "Monday.\n\nThe drug is cheap. Patients liked it. ")
NO_LEAD_AUTHOR = {
    "trust-and-team-next-trial": "Doctors at the Harlow Royal NHS Foundation Trust and team are now leading the "
                                 "next trial, which starts in 2027.\n",
    "trust-and-team-this-study": "The Harlow Royal NHS Foundation Trust and team ran the study in 2024.\n",
    "person-next-trial": "Lead researcher Ana Roe will run the next trial, which starts in 2027.\n",
    "hospital-and-colleagues": "Harlow University Hospital and colleagues ran the trial.\n",
    "upcoming-study-led-by": "An upcoming study led by Dr. Ana Roe will test a higher dose.\n",
    "team-leader-phase-two": "Dr. Ana Roe, a surgeon at the Harlow Royal NHS Foundation Trust and team leader in "
                             "knee research, who is leading the phase II trial, welcomed the results.\n",
    "university-researchers": "Led by Harlow University researchers, the team followed 300 adults.\n",
}


@pytest.mark.parametrize("name", sorted(NO_LEAD_AUTHOR))
def test_no_lead_author_from_an_organisation_or_the_next_trial(name: str) -> None:
    found = _mentions(_STUDY_OPENING + NO_LEAD_AUTHOR[name])
    assert all(not m.get("lead_author") or m["lead_author"] == "led by" for m in found)


PERSON_LEAD_AUTHOR = {
    "person-of-university-and-colleagues": ("Ana Roe of Harlow University and colleagues ran the trial.\n",
                                            "Ana Roe of Harlow University and colleagues"),
    "lead-researcher": ("Lead researcher Ana Roe said the results were clear.\n", "Lead researcher Ana Roe"),
    "clinic-possessive-person": ("The trial, led by Harlow Clinic's Ana Roe, M.D., followed 300 adults.\n",
                                 "led by Harlow Clinic's"),
    "college-researcher-person": ("The trial was led by Harlow College of Medicine researcher Ana Roe.\n",
                                  "led by Harlow College"),
    "person-of-nhs-trust-and-team": ("Ana Roe of the Harlow NHS Foundation Trust and her team ran the trial.\n",
                                     "Ana Roe of the Harlow NHS Foundation Trust and her team"),
}


@pytest.mark.parametrize("name", sorted(PERSON_LEAD_AUTHOR))
def test_a_persons_name_about_this_study_is_its_lead_author(name: str) -> None:
    text, author = PERSON_LEAD_AUTHOR[name]
    assert any(m.get("lead_author") == author for m in _mentions(_STUDY_OPENING + text))
