"""Properties that hold for any input: no crash, well-formed records, offsets that point
at the evidence. Texts are generated from release-like fragments by hypothesis."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.corpus import Release
from pipeline.nlp import document_text
from pipeline.records import doc_records

FRAGMENTS = [
    "Today,",
    "Yesterday",
    "last month",
    "on July 26,",
    "in 1979",
    "the United States",
    "Ghana",
    "Salvadoran",
    "Minister of Foreign Affairs",
    "Secretary of State Margaret L. Okafor",
    "Kevin K. McAleenan",
    "signed",
    "will sign",
    "did not sign",
    "the signing of",
    "signed by",
    "a Memorandum of Understanding",
    "the Agreement",
    "three agreements:",
    "on aviation,",
    "and",
    "with",
    "between",
    "in Accra",
    "at DHS Headquarters in Washington",
    "(CBP)",
    "U.S.",
    "Sept. 20, 2019",
    "the two countries",
    "we",
    ".",
    ",",
    "\n\n",
    "—",
    "(",
    ")",
    "Georgia",
    "Jordan",
    "turkey",
    "executive order",
    "signs of progress",
    "é",
    "“quote”",
]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join)
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, date=st.sampled_from([None, "2021-03-03", "2019-12-31"]))
def test_any_text_gives_well_formed_records(text, date):
    release = Release(id="p", text=text, date=date)
    doc = pipeline.parse(release)
    source = document_text(release)
    records = doc_records(doc)
    for event in records.events:
        assert event["status"] in ("signed", "planned", "negated")
        assert source[event["start_char"] : event["end_char"]] == event["evidence"]
        assert event["countries"] == sorted(set(event["countries"]))
        assert all(re.fullmatch(r"[A-Z]{3}", code) for code in event["countries"])
        assert event["date"] is None or DATE.match(event["date"])
        assert event["date_precision"] == (
            None
            if event["date"] is None
            else {4: "year", 7: "month", 10: "day"}[len(event["date"])]
        )
        assert event["parties"], "an event always names a party"
    for row in records.entities:
        assert source[row["start_char"] : row["end_char"]] == row["text"]
