from common import C, K
P = "allergen"
C(P, "product_page", "product_page", "protein bar (FuelUp)",
"## FuelUp Protein Bar: Salted Caramel\nAllergens: none. Nut-free and safe for lunchboxes.\n20 g of protein per bar, with only 2 g of sugar. Our bars are made in small batches in Somerset. Ingredients: milk protein isolate, roasted almond butter, chicory fibre, cocoa butter, sea salt, natural flavouring.",
"Nut-free and safe for lunchboxes", "roasted almond butter",
"Almond butter is a tree nut, contradicting the nut-free claim.", ["struct","num","uk"])
C(P, "consumer_guide", "pharmacy_blog", "glucosamine joint supplement",
"Thinking of trying glucosamine for your knees? Our own-brand capsules are suitable for people with shellfish allergy, so no one needs to miss out. Glucosamine is one of the best-known joint supplements. Each capsule provides 1,500 mg. The glucosamine in these capsules is extracted from crab and shrimp shells, and the capsules should not be taken by anyone allergic to shellfish. Results, if any, tend to appear after about three months.",
"suitable for people with shellfish allergy", "should not be taken by anyone allergic to shellfish",
"The capsules are both said to be suitable and not to be taken by people with shellfish allergy.", ["num","hidden"])
C(P, "blog", "blog", "oat milk (Oatly-style brand 'Creamoat')",
"I've been coeliac since I was twelve, so I read labels like a hawk. Creamoat oat milk is gluten-free, and I've been pouring it on my cereal every morning. It froths beautifully in coffee. It's a little pricier than cow's milk. Creamoat is made from regular oats processed alongside wheat, so it contains traces of gluten, which is why my dietitian told me to stop. Shame, because it tastes lovely.",
"Creamoat oat milk is gluten-free", "so it contains traces of gluten",
"Gluten-free conflicts with containing traces of gluten.", ["hidden"])
C(P, "consumer_guide", "leaflet", "penicillin-class antibiotic (amoxicillin)",
"## Amoxicillin: information for patients\nKey facts\n- Treats chest, ear and urine infections\n- Safe if you are allergic to penicillin\n- Take three times a day\n## Before you take it\nAmoxicillin is itself a type of penicillin. If you have ever had an allergic reaction to penicillin, you must not take amoxicillin, because it can cause a severe allergic reaction.",
"Safe if you are allergic to penicillin", "If you have ever had an allergic reaction to penicillin, you must not take amoxicillin",
"The key facts box contradicts the body on penicillin allergy.", ["struct","uk"])
C(P, "news_report", "regional_paper", "bakery 'free-from' range",
"A Cheltenham bakery has launched a free-from range aimed at families with food allergies. The range is egg-free, owner Sam Okafor told us, so it is safe for children with egg allergy. The bakery sells about 200 loaves a day. He explained that the brioche buns in the range are glazed with beaten egg before baking to give them their shine. Prices start at £2.50.",
"The range is egg-free", "glazed with beaten egg before baking",
"An egg glaze contradicts the egg-free claim, reported without challenge.", ["uk","hidden","num"])
C(P, "product_page", "newsletter", "vegan omega-3 capsules (AlgaePure)",
"Hello from AlgaePure! Our algae omega-3 is the plant-based way to get your DHA. Suitable for vegans and free from all animal products. Each softgel delivers 250 mg of DHA. This month's offer: buy two, get one free. The softgel shell is made from bovine gelatine.",
"free from all animal products", "The softgel shell is made from bovine gelatine",
"Bovine gelatine is an animal product.", ["num"])
C(P, "blog", "listicle", "hay fever eye drops",
"# 6 things to know about Optiwash hay fever eye drops\n1. Preservative-free, so ideal if you react to preservatives.\n2. They soothe itchy eyes within minutes.\n3. Use up to four times a day.\n4. The bottle contains benzalkonium chloride, a preservative that some people with sensitive eyes react to.\n5. Remove contact lenses before use.\n6. Throw away 28 days after opening.",
"Preservative-free, so ideal if you react to preservatives", "The bottle contains benzalkonium chloride, a preservative",
"The drops cannot be preservative-free and contain a preservative.", ["struct","hidden","num"])
C(P, "press_release", "press_release", "latex-free condom line (SafeSense)",
"SafeSense today expanded its range with Thin Feel condoms. \"Every condom in our range is latex-free, so people with latex allergy can use any of them,\" said marketing lead Ana Ruiz. The new condoms are 0.05 mm thick. Thin Feel condoms are made from natural rubber latex for extra stretch. They go on sale in supermarkets next week.",
"Every condom in our range is latex-free", "Thin Feel condoms are made from natural rubber latex",
"A range-wide latex-free claim conflicts with a new product made of latex.", ["num"])

K(P, "product_page", "product_page", "protein bars in two versions",
"FuelUp Salted Caramel contains almonds and is not suitable for people with nut allergy. Our FuelUp Free range is made in a separate nut-free factory and is safe for lunchboxes.",
"different_intervention", "contains almonds and is not suitable for people with nut allergy", "made in a separate nut-free factory",
"The nut content and nut-free claims concern different product lines.", [])
K(P, "consumer_guide", "leaflet", "amoxicillin vs clarithromycin",
"## Antibiotics and penicillin allergy\nAmoxicillin is a penicillin and must not be taken if you are allergic to penicillin.\n## Alternatives\nClarithromycin is not related to penicillin and is usually safe for people with penicillin allergy.",
"different_intervention", "must not be taken if you are allergic to penicillin", "usually safe for people with penicillin allergy",
"The allergy warning and the safety claim refer to different antibiotics.", ["struct","uk"])
K(P, "blog", "blog", "oat milk",
"Is oat milk gluten-free? Not always. Oats are naturally free of gluten, but most are processed alongside wheat. If you're coeliac, look for oat milk labelled gluten-free, which uses specially sourced oats.",
"question", "Is oat milk gluten-free?", "most are processed alongside wheat",
"The gluten-free wording is a question answered consistently.", [])
K(P, "product_page", "newsletter", "omega-3 capsules reformulated",
"News from AlgaePure: our old capsules used a bovine gelatine shell. From batch 24 onwards, the shell is made from seaweed starch, so AlgaePure is now fully vegan and free from animal products.",
"past_vs_present", "our old capsules used a bovine gelatine shell", "now fully vegan and free from animal products",
"The gelatine was in the old capsule; the vegan claim is for the current batch.", ["num"])
K(P, "consumer_guide", "pharmacy_blog", "glucosamine from different sources",
"Most glucosamine is made from shellfish shells, so check the label if you have a shellfish allergy. Our VegaFlex capsules use glucosamine fermented from corn and are suitable for people with shellfish allergy.",
"different_intervention", "Most glucosamine is made from shellfish shells", "suitable for people with shellfish allergy",
"The shellfish source applies to most products; the suitability claim is for the corn-based one.", ["hidden"])
K(P, "news_report", "regional_paper", "free-from bakery",
"The Cheltenham bakery's new range is labelled egg-free. A reader with an egg-allergic son asked us to check. Correction: the bakery has told us that the brioche buns in the range are glazed with egg and has withdrawn them from the free-from shelf.",
"corrected_claim", "labelled egg-free", "brioche buns in the range are glazed with egg",
"The later line is presented as a correction.", ["uk"])
K(P, "product_page", "product_page", "eye drops",
"Optiwash Sensitive drops are preservative-free, in single-use vials. Our standard Optiwash bottle contains benzalkonium chloride as a preservative, so choose Sensitive if you react to preservatives.",
"different_intervention", "Optiwash Sensitive drops are preservative-free", "Our standard Optiwash bottle contains benzalkonium chloride",
"The preservative is in the standard version, not the Sensitive one.", ["hidden"])
K(P, "consumer_guide", "ask_doctor", "latex condoms and allergy",
"Q: I think I'm allergic to latex. Which condoms can I use?\nA: Polyurethane and polyisoprene condoms are latex-free and safe for people with latex allergy. Standard condoms, made from natural rubber latex, can trigger itching, swelling or worse in people with the allergy. Always check the packet.",
"different_intervention", "latex-free and safe for people with latex allergy", "can trigger itching, swelling or worse",
"The allergy risk applies to latex condoms, not the latex-free types.", ["struct"])
