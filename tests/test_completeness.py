"""The completeness family: gating by intervention and genre, options, the shared view."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lint_rules.analysis.completeness import article, support
from lint_rules.api import lint_text, make_config
from lint_rules.config import ConfigError
from lint_rules.parsing import parse_document
from lint_rules.rules.completeness import HarmsMissing

NEWS = """# Migraine drug cuts attack days

Fremanezumab cut migraine days in a trial of 400 adults, researchers said on Monday.

"This could change how we treat migraine," said Dr. Ana Lee, who led the study. The trial ran for
six months at twelve hospitals, and patients injected themselves once a month. Those on fremanezumab
had fewer migraine days than those on a dummy injection, Lee said, and most said they would keep
using it. The company that makes the drug plans to ask regulators to approve fremanezumab next year.

Migraine affects about one in seven adults worldwide, and many try several medicines before one
works. Lee said the team will now test the drug in teenagers and in people who also have depression.
"""


def test_a_typo_in_genres_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match="unknown genre 'newz'"):
        make_config(options={"CMP001": {"genres": ["newz"]}})


def test_genres_option_switches_a_rule_off_for_a_genre() -> None:
    on = lint_text(NEWS, select=["CMP001"])
    off = lint_text(NEWS, select=["CMP001"], options={"CMP001": {"genres": ["press_release"]}})
    assert [f.code for f in on] == ["CMP001"] and off == []


def test_min_sentences_is_an_option() -> None:
    text = NEWS + "\nSide effects of fremanezumab included pain at the injection site.\n"
    two = {"CMP003": {"min-sentences-news": 2}}
    assert [f.code for f in lint_text(text, select=["CMP003"], options=two)] == ["CMP003"]
    assert lint_text(text, select=["CMP003"], options={"CMP003": {"min-sentences": 1}}) == []


def test_a_news_report_names_harms_in_one_sentence_a_release_in_two() -> None:
    one = "\nSide effects of fremanezumab included pain at the injection site.\n"
    assert lint_text(NEWS + one, select=["CMP003"]) == []  # a news report: one sentence is enough
    assert [f.code for f in lint_text(NEWS, select=["CMP003"])] == ["CMP003"]  # none at all
    release = ("# Acme Pharma announces migraine results\n\nBOSTON, May 4, 2026 /PRNewswire/ -- Acme Pharma "
               "(NASDAQ: ACME) today announced that fremanezumab cut migraine days in a trial of 400 adults. "
               "Patients injected themselves once a month for six months at twelve hospitals, and those on "
               "fremanezumab had fewer migraine days than those on a dummy injection. Acme plans to ask "
               "regulators to approve fremanezumab next year, the company said in a statement today.\n"
               "\nAbout Acme Pharma\n\nAcme Pharma is a biopharmaceutical company based in Boston.\n")
    elsewhere = "\nMigraine is common in women. The downside of the study is that it ran for only six months.\n"
    assert [f.code for f in lint_text(NEWS + elsewhere, select=["CMP003"])] == ["CMP003"]  # not a harm of it
    art = article(parse_document("r.md", release + one, "markdown"))
    assert art.genre.label == "press_release"
    assert [f.code for f in lint_text(release + one, select=["CMP003"])] == ["CMP003"]


def test_the_conditions_symptoms_are_no_harm_named_up_to_a_turn() -> None:
    base = "# Flu shot\n\nThe flu shot cut flu cases by half in 3,000 adults, researchers said.\n"
    symptoms = base + "Symptoms of flu include headaches, nausea and fatigue.\n"
    assert support(article(parse_document("a.md", symptoms, "markdown")), "harms") == 0
    turned = base + "Symptoms of flu include fatigue, but the shot caused headaches in 5 of 100 adults.\n"
    assert support(article(parse_document("a.md", turned, "markdown")), "harms") == 1
    lessened = base + "The flu shot also meant fewer ear infections. It caused fewer side effects than the nasal spray.\n"
    assert support(article(parse_document("a.md", lessened, "markdown")), "harms") == 1
    compared = base + "Patients getting the shot suffered more infections than those on placebo.\n"
    assert support(article(parse_document("a.md", compared, "markdown")), "harms") == 1
    modal = base + "Flu symptoms can include headaches and fatigue. The shot may stave off headaches.\n"
    assert support(article(parse_document("a.md", modal, "markdown")), "harms") == 0
    patch = ("# Nicotine patch\n\nThe nicotine patch doubled quit rates in 900 smokers, researchers said.\n"
             "It is a treatment of withdrawal. Some users had vivid dreams and skin irritation where it was worn.\n")
    assert support(article(parse_document("a.md", patch, "markdown")), "harms") == 1


def test_short_notes_are_not_judged() -> None:
    note = "# Migraine drug\n\nFremanezumab cut migraine days, researchers said. Fremanezumab is injected.\n"
    assert lint_text(note, select=["completeness"]) == []
    assert lint_text(note, select=["CMP001"], options={"CMP001": {"min-words": 0}})


def test_findings_point_into_the_body_not_at_line_one() -> None:
    found = lint_text(NEWS, select=["CMP001"])
    assert found[0].location.line == 3 and found[0].excerpt.lower() == "fremanezumab"


def test_the_view_is_shared_and_support_counts_sentences() -> None:
    doc = parse_document("a.md", NEWS + "\nIt costs $600 a month. Insurers may not cover it.\n", "markdown")
    art = article(doc)
    assert article(doc) is art
    assert art.subject is not None and art.subject.name == "fremanezumab"
    assert support(art, "costs") == 2


def test_same_text_same_findings_as_markdown_or_text() -> None:
    plain = NEWS.replace("# ", "", 1)
    md = {(f.code, f.excerpt) for f in lint_text(NEWS, select=["completeness"])}
    txt = {(f.code, f.excerpt) for f in lint_text(plain, kind="text", select=["completeness"])}
    assert md == txt and md


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "completeness"


@pytest.mark.parametrize(("name", "genre", "codes"), [
    # careful articles in three genres draw nothing
    ("guide-vitamin-d-careful.md", "consumer_guide", set()),
    ("news-report-drug.md", "news", set()),
    # a seller's page: hype, a study with no detail, relative benefit, no harms, a "first",
    # and no source but the seller (the label's "not evaluated by the FDA" cites none); it
    # gives its price, and availability and alternatives are not asked of product pages
    ("product-page-gummies.md", "product_page", {"CMP002", "CMP003", "CMP004", "CMP006", "CMP009", "CMP011"}),
    # a release on a mouse study: everything missing, and its quoted "for the first time" is
    # the publisher's claim; saying it is a mouse study tells the reader it is not on sale
    ("release-mouse-breakthrough.md", "press_release",
     {"CMP001", "CMP002", "CMP003", "CMP004", "CMP005", "CMP007", "CMP009", "CMP010", "CMP011"}),
    # a consumer guide with a relative figure and an unexplained review ("a 2020 review",
    # unnamed, is no source a reader can check: DISCERN question 4). It names no other way to
    # lose weight but passes CMP007 while "find intermittent fasting", read as another
    # intervention, counts as one (a guide counts the others it names: ``others-consumer``)
    ("guide-intermittent-fasting.md", "consumer_guide", {"CMP002", "CMP004", "CMP006"}),
    # a supplement blog in the seed's style: scare, hype, a bare study, a relative figure, and
    # harms only denied ("safe for most people", "without the harsh side effects")
    # and nobody quoted or cited but the author ("a groundbreaking study", "scientists believe")
    ("blog-turmeric-supplement.md", "consumer_guide", {"CMP002", "CMP003", "CMP004", "CMP006", "CMP010", "CMP011"}),
])
def test_fixture_articles(name: str, genre: str, codes: set[str]) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    doc = parse_document(name, text, "markdown")
    assert article(doc).genre.label == genre
    assert {f.code for f in lint_text(text, select=["completeness"])} == codes


# --- one pass per document, options chosen by the benchmark, decide and report ---------------

SENTENCES = """# Is the new drug safe?

The NIH paid for the trial of 300 adults. Is it safe? The company said the drug is safe.
Researchers at the Foundation said it cut the risk by 30 percent.

## Costs

The drug costs $40 a month.
"""


def _per_sentence(art, section: str, key: str) -> list[tuple[int, int]]:
    """The matches as the analysis found them before it ran once per document: each body
    sentence searched on its own with the IGNORECASE pattern."""
    from lint_rules.analysis.completeness import cues

    rx = cues()[section][key].folded
    text = art.doc.text
    out = []
    for s in art.sentences:
        if art.doc.blocks[s.block].kind == "heading" and section != "sensational_language":
            continue
        if section == "harms" and key == "unquantified" and text[s.start:s.end].rstrip().endswith("?"):
            continue
        out += [(m.start(), m.end()) for m in rx.finditer(text, s.start, s.end)]
    return out


@pytest.mark.parametrize("text", [SENTENCES, NEWS, (FIXTURES / "blog-turmeric-supplement.md").read_text("utf-8")])
def test_one_pass_finds_what_each_sentence_would(text: str) -> None:
    from lint_rules.analysis.completeness import cues

    art = article(parse_document("a.md", text, "markdown"))
    for section, lists in cues().items():
        for key in lists:
            assert [(m.start, m.end) for m in art.matches(section, key)] == _per_sentence(art, section, key), key


def test_cased_cues_keep_their_case_and_matches_keep_the_texts_spelling() -> None:
    art = article(parse_document("a.md", SENTENCES, "markdown"))
    funding = [m.text for m in art.matches("funding_coi", "funding")]
    assert "NIH" in funding and "Foundation" in funding and "paid for" not in funding
    # a question is no safety claim; the heading's question is not a body sentence
    assert [m.text for m in art.matches("harms", "unquantified")] == ["is safe"]


def test_lower_pattern_leaves_escapes_alone() -> None:
    from lint_rules.analysis.completeness import _lower_pattern

    assert _lower_pattern(r"National \W+Institutes?\D") == r"national \W+institutes?\D"


def test_a_relative_figure_is_not_an_absolute_one() -> None:
    text = NEWS + "\nFremanezumab cut migraine days by 30 percent. Attacks were 40 percent fewer.\n"
    art = article(parse_document("a.md", text, "markdown"))
    assert support(art, "benefits") == 0
    text += "\nAbout 40 percent of the patients on the drug had half as many attacks.\n"
    assert support(article(parse_document("a.md", text, "markdown")), "benefits") == 1


def test_count_option_chooses_the_cue_groups() -> None:
    text = NEWS + "\nInsurers may not cover fremanezumab.\n"
    assert lint_text(text, select=["CMP001"]) == []
    only_price = lint_text(text, select=["CMP001"], options={"CMP001": {"count": ["costs.price"]}})
    assert [f.code for f in only_price] == ["CMP001"]


def test_an_unknown_cue_group_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match=r"unknown cue group 'costs\.prices'"):
        make_config(options={"CMP001": {"count": ["costs.prices"]}})


def _rules():
    from lint_rules.registry import load_registry

    return [r for r in load_registry().rules.values() if r.category == "completeness"]


def test_every_choice_is_a_valid_setting_and_the_defaults_are_among_them() -> None:
    for rule in _rules():
        defaults = {k: o.default for k, o in rule.options.items()}
        choices = rule.choices()
        for choice in choices:
            for key, value in choice.items():
                rule.options[key].validate(key, value)
        assert any(all(defaults[k] == v for k, v in c.items()) for c in choices), rule.code
        for key, value in rule.untuned.items():
            rule.options[key].validate(key, value)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.md")))
def test_check_reports_exactly_when_decide_says_so(name: str) -> None:
    from lint_rules.api import make_config
    from lint_rules.core import RuleContext

    doc = parse_document(name, (FIXTURES / name).read_text(encoding="utf-8"), "markdown")
    cfg = make_config()
    for rule in _rules():
        r = rule()
        ctx = RuleContext(cfg, cfg.options_for(rule), {}, {})
        opts = r.settings(ctx)
        art = r.applies(doc, opts)
        assert bool(list(r.check(doc, ctx))) == (art is not None and r.decide(art, opts)), (name, rule.code)


RELEASE = """FOR IMMEDIATE RELEASE

# Northfield team reports new migraine treatment

NORTHFIELD, May 2 -- Researchers at Northfield University today announced results for fremanezumab
in adults with migraine. "This is the first treatment of its kind," said Dr. Ana Lee, who led the study.
The novel, innovative approach is a promising and important step, with significant and
encouraging results that are crucial for patients. Fremanezumab was given monthly to 200 adults.
Media contact: press@northfield.example
"""


def test_a_release_speaks_for_its_publisher_quotes_included() -> None:
    codes = {f.code for f in lint_text(RELEASE, select=["CMP009", "CMP011"])}
    assert codes == {"CMP009", "CMP011"}
    news = NEWS.replace("This could change how we treat migraine", "This is the first treatment of its kind")
    assert lint_text(news, select=["CMP009"]) == []


def test_spin_words_count_only_in_numbers() -> None:
    found = lint_text(RELEASE, select=["CMP011"])
    assert found and "promotional words" in found[0].message
    assert lint_text(RELEASE, select=["CMP011"], options={"CMP011": {"spin": 0, "spin-density": 0}}) == []


#: Plain sentences that lengthen an article without a spin word.
FILLER = ("Fremanezumab was injected under the skin once a month. Patients kept a diary of their headache "
          "days. The trial ran for twelve weeks at four clinics. ") * 30


def test_spin_is_judged_by_its_density() -> None:
    """The same spin words pass in a long release (fewer than 10 per 1,000 words) and are
    flagged by a count threshold, which ignores length."""
    long = RELEASE.replace("Media contact", FILLER + "\nMedia contact")
    assert lint_text(long, select=["CMP011"]) == []
    found = lint_text(long, select=["CMP011"], options={"CMP011": {"spin": 6}})
    assert found and "promotional words" in found[0].message


def test_separated_scan_finds_the_lookbehind_scans_matches() -> None:
    """Each cue list's separator-consuming scan (``_separated``) gives the spans of the
    lookbehind scan, at the text's start, for matches that touch, and after hyphens."""
    from lint_rules.analysis.completeness import _separated, cues

    texts = [SENTENCES, NEWS, (FIXTURES / "blog-turmeric-supplement.md").read_text("utf-8"),
             "said. said,said x-said said-so “said” 50% of the patients; 30 percent lower"]
    checked = 0
    for lists in cues().values():
        for cue in lists.values():
            if cue.separated is None or cue.lower is None:
                continue
            for text in texts:
                low = text.lower()
                found = _separated(cue.separated, low)
                assert found is not None
                assert [(m.start(), m.end()) for m in found] == [m.span() for m in cue.lower.finditer(low)]
                checked += 1
    assert checked


def test_the_indexed_scan_finds_the_separated_scans_matches() -> None:
    """Each cue list tried only at the places its openings follow (``WordStarts``) gives the
    spans of its full scan: at the text's start and end, for matches that touch, after
    hyphens and line ends."""
    from lint_rules.analysis.completeness import WordStarts, _separated, _separated_at, cues

    texts = [SENTENCES, NEWS, (FIXTURES / "blog-turmeric-supplement.md").read_text("utf-8"),
             "said. said,said x-said said-so \u201csaid\u201d 50% of the patients; 30 percent lower",
             "no\nno-no not", "safe", "a", "is it safe? no", "it may cure it"]
    checked = 0
    for lists in cues().values():
        for cue in lists.values():
            if cue.separated is None or cue.openings is None:
                continue
            for text in texts:
                low = text.lower()
                full = _separated(cue.separated, low)
                indexed = _separated_at(cue.separated, WordStarts(low), cue.openings)
                assert full is not None and indexed is not None
                assert [(m.start(), m.end()) for m in indexed] == [(m.start(), m.end()) for m in full]
                checked += 1
    assert checked > 100


def test_the_word_start_index_holds_every_separator_a_character_follows() -> None:
    """``WordStarts`` finds its places from the lengths of the runs between separators; the
    index is the one a scan for ``[^\\w-](?=(.{1,3}))`` makes: every separator (runs of them,
    line ends, the added space, non-ASCII punctuation) a character follows, keyed by the up to
    three characters after it, and none for a separator that ends the text."""
    from lint_rules.analysis.completeness import OPENING, WordStarts

    place = re.compile(rf"[^\w-](?=(.{{1,{OPENING}}}))", re.DOTALL)
    texts = ["", " ", "a", "-", "safe.", "safe. ", "zorvex -- velmo!!  ok\n\n\nno", "x-ray, re-do; a-b-c",
             "\u201cvelmo\u201d \u2014 caf\u00e9 na\u00efve \u00bd dose\t(40 mg)", "end\n", "..", "a b c d",
             SENTENCES, NEWS]
    for text in texts:
        low = text.lower()
        expected: dict[str, list[int]] = {}
        for m in place.finditer(" " + low):
            expected.setdefault(m.group(1), []).append(m.start())
        assert WordStarts(low)._by_next == expected, text[:40]
    assert WordStarts("ab cd")._by_next == {"ab ": [0], "cd": [3]}
    assert WordStarts("ab ")._by_next == {"ab ": [0]}  # the last space: no character follows


def test_lists_whose_items_begin_with_a_digit_are_tried_at_digit_places_only_in_ascii_digit_text() -> None:
    """The lists with an item that may begin with ``\\d`` (prices, percentages, sample sizes)
    are tried only at the places their ``digit_openings`` follow when the text's digits are
    all 0-9, with the full scan's spans; a text with other digits (Arabic-Indic, full-width)
    gets the full scan, whose ``\\d`` finds them."""
    from lint_rules.analysis.completeness import WordStarts, _separated, cues

    texts = [SENTENCES, NEWS, (FIXTURES / "blog-turmeric-supplement.md").read_text("utf-8"),
             "50% of the patients; 30 percent lower, 12.5 % more. 1,200 adults (n=40) paid $35 or \u00a312",
             "x50% 50%50% -50% 50", "5", "\u0664\u0665% of the patients; 30 percent lower",
             "\uff15\uff10% of 300 patients"]
    digit_lists = [cue for lists in cues().values() for cue in lists.values() if cue.digit_openings is not None]
    assert len(digit_lists) >= 6
    checked = 0
    for cue in digit_lists:
        assert cue.openings is None
        for text in texts:
            low = text.lower()
            starts = WordStarts(low)
            found = cue.finditer(text, low, starts)
            full = _separated(cue.separated, low)
            assert full is not None
            assert [(m.start(), m.end()) for m in found] == [(m.start(), m.end()) for m in full], (text, cue.items[:3])
            checked += bool(full)
    assert checked > 10
    assert WordStarts("\u0664\u0665% of them").ascii_digits is False
    assert WordStarts("45% of them").ascii_digits is True
    arabic = "\u0664\u0665% of the patients"  # found by the full scan
    assert any(c.finditer(arabic, arabic, WordStarts(arabic)) for c in digit_lists)


def test_word_starts_lists_only_the_places_an_opening_follows() -> None:
    from lint_rules.analysis.completeness import WordStarts

    starts = WordStarts("the safe dose is safer than none. no")
    text = starts.text
    assert [text[at + 1:at + 5] for at in starts.places(frozenset({"saf"}))] == ["safe", "safe"]
    assert [text[at + 1:at + 4] for at in starts.places(frozenset({"no"}))] == ["non", "no"]  # a short opening
    assert starts.places(frozenset({"xyz"})) == []
    assert [text[at + 1:at + 4] for at in starts.places(frozenset({"no", "n", "saf"}))] == [
        "saf", "saf", "non", "no"]  # short openings sharing keys: each place once


# --- funding: a funder, not any "supported by"; an aim or a supposition is no disclosure -------

def test_supported_by_counts_only_with_a_funder() -> None:
    """"Supported by earlier studies" or "supported by their doctors" says nothing about who
    paid; "supported by a grant" or "supported by the Heart Trust" does."""
    base = NEWS.replace("The company that makes the drug plans to ask", "The company plans to ask")
    for said in ("The approach is supported by earlier studies in adults.",
                 "Patients were supported by their doctors and a video."):
        assert [f.code for f in lint_text(base + "\n" + said + "\n", select=["CMP005"])] == ["CMP005"], said
    for said in ("The trial was supported by a grant from the city.",
                 "The trial was supported in part by the Heart Trust."):
        assert lint_text(base + "\n" + said + "\n", select=["CMP005"]) == [], said


def test_funding_named_only_as_an_aim_is_no_disclosure() -> None:
    base = NEWS.replace("The company that makes the drug plans to ask", "The company plans to ask")
    hoped = base + "\nThe team hopes to win funding for a larger trial next year.\n"
    assert [f.code for f in lint_text(hoped, select=["CMP005"])] == ["CMP005"]
    paid = base + "\nThe trial was funded by the drug's maker.\n"
    assert lint_text(paid, select=["CMP005"]) == []


# --- CMP012: a story that names a news release or a statement as its source --------------------

def test_a_story_citing_a_news_release_is_flagged_at_the_mention() -> None:
    text = NEWS.replace("researchers said on Monday", "the company said in a news release on Monday")
    found = lint_text(text, select=["CMP012"])
    assert [f.code for f in found] == ["CMP012"] and found[0].excerpt == "news release"
    assert found[0].criteria == ("news_release",)
    stated = NEWS.replace("researchers said on Monday", "the maker said in a written statement")
    assert [f.excerpt for f in lint_text(stated, select=["CMP012"])] == ["in a written statement"]


def test_a_story_that_names_no_release_or_denies_one_passes() -> None:
    assert lint_text(NEWS, select=["CMP012"]) == []
    denied = NEWS + "\nThe company did not issue a press release about the trial.\n"
    assert lint_text(denied, select=["CMP012"]) == []


def test_a_press_release_naming_itself_is_not_judged() -> None:
    """The criterion is asked of stories: a release that calls itself a news release is one."""
    assert lint_text(RELEASE + "\nThis news release was issued by Northfield University.\n",
                     select=["CMP012"]) == []


# --- messages read as an editor wrote them: the verb agrees with the intervention's name -------

@pytest.mark.parametrize(("name", "verb"), [
    ("cholesterol drugs", "are"), ("tablet devices", "are"), ("probiotics", "are"), ("x-rays", "are"),
    ("aspirin", "is"), ("eliquis", "is"), ("ocrevus", "is"), ("mindfulness", "is"), ("measles vaccine", "is"),
    ("pilates", "is"),
])
def test_the_verb_agrees_with_the_name(name: str, verb: str) -> None:
    from lint_rules.rules.completeness import _be

    assert _be(name) == verb


def test_a_plural_intervention_reads_are_in_the_message() -> None:
    text = """# Statins and the heart

Statins lowered cholesterol in a study of 3,000 adults, researchers said. Doctors prescribe statins
to millions of people, and statins are cheap. In the study, people who took statins for five years
had fewer heart attacks than those who did not, and the researchers said statins were well tolerated.
The team followed the volunteers at clinics in four cities and measured their blood every year.
"""
    msgs = [f.message for f in lint_text(text, select=["CMP007", "CMP008"])]
    assert msgs and all(" statins is " not in m and "whether statins is" not in m for m in msgs)
    assert any("statins are" in m.lower() for m in msgs)


def test_a_coined_name_keeps_the_articles_spelling_and_limitations_are_plural() -> None:
    text = """# ZXR-410 lowers blood sugar in a study

ZXR-410, a new pill, lowered blood sugar in a randomised trial of 300 adults with diabetes, researchers said.
The trial ran for six months in four hospitals, and ZXR-410 was taken once a day. In the trial, blood sugar fell
more with ZXR-410 than with a dummy pill in the same 300 adults, and the effect lasted the whole six months of the
randomised study. The team plans a phase 3 trial of ZXR-410 next year in 2,000 adults.
"""
    found = lint_text(text, select=["CMP004", "CMP007"])
    assert found and all("Zxr-410" not in f.message and "zxr-410" not in f.message for f in found)
    assert any("ZXR-410" in f.message for f in found)
    assert all("limitations is" not in f.message for f in found)


def test_a_span_of_years_is_no_absolute_figure() -> None:
    years = NEWS + "\nThe company has sold migraine drugs from 2005 to 2014, and turns 50 in 2030.\n"
    figure = NEWS + "\nMigraine days fell from 8 to 4 a month, and 30 in 100 patients had none.\n"
    assert support(article(parse_document("a.md", years, "markdown")), "benefits", ["benefits.absolute"]) == 0
    assert support(article(parse_document("a.md", figure, "markdown")), "benefits", ["benefits.absolute"]) == 1


def test_a_blanket_safety_claim_points_at_harms_named_not_at_questions() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\n# Glowline retinol cream\n\n"
        "Glowline retinol cream smooths fine lines in four weeks. Glowline retinol cream is totally safe for "
        "every skin type.\n\n**Are there any side effects?**\n"
        "A few users of the retinol cream noticed mild irritation in the first week.\n"
    )
    found = lint_text(text, select=["CMP003"], options={"CMP003": {"min-words": 0}})
    assert len(found) == 1 and "contradicts the harms" in found[0].message
    places = [r.excerpt for r in found[0].related]
    assert any("mild irritation" in p for p in places)
    assert not any(p.rstrip().endswith("?") for p in places)  # a question names no harm


# --- one owner for "says it is safe, then names harms" (issue 14) --------------------------

_CALMORA = ("# Calmora tablets\n\nCalmora tablets help you fall asleep faster and sleep through the night. "
            "Calmora tablets are completely safe. Buy a pack of Calmora tablets online.\n\n")


#: These pages name one harm: one sentence is enough here, so that only the blanket claim is
#: in question (a product page is otherwise asked for two, as a report is).
_ONE_HARM = {"CMP003": {"min-words": 0, "min-sentences-consumer": 1}}


def _codes(text: str) -> list[tuple[str, str]]:
    found = lint_text(text, select=["CMP003", "CON001", "CON002"], options=_ONE_HARM)
    return [(f.code, f.excerpt) for f in found]


def test_a_blanket_claim_the_contradiction_rules_pair_is_reported_once_by_them() -> None:
    """CON002 sets "completely safe" against the headaches and shows both places: CMP003 says
    nothing more about the same claim."""
    assert _codes(_CALMORA + "Calmora tablets can cause headaches in some people.\n") == [
        ("CON002", "completely safe")]


def test_a_blanket_claim_is_not_left_to_contradiction_rules_that_do_not_run() -> None:
    """With CON001 and CON002 off (``--select CMP003``, or ignored), nobody else reports the
    pair: CMP003 does."""
    text = _CALMORA + "Calmora tablets can cause headaches in some people.\n"
    alone = lint_text(text, select=["CMP003"], options=_ONE_HARM)
    assert [(f.code, f.excerpt) for f in alone] == [("CMP003", "completely safe")]
    ignored = lint_text(text, select=["CMP003", "CON001", "CON002"], options=_ONE_HARM,
                        extra_config={"ignore": ["CON002", "CON001"]})
    assert [(f.code, f.excerpt) for f in ignored] == [("CMP003", "completely safe")]


def test_a_blanket_claim_the_pairing_misses_is_still_reported_by_cmp003() -> None:
    """The harms are named in an instruction ("stop taking them if you notice a rash"), which the
    contradiction rules do not read as a claim: CMP003 reports the blanket claim."""
    found = _codes(_CALMORA + "Stop taking them if you notice a rash or an upset stomach.\n")
    assert found == [("CMP003", "completely safe")]


def test_a_blanket_claim_denied_or_relayed_is_not_the_articles_own() -> None:
    """The blanket claim is read from the shared assertion: a denial before it ("aren't
    completely safe", "never risk-free") or a named speaker's words ("Dr. Ana Lee says …",
    "…, the company says") are not the release's own promise; the promise in its own voice is."""
    release = ("FOR IMMEDIATE RELEASE\n\n# Calmora tablets\n\nCalmora tablets help you fall asleep faster. "
               "{s} Buy a pack of Calmora tablets online.\n\nCalmora tablets can cause headaches in some people.\n")

    def blanket(s: str) -> bool:
        art = article(parse_document("a.md", release.format(s=s), "markdown"))
        assert art.genre.label == "press_release"
        return HarmsMissing.blanket(art, defer=False) is not None

    assert blanket("Calmora tablets are completely safe.")
    assert blanket("Calmora tablets are risk-free for adults.")
    assert not blanket("Calmora tablets aren't completely safe.")
    assert not blanket("Calmora tablets are never risk-free.")
    assert not blanket("Dr. Ana Lee says Calmora tablets are completely safe.")
    assert not blanket("Calmora tablets are completely safe, the company says.")


def test_a_caution_is_not_a_named_harm() -> None:
    """ "Precautions apply", "check with your doctor" advise the reader but name no harm: they do
    not count as harms named, and do not make "completely safe" contradict the article."""
    text = _CALMORA + "A few sensible precautions apply: check with your doctor before taking them.\n"
    art = article(parse_document("a.md", text, "markdown"))
    assert [m.text for m in art.matches("harms", "caution")] == ["precautions", "check with your doctor"]
    assert support(art, "harms") == 0
    found = lint_text(text, select=["CMP003"], options={"CMP003": {"min-words": 0}})
    assert len(found) == 1 and "only summed up as" in found[0].message


def test_a_slogan_figure_does_not_quantify_a_safety_claim() -> None:
    """ "100% safe" is a slogan, not a result: with no harm named it is flagged as a bare safety
    claim, as "completely safe" is, while "safe in all 300 patients" is left alone."""
    slogan = ("# Calmora tablets\n\nCalmora tablets help you fall asleep faster and sleep through the night. "
              "Calmora tablets are 100% safe. Buy a pack of Calmora tablets online.\n")
    result = slogan.replace("are 100% safe", "were safe in all 300 patients of a year-long trial")
    opts = {"CMP003": {"min-words": 0}}
    assert [f.code for f in lint_text(slogan, select=["CMP003"], options=opts)] == ["CMP003"]
    assert lint_text(result, select=["CMP003"], options=opts) == []


def test_a_cue_list_reads_another_by_name_so_a_shared_phrase_has_one_home() -> None:
    """``[harms] unquantified`` holds ``"@absolute"``: every blanket claim ("100% safe", "risk
    free", "zero side effects") is also a safety claim without a figure, though it is listed
    only under ``absolute``; a hedged one ("well tolerated") is unquantified and not absolute."""
    from lint_rules.knowledge import with_includes

    assert with_includes(["w", "@a"], {"a": ["x", "y"]}) == ["w", "x", "y"]
    text = _CALMORA + "Calmora tablets are risk-free and 100% safe. Calmora tablets were well tolerated.\n"
    art = article(parse_document("a.md", text, "markdown"))
    unquantified = [m.text for m in art.matches("harms", "unquantified")]
    absolute = [m.text for m in art.matches("harms", "absolute")]
    assert {"risk-free", "100% safe"} <= set(unquantified) & set(absolute)
    assert "well tolerated" in unquantified and "well tolerated" not in absolute


def test_a_limit_said_in_more_shapes_is_a_limitation_sentence() -> None:
    """``[evidence_quality] limits``: the study's smallness said as a limit, a conclusion not yet
    possible, research still to come with words between are limitation sentences; a small
    device, a small study told as what was done, and "more time to study" are not."""
    lines = ["The trial was relatively small.", "It is too early to say whether it lasts.",
             "Further controlled studies are needed.", "While a small study, it was well run.",
             "The device is small.", "In a small study, pain eased.", "They need more time to study it."]
    art = article(parse_document("a.md", "# A trial\n\n" + " ".join(lines) + "\n", "markdown"))
    said = {art.sentence_text(k).strip() for k in art.limitation_sentences()}
    assert said == set(lines[:4])


# --- review of the crit6 merge (issue 15) ---------------------------------------------------


def test_a_span_of_time_is_no_absolute_figure() -> None:
    """"Compared with 40 years ago" and "against 2 weeks of placebo" are times, not a
    group's result; "4 days against 6 days" is one."""
    spans = NEWS + "\nMigraine is commoner compared with 40 years ago, and the drug was tested against 2 weeks of placebo.\n"
    figure = NEWS + "\nPatients on the drug had migraine on 4 days against 6 days a month.\n"
    assert support(article(parse_document("a.md", spans, "markdown")), "benefits", ["benefits.absolute"]) == 0
    assert support(article(parse_document("a.md", figure, "markdown")), "benefits", ["benefits.absolute"]) == 1


_WALKING = ("# Walking and strokes\n\nAdults who walked daily had a 29 percent lower risk of stroke over ten "
            "years. The study, published in the journal Stroke, followed 5,000 adults.\n")


@pytest.mark.parametrize("code", ["CMP002", "CMP003", "CMP005"])
def test_unnamed_judges_news_and_releases_not_articles_of_unknown_genre(code: str) -> None:
    """The ``unnamed`` option is documented for a news report or press release: an article
    whose genre is not known and whose intervention is not found is not judged."""
    art = article(parse_document("a.md", _WALKING, "markdown"))
    assert art.genre.label == "unknown" and art.subject is None
    assert lint_text(_WALKING, select=[code], options={code: {"min-words": 0}}) == []
    news = "FOR IMMEDIATE RELEASE\n\n" + _WALKING
    assert article(parse_document("a.md", news, "markdown")).genre.label == "press_release"
    assert [f.code for f in lint_text(news, select=[code], options={code: {"min-words": 0}})] == [code]


def test_claimed_benefits_are_benefit_verbs_and_figures_that_lower() -> None:
    def claimed(sentence: str) -> list[int]:
        return article(parse_document("a.md", f"# Note\n\n{sentence}\n", "markdown")).claimed_benefits()

    assert claimed("Adults who walked had 30 percent fewer strokes.")
    assert claimed("Daily walks reduced strokes in older adults.")
    assert not claimed("About 1 in 10 adults catch the flu each winter.")
    assert not claimed("Short sleepers had a 30 percent higher risk of dementia.")
    assert not claimed("Daily walks failed to improve the stroke rate.")
    assert not claimed("Does walking reduce strokes?")


def test_options_with_modifiers_leave_the_limitations_alone() -> None:
    """A study limit that names the options it left out ("did not compare it with other mood
    treatments") is still a limit: the options read with modifiers between are their own cue
    group, counted by CMP007 only, and the limitations reading drops only sentences naming
    the plain ``existing`` options (crit9b)."""
    text = ("# Psilocybin eases depression\n\nPsilocybin eased depression in 40 adults. The trial was "
            "short and did not compare psilocybin with other mood treatments, so longer trials are needed.\n")
    art = article(parse_document("a.md", text, "markdown"))
    assert art.matches("alternatives", "options")
    assert not art.matches("alternatives", "existing")
    assert art.limitation_sentences()
    assert support(art, "alternatives", ("alternatives.options",)) == 1
