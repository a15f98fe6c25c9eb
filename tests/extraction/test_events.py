"""Signing events from sentences in the shapes real releases use (written for these tests)."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.corpus import Release

SIGNED = [
    # active, with a counterparty
    (
        "Today, Secretary of State Margaret L. Okafor signed a Memorandum of Understanding on "
        "Port Security with Ghanaian Foreign Minister Kwame Asante in Accra.",
        {
            "agreement": "Memorandum of Understanding on Port Security",
            "agreement_type": "memorandum",
            "countries": ["GHA", "USA"],
            "date": "2022-03-07",
            "location": "Accra",
        },
    ),
    # coordinated subjects
    (
        "The United States and Costa Rica signed a Customs Mutual Assistance Agreement on Tuesday.",
        {"agreement_type": "agreement", "countries": ["CRI", "USA"], "date": "2022-03-01"},
    ),
    # passive with "by"
    (
        "The Letter of Intent was signed by the United States and Panama last month in Panama City.",
        {
            "agreement": "Letter of Intent",
            "agreement_type": "letter_of_intent",
            "countries": ["PAN", "USA"],
            "date": "2022-02",
            "location": "Panama City",
        },
    ),
    # nominal, with "between"
    (
        "The Vice President witnessed the signing of an MOU between the United States and Mexico.",
        {"agreement": "MOU", "agreement_type": "memorandum", "countries": ["MEX", "USA"]},
    ),
    # signed on to
    (
        "In 1979, Kenya signed on to the Convention on Migratory Species.",
        {"agreement_type": "convention", "countries": ["KEN"], "date": "1979"},
    ),
    # became a signatory
    (
        "On Wednesday, March 2, Bahrain became the 17th nation to become a signatory to the Artemis Accords.",
        {
            "agreement": "Artemis Accords",
            "agreement_type": "accord",
            "countries": ["BHR"],
            "date": "2022-03-02",
        },
    ),
    # inked
    (
        "Poland and the United States inked an agreement on civil nuclear cooperation yesterday.",
        {"agreement_type": "agreement", "countries": ["POL", "USA"], "date": "2022-03-06"},
    ),
    # concluded
    (
        "Israel and Egypt concluded the Camp David Accords 43 years ago.",
        {"agreement": "Camp David Accords", "countries": ["EGY", "ISR"], "date": "1979"},
    ),
    # entered into
    (
        "The U.S. Agency for International Development entered into a memorandum of understanding "
        "with Honduras earlier this week.",
        {"agreement_type": "memorandum", "countries": ["HND", "USA"], "date": "2022-03"},
    ),
    # participle after its instrument
    (
        "The U.S.-Kenya Treaty of Friendship, signed in 1965, remains in force.",
        {"agreement_type": "treaty", "date": "1965"},
    ),
    # on behalf of
    (
        "Minister for Trade Lina Haddad signed the Artemis Accords on behalf of the Hashemite Kingdom of Jordan.",
        {"agreement": "Artemis Accords", "countries": ["JOR"]},
    ),
    # "by the embassies of ...", a body's kind inside the list ("the EU delegation")
    (
        "The missions in Kabul issued a joint statement, and it was signed by the embassies of "
        "Chile, Peru, the EU delegation, Norway and Japan.",
        {"agreement_type": "joint_statement", "countries": ["CHL", "JPN", "NOR", "PER"]},
    ),
    (
        "The declaration was signed by representatives of Ghana and Togo in Lome.",
        {"agreement_type": "declaration", "countries": ["GHA", "TGO"], "location": "Lome"},
    ),
    # instruments of technical agencies
    (
        "The Foreign Agricultural Service and the Kenya Plant Health Inspectorate Service "
        "inked a phytosanitary work plan last month.",
        {"agreement": "phytosanitary work plan", "agreement_type": "other", "date": "2022-02"},
    ),
    (
        "Treasury signed a terms of reference with the Ministry of Finance of Ghana on Monday.",
        {"agreement": "terms of reference", "countries": ["GHA", "USA"], "date": "2022-03-07"},
    ),
    (
        "The FDA and Ghana signed a confidentiality commitment in 2017.",
        {"agreement_type": "other", "countries": ["GHA", "USA"], "date": "2017"},
    ),
    # "last October": the latest October before the release's month
    (
        "Ghana and Togo signed the Lome Accord last October.",
        {"agreement": "Lome Accord", "date": "2021-10", "date_precision": "month"},
    ),
    # military ranks: an office, then the holder's rank; each person with their country
    (
        "Deputy Secretary of Defense Kathleen Hicks and Jordanian Chairman of the Joint "
        "Chiefs of Staff Maj. Gen. Yousef Huneiti signed a logistics agreement in Amman.",
        {"countries": ["JOR", "USA"], "location": "Amman"},
    ),
    (
        # The officer named bare is the home country's.
        "Rear Adm. John Smith and Brig. Gen. Ana Ruiz of the Colombian Air Force signed a "
        "letter of intent.",
        {"agreement_type": "letter_of_intent", "countries": ["COL", "USA"]},
    ),
    # an unnamed counterpart, or one named by the body they come from
    (
        "Secretary Granholm signed a memorandum of understanding with her Chilean counterpart.",
        {"countries": ["CHL", "USA"]},
    ),
    (
        "Secretary Granholm and her counterpart from Chile's Ministry of Energy signed a "
        "memorandum of understanding.",
        {"countries": ["CHL", "USA"]},
    ),
    # A place between the participle and its agents; the main clause's date is not its.
    (
        "The 2013 agreement on health cooperation, signed in Hanoi by Ghana and Togo, "
        "expired last year.",
        {"countries": ["GHA", "TGO"], "date": "2013", "location": "Hanoi"},
    ),
    # An agency's mission to a country and a region: the agency's officer.
    (
        "USAID/Kenya and East Africa Mission Director Thomas Breckley and Kenyan Minister of "
        "Health Susan Nakhumicha signed a grant agreement.",
        {"countries": ["KEN", "USA"]},
    ),
    # A city's mayor is of the city's country.
    (
        "Ambassador Helen Marlowe and the Mayor of Tbilisi, Giorgi Beridze, signed a "
        "memorandum of understanding on urban resilience.",
        {"countries": ["GEO", "USA"]},
    ),
    # A mission's deputy chief is the home country's, as its chief and chargé are.
    (
        "Deputy Chief of Mission Jonathan Reeve and Ghanaian Minister of Health Kwaku "
        "Agyeman-Manu signed a grant agreement.",
        {"countries": ["GHA", "USA"]},
    ),
    # An exchange of the signed documents is the signing's ceremony.
    (
        "Secretary Blinken and Ghanaian Foreign Minister Shirley Ayorkor Botchwey exchanged "
        "the signed memorandum of understanding in Accra.",
        {"agreement_type": "memorandum", "countries": ["GHA", "USA"], "location": "Accra"},
    ),
    # "The two" are the pair named before, not the determiner of "signed".
    (
        "Secretary Blinken met Ghanaian Foreign Minister Shirley Ayorkor Botchwey. The two "
        "signed a letter of intent on health.",
        {"agreement_type": "letter_of_intent", "countries": ["GHA", "USA"]},
    ),
    # a dateline's country says where, not who
    (
        "NAIROBI, Kenya — USAID today signed a memorandum of understanding on clean water.",
        {"countries": ["USA"]},
    ),
]


@pytest.mark.parametrize("text, expected", SIGNED)
def test_signed_events(events_of, text, expected):
    events = events_of(text)
    assert len(events) == 1, events
    event = events[0]
    assert event["status"] == "signed"
    for key, value in expected.items():
        assert event[key] == value, key


@pytest.mark.parametrize(
    "text",
    [
        # In its own sentence, after the agency ...
        "The Millennium Challenge Corporation's board approved a program for Mozambique, and "
        "the agency expects to sign the program agreement with the Government of Mozambique.",
        # ... or in the next one.
        "The Millennium Challenge Corporation approved a program for Mozambique. The agency "
        "expects to sign the program agreement with the Government of Mozambique.",
        # ... the release's own agency, not another country's named after it.
        "The Millennium Challenge Corporation met Mozambique's National Energy Agency. The "
        "agency expects to sign the program agreement with the Government of Mozambique.",
    ],
)
def test_the_agency_stands_for_the_agency_named_before(events_of, text):
    [event] = events_of(text)
    assert event["status"] == "planned"
    assert [(p["name"], p["role"]) for p in event["parties"]] == [
        ("Millennium Challenge Corporation", "signer"),
        ("Government of Mozambique", "counterparty"),
    ]


@pytest.mark.parametrize(
    "text, status",
    [
        (
            "The United States and Indonesia will sign a Science and Technology Agreement in 2023.",
            "planned",
        ),
        ("Chile plans to sign the Artemis Accords later this year.", "planned"),
        ("The United States invited Kenya to sign the Artemis Accords.", "planned"),
        ("We look forward to signing the Health Security Agreement with Kenya.", "planned"),
        ("Russia declined to sign the joint statement.", "negated"),
        ("Georgia did not sign the Regional Convention on Electricity Trade.", "negated"),
        ("Mali has not signed the Kigali Declaration.", "negated"),
        ("Ghana was unable to sign the memorandum because of the floods.", "negated"),
        ("Ghana was unable to formally sign the memorandum on Monday.", "negated"),
        ("The Government of Ghana was unwilling to sign the memorandum on migration.", "negated"),
        # Unable to do something else: the signing happened.
        (
            "Kenyan Minister of Health Susan Nakhumicha, who was unable to travel to "
            "Washington, signed the memorandum of understanding on health security on Monday.",
            "signed",
        ),
        (
            "Although Minister Nakhumicha was unable to attend, Kenya signed the memorandum.",
            "signed",
        ),
        ("Ahead of the signing of the Kigali Declaration by Mali, officials met.", "planned"),
        ("Mali and Chad met in advance of signing the Kigali Declaration.", "planned"),
        # A nominal signing's predicate: still to come, or called off.
        (
            "The signing of the memorandum between Peru and Chile will take place next week.",
            "planned",
        ),
        ("The signing of the accord between Mali and Chad was cancelled.", "negated"),
        ("The signing of the accord between Mali and Chad has been delayed until June.", "negated"),
    ],
)
def test_planned_and_negated(events_of, text, status):
    events = events_of(text)
    assert [e["status"] for e in events] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "President Biden signed H.R. 55 into law today.",
        "The President signed an executive order on supply chains.",
        "President Biden signed a National Security Memorandum on critical infrastructure.",
        "The Governor signed a proclamation declaring a state of emergency.",
        "The Secretary signed the guest book at the Embassy.",
        "There are signs of progress in the talks with Mexico.",
        "Residents can sign up for alerts from the Embassy of Canada.",
        "The signing reflects the partnership between Mexico and the United States.",
        # Talks that ended are no signing.
        "The United States and Cabo Verde concluded negotiations on an Open Skies agreement.",
        "Negotiations on an Open Skies agreement between the United States and Cabo Verde "
        "concluded in Praia last week.",
        "Ghana and Togo entered into talks on a trade agreement.",
        # Concluding an instrument's text is no signing of it.
        "Negotiators have substantially concluded the text of a Ghana-Togo Trade Agreement.",
        # Entering into force is no signing.
        "The agreements will enter into force once they are approved by the U.S. Congress.",
        "The compact entered into effect after Palau and the United States ratified it.",
        # "nothing has been signed" says the instrument before it was not.
        "We discussed a memorandum on fisheries with Ecuador, but nothing has been signed.",
        # Who welcomes a signing did not sign; no party is named.
        "The United States welcomed the signing of the ceasefire agreement.",
        "Administrator Ana Ruiz welcomed the signing of an air quality pledge by several states.",
        # A group phrase that welcomed it stands for no one either.
        "President Ruto met Prime Minister Kishida. The two leaders welcomed the signing of a "
        "memorandum on health last month.",
        # "a sign of" is the noun: what follows is no instrument of the signing before it.
        "Ambassador Ana Ruiz welcomed the signing as a sign of the deep partnership with Ghana.",
        "The signing stands as a sign of the partnership between Ghana and the United States.",
        # The verb's own object is a law: the statement before it was not signed.
        "Statement by President Joe Biden on Signing the CHIPS and Science Act",
        "Statement by President Joe Biden on Signing an Executive Order on Supply Chains",
        # A plural that points at a list below is no instrument of its own.
        "The United States and France signed the following instruments:",
        # The release's own kind, by its speaker, about a signing.
        "Statement from NSC Spokesperson on the Postponed Shiprider Signing",
        "Statement by the Press Secretary on the Signing",
        # "signed" describes a document that exists: it is handed over, not signed.
        "Ambassador Caroline Baird handed over the signed letter of intent to Ghana's "
        "Minister of Health on 10 April.",
        "The Ambassador presented a signed copy of the memorandum to the Governor of Accra.",
        "Ambassador Caroline Baird handed over the newly signed letter of intent to Ghana.",
        "The Embassy delivered signed copies of the agreement with Ghana to the Ministry.",
        # A letter to someone is correspondence, not an instrument.
        "Secretary Blinken signed a letter to the Senate Foreign Relations Committee.",
        "President Biden and President Yoon signed a letter to Congress.",
        "Ambassador Ana Ruiz signed a letter to her counterpart in Ghana.",
        # Two companies; a hyphenated capital describes one, it is no government.
        "Atlanta-based Southern Grid Solutions signed a contract with Tbilisi-based Kartli "
        "Wind Energy to build a wind farm.",
    ],
)
def test_not_signing_events(events_of, text):
    assert events_of(text) == []


def test_several_instruments_in_one_sentence(events_of):
    events = events_of(
        "Today in Accra, the United States and Ghana signed three agreements: "
        "on aviation security, on customs cooperation and on health research."
    )
    assert sorted(e["agreement"] for e in events) == [
        "agreement on aviation security",
        "agreement on customs cooperation",
        "agreement on health research",
    ]
    assert all(e["countries"] == ["GHA", "USA"] and e["location"] == "Accra" for e in events)


@pytest.mark.parametrize(
    "text, status, countries",
    [
        (
            "A signing ceremony for the Framework Agreement on Maritime Cooperation between the "
            "United States and Indonesia is scheduled for Friday in Jakarta.",
            "planned",
            ["IDN", "USA"],
        ),
        (
            "The signing of the Free Trade Agreement between the United States and Kenya, "
            "planned for this week in Nairobi, has been postponed.",
            "negated",
            ["KEN", "USA"],
        ),
    ],
)
def test_a_signing_still_to_come_or_called_off_is_planned_or_negated(
    events_of, text, status, countries
):
    events = events_of(text, date="2024-05-01")
    assert [(e["status"], e["countries"]) for e in events] == [(status, countries)]


@pytest.mark.parametrize(
    "text",
    [
        "On July 5, 2022, the 30 Allies signed the Accession Protocols for Finland and Sweden.",
        "Foreign ministers signed a Joint Statement on Ukraine.",
    ],
)
def test_the_countries_a_name_is_about_sign_nothing(events_of, text):
    assert events_of(text) == []


def test_a_name_that_says_between_whom_keeps_a_called_off_signing(events_of):
    [event] = events_of(
        "The signing of the Memorandum of Understanding on Port Security between the United "
        "States and Nigeria has been postponed."
    )
    assert (event["status"], event["countries"]) == ("negated", ["NGA", "USA"])


def test_a_signing_noun_whose_name_says_between_whom_outranks_a_group_phrase(events_of):
    [event] = events_of(
        "Ghana and Togo signed a fisheries accord. The signing of the Memorandum on Port "
        "Security between the United States and Nigeria has been postponed while the two "
        "governments settle questions about fees."
    )[1:]
    assert (event["status"], event["countries"]) == ("negated", ["NGA", "USA"])


def test_a_nominal_signing_is_dated_by_its_predicate_past_a_relative_clause(events_of):
    [event] = events_of(
        "The signing of the Fisheries Access Agreement between Ghana and Togo, which had been "
        "delayed for two years, took place on Friday in Lome.",
        date="2024-05-01",
    )
    assert (event["date"], event["location"]) == ("2024-04-26", "Lome")


def test_a_participle_after_a_name_that_says_between_whom_is_signed_by_them(events_of):
    [event] = events_of(
        "President Biden and Philippine President Ferdinand Marcos Jr. reaffirmed their "
        "commitment to the Mutual Defense Treaty between the United States and the "
        "Philippines, signed in Washington on August 30, 1951."
    )
    assert [(p["name"], p["kind"]) for p in event["parties"]] == [
        ("United States", "country"),
        ("Philippines", "country"),
    ]
    assert (event["date"], event["location"]) == ("1951-08-30", "Washington")


def test_an_anniversary_dates_only_the_signing_it_is_of(events_of):
    events = events_of(
        "To mark the third anniversary of the signing of the AUKUS agreement, the defense "
        "ministers of Australia, the United Kingdom and the United States today signed a new "
        "Arrangement on Hypersonics.",
        date="2024-05-01",
    )
    dates = {e["agreement"]: e["date"] for e in events}
    assert dates["Arrangement on Hypersonics"] == "2024-05-01"


def test_an_instrument_counted_among_those_signed_is_no_signing(events_of):
    [event] = events_of(
        "The Arrangement on Clean Hydrogen that we signed today with Canada is the third "
        "agreement our two countries have signed this year."
    )
    assert (event["agreement"], event["agreement_type"]) == (
        "Arrangement on Clean Hydrogen",
        "arrangement",
    )
    assert events_of("This is the third agreement our countries have signed this year.") == []


def test_a_date_and_place_after_a_plural_name_are_no_list(events_of):
    [event] = events_of(
        "Ecuador signed the Artemis Accords on Wednesday, in Washington.", date="2024-05-01"
    )
    assert (event["agreement"], event["date"], event["location"]) == (
        "Artemis Accords",
        "2024-05-01",
        "Washington",
    )


@pytest.mark.parametrize(
    "text, agreements",
    [
        # Instruments of a list, each after the topic of the one before.
        (
            "The United States and Kenya signed a memorandum of understanding on health, a "
            "letter of intent on clean energy, and an agreement on cybersecurity.",
            ["agreement", "letter of intent", "memorandum of understanding"],
        ),
        # The items after a colon, not the plural that counts them.
        (
            "The U.S. Embassy and Bangladesh's Ministry of Agriculture signed two agreements on "
            "Tuesday: a grant agreement for seed research and a memorandum of understanding on "
            "soil health.",
            ["grant agreement", "memorandum of understanding"],
        ),
        # The colon after the partner the plural is signed with.
        (
            "Secretary Ana Ruiz signed three agreements with India's Minister of Commerce and "
            "Industry Piyush Goyal: a memorandum of understanding on supply chains, a framework "
            "on critical minerals, and a letter of intent on standards.",
            ["framework", "letter of intent", "memorandum of understanding"],
        ),
        # A topic of "and"-joined words is one topic.
        (
            "Ghana and Togo signed an agreement on oil and gas and a memorandum on fisheries.",
            ["agreement", "memorandum"],
        ),
        # A partner after the topic ends the list: another clause's instrument.
        (
            "Ghana and Togo signed an agreement on trade, a milestone for the region.",
            ["agreement"],
        ),
        # After a colon, semicolons separate the items of one list.
        (
            "The two sides signed the following: a Memorandum of Understanding on Higher "
            "Education between Morocco and Ghana; a Science and Technology Cooperation "
            "Agreement between Morocco and Ghana; and a Letter of Intent on Clean Energy "
            "between Morocco and Ghana.",
            [
                "Letter of Intent on Clean Energy between Morocco and Ghana",
                "Memorandum of Understanding on Higher Education between Morocco and Ghana",
                "Science and Technology Cooperation Agreement between Morocco and Ghana",
            ],
        ),
        # After a colon, a semicolon's words with a verb of their own are a clause.
        (
            "Ghana and Togo signed one instrument: a Memorandum of Understanding on Health "
            "Cooperation; a Letter of Intent on Education Exchanges is expected to follow in June.",
            ["Memorandum of Understanding on Health Cooperation"],
        ),
        # Without a colon a semicolon opens another clause.
        (
            "Ghana and Togo signed an agreement on trade; a memorandum on fisheries is next.",
            ["agreement"],
        ),
    ],
)
def test_instruments_listed_with_their_topics(events_of, text, agreements):
    assert sorted(e["agreement"] for e in events_of(text)) == agreements


def test_headline_and_body_are_one_event(events_of):
    text = (
        "The United States and Uzbekistan Sign Open Skies Agreement\n\n"
        "WASHINGTON -- Today, the United States and Uzbekistan signed an Open Skies Agreement "
        "in Washington. The Agreement will expand air services between the two countries."
    )
    events = events_of(text, dateline="Washington")
    assert len(events) == 1
    assert events[0]["date"] == "2022-03-07" and events[0]["location"] == "Washington"


def test_a_headline_name_for_a_later_mention_keeps_it_one_signing(events_of):
    # The headline names "the agreement" of the second body sentence; it still refers
    # back to the first one's "an agreement".
    text = (
        "United States and Nigeria Sign Agreement to Return Forfeited Assets\n\n"
        "The United States and Nigeria signed an agreement on March 4 for the return of "
        "forfeited assets. The agreement was signed by Ambassador Richard Mills and Nigeria's "
        "Minister of Justice Lateef Fagbemi at a ceremony in Abuja."
    )
    [event] = events_of(text)
    assert event["agreement"] == "Agreement to Return Forfeited Assets"
    assert (event["date"], event["location"], event["countries"]) == (
        "2022-03-04",
        "Abuja",
        ["NGA", "USA"],
    )


def test_the_document_refers_back_to_the_instrument_named_before(events_of):
    [event] = events_of(
        "The signing of the arrangement between the Department of Homeland Security and "
        "Mexico's Ministry of Foreign Affairs took place in Mexico City on Monday. Secretary "
        "Alejandro N. Mayorkas and Foreign Secretary Alicia Barcena signed the document."
    )
    assert (event["agreement"], event["agreement_type"]) == ("arrangement", "arrangement")
    assert (event["date"], event["location"]) == ("2022-03-07", "Mexico City")


@pytest.mark.parametrize(
    "text, countries",
    [
        (
            "Secretary Okafor met Foreign Minister Dlamini of Eswatini. Both countries signed a "
            "Memorandum of Understanding on education.",
            ["SWZ", "USA"],
        ),
        (
            "The United States welcomed Paraguay's decision. The two countries signed the Artemis "
            "Accords framework today.",
            ["PRY", "USA"],
        ),
        # Allies are countries, not the leaders named before.
        (
            "President Biden met President Marcos of the Philippines. The two allies remain "
            "bound by the Mutual Defense Treaty, signed in Washington in 1951.",
            ["PHL", "USA"],
        ),
    ],
)
def test_group_phrases_resolve_to_earlier_countries(events_of, text, countries):
    text = text.replace("Secretary Okafor", "U.S. Secretary of State Margaret Okafor")
    events = events_of(text)
    assert [e["countries"] for e in events] == [countries]


@pytest.mark.parametrize(
    "text, signers",
    [
        (
            "USAID and Ghana's Ministry of Health have worked together since 2010. The two "
            "agencies signed a Memorandum of Understanding on Tuesday.",
            ["U.S. Agency for International Development", "Ministry of Health of Ghana"],
        ),
        # The latest two named together, not the latest two apart.
        (
            "The FMC and the DOJ are both part of the White House Competition Council. Their "
            "partnership builds on a Memorandum of Understanding that the agencies entered "
            "into in July.",
            ["Federal Maritime Commission", "U.S. Department of Justice"],
        ),
        (
            "The Department of Homeland Security and the Department of Justice announced a task "
            "force. The two departments signed a Memorandum of Agreement in 2021.",
            ["U.S. Department of Homeland Security", "U.S. Department of Justice"],
        ),
        # Fewer agencies than the phrase counts: no parties, no event.
        ("NASA met with partners. The two agencies signed a Memorandum of Understanding.", None),
        # A pair told further back than the latest agency's sentence is not the one meant.
        (
            "USAID and the Department of State launched a program last year. Today, NASA "
            "Administrator Bill Nelson met with NOAA leadership. The two agencies signed an "
            "agreement.",
            [
                "National Aeronautics and Space Administration",
                "National Oceanic and Atmospheric Administration",
            ],
        ),
        # A body whose name opens a longer one is none of the two.
        (
            "The DOJ and the FMC announced a joint initiative. Both are part of the White "
            "House Competition Council. The two agencies signed a Memorandum of Understanding "
            "in July.",
            ["U.S. Department of Justice", "Federal Maritime Commission"],
        ),
        # After the verb the phrase is no subject.
        (
            "The Department of State and USAID lead the effort. The framework agreement signed "
            "in 2019 requires both departments to report annually.",
            None,
        ),
    ],
)
def test_group_phrases_of_agencies_resolve_to_earlier_agencies(events_of, text, signers):
    events = events_of(text)
    if signers is None:
        assert events == []
    else:
        [event] = events
        assert [p["name"] for p in event["parties"]] == signers
        assert all(p["kind"] == "agency" and p["role"] == "signer" for p in event["parties"])


def test_pronoun_after_single_antecedent(events_of):
    text = (
        "Ghanaian Foreign Minister Kwame Asante arrived in Washington on Monday. "
        "He signed a Letter of Intent with the United States on Tuesday."
    )
    [event] = events_of(text)
    names = [p["name"] for p in event["parties"]]
    assert "Kwame Asante" in names and event["date"] == "2022-03-01"


@pytest.mark.parametrize(
    "title, body, countries",
    [
        (
            "Joint Statement on Press Freedom in Belarus",
            "The undersigned members of the coalition condemn the arrests.\n\n"
            "Signed by the Governments of Canada, Estonia, Japan and the United States of America.",
            ["CAN", "EST", "JPN", "USA"],
        ),
        (
            "Joint Statement of the United States and Finland on Cooperation in Quantum Science",
            "We, signed below, intend to deepen our cooperation in research.",
            ["FIN", "USA"],
        ),
    ],
)
def test_signature_blocks_sign_the_release_itself(title, body, countries):
    import pipeline
    from pipeline.corpus import Release

    doc = pipeline.parse(Release(id="t", title=title, text=body, date="2022-04-05"))
    [event] = doc._.signings
    assert event["agreement_type"] == "joint_statement" and event["countries"] == countries
    assert event["rule"].startswith("document.")


def test_an_instrument_belongs_to_the_nearest_trigger(events_of):
    events = events_of(
        "Congress will act once accession talks have concluded and Allies sign "
        "the accession protocols with Sweden and Finland."
    )
    assert [(e["rule"], e["status"]) for e in events] == [("active.signed", "planned")]


@pytest.mark.parametrize(
    "text, signers, countries",
    [
        # "between" far after the instrument belongs to another noun: the subjects sign.
        (
            "Secretary of State Antony Blinken and Chairperson Amina Diallo signed a new "
            "Memorandum of Cooperation to advance the partnership between the United States "
            "and the Africa Centres for Disease Control and Prevention.",
            ["Antony Blinken", "Amina Diallo"],
            ["USA"],
        ),
        # "between" right after the instrument names the parties.
        (
            "Officials signed a Memorandum of Understanding today between Ghana and Togo.",
            [],
            ["GHA", "TGO"],
        ),
        # With no one else named, the far "between" is still the best reading.
        (
            "The Abraham Accords were signed in September 2020 and formally established "
            "relations between the UAE and Israel.",
            [],
            ["ARE", "ISR"],
        ),
        # A photo caption: the people at the signing are its signers.
        (
            "Secretary of State Antony J. Blinken and Ghanaian Foreign Minister Kwame Asante at a "
            "signing of a memorandum of understanding between the Government of the United "
            "States of America and the Government of Ghana on port security",
            ["Antony J. Blinken", "Kwame Asante"],
            ["GHA", "USA"],
        ),
        # Someone who witnessed the signing did not sign: the "between" group did.
        (
            "The Vice President witnessed the signing of an MOU between the United States and Mexico.",
            [],
            ["MEX", "USA"],
        ),
    ],
)
def test_signers_between_and_captions(events_of, text, signers, countries):
    events = events_of(text)
    assert len(events) == 1, events
    parties = events[0]["parties"]
    people = [p["name"] for p in parties if p["kind"] == "person" and p["role"] == "signer"]
    assert people == signers
    assert events[0]["countries"] == countries


TRANSCRIPT = (
    "Secretary Margaret L. Okafor at the Launch of the U.S.-Ghana Dialogue with Ghanaian "
    "Foreign Minister Kwame Asante\n\n"
    "MODERATOR: Welcome. We now turn to the signing of the letter of intent.\n\n"
    "(The letter of intent is signed.)\n\n"
    "MODERATOR: We now hear from Ms. Abena Owusu, who founded the youth archive.\n\n"
    "MS OWUSU: Thank you. Ms. Owusu is proud. As Ms. Owusu said before, the archive matters.\n"
)


def test_a_stage_direction_is_signed_by_the_people_the_headline_names(events_of):
    events = [e for e in events_of(TRANSCRIPT) if e["evidence"].startswith("(")]
    assert len(events) == 1, events
    assert [p["name"] for p in events[0]["parties"]] == ["Margaret L. Okafor", "Kwame Asante"]
    assert events[0]["countries"] == ["GHA", "USA"]


@pytest.mark.parametrize(
    "text, date, location",
    [
        # A photo caption shows the release's own occasion: its day and dateline.
        (
            "Secretary of State Margaret L. Okafor and Ghanaian Foreign Minister Kwame Asante "
            "at a signing of a memorandum of understanding on port security",
            "2022-03-07",
            "Accra",
        ),
        # Someone who witnessed a signing is reporting it, not captioning it.
        (
            "The Vice President witnessed the signing of an MOU between the United States and Mexico.",
            None,
            None,
        ),
    ],
)
def test_a_caption_is_dated_by_the_release(events_of, text, date, location):
    events = events_of(text, dateline="Accra")
    assert len(events) == 1, events
    assert (events[0]["date"], events[0]["location"]) == (date, location)


@pytest.mark.parametrize(
    "text, date, source, date_text",
    [
        # The year a name opens with is the signing's year.
        (
            "Our 1979 Treaty of Friendship with Kiribati, signed in the early years of its "
            "independence, remains the foundation of our partnership.",
            "1979",
            "text",
            "1979",
        ),
        # A date in the sentence comes first.
        (
            "The 2019 Memorandum of Understanding was signed by Ghana and the United States "
            "on March 4, 2021.",
            "2021-03-04",
            "text",
            "March 4, 2021",
        ),
        # A year after the release's is a target, not a date; the end of a range is none.
        ("Ghana and Togo signed the 2030 Compact on fisheries.", None, None, None),
        ("Ghana and Togo signed the 2020-2025 Framework on fisheries.", None, None, None),
        # Not the year of an older instrument amended, joined or called for.
        (
            "The United States and Kenya signed the fifth amendment to the 2020 Development "
            "Objective Agreement.",
            None,
            None,
            None,
        ),
        ("Angola became the latest country to sign the 2015 Paris Agreement.", None, None, None),
        # "In signing this Declaration, ... will": the release's own occasion.
        (
            "In signing this Declaration, the United States and Ghana will work together to "
            "protect the ocean.",
            "2022-03-07",
            "release_date",
            None,
        ),
        # What the signers did then, not what they will do: no occasion of the release.
        (
            "In signing this Declaration, the United States and Ghana committed to protect "
            "the ocean.",
            None,
            None,
            None,
        ),
        # Recalled with "In signing the ...": no occasion of the release.
        (
            "In signing the Declaration, the United States and Ghana agreed to protect the ocean.",
            None,
            None,
            None,
        ),
    ],
)
def test_dates_from_names_and_signing_this(events_of, text, date, source, date_text):
    [event] = events_of(text)
    assert (event["date"], event["date_source"], event["date_text"]) == (date, source, date_text)


@pytest.mark.parametrize(
    "text, countries",
    [
        (
            "The United States and Japan are working to sign an Implementing Arrangement for "
            "lunar cooperation in 2023.",
            ["JPN", "USA"],
        ),
        (
            "Ghana, Togo and Benin intend to finish the talks this year and conclude the "
            "Fisheries Agreement in 2023.",
            ["BEN", "GHA", "TGO"],
        ),
        ("After long talks with Ghana, Russia declined to sign the Fisheries Agreement.", ["RUS"]),
    ],
)
def test_a_future_or_refused_signing_keeps_the_whole_subject(events_of, text, countries):
    [event] = events_of(text)
    assert event["status"] in ("planned", "negated")
    assert event["countries"] == countries


@pytest.mark.parametrize(
    "text, countries",
    [
        # "We" in the clause of the signing: the publisher's government signs.
        ("Today we signed a memorandum of understanding on port security.", ["USA"]),
        ("This is the charter that we signed with our partners.", ["USA"]),
        # "since" right before the verb is an adverb, not a clause of its own.
        ("We have since signed the Port Security Agreement.", ["USA"]),
        # With a named partner: the publisher signs with it.
        ("We signed an Open Skies agreement with Ecuador yesterday.", ["ECU", "USA"]),
        ("When we met, Ghana signed a new agreement with Ecuador.", ["ECU", "GHA"]),
        # "our" is no subject, and "we" must be the signing verb's own.
        ("Several of our partners have signed the memorandum with China.", ["CHN"]),
        ("We urge countries not to sign the agreement with China.", ["CHN"]),
        # "We" before "when"/"where"/"after": another clause, so nobody is named.
        (
            "We have shown that the principle is as sacred today as it was seventy years "
            "ago when the charter was signed.",
            None,
        ),
        (
            "We stand in the valley where our ancestors rested after signing the first accords.",
            None,
        ),
        # An organisation that an instrument's name holds alone is founded by it, not a
        # signer; beside a country it signs.
        ("The NATO charter was signed long ago.", None),
        ("The IAEA-Philippines Country Programme Framework was signed today.", ["PHL"]),
    ],
)
def test_we_signs_only_in_its_own_clause(events_of, text, countries):
    events = events_of(text)
    assert [e["countries"] for e in events] == ([] if countries is None else [countries])


@pytest.mark.parametrize(
    "first, location",
    [
        # Signed today: the place of today's meeting, named in another sentence.
        ("Today, Ghana and the United States signed a memorandum on port security.", "Accra"),
        # Signed on another day: that meeting's place is not the signing's.
        ("In 2019, Ghana and the United States signed a memorandum on port security.", None),
        # Signed virtually: no place.
        (
            "Today, Ghana and the United States signed a memorandum on port security in a "
            "virtual ceremony.",
            None,
        ),
    ],
)
def test_a_signing_today_takes_the_place_of_todays_meeting(events_of, first, location):
    text = f"{first} Today's meeting in Accra builds on years of work."
    [event] = events_of(text)
    assert event["location"] == location


REMARKS = (
    "Margaret L. Okafor, Secretary of State\n\n{place}\n\n"
    "SECRETARY OKAFOR: It is good to be back in Kenya. We talked about Sudan and about "
    "Ethiopia, where the fighting has to stop, and about Somalia. Kenya has led on Sudan "
    "and on Ethiopia. Today we signed a memorandum of understanding on health security "
    "that will train nurses across Kenya.\n"
)


@pytest.mark.parametrize(
    "place, countries",
    [
        # Remarks from the partner's capital: "we" is both governments, though Kenya has
        # fewer than half of the foreign mentions.
        ("Nairobi, Kenya", ["KEN", "USA"]),
        # A dateline elsewhere, or none, leaves "we" the publisher's government alone.
        ("Brussels, Belgium", ["USA"]),
        ("Washington, D.C.", ["USA"]),
    ],
)
def test_we_in_remarks_from_the_partners_country(events_of, place, countries):
    [event] = events_of(REMARKS.format(place=place), dateline=place)
    assert event["countries"] == countries


READOUT = (
    "Joint Statement on the U.S.-Ghana Port Security Dialogue\n\n"
    "Office of the Spokesperson\n\n"
    "Begin text:\n\n"
    "Delegations from Ghana and the United States met in Accra for the Port Security "
    "Dialogue on March 1.\n\n"
)


@pytest.mark.parametrize(
    "body, release_date, date, location",
    [
        # A readout dates what was signed at the meeting by the meeting.
        (
            "During the dialogue, Ghana signed a Letter of Intent on customs cooperation.",
            "2022-03-07",
            "2022-03-01",
            "Accra",
        ),
        # A sentence that recalls an earlier time is not about the meeting.
        (
            "It has been years since Ghana signed a Letter of Intent on customs cooperation.",
            "2022-03-07",
            None,
            None,
        ),
        # Nor is one that names its own time.
        (
            "The Letter of Intent, drafted in 2019 and signed by Ghana, remains in force.",
            "2022-03-07",
            None,
            None,
        ),
        # A meeting long before the release is not the occasion it reports.
        (
            "During the dialogue, Ghana signed a Letter of Intent on customs cooperation.",
            "2022-06-30",
            None,
            None,
        ),
    ],
)
def test_an_undated_signing_takes_the_date_of_the_meeting_reported(
    events_of, body, release_date, date, location
):
    events = events_of(READOUT + body, date=release_date)
    assert len(events) == 1, events
    event = events[0]
    assert (event["date"], event["location"]) == (date, location)
    assert event["date_source"] == ("occasion" if date else None)


@pytest.mark.parametrize(
    "text, release_date, status, date",
    [
        # A month alone is the latest such month for a signing done ...
        (
            "Ghana and Togo signed a Memorandum on fisheries in July.",
            "2022-03-07",
            "signed",
            "2021-07",
        ),
        (
            "In March, Ghana and Togo signed a Memorandum on fisheries.",
            "2022-03-07",
            "signed",
            "2022-03",
        ),
        (
            "Ghana and Togo signed a Memorandum on fisheries in early February.",
            "2022-03-07",
            "signed",
            "2022-02",
        ),
        # ... and the next one for a signing to come.
        (
            "Ghana and Togo will sign a Memorandum on fisheries in July.",
            "2022-03-07",
            "planned",
            "2022-07",
        ),
        (
            "Ghana and Togo plan to sign a Memorandum on fisheries in January.",
            "2022-03-07",
            "planned",
            "2023-01",
        ),
        (
            "Ghana and Togo will sign a Memorandum on fisheries in March.",
            "2022-03-07",
            "planned",
            "2022-03",
        ),
        # With a year or a day, the text says which.
        (
            "Ghana and Togo signed a Memorandum on fisheries in July, 2019.",
            "2022-03-07",
            "signed",
            "2019-07",
        ),
        (
            "Ghana and Togo will sign a Memorandum on fisheries on January 4.",
            "2022-03-07",
            "planned",
            "2023-01-04",
        ),
        (
            "Ghana and Togo will sign a Memorandum on fisheries on March 9.",
            "2022-03-07",
            "planned",
            "2022-03-09",
        ),
        (
            "Ghana and Togo signed a Memorandum on fisheries on March 9.",
            "2022-03-07",
            "signed",
            "2022-03-09",
        ),
    ],
)
def test_a_date_without_a_year_is_the_last_one_or_the_next(
    events_of, text, release_date, status, date
):
    [event] = events_of(text, date=release_date)
    assert (event["status"], event["date"], event["date_precision"]) == (
        status,
        date,
        "day" if len(date) == 10 else "month",
    )


@pytest.mark.parametrize(
    "text, rule, signers",
    [
        # The subject of a relative clause signs; the instrument before it is the object.
        (
            "The partnership builds on a Memorandum of Understanding that Japan signed today.",
            "active.signed",
            ["Japan"],
        ),
        (
            "The Memorandum of Understanding that USAID signed in June covers data sharing.",
            "active.signed",
            ["U.S. Agency for International Development"],
        ),
        (
            "The Artemis Accords, which Brazil signed in June, guide lunar exploration.",
            "active.signed",
            ["Brazil"],
        ),
        # However long the subject's names.
        (
            "Their partnership builds on a Memorandum of Understanding that the Federal "
            "Maritime Commission and the Department of Justice entered into in July.",
            "active.entered_into",
            ["Federal Maritime Commission", "U.S. Department of Justice"],
        ),
        # A participle after its instrument is still passive.
        (
            "The agreement signed on June 28 by Japan and India covers fisheries.",
            "active.signed",
            ["Japan", "India"],
        ),
    ],
)
def test_relative_clauses_after_the_instrument(events_of, text, rule, signers):
    [event] = events_of(text)
    assert event["rule"] == rule
    assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers


def test_a_relative_clause_with_an_unknown_subject_leaves_earlier_names_alone(events_of):
    # "they" are not the Minister named before the instrument; the counterparty is named.
    [event] = events_of(
        "Minister Ana Lopez of Peru said the agreement that they signed with Chile in March "
        "is working."
    )
    assert [(p["name"], p["role"]) for p in event["parties"]] == [("Chile", "counterparty")]


@pytest.mark.parametrize(
    "text, parties",
    [
        # "On behalf of" opening the sentence gives the signer's country ...
        (
            "On behalf of the Government of Chile, Foreign Minister Antonia Urrejola signed "
            "the treaty.",
            [("Antonia Urrejola", "CHL", "signer")],
        ),
        # ... as it does after the verb.
        (
            "Foreign Minister Antonia Urrejola signed the treaty on behalf of the Government "
            "of Chile.",
            [("Antonia Urrejola", "CHL", "signer")],
        ),
    ],
)
def test_on_behalf_of_gives_the_signers_country(events_of, text, parties):
    [event] = events_of(text)
    assert [(p["name"], p["country"], p["role"]) for p in event["parties"]] == parties


def test_on_behalf_of_opening_a_greeting_is_no_signer(events_of):
    text = (
        "On behalf of the United States of America, I send my best wishes to the people of "
        "New Zealand as they mark the treaty signed in 1840."
    )
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A second verb of one subject makes its own event, with its own date ...
        (
            "Ghana signed the memorandum in 2019 and signed the protocol in 2020.",
            [("memorandum", "GHA", "2019"), ("protocol", "GHA", "2020")],
        ),
        (
            "Ghana signed the memorandum in Accra and will sign the protocol next month.",
            [("memorandum", "GHA", None), ("protocol", "GHA", "2022-04")],
        ),
        # ... but a new subject is a new clause, and its date is not the first verb's.
        (
            "Poland and Ukraine signed the agreement, and Hungary will sign it next month.",
            [("agreement", "POL; UKR", None), ("agreement", "HUN", "2022-04")],
        ),
        (
            "Poland signed the agreement in Warsaw and Hungary signed the protocol.",
            [("agreement", "POL", None), ("protocol", "HUN", None)],
        ),
        # The first verb's counterparty is not the second's signer.
        (
            "Ghana signed the agreement with Togo on March 1 and signed the protocol with "
            "Benin on March 2.",
            [("agreement", "GHA; TGO", "2022-03-01"), ("protocol", "BEN; GHA", "2022-03-02")],
        ),
        # "pact" names an agreement.
        ("Japan will sign the pact next week.", [("pact", "JPN", "2022-03")]),
        # "at a signing ceremony" is no verb: the date after it is the signing's.
        (
            "Japan and India signed the agreement at a signing ceremony in Tokyo on March 5.",
            [("agreement", "IND; JPN", "2022-03-05")],
        ),
    ],
)
def test_two_verbs_in_one_sentence(events_of, text, expected):
    events = events_of(text)
    assert [(e["agreement"], "; ".join(e["countries"]), e["date"]) for e in events] == expected


def test_two_titles_alone_are_two_people_named_before(events_of):
    [event] = events_of(
        "U.S. Ambassador to Ghana Virginia E. Palmer met Ghanaian Minister of Finance Ken "
        "Ofori-Atta on Monday. The Ambassador and the Minister signed a grant agreement."
    )
    assert [(p["name"], p["country"]) for p in event["parties"]] == [
        ("Virginia E. Palmer", "USA"),
        ("Ken Ofori-Atta", "GHA"),
    ]


@pytest.mark.parametrize(
    "text, signers",
    [
        # The possessor of a signing noun signs, not who welcomes it.
        ("The United States welcomes Angola's signing of the Artemis Accords.", ["Angola"]),
        ("Rwanda's signature of the Artemis Accords was welcomed by NASA.", ["Rwanda"]),
        ("Japan welcomes the Philippines’ signing of the Artemis Accords.", ["Philippines"]),
        ("The United States applauds Kenya and Japan’s signing of the accord.", ["Kenya", "Japan"]),
        (
            "NASA Administrator Paul Ortega welcomed Rwanda's historic signing of the "
            "Artemis Accords.",
            ["Rwanda"],
        ),
    ],
)
def test_a_possessive_names_the_signer_of_a_signing(events_of, text, signers):
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers


@pytest.mark.parametrize(
    "text, agreement, location",
    [
        # "in <place>" after the head is where it was signed, not part of the name.
        (
            "Ghana and Togo signed the Memorandum of Understanding in Kumasi on Monday.",
            "Memorandum of Understanding",
            "Kumasi",
        ),
        # "in <topic>" inside the name is no place.
        (
            "Ghana and Togo signed a Framework for Cooperation in Education on Monday.",
            "Framework for Cooperation in Education",
            None,
        ),
        (
            "Ghana and Togo signed an Agreement on Cooperation in Health Security in Lome.",
            "Agreement on Cooperation in Health Security",
            "Lome",
        ),
        (
            "Ghana and Togo signed the Memorandum of Understanding on Cooperation in Science "
            "and Technology on Monday.",
            "Memorandum of Understanding on Cooperation in Science and Technology",
            None,
        ),
    ],
)
def test_the_place_of_a_signing_is_not_the_topic_of_its_name(events_of, text, agreement, location):
    [event] = events_of(text)
    assert (event["agreement"], event["location"]) == (agreement, location)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Each verb its own subject, partners and date.
        (
            "Ghana signed the agreement with Togo on Monday, and Benin signed the protocol "
            "with Niger on Tuesday.",
            [
                ("agreement", ["Ghana"], ["Togo"], "2022-03-07"),
                ("protocol", ["Benin"], ["Niger"], "2022-03-08"),
            ],
        ),
        (
            "Ghana and Togo signed the agreement; Benin signed the protocol.",
            [("agreement", ["Ghana", "Togo"], [], None), ("protocol", ["Benin"], [], None)],
        ),
        # One subject for both verbs.
        (
            "Ghana signed the agreement with Togo, and later signed the protocol with Niger.",
            [("agreement", ["Ghana"], ["Togo"], None), ("protocol", ["Ghana"], ["Niger"], None)],
        ),
    ],
)
def test_a_second_clause_has_its_own_subject(events_of, text, expected):
    found = [
        (
            e["agreement"],
            [p["name"] for p in e["parties"] if p["role"] == "signer"],
            [p["name"] for p in e["parties"] if p["role"] == "counterparty"],
            e["date"],
        )
        for e in events_of(text, date="2022-03-08")
    ]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Finance of Ghana, Ken Ofori-Atta; the Minister of Economy of Togo, "
        "Sani Yaya; and the Minister of Finance of Benin, Romuald Wadagni, signed the agreement.",
        "The agreement was signed by the Minister of Finance of Ghana, Ken Ofori-Atta; the "
        "Minister of Economy of Togo, Sani Yaya; and the Minister of Finance of Benin, Romuald "
        "Wadagni.",
    ],
)
def test_signers_listed_between_semicolons_all_sign(events_of, text):
    [event] = events_of(text)
    assert [(p["name"], p["country"], p["role"]) for p in event["parties"]] == [
        ("Ken Ofori-Atta", "GHA", "signer"),
        ("Sani Yaya", "TGO", "signer"),
        ("Romuald Wadagni", "BEN", "signer"),
    ]


@pytest.mark.parametrize(
    "text, signers",
    [
        # The body an opening phrase names is not a signer.
        (
            "On the sidelines of the UN General Assembly, Ghana and Togo signed a Memorandum of "
            "Understanding on maritime security.",
            ["Ghana", "Togo"],
        ),
        (
            "During the U.S.-Africa Leaders Summit, Ghana and Togo signed a Memorandum of "
            "Understanding.",
            ["Ghana", "Togo"],
        ),
        (
            "With the support of USAID, Ghana and Togo signed a Memorandum of Understanding.",
            ["Ghana", "Togo"],
        ),
        # An opening phrase with no subject after it keeps the old reading.
        ("At the invitation of Ghana, Togo signed the agreement.", ["Togo"]),
        # Witnesses in a second opening phrase, or after a fact sheet's heading.
        (
            "At the Akasaka Palace on Monday, in the presence of President Biden and Prime "
            "Minister Kishida, Secretary Raimondo and Minister of Economy, Trade and Industry "
            "Koichi Hagiuda signed a memorandum of cooperation on semiconductors.",
            ["Raimondo", "Koichi Hagiuda"],
        ),
        (
            "Signing a Civil Nuclear Agreement: In the presence of President Biden and "
            "President Marcos, Secretary Granholm and Philippine Secretary of Energy Raphael "
            "Lotilla signed a civil nuclear cooperation agreement.",
            ["Granholm", "Raphael Lotilla"],
        ),
    ],
)
def test_an_opening_phrase_names_no_signer(events_of, text, signers):
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers


@pytest.mark.parametrize(
    "text, signers",
    [
        # A speaker whose "we" signs is no signer: the publisher's government is.
        ("As the Secretary said, we signed an important agreement today.", ["United States"]),
        ("Secretary Blinken said we signed an important agreement today.", ["United States"]),
        # A "we" of another clause leaves the subject before it.
        ("Ghana, which we thank for its leadership, signed the agreement.", ["Ghana"]),
    ],
)
def test_a_speaker_of_we_signed_is_no_signer(events_of, text, signers):
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers


def test_a_group_phrase_before_the_verb_is_its_subject(events_of):
    text = (
        "The United States congratulates Saint Lucia on its independence day. In 1979, the "
        "year Saint Lucia became independent, our two countries signed the Peace Corps "
        "Agreement."
    )
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"]] == ["United States", "Saint Lucia"]
    assert event["countries"] == ["LCA", "USA"]


@pytest.mark.parametrize(
    "text, countries",
    [
        # A bilateral release: the official whose title names no country is the partner's.
        (
            "U.S. and Cabo Verde Sign Customs Memorandum\n\nAmbassador Jeff Hale and Minister "
            "of Finance Olavo Tavares today signed a memorandum of understanding on customs. "
            "Cabo Verde is a longstanding partner. The memorandum helps Cabo Verde modernize.",
            {"Olavo Tavares": "CPV", "Jeff Hale": "USA"},
        ),
        # Not when another country is named among the parties ...
        (
            "Ambassador Jeff Hale and Minister of Finance Olavo Tavares today signed a "
            "memorandum of understanding with Senegal. Cabo Verde is a longstanding partner. "
            "The memorandum helps Cabo Verde modernize.",
            {"Olavo Tavares": None, "Jeff Hale": "USA"},
        ),
        # ... nor when the release has no partner.
        (
            "Ambassador Jeff Hale and Minister of Finance Olavo Tavares today signed a "
            "memorandum of understanding on customs.",
            {"Olavo Tavares": None, "Jeff Hale": "USA"},
        ),
    ],
)
def test_a_bilateral_release_s_partner_officials(events_of, text, countries):
    [event] = events_of(text)
    people = {p["name"]: p["country"] for p in event["parties"] if p["kind"] == "person"}
    assert people == countries


def test_it_after_signed_is_the_instrument_named_before(events_of):
    refused, signed = events_of(
        "Brazil and India declined to sign the declaration, while 58 countries, including "
        "Colombia and Mexico, signed it."
    )
    assert (refused["status"], refused["countries"]) == ("negated", ["BRA", "IND"])
    assert (signed["status"], signed["agreement"], signed["countries"]) == (
        "signed",
        "declaration",
        ["COL", "MEX"],
    )
    # No instrument before it, or a plan: no event of its own.
    assert events_of("The two countries signed it in 2020.") == []


def test_the_nth_country_to_enter_into_an_arrangement_did(events_of):
    [event] = events_of(
        "Poland is the 19th country to enter into a Security of Supply Arrangement with the "
        "Department of Defense."
    )
    assert (event["status"], event["countries"]) == ("signed", ["POL", "USA"])


def test_a_participle_after_the_subject_s_own_instrument(events_of):
    [event] = events_of(
        "The United States and Canada renewed their wildfire assistance agreement, first "
        "signed in 1999."
    )
    assert (event["date"], event["countries"]) == ("1999", ["CAN", "USA"])
    assert events_of("The Secretary discussed the Treaty of Friendship, signed in 1995.") == []


def test_a_relative_clause_after_the_instrument_s_partner(events_of):
    [event] = events_of(
        "The Senate approved the Tax Treaty with Chile, which the United States and Chile "
        "signed in 2010."
    )
    assert (event["agreement"], event["date"], event["countries"]) == (
        "Tax Treaty",
        "2010",
        ["CHL", "USA"],
    )
    assert [p["name"] for p in event["parties"]] == ["United States", "Chile"]


def test_a_relative_clause_s_refusal_is_not_the_main_verb_s(events_of):
    refused, signed = events_of(
        "The agreement, which Mexico declined to sign, was signed by Canada and the United "
        "States last year."
    )
    assert (refused["status"], refused["countries"]) == ("negated", ["MEX"])
    assert (signed["status"], signed["countries"]) == ("signed", ["CAN", "USA"])


@pytest.mark.parametrize(
    "text, countries",
    [
        # A bilateral release: "the two countries" are its government and its partner, not
        # the partner and a country named once in passing.
        (
            "President Biden welcomed President Andrzej Duda of Poland. Poland marks 25 years "
            "in NATO. The leaders discussed the war in Ukraine and Poland's role as a hub. The "
            "two countries signed a memorandum on energy security.",
            ["POL", "USA"],
        ),
        # A country named once as a subject or partner is one of the two.
        (
            "Secretary Vilsack met Ghana's Minister Kofi Mensah. Ghana signed a trade "
            "memorandum with Togo. The two countries signed a memorandum on fisheries.",
            ["GHA", "TGO"],
        ),
        # Two foreign countries named as often stay the two.
        (
            "The United States welcomed talks between Armenia and Azerbaijan. Armenia and "
            "Azerbaijan met in Vienna. The two countries signed a memorandum on border "
            "delimitation.",
            ["ARM", "AZE"],
        ),
    ],
)
def test_the_two_countries_of_a_bilateral_release(events_of, text, countries):
    event = events_of(text)[-1]
    assert "two countries" in event["evidence"]
    assert event["countries"] == countries


def test_later_that_day_takes_the_date_of_the_signing_before(events_of):
    text = (
        "On Tuesday, Ghana and Togo signed a Memorandum of Understanding on trade. Later that "
        "day, the two countries signed a Protocol on Transit."
    )
    first, second = events_of(text, date="2022-03-10")
    assert first["date"] == second["date"] == "2022-03-08"
    assert second["date_text"] == "Later that day"


@pytest.mark.parametrize(
    "text, partners",
    [
        # A serial comma before the last partner is no clause break.
        (
            "Ghana signed the agreement with Togo, Benin, and Niger and will sign the protocol "
            "next year.",
            [["Togo", "Benin", "Niger"], []],
        ),
        # Clauses between semicolons are no list of partners.
        (
            "Ghana signed a Memorandum of Understanding with Togo; Benin hosted the ceremony; "
            "and Niger welcomed the agreement.",
            [["Togo"]],
        ),
    ],
)
def test_partners_end_where_their_list_ends(events_of, text, partners):
    events = events_of(text)
    assert [
        [p["name"] for p in e["parties"] if p["role"] == "counterparty"] for e in events
    ] == partners
    assert all(
        [p["name"] for p in e["parties"] if p["role"] == "signer"] == ["Ghana"] for e in events
    )


@pytest.mark.parametrize(
    "text, signers",
    [
        # "Under Secretary" is a title, not a preposition.
        (
            "Under Secretary of State Jose W. Fernandez, Ghanaian Finance Minister Ken "
            "Ofori-Atta, and Togolese Minister Sani Yaya signed the agreement.",
            ["Jose W. Fernandez", "Ken Ofori-Atta", "Sani Yaya"],
        ),
        # A list right after the preposition is the subject.
        (
            "After Ghana, Togo, and Benin signed the agreement, the ministers held a press "
            "conference.",
            ["Ghana", "Togo", "Benin"],
        ),
    ],
)
def test_an_opening_word_before_the_subject_list(events_of, text, signers):
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers


def test_we_signed_is_not_taken_by_agencies_named_after_the_verb(events_of):
    text = (
        "Secretary Blinken thanked USAID and the Peace Corps for their work. We signed a "
        "Memorandum of Understanding today that directs the agencies to coordinate."
    )
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"]] == ["United States"]


def test_a_headline_after_office_lines_is_the_headline(events_of):
    # The title comes after the agency's lines: it states the body's signing, one event.
    text = (
        "U.S. Department of Commerce\n\nOffice of Public Affairs\n\n"
        "U.S. Department of Commerce and Mexico's Secretariat of Economy Sign Memorandum on "
        "Supply Chain Resilience\n\nYesterday, Secretary of Commerce Eleanor Prescott and "
        "Mexican Secretary of Economy Tatiana Ruiz signed a Memorandum of Understanding on "
        "Supply Chain Resilience."
    )
    release = Release(
        id="t",
        text=text,
        date="2021-03-03",
        title="U.S. Department of Commerce and Mexico's Secretariat of Economy Sign Memorandum "
        "on Supply Chain Resilience",
    )
    events = list(pipeline.parse(release)._.signings or [])
    assert len(events) == 1
    assert events[0]["date"] == "2021-03-02"
    assert [p["name"] for p in events[0]["parties"]][:2] == ["Eleanor Prescott", "Tatiana Ruiz"]


@pytest.mark.parametrize(
    "text, agreement, signers, location",
    [
        # A country after a topic, not closing its phrase, is no place.
        (
            "Following the signing of the Memorandum of Understanding on Cooperation in "
            "Education, Ghana and Togo will exchange teachers.",
            "Memorandum of Understanding on Cooperation in Education",
            ["Ghana", "Togo"],
            None,
        ),
        # The last item of a semicolon list ends at its comma or an adverb.
        (
            "The Minister of Finance of Ghana, Ken Ofori-Atta; the Minister of Economy of Togo, "
            "Sani Yaya; and the Minister of Finance of Benin, Romuald Wadagni, today signed the "
            "agreement.",
            "agreement",
            ["Ken Ofori-Atta", "Sani Yaya", "Romuald Wadagni"],
            None,
        ),
        (
            "The agreement was signed by the Minister of Finance of Ghana, Ken Ofori-Atta; the "
            "Minister of Economy of Togo, Sani Yaya; and the Minister of Finance of Benin, "
            "Romuald Wadagni, at a ceremony in Accra.",
            "agreement",
            ["Ken Ofori-Atta", "Sani Yaya", "Romuald Wadagni"],
            "Accra",
        ),
        # Places with lower-case words, a month after the place, "on the margins of".
        (
            "Ghana and Togo signed the Memorandum of Understanding on Energy Cooperation in Rio "
            "de Janeiro on Monday.",
            "Memorandum of Understanding on Energy Cooperation",
            ["Ghana", "Togo"],
            "Rio de Janeiro",
        ),
        (
            "Ghana and Togo signed the Memorandum of Understanding on Energy Cooperation in Accra "
            "in March 2022.",
            "Memorandum of Understanding on Energy Cooperation",
            ["Ghana", "Togo"],
            "Accra",
        ),
        (
            "Ghana and Togo signed the Memorandum of Understanding in Davos on the margins of the "
            "World Economic Forum.",
            "Memorandum of Understanding",
            ["Ghana", "Togo"],
            "Davos",
        ),
        # Opening phrases with one body, or "Under the auspices of".
        (
            "At the United Nations, Ghana and Togo signed the agreement.",
            "agreement",
            ["Ghana", "Togo"],
            None,
        ),
        (
            "Under the auspices of the African Union, Ghana and Togo signed the agreement.",
            "agreement",
            ["Ghana", "Togo"],
            None,
        ),
    ],
)
def test_second_review_cases(events_of, text, agreement, signers, location):
    [event] = events_of(text)
    assert event["agreement"] == agreement
    assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers
    assert event["location"] == location


def test_a_new_subject_with_two_verbs_is_no_partner(events_of):
    text = "The United States signed a MOU with Ghana, and Togo negotiated and signed a protocol with Benin."
    first, second = events_of(text)
    assert [(p["name"], p["role"]) for p in first["parties"]] == [
        ("United States", "signer"),
        ("Ghana", "counterparty"),
    ]
    assert [(p["name"], p["role"]) for p in second["parties"]] == [
        ("Togo", "signer"),
        ("Benin", "counterparty"),
    ]


def test_agencies_after_by_stand_for_the_agencies_before(events_of):
    text = (
        "The FMC and the Department of Justice are both part of the White House Competition "
        "Council. The Memorandum of Understanding was signed by the two agencies on July 12."
    )
    [event] = events_of(text, date="2022-07-20")
    assert [p["name"] for p in event["parties"]] == [
        "Federal Maritime Commission",
        "U.S. Department of Justice",
    ]


def test_a_headline_merges_into_the_latest_signing_not_an_older_one(events_of):
    text = (
        "Secretary Blinken Signs Agreement With Ghana\n\nIn 2019, the United States and Ghana "
        "signed an Agreement on Defense Cooperation. Today, Secretary Blinken and Foreign "
        "Minister Shirley Botchwey signed an Agreement on Health Security."
    )
    events = events_of(text, date="2022-07-20")
    older = next(e for e in events if e["agreement"] == "Agreement on Defense Cooperation")
    assert [p["name"] for p in older["parties"]] == ["United States", "Ghana"]
    assert [e["agreement"] for e in events] == [
        "Agreement on Health Security",
        "Agreement on Defense Cooperation",
    ]


@pytest.mark.parametrize(
    "text, signers",
    [
        (
            "Nine countries signed the declaration, including the United States, Japan and "
            "Australia.",
            ["United States", "Japan", "Australia"],
        ),
        (
            "More than 40 nations signed the pledge in Glasgow, including Ghana and Togo.",
            ["Ghana", "Togo"],
        ),
        ("Twenty countries signed on to the declaration, including Ghana.", ["Ghana"]),
        # An unnamed group alone names no party, and "including" after a named one adds none.
        ("Nine countries signed the declaration.", None),
        ("Ghana signed the declaration, including its annex on trade with Togo.", ["Ghana"]),
    ],
)
def test_an_unnamed_group_signs_through_the_members_it_includes(events_of, text, signers):
    events = events_of(text)
    if signers is None:
        assert events == []
    else:
        [event] = events
        assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers


@pytest.mark.parametrize(
    "text, parties",
    [
        # A capital right before the verb or right after "with" stands for its government.
        (
            "It is a statement that Moscow signed on to earlier this year.",
            [("Russian Federation", "signer")],
        ),
        (
            "Beijing signed the agreement with Washington in 2019.",
            [("China", "signer"), ("United States", "counterparty")],
        ),
        (
            "Kyiv and Warsaw signed a memorandum on grain transit in May.",
            [("Ukraine", "signer"), ("Poland", "signer")],
        ),
        # A capital where the signing took place is no party.
        (
            "In Moscow, Russia and Ukraine signed the agreement.",
            [("Russia", "signer"), ("Ukraine", "signer")],
        ),
        ("Ghana signed the agreement in Accra.", [("Ghana", "signer")]),
    ],
)
def test_a_capital_stands_for_its_government(events_of, text, parties):
    [event] = events_of(text)
    assert [(p["name"], p["role"]) for p in event["parties"]] == parties


@pytest.mark.parametrize(
    "text, agreement, signers, location, date",
    [
        # "<town>, <country>" before "today" is the place.
        (
            "The United States and Botswana signed a Memorandum of Understanding on Wildlife "
            "Conservation in Kasane, Botswana today.",
            "Memorandum of Understanding on Wildlife Conservation",
            ["United States", "Botswana"],
            "Kasane, Botswana",
            "2022-03-07",
        ),
        (
            "Ghana and Tanzania signed the Memorandum of Understanding on Energy Cooperation in "
            "Dar es Salaam on Monday.",
            "Memorandum of Understanding on Energy Cooperation",
            ["Ghana", "Tanzania"],
            "Dar es Salaam",
            "2022-03-07",
        ),
        # "including" stays in its clause; a list opening with "With" is no subject.
        (
            "Dozens of nations signed the pledge last year, including Ghana and Togo, and the "
            "United States joined it today.",
            "pledge",
            ["Ghana", "Togo"],
            None,
            "2021",
        ),
        (
            "With Ghana, Togo and Benin, the United States signed the Accra Declaration.",
            "Accra Declaration",
            ["United States"],
            None,
            None,
        ),
        # A sub-agency's name ("NOAA Fisheries") still counts when no other pair is left.
        (
            "The EPA and NOAA Fisheries announced a partnership. The two agencies signed a "
            "Memorandum of Understanding on July 12.",
            "Memorandum of Understanding",
            [
                "U.S. Environmental Protection Agency",
                "National Oceanic and Atmospheric Administration",
            ],
            None,
            "2021-07-12",
        ),
    ],
)
def test_third_review_cases(events_of, text, agreement, signers, location, date):
    [event] = events_of(text)
    assert event["agreement"] == agreement
    assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers
    assert (event["location"], event["date"]) == (location, date)


def test_an_undated_mention_is_the_news_a_headline_merges_into(events_of):
    text = (
        "United States and Ghana Sign Memorandum of Understanding\n\nThe United States and "
        "Ghana signed a Memorandum of Understanding on Energy Cooperation. The MOU builds on "
        "the Memorandum of Understanding on Health that the United States and Ghana signed in "
        "2019."
    )
    events = events_of(text)
    assert [e["agreement"] for e in events] == [
        "Memorandum of Understanding on Energy Cooperation",
        "Memorandum of Understanding on Health",
    ]


@pytest.mark.parametrize(
    "text, signers, countries",
    [
        # "the two officials" after two people: the people sign.
        (
            "Deputy Secretary of Defense Caroline M. Westbrook hosted Philippine Secretary of "
            "National Defense Gilberto Ramos Aquino in Washington today, where the two "
            "officials signed a Reciprocal Defense Procurement Agreement.",
            ["Caroline M. Westbrook", "Gilberto Ramos Aquino"],
            ["PHL", "USA"],
        ),
        (
            "Ghanaian Foreign Minister Kwame Asante met Togolese Foreign Minister Afi Dossou. "
            "Both ministers signed a Memorandum of Understanding on border trade.",
            ["Kwame Asante", "Afi Dossou"],
            ["GHA", "TGO"],
        ),
        # Fewer people than the phrase counts: the countries named before, as for "the two
        # countries".
        (
            "Ghana and Togo opened talks in Lome. The two ministers signed a Protocol on "
            "Transit Fees.",
            ["Ghana", "Togo"],
            ["GHA", "TGO"],
        ),
        # People as the subject sign, not the "between A and B" after the instrument.
        (
            "Secretary of State Margaret Okafor and Ghanaian Foreign Minister Kwame Asante "
            "signed an agreement between the United States and Ghana on Monday.",
            ["Margaret Okafor", "Kwame Asante"],
            ["GHA", "USA"],
        ),
        (
            "The United States and Ghana signed an agreement between their health ministries "
            "on Monday.",
            ["United States", "Ghana"],
            ["GHA", "USA"],
        ),
        (
            "Secretary of State Margaret Okafor hosted Ghanaian Foreign Minister Kwame Asante, "
            "and the two officials signed an agreement between the United States and Ghana.",
            ["Margaret Okafor", "Kwame Asante"],
            ["GHA", "USA"],
        ),
        # An opening "With A and B," names partners of the subject after it.
        (
            "With Japan and Australia, the United States also signed a trilateral Statement of "
            "Intent on Maritime Domain Awareness on Tuesday in Honolulu.",
            ["United States"],
            ["AUS", "JPN", "USA"],
        ),
        (
            "With support from USAID, Ghana signed a Memorandum of Understanding on seeds.",
            ["Ghana"],
            ["GHA"],
        ),
    ],
)
def test_people_groups_and_opening_partners(events_of, text, signers, countries):
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers
    assert event["countries"] == countries


def test_such_an_agreement_tells_of_a_kind_not_an_event(events_of):
    text = (
        "Ghana and Togo signed a Corridor Trade Agreement on Monday. Benin is the third "
        "country to sign such an agreement with Togo, and Niger has signed such agreements "
        "with Mali and Chad."
    )
    events = events_of(text)
    assert [e["agreement"] for e in events] == ["Corridor Trade Agreement"]


@pytest.mark.parametrize(
    "text, signers, countries",
    [
        # Witnesses of a signing are not its signers: the name's "between" gives them.
        (
            "Secretary of State Margaret Okafor and Ghanaian Foreign Minister Kwame Asante "
            "witnessed the signing of a Memorandum of Understanding between the U.S. Small "
            "Business Administration and Ghana's Ministry of Trade.",
            ["U.S. Small Business Administration", "Ministry of Trade of Ghana"],
            ["GHA", "USA"],
        ),
        (
            "President Biden attended the signing of the Agreement on Trade between Ghana and "
            "Togo.",
            ["Ghana", "Togo"],
            ["GHA", "TGO"],
        ),
        # "by" names the signers as before.
        (
            "The two leaders witnessed the signing of the agreement by Ghanaian Foreign "
            "Minister Kwame Asante and Togolese Foreign Minister Afi Dossou.",
            ["Kwame Asante", "Afi Dossou"],
            ["GHA", "TGO"],
        ),
    ],
)
def test_witnesses_do_not_sign(events_of, text, signers, countries):
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers
    assert event["countries"] == countries


@pytest.mark.parametrize(
    "text",
    [
        # One witness, of a known country or not, says not who signed.
        "President Biden witnessed the signing of the Agreement on Trade.",
        "President Ana Ruiz witnessed the signing of the Agreement on Trade.",
    ],
)
def test_a_witness_alone_makes_no_event(events_of, text):
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text, status, countries",
    [
        # "we" in a government's release, through the verbs of a signing to come.
        (
            "We expect to sign a framework on energy cooperation with Colombia in April.",
            "planned",
            ["COL", "USA"],
        ),
        ("We did not sign the framework with Colombia.", "negated", ["COL", "USA"]),
        ("We look forward to signing the Protocol with Peru.", "planned", ["PER", "USA"]),
    ],
)
def test_we_with_a_partner_through_auxiliaries(events_of, text, status, countries):
    [event] = events_of(text)
    assert (event["status"], event["countries"]) == (status, countries)


def test_a_question_about_a_signing_tells_of_none(events_of):
    text = (
        "QUESTION: And on Venezuela – has Caracas signed the electoral roadmap? Did the "
        "Secretary sign the Protocol with Peru? What does the agreement Ghana signed with "
        "Togo in 2020 say?"
    )
    assert [e["agreement"] for e in events_of(text)] == ["agreement"]


def test_a_lead_of_unnamed_instruments_signed_dates_and_places_those_named_after(events_of):
    text = (
        "DFC Announces New Commitments in Kenya\n\n"
        "NAIROBI – The U.S. International Development Finance Corporation (DFC) today signed "
        "agreements for $300 million in new financing for Kenyan businesses.\n\n"
        "DFC Chief Executive Officer Maria T. Alvarez and Kenya's Cabinet Secretary for the "
        "National Treasury, Wanjiru Kamau, signed a Letter of Interest for affordable "
        "housing.\n\nDFC also signed a $200 million loan agreement with Equity Bank Kenya."
    )
    events = events_of(text, date="2023-09-21", dateline="Nairobi")
    assert [(e["agreement"], e["date"], e["location"]) for e in events] == [
        ("Letter of Interest", "2023-09-21", "Nairobi"),
        ("loan agreement", "2023-09-21", "Nairobi"),
    ]


@pytest.mark.parametrize(
    "text, parties, countries",
    [
        # One person cannot sign for both sides of "between A and B": the parties stay.
        (
            "Ambassador Jane Smith signed an agreement on health cooperation between the "
            "United States and Ghana on July 5.",
            ["United States", "Ghana"],
            ["GHA", "USA"],
        ),
        (
            "The United States, represented by Ambassador Jane Smith, signed an agreement on "
            "health cooperation between the United States and Ghana on July 5.",
            ["United States", "Ghana"],
            ["GHA", "USA"],
        ),
        # "The two officials" only when exactly two people, not quoted speakers, are named
        # in the three sentences up to it.
        (
            "Secretary of State Margaret Okafor hosted Ghanaian Foreign Minister Kwame Asante "
            'today. "This partnership will save lives," said Department Spokesperson Lena '
            "Ruiz. The two officials signed a Memorandum of Understanding on health.",
            ["Margaret Okafor", "Kwame Asante"],
            ["GHA", "USA"],
        ),
        # Witnesses' governments sign when the name gives no "between".
        (
            "Secretary of State Margaret Okafor and Ghanaian Foreign Minister Kwame Asante "
            "oversaw the signing of the Memorandum of Understanding on health today.",
            ["United States", "Ghana"],
            ["GHA", "USA"],
        ),
        # A company after an unknown office is no person; nor is an organisation's official
        # a partner of an opening "With ...".
        (
            "The Minister of Production, Foreign Trade, Investment and Fisheries, Banco "
            "Pichincha and the U.S. Embassy signed a Memorandum of Understanding on lending.",
            ["U.S. Embassy"],
            ["USA"],
        ),
        (
            "With NATO Secretary General Jens Halvorsen, President Ana Ruiz of Chile signed the "
            "Accession Protocol today.",
            ["Ana Ruiz"],
            ["CHL"],
        ),
    ],
)
def test_second_review_of_the_people_rules(events_of, text, parties, countries):
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"]] == parties
    assert event["countries"] == countries


@pytest.mark.parametrize(
    "text, agreement",
    [
        (
            "Ghana signed the first such agreement with the United States on July 5.",
            "agreement",
        ),
        ("In 2019, Ghana signed such an agreement with the United States.", "agreement"),
        # A name that stops at a lower-case word keeps its "between".
        (
            "The United States signed the Agreement between the Parties to the North Atlantic "
            "Treaty regarding the Status of their Forces in 1951.",
            "Agreement between the Parties to the North Atlantic Treaty",
        ),
    ],
)
def test_one_instrument_of_a_kind_and_names_with_between(events_of, text, agreement):
    [event] = events_of(text)
    assert event["agreement"] == agreement


def test_the_two_officials_among_three_people_is_left_to_the_countries(events_of):
    text = (
        "Foreign Minister Kwame Asante met Secretary Margaret Okafor in Washington, and "
        "President Ana Ruiz welcomed the meeting. The two officials signed a Memorandum of "
        "Understanding on health."
    )
    assert events_of(text) == []


@pytest.mark.parametrize(
    "lead",
    [
        "The United States has signed agreements with more than 40 countries since 2010, the "
        "Chief Executive Officer said on July 8.",
        "Kenya and the United States have not yet signed agreements on critical minerals, "
        "officials said today.",
        "The United States and Kenya signed agreements in 2019, and the delegation visited "
        "Nairobi on July 7.",
    ],
)
def test_a_tally_a_negation_or_a_year_lends_no_date(events_of, lead):
    text = (
        f"DFC in Kenya\n\nNAIROBI – {lead}\n\nDFC signed a $100 million loan agreement "
        "with the Government of Kenya."
    )
    events = events_of(text, date="2022-07-10", dateline="Nairobi")
    signed = [e for e in events if e["status"] == "signed"]
    assert [(e["agreement"], e["date"], e["location"]) for e in signed] == [
        ("loan agreement", None, None)
    ]


def test_a_meeting_today_lends_its_date_but_not_the_dateline(events_of):
    text = (
        "Secretary Meets Minister\n\nWASHINGTON – Secretary of Commerce Eleanor J. Prescott "
        "met today with Indian Minister of Commerce Ravi Menon on the sidelines of the G20 "
        "Trade Ministers Meeting.\n\nThe two officials signed a Memorandum of Understanding "
        "on semiconductor supply chains."
    )
    [event] = events_of(text, date="2022-07-10", dateline="Washington")
    assert (event["date"], event["location"]) == ("2022-07-10", None)


def test_witnesses_of_a_deal_between_unknown_parties_do_not_sign_it(events_of):
    text = (
        "Secretary of Commerce Eleanor J. Prescott and Vietnamese Deputy Prime Minister Tran "
        "Hong Ha witnessed the signing of a Memorandum of Understanding between Boeing and "
        "Vietnam Airlines today."
    )
    events = events_of(text)
    assert all(
        p["name"] not in ("United States", "Eleanor J. Prescott")
        for e in events
        for p in e["parties"]
    )


@pytest.mark.parametrize(
    "text, countries",
    [
        ("Vietnam Airlines signed a $7.8 billion agreement with Boeing for 50 aircraft.", None),
        (
            "Fulbright University Vietnam will sign an agreement with Arizona State University.",
            None,
        ),
        (
            "Acme Solar, a U.S. firm, signed a supply contract with Brightline Grid on Tuesday.",
            None,
        ),
        # With a government party, the company's country counts.
        (
            "The U.S. firm Acme Solar signed a supply contract with the Ministry of Energy of "
            "Zambia.",
            ["USA", "ZMB"],
        ),
        (
            "The Department of Energy and Korea Electric Power Corporation signed a Memorandum "
            "of Understanding on nuclear fuel.",
            ["KOR", "USA"],
        ),
    ],
)
def test_companies_alone_make_no_event(events_of, text, countries):
    events = events_of(text)
    assert [e["countries"] for e in events] == ([countries] if countries else [])


def test_on_behalf_of_his_government_the_person_signs(events_of):
    [event] = events_of(
        "Rwanda became the 37th country to sign the Artemis Accords on Tuesday, when Rwanda "
        "Space Agency CEO Francis Ngabo signed on behalf of his government in Kigali."
    )
    assert [(p["name"], p["country"]) for p in event["parties"]] == [("Francis Ngabo", "RWA")]
    assert event["location"] == "Kigali"


@pytest.mark.parametrize(
    "text, signers, countries",
    [
        # A pronoun opening the signing sentence: the person named before it, not the
        # partner named after it.
        (
            "Ambassador Marc Ostfield traveled to Encarnacion on Monday. He signed a letter of "
            "intent with Paraguay's Minister of Public Works Claudia Centurion.",
            ["Marc Ostfield"],
            ["PRY", "USA"],
        ),
        # A pronoun and a counterpart who "plan to sign".
        (
            "Secretary Ana Ruiz met students in Accra. She and her Ghanaian counterpart, "
            "Minister Kofi Mensah, plan to sign an agreement on trade in June.",
            ["Ana Ruiz", "Kofi Mensah"],
            ["GHA", "USA"],
        ),
        # "The Secretary" after "Agriculture Secretary Tom Vilsack".
        (
            "Agriculture Secretary Tom Vilsack met with Brazilian Minister of Agriculture Carlos "
            "Favaro on Tuesday. The Secretary later signed a memorandum of understanding with "
            "the Minister.",
            ["Tom Vilsack"],
            ["BRA", "USA"],
        ),
    ],
)
def test_a_later_sentence_signs_through_a_pronoun_or_a_title(events_of, text, signers, countries):
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers
    assert event["countries"] == countries


@pytest.mark.parametrize(
    "text, date",
    [
        (
            "Today's talks build on the agreement on fisheries, which the United States and "
            "Peru signed in 2004.",
            "2004",
        ),
        (
            "The talks build on the memorandum of understanding on cultural property that the "
            "United States and Peru signed in Washington in 1997 and renewed in 2022.",
            "1997",
        ),
    ],
)
def test_a_relative_clause_after_the_instruments_topic(events_of, text, date):
    [event] = events_of(text)
    assert (event["countries"], event["date"]) == (["PER", "USA"], date)


@pytest.mark.parametrize(
    "text, signers",
    [
        # Who is congratulated on a signing signed it; who welcomed it did not.
        (
            "Secretary Ana Ruiz congratulated Kenya on the signing of the Artemis Accords.",
            ["Kenya"],
        ),
        (
            "Secretary Ana Ruiz welcomed the signing of the peace agreement between Armenia and "
            "Azerbaijan.",
            ["Armenia", "Azerbaijan"],
        ),
    ],
)
def test_answers_to_a_signing(events_of, text, signers):
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers


@pytest.mark.parametrize(
    "text, signers",
    [
        # A title's "in <place>" is no place of the signing's parties.
        (
            "U.S. Consul General in Lagos Will Stevens and Nigeria's Minister of Health Akin "
            "Abayomi signed a memorandum of understanding.",
            [("Will Stevens", "USA"), ("Akin Abayomi", "NGA")],
        ),
        # The name of a body the rules do not know stands before its official's title.
        (
            "Chargé d'Affaires Helen LaFave and Bangladeshi Economic Relations Division "
            "Secretary Shahriar Kader Siddiky signed the document.",
            [("Helen LaFave", "USA"), ("Shahriar Kader Siddiky", "BGD")],
        ),
        # The acronym of a body the rules do not know stands before its head's title.
        (
            "NASA Administrator Bill Nelson and KARI President Lee Sang-chul signed the agreement.",
            [("Bill Nelson", "USA"), ("Lee Sang-chul", None)],
        ),
    ],
)
def test_titled_people_with_places_and_unknown_bodies(events_of, text, signers):
    [event] = events_of(text)
    assert [(p["name"], p["country"]) for p in event["parties"]] == signers


@pytest.mark.parametrize(
    "text, parties",
    [
        # "Royal" opens the other navy's name; the first body stays in the group.
        (
            "The U.S. Navy and the Royal Australian Navy signed a memorandum of understanding.",
            [("U.S. Navy", "USA"), ("Navy of Australia", "AUS")],
        ),
        # The agents after a group phrase and its comma.
        (
            "The agreement was signed last Friday by the two space agencies, NASA and the Japan "
            "Aerospace Exploration Agency.",
            [
                ("National Aeronautics and Space Administration", "USA"),
                ("Japan Aerospace Exploration Agency", "JPN"),
            ],
        ),
        # "the head of <body>, <name>," is a person.
        (
            "Administrator Bill Nelson and the head of the UAE Space Agency, Salem Al Marzooqi, "
            "signed the agreement.",
            [("Bill Nelson", "USA"), ("Salem Al Marzooqi", "ARE")],
        ),
    ],
)
def test_military_and_space_bodies(events_of, text, parties):
    [event] = events_of(text)
    assert [(p["name"], p["country"]) for p in event["parties"]] == parties


@pytest.mark.parametrize(
    "text, signers",
    [
        # "the two sides" with one country named before: the two people named before.
        (
            "Secretary Vilsack met with Kenyan Cabinet Secretary Mithika Linturi in Nairobi. "
            "The two sides signed a memorandum of understanding.",
            ["Vilsack", "Mithika Linturi"],
        ),
        (
            "Secretary Vilsack met with Kenyan Cabinet Secretary Mithika Linturi in Nairobi. "
            "The two signed a memorandum of understanding.",
            ["Vilsack", "Mithika Linturi"],
        ),
        # The nearest sentence that names two people, though a third was named before.
        (
            "Rear Adm. Teresa Vance welcomed the news. On Tuesday, Gen. Ana Ruiz met with "
            "Lt. Gen. Ramon Cabrera, commanding general of the Philippine Army, at Fort "
            "Shafter. The two signed a letter of intent at Camp Aguinaldo last year.",
            ["Ana Ruiz", "Ramon Cabrera"],
        ),
        # The longer phrase wins over "the two".
        (
            "Secretary Vilsack met Ghana's Minister Kofi Mensah. Ghana and Togo met in Accra. "
            "The two countries signed a memorandum of understanding.",
            ["Ghana", "Togo"],
        ),
    ],
)
def test_group_phrases_of_the_people_before(events_of, text, signers):
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers


def test_the_two_before_a_noun_is_no_party(events_of):
    text = (
        "Secretary Vilsack met with Kenyan Cabinet Secretary Mithika Linturi in Nairobi. "
        "The two agreements signed today will expand trade."
    )
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text, partners",
    [
        (
            "The United States signed a Memorandum of Understanding on labor rights with Mexico "
            "and a Letter of Intent on workforce development with Guatemala.",
            [["Mexico"], ["Guatemala"]],
        ),
        (
            "Secretary Blinken signed a Memorandum of Understanding with Foreign Minister Alicia "
            "Bárcena of Mexico and a Letter of Intent with Foreign Minister Mario Búcaro of "
            "Guatemala.",
            [["Alicia Bárcena"], ["Mario Búcaro"]],
        ),
    ],
)
def test_each_instrument_with_its_own_partner(events_of, text, partners):
    events = events_of(text)
    assert [
        [p["name"] for p in e["parties"] if p["role"] == "counterparty"] for e in events
    ] == partners


def test_a_signing_dated_before_its_of(events_of):
    [event] = events_of(
        "The Secretary welcomed the signing earlier this week of the MoU on health cooperation "
        "by Secretary Xavier Becerra and Kenyan Cabinet Secretary Susan Nakhumicha."
    )
    assert event["rule"] == "nominal.signing_dated_of"
    assert [p["name"] for p in event["parties"]] == ["Xavier Becerra", "Susan Nakhumicha"]
    assert event["countries"] == ["KEN", "USA"]


@pytest.mark.parametrize(
    "text, counterparties",
    [
        # The partner after "on behalf of X".
        (
            "Today, the Secretary signed the Artemis Accords on behalf of the United States with "
            "Ecuador's Foreign Minister Gabriela Sommerfeld.",
            ["Gabriela Sommerfeld"],
        ),
        # "with representatives of" the countries.
        (
            "Secretary Blinken signed the charter with representatives of Australia, Canada, "
            "India and Japan.",
            ["Australia", "Canada", "India", "Japan"],
        ),
        # Not "with the support of".
        ("Ghana signed the agreement with the support of USAID.", []),
        # Nor one "present" or "in attendance".
        (
            "Ambassador Ana Ruiz signed the Accords on behalf of her country, with NASA "
            "Administrator Bill Nelson present.",
            [],
        ),
        (
            "Uruguayan Ambassador Andrés Durán Hareau signed the Accords on behalf of his "
            "country, with NASA Administrator Bill Nelson in attendance.",
            [],
        ),
    ],
)
def test_partners_after_a_phrase(events_of, text, counterparties):
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"] if p["role"] == "counterparty"] == counterparties


def test_a_central_bank_named_again_without_its_country(events_of):
    events = events_of(
        "The Treasury signed a memorandum with the National Bank of the Kyrgyz Republic. "
        "Deputy Secretary Ana Ruiz and Chairman of the National Bank Melis Turgunbaev signed "
        "the memorandum."
    )
    people = [p for e in events for p in e["parties"] if p["kind"] == "person"]
    assert ("Melis Turgunbaev", "KGZ") in [(p["name"], p["country"]) for p in people]


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders welcomed the signing earlier today at the Akasaka Palace of a "
        "Memorandum of Cooperation on Semiconductor Supply Chains by Secretary Ana Ruiz and "
        "Kenyan Cabinet Secretary Susan Nakhumicha.",
        "The two leaders welcomed the signing in the Treaty Room of a Memorandum of Cooperation "
        "by Secretary Ana Ruiz and Kenyan Cabinet Secretary Susan Nakhumicha.",
    ],
)
def test_a_signing_placed_before_its_of(events_of, text):
    [event] = events_of(text)
    assert event["rule"] == "nominal.signing_placed_of"
    assert [p["name"] for p in event["parties"]] == ["Ana Ruiz", "Susan Nakhumicha"]


@pytest.mark.parametrize(
    "text, signers",
    [
        (
            "We also welcome the recent signing by Japan and the Philippines of an agreement "
            "on reciprocal access.",
            ["Japan", "Philippines"],
        ),
        (
            "The two leaders welcomed the signing by Secretary Ana Ruiz and Kenyan Cabinet "
            "Secretary Susan Nakhumicha of a Memorandum of Cooperation.",
            ["Ana Ruiz", "Susan Nakhumicha"],
        ),
    ],
)
def test_a_signing_by_its_signers_before_its_of(events_of, text, signers):
    [event] = events_of(text)
    assert event["rule"] == "nominal.signing_by_of"
    assert [p["name"] for p in event["parties"]] == signers


@pytest.mark.parametrize(
    "text",
    [
        "The Vice President highlighted commitments from companies that have signed on to "
        "the Call to Action since 2021.",
        "Secretary Raimondo welcomed the 12 firms that signed the pledge.",
    ],
)
def test_companies_that_signed_make_no_event(events_of, text):
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text, agreement",
    [
        (
            "The leaders recalled the Treaty of Mutual Cooperation and Security between Ghana "
            "and Togo, signed in Accra in 1960, and President Ruto reiterated the unwavering "
            "commitment of Kenya.",
            "Treaty of Mutual Cooperation and Security between Ghana and Togo",
        ),
        (
            "The Treaty of Friendship between Ghana and Togo, signed in 1979, and the memorandum "
            "on trade remain in force.",
            "Treaty of Friendship between Ghana and Togo",
        ),
    ],
)
def test_a_participle_after_a_comma_signs_the_instrument_before_it(events_of, text, agreement):
    [event] = events_of(text)
    assert event["agreement"] == agreement and event["countries"] == ["GHA", "TGO"]


def test_a_place_inside_a_listed_instrument_s_name_is_none_of_the_others(events_of):
    events = events_of(
        "Ghana and Togo signed a Memorandum of Understanding on Cooperation in Civil Nuclear "
        "Energy Training, a Letter of Intent on Clean Energy Transition, and an Implementing "
        "Arrangement on fusion research."
    )
    assert len(events) == 3 and [e["location"] for e in events] == [None, None, None]


def test_listed_instruments_share_the_place_after_them(events_of):
    events = events_of(
        "Ghana and Togo signed a Memorandum of Understanding on Cooperation in Energy "
        "Training and a Letter of Intent on trade in Accra."
    )
    assert [e["location"] for e in events] == ["Accra", "Accra"]


@pytest.mark.parametrize(
    "text",
    [
        "We have just signed a memorandum of understanding with Morocco on clean energy.",
        "The agreement that Kenya and Ghana just signed will expand trade.",
    ],
)
def test_just_signed_is_the_release_day(events_of, text):
    [event] = events_of(text)
    assert event["date"] == "2022-03-07" and event["date_text"] == "just"


def test_just_signed_in_a_narrative_is_not_dated(events_of):
    [event] = events_of(
        "When Kenya and the United States had just signed the Treaty of Friendship, relations "
        "grew quickly."
    )
    assert event["date"] is None


def test_the_agreement_we_just_signed_is_the_signing_told_before(events_of):
    [event] = events_of(
        "The Secretary signed the Memorandum of Understanding with Morocco on Tuesday. The "
        "agreement, which we just signed, builds on decades of work."
    )
    assert event["agreement_type"] == "memorandum" and event["date"] == "2022-03-01"


def test_the_instrument_before_a_clause_with_no_that_is_the_object(events_of):
    [event] = events_of("The agreement we just signed builds on a long partnership with Kenya.")
    assert event["agreement"] == "agreement"


def test_alongside_an_occasion_is_no_party(events_of):
    [event] = events_of("Kenya signed the pledge on Tuesday alongside the African Union summit.")
    assert [p["name"] for p in event["parties"]] == ["Kenya"]


def test_an_unnamed_group_s_colon_list_names_the_signers(events_of):
    [event] = events_of(
        "On Tuesday, April 30, in Lima, the following 12 countries signed the Lima Declaration: "
        "Argentina, Brazil, Canada, Chile, Colombia, Ecuador, Mexico, Panama, Peru, the United "
        "States, Uruguay, and Costa Rica."
    )
    assert len(event["countries"]) == 12 and event["location"] == "Lima"
    assert event["date"] == "2021-04-30"  # the last April 30 before the release


@pytest.mark.parametrize("joined", ["alongside", "together with", "along with"])
def test_who_signed_alongside_the_subject(events_of, joined):
    [event] = events_of(
        f"The Budapest Memorandum, which Russia signed in 1994 {joined} the United States and "
        "the United Kingdom, still matters."
    )
    assert event["countries"] == ["GBR", "RUS", "USA"]


@pytest.mark.parametrize(
    "text, countries",
    [
        # A comma before "which", and a subject of more than eight words with titles.
        (
            "We welcome the New START Treaty, which the Russian Federation and the United "
            "States signed in Prague in 2010.",
            ["RUS", "USA"],
        ),
        (
            "We welcome the treaty, which President Barack Obama and Russian President Dmitry "
            "Medvedev signed in Prague in 2010.",
            ["RUS", "USA"],
        ),
    ],
)
def test_a_long_relative_clause_signs_the_instrument_before_it(events_of, text, countries):
    [event] = events_of(text)
    assert event["countries"] == countries and event["date"] == "2010"


@pytest.mark.parametrize(
    "text, signers",
    [
        ("We call on Chad to uphold the agreement it signed with rebel groups.", ["Chad"]),
        ("Chad must honor the agreement that it signed with Niger in 2019.", ["Chad"]),
        # "it" after a body that opens the sentence is that body.
        (
            "The Department of State welcomes Ghana's election to the council and stands by the "
            "memorandum it signed with the Ghana Ministry of Health in 2022.",
            ["U.S. Department of State"],
        ),
    ],
)
def test_it_after_the_instrument_is_the_government_named_before(events_of, text, signers):
    [event] = events_of(text)
    assert [p["name"] for p in event["parties"] if p["role"] == "signer"] == signers


def test_our_two_countries_are_the_publisher_and_its_partner(events_of):
    release = Release(
        id="t",
        text=(
            "Deputy Secretary Wendy Sherman met Georgian Foreign Minister David Zalkaliani in "
            "Tbilisi. They discussed Georgia's reforms. The memorandum builds on the Charter on "
            "Strategic Partnership that our two countries signed in 2009."
        ),
        date="2024-05-01",
        source="U.S. Department of State",
    )
    [event] = list(pipeline.parse(release)._.signings or [])
    assert [p["name"] for p in event["parties"]] == ["United States", "Georgia"]
    assert event["date"] == "2009"


@pytest.mark.parametrize(
    "text",
    [
        # "it" is a company no rule names: no government is guessed for it.
        "After talks with Angola's Ministry of Petroleum, Chevron said the contract it signed "
        "on Monday will expand offshore gas production.",
    ],
)
def test_it_names_no_government_it_is_not(events_of, text):
    assert events_of(text) == []


def test_a_place_right_after_a_passive_verb_wins_over_the_opening_one(events_of):
    [event] = events_of(
        "In Bern on Monday, Secretary Ana Ruiz recalled that the framework agreement between "
        "Ghana and Switzerland was signed in Geneva in 2006."
    )
    assert event["location"] == "Geneva" and event["date"] == "2006"


def test_a_signing_of_others_takes_no_date_of_the_release_s_occasion():
    from pipeline.releases import release_from_text

    release = release_from_text(
        "United States and Kenya Sign Agreements on Health and Trade\n\nNAIROBI, May 1, 2024 "
        "—\n\nToday in Nairobi, Secretary Ana Ruiz and Cabinet Secretary Musalia Mudavadi "
        "signed a memorandum of understanding on global health security.\n\nThe United "
        "States also welcomes the peace accord that Ethiopia signed with Eritrea and calls on "
        "all parties to honor it.\n",
        id="t",
    )
    events = {e["agreement"]: e for e in pipeline.parse(release)._.signings or []}
    assert events["memorandum of understanding"]["date"] == "2024-05-01"
    accord = events["peace accord"]
    assert accord["date"] is None and accord["location"] is None


@pytest.mark.parametrize(
    "text, people",
    [
        # A possessive before a body's name and its official's title.
        (
            "U.S. Ambassador Daniel Whitcomb and Bangladesh's Economic Relations Division "
            "Secretary Rahima Akter Chowdhury signed a grant agreement.",
            [("Daniel Whitcomb", "USA"), ("Rahima Akter Chowdhury", "BGD")],
        ),
        (
            "Ambassador Daniel Whitcomb and Bangladesh's State Minister for Foreign Affairs "
            "Mohammed Shahriar Alam signed a letter of intent.",
            [("Daniel Whitcomb", "USA"), ("Mohammed Shahriar Alam", "BGD")],
        ),
        # A possessive apostrophe alone, and an honorific without its period.
        (
            "Ambassador Linda Taglialatela and Barbados' Minister of Health Dr Jerome Walcott "
            "signed a memorandum of understanding.",
            [("Linda Taglialatela", "USA"), ("Jerome Walcott", "BRB")],
        ),
    ],
)
def test_the_first_signer_stays_before_a_long_described_second(events_of, text, people):
    [event] = events_of(text)
    assert [(p["name"], p["country"]) for p in event["parties"]] == people


@pytest.mark.parametrize(
    "text, countries, date",
    [
        # A relative clause whose subject is long, with acronyms in brackets and an adverb.
        (
            "Deputy Secretary David Turk and Secretary Miguel Maciel renewed the Memorandum of "
            "Understanding on Energy Cooperation that the U.S. Department of Energy (DOE) and "
            "Mexico's Secretariat of Energy (SENER) first signed in 2015.",
            ["MEX", "USA"],
            "2015",
        ),
        # A group phrase as the subject, after a long lower-case topic.
        (
            "The United States and Costa Rica are partners. They discussed the 2018 agreement "
            "on the sharing of biometric data, which the two countries signed in Washington.",
            ["CRI", "USA"],
            "2018",
        ),
    ],
)
def test_relative_clauses_of_long_subjects_and_topics(events_of, text, countries, date):
    [event] = events_of(text)
    assert (sorted(event["countries"]), event["date"]) == (countries, date)


def test_an_unknown_body_after_a_possessive_keeps_the_group_of_signers(events_of):
    [event] = events_of(
        "NREL and Mexico's National Institute of Electricity and Clean Energy signed a "
        "research agreement last month."
    )
    assert [p["name"] for p in event["parties"]] == [
        "National Renewable Energy Laboratory",
        "National Institute of Electricity and Clean Energy",
    ]
    assert sorted(event["countries"]) == ["MEX", "USA"]


def test_a_headlines_next_verb_is_no_region_of_its_place(events_of):
    text = (
        "Under Secretary Taylor Signs Agricultural Cooperation Memorandum in Tokyo, Leads "
        "Trade Mission\n\nUnder Secretary Alexis Taylor and Japanese Vice-Minister Kenji "
        "Watanabe signed the memorandum on Wednesday."
    )
    assert [e["location"] for e in events_of(text)] == ["Tokyo"]


@pytest.mark.parametrize(
    "text, name",
    [
        # Nouns a headline may use as verbs are no headline verbs of the lexicon.
        (
            "In 1972, the United States signed the Convention for the Conservation of Antarctic "
            "Seals.",
            "Convention for the Conservation of Antarctic Seals",
        ),
        (
            "The United States and Russia signed the Agreement on Notifications of Launches of "
            "Intercontinental Ballistic Missiles in 1988.",
            "Agreement on Notifications of Launches of Intercontinental Ballistic Missiles",
        ),
    ],
)
def test_nouns_of_names_are_no_headline_verbs(events_of, text, name):
    assert [e["agreement"] for e in events_of(text)] == [name]


def test_an_addressed_title_that_you_stands_for_signs(events_of):
    [event] = events_of("Mr. Ambassador, you signed the memorandum with Ghana yesterday.")
    assert sorted(event["countries"]) == ["GHA", "USA"]


def test_the_ibwc_is_a_us_body_in_a_long_relative_clause(events_of):
    [event] = events_of(
        "They renewed the agreement that the International Boundary and Water Commission "
        "(IBWC) and Mexico's National Water Commission (CONAGUA) first signed in 2017."
    )
    assert (sorted(event["countries"]), event["date"]) == (["MEX", "USA"], "2017")
