"""A harm said of a group of the product's users with the product left unnamed (``users20``, issue 14).

``benchmarks/contra_stages.py`` counted 69 unread sides with no product reference over the dev
halves and the s18/s19 reviewers' passages; among them harms told of "users", "beginners" or
"customers" on a page about one product. A bare group of users on such a page is already read as
the product's (``assertions.takers``); what was missing:

- the group's effect told by an occurrence verb and a word of frequency ("In older users,
  headache appear frequently"): no frame read it (``contradictions._GROUP_OFTEN``);
- a group named by its use of something else ("users of steroid creams report headaches"):
  "users" alone matched the group, so another product's users were read as this one's
  (``contradictions._users_of_other``).
- a bare group on a page about two products (the rival kept on the page, or named in the
  group's paragraph): whose users they are is not told (``contradictions._bare_group_elsewhere``);
- a group whose use is a comparison arm ("people on placebo"): the arm's
  (``assertions.arm_takers``).

The passages name one product (no rival in the intro): on a page about two products a bare group
of users is nobody's in particular. Every sentence is coined for these tests."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions, flags_pair

#: one product, no rival: the page a bare group of users belongs to
_INTRO = "Zelvara is a new night cream from a small British brand. It comes in a 50 ml jar and costs twelve pounds."
_FILLER = " The jar is recyclable. Delivery takes three days. The scent is mild and fades quickly."


def _passages(a: str, b: str) -> list[str]:
    return [f"{_INTRO} {a}{_FILLER}\n\n{b}\n", f"{_INTRO} {b}{_FILLER}\n\n{a}\n"]


def _pairs(a: str, b: str) -> bool:
    return all(flags_pair(text, a, b) for text in _passages(a, b))


def _quiet(a: str, b: str) -> bool:
    return not any(contradictions(text) for text in _passages(a, b))


_OFTEN = [
    ("Zelvara does not cause headaches.", "In older users, headache appear frequently in first two week."),
    ("Zelvara does not cause headaches.", "In older users, headaches appear often."),
    ("Zelvara never causes a rash.", "Among new users, a rash is common."),
    ("Zelvara never causes itching.", "Among first-time users, itching is frequent."),
    ("Zelvara does not cause redness.", "For many customers, redness appears regularly in the first week."),
    ("Zelvara won't cause dry skin.", "In regular users, dry skin occurs frequently."),
    ("Zelvara causes no nausea.", "Among beginners, nausea is very common."),
    ("Zelvara does not cause dizziness.", "In older users, dizziness is frequent."),
    ("Zelvara does not cause acne.", "Among teenage users, acne shows up often."),
    ("Zelvara won't make you sleepy.", "Among new users, drowsiness is quite common."),
    ("Zelvara does not cause headaches.", "Among some users, headaches crop up frequently."),
    ("Zelvara never irritates the skin.", "In new users, skin irritation occurs often."),
    ("Zelvara never causes a rash.", "Among customers, a rash is usual in the first days."),
    ("Zelvara does not cause hair loss.", "In long-term users, hair loss appears often."),
    ("Zelvara does not cause swelling.", "Among users over sixty, swelling is common."),
    ("Zelvara causes no stomach upset.", "In many users, stomach upset happens frequently."),
]


@pytest.mark.parametrize("denial,harm", _OFTEN)
def test_a_groups_frequent_effect_is_the_products_harm(denial, harm):
    assert _pairs(denial, harm)


@pytest.mark.parametrize("denial,other", [
    # no group of users: background
    ("Zelvara does not cause headaches.", "Headaches are common in winter."),
    ("Zelvara does not cause dry skin.", "Dry skin appears often in cold weather."),
    ("Zelvara does not cause acne.", "Acne is common in teenagers."),
    # a group defined by a condition, a habit or an age, not by using anything
    ("Zelvara does not cause headaches.", "Among smokers, headaches are frequent."),
    ("Zelvara never causes a rash.", "In people with eczema, a rash is common."),
    ("Zelvara does not cause redness.", "Among people with rosacea, redness is frequent."),
    ("Zelvara does not cause dry skin.", "In older adults, dry skin is common."),
    # the frequency denied or low, or dated before the use
    ("Zelvara does not cause headaches.", "In older users, headaches are rare."),
    ("Zelvara does not cause headaches.", "In older users, headaches are not common."),
    ("Zelvara does not cause headaches.", "In older users, headaches were common before they started."),
    # a question, a placebo arm, another product's users
    ("Zelvara does not cause headaches.", "Are headaches common among users?"),
    ("Zelvara never causes a rash.", "In the placebo group, a rash was common."),
    ("Zelvara never causes itching.", "Among users of steroid creams, itching is frequent."),
    # the effect went: a benefit
    ("Zelvara does not cause dry skin.", "Among regular users, dry skin is less common."),
    ("Zelvara does not cause acne.", "Among users, clear skin is common."),
])
def test_a_frequent_effect_of_no_group_of_users_is_not_its_harm(denial, other):
    assert _quiet(denial, other)


@pytest.mark.parametrize("denial,harm", [
    ("Zelvara does not cause headaches.", "Users of it report headaches."),
    ("Zelvara does not cause headaches.", "Users of the cream report headaches."),
    ("Zelvara does not cause headaches.", "Users of Zelvara report headaches."),
    ("Zelvara never causes a rash.", "Several users of this cream developed a rash."),
    ("Zelvara does not cause itching.", "Some wearers of the mask report itching."),
    ("Zelvara does not cause redness.", "Customers of our serum often report redness."),
    ("Zelvara does not cause dry skin.", "Many users notice dry skin within a week."),
    ("Zelvara never causes a rash.", "Some beginners develop a rash in the first week."),
    ("Zelvara causes no headaches.", "Regular users report headaches after a few days."),
    ("Zelvara won't make you dizzy.", "People who take it daily often feel dizzy."),
    ("Zelvara does not cause nausea.", "Customers say nausea is common in the first fortnight."),
    ("Zelvara causes no hair loss.", "Hair loss affects some people who use it."),
    ("Zelvara does not cause insomnia.", "Insomnia is among the most common complaints from users."),
    ("Zelvara does not cause itching.", "Itching affects around 1 in 5 users."),
    ("Zelvara does not cause redness.", "New users often report redness around the eyes."),
])
def test_users_of_the_product_are_its_users(denial, harm):
    assert _pairs(denial, harm)


@pytest.mark.parametrize("denial,other", [
    ("Zelvara causes no headaches.", "Users of steroid creams report headaches."),
    ("Zelvara does not cause insomnia.", "Users of sleeping pills often report insomnia."),
    ("Zelvara does not cause itching.", "Users of the old formula often reported itching."),
    ("Zelvara never causes a rash.", "Some users of other creams develop a rash."),
    ("Zelvara does not cause redness.", "Customers of the original recipe reported redness."),
    ("Zelvara does not cause dry skin.", "Many users of retinol notice dry skin within a week."),
    ("Zelvara does not cause headaches.", "Headaches are common among users of nicotine patches."),
    ("Zelvara never causes acne.", "Acne is a frequent complaint among users of heavy oils."),
    ("Zelvara does not cause peeling.", "Wearers of acid peels report peeling for days."),
    ("Zelvara does not cause nausea.", "Takers of iron tablets often report nausea."),
    ("Zelvara does not cause dizziness.", "Buyers of cheap sleep aids say dizziness is common."),
    ("Zelvara does not cause hair loss.", "Users of the previous version reported hair loss."),
    ("Zelvara does not cause a rash.", "Several users of henna dyes developed a rash."),
    ("Zelvara does not cause stinging.", "Users of alcohol toners often feel stinging."),
    ("Zelvara does not cause itching.", "Itching affects around 1 in 5 users of wool socks."),
])
def test_users_of_another_thing_are_not_its_users(denial, other):
    assert _quiet(denial, other)


@pytest.mark.parametrize("text", [
    # ordinary passages with the same words: no claim pair
    f"{_INTRO} Users of steroid creams often ask us about it. Headaches are common in winter.",
    f"{_INTRO} Among new users, the lavender scent is a favourite. Zelvara does not cause headaches.",
    f"{_INTRO} In older users, results appear often within a week. Zelvara never causes a rash.",
    f"{_INTRO} Users of the old formula will notice a lighter texture. Itching is common in eczema.",
    f"{_INTRO} Customers of our shop get free delivery. Zelvara does not cause dry skin.",
    f"{_INTRO} Members of our club say the jar is handy. Headaches are frequent in hay fever season.",
])
def test_ordinary_passages_with_the_words_stay_quiet(text):
    assert not contradictions(text)


#: a bare group's harm against the product's denial
_BARE = [
    ("Zelvara never causes a rash.", "Some users develop a rash in the first week."),
    ("Zelvara causes no headaches.", "Regular users report headaches after a few days."),
    ("Zelvara does not cause itching.", "Itching affects around 1 in 5 users."),
    ("Zelvara does not cause redness.", "New users often report redness around the eyes."),
    ("Zelvara does not cause dry skin.", "Many users notice dry skin within a week."),
]

#: pages about two products: the rival named twice on the page, or in the group's paragraph
_TWO = [
    "Zelvara is a new night cream. {a} Dorvix, its older rival, costs less. Dorvix comes in a tube.\n\n{b}",
    "We tested Zelvara against Dorvix. {a} Dorvix was cheaper. The jars are recyclable.\n\n{b}",
    "Zelvara is a new night cream. {a} The jar is recyclable.\n\nI switched to Dorvix last spring. {b}",
]


@pytest.mark.parametrize("page", _TWO)
@pytest.mark.parametrize("denial,harm", _BARE)
def test_a_bare_group_on_a_page_about_two_products_is_nobodys(page, denial, harm):
    assert not contradictions(page.format(a=denial, b=harm) + "\n")


#: one product: a maker, a place or a spokesperson named once is no rival
_ONE = [
    "Zelvara is a night cream made in Leeds by Hartwell Labs. {a} The jar is recyclable.\n\n{b}",
    "Zelvara is a night cream. Its founder, Priya Nair, started the brand in a kitchen. {a} The jar is recyclable.\n\n{b}",
    "Zelvara is a night cream sold at Bramwells. {a} Delivery takes three days.\n\n{b}",
]


@pytest.mark.parametrize("page", _ONE)
@pytest.mark.parametrize("denial,harm", _BARE)
def test_a_bare_group_on_a_page_about_one_product_is_its_users(page, denial, harm):
    text = page.format(a=denial, b=harm) + "\n"
    assert flags_pair(text, denial, harm)


@pytest.mark.parametrize("denial,other", [
    ("Zelvara causes no headaches.", "In the trial, people on placebo often reported headaches."),
    ("Zelvara causes no headaches.", "People given a dummy cream often reported headaches."),
    ("Zelvara causes no headaches.", "Patients receiving usual care often reported headaches."),
    ("Zelvara never causes a rash.", "Some people on placebo developed a rash."),
    ("Zelvara never causes a rash.", "Women given a sham cream often reported a rash."),
    ("Zelvara does not cause itching.", "In the study, people on the placebo often reported itching."),
    ("Zelvara does not cause itching.", "Volunteers given a dummy lotion reported itching."),
    ("Zelvara does not cause redness.", "Participants on placebo often noticed redness."),
    ("Zelvara does not cause redness.", "Patients receiving standard care reported redness."),
    ("Zelvara does not cause dry skin.", "People on placebo often reported dry skin."),
    ("Zelvara does not cause dry skin.", "Adults given a sham treatment noticed dry skin."),
    ("Zelvara does not cause nausea.", "Children on placebo often reported nausea."),
    ("Zelvara does not cause nausea.", "Patients given a dummy pill reported nausea."),
    ("Zelvara does not cause dizziness.", "People receiving a placebo often reported dizziness."),
    ("Zelvara does not cause dizziness.", "Those on placebo often reported dizziness."),
])
def test_a_placebo_arms_people_are_not_its_users(denial, other):
    assert _quiet(denial, other)


@pytest.mark.parametrize("denial,harm", [
    ("Zelvara causes no headaches.", "People on it often reported headaches."),
    ("Zelvara causes no headaches.", "Headaches were reported by people on Zelvara and people on placebo."),
    ("Zelvara never causes a rash.", "Some people on the cream developed a rash."),
])
def test_the_products_takers_beside_an_arm_are_its_users(denial, harm):
    assert _pairs(denial, harm)


@pytest.mark.parametrize("denial,harm", _BARE)
def test_the_title_lines_words_are_no_rival(denial, harm):
    # "Gummies" of the title line is written twice and is no dictionary word: still the product's
    text = (f"Zelvara Sleep Gummies: Magnesium + Melatonin\n\nZelvara works with your body. {denial} "
            f"Zelvara comes in a pouch. Chew two Gummies before bed.\n\nThe pouch is recyclable. {harm}\n")
    assert flags_pair(text, denial, harm)


@pytest.mark.parametrize("before", [
    "I'm on Dorvix these days.",
    "I switched to Dorvix last spring.",
    "My sister swears by Dorvix.",
    "We tried Dorvix Gel instead.",
    "Lately I've been using Dorvix.",
])
def test_a_bare_group_right_after_another_product_in_use_is_nobodys(before):
    denial, harm = _BARE[0]
    text = f"Zelvara is a new night cream. {denial} The jar is recyclable.\n\n{before} {harm}\n"
    assert not contradictions(text)


@pytest.mark.parametrize("before", [
    "Available in Blue Razz and Sour Apple.",
    "Order before noon at Bramwells for next-day delivery.",
    "Made in Leeds by Hartwell Labs.",
    "FAQ: Why is my skin red?",
    "Ask Priya Nair, our founder, anything.",
])
def test_a_bare_group_after_a_flavour_shop_or_maker_is_the_products(before):
    denial, harm = _BARE[0]
    text = f"Zelvara is a new night cream. {denial} The jar is recyclable.\n\n{before} {harm}\n"
    assert flags_pair(text, denial, harm)
