from __future__ import annotations

import pytest

from pipeline.extraction.merge import merge_events, same_signing


def event(
    name,
    countries,
    *,
    date=None,
    evidence="e",
    type_="agreement",
    status="signed",
    parties=None,
    start=0,
    **flags,
):
    return {
        "agreement": name,
        "agreement_type": type_,
        "status": status,
        "date": date,
        "date_precision": None,
        "date_source": None,
        "date_text": flags.pop("date_text", None),
        "location": None,
        "countries": countries,
        "evidence": evidence,
        "start_char": start,
        "confidence": 0.8,
        "parties": parties or [{"name": c, "kind": "country"} for c in countries],
        **flags,
    }


@pytest.mark.parametrize(
    "a, b, same",
    [
        (
            event("Open Skies Agreement", ["USA", "UZB"], date="2022-03-07"),
            event("Agreement", ["USA", "UZB"], evidence="f", _definite=True),
            True,
        ),
        (
            event("Open Skies Agreement", ["USA", "UZB"]),
            event("agreement", ["USA", "GHA"], evidence="f", _definite=True),
            False,
        ),
        (
            event("Memorandum of Understanding on Energy", ["IDN", "USA"]),
            event("memorandum of cooperation", ["IDN", "USA"], evidence="f", type_="memorandum"),
            False,
        ),
        (
            event("Open Skies Agreement", ["USA", "UZB"], date="2022-03"),
            event("Open Skies Agreement", ["USA", "UZB"], date="2021", evidence="f"),
            False,
        ),
        (
            event("Open Skies Agreement", ["USA", "UZB"], status="planned"),
            event("Open Skies Agreement", ["USA", "UZB"], evidence="f"),
            False,
        ),
        (
            event("Three Agreements", ["GHA", "USA"], _plural=True, _headline=True),
            event("agreement on aviation", ["GHA", "USA"], evidence="f"),
            True,
        ),
        # "the agreement", named by the headline, still refers back to "an agreement".
        (
            event("agreement", ["NGA", "USA"], date="2024-05-07"),
            event(
                "Asset Return Agreement", ["NGA", "USA"], evidence="f", _definite=True, _named=True
            ),
            True,
        ),
        # "the document" has no type of its own: it refers back to "the arrangement" ...
        (
            event("arrangement", ["MEX", "USA"], type_="arrangement"),
            event("document", ["USA"], evidence="f", type_="other", _definite=True),
            True,
        ),
        # ... but "a document" is another instrument.
        (
            event("arrangement", ["MEX", "USA"], type_="arrangement"),
            event("document", ["USA"], evidence="f", type_="other"),
            False,
        ),
    ],
)
def test_same_signing(a, b, same):
    assert same_signing(a, b) is same


def test_merge_fills_gaps_and_keeps_the_fullest():
    body = event("Open Skies Agreement", ["USA", "UZB"], evidence="body", start=50)
    later = event(
        "Agreement", ["USA", "UZB"], date="2022-03-07", evidence="later", start=90, _definite=True
    )
    [merged] = merge_events([body, later])
    assert merged["agreement"] == "Open Skies Agreement" and merged["date"] == "2022-03-07"
    assert not any(key.startswith("_") for key in merged)


def _dated(e, date, source, location=None):
    return {**e, "date": date, "date_source": source, "location": location}


@pytest.mark.parametrize("headline_first", [True, False])
def test_a_headline_dated_by_the_release_takes_the_body_s_date(headline_first):
    # "U.S. and Kenya Sign Health Memorandum" (the release's day, its dateline's place)
    # and "WASHINGTON, June 4 — Yesterday, the United States and Kenya signed a memorandum".
    headline = _dated(
        event("Health Memorandum", ["KEN", "USA"], type_="memorandum", _headline=True),
        "2024-06-04",
        "release_date",
        "Washington",
    )
    body = _dated(
        event(
            "memorandum of understanding",
            ["KEN", "USA"],
            type_="memorandum",
            evidence="body",
            start=60,
            _definite=False,
        ),
        "2024-06-03",
        "text",
    )
    assert same_signing(headline, body)
    [merged] = merge_events([headline, body] if headline_first else [body, headline])
    assert merged["agreement"] == "Health Memorandum"
    assert (merged["date"], merged["date_source"], merged["location"]) == (
        "2024-06-03",
        "text",
        None,
    )


def test_two_dates_of_their_own_still_tell_two_signings_apart():
    headline = _dated(
        event("Health Memorandum", ["KEN", "USA"], type_="memorandum", _headline=True),
        "2024-06-04",
        "text",
    )
    body = _dated(
        event("memorandum", ["KEN", "USA"], type_="memorandum", evidence="body", start=60),
        "2019-05-02",
        "text",
    )
    assert not same_signing(headline, body)


@pytest.mark.parametrize(
    ("topics", "definite", "merged"),
    [
        # "a memorandum on sanctions ... a memorandum on training": two memoranda.
        ((("on", "sanctions"), ("on", "training")), (False, False), 2),
        ((("on", "sanctions"), ("on", "sanctions")), (False, False), 1),
        # A later "the memorandum on ..." refers back; a mention with no topic may too.
        ((("on", "sanctions"), ("on", "training")), (False, True), 1),
        ((("on", "sanctions"), ()), (False, False), 1),
    ],
)
def test_memoranda_on_different_topics(topics, definite, merged):
    first, second = (
        event(
            "memorandum",
            ["ARE", "USA"],
            evidence=f"e{i}",
            start=i * 40,
            _topic=topic,
            _definite=flag,
        )
        for i, (topic, flag) in enumerate(zip(topics, definite, strict=True))
    )
    assert len(merge_events([first, second])) == merged


def test_different_signers_of_one_statement_are_joined():
    a = event(
        "joint statement",
        ["USA"],
        parties=[{"name": "Erik Lund", "kind": "person"}],
        evidence="a",
        _definite=True,
    )
    b = event(
        "joint statement",
        ["SWE"],
        parties=[{"name": "Anna Berg", "kind": "person"}],
        evidence="b",
        _definite=True,
    )
    [merged] = merge_events([a, b])
    assert merged["countries"] == ["SWE", "USA"]
    assert sorted(p["name"] for p in merged["parties"]) == ["Anna Berg", "Erik Lund"]


@pytest.mark.parametrize(
    "first_rule, second_rule, merged",
    [
        ("document.undersigned", "document.signed_by", True),
        ("document.signed_below", "document.signed_by", True),
        ("document.undersigned", "active.signed", False),  # the release mentions another signing
    ],
)
def test_a_release_that_signs_itself_is_one_event(first_rule, second_rule, merged):
    opening = event(
        "Coalition Statement on Press Freedom",
        ["HKG"],
        evidence="The undersigned members of the Coalition express concern.",
        rule=first_rule,
        type_="joint_statement",
    )
    block = event(
        "Coalition Statement on Press Freedom",
        ["AUS", "AUT", "CAN"],
        evidence="Signed by the Governments of Australia, Austria, Canada.",
        start=500,
        rule=second_rule,
        type_="joint_statement",
    )
    events = merge_events([opening, block])
    if merged:
        # The signature block's list stands alone: a stray country of the opening is not added.
        assert [e["countries"] for e in events] == [["AUS", "AUT", "CAN"]]
    else:
        assert len(events) == 2


def test_a_mention_with_a_topic_keeps_its_name():
    from pipeline.extraction.merge import named_by_headline

    # "the memorandum of understanding on debt management, which ... signed in 2019"
    found = named_by_headline(
        [
            event(
                "memorandum of understanding",
                ["USA"],
                type_="memorandum",
                _definite=True,
                _topic=True,
            )
        ],
        [("Memorandum on Payment Systems", "memorandum")],
    )
    assert found[0]["agreement"] == "memorandum of understanding"


@pytest.mark.parametrize(
    "name, definite, headline, expected",
    [
        # "this Charter" is the one the headline names.
        (
            "Charter",
            True,
            [("Charter for Open Climate Data", "charter")],
            "Charter for Open Climate Data",
        ),
        # "a charter" introduces another one.
        ("charter", False, [("Charter for Open Climate Data", "charter")], "charter"),
        # Two candidates of the type: no guess.
        (
            "Agreement",
            True,
            [("Air Transport Agreement", "agreement"), ("Customs Agreement", "agreement")],
            "Agreement",
        ),
        # Another type is another instrument.
        ("Agreement", True, [("Charter for Open Climate Data", "charter")], "Agreement"),
        # A specific name keeps its own.
        (
            "Port Security Agreement",
            True,
            [("Customs Agreement", "agreement")],
            "Port Security Agreement",
        ),
    ],
)
def test_named_by_headline(name, definite, headline, expected):
    from pipeline.extraction.merge import named_by_headline

    kind = "charter" if name.lower().startswith("charter") else "agreement"
    found = named_by_headline([event(name, ["USA"], type_=kind, _definite=definite)], headline)
    assert found[0]["agreement"] == expected


def test_the_mention_that_names_people_leads_with_both_mentions_countries():
    # "The United States and Honduras signed the Agreement ... The Agreement was signed by
    # Mission Director Sandra Holt and Minister Luis Zelaya": the people sign, for both.
    countries = event("Development Objective Agreement", ["HND", "USA"], evidence="a", start=0)
    people = event(
        "Agreement",
        ["HND"],
        parties=[
            {"name": "Sandra Holt", "kind": "person"},
            {"name": "Luis Zelaya", "kind": "person"},
        ],
        evidence="b",
        start=80,
        _definite=True,
    )
    [merged] = merge_events([countries, people])
    assert [p["name"] for p in merged["parties"]] == ["Sandra Holt", "Luis Zelaya"]
    assert merged["countries"] == ["HND", "USA"]
    assert merged["agreement"] == "Development Objective Agreement"


def test_a_country_no_named_person_acts_for_still_signs():
    # "The United States and Ghana signed the Agreement ... The Agreement was signed by
    # U.S. Ambassador Ana Ruiz": Ruiz signs for the United States, Ghana still signs.
    countries = event(
        "Maritime Agreement",
        ["GHA", "USA"],
        parties=[
            {"name": "United States", "kind": "country", "country": "USA"},
            {"name": "Ghana", "kind": "country", "country": "GHA"},
        ],
        evidence="a",
    )
    person = event(
        "Agreement",
        ["USA"],
        parties=[{"name": "Ana Ruiz", "kind": "person", "country": "USA"}],
        evidence="b",
        start=80,
        _definite=True,
    )
    [merged] = merge_events([countries, person])
    assert [p["name"] for p in merged["parties"]] == ["Ana Ruiz", "Ghana"]
    assert merged["countries"] == ["GHA", "USA"]


def test_a_typed_name_replaces_the_document():
    typed = event("arrangement", ["MEX", "USA"], type_="arrangement", evidence="a", start=0)
    document = event(
        "document",
        ["USA"],
        type_="other",
        evidence="b",
        start=50,
        _definite=True,
        parties=[{"name": "Alejandro N. Mayorkas", "kind": "person", "country": "USA"}],
    )
    [merged] = merge_events([typed, document])
    assert (merged["agreement"], merged["agreement_type"]) == ("arrangement", "arrangement")
    assert merged["parties"][0]["name"] == "Alejandro N. Mayorkas"


@pytest.mark.parametrize(
    "quoted_date, evidence, definite, other_date, same",
    [
        # A quote's "the memorandum we signed today", said on the day dated "yesterday".
        ("2024-02-20", 'The memorandum we signed today will help."', True, "2024-02-19", True),
        ("2024-02-20", "The memorandum we signed today will help.", True, "2024-02-19", False),
        ("2024-02-20", 'A memorandum we signed today will help."', False, "2024-02-19", False),
        ("2024-02-20", 'The memorandum we signed today will help."', True, "2024-02-17", False),
    ],
)
def test_a_quotes_today_is_the_day_it_was_said(quoted_date, evidence, definite, other_date, same):
    told = event("memorandum of cooperation", ["CRI", "USA"], date=other_date, evidence="x")
    told["date_precision"] = "day"
    quoted = event("memorandum", ["CRI", "USA"], date=quoted_date, evidence=evidence)
    quoted.update(date_text="today", date_precision="day", _definite=definite)
    assert same_signing(told, quoted) is same
    assert same_signing(quoted, told) is same


def test_the_bodys_agreement_takes_the_headlines_type():
    headline = event("Compact", ["GMB", "USA"], type_="compact", _headline=True, start=0)
    body = event(
        "agreement",
        ["GMB", "USA"],
        type_="agreement",
        evidence="Albright and Keita signed the agreement.",
        parties=[
            {"name": "Alice Albright", "kind": "person", "country": "USA"},
            {"name": "Seedy Keita", "kind": "person", "country": "GMB"},
        ],
        start=90,
        _definite=True,
    )
    assert same_signing(headline, body)
    [merged] = merge_events([headline, body])
    assert (merged["agreement"], merged["agreement_type"]) == ("Compact", "compact")
    assert [p["name"] for p in merged["parties"]] == ["Alice Albright", "Seedy Keita"]
    # Not a body's "an agreement", which introduces another instrument.
    body["_definite"] = False
    assert not same_signing(headline, body)


MOU = dict(type_="memorandum", date="2021-10-08", start=100)


@pytest.mark.parametrize(
    "later, same",
    [
        # An undated "the agreement" after a dated signing refers back to it.
        (event("agreement", ["MEX", "USA"], evidence="f", start=900, _definite=True), True),
        # Not one with a date of its own, nor one before the signing, nor "an agreement".
        (
            event(
                "agreement", ["MEX", "USA"], evidence="f", start=900, date="2019", _definite=True
            ),
            False,
        ),
        (event("agreement", ["MEX", "USA"], evidence="f", start=50, _definite=True), False),
        # One of the same day ("the agreement we just signed") refers back too.
        (
            event(
                "agreement",
                ["MEX", "USA"],
                evidence="f",
                start=900,
                date="2021-10-08",
                _definite=True,
            ),
            True,
        ),
        (event("agreement", ["MEX", "USA"], evidence="f", start=900), False),
        # Nor with another country.
        (event("agreement", ["GMB", "USA"], evidence="f", start=900, _definite=True), False),
    ],
)
def test_the_agreement_refers_back_to_a_dated_signing_before_it(later, same):
    earlier = event("Memorandum of Understanding", ["MEX", "USA"], **MOU)
    assert same_signing(earlier, later) is same
    assert same_signing(later, earlier) is same


@pytest.mark.parametrize(
    "quote, same",
    [
        # A quote's "the agreement we just signed", named by the headline, is the signing
        # told before it, whatever day the release gives "just".
        (
            event(
                "Agreement on Maritime Security",
                ["GHA", "USA"],
                evidence="q",
                start=900,
                date="2024-05-16",
                date_text="just",
                _definite=True,
                _named=True,
            ),
            True,
        ),
        # Not a mention dated by a day of its own.
        (
            event(
                "Agreement on Maritime Security",
                ["GHA", "USA"],
                evidence="q",
                start=900,
                date="2024-05-16",
                date_text="Thursday",
                _definite=True,
                _named=True,
            ),
            False,
        ),
    ],
)
def test_a_quotes_just_signed_refers_back_to_the_told_signing(quote, same):
    told = event("Agreement on Maritime Security", ["GHA", "USA"], date="2024-05-14", start=100)
    assert same_signing(told, quote) is same
    assert same_signing(quote, told) is same


@pytest.mark.parametrize(
    "plural, same",
    [
        # "the agreements we signed today" sums up the instruments told before it, under the
        # name the headline gives it too ("Civil Nuclear Agreements").
        (
            event(
                "Civil Nuclear Agreements",
                ["ROU", "USA"],
                evidence="q",
                start=900,
                date="2024-05-01",
                _definite=True,
                _named=True,
                _plural=True,
            ),
            True,
        ),
        # Not "two agreements" that introduce instruments of their own.
        (
            event(
                "agreements",
                ["ROU", "USA"],
                evidence="q",
                start=900,
                date="2024-05-01",
                _plural=True,
            ),
            False,
        ),
    ],
)
def test_a_body_plural_sums_up_the_instruments_before_it(plural, same):
    told = event(
        "memorandum of understanding",
        ["ROU", "USA"],
        type_="memorandum",
        date="2024-05-01",
        start=100,
    )
    assert same_signing(told, plural) is same
    assert same_signing(plural, told) is same


def _body_memorandum(date="2024-03-12", **flags):
    people = [
        {"name": "Virginia Palmer", "kind": "person", "country": "USA"},
        {"name": "Kwaku Agyeman-Manu", "kind": "person", "country": "GHA"},
    ]
    return event(
        "Memorandum of Understanding",
        ["GHA", "USA"],
        date=date,
        type_="memorandum",
        evidence="body",
        parties=people,
        start=60,
        **flags,
    )


def _headline_agreement(**flags):
    return event(
        "Health Agreement",
        ["GHA", "USA"],
        date="2024-03-12",
        evidence="United States and Ghana Sign Health Agreement",
        _headline=True,
        **flags,
    )


@pytest.mark.parametrize(
    "body, merged",
    [
        # "United States and Ghana Sign Health Agreement" over the body's memorandum.
        ([_body_memorandum()], True),
        # The body's "On Monday, ... signed" the day before the release.
        ([_body_memorandum(date="2024-03-11")], True),
        # A memorandum signed in 2019 is not the one the headline announces.
        ([_body_memorandum(date="2019")], False),
        ([_body_memorandum(date="2024-01-12")], False),
        # A planned memorandum is not a signed agreement.
        ([_body_memorandum(status="planned")], False),
        # Two signings of other types fit: the headline cannot say which.
        (
            [
                _body_memorandum(),
                event(
                    "Letter of Intent",
                    ["GHA", "USA"],
                    date="2024-03-12",
                    type_="letter",
                    evidence="other",
                    start=200,
                ),
            ],
            False,
        ),
        # Another pair of countries.
        (
            [
                event(
                    "Memorandum of Understanding",
                    ["TGO", "USA"],
                    date="2024-03-12",
                    type_="memorandum",
                    evidence="togo",
                    start=60,
                )
            ],
            False,
        ),
    ],
)
def test_a_headline_of_another_type_retells_the_single_body_signing(body, merged):
    events = merge_events([_headline_agreement(), *body])
    assert len(events) == (len(body) if merged else len(body) + 1)
    if merged:
        (only,) = events
        assert (only["agreement"], only["agreement_type"]) == (
            "Memorandum of Understanding",
            "memorandum",
        )
        assert {p["name"] for p in only["parties"]} == {"Virginia Palmer", "Kwaku Agyeman-Manu"}


def test_a_plural_headline_is_left_to_the_summary_rule():
    plural = _headline_agreement(_plural=True)
    plural["agreement"] = "Health Agreements"
    events = merge_events([plural, _body_memorandum(date="2019")])
    assert len(events) == 2


@pytest.mark.parametrize(
    "body_name, topic, merged",
    [
        # "United States and Peru Sign Agreement on Cultural Property" over "... will sign
        # a memorandum of understanding on cultural property protection next week".
        ("memorandum of understanding", ("on", "cultural", "property", "protection"), True),
        # A planned memorandum on another topic is another instrument.
        ("memorandum of understanding", ("on", "fisheries"), False),
    ],
)
def test_a_signed_headline_over_a_planned_body_takes_its_status(body_name, topic, merged):
    headline = event(
        "Agreement on Cultural Property", ["PER", "USA"], date="2024-05-01", _headline=True
    )
    body = event(
        body_name,
        ["PER", "USA"],
        date="2024-05",
        type_="memorandum",
        status="planned",
        evidence="body",
        start=60,
        _topic=topic,
    )
    events = merge_events([headline, body])
    if merged:
        (only,) = events
        assert (only["status"], only["agreement_type"]) == ("planned", "memorandum")
    else:
        assert sorted(e["status"] for e in events) == ["planned", "signed"]


@pytest.mark.parametrize(
    "body_date, merged",
    [
        # Signed today, or in the two weeks before the release: the headline's news.
        ("2024-03-12", True),
        ("2024-03-01", True),
        # Undated is the news ("A and B signed a memorandum"); "In 2019, ... signed" is not.
        (None, True),
        ("2019", False),
        ("2024-02-01", False),
    ],
)
def test_an_undated_headline_is_dated_by_the_release(body_date, merged):
    headline = _headline_agreement()
    headline["date"] = None  # a headline tells no date of its own
    events = merge_events([headline, _body_memorandum(date=body_date)], "2024-03-12")
    assert len(events) == (1 if merged else 2)


@pytest.mark.parametrize(
    "body_date, merged",
    [
        ("2024-03-11", True),  # "to Sign" over the signing the body tells of yesterday
        ("2019", False),  # not over a signing of 2019 on the same topic
    ],
)
def test_a_planned_headline_over_a_signed_body_needs_a_recent_signing(body_date, merged):
    headline = event(
        "Energy Memorandum",
        ["COL", "USA"],
        type_="memorandum",
        status="planned",
        evidence="United States and Colombia to Sign Energy Memorandum",
        _headline=True,
    )
    body = event(
        "memorandum of understanding",
        ["COL", "USA"],
        date=body_date,
        type_="memorandum",
        evidence="body",
        start=60,
        _topic=("on", "energy", "cooperation"),
    )
    events = merge_events([headline, body], "2024-03-12")
    assert len(events) == (1 if merged else 2)


def test_the_agreement_refers_back_to_a_signing_of_its_own_type_first():
    # An older memorandum told first and an agreement told after it: "The agreement was
    # signed in Golden" is the agreement's signing.
    memorandum = event(
        "Memorandum of Understanding on Energy Cooperation",
        ["MEX", "USA"],
        type_="memorandum",
        date="2015",
        evidence="m",
        start=100,
    )
    concluded = event(
        "cooperative research agreement", ["MEX", "USA"], date="2024-04", evidence="c", start=500
    )
    later = {
        **event("agreement", ["USA"], evidence="g", start=700, _definite=True),
        "location": "Golden, Colorado",
    }
    merged = merge_events([memorandum, concluded, later])
    assert [(e["agreement"], e["date"], e["location"]) for e in merged] == [
        ("Memorandum of Understanding on Energy Cooperation", "2015", None),
        ("cooperative research agreement", "2024-04", "Golden, Colorado"),
    ]
