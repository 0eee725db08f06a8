"""Helpers for writing rows compactly. Used by r1.py ... r4.py and build.py."""
CLAIM_TYPES = ["harm", "no_harm", "benefit", "no_benefit", "raises", "lowers",
               "dose_limit", "dose_unlimited", "interaction", "no_interaction",
               "unsafe_for_group", "safe_for_group", "allergen", "allergen_free",
               "course_lasting", "course_fading"]
DENIED = {"no_harm", "no_benefit", "no_interaction", "allergen_free"}
CONTROL_TYPES = ["question", "other_intervention", "disease_symptom", "instruction",
                 "mechanism", "general_class", "hypothetical", "debunked_myth"]
SUBJECT_FORMS = ["brand", "generic", "ingredient", "category", "pronoun", "user",
                 "passive", "first_person", "quoted"]
REGISTERS = ["tv_radio_transcript", "social_caption", "magazine_feature", "review_site",
             "shelf_card", "fitness_newsletter", "parenting_blog", "translated_insert",
             "doctor_qa", "community_newsletter", "retailer_faq", "influencer_script"]
REG = {"tv": "tv_radio_transcript", "soc": "social_caption", "mag": "magazine_feature",
       "rev": "review_site", "shelf": "shelf_card", "fit": "fitness_newsletter",
       "par": "parenting_blog", "ins": "translated_insert", "dqa": "doctor_qa",
       "com": "community_newsletter", "faq": "retailer_faq", "inf": "influencer_script"}


def C(type_, reg, context, target, product, sf, effect, term, hedged, why,
      gb=False, also=None):
    r = dict(type=type_, register=REG[reg], context=context, target=target,
             product=product, subject_form=sf, effect=effect, effect_term=term.lower(),
             hedged=hedged, why=why, spelling="GB" if gb else "US")
    if also:
        r["also_effects"] = [[a, b.lower()] for a, b in also]
    return r


def K(ctype, reg, context, target, product, sf, why, gb=False):
    return dict(type="control", control_type=ctype, register=REG[reg], context=context,
                target=target, product=product, subject_form=sf, why=why,
                spelling="GB" if gb else "US")
