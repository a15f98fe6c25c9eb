from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.corpus import (
    SUFFIXES,
    DeferredFile,
    ReadFailure,
    Release,
    count_inputs,
    iter_releases,
)
from pipeline.errors import Errors, Warnings

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED = SHARED / "seed" / "dhs-2019-09-20-el-salvador.txt"
REAL = SHARED / "corpus-real"

SENTENCE = (
    "WASHINGTON -- Today the Minister of Trade of Ruritania and the U.S. Secretary of "
    "Commerce signed a memorandum of understanding on customs cooperation."
)
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"


def read_all(*paths: str | Path) -> list[Release | ReadFailure]:
    return list(iter_releases(paths))


def only(items: list[Release | ReadFailure]) -> Release | ReadFailure:
    assert len(items) == 1, items
    return items[0]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# Encodings and invisible characters


def test_cp1252_file_is_read(tmp_path: Path) -> None:
    text = "Customs Memorandum Signed\n\n“We are proud,” said José Martínez in Washington."
    write(tmp_path / "cp1252.txt", text.encode("cp1252"))
    release = only(read_all(tmp_path / "cp1252.txt"))
    assert isinstance(release, Release)
    assert "“We are proud,” said José Martínez in Washington." in release.text


def test_utf16_file_with_bom_is_read(tmp_path: Path) -> None:
    write(tmp_path / "utf16.txt", f"Release Date: March 3, 2021\n\n{SENTENCE}".encode("utf-16"))
    release = only(read_all(tmp_path / "utf16.txt"))
    assert isinstance(release, Release)
    assert release.date == "2021-03-03"
    assert release.text.endswith("customs cooperation.")


def test_invisible_characters_are_removed(tmp_path: Path) -> None:
    raw = "\ufeffThe Biden-\u2060Harris team’s co\u00adoperation\u200b plan.\r\nSecond line."
    write(tmp_path / "invisible.txt", raw)
    release = only(read_all(tmp_path / "invisible.txt"))
    assert isinstance(release, Release)
    assert release.text == "The Biden-Harris team’s cooperation plan.\n\nSecond line."


# Failures


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "E101"),
        ("blank.md", b"  \n\n \t\n", "E101"),
        ("only-links.md", b"[\\(/redirect?url=x](#)\n\nhttps://example.gov/\n", "E101"),
        ("picture.txt", PNG_HEADER, "E102"),
        ("nul.txt", b"text with a \x00 NUL byte", "E102"),
        ("page.html", b"<html><head><title>Nothing</title></head><body></body></html>", "E110"),
        ("empty.jsonl", b"\n\n", "E101"),
        ("broken.json", b'{"id": "x", "text": ', "E103"),
    ],
)
def test_unreadable_files_become_failures(
    tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = write(tmp_path / name, content)
    failure = only(read_all(path))
    assert isinstance(failure, ReadFailure)
    assert failure.reason.startswith(f"[{code}]")
    assert failure.path == path.as_posix()
    assert failure.id == path.stem


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "release.txt"
    failure = only(read_all(missing))
    expected = ReadFailure(id="release", path=str(missing), reason=Errors.E108)
    assert failure == expected


def test_unsupported_file_named_directly(tmp_path: Path) -> None:
    failure = only(read_all(write(tmp_path / "release.pdf", b"%PDF-1.4")))
    assert isinstance(failure, ReadFailure)
    assert failure.reason.startswith("[E105]") and ".pdf" in failure.reason


def test_gold_file_named_directly(tmp_path: Path) -> None:
    failure = only(read_all(write(tmp_path / "gold-dev.jsonl", '{"id": "a", "events": []}\n')))
    assert isinstance(failure, ReadFailure)
    assert failure.reason.startswith("[E116]")


def test_reading_goes_on_after_a_failure(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", b"")
    write(tmp_path / "b.txt", SENTENCE)
    items = read_all(tmp_path / "a.txt", tmp_path / "missing.txt", tmp_path / "b.txt")
    assert [type(item).__name__ for item in items] == ["ReadFailure", "ReadFailure", "Release"]


# Formats


def test_markdown_file(tmp_path: Path) -> None:
    markdown = (
        "U.S. Department of Commerce\n\n"
        "# Ruritania and the U.S. Sign a **Customs** Memorandum\n\n"
        "**Release Date:** March 3, 2021\n\n"
        "WASHINGTON -- Today the Minister of Trade of [Ruritania](https://example.gov/r) signed\n"
        "a memorandum with the U.S. Secretary of Commerce.\n\n"
        "![Signing ceremony](photo.jpg)\n\n"
        "[Read the memorandum.](#) [\\(/files/mou.pdf\\)](#)\n"
    )
    release = only(read_all(write(tmp_path / "mou.md", markdown)))
    assert release == Release(
        id="mou",
        text=(
            "U.S. Department of Commerce\n\n"
            "Ruritania and the U.S. Sign a Customs Memorandum\n\n"
            "Release Date: March 3, 2021\n\n"
            "WASHINGTON -- Today the Minister of Trade of Ruritania signed a memorandum with "
            "the U.S. Secretary of Commerce.\n\n"
            "Read the memorandum."
        ),
        title="Ruritania and the U.S. Sign a Customs Memorandum",
        date="2021-03-03",
        source="U.S. Department of Commerce",
        path=(tmp_path / "mou.md").as_posix(),
        dateline="Washington",
    )


HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ruritania and the United States Sign Customs Memorandum | Department of Commerce</title>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">Press Office Menu</a></li>
<li><a href="/about">About the Bureau of Widgets</a></li></ul></nav>
<div class="banner">An official website of the United States government. Here is how you know.</div>
<main><article>
<h1>Ruritania and the United States Sign Customs Memorandum</h1>
<p>Release Date: March 3, 2021</p>
<p>WASHINGTON -- Today the Minister of Trade of Ruritania and the U.S. Secretary of Commerce
signed a memorandum of understanding on customs cooperation at the Department of Commerce.</p>
<p>The memorandum commits both governments to share data on smuggling networks, to train
customs officers together and to meet every year to review the progress they have made.</p>
<p>“This agreement will make trade between our nations faster and safer,” the Secretary said.</p>
</article></main>
<footer><p>Privacy Policy | Accessibility | Contact the Webmaster of the Bureau</p></footer>
</body></html>
"""


def test_html_page(tmp_path: Path) -> None:
    release = only(read_all(write(tmp_path / "news" / "mou.html", HTML_PAGE)))
    assert isinstance(release, Release)
    assert release.id == "mou"
    assert release.title == "Ruritania and the United States Sign Customs Memorandum"
    assert release.date == "2021-03-03"
    assert release.dateline == "Washington"
    assert (
        "WASHINGTON -- Today the Minister of Trade of Ruritania and the U.S. Secretary of Commerce "
        "signed a memorandum of understanding on customs cooperation at the Department of Commerce."
    ) in release.text.split("\n\n")
    quote = "“This agreement will make trade between our nations faster and safer,” the Secretary"
    assert f"{quote} said." in release.text
    for boilerplate in ("Press Office Menu", "Bureau of Widgets", "Privacy Policy", "Webmaster"):
        assert boilerplate not in release.text


def jsonl(*lines: object) -> str:
    return "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path / "data.jsonl",
        jsonl(
            {
                "id": "r1",
                "text": SENTENCE,
                "title": "Customs Memorandum",
                "date": "2021-03-03",
                "source": "U.S. Department of Commerce",
                "url": "https://example.gov/r1",
                "meta": {"x": 1},
            },
            '{"id": "r2", "text": "unterminated',
            {"id": "r3", "title": "No text here"},
            {"id": "r4", "text": SENTENCE, "date": "March 3rd"},
            "",
            {"id": "r1", "text": "The same id again, in a second line."},
            ["not", "an", "object"],
            {"text": "A line without an id."},
            {"id": "r5", "text": SENTENCE, "title": 5},
            {"id": "r6", "text": "  "},
            {"id": 7, "text": "Integer ids are accepted as strings.", "date": None},
        ),
    )
    items = read_all(path)
    shown = path.as_posix()
    releases = [item for item in items if isinstance(item, Release)]
    failures = {item.path: item for item in items if isinstance(item, ReadFailure)}
    assert [r.id for r in releases] == ["r1", "r4", "7"]
    assert releases[0] == Release(
        id="r1",
        text=SENTENCE,
        title="Customs Memorandum",
        date="2021-03-03",
        source="U.S. Department of Commerce",
        url="https://example.gov/r1",
        path=f"{shown}:1",
        dateline="Washington",
    )
    assert (releases[1].date, releases[1].warning) == (
        None,
        Warnings.W003.format(line=4, value="March 3rd"),
    )
    assert releases[2].path == f"{shown}:11"
    expected = {
        2: ("E103", "line 2: invalid JSON"),
        3: ("E104", "line 3: no 'text' field"),
        6: ("E109", f"line 6: duplicate id 'r1' (first seen at {shown}:1)"),
        7: ("E112", "line 7: expected a JSON object"),
        8: ("E113", "line 8: no 'id' field"),
        9: ("E114", "line 9: field 'title' is 5"),
        10: ("E104", "line 10: no 'text' field"),
    }
    assert set(failures) == {f"{shown}:{line}" for line in expected}
    # A failed line keeps its own id when it has one not taken yet, else its file and line.
    ids = {3: "r3", 9: "r5", 10: "r6"}
    for line, (code, message) in expected.items():
        failure = failures[f"{shown}:{line}"]
        assert failure.id == ids.get(line, f"data.jsonl:{line}")
        assert failure.reason.startswith(f"[{code}] {message}"), failure.reason


@pytest.mark.parametrize(
    ("lines", "ids"),
    [
        # The id of a line that fails is taken: a later line with it is a duplicate.
        (
            [{"id": "a"}, {"id": "a", "text": SENTENCE}],
            [("a", "E104"), ("data.jsonl:2", "E109")],
        ),
        (
            [{"id": "a", "text": SENTENCE}, {"id": "a"}, {"id": " a ", "text": SENTENCE}],
            [("a", None), ("data.jsonl:2", "E109"), ("data.jsonl:3", "E109")],
        ),
        ([{"id": 7, "text": ""}], [("7", "E104")]),
        # No usable id: the file and line stand for it.
        ([{"id": "", "text": SENTENCE}], [("data.jsonl:1", "E113")]),
        ([{"id": True, "text": SENTENCE}], [("data.jsonl:1", "E113")]),
        (['{"id": "b", "text": "cut'], [("data.jsonl:1", "E103")]),
    ],
)
def test_ids_of_failed_lines(
    tmp_path: Path, lines: list[object], ids: list[tuple[str, str | None]]
) -> None:
    items = read_all(write(tmp_path / "data.jsonl", jsonl(*lines)))
    found = [
        (item.id, item.reason[1:5] if isinstance(item, ReadFailure) else None) for item in items
    ]
    assert found == ids


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "cut.jsonl",
            '{"id": "a", "text": "A"}\n{"id": "b", "text": "The U.S. and Kenya',
            "line 2: invalid JSON (Unterminated string starting at column 21; the line "
            "ends before its object does: was it cut short?)",
        ),
        (
            "comma.jsonl",
            '{"id": "a" "text": "A"}\n',
            "line 1: invalid JSON (Expecting ',' delimiter at column 12)",
        ),
        (
            "single.json",
            '{\n  "id": "a",\n  "text": "A",\n}\n',
            "line 4: invalid JSON (Expecting property name enclosed in double quotes at column 1)",
        ),
    ],
)
def test_invalid_json_says_where(tmp_path: Path, name: str, content: str, message: str) -> None:
    failures = [i for i in read_all(write(tmp_path / name, content)) if isinstance(i, ReadFailure)]
    assert len(failures) == 1
    assert failures[0].reason.startswith(f"[E103] {message}. "), failures[0].reason


def test_a_failed_line_takes_its_id_from_files_too(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", jsonl({"id": "b", "title": "No text"}))
    write(tmp_path / "b.txt", SENTENCE)
    line, file = read_all(tmp_path)
    assert isinstance(line, ReadFailure) and line.id == "b"
    assert isinstance(file, ReadFailure) and file.reason.startswith("[E115] duplicate id 'b'")


DATED_TEXT = f"Release Date: May 2, 2024\n\n{SENTENCE}"


@pytest.mark.parametrize(
    ("given", "date", "warned"),
    [
        ("2024-04-30T14:00:00Z", "2024-04-30", False),
        ("April 30, 2024", "2024-04-30", False),
        # A date that cannot be read safely keeps its release, dated from its text.
        ("30/04/2024", "2024-05-02", True),
        (20240430, "2024-05-02", True),
        # No date, or an empty one, is no warning.
        (None, "2024-05-02", False),
        ("", "2024-05-02", False),
    ],
)
def test_jsonl_date_formats(tmp_path: Path, given: object, date: str, warned: bool) -> None:
    path = write(tmp_path / "dates.jsonl", jsonl({"id": "d", "text": DATED_TEXT, "date": given}))
    release = only(read_all(path))
    assert isinstance(release, Release)
    assert release.date == date
    if warned:
        assert release.warning == Warnings.W003.format(line=1, value=given)
    else:
        assert release.warning is None


def test_explicit_metadata_wins_over_the_text(tmp_path: Path) -> None:
    text = (
        "# Title From The Text\n\nRelease Date: March 3, 2021\n\n"
        f"Office of the Spokesperson\n\n{SENTENCE}"
    )
    given_line = {
        "id": "a",
        "text": text,
        "title": "Given Title",
        "date": "2021-03-04",
        "source": "Given",
    }
    path = write(tmp_path / "data.jsonl", jsonl(given_line, {"id": "b", "text": text}))
    given, found = read_all(path)
    assert isinstance(given, Release) and isinstance(found, Release)
    assert (given.title, given.date, given.source) == ("Given Title", "2021-03-04", "Given")
    assert (found.title, found.date, found.source) == (
        "Title From The Text",
        "2021-03-03",
        "Office of the Spokesperson",
    )
    assert given.dateline == found.dateline == "Washington"


def test_jsonl_line_that_is_not_utf8(tmp_path: Path) -> None:
    line = json.dumps({"id": "w", "text": "“Quoted” in São Paulo."}, ensure_ascii=False)
    path = write(tmp_path / "legacy.jsonl", line.encode("cp1252") + b"\n")
    release = only(read_all(path))
    assert isinstance(release, Release)
    assert release.text == "“Quoted” in São Paulo."


@pytest.mark.parametrize(
    ("content", "ids"),
    [
        ({"id": "one", "text": SENTENCE}, ["one"]),
        (
            [{"id": "one", "text": SENTENCE}, {"id": "two", "text": SENTENCE}, {"id": "three"}],
            ["one", "two", "E104"],
        ),
    ],
)
def test_json_file(tmp_path: Path, content: object, ids: list[str]) -> None:
    items = read_all(write(tmp_path / "data.json", json.dumps(content)))
    assert [item.id if isinstance(item, Release) else item.reason[1:5] for item in items] == ids


# Folders


def make_tree(root: Path) -> None:
    write(root / "b.txt", SENTENCE)
    write(root / "a" / "z.md", SENTENCE)
    write(root / "a" / "b" / "c.htm", HTML_PAGE)
    lines = jsonl({"id": "j1", "text": SENTENCE}, {"id": "j2", "text": SENTENCE})
    write(root / "a" / "data.jsonl", lines)
    write(root / "Upper.TXT", SENTENCE)
    write(root / "README.md", "# How this folder is organised\n\nNot a release.")
    write(root / "gold.jsonl", '{"id": "b", "events": []}\n')
    write(root / "a" / "gold-dev.jsonl", '{"id": "b", "events": []}\n')
    write(root / ".hidden" / "x.txt", SENTENCE)
    write(root / ".notes.txt", SENTENCE)
    write(root / "scan.pdf", b"%PDF-1.4")
    write(root / "empty.txt", "")


def test_folder_walk_order_ids_and_skips(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    make_tree(root)
    items = read_all(root)
    assert [(item.id, item.path) for item in items] == [
        ("Upper", f"{root.as_posix()}/Upper.TXT"),
        ("a/b/c", f"{root.as_posix()}/a/b/c.htm"),
        ("j1", f"{root.as_posix()}/a/data.jsonl:1"),
        ("j2", f"{root.as_posix()}/a/data.jsonl:2"),
        ("a/z", f"{root.as_posix()}/a/z.md"),
        ("b", f"{root.as_posix()}/b.txt"),
        ("empty", f"{root.as_posix()}/empty.txt"),
    ]
    assert isinstance(items[-1], ReadFailure)
    assert all(isinstance(item, Release) for item in items[:-1])
    assert read_all(root) == items  # deterministic


def test_count_inputs_matches_what_is_read(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    make_tree(root)
    two = [{"id": "l1", "text": "x"}, {"id": "l2", "text": "y"}]
    write(tmp_path / "list.json", json.dumps(two))
    paths = [root, tmp_path / "list.json", tmp_path / "missing", tmp_path / "corpus" / "scan.pdf"]
    assert count_inputs(paths) == len(read_all(*paths)) == 7 + 2 + 1 + 1


def test_same_id_in_two_folders(tmp_path: Path) -> None:
    write(tmp_path / "one" / "x.txt", SENTENCE)
    write(tmp_path / "two" / "x.txt", SENTENCE)
    first, second = read_all(tmp_path / "one", tmp_path / "two")
    assert isinstance(first, Release) and isinstance(second, ReadFailure)
    assert second.reason.startswith("[E115] duplicate id 'x'")


def test_deferred_files_read_as_in_place(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    make_tree(root)
    write(root / "binary.md", PNG_HEADER)
    paths = [root, tmp_path / "missing.txt"]
    deferred = list(iter_releases(paths, defer=True))
    kinds = {type(item).__name__ for item in deferred}
    assert kinds == {"DeferredFile", "Release", "ReadFailure"}
    # JSON lines are read at once (their ids are inside them); files wait.
    assert all(
        isinstance(item, DeferredFile) for item in deferred if item.id in ("b", "a/z", "a/b/c")
    )
    assert [i.read() if isinstance(i, DeferredFile) else i for i in deferred] == read_all(*paths)
    assert [item.id for item in deferred] == [item.id for item in read_all(*paths)]


@pytest.mark.parametrize("defer", [False, True])
def test_a_file_that_cannot_be_read_still_takes_its_id(tmp_path: Path, defer: bool) -> None:
    write(tmp_path / "x.html", "")  # read first (sorted), and empty
    write(tmp_path / "x.txt", SENTENCE)
    items = list(iter_releases([tmp_path], defer=defer))
    first, second = (i.read() if isinstance(i, DeferredFile) else i for i in items)
    assert isinstance(first, ReadFailure) and first.reason.startswith("[E101]")
    assert isinstance(second, ReadFailure) and second.reason.startswith("[E115] duplicate id 'x'")


def test_suffixes_are_the_documented_ones() -> None:
    assert SUFFIXES == (".txt", ".md", ".html", ".htm", ".json", ".jsonl")


def test_bundled_corpus() -> None:
    """The sample releases in corpus/: README.md and gold.jsonl are skipped, and every
    release has the release date its id carries."""
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    if not (corpus / "gold.jsonl").is_file():
        pytest.skip("the bundled corpus is not available")
    items = read_all(corpus)
    with (corpus / "gold.jsonl").open(encoding="utf-8") as handle:
        gold_ids = {json.loads(line)["id"] for line in handle if line.strip()}
    assert all(isinstance(item, Release) for item in items), items
    assert {item.id for item in items} == gold_ids
    for item in items:
        assert isinstance(item, Release)
        assert item.date is not None and item.date in item.id, item.id
        assert item.title, item.id


# Real data (skipped when ../shared is absent)


def test_seed_release() -> None:
    if not SEED.is_file():
        pytest.skip("../shared/seed is not available")
    release = only(read_all(SEED))
    assert isinstance(release, Release)
    assert release.id == "dhs-2019-09-20-el-salvador"
    assert release.date == "2019-09-20"
    assert release.dateline == "Washington"
    assert release.source == "U.S. Department of Homeland Security"
    assert release.title == (
        "Joint Statement Between the U.S. Government and the Government of El Salvador"
    )
    paragraphs = release.text.split("\n\n")
    assert (
        "WASHINGTON -- Today, on behalf of the Trump Administration, the Acting Secretary of the "
        "U.S. Department of Homeland Security, Kevin K. McAleenan, signed a Protection Cooperative "
        "Agreement with Salvadoran Minister of Foreign Affairs, Alexandra Hill Tinoco, at DHS U.S. "
        "Customs and Border Protection Headquarters in Washington."
    ) in paragraphs
    assert "transnational criminal organizations, and gangs." in release.text
    assert "redirect" not in release.text and "%2F" not in release.text and "](" not in release.text


def dev_lines() -> list[str]:
    """Lines of releases.jsonl whose ids are in gold-dev.jsonl (the others are held out)."""
    releases, gold = REAL / "releases.jsonl", REAL / "gold-dev.jsonl"
    if not (releases.is_file() and gold.is_file()):
        pytest.skip("../shared/corpus-real is not available")
    with gold.open(encoding="utf-8") as handle:
        dev = {json.loads(line)["id"] for line in handle if line.strip()}
    with releases.open(encoding="utf-8") as handle:
        return [line for line in handle if line.strip() and json.loads(line)["id"] in dev]


def test_real_dev_releases_read_with_their_dates(tmp_path: Path) -> None:
    lines = dev_lines()
    path = write(tmp_path / "dev.jsonl", "".join(lines))
    items = read_all(path)
    assert len(items) == len(lines) > 0
    for item, line in zip(items, lines, strict=True):
        record = json.loads(line)
        assert isinstance(item, Release), item
        assert (item.id, item.date, item.title, item.source) == (
            record["id"],
            record["date"],
            record["title"],
            record["source"],
        )


def test_real_dev_evidence_survives_cleaning(tmp_path: Path) -> None:
    """Every gold evidence sentence is still found, verbatim, in the cleaned text."""
    lines = dev_lines()
    with (REAL / "gold-dev.jsonl").open(encoding="utf-8") as handle:
        gold = {record["id"]: record for record in map(json.loads, handle)}
    items = read_all(write(tmp_path / "dev.jsonl", "".join(lines)))
    evidence = [(item.id, event["evidence"]) for item in items for event in gold[item.id]["events"]]
    assert evidence
    texts = {item.id: item.text for item in items}
    assert [(rid, sentence) for rid, sentence in evidence if sentence not in texts[rid]] == []


def test_folder_files_are_the_files_a_folder_contributes(tmp_path):
    from pipeline.corpus import folder_files

    for name in (
        "b.txt",
        "a.md",
        "README.md",
        "gold.jsonl",
        "notes.pdf",
        ".hidden.txt",
        "sub/c.jsonl",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in folder_files(tmp_path)] == [
        "a.md",
        "b.txt",
        "sub/c.jsonl",
    ]
