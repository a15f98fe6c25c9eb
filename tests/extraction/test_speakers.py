"""The speaker of a transcript's turn: pipeline.extraction.speakers over turns we write."""

from __future__ import annotations

import pytest

from pipeline.extraction.speakers import first_person_at, label_end, turn_speaker


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Minister Dana Hale and I signed it.", 1),
        ("I have signed it, and I also signed the annex.", 2),
        ("I'm pleased to announce that we signed it.", 0),
        ("I mean, did they sign it?", 0),
        ("As I said at the signing, it matters.", 0),
        # Another's words in quotes: "I" is theirs.
        ('As Minister Ruiz reminded me, "I signed the accord in Lima."', 0),
        ("As Minister Ruiz reminded me, “I signed the accord in Lima.”", 0),
    ],
)
def test_first_person_subjects(parsed, text, subjects):
    doc = parsed(text)
    assert len(first_person_at(doc, 0, len(doc))) == subjects


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "SECRETARY HALE: Thank you. It is good to be here. Minister Ruiz and I signed it.",
            "Hale",
        ),
        # A label that names no person, or no label at all: no speaker.
        ("SECRETARY HALE: Thank you.\n\nQUESTION: Then I signed it, you say?", None),
        ("Minister Ruiz and I signed it.", None),
    ],
)
def test_turn_speaker(parsed, text, speaker):
    doc = parsed(text)
    [index] = [t.i for t in doc if t.text == "I"]
    found = turn_speaker(doc, index)
    assert (found.kb_id_ if found is not None else None) == speaker


def test_the_speaker_signs_beside_the_one_named(events_of):
    [event] = events_of(
        "Joint Press Availability\n\nSECRETARY HALE: Thank you, Murat. It is good to be back "
        "in Astana. Earlier today, Foreign Minister Murat Nurtleu of Kazakhstan and I signed "
        "a memorandum of understanding on critical minerals."
    )
    assert [p["name"] for p in event["parties"]] == ["Murat Nurtleu", "Hale"]
    assert event["countries"] == ["KAZ", "USA"]


@pytest.mark.parametrize(
    "text, words",
    [
        ("FOREIGN MINISTER KULEBA: Today, Ukraine signed the accord.", "Today"),
        ("PRESIDENT RUTO: Today, Kenya signed the accord.", "Today"),
        ("Foreign Minister Kuleba: Today, Ukraine signed the accord.", "Today"),
        ("Today, Kenya signed the accord.", "Today"),
        # Not a colon after ordinary words.
        ("The result: Kenya signed the accord.", "The"),
    ],
)
def test_label_end(parsed, text, words):
    doc = parsed(text)
    sentence = next(doc.sents)
    assert doc[label_end(doc, sentence)].text == words
