"""analysis.sources: who an article quotes, and whether each speaker has a stake in the work."""

from __future__ import annotations

from lint_rules.analysis.sources import INDEPENDENT, INTERESTED, UNKNOWN, sources
from lint_rules.parsing import parse_document

STORY = """# A patch for hay fever

A skin patch eased hay fever in a trial of 250 adults, researchers at Eastmoor University reported.

"We were surprised how well it worked," said Dr. Nadia Okafor, who led the study. Okafor said the team would now test the patch in children.

Dr. Felix Grant, an allergist at Harbour City Hospital, said the patch looked useful but the trial was short. "I would want to see a second season," Grant said.

Lena Fischer, chief executive of Pollenix Therapeutics, which makes the patch, said it could be on sale within two years. According to Sam Ortiz, a nurse who was not involved in the research, many patients dislike tablets.
"""


def _by_name(text: str) -> dict[str, object]:
    doc = parse_document("story.txt", text, "text")
    return {sp.key: sp for sp in sources(doc).speakers}


def test_each_speaker_is_found_once_with_later_mentions_joined() -> None:
    found = _by_name(STORY)
    assert {"okafor", "grant", "fischer", "ortiz"} <= set(found)
    assert len(found["okafor"].spans) == 2 and len(found["grant"].spans) == 2


def test_the_studys_author_and_the_maker_have_a_stake() -> None:
    found = _by_name(STORY)
    assert found["okafor"].kind == INTERESTED and "led the study" in found["okafor"].describe()
    assert found["fischer"].kind == INTERESTED


def test_a_speaker_said_to_be_uninvolved_or_elsewhere_is_independent() -> None:
    found = _by_name(STORY)
    assert found["ortiz"].kind == INDEPENDENT
    assert found["grant"].kind == INDEPENDENT and found["grant"].why == "at another institution"


def test_a_speaker_at_the_studys_own_institution_has_a_stake() -> None:
    text = STORY.replace("an allergist at Harbour City Hospital", "an allergist at Eastmoor University")
    assert _by_name(text)["grant"].kind == INTERESTED


def test_a_place_or_a_weekday_is_no_speaker_and_nothing_said_is_unknown() -> None:
    text = """# Patch

In Boston on Monday, Maria Costa said the patch itched. Costa said she would keep using it.
"""
    found = _by_name(text)
    assert set(found) == {"costa"} and found["costa"].kind == UNKNOWN


def test_the_outlet_after_told_is_not_the_speaker() -> None:
    text = """# Patch

"It helped," Maria Costa told Reuters Health, and Costa said she would use it again.
"""
    assert set(_by_name(text)) == {"costa"}


def test_the_author_of_an_accompanying_editorial_is_an_outside_voice() -> None:
    text = STORY.replace("a nurse who was not involved in the research", "co-author of an accompanying editorial")
    assert _by_name(text)["ortiz"].kind == INDEPENDENT


def test_a_role_speaker_is_shown_without_the_conjunction_before_it() -> None:
    text = """# Patch

The patch worked in mice. But researchers said it had not been tried in people, and the team said more work was needed.
"""
    doc = parse_document("story.txt", text, "text")
    names = [sp.describe() for sp in sources(doc).speakers]
    assert names and names[0] == "researchers"


def test_a_companys_spokesperson_has_a_stake_a_societys_does_not() -> None:
    text = STORY.replace("Lena Fischer, chief executive of Pollenix Therapeutics, which makes the patch,",
                         "Lena Fischer, a spokeswoman for Pollenix,")
    assert _by_name(text)["fischer"].kind == INTERESTED
    society = STORY.replace("Lena Fischer, chief executive of Pollenix Therapeutics, which makes the patch,",
                            "Lena Fischer, a spokeswoman for the Northern Allergy Society,")
    assert _by_name(society)["fischer"].kind != INTERESTED


OUTSIDE = """# A nasal spray for migraine

A nasal spray cut migraine days by a third in a trial of 400 adults, researchers reported on Tuesday.

"Patients told us it worked within the hour," said Dr. Omar Haddad, who led the trial. Haddad and his colleagues followed the volunteers for six months.

Dr. Ines Kowalczyk-Brandt from Westbridge Medical School said the result was encouraging but the trial was short. "I would like to see a year of data," Kowalczyk-Brandt said.

Dr Maria Just, research director of the National Headache Society, said more work was needed before doctors change practice.

Tom Reyes, a spokesman for the FDA, said in a statement that the agency would review the application next year.

Some scientists say such sprays are overrated. The Centers for Disease Control and Prevention says migraine affects one adult in seven.
"""


def test_outside_voices_said_in_other_words_are_independent() -> None:
    found = _by_name(OUTSIDE)
    assert found["haddad"].kind == INTERESTED
    # "from Westbridge Medical School said": an appositive with no comma, a hyphenated surname
    # (the study's institution is not named: she is left unplaced, the likely outside voice)
    assert "kowalczyk-brandt" in found and found["kowalczyk-brandt"].kind != INTERESTED
    assert found["kowalczyk-brandt"].institutions == ["Westbridge Medical School"]
    assert found["kowalczyk-brandt"] in sources(parse_document("story.txt", OUTSIDE, "text")).unplaced
    # a surname that is also a common word, at a national society
    assert found["just"].kind == INDEPENDENT
    # a regulator's spokesman speaking "in a statement" has no stake in the spray
    assert found["reyes"].kind == INDEPENDENT


def test_the_field_and_a_body_name_are_no_study_team() -> None:
    speakers = sources(parse_document("story.txt", OUTSIDE, "text")).speakers
    names = [sp.name for sp in speakers]
    assert "Prevention" not in names
    some = [sp for sp in speakers if sp.name.lower().startswith("some")]
    assert all(sp.kind != INTERESTED for sp in some)


def test_a_reviewer_and_a_denied_link_count_as_independent() -> None:
    text = ("# Sleep study\n\nA sleep app helped 90 adults fall asleep sooner, its maker said.\n\n"
            "Dr. Paula Voss, a sleep doctor who reviewed the new study, said the effect was small. "
            "Dr. Ken Aldous, who has no link to the company, said apps suit some people.\n")
    found = _by_name(text)
    assert found["voss"].kind == INDEPENDENT and found["aldous"].kind == INDEPENDENT


def test_an_author_at_a_society_still_has_a_stake() -> None:
    text = ("# Diet study\n\nA diet lowered blood pressure in a trial, researchers said.\n\n"
            "Dr. Rita Nolan, lead author and a fellow of the American Nutrition Society, said the diet was easy to follow.\n")
    assert _by_name(text)["nolan"].kind == INTERESTED


def test_a_place_in_an_institutions_name_does_not_tie_it_to_the_study() -> None:
    text = ("# Heart study\n\nResearchers at Eastgate Heart Hospital in Boston said a new stent worked well.\n\n"
            "\"It held up for five years,\" said Dr. Lin Park, who led the study. "
            "Dr. Amos Reed, a cardiologist at Riverside Medical Center in Boston, said the trial was small.\n")
    found = _by_name(text)
    assert found["park"].kind == INTERESTED and found["reed"].kind == INDEPENDENT


def test_a_role_or_an_institution_written_before_the_name_is_read() -> None:
    text = """# Sleep pill

A sleep pill helped older adults in a trial, researchers at Eastmoor University reported.

"It worked," said Dr. Nadia Okafor, who led the study. "The effect is modest," Harbour City College's Felix Grant said. "Promising," said neurologist Ruth Olsen of the National Sleep Society.
"""
    found = _by_name(text)
    assert found["grant"].kind == INDEPENDENT and found["grant"].institutions == ["Harbour City College"]
    assert found["olsen"].kind == INDEPENDENT and "neurologist" in found["olsen"].role


def test_what_an_analyst_says_of_the_company_gives_them_no_stake() -> None:
    text = """# Gel trial

Pollenix Therapeutics said its gel met the trial's main goal. Westbank analyst Tom Rees said he expects the company's gel to sell well.
"""
    found = _by_name(text)
    assert found["rees"].kind == UNKNOWN and "analyst" in found["rees"].describe()


def test_an_editorial_named_by_a_pronoun_is_an_outside_voice() -> None:
    text = """# Vitamin study

Vitamin D did not prevent falls, the trial's authors said. In a commentary published alongside the trial, they write that the dose may have been too low.
"""
    kinds = {sp.key: sp.kind for sp in sources(parse_document("s.txt", text, "text")).speakers}
    assert kinds.get("editorial's authors") == INDEPENDENT


def test_a_hospital_doctor_is_independent_when_the_only_stake_is_the_makers() -> None:
    text = """# Fertility test

"Our test gives answers," said Mia Hart, the chief executive of Genora. "I see little use for it," said Dr. Paul Reyes, head of fertility care at Harbour City Hospital.
"""
    found = _by_name(text)
    assert found["hart"].kind == INTERESTED and found["reyes"].kind == INDEPENDENT


def test_a_named_doctor_after_several_experts_is_one_of_them() -> None:
    text = """# Chin injections

"Patients love it," said Dr. Omar Diaz, who led the trial. Not everyone should have it, several experts said. Dr. Lena Park said the shots could scar the skin.
"""
    found = _by_name(text)
    assert found["park"].kind == INDEPENDENT and found["diaz"].kind == INTERESTED


def test_a_panel_member_and_a_society_officer_by_initials_are_outside_voices() -> None:
    text = """# Screening study

"Screen every child," said Dr. Omar Diaz, who led the study. "There is no evidence for it," said Dr. Ben Cole, a member of the national task force. Dr. Ada Wu, president of ASCN, said more work is needed.
"""
    found = _by_name(text)
    assert found["cole"].kind == INDEPENDENT and found["wu"].kind == INDEPENDENT


def test_a_name_made_of_common_words_is_told_apart_whole() -> None:
    text = """# Aspirin study

Aspirin cut deaths, researchers at Northfield University said. "It is premature," said Dr. Ana Lee, who runs trials at the National Heart Institute.
"""
    found = _by_name(text)
    assert found["lee"].kind == INDEPENDENT and found["lee"].why == "at another institution"


def test_a_possessive_role_and_degrees_before_the_role_are_read() -> None:
    text = """# Bowel drug

"Half the patients improved," the trial's lead investigator Omar Diaz said. "It is a first step," said Nina Cole, MD, PhD, a co-investigator of the trial.
"""
    found = _by_name(text)
    assert found["diaz"].kind == INTERESTED and "trial's lead investigator" in found["diaz"].describe()
    assert found["cole"].describe() == "Nina Cole, a co-investigator of the trial"


def test_where_the_work_was_done_and_a_statement_tie_the_speaker_to_it() -> None:
    text = """# Hair study

"The drug regrew hair in the dish," said Dr. Ana Lee at the National Skin Institute, where the research was carried out. Dr. Omar Diaz of Eastmoor University led the team. Diaz said in a statement that trials would follow.
"""
    found = _by_name(text)
    assert found["lee"].kind == INTERESTED and found["diaz"].kind == INTERESTED


def test_a_societys_spokesperson_named_by_role_is_an_outside_voice() -> None:
    text = """# Hair study

The drug regrew hair in the dish, researchers at Eastmoor University said. A British Association of Skin Doctors spokesperson said the results were early.
"""
    kinds = {sp.key: sp.kind for sp in sources(parse_document("s.txt", text, "text")).speakers}
    assert kinds["spokesperson"] == INDEPENDENT and kinds["researchers"] == INTERESTED


def test_a_possessive_inside_a_bodys_name_is_no_name() -> None:
    text = """# Flu remedy

"There is no good evidence," Dr. Ana Lee of Northfield Children's Hospital told reporters, and Lee said more trials were needed.
"""
    found = _by_name(text)
    assert set(found) == {"lee"} and found["lee"].institutions == ["Northfield Children's Hospital"]


def test_a_study_researcher_named_by_a_role_before_the_name_has_a_stake() -> None:
    text = """# Tomato study

Men who ate more tomatoes had fewer strokes, says study researcher Ana Lee, PhD, of Northfield University. "The link was strong," Lee says.
"""
    assert _by_name(text)["lee"].kind == INTERESTED


def test_says_researcher_before_the_name_names_the_studys_researcher() -> None:
    text = """# Fruit study

Eating more fruit was linked to fewer strokes, says researcher Ana Lee, PhD, of Northfield University. "It is a strong link," Lee says.
"""
    assert _by_name(text)["lee"].kind == INTERESTED


def test_a_doctor_named_by_speciality_is_independent_when_the_only_stake_is_the_makers() -> None:
    text = """# A patch for cramps

"Our patch stops the pain," said Ori Landau, the company's founder. Dr. Sofia Brandt, a gynecologist and pain specialist, said cheaper devices do the same. Dr. Tim Roe, a dermatologist who sells the patch at his clinic, said patients like it.
"""
    found = _by_name(text)
    assert found["landau"].kind == INTERESTED and found["brandt"].kind == INDEPENDENT
    assert found["roe"].kind != INDEPENDENT


def test_a_societys_council_member_named_before_is_an_outside_voice() -> None:
    text = """# Egg freezing

"Every woman should consider it," said Dr. Max Ortega, whose clinic offers it. The fertility society still calls the method unproven. "We need more births to judge it," says Dr. Lisa Marr, a member of the society's executive council.
"""
    assert _by_name(text)["marr"].kind == INDEPENDENT


def test_a_trial_participant_has_no_stake_and_is_no_outside_voice() -> None:
    text = """# Brain implant

"It helped my memory," said Dr. Ann Kerr, a psychiatrist who participated in the trial at Northfield. "The device is promising," said Dr. Joel Hahn, who led the study.
"""
    found = _by_name(text)
    assert found["kerr"].kind == UNKNOWN and found["hahn"].kind == INTERESTED
    assert sources(parse_document("story.txt", text, "text")).unplaced == []


def test_what_a_speakers_team_will_do_gives_no_institution() -> None:
    text = """# Sperm test

"It is cheap," the study's principal investigator, Omar Sahin, PhD, told a reporter. Sahin's team will ask the Food and Drug Administration for clearance.
"""
    sp = _by_name(text)["sahin"]
    assert "Food and Drug Administration" not in sp.describe() and sp.kind == INTERESTED


def test_an_employer_written_before_the_role_or_after_heads_places_the_speaker() -> None:
    text = """# A pill for tics

"Tics fell by a third," said Dr. Rosa Lind, lead author and a neurologist at Westbrook Medical Center. Harlow Sleep Institute director Ivo Marsh said the trial was short. "We need a year of data," said Dr. Pia Genn, who heads the Corran Movement Disorders Center in Leeds.
"""
    found = _by_name(text)
    assert found["lind"].kind == INTERESTED
    assert found["marsh"].kind == INDEPENDENT and found["marsh"].why == "at another institution"
    assert found["genn"].kind == INDEPENDENT and found["genn"].why == "at another institution"


def test_an_outside_voice_announced_in_the_sentence_before_is_independent() -> None:
    text = """# Nasal spray for memory

"Memory improved within weeks," said Dr. Uma Varga, who led the study. A specialist who wasn't involved in the research was more cautious. "It is far too early to use it," said Dr. Ben Ashe.
"""
    found = _by_name(text)
    assert found["ashe"].kind == INDEPENDENT and found["varga"].kind == INTERESTED


def test_the_sentence_before_announces_no_one_when_it_quotes_someone_else() -> None:
    text = """# Nasal spray for memory

"Memory improved within weeks," said Dr. Uma Varga, who led the study. "Other doctors were not involved," Varga said. "It works," said Dr. Ben Ashe.
"""
    assert _by_name(text)["ashe"].kind != INDEPENDENT


def test_the_editorial_said_is_an_outside_voice() -> None:
    text = """# Asthma injection

"Attacks fell by 80 percent," said Dr. Kim Orr, who led the trial. "We do not know whether it works in other patients," the editorial said.
"""
    assert _by_name(text)["editorial"].kind == INDEPENDENT


def test_a_doctor_who_denies_using_the_device_is_independent_and_one_who_uses_it_is_not() -> None:
    text = """# Laser for nail fungus

"Most nails clear," said Max Duro, the founder of Lumenail USA. Leeds podiatrist Ada Fenn, who doesn't use the lasers in her practice, said pills work as well. Leeds podiatrist Carl Hobb, who has treated 300 patients with the laser, said they are pleased.
"""
    found = _by_name(text)
    assert found["duro"].kind == INTERESTED
    assert found["fenn"].kind == INDEPENDENT and found["hobb"].kind != INDEPENDENT


def test_a_companys_officer_named_with_its_possessive_has_a_stake() -> None:
    text = """# Eczema drug

The drug is being developed by Corvane Pharmaceuticals Inc. "This changes everything," said Tom Reyes, Corvane's research chief. "Results were mixed," said Ana Duval, the Allergy Association's president.
"""
    found = _by_name(text)
    assert found["reyes"].kind == INTERESTED and "Corvane" in found["reyes"].why
    assert found["duval"].kind != INTERESTED


def test_saying_ends_an_attribution() -> None:
    text = """# Knee injections

"The injections helped," said Dr. Li Park, who led the study. Dr. Omar Veld, a surgeon at Kessington Hospital who was not involved, praised the work, saying it was careful.
"""
    assert _by_name(text)["veld"].kind == INDEPENDENT
