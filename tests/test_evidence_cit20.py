"""cit20: evidence warnings an editor agrees with (issue 15). Each mechanism has passages that
change the finding and hard negatives with the same words that keep it. The passages are coined
for this branch (coined products, people and journals).

1. "research support from/for" is the noun compound of a disclosure, not a source ("received
   research support from the maker"; ``[attribution] mass_compound``); "Decades of research show"
   and "Studies and research show" stay sources.
2. A note marker a scrape left bare after a sentence ("… they forget. 1 Some …") that a note line
   of the article answers ("1 Adherence to eye drops, Lind, et al. Eye Journal, 2015.") cites the
   claim (``references.trailing_note``).
3. A journal whose name is a common word, before the study noun ("a new Pediatrics study"), is the
   journal (``studies._premodifier_journal``).
4. A study of "these same researchers" has the lead author of the study before it, and is found
   through that study's leader when that study can be found (``studies._same_team``).
5. "Another study looked at …" told right after a review that counts the trials it pooled is one
   of them, found through the review (``studies._pooled_members``; CIT001 `info`).
6. An expert quoted beside "experts say" on a related point is not "elsewhere": a subject only in a
   category of the whole body, a metabolic state and the skeleton, and a specialist on their own
   field's subject are on the claim (``resolution.speaks_elsewhere``).
7. A news lede's "experts say" sourced a sentence or two on: a named person or body there that
   names the claim's concept and shares a word of what the claim says besides it, and says the
   claim's effect (a benefit for a benefit; not a harm, not uptake; ``resolution._same_effect``)
   (``resolution.speaks_on``; CIT002's ``_next_two``).
8. A practitioners' recommendation told in passing, in an appositive describing a test in
   reporting ("A retinal scan, an eye check doctors recommend for adults with diabetes every year,
   allows …"), is background: CIT002 `info` (``[vague] in_passing_*``).
"""

from __future__ import annotations

import pytest

from lint_rules.analysis.studies import find_journal
from lint_rules.api import lint_text


def _codes(text: str, code: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], str(f.severity)) for f in lint_text(text, kind="text", select=[code])]


def _from(text: str, start: int, code: str) -> list[tuple[str, str, str]]:
    """The findings of ``code`` on spans at or after ``start``: span text, severity, message."""
    return [(text[f.start:f.end], str(f.severity), f.message)
            for f in lint_text(text, kind="text", select=[code]) if f.start >= start]


def _cit002(text: str) -> list[str]:
    return [text[f.start:f.end] for f in lint_text(text, kind="text", select=["CIT002"])
            if str(f.severity) == "warning"]


# -- 1. "research support from": a disclosure, not evidence -----------------------------------

DISCLOSURES = [
    "The authors received research support from Pellan Pharma, which makes Dornex.",
    "Dr. Ruiz and two co-authors have advised Pellan and taken research support from the makers of Dornex.",
    "Several of the researchers reported research support from the company and fees for talks.",
    "She has received research support from Orvo Labs and sits on its advisory board.",
    "Two authors disclosed research support from drug makers, including the maker of Quellin.",
    "The team got research support from a charity that campaigns on stroke.",
    "Research support for the trial came from the Harlow Heart Fund.",
    "He declared research support from three firms that sell blood thinners.",
    "Research support for this claim is thin.",
    "None of the authors had research support from the makers of the patch.",
    "The study's lead author has received science funding and research support from Veltro Inc.",
    "Disclosures: research support from Arvon Biologics; speaking fees from Nolen Health.",
    "Both hospitals accept research support from industry, a spokesman said.",
    "Any research support from the company was declared in the paper.",
    "The university said research support from Pellan had ended in 2019.",
]


@pytest.mark.parametrize("sentence", DISCLOSURES)
def test_research_support_in_a_disclosure_is_no_vague_source(sentence: str) -> None:
    text = "Dornex is a new blood thinner. " + sentence
    assert _cit002(text) == []


STILL_SOURCES = [
    ("Research supports the use of Dornex in older adults.", "Research supports"),
    ("Science backs the use of zinc for colds.", "Science backs"),
    ("Data show that zinc shortens colds.", "Data show"),
    ("Lots of research links zinc to shorter colds.", "Lots of research links"),
    ("Evidence points to zinc as a cold remedy.", "Evidence points to"),
    ("Studies support the use of zinc for colds.", "Studies support"),
    ("Research support for this claim is thin, experts say.", "experts say"),
]


@pytest.mark.parametrize(("sentence", "source"), STILL_SOURCES)
def test_a_research_noun_with_its_verb_still_sources_nothing(sentence: str, source: str) -> None:
    text = "Zinc is sold as a cold remedy. " + sentence
    assert _cit002(text) == [source]


# -- 2. a bare note marker after the sentence, answered by a note line ------------------------

NOTES = ("\n\nAbout the Harlow Eye Society\n\nThe society is a group of eye doctors.\n\n"
         "1 Adherence to eye drops over four years, Lind, et al. Eye Journal, 2015.\n\n"
         "2 Reminder apps and drops, Park, et al, Vision Care, Nov. 2018\n")
MARKED = [
    "But studies show that plenty of users skip their eye drops on busy days. 1 Reminders may help.",
    "Research shows that half of patients stop their drops within a year. 1",
    "Experts say most patients miss one dose in three. 2 Reminders may help.",
    "Studies have found that apps help patients remember their drops. 2",
    "But studies show that plenty of users skip their eye drops on busy days. 1 “It is common,” a nurse said.",
]


@pytest.mark.parametrize("claim", MARKED)
def test_a_bare_note_marker_answered_by_a_note_line_cites_the_claim(claim: str) -> None:
    text = "Eye drops lower pressure in the eye. " + claim + "\n\nDrops cost little." + NOTES
    assert _codes(text, "CIT002") == []


NOT_MARKERS = [
    # a count, not a marker: "1 in 5", "3 patients" (lower case after the number)
    ("But studies show that plenty of users skip their eye drops on busy days. 1 in 5 forget.", NOTES),
    ("Studies show that patients forget their drops. 2 patients in our clinic did last week.", NOTES),
    # no note line with that number
    ("Studies show that patients forget their drops. 3 Reminders may help.", NOTES),
    # no note lines at all: a stray number
    ("Studies show that patients forget their drops. 1 Reminders may help.", "\n\nDrops cost little.\n"),
    # a numbered line that is an address, not a citation
    ("Studies show that patients forget their drops. 1 Reminders may help.",
     "\n\n1 Harlow Road, London, UK.\n"),
    # a number inside the sentence, not after its end mark
    ("Studies show that 1 patient in 5 forgets the drops.", NOTES),
    ("Studies show that patients forget their drops 2 times a week.", NOTES),
    # a note line with no year or authors (a step of a list)
    ("Studies show that patients forget their drops. 1 Put them by the toothbrush.",
     "\n\n1 Put the drops by your toothbrush, your keys, your phone and your glasses.\n"),
    # a note line that is a price list
    ("Studies show that patients forget their drops. 2 Reminders may help.",
     "\n\n2 Bottles cost $12 each\n"),
    # a year after the sentence is no marker
    ("Studies show that patients forget their drops, as they did in 2015. 2015 Was a bad year.", NOTES),
    ("Doctors say patients forget their drops. 12 of our patients did.", NOTES),
    ("Scientists say patients forget their drops. 99 Reminders went out.", NOTES),
    ("Studies show that patients forget their drops! 1in5 do.", NOTES),
]


@pytest.mark.parametrize(("claim", "tail"), NOT_MARKERS)
def test_a_number_that_is_no_note_marker_cites_nothing(claim: str, tail: str) -> None:
    text = "Eye drops lower pressure in the eye. " + claim + tail
    assert len(_codes(text, "CIT002")) == 1


# -- 3. "a new Pediatrics study": the journal before the study noun --------------------------

PREMODIFIED = [
    ("Mint tea eased crying babies, according to a new Pediatrics study.", "Pediatrics"),
    ("A Lancet study found that mint tea eased colic.", "Lancet"),
    ("A recent Neurology paper found no link between naps and memory.", "Neurology"),
    ("The Stroke trial enrolled 400 people.", "Stroke"),
    ("In a Circulation analysis, walking cut heart attacks.", "Circulation"),
    ("An Obesity review pooled the data.", "Obesity"),
]


@pytest.mark.parametrize(("sentence", "journal"), PREMODIFIED)
def test_a_common_word_journal_before_the_study_noun_is_the_journal(sentence: str, journal: str) -> None:
    found = find_journal(sentence)
    assert found is not None and found[0] == journal


NOT_PREMODIFIED = [
    "A New Sleep Study Shows Naps Help",         # headline case: every word capitalised
    "Sleep study results were mixed.",            # no article before it
    "The sleep study lasted a week.",             # lower case: a sleep study
    "The Cancer study group met on Monday.",      # a study group
    "She runs the Stroke study centre in Leeds.",  # a study centre
    "A brain study found nothing new.",
    "Her cancer study was small.",
    "a Pediatrics study-like design",
    "The gut trial was stopped.",
    "A Science fair study by pupils won a prize.",
    "His Stroke Study Group paper was cited.",
    "The nature study walk starts at noon.",
    "An addiction study in rats found nothing.",
    "The hypertension trial ran for a year.",
    "The Obesity Society study day is in May.",
]


@pytest.mark.parametrize("sentence", NOT_PREMODIFIED)
def test_a_common_word_before_a_study_noun_is_no_journal(sentence: str) -> None:
    assert find_journal(sentence) is None


def test_a_premodifier_journal_with_the_articles_date_is_findable() -> None:
    text = ("Published March 3, 2024\n\nBy Ana Roe\n\nMint tea soothed crying babies best, "
            "according to a new Pediatrics study of 300 babies.\n")
    assert _codes(text, "CIT001") == [("Pediatrics", "info")]


# -- 4. "these same researchers": the lead author of the study before ------------------------

STORY = ("TUESDAY, March 3, 2024 (HealthDay News) -- People who take Bonvia to keep their bones strong may "
         "also have fewer colon polyps, a new study published in the journal Gut Health Reports suggests.\n\n"
         "\"We saw a clear drop,\" said lead researcher Dr. Omar Haddad, of Lakeside University.\n\n"
         "Colon polyps are common after 50. Most are harmless.\n\n")
SAME_TEAM = [
    "These same researchers reported in another trial that cycling to work halved the polyps, he noted.",
    "In another study, the same team found that aspirin users had fewer polyps.",
    "In another study, those same investigators showed that fish oil did nothing for polyps.",
    "Another study by the same researchers found that fibre pills cut polyps slightly.",
    "In another trial, the same research group found that fibre pills cut polyps slightly.",
]


@pytest.mark.parametrize("sentence", SAME_TEAM)
def test_a_study_of_the_same_researchers_is_found_through_its_leader(sentence: str) -> None:
    found = _codes(STORY + sentence + "\n", "CIT001")
    assert len(found) == 2 and all(sev == "info" for _, sev in found)


OTHER_TEAMS = [
    "In another study, other researchers found that statin use cut the risk of colon polyps.",
    "In another study, a team in Oslo found that aspirin users had fewer polyps.",
    "Another study by the same hospital found that fibre pills cut polyps slightly.",
    "In the same year, another study found that fibre pills cut polyps slightly.",
    "Another study of the same drug found that it did nothing for polyps.",
    "In another study, the same team's rivals found that statins had no effect.",
    "In another study, a different group found the same result.",
]


@pytest.mark.parametrize("sentence", OTHER_TEAMS)
def test_another_teams_study_is_not_found_through_this_leader(sentence: str) -> None:
    found = _from(STORY + sentence + "\n", len(STORY), "CIT001")
    assert found and all(sev == "warning" for _, sev, _ in found)  # the other team's study stays a warning


def test_the_same_researchers_of_a_study_that_cannot_be_found_find_nothing() -> None:
    text = ("People who take Bonvia may have fewer colon polyps, a study by Dr. Omar Haddad found.\n\n"
            "These same researchers reported in another trial that cycling to work halved the polyps, he noted.\n")
    found = _codes(text, "CIT001")
    assert [sev for _, sev in found] == ["warning", "warning"]
    # the message names the lead author the pointer gives, not "no lead author"
    messages = [f.message for f in lint_text(text, kind="text", select=["CIT001"])]
    assert "it names the lead author, not" in messages[1]


def test_the_same_researchers_with_no_one_named_before_name_no_one() -> None:
    text = ("People who take Bonvia may have fewer colon polyps, a new study shows.\n\n"
            "These same researchers reported in another trial that cycling to work halved the polyps, he noted.\n")
    messages = [f.message for f in lint_text(text, kind="text", select=["CIT001"])]
    assert len(messages) == 2 and all("names the lead author" not in m for m in messages)


# -- 5. one of a review's pooled trials ---------------------------------------------------------

REVIEW = ("Published March 3, 2024\n\nBy Ana Roe\n\n"
          "Fennel drops calmed crying babies best, a new Pediatrics study that pooled "
          "12 randomized trials of colic treatments reports.\n\n")
MEMBERS = [
    "Of the four herbal studies, one gave babies dill water. Another study looked at Calmira, a blend of dill "
    "and lemon balm, and found that it cut crying time.",
    "Another study looked at gripe water and found that it did nothing.",
    "Another trial found that sugar drops helped a little.",
    "Another trial, of 40 babies, showed that fennel drops cut crying by an hour.",
    "Babies cry for many reasons.\n\nAnother study found that rocking chairs did nothing.",
]


@pytest.mark.parametrize("passage", MEMBERS)
def test_a_trial_told_after_the_review_that_pooled_it_is_found_through_it(passage: str) -> None:
    found = _codes(REVIEW + passage + "\n", "CIT001")
    assert len(found) == 2 and all(sev == "info" for _, sev in found)
    pooled = [f.message for f in lint_text(REVIEW + passage + "\n", kind="text", select=["CIT001"])][1]
    assert "pooled by the review" in pooled


NOT_MEMBERS = [
    # a clue of its own: another study
    (REVIEW, "Another study, published in 2019 in the Journal of Infant Care, found that dill water did nothing."),
    # told as new (an earlier or previous study, "The study", has no finding of its own to keep:
    # prior work is background, the review retold; those cases assert nothing and are left out)
    (REVIEW, "Another new study found that dill water cut crying time."),
    # too far on: three paragraphs later
    (REVIEW, "Sales rose.\n\nShops stock it.\n\nColic is common.\n\nAnother study found that dill water helped."),
    # a review that counts no trials
    ("Published March 3, 2024\n\nBy Ana Roe\n\nMint tea soothed crying babies best, according to "
     "a new Pediatrics study.\n\n", "Another study found that dill water cut crying time."),
    # a review that cannot itself be found
    ("Mint tea eased colic in a review of 12 trials.\n\n", "Another study found that dill water cut crying time."),
    # the count is of patients, not of studies
    ("Published March 3, 2024\n\nBy Ana Roe\n\nMint tea eased crying babies, according to a new Pediatrics study, "
     "which followed 120 babies.\n\n", "Another study found that dill water cut crying time."),
    (REVIEW, "Another study, led by Dr. Una Kell of Harlow University, found that dill water did nothing."),
    (REVIEW, "Another study, done at Harlow University in 2018, found that dill water did nothing."),
    (REVIEW, "Another recent study found that dill water cut crying time."),
    ("Published March 3, 2024\n\nBy Ana Roe\n\nMint tea eased crying babies, according to a new Pediatrics study. "
     "The authors looked at 12 babies.\n\n", "Another study found that dill water cut crying time."),
    ("Published March 3, 2024\n\nBy Ana Roe\n\nMint tea eased crying babies, according to a new Pediatrics study of "
     "12 families.\n\n", "Another study found that dill water cut crying time."),
]


@pytest.mark.parametrize(("opening", "passage"), NOT_MEMBERS)
def test_a_study_not_told_as_one_of_the_pooled_trials_is_not_found_through_the_review(opening: str, passage: str) -> None:
    found = _from(opening + passage + "\n", len(opening), "CIT001")
    # the study keeps a finding of its own: a warning, or info on a clue of its own (a journal, a
    # named leader), never "pooled by the review"
    assert found and not any("pooled by the review" in m for _, _, m in found)
    own_clue = ("Journal of" in passage or "led by" in passage)
    assert found[0][1] == ("info" if own_clue else "warning")


# -- 6. an expert on a related point is on the claim ------------------------------------------

RELATED = [
    ("Experts say children who skip breakfast struggle at school.",
     "“Hungry kids can't concentrate in class,” said Dr. Maya Lund, a pediatrician at Harlow Children's Hospital."),
    ("Doctors say too much screen time at night harms sleep.",
     "“Blue light tells the brain it is still daytime and holds back melatonin,” said Dr. Ravi Sen, a sleep "
     "specialist at Lakeside University."),
    ("Experts say being overweight raises the risk of type 2 diabetes.",
     "“Fat around the waist makes the body resist insulin,” said Dr. Clara Nunes, an endocrinologist at Harlow Hospital."),
    ("Dermatologists say sunscreen should be worn every day, even in winter.",
     "“Skin cancer is the most common cancer we see,” said Dr. Hugo Brandt, a dermatologist at Lakeside Clinic."),
    ("Doctors say high blood pressure often has no symptoms.",
     "“Many of my patients only find out after a stroke,” said Dr. Ines Koch, a cardiologist at Harlow Heart Centre."),
    ("Experts say regular exercise eases depression.",
     "“When people walk every day, their mood lifts within weeks,” said Dr. Tom Akers, a psychiatrist at Lakeside "
     "University."),
    ("Dentists say sugary drinks are the main cause of tooth decay in children.",
     "“We pull more baby teeth than ever,” said Dr. Lea Hart, a pediatric dentist at Harlow Dental School."),
    ("Experts say smoking during pregnancy harms the baby.",
     "“These babies are born smaller and more often too early,” said Dr. Omar Said, an obstetrician at Lakeside "
     "Hospital."),
    ("Physicians say most back pain gets better on its own within six weeks.",
     "“Staying active is the best medicine for a sore back,” said Dr. Nina Walsh, a sports physician at Harlow Clinic."),
    ("Nutritionists say a diet rich in fibre protects the gut.",
     "“Fibre feeds the bacteria that keep the colon healthy,” said Dr. Jon Meyer, a gastroenterologist at Lakeside "
     "Hospital."),
    ("Experts say loneliness is as harmful as smoking.",
     "“Isolated older adults have more heart attacks and strokes,” said Dr. Ana Petit, a geriatrician at Harlow "
     "University."),
    ("Doctors say flu shots are especially important for people with asthma.",
     "“A bad flu can turn into pneumonia in these patients,” said Dr. Paul Ortega, a lung specialist at Lakeside "
     "Hospital."),
    ("Experts say drinking alcohol raises the risk of breast cancer.",
     "“Even one glass a day changes hormone levels,” said Dr. Rosa Lind, an oncologist at Harlow Cancer Centre."),
    ("Eye doctors say children who play outdoors are less likely to need glasses.",
     "“Daylight slows the growth of the eyeball that causes short sight,” said Dr. Mei Chan, an ophthalmologist at "
     "Harlow Eye Clinic."),
    ("Experts say poor sleep raises the risk of weight gain.",
     "“Tired people crave sugary snacks,” said Dr. Leo Brandt, a sleep researcher at Lakeside University."),
    ("Doctors say gum disease is linked to heart disease.",
     "“Inflamed gums let bacteria into the blood,” said Dr. Ida Holm, a periodontist at Harlow Dental School."),
    ("Experts say stress can trigger eczema flares.",
     "“I see patients' skin worsen before exams and deadlines,” said Dr. Finn Ross, a dermatologist at Lakeside Clinic."),
    ("Doctors say untreated sleep apnea strains the heart.",
     "“Every time breathing stops, blood pressure spikes,” said Dr. Sara Voss, a cardiologist at Harlow Heart Centre."),
    ("Experts say hearing loss in midlife raises the risk of dementia.",
     "“When the ears struggle, the brain works harder and has less in reserve for memory,” said Dr. Ivo Marks, a "
     "neurologist at Lakeside University."),
    ("Doctors say kidney stones are more common in hot weather.",
     "“People sweat more and drink too little water,” said Dr. Greta Olsen, a urologist at Harlow Hospital."),
    ("Experts say vitamin D deficiency is common in winter.",
     "“Without enough sun, bones lose calcium,” said Dr. Pia Moreau, an endocrinologist at Lakeside Hospital."),
    ("Physicians say obesity makes knee arthritis worse.",
     "“Every extra pound puts four pounds of pressure on the knee,” said Dr. Hal Berg, an orthopaedic surgeon at "
     "Harlow Clinic."),
    ("Experts say anxiety often shows up as stomach pain in children.",
     "“Worried kids complain of tummy aches before school,” said Dr. Tess Lowe, a child psychologist at Lakeside "
     "University."),
    ("Doctors say statins can leave some people tired.",
     "“Fatigue is the side effect my patients mention most,” said Dr. Omar Reyes, a cardiologist at Harlow Hospital."),
]
LAYOUTS = {
    "same-paragraph": "{claim} {quote}\n",
    "next-paragraph": "{claim}\n\n{quote}\n",
    "paragraph-up": "{quote}\n\n{claim}\n",
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize(("claim", "quote"), RELATED)
def test_an_expert_on_a_related_point_sources_experts_say(claim: str, quote: str, layout: str) -> None:
    assert _cit002(LAYOUTS[layout].format(claim=claim, quote=quote)) == []


STILL_ELSEWHERE = [
    ("Statins lower high cholesterol, experts say.",
     "“Sunburn is the bigger risk in summer,” said Dr. Ann Lee, a dermatologist at Harlow Hospital."),
    ("Turmeric eases arthritis pain, experts say.",
     "“Sunburn is the bigger risk in summer,” said Dr. Ann Lee, a dermatologist at Harlow Hospital."),
    ("Coconut oil heals eczema in days, dermatologists say.",
     "“We open the new clinic on Monday,” said Dr. Ian Moss, a dermatologist at Harlow Hospital."),
    ("Glucosamine eases knee arthritis, experts say.",
     "“Sunburn is the bigger risk in summer,” said Dr. Ann Lee, a dermatologist at Harlow Hospital."),
    ("Ginger stops migraines, experts say.",
     "“Sunburn is the bigger risk in summer,” said Dr. Ann Lee, a dermatologist at Harlow Hospital."),
    ("Zinc cures asthma, experts say.",
     "“Sunburn is the bigger risk in summer,” said Dr. Ann Lee, a dermatologist at Harlow Hospital."),
    ("Fish oil prevents dementia, experts say.",
     "“Sunburn is the bigger risk in summer,” said Dr. Ann Lee, a dermatologist at Harlow Hospital."),
    ("Kidney stones can be dissolved with lemon juice, doctors say.",
     "“Our new ward opens on Monday,” said Dr. Greta Olsen, a urologist at Harlow Hospital."),
]


@pytest.mark.parametrize(("claim", "quote"), STILL_ELSEWHERE)
def test_an_expert_on_another_subject_or_on_logistics_still_sources_nothing(claim: str, quote: str) -> None:
    assert len(_codes(claim + "\n\n" + quote + "\n", "CIT002")) == 1


# -- 7. "experts say" sourced a sentence or two on, on the claim's subject ---------------------

LEDES = [
    'The agency approved Corvant, a shot that experts say could cut premature births.\n\nNot by much, but enough to matter. The Harlow Birth Foundation calculates that if every eligible woman got the shot, 10,000 preterm births a year would be prevented.',
    'Experts say a new nasal spray could stop migraine attacks within an hour.\n\nIt is not yet on sale. The spray stopped migraines within an hour for most patients, said Dr. Ivo Marks, a neurologist at Lakeside University.',
    'Doctors say the patch could help thousands of smokers with asthma breathe easier.\n\nIt goes on sale in May. The Harlow Lung Trust estimates that the patch could help 20,000 people with asthma.',
    "Pediatricians say the new drops could spare many children with ear infections a course of antibiotics.\n\nThe drops are cheap. “Most ear infections clear with the drops alone,” said Dr. Maya Lund, a pediatrician at Harlow Children's Hospital.",
    'A cream that dermatologists say clears acne in a month is now sold without a prescription.\n\nIt costs £12. The cream cleared acne in a month for two in three users, the Harlow Skin Foundation reported.',
]


LEDES_NO_CONCEPT = [
    "The agency has approved Corvant, a drug that experts say could mean fewer preemies.\n\n"
    "Only a little. The Harlow Birth Foundation calculates that if every mother at risk got the drug, there "
    "would be 9,000 fewer preemies each year.",
    "Doctors say the new inhaler could keep wheezy toddlers out of hospital.\n\nIt is not yet on sale. Wheezy "
    "toddlers on the inhaler went to hospital half as often, the Harlow Lung Trust reported.",
]


@pytest.mark.parametrize("passage", LEDES + LEDES_NO_CONCEPT)
def test_a_lede_sourced_a_sentence_or_two_on_is_no_vague_attribution(passage: str) -> None:
    assert _codes(passage + "\n", "CIT002") == []


#: A named source a sentence or two on that speaks on the claim's condition, not on what the claim
#: says of it (prevalence, course, who gets it): the claim stays unsourced.
ON_THE_CONDITION = [
    'Experts say acupuncture eases migraines.\n\nMigraine is common. Migraines affect one in seven adults, according to the Harlow Migraine Trust.',
    'Doctors say cutting salt lowers high blood pressure.\n\nIt is a common problem. High blood pressure affects a third of adults, the Harlow Heart Society estimates.',
    'Physicians say a daily walk eases knee arthritis.\n\nThe condition is common. Knee arthritis affects one adult in ten, the Harlow Arthritis Foundation says.',
    'Experts say melatonin helps jet lag.\n\nTravellers know the feeling. Jet lag is worse flying east, said Dr. Ravi Sen, a sleep specialist at Lakeside University.',
    "Doctors say honey soothes a cough in children.\n\nCoughs are the commonest reason for a visit. The Harlow Children's Trust says a cough lasts three weeks on average.",
    'Experts say fish oil eases dry eyes.\n\nDry eyes are common in winter. The Harlow Eye Society estimates that dry eyes affect one adult in five.',
    'Dermatologists say oatmeal baths calm eczema.\n\nEczema often starts in babies. Eczema affects one child in five, said Dr. Finn Ross, a dermatologist at Lakeside Clinic.',
    'Doctors say ginger eases nausea in pregnancy.\n\nMost women have it. Nausea usually ends by week 16, the Harlow Birth Foundation says.',
    'Experts say green tea lowers cholesterol.\n\nCholesterol builds up with age. High cholesterol has no symptoms, said Dr. Ines Koch, a cardiologist at Harlow Heart Centre.',
    'Doctors say yoga eases back pain.\n\nBack pain is the leading cause of sick days. Back pain costs employers billions, the Harlow Spine Trust calculates.',
    'Experts say zinc shortens colds.\n\nColds spread fast in winter. Adults catch two or three colds a year, the Harlow Health Agency estimates.',
    'Physicians say magnesium prevents migraines.\n\nMigraines run in families. “My mother had migraines too,” said Dr. Ivo Marks, a neurologist at Lakeside University.',
    'Experts say vitamin C heals wounds faster.\n\nWounds heal slowly in older people. Wounds that last six weeks need a specialist, said Dr. Hal Berg, a surgeon at Harlow Clinic.',
    'Experts say cold showers lift depression.\n\nDepression is common after a loss. Depression affects one person in six, the Harlow Mind Trust says.',
]


#: A claim on a condition the source does not name, or words shared only through the source's
#: own name: the claim stays unsourced.
NOT_SPOKEN_ON = [
    "Experts say the new vaccine could protect older adults from shingles.\n\nIt is free. Older adults can get "
    "the vaccine at any pharmacy, the Harlow Health Agency says.",
    "Experts say the new drug could cut heart attacks.\n\nIt is costly. The drug costs $500 a month, the Harlow "
    "Health Agency estimates.",
    "Doctors say the pill could help people sleep through the night.\n\nIt is sold online. People buy the pill "
    "from shops abroad, said Dr. Ravi Sen, a pharmacist at Lakeside University.",
    "Experts say the app could help smokers quit for good.\n\nDownloads doubled. Smokers downloaded the app "
    "20,000 times, the Harlow Quit Trust reported.",
]


@pytest.mark.parametrize("passage", ON_THE_CONDITION + NOT_SPOKEN_ON)
def test_a_source_on_the_condition_alone_does_not_source_the_claim(passage: str) -> None:
    assert len(_codes(passage + "\n", "CIT002")) == 1


# -- 8. the standard advice told in passing ---------------------------------------------------

DATELINE = "LONDON (Reuters) - A new scope finds more polyps, a study in the journal Gut Health Reports shows.\n\n"
IN_PASSING = [
    "A retinal scan, an eye check doctors recommend for adults with diabetes every year, allows nurses to spot "
    "damage before sight is lost.",
    "A retinal scan, which doctors recommend yearly for adults with diabetes, lets nurses spot damage early.",
    "The shingles jab, a vaccine doctors recommend for everyone over 70, is given in two doses.",
    "A mammogram, an X-ray that experts recommend every two years from 50, takes about ten minutes.",
    "Folic acid, a vitamin doctors advise women to take before pregnancy, is cheap.",
]


@pytest.mark.parametrize("sentence", IN_PASSING)
def test_the_standard_advice_told_in_passing_is_background(sentence: str) -> None:
    found = [(str(f.severity), f.message) for f in lint_text(DATELINE + sentence + "\n", kind="text",
                                                              select=["CIT002"])]
    assert len(found) == 1 and found[0][0] == "info" and "Told in passing" in found[0][1]


NOT_IN_PASSING = [
    (DATELINE, "Doctors recommend colonoscopy for most people starting at age 50."),
    (DATELINE, "Colonoscopy, a test doctors recommend for everyone over 40, prevents most colon cancers."),
    (DATELINE, "Turmeric, a spice doctors recommend for arthritis, cures joint pain in days."),
    (DATELINE, "Colonoscopy is a test that doctors recommend for everyone over 40."),
    (DATELINE, "Colonoscopy, a test doctors say saves lives, allows doctors to remove growths."),
    (DATELINE, "Many people skip colonoscopy, which doctors recommend; they fear the preparation."),
    ("", "The Veltro cream, which dermatologists recommend for eczema, is sold in pharmacies."),
    ("", "Our Calmira drops, which pediatricians recommend for colic, are made in Sweden."),
    (DATELINE, "Colonoscopy, a test doctors recommend for everyone over 40 (and some younger people), is safe."),
    (DATELINE, "Experts recommend colonoscopy, a test that finds growths early, from 45."),
]


@pytest.mark.parametrize(("opening", "sentence"), NOT_IN_PASSING)
def test_a_recommendation_that_is_the_claim_or_an_endorsement_stays_a_warning(opening: str, sentence: str) -> None:
    found = [str(f.severity) for f in lint_text(opening + sentence + "\n", kind="text", select=["CIT002"])]
    assert found == ["warning"]


# -- review fixes ------------------------------------------------------------------------------

#: A plural head before "of research", or a coordinated subject, is a real unnamed source: only
#: the disclosure's noun compound ("research support from/for") is not.
STILL_SOURCES_PLURAL = [
    ("Decades of research show that kelp tablets calm an overactive thyroid.", "Decades of research show"),
    ("Years of research suggest that Velmara tea keeps the liver young.", "Years of research suggest"),
    ("Lots of research prove that Zintra lozenges end colds.", "Lots of research prove"),
    ("Decades of research support the use of Zintra for colds.", "Decades of research support"),
]


@pytest.mark.parametrize(("sentence", "source"), STILL_SOURCES_PLURAL)
def test_a_plural_head_before_of_research_still_sources_nothing(sentence: str, source: str) -> None:
    assert _cit002("Zintra is sold as a cold remedy. " + sentence) == [source]


def test_a_coordinated_subject_with_research_still_sources_nothing() -> None:
    assert _cit002("Zintra is sold as a cold remedy. Studies and research show that Zintra ends colds fast.")


#: A named source a sentence on that says something else of the subject: a harm of a treatment
#: claimed to help, or how many have had it: the lede stays unsourced.
OTHER_EFFECT = [
    "Doctors say a daily Calvora tablet prevents a second heart attack in people over sixty. A daily Calvora "
    "tablet raises the risk of stomach bleeding in people over sixty after a heart attack, the Harlow Heart "
    "Society warned.",
    "Experts say the Orlix flu jab protects older adults for at least two winters. Only a quarter of older "
    "adults have had the Orlix flu jab, the Harlow Vaccine Trust estimates.",
    "Experts say the Norvia nasal spray stops hay fever within an hour. About one adult in five with hay fever "
    "has used the Norvia nasal spray, the Harlow Allergy Trust estimates.",
    "Doctors say the Velto patch helps smokers quit within a month. Smokers on the Velto patch had more "
    "nightmares in the first month, the Harlow Quit Trust warned.",
]


@pytest.mark.parametrize("passage", OTHER_EFFECT)
def test_a_source_on_another_effect_does_not_source_the_lede(passage: str) -> None:
    assert len(_codes(passage + "\n", "CIT002")) == 1


SAME_EFFECT = [
    "Doctors say a nightly Calvora tablet prevents migraines in teenagers. A nightly Calvora tablet cut "
    "migraines in teenagers by a third, though it raised the risk of stomach aches, the Harlow Headache "
    "Society reported.",
    "Experts say the Orlix jab protects older adults from flu. Its protection against flu lasted two "
    "winters in older adults, the Harlow Vaccine Trust reported.",
    "Doctors say a nightly Calvora tablet prevents migraines in teenagers. A nightly Calvora tablet cut "
    "migraines in teenagers by half, the Harlow Headache Society reported.",
]


@pytest.mark.parametrize("passage", SAME_EFFECT)
def test_a_source_on_the_same_effect_sources_the_lede(passage: str) -> None:
    assert _codes(passage + "\n", "CIT002") == []


#: A study told against the review, or from a place of its own, is not one of its pooled trials.
REVIEW_OF_TRIALS = ("A 2022 Cochrane review of 14 trials found that Fennora drops do little for colic.\n\n")
CONTRASTED = [
    "Another study, which was not part of the review, found that Fennora drops made babies sleep longer.",
    "Another study from a hospital in Leeds found that Fennora drops made babies sleep longer.",
    "Another study found the opposite: Fennora drops made babies cry more.",
]


@pytest.mark.parametrize("sentence", CONTRASTED)
def test_a_study_told_against_the_review_is_not_pooled(sentence: str) -> None:
    found = [(str(f.severity), f.message) for f in lint_text(REVIEW_OF_TRIALS + sentence + "\n", kind="text",
                                                              select=["CIT001"]) if f.start >= len(REVIEW_OF_TRIALS)]
    assert found and found[0][0] == "warning" and not any("pooled by the review" in m for _, m in found)


def test_a_study_told_plainly_after_the_review_is_still_pooled() -> None:
    text = REVIEW_OF_TRIALS + "Another study found that Fennora drops made babies sleep longer.\n"
    assert any("pooled by the review" in f.message for f in lint_text(text, kind="text", select=["CIT001"]))


# -- a side with no organ system is not whole-body (``resolution._unrelated``) ----------------

def _unrelated_with(monkeypatch: pytest.MonkeyPatch, mine: frozenset[str], theirs: frozenset[str]) -> bool:
    from lint_rules.analysis import resolution

    systems = {0: mine, 1: theirs}
    monkeypatch.setattr(resolution, "_concepts_of", lambda doc, k: frozenset({f"C{k}"}))
    monkeypatch.setattr(resolution, "_topic_concepts", lambda doc: frozenset())
    monkeypatch.setattr(resolution, "_systems_of", lambda doc, k: systems[k])
    return resolution._unrelated(None, 0, 1)  # type: ignore[arg-type]  # the document is read only through them


def test_a_side_with_no_organ_system_is_not_read_as_whole_body(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _unrelated_with(monkeypatch, frozenset(), frozenset({"HP:0000478"})) is True  # eye


def test_a_whole_body_side_is_never_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _unrelated_with(monkeypatch, frozenset({"HP:0001871"}), frozenset({"HP:0000478"})) is False  # blood


def test_two_organs_apart_are_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _unrelated_with(monkeypatch, frozenset({"HP:0000152"}), frozenset({"HP:0000478"})) is True  # head, eye
