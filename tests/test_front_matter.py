"""YAML front matter: pipeline.front_matter.split_front_matter."""

from __future__ import annotations

import pytest

from pipeline.front_matter import split_front_matter

BODY = "# Title\n\nACCRA – Ghana and Togo signed it today.\n"


@pytest.mark.parametrize(
    "block, fields",
    [
        (
            'title: "Ghana and Togo Sign"\ndate: 2022-06-14\npublisher: U.S. Department of State\n',
            {
                "title": "Ghana and Togo Sign",
                "date": "2022-06-14",
                "source": "U.S. Department of State",
            },
        ),
        # Other names of the fields, a timestamp, a URL; unknown keys are ignored.
        (
            "headline: Ghana and Togo Sign\npublished: 2022-06-14 09:30:00\n"
            "agency: USAID\npermalink: https://example.gov/r/1\ntags: [ghana, togo]\n",
            {
                "title": "Ghana and Togo Sign",
                "date": "2022-06-14 09:30:00",  # as written: the reader checks dates
                "source": "USAID",
                "url": "https://example.gov/r/1",
            },
        ),
        (
            "Title: Upper-case keys\nDATE: June 14, 2022\n",
            {"title": "Upper-case keys", "date": "June 14, 2022"},
        ),
        # Empty and non-scalar values are no fields; values are never converted.
        ("title: ''\nsource: [a, b]\ndate: 2022-02-30\n", {"date": "2022-02-30"}),
        ("title: yes\n", {"title": "yes"}),
    ],
)
def test_fields_are_read_and_the_block_is_left_out(block, fields):
    found, rest = split_front_matter(f"---\n{block}---\n{BODY}")
    assert found == fields
    assert rest == BODY


@pytest.mark.parametrize(
    "text",
    [
        BODY,  # no block
        "---\nJust a rule above the text, then prose.\n---\n" + BODY,  # not a mapping
        "---\ntitle: [unclosed\n---\n" + BODY,  # not YAML
        "Text first.\n---\ntitle: x\n---\n",  # not at the top
        "---\ntitle: x\n",  # never closed
        # Rules around lines with colons but none of the metadata keys.
        "---\nFOR IMMEDIATE RELEASE: June 14, 2022\nMedia Contact: Press Office\n---\n" + BODY,
        "---\nWASHINGTON: The Secretary signed it today.\n---\n" + BODY,
    ],
)
def test_text_without_front_matter_is_left_as_it_is(text):
    assert split_front_matter(text) == ({}, text)
