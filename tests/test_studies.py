"""Study mentions (lint_rules.analysis.studies): what is extracted and how findable it is."""

from __future__ import annotations

from lint_rules.analysis.studies import KnownJournals, find_journal, study_mentions
from lint_rules.loading import normalise_newlines
from lint_rules.parsing import parse_document


def mentions(text: str, kind: str = "text"):
    doc = parse_document("<t>", normalise_newlines(text), kind)
    return doc, study_mentions(doc)


def test_seed_mention_extracts_journal_and_year() -> None:
    doc, found = mentions("For instance, a study published in the Journal of Ethnopharmacology (2016) "
                          "revealed that kratom extract alleviated pain.")
    (m,) = found
    assert (m.kind, m.journal, m.year) == ("journal", "Journal of Ethnopharmacology", 2016)
    assert doc.text[m.start:m.end] == "Journal of Ethnopharmacology"
    assert not m.cited and not m.findable
    assert m.as_evidence()["clues"] == ["journal", "year"]


def test_news_attribution_is_findable() -> None:
    _, (m,) = mentions("The study was published Monday in JAMA Pediatrics. "
                       "It was led by Dr. Jane Roe of Boston University.")
    assert m.journal == "JAMA Pediatrics" and m.date == "Monday"
    assert m.institution == "Boston University"
    assert m.lead_author == "led by Dr. Jane Roe" and m.named_author
    assert m.findable


def test_institution_only_and_generic_mentions() -> None:
    _, (m,) = mentions("Researchers at Harvard found that walking helps.")
    assert (m.kind, m.institution, m.journal) == ("institution", "Harvard", None)
    assert not m.findable
    _, (g,) = mentions("A 2019 trial reported that the patch halved migraine days.")
    assert (g.kind, g.year) == ("study", 2019)


def test_one_study_retold_is_one_mention_with_all_clues() -> None:
    _, found = mentions("A new study found that teens sleep less. The study, published in Pediatrics, "
                        "was led by Dr. Ann Ode of Yale University.")
    assert len(found) == 1
    assert found[0].journal == "Pediatrics" and found[0].institution == "Yale University"


def test_two_journals_are_two_studies_and_another_is_new() -> None:
    _, found = mentions("A study in the Journal of Ethnopharmacology (2016) found one thing. "
                        "A study in Pharmacognosy Research (2017) found another.")
    assert [m.journal for m in found] == ["Journal of Ethnopharmacology", "Pharmacognosy Research"]
    _, found = mentions("A new study found benefits. Another study found harms.")
    assert len(found) == 2


def test_identifiers_next_to_the_mention() -> None:
    _, (m,) = mentions("A study in The Lancet (2015) found an effect. doi:10.1016/S0140-6736(15)00001-1")
    assert m.identifiers["doi"] == "10.1016/S0140-6736(15)00001-1"
    _, (m,) = mentions("A [2019 study](https://pubmed.ncbi.nlm.nih.gov/31234567/) found it works.",
                       kind="markdown")
    assert m.identifiers["link"].endswith("31234567/") and m.cited


def test_journal_names_need_context_when_they_are_common_words() -> None:
    assert find_journal("Science says drink water.") is None
    assert find_journal("The findings were published in the journal Science.")[0] == "Science"
    assert find_journal("A study published in Japan found it.") is None
    assert find_journal("a 2012 PLOS One paper")[0] == "PLOS One"


def test_known_journals_one_word_names_as_written_longer_names_in_any_case() -> None:
    known = KnownJournals(["BMJ", "JAMA", "JAMA Internal Medicine", "New England Journal of Medicine"])
    assert [m.group() for m in known.finditer("in the new england journal of medicine and in BMJ")] == [
        "new england journal of medicine", "BMJ"]
    assert known.search("the bmj and jama style") is None  # a one-word name only as written
    assert known.search("BMJ-style reviews") is None and known.search("XJAMA") is None  # not inside a word


def test_known_journals_find_what_one_longest_first_alternation_finds() -> None:
    """The two patterns' matches merged: leftmost first, the longer of two at one place, none
    inside an earlier one (as ``(?:JAMA Internal Medicine|JAMA|…)`` scanning the text)."""
    known = KnownJournals(["JAMA", "JAMA Internal Medicine", "Internal Medicine Journal"])
    found = [(m.group(), m.start()) for m in known.finditer("JAMA Internal Medicine Journal; JAMA.")]
    assert found == [("JAMA Internal Medicine", 0), ("JAMA", 32)]
    assert [m.group() for m in known.finditer("internal medicine journal")] == ["internal medicine journal"]
    assert KnownJournals([]).search("JAMA") is None


def test_reference_list_and_bio_are_not_mentions() -> None:
    _, found = mentions("Kratom is a plant.\n\nAbout the Author\nDr. Lee published a study in "
                        "The Lancet in 2015 showing that kratom works.\n")
    assert found == []


# A news story (byline, date line, quoted sources): its study is cited the newsroom way.
_NEWS_HEAD = """Walking after meals lowers blood sugar
By Jane Hart
Published March 3, 2021

Taking a short walk after dinner lowered blood sugar in older adults, the team reported.

"We were surprised by how large the effect was," said Omar Haddad, a nurse who was not involved in the work.

Blood sugar rises after a meal, and the rise is larger in older people, he said.

Muscles take up sugar when they work, he said, so a walk helps.

"""


def _news(tail: str):
    return mentions(_NEWS_HEAD + tail)


def test_news_journal_is_dated_by_the_article() -> None:
    _, (m,) = _news("The results appear in the journal Diabetes Care Reports.\n")
    assert m.news and m.dated_news and m.findable
    assert m.clues() == ["journal", "article_date"]
    # a study the story places in the past is not dated by the story
    _, (old,) = _news("An earlier study in the journal Diabetes Care Reports found the same.\n")
    assert not old.dated_news and not old.findable


def test_news_journal_and_year_is_findable_but_not_in_a_consumer_guide() -> None:
    _, (m,) = _news("A study published in 2006 in the journal Skin Pharmacology and Physiology found smoother skin.\n")
    assert (m.journal, m.year) == ("Skin Pharmacology and Physiology", 2006) and m.findable
    _, (g,) = mentions("# Smoother skin\n\nYou can try it tonight. A study published in 2006 in the journal Skin "
                       "Pharmacology and Physiology found smoother skin. You should ask your doctor first.\n",
                       kind="markdown")
    assert g.journal == "Skin Pharmacology and Physiology" and not g.news and not g.findable


def test_a_meeting_is_a_venue_named_even_sentences_away() -> None:
    _, (m,) = _news("A new study of 40 people showed it works, said Ann Brook, who presented it at the "
                    "American Diabetes Association Scientific Sessions.\n")
    assert m.meeting == "American Diabetes Association Scientific Sessions" and m.findable
    _, (far,) = _news("In a small study, walking was found to lower blood sugar.\n\nIt helped most after large "
                      "meals, he said.\n\nThe work will be presented at the19th European Congress on Obesity in Lyon.\n")
    assert far.meeting == "European Congress on Obesity" and far.findable
    _, (none,) = _news("A study found that walking helps.\n")
    assert none.meeting is None and not none.findable


def test_quoted_title_before_published_and_a_flattened_endnote() -> None:
    _, (m,) = _news('An article on the findings, "Walking After Dinner Lowers Glucose in Older Adults", '
                    "has been published in the Journal of Aging Research.3\n")
    assert m.journal == "Journal of Aging Research"
    assert m.title == "Walking After Dinner Lowers Glucose in Older Adults" and m.findable


def test_colleagues_after_post_nominal_degrees_and_main_author() -> None:
    _, (m,) = mentions("A pilot study showed the drug worked. Boston University researchers Mary K. Jones, MD, "
                       "Carl H. Lund, MD, and colleagues had not expected it.")
    assert m.named_author and m.institution and m.findable
    _, (a,) = mentions("A new study shows the drug lowers risk, says Victor Hale, main author of the study.")
    assert a.named_author


def test_news_journal_for_the_story_s_own_study_needs_no_date() -> None:
    undated = _NEWS_HEAD.replace("Published March 3, 2021\n", "")
    _, (m,) = mentions(undated + "The paper, published in the American Journal of Walking, followed 900 adults.\n")
    assert m.news and m.current and not m.dated_news and m.findable
    assert "article_date" not in m.clues()
    # a separate study told with its journal in news copy is found by its venue and topic
    # (editors judged such warnings debatable, never right), but the story's date is not its date
    _, (other,) = mentions(_NEWS_HEAD + "A separate study in the American Journal of Walking found the same.\n")
    assert other.current and other.findable and not other.dated_news
    _, (earlier,) = mentions(undated + "An earlier study in the American Journal of Walking found the same.\n")
    assert not earlier.current and not earlier.findable


def test_dated_issues_publishers_and_briefings() -> None:
    assert find_journal("The findings appear in the Oct. 9, 2012, issue of Neurology.")[0] == "Neurology"
    assert find_journal("The paper runs in the Feb. 22 issue of the Journal of Clinical Sleep Medicine.")[0] == \
        "Journal of Clinical Sleep Medicine"
    assert find_journal("The results, published by the Journal of Bone Health, show it.")[0] == "Journal of Bone Health"
    assert find_journal("The report was published by the National Institutes of Health.") is None
    _, (m,) = _news("Aspirin may cut deaths, a large study suggests.\n\nThe findings were released at a briefing "
                    "held before the annual meeting of the American Society for Radiation Oncology.\n")
    assert m.meeting == "annual meeting of the American Society for Radiation Oncology" and m.findable
    _, (bare,) = _news("Aspirin may cut deaths, a large study suggests.\n\nThis study was presented at a medical "
                       "conference.\n")
    assert bare.meeting is None and not bare.findable


def test_a_named_researcher_near_the_study_is_its_author() -> None:
    _, (m,) = mentions("Researchers with the Harvard School of Public Health found that milk may help. "
                       '"The risk was lower," Harvard researcher Fariba Mirai, MD, says.')
    assert m.named_author and m.findable


def test_a_study_under_way_is_no_mention() -> None:
    _, found = mentions("Dr. Lena Bright is conducting another study to find out why people buy the tests.")
    assert found == []
    _, (m,) = mentions("Dr. Lena Bright conducted another study that found people buy the tests early.")
    assert m.kind == "study"


def test_roman_endnotes_same_journal_online_issue_and_scheduled_publication() -> None:
    _, (m,) = mentions("A controlled study of 40 teenagers found that massage raised natural killer cell counts.ii")
    assert m.cited and m.identifiers["marker"] == "ii"
    _, found = mentions("A study in the Journal of Kidney Care found fewer rejections. Another study, published in "
                        "the same journal in July, reported similar success.")
    assert [f.journal for f in found] == ["Journal of Kidney Care", "Journal of Kidney Care"]
    assert find_journal("His study appears in the online July 30 issue of the journal Cancer.")[0] == "Cancer"
    _, (s,) = _news("A new study from Lakeside University has revealed that the drug protects nerves. The paper is "
                    "due to be printed in the Aug. 19 issue of the Journal of Nerve Research.\n")
    assert s.journal == "Journal of Nerve Research" and s.findable


def test_more_newsroom_shapes_of_a_journal_and_a_meeting() -> None:
    from lint_rules.analysis.studies import _meeting_in

    shapes = {
        "It appears in a paper published online on Oct. 14, 2021, in the Journal of Stroke Care.":
            "Journal of Stroke Care",
        "The study is published in the open-access journal Frontiers in Walking.": "Frontiers in Walking",
        "The findings, reported online today by the journal Bone Letters, raise hopes.": "Bone Letters",
        "The results have been published as a cover article in the scientific journal Knee Surgery.": "Knee Surgery",
        "It was published in this month's issue of Urology.": "Urology",
        "Sleep loss is common, researchers note in the American Journal of Sleep.": "American Journal of Sleep",
        "Kao and her colleagues published the findings in the Journal of Bone Health on Tuesday.": "Journal of Bone Health",
        'A new study was published Tuesday in the medical journal "Cell Metabolism."': "Cell Metabolism",
        "A study by Unger in the Journal of Hip Surgery in 2011 found fewer dislocations.": "Journal of Hip Surgery",
        "Saper and his colleagues reported in the headache journal Cephalalgia that it helped.": "Cephalalgia",
        "A recent study of twin births in the journal Prenatal Diagnosis counted more girls.": "Prenatal Diagnosis",
    }
    for text, name in shapes.items():
        assert find_journal(text)[0] == name, text
    for text in ("A study published in Japan found it.", "The report was published by the National Institutes of "
                 "Health.", "The study was published in March.", "The research was published in English."):
        assert find_journal(text) is None, text
    assert _meeting_in("Dr. Lee presented the data during the 2019 annual meeting of the American Society of "
                       "Clinical Oncology.") == "annual meeting of the American Society of Clinical Oncology"
    assert _meeting_in("The results were reported Friday in an American Heart Association online conference.") == \
        "American Heart Association online conference"
    assert _meeting_in("He reported it in a meeting with reporters.") is None


def test_a_journal_known_by_the_shape_of_its_title_anywhere_in_the_sentence() -> None:
    assert find_journal("Last spring the Journal of Garden Medicine reported that the leaf binds to receptors.")[0] == \
        "Journal of Garden Medicine"
    assert find_journal("The Scottish Annals of Foot Care study found fewer blisters.")[0] == \
        "Scottish Annals of Foot Care"
    assert find_journal("The Riverside Daily Journal reported the trial.") is None  # a newspaper: no "of"
    assert find_journal("She is editor of the Journal of Garden Medicine.") is None  # a job title


def test_a_lower_case_title_no_dictionary_holds_is_a_journal() -> None:
    assert find_journal("The work was published today in oncologymedicalworld and has found more.")[0] == \
        "oncologymedicalworld"
    assert find_journal("The work was published in part last year.") is None


def test_a_survey_and_a_later_meta_analysis_are_two_studies() -> None:
    # news copy retells its one study, so clue-less mentions merge; two designs of different
    # families ([design_families]) cannot be one study, so the agency's survey keeps no venue
    text = ("In a recent survey, the health agency found that a third of adults sleep too little. "
            "Sleep matters for mood. "
            "A 2011 meta-analysis found that the pills shortened the time to fall asleep by 7 minutes.")
    _, found = mentions(text)
    assert [(m.design, m.year) for m in found] == [("survey", None), ("review", 2011)]
    # without a second design they are one study told twice
    _, (one,) = mentions("A new study found that the pills shortened sleep onset. "
                         "The 2011 study found a 7-minute gain.")
    assert one.year == 2011


def test_a_meeting_this_weeks_and_studies_known_by_quoted_names_are_clues() -> None:
    _, (m,) = mentions('Updated reports on data from the "Daisy" and "Violet" studies were made by Dr. Ann Holt '
                       "and fellow scientists at this week's annual meeting of the American College of "
                       "Obstetricians and Gynecologists in Denver.")
    assert m.meeting and m.meeting.startswith("annual meeting of the American College of Obstetricians")
    assert m.title == "Daisy"
    assert m.findable


def test_authors_who_published_a_paper_in_a_relative_clause_are_its_authors() -> None:
    _, (m,) = mentions("Only two features were reliable, according to a paper Okafor and Lena Brandt at "
                       "Riverside Children's Hospital published with their colleagues in 2019.")
    assert m.lead_author == "Okafor and Lena Brandt"
    assert m.named_author


def test_a_review_in_a_series_searched_by_topic_is_findable_by_that_topic() -> None:
    """``[review_databases] names`` (read with the shared ``cue_pattern``): a consumer page's
    review in the Cochrane Database is findable by its topic; a journal outside the list,
    with nothing else to find it by, is not."""
    page = ("# Nausea\n\nYou can try ginger tonight. A review of 27 trials published in the {venue} found "
            "ginger eased nausea. You should ask your doctor first.\n")
    _, (m,) = mentions(page.format(venue="Cochrane Database of Systematic Reviews"), kind="markdown")
    assert m.journal == "Cochrane Database of Systematic Reviews" and not m.news and m.findable
    _, (o,) = mentions(page.format(venue="Journal of Nausea Studies"), kind="markdown")
    assert o.journal == "Journal of Nausea Studies" and not o.findable


def test_a_doctor_quoted_beside_a_study_is_not_its_author() -> None:
    # a bare "Dr. Name" around the study is a doctor quoted on the story, not its author
    _, (m,) = mentions("One randomized trial involving 105 patients in the Netherlands showed a striking "
                       "benefit. By contrast, said Dr. Paul Sugarbaker, a surgeon, there are no long-term "
                       "survivors with chemotherapy.")
    assert m.lead_author is None and m.as_evidence()["clues"] == []
    # in the study's own sentence, and named as its author nearby, the doctor is its author
    _, (own,) = mentions("A trial by Dr. Jane Roe found that the patch halved migraine days.")
    assert own.lead_author == "Dr. Jane" and own.named_author
    _, (near,) = mentions("A 2019 trial found that the patch halved migraine days. "
                          "Its lead author, Dr. Jane Roe, said more work is needed.")
    assert near.named_author


def test_an_agency_survey_with_its_year_is_findable() -> None:
    _, (m,) = mentions("A 2018 survey of cycling to work run by the Centers for Disease Control and Prevention "
                       "found about 6 percent of workers cycled.")
    assert m.design == "survey" and m.year == 2018 and m.findable
    # without the year, or a study rather than a survey, or a university's survey: not enough
    _, (no_year,) = mentions("A survey of cycling to work run by the Centers for Disease Control and Prevention "
                             "found about 6 percent of workers cycled.")
    assert not no_year.findable
    _, (study,) = mentions("A 2018 study of cycling to work run by the Centers for Disease Control and Prevention "
                           "found that bike lanes helped.")
    assert not study.findable
    _, (uni,) = mentions("A 2018 survey by researchers at Boston University found about 6 percent of workers cycled.")
    assert not uni.findable


def test_the_doctor_who_led_the_study_is_its_author() -> None:
    _, (m,) = mentions('A new study found that teens sleep less. "It matters," said Dr. Jane Roe of Yale, '
                       "who led the research.")
    assert m.named_author
    _, (m,) = mentions("A new study found that teens sleep less. Dr. Jane Roe, who led the study, said it matters.")
    assert m.named_author
    # an outside expert, or one who has studied the topic, did not write the study
    _, (m,) = mentions("A new study found that teens sleep less. Dr. Jane Roe, a sleep expert who was not "
                       "involved in the study, said it matters.")
    assert not m.named_author
    _, (m,) = mentions("A new study found that teens sleep less. Dr. Jane Roe, who has studied sleep, said it matters.")
    assert not m.named_author


def test_a_month_before_the_year_still_dates_the_study() -> None:
    _, (m,) = mentions("And an April 2011 trial in the European Journal of Clinical Nutrition found that beetroot "
                       "juice appeared to steady blood pressure in cyclists.")
    assert m.year == 2011 and m.journal == "European Journal of Clinical Nutrition"
    assert m.date == "April 2011" and m.findable  # journal, month and year find the issue
    # a month alone is no year
    _, (n,) = mentions("An April study in the European Journal of Clinical Nutrition found a probiotic helped.")
    assert n.year is None


def test_an_agency_survey_told_as_recent_is_findable() -> None:
    _, (m,) = mentions("In a recent survey, the Centers for Disease Control and Prevention (CDC) found that 22 percent "
                       "of nurses skip lunch on long shifts.")
    assert m.design == "survey" and m.findable
    # an agency's survey with neither year nor recency is not
    _, (undated,) = mentions("In one survey, the Centers for Disease Control and Prevention (CDC) found that 22 percent "
                             "of nurses skip lunch on long shifts.")
    assert undated.design == "survey" and not undated.findable


def test_an_outside_expert_who_ran_another_study_is_not_the_author() -> None:
    _, found = mentions("A new study found that teens sleep less. Jane Roe, a Yale psychologist who was not "
                        "involved, who ran a study of her own in 2015, said it matters.")
    assert not found[0].named_author
    _, found = mentions("A new study found that teens sleep less. Jane Roe, a psychologist at Yale, who wrote a "
                        "review of the evidence, said it matters.")
    assert not found[0].named_author


def test_a_lead_researcher_named_before_the_role_names_the_studys_author() -> None:
    # the name before its role in apposition, sentences after the study ("says neuroscientist
    # Kirsty Spalding, the lead researcher"): a judged CIT001 warning said "not the lead author"
    _, (m,) = mentions("Scientists at the Karolinska Institute recently discovered that about 10% of fat "
                       "cells die each year. \"Something regulates the number,\" says neuroscientist Mira "
                       "Holm, the lead researcher. Fat also moves with age.")
    assert m.named_author
    _, (inv,) = mentions("Researchers at the University of Leeds found that the patch halved migraine days. "
                         "\"We were surprised,\" said Anna Berg, the study's lead investigator.")
    assert inv.named_author
    # a lead researcher of something else, or a doctor not involved, names no author of this one
    _, (other,) = mentions("Researchers at the University of Leeds found that the patch halved migraine days. "
                           "\"We were surprised,\" said Anna Berg, a lead researcher on a different project.")
    assert not other.named_author


def test_cit15_a_meetings_edition_after_its_societys_name() -> None:
    """"the American Academy of Neurology's 62nd Annual Meeting": the edition number sits
    between the society's possessive and "Annual Meeting" (s211 F050, judged WRONG as unfindable)."""
    from lint_rules.analysis.studies import _meeting_in
    assert _meeting_in("The team will present the work in May at the American College of Cardiology's "
                       "71st Annual Scientific Session.") is None  # "Session" is no meeting word the list holds
    assert _meeting_in("They will present the results in June at the Endocrine Society's 104th Annual Meeting "
                       "in Atlanta.") == "Endocrine Society's 104th Annual Meeting"
    # an ordinal without the possessive before it is no meeting's edition inside a name
    assert _meeting_in("He presented his 3rd annual report to the board.") is None
    _, (m,) = _news("Scientists at Northfield University have shown that walking after meals lowers blood sugar.\n\n"
                    "The researchers will present their findings at the American Diabetes Association's 80th "
                    "Scientific Sessions in June.\n")
    assert m.meeting == "American Diabetes Association's 80th Scientific Sessions" and m.findable


def test_cit15_a_lead_author_told_with_its_study_is_not_the_next_studys() -> None:
    """"…, according to a study published Monday in Pediatrics and led by Dr. Ana Roe": Roe led
    that study; a different study told a few sentences on does not take her name (it did, and a
    study with no clue of its own read as findable)."""
    _, found = _news("Vitamin D pills cut colds in children, according to a study published Monday in the "
                     "journal Pediatrics and led by Dr. Ana Roe of Northfield University.\n\n\"We were surprised,\" "
                     "Roe said.\n\nVitamin D is made in the skin. In winter, many people run low.\n\nOn the other "
                     "hand, a 2009 study of 160 adults in Finland found no fewer colds.\n")
    main, other = found
    assert main.named_author and main.findable
    assert not other.named_author and not other.findable
    # a study told with no author of its own still takes the lead author named after it
    _, (m,) = _news("A new study found that walking lowers blood sugar.\n\nThe study was led by Dr. Ana Roe "
                    "of Northfield University.\n")
    assert m.named_author


def test_cit15_another_study_does_not_take_the_clues_of_the_study_told_before_it() -> None:
    """"Another study, published in 2004, found …" after a study told with its journal and
    authors: the journal and authors are that study's, not this one's (it read as findable)."""
    _, (main, other) = _news("The researchers, who published their findings in Archives of Internal Medicine, "
                             "said the needles may have a strong effect.\n\nStill another study, published in 2004, "
                             "found that acupuncture eased knee pain.\n")
    assert main.journal == "Archives of Internal Medicine"
    assert other.journal is None and not other.findable
    # a study told without "another" still takes the journal of the sentence after it
    _, (m,) = _news("A small study found that acupuncture eased knee pain.\n\nThe findings appear in the "
                    "journal Pain.\n")
    assert m.journal == "Pain"
