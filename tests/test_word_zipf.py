"""Actor discovery reads English word frequencies from a shipped table that equals what wordfreq gives."""

from __future__ import annotations

import json
from importlib import resources

from helpers import python_output
from libyadesk import actors, vocab


def test_the_shipped_word_table_equals_what_wordfreq_gives_now():
    # A wordfreq upgrade that changes a frequency fails here: run bench/word_zipf.py.
    shipped = json.loads(resources.files("libyadesk.data").joinpath("word_zipf.json").read_text(encoding="utf-8"))
    assert shipped["zipf"] == vocab.english_zipf_from_wordfreq()


def test_every_threshold_discovery_compares_is_at_or_above_the_floor():
    # Below the floor the table gives 0.0: only right while no threshold lies below it.
    assert min(actors._COMMON_ZIPF, actors._COMMON_WORD_ZIPF, actors._PROPER_ZIPF, actors._COMMON_ZIPF - 1) >= vocab.ZIPF_FLOOR


def test_the_table_compares_as_wordfreq_does():
    from wordfreq import zipf_frequency

    for word in ("sources", "medical", "few", "green", "ahmed", "kamal", "misrata", "sahel", "zintani", "experts",
                 "zuwai", "casapieri", "al-kikli", "sebhá"):
        z = zipf_frequency(word, "en")
        assert vocab.english_zipf(word) == (z if z >= vocab.ZIPF_FLOOR or not vocab._PLAIN_WORD.fullmatch(word) else 0.0)


def test_discovering_a_caps_run_and_a_new_name_does_not_import_wordfreq():
    # The frequencies are a file read: a process that discovers actors in one new document
    # (an update's `actor`) no longer imports wordfreq and loads its list.
    code = ("import sys\n"
            "from libyadesk.models import Document, Sentence\n"
            "from libyadesk.text import split_sentences\n"
            "from libyadesk import actors\n"
            "text = ('MEDICAL SOURCES said the Ghadames Dialogue Forum met on Monday. Spokesman KAMAL ZUWAI said '\n"
            "        'that Colonel Tarek Zuwai arrived. Zuwai said the Panel of Organisers met.')\n"
            "doc = Document(id='d1', text=text, path='d1.md')\n"
            "sentences = [Sentence('d1', i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))]\n"
            "found = actors.discover_actors(doc, sentences, actors.load_registry())\n"
            "print(sorted(d.name for d in found))\n"
            "print('wordfreq' in sys.modules)")
    out = python_output(code)
    assert out.splitlines()[-1] == "False", out
