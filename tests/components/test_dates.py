from __future__ import annotations

import pytest
import spacy

import pipeline.components.dates  # noqa: F401
import pipeline.components.sentences  # noqa: F401
from pipeline.components.dates import find_dates, resolve

RELEASE = "2022-03-07"  # a Monday


@pytest.mark.parametrize(
    "text, kind, value, precision",
    [
        ("today", "relative", "2022-03-07", "day"),
        ("Today", "relative", "2022-03-07", "day"),
        ("yesterday", "relative", "2022-03-06", "day"),
        ("last night", "relative", "2022-03-06", "day"),
        ("earlier today", "relative", "2022-03-07", "day"),
        ("last month", "relative", "2022-02", "month"),
        ("earlier this week", "relative", "2022-03", "month"),
        ("this week", "relative", "2022-03", "month"),
        ("last week", "relative", "2022-02", "month"),  # the release day less 7 days is in February
        ("earlier this month", "relative", "2022-03", "month"),
        ("earlier this year", "relative", "2022", "year"),
        ("last year", "relative", "2021", "year"),
        ("the end of the year", "relative", "2022", "year"),
        ("end of this year", "relative", "2022", "year"),
        ("year's end", "relative", "2022", "year"),
        ("the end of the month", "relative", "2022-03", "month"),
        ("the beginning of this month", "relative", "2022-03", "month"),
        ("three years ago", "relative", "2019", "year"),
        ("43 years ago", "relative", "1979", "year"),
        ("Three years ago", "relative", "2019", "year"),
        ("A year ago", "relative", "2021", "year"),
        ("Twenty-five years ago", "relative", "1997", "year"),
        ("twenty five years ago", "relative", "1997", "year"),
        ("Fifteen years ago", "relative", "2007", "year"),
        ("ninety days ago", "relative", "2021-12-07", "day"),
        ("Wednesday", "weekday", "2022-03-02", "day"),
        ("Monday", "weekday", "2022-03-07", "day"),
        # "last Monday" in a Monday's release is a week before; another day, the latest.
        ("Monday", "last_weekday", "2022-02-28", "day"),
        ("Wednesday", "last_weekday", "2022-03-02", "day"),
        ("July 26", "month_day", "2022-07-26", "day"),
        ("the 5th of July", "month_day", "2022-07-05", "day"),
        ("5 July", "month_day", "2022-07-05", "day"),
        ("Wednesday, March 2", "month_day", "2022-03-02", "day"),
        ("September 20, 2019", "full", "2019-09-20", "day"),
        ("Sept. 20, 2019", "full", "2019-09-20", "day"),
        ("20 September 2019", "full", "2019-09-20", "day"),
        ("2019-12-30", "full", "2019-12-30", "day"),
        ("the 14th day of July, 2022", "full", "2022-07-14", "day"),
        ("the 5th of July, 2021", "full", "2021-07-05", "day"),
        ("3rd day of the May, 2023", "full", "2023-05-03", "day"),
        ("February 2020", "month_year", "2020-02", "month"),
        ("February, 2020", "month_year", "2020-02", "month"),
        ("March", "month", "2022-03", "month"),  # the release month itself
        ("February", "month", "2022-02", "month"),
        ("July", "month", "2021-07", "month"),  # the latest July: the year before
        # "last October": the latest October before the release's month.
        ("October", "last_month", "2021-10", "month"),
        ("February", "last_month", "2022-02", "month"),
        ("March", "last_month", "2021-03", "month"),  # not the release month itself
        ("May of last year", "month_last_year", "2021-05", "month"),
        ("1979", "year", "1979", "year"),
        ("just a few moments ago", "relative", "2022-03-07", "day"),
        ("Just now", "relative", "2022-03-07", "day"),
    ],
)
def test_resolve_against_release_date(text, kind, value, precision):
    result = resolve(kind, text, RELEASE)
    assert result is not None
    assert (result.value, result.precision) == (value, precision)


@pytest.mark.parametrize(
    "kind, text",
    [("relative", "today"), ("weekday", "Tuesday"), ("month_day", "July 26"), ("month", "July")],
)
def test_relative_dates_need_a_release_date(kind, text):
    assert resolve(kind, text, None) is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "On Wednesday, March 2, 2022, Bahrain signed the Accords.",
            [("Wednesday, March 2, 2022", "full")],
        ),
        (
            "The treaty was signed in 1979 and amended in late 2021.",
            [("1979", "year"), ("2021", "year")],
        ),
        ("It was signed at the end of February 2020 in Doha.", [("February 2020", "month_year")]),
        (
            "They signed it last month and met again yesterday.",
            [("last month", "relative"), ("yesterday", "relative")],
        ),
        ("May we sign it? Signing up is easy.", []),
        ("Ten years ago, Ghana signed it.", [("Ten years ago", "relative")]),
        # The count says when: "this month" or "today" after it add nothing.
        ("Ten years ago this month, Ghana signed it.", [("Ten years ago", "relative")]),
        ("Exactly ten years ago today, Ghana signed it.", [("ten years ago", "relative")]),
        ("Twenty-five years ago, Ghana signed it.", [("Twenty-five years ago", "relative")]),
        (
            "In May, Ghana signed it; Togo signed in early June.",
            [("May", "month"), ("June", "month")],
        ),
        (
            "It was signed in July 2021 and in June, 2022.",
            [("July 2021", "month_year"), ("June, 2022", "month_year")],
        ),
        ("It was signed in July 26 sessions.", [("July 26", "month_day")]),
        ("Ghana signed it in mid-June, Togo this past May.", [("June", "month"), ("May", "month")]),
        (
            "It was signed on the 5th of July and on 6 July.",
            [("the 5th of July", "month_day"), ("6 July", "month_day")],
        ),
        ("It was signed on 5 July 2021.", [("5 July 2021", "full")]),
        ("It was signed on the 5th of July, 2021.", [("the 5th of July, 2021", "full")]),
        # A month before "of last year" is no month of the release's year.
        ("It was signed in May of last year.", [("May of last year", "month_last_year")]),
        ("Prime Minister Theresa May signed it in March.", [("March", "month")]),
        ("They met in Augusta and signed in the august hall.", []),
        ("They signed it last October in Reykjavik.", [("October", "last_month")]),
        ("Last Tuesday, they signed it.", [("Tuesday", "last_weekday")]),
        ("They signed it this past Friday.", [("Friday", "last_weekday")]),
        (
            "They signed it on Tuesday, last week.",
            [("Tuesday", "weekday"), ("last week", "relative")],
        ),
        ("They signed it last March 3.", [("March 3", "month_day")]),
        ("They signed it last October 2019.", [("October 2019", "month_year")]),
        ("The 2,000 participants met in room 1979B.", []),
        # A sentence may open with it.
        ("Moments ago, we signed it.", [("Moments ago", "relative")]),
        ("A moment ago, we signed it.", [("A moment ago", "relative")]),
    ],
)
def test_find_dates(sentence, expected):
    assert [(sentence[s:e], kind) for s, e, kind in find_dates(sentence)] == expected


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_sentences")
    nlp.add_pipe("undersigned_dates")
    return nlp


def make(nlp, text, release_date=RELEASE):
    doc = nlp.make_doc(text)
    doc._.release_date = release_date
    return nlp(doc)


def test_dates_only_in_sentences_with_scope_words(nlp):
    doc = make(nlp, "They met on Tuesday. Yesterday they signed a memorandum of understanding.")
    spans = {s.text: s.kb_id_ for s in doc.spans["dates"]}
    assert spans == {"Yesterday": "2022-03-06"}
    assert all(s.label_ == "DATE" for s in doc.spans["dates"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Today, the undersigned foreign ministers condemn the attacks.", {"Today": "2022-03-07"}),
        ("On Tuesday, they inked a deal.", {"Tuesday": "2022-03-01"}),
        ("On Tuesday, they met for talks.", {}),
    ],
)
def test_every_word_that_anchors_a_signing_rule_is_in_scope(nlp, text, expected):
    doc = make(nlp, text)
    assert {s.text: s.kb_id_ for s in doc.spans["dates"]} == expected


def test_the_default_scope_holds_the_default_rules_anchor_words():
    import json
    from pathlib import Path

    from pipeline.components.dates import DEFAULT_SCOPE_WORDS
    from pipeline.trigger_windows import anchor_words

    path = Path(__file__).resolve().parents[2] / "models" / "default" / "signing_rules.jsonl"
    rules = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert anchor_words(rules, path) <= set(DEFAULT_SCOPE_WORDS)


def test_unresolvable_date_keeps_an_empty_value(nlp):
    doc = make(nlp, "They signed it on Tuesday.", release_date=None)
    assert [(s.text, s.kb_id_) for s in doc.spans["dates"]] == [("Tuesday", "")]


def test_empty_scope_searches_every_sentence():
    nlp = spacy.blank("en")
    nlp.add_pipe("undersigned_dates", config={"scope_words": []})
    doc = nlp.make_doc("They met on Tuesday.")
    doc._.release_date = RELEASE
    assert [s.kb_id_ for s in nlp(doc).spans["dates"]] == ["2022-03-01"]


def test_empty_doc(nlp):
    assert list(make(nlp, "").spans["dates"]) == []


def test_pipe_with_two_processes(nlp):
    docs = []
    for day in ("2022-03-07", "2021-06-15"):
        doc = nlp.make_doc("Today the two countries signed an agreement.")
        doc._.release_date = day
        docs.append(doc)
    values = [[s.kb_id_ for s in doc.spans["dates"]] for doc in nlp.pipe(docs, n_process=2)]
    assert values == [["2022-03-07"], ["2021-06-15"]]


def test_to_disk_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    doc = loaded.make_doc("They signed the treaty last month.")
    doc._.release_date = RELEASE
    assert [s.kb_id_ for s in loaded(doc).spans["dates"]] == ["2022-02"]


def test_bad_config_is_rejected():
    nlp = spacy.blank("en")
    with pytest.raises(Exception, match="scope_words"):
        nlp.add_pipe("undersigned_dates", config={"scope_words": "signed"})
    with pytest.raises(Exception, match="resolve_pattern"):
        nlp.add_pipe("undersigned_dates", config={"resolve_pattern": "sign"})


@pytest.mark.parametrize(
    "expression",
    [
        "the 14th day of July, 2022",
        "Tuesday, March 2, 2022",
        "2 March 2022",
        "2022-03-02",
        "3/2/2022",
        "on July 26",
        "at the end of March 2022",
        "today",
        "Yesterday",
        "tomorrow",
        "Tonight",
        "last night",
        "this morning",
        "this afternoon",
        "this evening",
        "earlier this week",
        "Later today",
        "next month",
        "last year",
        "three years ago",
        "12 days ago",
        "a few moments ago",
        "just now",
        "on Wednesday",
        "in 1979",
        "since 2014",
        "in July",
    ],
)
def test_every_date_shape_passes_the_quick_check(expression):
    from pipeline.components.dates import find_dates, may_hold_date

    sentence = f"The two ministers signed the accord {expression} in the capital."
    assert find_dates(sentence), expression  # the shape is one the pattern knows
    assert may_hold_date(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers signed the accord in the capital.",
        "Both sides signed a memorandum on port security.",
        "",
    ],
)
def test_sentences_without_digits_or_time_words_are_ruled_out(sentence):
    from pipeline.components.dates import find_dates, may_hold_date

    assert not may_hold_date(sentence)
    assert find_dates(sentence) == []


def _unguarded_matches(text: str) -> list[tuple[int, int, str | None]]:
    import re

    from pipeline.components.dates import DATE_SHAPES

    pattern = re.compile(rf"\b(?:{DATE_SHAPES})", re.VERBOSE)
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]


def _guarded_matches(text: str) -> list[tuple[int, int, str | None]]:
    from pipeline.components.dates import DATE_PATTERN

    return [(m.start(), m.end(), m.lastgroup) for m in DATE_PATTERN.finditer(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Eleven days ago, Twenty years ago and FIFTY years ago the parties met.",
        "A few minutes ago, Just now, Moments ago, minutes ago.",
        "Since 2014, During 2019, Of 2020, Mid-2021, mid-July, Early March, Late 2019.",
        "This past June, In late July, during early August, in mid-September.",
        "The 14th day of July, 2022; Beginning of March 2020; the end of May 2021.",
        "Next week, Last month, Earlier today, Later this year, Tonight, Yesterday.",
        "On Sept. 20, 2019 and 3/2/2022 and 2022-03-02, signed 2 March 2022.",
        "Jan. 5 Feb 6 Dec. 7 Oct 8 Nov. 9 Aug 10 Apr. 11 Jun 12 Jul 13",
        "(July 26) [Monday] \"today\" 'tomorrow' —yesterday— 5th of July",
        "xtoday Xmas 1999x 19999 May-June Mayday Junesday",
    ],
)
def test_the_opening_guard_finds_what_the_shapes_find(sentence):
    # The guard only skips positions where no shape can start: same matches as without.
    assert _guarded_matches(sentence) == _unguarded_matches(sentence)


def test_the_opening_guard_finds_what_the_shapes_find_in_the_corpus(root):
    import json

    texts = [json.loads(line)["text"] for line in (root / "corpus" / "releases.jsonl").open()]
    texts += [p.read_text(encoding="utf-8") for p in (root / "corpus").glob("*.txt")]
    assert len(texts) > 10
    for text in texts:
        assert _guarded_matches(text) == _unguarded_matches(text)


def test_the_opening_guard_finds_what_the_shapes_find_in_real_releases(shared):
    import json

    real = shared / "corpus-real"
    gold = (real / "gold-dev.jsonl").read_text(encoding="utf-8").splitlines()
    dev = {json.loads(line)["id"] for line in gold if line.strip()}
    lines = (real / "releases.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [r["text"] for r in map(json.loads, lines) if r["id"] in dev]
    assert len(texts) == len(dev)
    for text in texts:
        assert _guarded_matches(text) == _unguarded_matches(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "They signed it at the end of the month of Ramadan.",
        "They signed it at the end of the year 2019.",
        "At the end of the month-long talks, they signed it.",
        "After a year-long review, they signed it.",
    ],
)
def test_the_end_of_a_longer_phrase_is_no_relative_date(sentence):
    assert [kind for _, _, kind in find_dates(sentence) if kind == "relative"] == []
