"""The word weights merging compares reports by come from a shipped table that equals what wordfreq gives."""

from __future__ import annotations

import json
from importlib import resources

from libyadesk import timeline


def test_the_shipped_stem_table_equals_what_wordfreq_and_the_stemmer_give_now():
    # A wordfreq or PyStemmer upgrade that changes a weight fails here: run bench/stem_zipf.py.
    shipped = json.loads(resources.files("libyadesk.data").joinpath("stem_zipf.json").read_text(encoding="utf-8"))
    assert shipped["zipf"] == timeline.stem_zipf_from_wordfreq()
    assert timeline._zipf_of_stems() == shipped["zipf"]


def test_merging_weighs_words_without_importing_wordfreq():
    # Reading the weights is a file read: the table is not made again in each process that merges.
    from helpers import python_output

    code = ("import sys; from libyadesk import timeline; timeline.word_weight('capsiz'); "
            "print('wordfreq' in sys.modules)")
    assert python_output(code) == "False"


def test_rarer_words_weigh_more():
    assert timeline.word_weight("capsiz") > timeline.word_weight("migrant") > timeline.word_weight("off")
