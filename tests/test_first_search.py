"""A first `search`: front matter of quoted `key: "value"` lines is read without the YAML parser, with YAML's answer.

The shortcut is checked against the parser it replaces, on front matter written here and
on random front matter made of the pieces YAML reads differently (quotes, escapes,
comments, YAML words as keys, tabs).
"""

from __future__ import annotations

import random

from libyadesk import corpus
from libyadesk.corpus import _parse_front_matter, yaml_load

from helpers import record_calls


def test_simple_front_matter_reads_as_yaml_reads_it_without_the_parser(monkeypatch):
    simple = [
        'title: "Talks in Zuwara: day two"\nsource: "Libya Herald"\npublished: "2025-01-02"\n',
        'title: "Haftar’s envoy # not a comment"\n\nurl: "https://example.org/a?b=c"   \n',
        'a: "x"\na: "y"\n',
        't: ""\n',
        "",
    ]
    parsed = record_calls(monkeypatch, corpus, "yaml_load", lambda raw: raw)
    for raw in simple:
        assert _parse_front_matter(raw) == (yaml_load(raw) if raw.strip() else {})
    assert parsed == []  # the parser was not called by the reader
    # Anything else goes to the parser: unquoted, single-quoted, escaped, commented, a YAML word as a key.
    others = ['published: 2025-01-02\n', "title: 'x'\n", 'title: "a\\tb"\n', 'title: "x" # note\n', 'yes: "x"\n',
              '  title: "x"\n', 'tags:\n  - "a"\n']
    parsed.clear()
    for raw in others:
        assert _parse_front_matter(raw) == yaml_load(raw)
    assert parsed == others


def test_random_front_matter_reads_the_same_with_or_without_the_shortcut():
    rnd = random.Random(5)
    keys = ["title", "source", "Yes", "on", "x_1", "url", "date-2"]
    values = ['"plain"', '"a: b"', '"#x"', '"é’"', "'single'", '"esc\\"q"', "bare", '""', '"tab\tin"', '"x" # c']
    for _ in range(400):
        raw = "".join(f"{rnd.choice(keys)}:{rnd.choice([' ', '  ', chr(9)])}{rnd.choice(values)}{rnd.choice(['', ' '])}\n"
                      if rnd.random() < 0.9 else "\n" for _ in range(rnd.randint(0, 5)))
        try:
            expected = yaml_load(raw) if raw.strip() else {}
        except Exception:  # noqa: BLE001 - broken YAML: the reader must refuse it too
            expected = "error"
        try:
            got = _parse_front_matter(raw)
        except Exception:  # noqa: BLE001
            got = "error"
        assert got == expected, raw
