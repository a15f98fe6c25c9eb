from __future__ import annotations

import pytest

from pipeline.extraction.context import is_present_passive, pick_location


@pytest.mark.parametrize(
    "text, place",
    [
        ("They signed the agreement in San Salvador last month.", "San Salvador"),
        # Particles inside a place's name; a date's month after it is not part of it.
        ("They signed the agreement in Ciudad del Este on Tuesday.", "Ciudad del Este"),
        (
            "They signed the agreement in Santa Cruz de la Sierra in 2006.",
            "Santa Cruz de la Sierra",
        ),
        ("In Jakarta March 5-6, Ghana and Togo signed the agreement.", "Jakarta"),
        # An opening place with phrases of when or of the occasion before its comma.
        ("In Nairobi in September, Ghana and Togo signed the agreement.", "Nairobi"),
        (
            "In New York on the margins of the UN General Assembly in September, Ghana and "
            "Togo signed the agreement.",
            "New York",
        ),
        # Not a clause with a verb before the comma.
        ("In Nairobi after they discussed trade, Ghana and Togo signed the agreement.", None),
        # Where someone spoke is not where the agreement was signed.
        (
            "At a press conference in Bogota on Monday, the President praised the agreement "
            "Ghana signed with Togo in Cartagena on Friday.",
            "Cartagena",
        ),
        # At a press conference where the signing itself took place, its place is where.
        (
            "At a joint press conference in Manila on Tuesday, Ghana and Togo signed the "
            "agreement.",
            "Manila",
        ),
        # A ship; a room that a where-clause after it makes the signing's.
        (
            "Aboard the USS Ronald Reagan on April 20, Ghana and Togo signed it.",
            "USS Ronald Reagan",
        ),
        (
            "The Secretary hosted the Minister in the Treaty Room, where Ghana and Togo signed "
            "the agreement.",
            "Treaty Room",
        ),
        # An opening venue after a time phrase; its city after it.
        (
            "Two months later, at United Nations Headquarters in New York, Ghana and Togo "
            "signed the agreement.",
            "New York",
        ),
        # "at Sea" ends a topic, not a place.
        ("Ghana and Togo signed a Letter of Intent on Prosecuting Crimes at Sea.", None),
        # A building's city after it, when the building's name looks like a place.
        (
            "Ghana and Togo signed the agreement at United Nations Headquarters in New York.",
            "New York",
        ),
        ("They signed it at DHS Headquarters in Washington.", "Washington"),
        # A building of no city: centres, headquarters, ports, head first or last.
        (
            "They signed the agreement at the Kennedy Space Center on Tuesday.",
            "Kennedy Space Center",
        ),
        ("They signed the arrangement at NOAA headquarters on Monday.", "NOAA headquarters"),
        ("They signed the declaration at the Palacio Nacional on Friday.", "Palacio Nacional"),
        (
            "At a ceremony at the Port of Los Angeles, Ghana and Togo signed it on Thursday.",
            "Port of Los Angeles",
        ),
        # The city after a building is where ("..., in a ceremony at X in Washington").
        (
            "Ecuador became the 39th nation to sign the Accords on Wednesday, in a ceremony at "
            "NASA Headquarters in Washington.",
            "Washington",
        ),
        # A building a purpose phrase names is no place of the signing.
        ("USAID and Angola signed a grant agreement for new cranes at the Port of Lobito.", None),
        # Nor an opening place of another clause after a time phrase.
        (
            "In a speech last September, in Nairobi, President Ruto called for trade, and on "
            "Monday Kenya and the United States signed a trade agreement.",
            None,
        ),
        # A school's campus is part of its name, no place of the signing.
        (
            "They signed an agreement with the University of Texas at San Antonio on Monday.",
            None,
        ),
        # A place's own article: "The Hague" (not "The Washington Post").
        ("Ghana and Togo signed the declaration in The Hague.", "The Hague"),
        ("Ghana and Togo signed the memorandum in The Gambia on Tuesday.", "The Gambia"),
        # An opening place after an opening time phrase.
        ("Seventy-three years ago, in San Francisco, our two nations signed it.", "San Francisco"),
        ("Last week, in Nairobi, Kenya and the United States signed a memorandum.", "Nairobi"),
        ("It was signed at Praia on March 14, 2019.", "Praia"),
        ("Today in Accra, the United States and Ghana signed three agreements.", "Accra"),
        ("They signed it in February 2020.", None),
        # A country after a lower-case topic is the topic's; a city there is the signing's.
        ("Ghana signed a letter of intent on water security in Ethiopia.", None),
        ("Ghana signed a memorandum on trade in Nairobi.", "Nairobi"),
        # An official after the place's comma is no part of it.
        ("In Manila Bay, Vice Admiral Ana Ruiz and Ghana signed the memorandum.", "Manila Bay"),
        # After a dateline, the sentence's own opening place; a day before its comma.
        ("WASHINGTON, June 4, 2024 — Today in Accra, Ghana and Togo signed it.", "Accra"),
        ("In Washington on Monday, Ghana and Togo signed the agreement.", "Washington"),
        ("In Nairobi yesterday, Ghana and Togo signed the agreement.", "Nairobi"),
        # Day first, as embassies abroad write dates.
        ("In Dili on 26 April 2024, Ghana and Togo signed the agreement.", "Dili"),
        ("In Guatemala City on 14th March, Ghana and Togo signed the agreement.", "Guatemala City"),
        # An opening phrase about the occasion tells where it was.
        (
            "On the margins of the G20 summit in New Delhi, Ghana and Togo signed the agreement.",
            "New Delhi",
        ),
        (
            "On the sidelines of the ASEAN summit in Jakarta, Ghana and Togo signed it.",
            "Jakarta",
        ),
        (
            "During the 10th Bilateral Dialogue in Ottawa on March 4, Ghana and Togo signed it.",
            "Ottawa",
        ),
        ("They signed it in accordance with the law.", None),
        ("They signed the U.S.-Alliance for Development in Democracy (ADD) memorandum.", None),
        # A trip or visit told before the signing places it.
        (
            "On her trip to Mexico, the Vice President witnessed the signing of an MOU.",
            "Mexico",
        ),
        ("During his visit to Accra, Ghana and the United States signed an MOU.", "Accra"),
        # Told after it, or not framing the sentence, it is another journey.
        ("They signed an MOU before the trip to Accra.", None),
        ("Ahead of his visit to India, Ghana and the United States signed an MOU.", None),
        ("Following her trip to Africa, Ghana and the United States signed an MOU.", None),
        # A place opening the sentence, its subject right after the comma.
        ("In Nairobi, Kenya and the United States signed an MOU.", "Nairobi"),
        ("In March, Kenya and the United States signed an MOU.", None),
        # A where-clause: the place it opens with.
        ("The Secretary traveled to Kumasi, where she signed an MOU with Ghana.", "Kumasi"),
        ("The Secretary traveled to Kumasi, Ghana, where she signed an MOU.", "Kumasi, Ghana"),
        (
            "The Secretary traveled to Kumasi, Ghana, yesterday, where she signed an MOU.",
            "Kumasi, Ghana",
        ),
        # A capital "In" elsewhere, or before no place, gives none.
        ("In Honor of Independence Day, Kenya and the United States signed an MOU.", None),
        ("Kenya and the United States signed an MOU on cooperation In Agriculture.", None),
        # A region is what the cooperation is about; a place past a semicolon is another
        # clause's.
        ("Kenya and Ghana signed a Letter of Intent on trade in Central America.", None),
        ("Kenya signed the accord; later, a Mission opened in Nairobi.", None),
        # A list of signers between semicolons, or "; the ceremony ...", is the same clause.
        (
            "The accord was signed by Kenya's Minister, Ana Ruiz; Ghana's Minister, Paul "
            "Ortega; and Togo's Minister, Sani Yaya, in Accra on March 3.",
            "Accra",
        ),
        ("Kenya and Ghana signed the accord; the ceremony took place in Accra.", "Accra"),
        # "at" a venue within the verb's object; not "at" someone's invitation.
        ("Kenya and Ghana signed the accord at Camp Aguinaldo.", "Camp Aguinaldo"),
        (
            "Kenya and Ghana signed it at Andersen Air Force Base on Monday.",
            "Andersen Air Force Base",
        ),
        ("Kenya and Ghana signed the accord at President Ruiz's invitation.", None),
        # An opening phrase that tells where the ceremony was.
        ("At a signing ceremony in Tashkent on April 18, Kenya and Ghana signed it.", "Tashkent"),
        ("During a ceremony in Accra, Kenya and Ghana signed the accord.", "Accra"),
        ("At a meeting on cooperation in Africa, Kenya and Ghana signed it.", None),
        # A room or building, opening the sentence or after the verb.
        ("In the Oval Office today, Kenya and Ghana signed the accord.", "Oval Office"),
        ("Kenya and Ghana signed the accord in the Treaty Room on Monday.", "Treaty Room"),
        ("Kenya and Ghana, who met in the East Room, signed the accord.", None),
        # Where a party is based, or what a purpose or relative clause is about ...
        ("USAID signed an MOU with Microsoft to expand digital skills in Kenya.", None),
        ("DFC signed a loan with Banco Pichincha, a bank headquartered in Ecuador.", None),
        ("NASA signed an agreement with Axiom Space, a company based in Houston.", None),
        ("Kenya signed a deal that will create jobs in Nairobi.", None),
        # ... but not a preposition "to" or a gerund after it.
        ("Kenya and Ghana signed a protocol to the 2011 accord in Accra.", "Accra"),
        ("Kenya signed on to a joint statement at the UN in New York.", "New York"),
        ("Kenya and Ghana signed the accord in Accra to expand trade.", "Accra"),
        # A date after the purpose clause closes it: the place after the date is the signing's.
        ("Kenya and Ghana signed an MOU to expand trade on Friday in Accra.", "Accra"),
        # A place after a full date before the opening comma.
        ("In Tokyo on May 24, 2022, the United States and Japan signed an MOU.", "Tokyo"),
        # A lower-case participle's object is a topic, like one after "on".
        ("Ghana signed the joint statement condemning the violence in Sudan.", None),
        ("Ghana signed the joint statement supporting elections in Mali.", None),
        ("Ghana signed the statement during the meeting in Mali.", "Mali"),
        # A building "at the ..." when no city is named; the city when one is.
        ("Ghana and Togo signed a letter of intent at the White House on Thursday.", "White House"),
        ("At the Akasaka Palace on Monday, Ghana and Japan signed an MOU.", "Akasaka Palace"),
        ("Today at the White House, Kenya and Ghana signed an MOU.", "White House"),
        ("The MOU was signed at the Pentagon by Kenya and Ghana.", "Pentagon"),
        ("Kenya and Ghana signed the accord at the Akasaka Palace in Tokyo.", "Tokyo"),
        ("Kenya and Ghana signed the accord at the Department of State.", None),
        # A named venue opening the sentence, with its city before the comma, and the time
        # of day before it; a talk's place stays the talk's ("At a press conference in ...").
        (
            "At the Department of State Headquarters in Washington, Kenya and Ghana signed "
            "an MOU today.",
            "Washington",
        ),
        (
            "Earlier today at the Department of State Headquarters in Washington, Kenya and "
            "Ghana signed an MOU.",
            "Washington",
        ),
        (
            "On Monday at the Ministry of Foreign Affairs in Lima, Peru and Ghana signed an MOU.",
            "Lima",
        ),
        (
            "At a press conference in Bogota on Monday, Ghana praised the MOU that Kenya signed "
            "in Nairobi.",
            "Nairobi",
        ),
        # A building the sentence names elsewhere is not where it was signed.
        ("The MOU builds on work at the Kennedy Center, Kenya said after Ghana signed it.", None),
        # An adverbial participle's place is where the signing was.
        (
            "Ghana signed the MOU on Tuesday while attending a security conference in Singapore.",
            "Singapore",
        ),
        # A building in another clause, a purpose or a second verb's is not the signing's.
        (
            "Ghana and Togo signed the MOU on Monday, days after President Ruto hosted them at "
            "the White House.",
            None,
        ),
        ("Ghana and Togo signed the MOU a week after their meeting at the Pentagon.", None),
        (
            "Ghana and Togo signed the MOU and later attended a dinner at the Vice President's "
            "Residence.",
            None,
        ),
        (
            "The Embassy signed a grant with Uzbekistan to restore the painted ceilings at the "
            "Khudayar Khan Palace.",
            None,
        ),
        # A date's or an appositive's comma, or a verb joined to the signing, is the same clause.
        (
            "Ghana and Togo signed the Joint Declaration on Tuesday, April 30, at the White House.",
            "White House",
        ),
        (
            "Ghana signed the agreement with Minister Ana Ruiz of Togo, at State House.",
            "State House",
        ),
        (
            "Ghana and Canada signed and exchanged the Arctic Agreement at the Lester B. Pearson "
            "Building on Monday.",
            "Lester B. Pearson Building",
        ),
        # "of" after a place belongs to what follows.
        (
            "The two leaders welcomed the signing yesterday in Manila of a Letter of Intent.",
            "Manila",
        ),
        # A place right after the verb wins over one opening the sentence.
        (
            "In Manila, the Secretary will mark the anniversary of the Mutual Defense Treaty, "
            "signed in Washington on August 30, 1951.",
            "Washington",
        ),
        # Languages are no place; a place named like one is.
        ("Ghana and Peru signed the agreement in Spanish.", None),
        ("Ghana and Peru signed the agreement in English and Spanish.", None),
        ("Ghana and France signed the agreement in French Polynesia.", "French Polynesia"),
        # A possessive owns what follows it: no place.
        ("Benin signed the compact, the largest investment in Benin's history.", None),
    ],
)
def test_pick_location(parsed, first_trigger, text, place):
    doc = parsed(text)
    trigger = first_trigger(doc)
    assert pick_location(doc, trigger.sent, trigger[0].idx, set()) == place


@pytest.mark.parametrize(
    "text, expected",
    [("(The Memorandum is signed.)", True), ("The Memorandum was signed.", False)],
)
def test_present_passive(parsed, first_trigger, text, expected):
    doc = parsed(text)
    trigger = first_trigger(doc)
    assert is_present_passive(doc, trigger.start, trigger.end) is expected


@pytest.mark.parametrize(
    "text, past",
    [
        ("It has been two decades since we signed the framework.", True),
        ("We recently concluded an agreement.", True),
        ("The previous administration signed an agreement.", True),
        ("Ghana signed a Letter of Intent.", False),
    ],
)
def test_recalls_past(parsed, text, past):
    from pipeline.extraction.context import recalls_past

    doc = parsed(text)
    assert recalls_past(doc, doc[:]) is past


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Ghana and Togo signed an MOU today. Today's meeting in Washington, D.C. builds on "
            "a year of work.",
            "Washington, D.C.",
        ),
        (
            "Ghana and Togo signed an MOU today. Today’s signing ceremony in Accra was short.",
            "Accra",
        ),
        (
            "Ghana and Togo signed an MOU today. Today's ceremony in Accra closed the summit.",
            "Accra",
        ),
        ("Ghana and Togo signed an MOU today. The meeting in Accra was yesterday.", None),
        # Not for a virtual signing, nor from far away in the release.
        ("Ghana and Togo signed an MOU by video today. Today's meeting in Accra was short.", None),
        (
            "Ghana and Togo signed an MOU today. "
            + "They talked. " * 60
            + "Today's meeting in Accra.",
            None,
        ),
    ],
)
def test_todays_place(parsed, text, place):
    from pipeline.extraction.context import todays_place

    doc = parsed(text)
    assert todays_place(doc, next(doc.sents)) == place
