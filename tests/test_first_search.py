"""A first `search`: the build reads each document without splitting it into sentences, and reads simple front matter without YAML.

Each shortcut is checked against the slow, obvious reading it replaces, on texts written
here in several outlets' styles and on random texts made of the pieces that trouble a
sentence splitter (abbreviations, initials, glued stops, quotes, ellipses).
"""

from __future__ import annotations

import random

from libyadesk import cache, corpus, index, text
from libyadesk.corpus import _parse_front_matter, yaml_load
from libyadesk.models import Document
from libyadesk.store import Database
from libyadesk.text import WORD_RE, lead_end, sentence_heads, split_sentences, word_term

from helpers import record_calls

TEXTS = [
    # wire
    "TRIPOLI, Libya (AP) — Gunmen stormed the ministry on Monday. Two guards were hurt.\n"
    "Dr. Longden met Gen. Haftar in the U.S. on Monday. Growth was 1.5 per cent.",
    # analysis with quotes and initials
    "“The UN mission,” said Stephanie Williams, “will stay.” Williams met Dbeibah in Tripoli.\n"
    "J. R. Smith, an analyst, wrote... Nothing changed? Perhaps! The end",
    # copy with glued paragraphs and a web address
    "Rain fell.The mission said so. See www.Example.org for more.Officials agreed.\n\n2025 was dry.",
    # press release with bullets and a heading
    "# UNSMIL statement\n\n- The Mission welcomes the talks.\n- It urges calm (see annex). Next steps follow.",
    # risk advisory, numbers and a sentence with no word
    "—\n10 May: Protests in Sabha. … Travel is not advised.\n“‘Quoted twice.’ Then more.”",
    "",
    "no capitals at all. none here either",
]

_PIECES = ["Dr.", " Gen.", " U.S.", " The", " end.", "safety.The", "\n", " “Yes,” he said.", " 1.5", " J. Smith",
           "...", " ", "?!", "www.Foo", " (A)", "'Tis", "’s", " É", "×", " al-Sarraj", "…", " 2024.", "\n\n", "— "]
_CHARS = list("aAbB zZ.!?…\"'“”‘’()[]\n\t 0É×ß-_")


def _random_texts(count: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES if rnd.random() < 0.6 else _CHARS) for _ in range(rnd.randint(0, 40)))
            for _ in range(count)]


def _heads_by_splitting(t: str) -> set[int]:
    """Where each sentence's first word starts, the obvious way: split, then the first word of each sentence."""
    heads = set()
    for start, end in split_sentences(t):
        for match in WORD_RE.finditer(t, start, end):
            if word_term(match.group()):
                heads.add(match.start())
                break
    return heads


def test_sentence_heads_are_where_split_sentences_starts_each_sentence():
    compared = 0
    for t in TEXTS + _random_texts(3000):
        heads = sentence_heads(t)
        if heads is None:  # the text holds a character the whole-text reading leaves to the splitter
            continue
        compared += 1
        assert heads == _heads_by_splitting(t), t
    assert compared > 1000


def test_lead_end_is_the_end_of_the_second_sentence_of_the_split():
    for t in TEXTS + _random_texts(2000, seed=11):
        spans = split_sentences(t)
        assert lead_end(t, 2) == (spans[1][1] if len(spans) >= 2 else len(t)), t


def _doc(number: int, body: str) -> Document:
    return Document(id=f"d{number}", path="x.md", title="Talks in Zuwara", source=None, url=None, published=None,
                    author=None, text=body)


def test_analysing_the_whole_text_gives_what_the_sentence_by_sentence_reading_gives():
    for number, body in enumerate(TEXTS + _random_texts(1500, seed=3)):
        doc = _doc(number, body)
        fast, slow = index.analyse(doc), index._analyse_by_sentence(doc)
        assert fast._replace(written=()) == slow._replace(written=()), body
        assert [set(s.split("\n")) for s in fast.written] == [set(s.split("\n")) for s in slow.written], body


def test_a_first_build_splits_only_the_first_lines_of_each_document(tmp_path, monkeypatch):
    folder = tmp_path / "news"
    folder.mkdir()
    for number, body in enumerate(TEXTS[:5]):
        (folder / f"a{number}.md").write_text(f"---\ntitle: \"Story {number}\"\n---\n{body}\n" + "More prose here. " * 40,
                                              encoding="utf-8")
    split = record_calls(monkeypatch, text, "split_sentences", lambda t: len(t))
    db = Database(tmp_path / "index.sqlite", create=True)
    cache.build(db, folder, [], "code")
    db.commit()
    corpus_chars = sum(len(d) for (d,) in db.fetch_all("SELECT doc FROM docs"))
    # Only the lines that hold the lead are split, a few per document: not the texts.
    assert 0 < sum(split) < corpus_chars / 4
    # The sentences of a document are split when it is read, and are the splitter's.
    built = index.CorpusIndex(db)
    for doc_id in built.order:
        body = built.documents[doc_id].text
        assert [(s.start, s.end) for s in built.doc_sentences(doc_id)] == split_sentences(body)
    # ... and the positions of tokens still find their sentence.
    doc_id = built.order[0]
    sentences = built.doc_sentences(doc_id)
    assert built.sentence_at(doc_id, 0) == sentences[0]
    assert built.token_at(doc_id, 0)[0] == index.index_document(built.documents[doc_id])[1][0][0]


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
