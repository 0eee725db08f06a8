"""The article's intervention is what its study or story tests, not a comparison arm, a control
arm, a result, a measure or the care for the condition in general (issue 15, subj17).

Every example is coined for this file (coined product names, own sentences)."""

from __future__ import annotations

import pytest

from lint_rules.analysis.interventions import find_in_text
from lint_rules.api import lint_text


def _main(text: str, title: str = "") -> str | None:
    r = find_in_text(text, title=title)
    return r.main.name if r.main else None


def _names(text: str, title: str = "") -> set[str]:
    return {i.name for i in find_in_text(text, title=title).all}


# -- a comparison arm ----------------------------------------------------------------------

@pytest.mark.parametrize(("title", "text", "expected"), [
    # the headline's comparison arm earns no title credit
    ("Breath test may be better than blood test for stomach ulcers",
     "A breath test found ulcers in more patients, a new study reports. The breath test takes ten "
     "minutes. Doctors now use a blood test.", "breath test"),
    ("Saliva test as accurate as blood test in small trial",
     "The saliva test spotted the infection in 41 of 50 children. Parents preferred the saliva test.",
     "saliva test"),
    # the body's comparison arm scores nothing
    ("", "Veltrazumab cut migraine days compared with erenumab in the trial. Veltrazumab is injected "
     "monthly. Patients on erenumab had more days off work than patients given veltrazumab.", "veltrazumab"),
    ("", "Pain eased sooner with the Corvana patch than with a heat pack, the makers said. "
     "A heat pack costs little. The Corvana patch is sold online.", "corvana patch"),
    ("Gel versus cream for eczema",
     "Children using the Ezmira gel scratched less than children on a hydrocortisone cream. "
     "Ezmira gel is sold in pharmacies.", "ezmira gel"),
])
def test_a_comparison_arm_is_not_the_subject(title: str, text: str, expected: str) -> None:
    assert _main(text, title) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # "than" before a number is an amount, not an arm
    ("", "More than 300 travellers took melatonin in the trial. Melatonin shortened jet lag by a day. "
     "Melatonin is cheap.", "melatonin"),
    ("", "Fewer than two in ten patients given velotinib relapsed. Velotinib is a tablet. Velotinib "
     "prevents relapse.", "velotinib"),
    # the tested arm named first, the comparator after it
    ("Bravotinib beats chemotherapy in lung cancer trial",
     "Bravotinib shrank tumours in 60 percent of patients. Bravotinib is taken as a daily pill.", "bravotinib"),
    # "compared with" that ends before a comma leaves the next clause's subject its own
    ("", "Compared with last year, more clinics now offer the Ostelin scan. The Ostelin scan "
     "detects thin bones. The Ostelin scan takes five minutes.", "ostelin scan"),
])
def test_the_tested_arm_stays_the_subject(title: str, text: str, expected: str) -> None:
    assert (_main(text, title) or "").startswith(expected)


# -- a control arm and a result ------------------------------------------------------------

@pytest.mark.parametrize(("text", "gone"), [
    ("Mice fed turmeric sneezed less than mice fed a normal diet. Turmeric eased the allergy. "
     "Turmeric is cheap.", "normal diet"),
    ("Half the volunteers used the Calmira nasal spray and half a placebo spray. The Calmira nasal "
     "spray eased hay fever.", "placebo spray"),
    ("Knee pain eased after the Duralin injection. Others had a sham procedure. The Duralin "
     "injection costs $200.", "sham procedure"),
    ("The Lumora liquid biopsy found lung cancers early. A positive biopsy then needs a scan. "
     "The Lumora liquid biopsy costs $300.", "positive biopsy"),
    ("Women given the Prenvia test had an abnormal scan less often. The Prenvia test is a blood "
     "test.", "abnormal scan"),
    ("Women on their habitual diet were compared with women given the Velberry extract. The Velberry "
     "extract is sold online.", "habitual diet"),
    ("Rats in the control diet group gained weight. Rats given the Sveltra shake lost weight. "
     "The Sveltra shake is sold online.", "control diet"),
])
def test_a_control_arm_or_a_result_is_no_candidate(text: str, gone: str) -> None:
    assert gone not in _names(text)


@pytest.mark.parametrize(("text", "kept"), [
    # the same words where they are the intervention
    ("Regular exercise training cut falls in older women. Exercise training is free.", "exercise training"),
    ("A healthy diet lowers blood pressure. The DASH diet cut blood pressure in a trial.", "dash diet"),
    ("The positive results of the Oravex test surprised doctors. The Oravex test detects mouth "
     "cancer.", "oravex test"),
    ("Normal saline drops ease a blocked nose. Saline nasal spray is cheap.", "saline nasal spray"),
])
def test_the_same_words_keep_an_intervention(text: str, kept: str) -> None:
    assert any(n.endswith(kept) or kept in n for n in _names(text))


# -- a measure the study took --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sleeping in at weekends improved insulin sensitivity in the study. Insulin levels fell "
    "after two nights of extra sleep. Insulin resistance is a sign of diabetes risk.",
    "Vitamin D deficiency is common in winter. Vitamin D levels were lowest in February.",
    "Cortisol response to stress was blunted after the breathing course. Cortisol levels fell.",
])
def test_a_measure_is_no_intervention(text: str) -> None:
    names = _names(text)
    assert not names & {"insulin", "vitamin d", "cortisol"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Inhaled insulin lowered blood sugar in the trial. Inhaled insulin is taken before meals.", "insulin"),
    ("Vitamin D supplements cut falls in care homes. Vitamin D supplements are cheap. Vitamin D "
     "supplements are sold everywhere.", "vitamin d"),
    ("Insulin pumps cut low blood sugar at night. An insulin pump costs $6,000.", "insulin"),
])
def test_the_substance_given_is_still_read(text: str, expected: str) -> None:
    assert (_main(text) or "").startswith(expected)


# -- the headline's phrase and the body's name ----------------------------------------------

def test_a_headline_phrase_credits_the_body_name_inside_it() -> None:
    text = ("Proton beam therapy spares healthy tissue. The hospital's next-generation system will "
            "treat 300 patients a year with proton beam therapy.")
    assert _main(text, "City hospital buys proton beam therapy system") == "proton beam therapy"


def test_a_headline_phrase_credits_the_product_the_body_names_it_with() -> None:
    text = ("The Coloveda blood test detects bowel cancer earlier than a stool test, its makers said. "
            "The Coloveda test needs one blood sample.")
    assert (_main(text, "Blood test spots bowel cancer") or "").startswith("coloveda")


# -- the care for a condition in general ----------------------------------------------------

def test_a_condition_and_a_general_head_refer_to_the_named_intervention() -> None:
    text = ("Migraine treatment often fails. Velorimab, a new injection, cut migraine days in a trial. "
            "Velorimab costs $40. Migraine treatment needs new options, and migraine drugs cost a lot.")
    r = find_in_text(text, title="New hope for migraine treatment")
    assert r.main is not None and r.main.name == "velorimab"
    # it stays among the others, last: "migraine drugs" names the alternatives too
    assert [i.name for i in r.all[1:]] == ["migraine treatment", "migraine drugs"]


@pytest.mark.parametrize(("title", "text", "expected"), [
    # with no named one, the general phrase is the best name the article gives
    ("Flu drug taken once could change treatment",
     "A flu drug taken as a single dose cut symptoms by a day. The flu drug could be approved next year.",
     "flu drug"),
    # a specific kind of care for a condition keeps its name
    ("", "The HPV vaccine cut cervical cancer by a third. The HPV vaccine is given at twelve.", "hpv vaccine"),
    ("", "Knee surgery eased pain in the trial. Knee surgery costs $9,000.", "knee surgery"),
])
def test_a_general_phrase_with_no_named_one_or_a_specific_one_keeps_its_name(
        title: str, text: str, expected: str) -> None:
    assert _main(text, title) == expected


def test_the_completeness_messages_name_the_tested_arm() -> None:
    text = ("# Breath test may be better than blood test for ulcers\n\n"
            "A breath test found stomach ulcers in more patients than a blood test did, a new study of "
            "400 adults reports. The breath test takes ten minutes, and the breath test could be offered "
            "by family doctors. Patients liked the breath test. It detects the bacteria that cause most "
            "ulcers.\n")
    findings = [f for f in lint_text(text, select=["CMP"], options={c: {"min-words": 0} for c in
                                                                   ("CMP001", "CMP003", "CMP006")})
                if f.evidence.get("intervention")]
    assert findings
    assert {f.evidence["intervention"] for f in findings} == {"breath test"}


# -- a research report's subject when no candidate is named often enough ---------------------

def _report_subject(text: str) -> str | None:
    from lint_rules.analysis.completeness import article
    from lint_rules.parsing import parse_document

    art = article(parse_document("t.md", text, "markdown"))
    return art.subject.name if art.subject else None


def test_a_report_names_the_candidate_it_mentions_most_among_the_best() -> None:
    text = ("# Handheld probe finds tumour edges during operations\n\n"
            "CHAMPAIGN, Ill. -- Breast surgery treats most early cancers, but some cells stay behind, "
            "said Dr. Ana Ruiz, a professor at the university. The researchers used the Lumin device on "
            "the removed tissue. The study found that the Lumin device told tumour from healthy tissue "
            "in 92 percent of samples. The work was funded by the National Institutes of Health.\n")
    assert _report_subject(text) == "lumin device"


def test_a_report_keeps_its_best_candidate_when_it_leads() -> None:
    text = ("# Handheld probe finds tumour edges during operations\n\n"
            "CHAMPAIGN, Ill. -- The Lumin device treats nothing, but it detects tumour edges, said Dr. "
            "Ana Ruiz. Breast surgery was done as usual. The work was funded by the National Institutes "
            "of Health.\n")
    assert _report_subject(text) == "lumin device"


def test_an_evaluation_is_no_part_of_the_name() -> None:
    text = ("A potent drug extends survival in prostate cancer. The drug is abirotinib. Abirotinib "
            "blocks an enzyme. A powerful therapy, its makers say.")
    r = find_in_text(text)
    assert r.main is not None and r.main.name == "abirotinib"
    assert not {"potent drug", "powerful therapy"} & {i.name for i in r.all}


def test_a_comparison_arm_counts_as_an_alternative_the_article_names() -> None:
    from lint_rules.analysis.completeness import article, support
    from lint_rules.parsing import parse_document

    text = ("# Breath test may be better than blood test for ulcers\n\n"
            "A breath test found stomach ulcers in more patients than a blood test did. The breath test "
            "takes ten minutes. Patients liked the breath test.\n")
    art = article(parse_document("t.md", text, "markdown"))
    assert art.subject is not None and art.subject.name == "breath test"
    assert support(art, "alternatives", ["others"]) == 1  # the blood test, though it scores nothing


# -- a plain-text file's headline ---------------------------------------------------------

def test_a_plain_text_headline_names_the_subject_as_a_markdown_title_does() -> None:
    from lint_rules.analysis.interventions import interventions
    from lint_rules.parsing import parse_document

    body = ("Women wore the Velora skin patch for eight weeks. Hot flushes fell by a third. Hormone "
            "therapy is the usual choice, and hormone therapy helps most women.")
    title = "Velora skin patch eases hot flushes"
    as_text = interventions(parse_document("t.txt", title + "\n\n" + body + "\n", "text"))
    as_markdown = interventions(parse_document("t.md", "# " + title + "\n\n" + body + "\n", "markdown"))
    assert as_text.main is not None and as_markdown.main is not None
    assert as_text.main.name == as_markdown.main.name == "velora skin patch"


def test_a_plain_text_file_that_opens_with_prose_has_no_headline() -> None:
    from lint_rules.analysis.interventions import interventions
    from lint_rules.parsing import parse_document

    text = ("Knee replacement eases pain for most patients, surgeons say.\n\n"
            "The Orvane robot helps the surgeon. Knee replacement takes two hours.\n")
    got = interventions(parse_document("t.txt", text, "text"))
    assert got.main is not None and got.main.name == "knee replacement"


# -- the readers of sentences still see the arms as other things (subj17 review fixes) ---------

def _subjects(text: str) -> tuple[str, list[str], dict[str, str]]:
    from lint_rules.analysis.interventions import sentence_subjects
    from lint_rules.parsing import parse_document

    s = sentence_subjects(parse_document("<t>", text, "text"))
    return s.main, s.subjects, s.alias


def _contradictions(text: str) -> list[str]:
    return [f.code for f in lint_text(text, kind="text", select=["contradiction"])]


def test_an_arm_is_no_candidate_but_still_a_thing_named() -> None:
    text = ("Patients given the Halvora inhaler slept better. Others used a dummy inhaler. "
            "The Halvora inhaler costs $30.")
    r = find_in_text(text)
    assert "halvora inhaler" in {i.name for i in r.all}
    assert "dummy inhaler" not in {i.name for i in r.all}
    assert "dummy inhaler" in {i.name for i in r.named}
    # a measure, too: the substance is named, for the readers of sentences only
    r = find_in_text("The Mirelle gummies are sold online. Testosterone levels fell in the volunteers.")
    assert "testosterone" not in {i.name for i in r.all} and "testosterone" in {i.name for i in r.named}


def test_a_sentence_about_a_control_arm_is_not_about_the_product() -> None:
    text = ("Quellin eases back pain, trial finds\n\n"
            "Quellin helped adults with back pain sleep through the night in a trial of 200 people. "
            "Half took Quellin and half had a sham treatment. Quellin lowers heart rate. "
            "Heart rate rose in people on the sham treatment. The trial ran for ten weeks. "
            "Quellin is sold by prescription.")
    assert _subjects(text)[0] == "quellin"
    assert not _contradictions(text)


def test_a_sentence_about_the_product_still_conflicts() -> None:
    # the hard negative's words, the product in place of the sham arm: a real contradiction
    text = ("Quellin eases back pain, trial finds\n\n"
            "Quellin helped adults with back pain sleep through the night in a trial of 200 people. "
            "Half took Quellin and half had a sham treatment. Quellin lowers heart rate. "
            "Heart rate rose in people on Quellin. The trial ran for ten weeks. "
            "Quellin is sold by prescription.")
    assert "CON007" in _contradictions(text)


def test_a_measured_substance_claim_keeps_its_pairing() -> None:
    # a seller says its product raises a hormone; its own study saw the hormone's levels fall
    text = ("Brovane mixes maca, zinc and nettle root for men over 40. It raises testosterone "
            "so you feel yourself again. Take two tablets a day. In our own small study, "
            "testosterone levels fell a little after six weeks on the tablets. Not for under-18s.")
    assert "CON007" in _contradictions(text)


def test_a_general_care_phrase_that_was_the_best_stands_for_its_named_one() -> None:
    text = ("Program offers addiction treatment without opioids\n\n"
            "Addiction treatment at the clinic now starts with the Steadwell approach, a mix of "
            "group talks and exercise. Addiction treatment used to mean medicines. Doctors said "
            "addiction treatment should be local. Patients on addiction treatment stayed longer. "
            "The Steadwell approach is free to patients.")
    r = find_in_text(text.split("\n\n", 1)[1], title=text.split("\n\n", 1)[0])
    general = next(i for i in r.all if i.name == "addiction treatment")
    assert r.main is not None and general.stands_for == r.main.name
    # a general phrase named in passing is another thing, as before
    r = find_in_text("The Steadwell approach helped 40 patients. The Steadwell approach is free. "
                     "Addiction treatment is hard to find in rural areas.")
    assert all(not i.stands_for for i in r.all)


# -- a verb after a modal is no word of a name -------------------------------------------------

@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Skin cancer scan could transform treatment, doctors say",
     "The Dermiva scanner maps moles in minutes. Veltoril is the drug patients then take. "
     "Veltoril shrank tumours in the trial.", "transform treatment"),
    ("", "Clinics will expand laser therapy next year. The Lumeda laser therapy costs $90 a session.",
     "expand laser therapy"),
])
def test_a_verb_after_a_modal_is_no_part_of_a_name(title: str, text: str, expected: str) -> None:
    assert expected not in _names(text, title)


@pytest.mark.parametrize(("text", "kept"), [
    # the modal's verb ends the name; the name's own words stay
    ("Doctors can offer stem cell therapy to these patients. Stem cell therapy costs $20,000.",
     "stem cell therapy"),
    ("Children will receive the nasal flu vaccine in autumn. The nasal flu vaccine is free.",
     "nasal flu vaccine"),
    # the month is no modal
    ("May heat therapy sessions filled up fast. Heat therapy is offered at the spa.", "heat therapy"),
])
def test_a_modal_leaves_the_name_after_its_verb(text: str, kept: str) -> None:
    assert any(n.endswith(kept) for n in _names(text))

def test_a_titled_page_whose_first_sentence_opens_with_the_title_keeps_its_words() -> None:
    from lint_rules.analysis.interventions import interventions
    from lint_rules.parsing import parse_document

    text = "# Nettle tea\n\nNettle tea eased hay fever in a small trial. Nettle tea costs little.\n"
    found = interventions(parse_document("x.md", text, "markdown"))
    item = next(i for i in found.all if i.name == "nettle tea")
    assert item.count == 2


# -- the blind review's classes, in coined words ----------------------------------------------

def test_a_denied_comparison_names_no_arm() -> None:
    from lint_rules.analysis.interventions import _aside, _compared

    for sent, name in [("Hip braces no better than Ostelin tablets, trial finds", "Ostelin tablets"),
                       ("The brace did no better than a walking stick in the study", "walking stick"),
                       ("Yoga no more effective than Lumbava injections for back pain", "Lumbava injections")]:
        assert not _aside(sent, sent.index(name)) and not _compared(sent, sent.index(name))
    # the directed comparison still names the arm
    sent = "Ostelin tablets better than hip braces, trial finds"
    assert _aside(sent, sent.index("hip braces")) and _compared(sent, sent.index("hip braces"))


def test_the_tested_side_of_a_denied_comparison_can_be_the_subject() -> None:
    title = "Ginger chews no better than Nauzeril tablets for morning sickness"
    text = ("Women who took Nauzeril tablets for two weeks felt as sick as women who chewed ginger, "
            "a trial found. Nauzeril tablets cost $12 a pack.")
    assert _main(text, title) == "nauzeril tablets"


def test_a_group_of_people_after_a_comparison_is_no_alternative_named() -> None:
    from lint_rules.analysis.interventions import _compared

    sent = "Heart attacks were fewer than those who took sunflower oil."
    assert not _compared(sent, sent.index("sunflower oil"))
    sent = "Heart attacks were fewer than with sunflower oil capsules."
    assert _compared(sent, sent.index("sunflower oil"))


@pytest.mark.parametrize(("text", "kept"), [
    # a control word inside a name is part of the name
    ("Women on birth control pills had fewer cysts. Birth control pills are cheap.", "birth control pills"),
    ("The weight control diet cut 5 kg in a year. The weight control diet is free.", "weight control diet"),
    # a vaccine's name, no placebo
    ("Children got the inactive polio vaccine. The inactive polio vaccine is safe.", "inactive polio vaccine"),
])
def test_a_control_word_inside_a_name_keeps_the_name(text: str, kept: str) -> None:
    assert kept in _names(text)


def test_a_drug_name_before_a_result_noun_is_still_the_drug() -> None:
    text = "Zelqumab response was strongest in smokers, the team said."
    assert "zelqumab" in _names(text)


def test_a_headline_general_care_phrase_does_not_name_background_care_said_once() -> None:
    title = "New eczema drug eases itching in children"
    text = ("Children in the trial kept using their usual moisturiser, and some stopped taking "
            "antihistamine tablets. Itching fell by half within a month, the researchers said.")
    assert _main(text, title) != "antihistamine tablets"
    # named more than in passing, the body's drug is what the headline means
    text2 = ("Children given Pruvexa tablets scratched less. Pruvexa tablets are taken once a day. "
             "Itching fell by half within a month.")
    assert (_main(text2, title) or "").startswith("pruvexa")


def test_a_headline_that_beats_an_arm_names_its_own_subject() -> None:
    title = "Swallowed sensor capsule beats breath test for gut infections"
    text = ("The swallowed sensor capsule spotted infections in 40 of 44 patients, the team said. "
            "A breath test found 31. The swallowed sensor capsule costs $150.")
    assert (_main(text, title) or "").startswith("swallowed sensor")
    # "beat" of the heart is no comparison
    assert "blood pressure drug" in _names("Her heart beat faster on the blood pressure drug.")
