from __future__ import annotations

import pytest
import spacy

import pipeline.components.sentences  # noqa: F401


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_sentences")
    return nlp


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Acting Secretary Kevin K. McAleenan signed it. Minister Hill Tinoco agreed.",
            ["Acting Secretary Kevin K. McAleenan signed it.", "Minister Hill Tinoco agreed."],
        ),
        (
            "The U.S. Embassy hosted the ceremony on Sept. 20, 2019 in San Salvador.",
            ["The U.S. Embassy hosted the ceremony on Sept. 20, 2019 in San Salvador."],
        ),
        (
            "They met in the U.S. The next day they signed.",
            ["They met in the U.S.", "The next day they signed."],
        ),
        (
            "It was signed in Washington, D.C. We welcome it.",
            ["It was signed in Washington, D.C.", "We welcome it."],
        ),
        (
            "Joint Statement on Cooperation\n\nWASHINGTON -- Today they signed.",
            ["Joint Statement on Cooperation", "WASHINGTON -- Today they signed."],
        ),
        (
            '"We signed it," she said. (The letter is signed.) Then they left!',
            ['"We signed it," she said.', "(The letter is signed.)", "Then they left!"],
        ),
        ("Is it signed? Yes. It is.", ["Is it signed?", "Yes.", "It is."]),
        # Two closers after the period stay with their sentence; one at the very end too.
        (
            '(He said "it is signed.") Then they left. They wrote "done."',
            ['(He said "it is signed.")', "Then they left.", 'They wrote "done."'],
        ),
        (
            "Ambassador Linda J. Okafor, Jr. signed for the U.S. Agency for International Development.",
            [
                "Ambassador Linda J. Okafor, Jr. signed for the U.S. Agency for International Development."
            ],
        ),
    ],
)
def test_sentence_boundaries(nlp, text, expected):
    assert [s.text.strip() for s in nlp(text).sents] == expected


def test_empty_doc(nlp):
    doc = nlp("")
    assert len(doc) == 0 and list(doc.sents) == []


def test_pipe_with_two_processes(nlp):
    texts = ["One sentence here. Another one in the U.S. The end."] * 4
    results = [[s.text for s in doc.sents] for doc in nlp.pipe(texts, n_process=2)]
    assert results == [["One sentence here.", "Another one in the U.S.", "The end."]] * 4


def test_to_disk_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    text = "They met in the U.S. The next day they signed."
    assert [s.text for s in loaded(text).sents] == [s.text for s in nlp(text).sents]


def test_bad_config_is_rejected():
    nlp = spacy.blank("en")
    with pytest.raises(Exception, match="terminal_abbreviations"):
        nlp.add_pipe("undersigned_sentences", config={"terminal_abbreviations": 5})
    with pytest.raises(Exception, match="unknown"):
        nlp.add_pipe("undersigned_sentences", config={"unknown": True})
