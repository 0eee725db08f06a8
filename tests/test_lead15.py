"""Session 15 lead fixes found by the merged candidate's gates (the corpus contradiction run)."""

from lint_helpers import contradiction_codes

_FILLER = "\n\nThe clinic is open on weekdays. Parking is free.\n\n"


def test_kept_quiet_is_no_relief_verb():
    """The bare "quiet" is as often the adjective ("kept quiet about her diagnosis") as the verb;
    read as "quietens", it made a benefit that a later "did not" contradicted (a corpus article)."""
    text = ("Calmora is a herbal tea for low mood. After that, she kept quiet about her anxiety for years."
            + _FILLER + "Calmora did not relieve her anxiety, she says.")
    assert contradiction_codes(text) == []


def test_quietens_is_still_a_relief_verb():
    text = ("Hushtone quietens the ringing of tinnitus within a few weeks." + _FILLER
            + "In a trial, Hushtone did not reduce tinnitus.")
    assert contradiction_codes(text)
