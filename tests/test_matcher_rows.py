"""The matcher an update builds from the stored rows (actors._MatcherRows) finds what the full
registry's trie and variant index find, and the rows patched after a change of the registry are
the rows written whole for the new registry."""

from __future__ import annotations

from dataclasses import replace

from helpers import article
from libyadesk import Desk
from libyadesk import actors as A
from libyadesk import layers as L
from libyadesk.models import Actor

MATCHER_LAYERS = (L.MATCHER_HEADS, L.MATCHER_TERMS, L.MATCHER_BUCKETS, L.MATCHER_GROUPS)

# Names as written, spelling variants of registry and discovered names, families, a title
# alone, a surname alone, an outlet, a demonym, and words that begin many surface forms.
TEXTS = {
    "a.md": article("Minsk", "Wire", "2024-02-18",
                    "Field Marshal Khalifa Hifter met Alexander Lukashenka in Minsk on Tuesday. The Field Marshal "
                    "praised Belarus, and Heftar said the Haftar family would return. Saddam Haftar stayed."),
    "b.md": article("Rome", "Post", "2024-03-01",
                    "Abdul Hamid Dbaiba met Giorgia Meloni in Rome. Dbeibah and the Italian government signed. "
                    "Reuters reported that Ahmed Zuwai and Colonel Ahmad Zuway spoke."),
    "c.md": article("Coast", "Daily", "2024-04-02",
                    "Rear Admiral Marco Casapieri met Aguila Saleh Issa and Saleh in Tobruk. "
                    "The Haftars and the Dbeibas disagree, said Al Jazeera. Mohamed al-Menfi and Menfi spoke."),
    "d.md": article("Sirte", "Wire", "2025-01-10",
                    "Colonel Ahmed Zuwai told reporters in Benghazi that the National Oil Corporation, "
                    "the Libyan National Army and the UN envoy met. Zuwai left; Ahmed Dughman stayed."),
}


def _registry(desk: Desk) -> A.Registry:
    """The full registry the corpus's mentions are found against (built by the actor layer)."""
    desk.prepare_actors()
    A.actors_ready(desk.index)
    return desk.index.memo[L.MENTIONS]


def _rows_whole(registry: A.Registry) -> dict:
    """The matcher's rows written whole for a registry, in an index of its own."""
    with Desk.open(None, cache=False) as desk:
        A._matcher_whole(desk.index, registry, "digest")
        return {name: dict(desk.index.keyed(name)) for name in MATCHER_LAYERS}


def test_the_matcher_from_rows_finds_what_the_whole_registry_finds(make_corpus):
    root = make_corpus(TEXTS)
    with Desk.open(root, cache=False) as desk:
        full = _registry(desk)
        index = desk.index
        A._matcher_whole(index, full, "digest")
        rows = A._MatcherRows(index, full)
        found = 0
        for doc_id in index.order:
            doc = index.documents[doc_id]
            toks = A._doc_tokens(doc.text)
            sentences = index.doc_sentences(doc_id)
            matcher = rows.matcher(toks)
            assert matcher is not None
            trie, _ = matcher
            # Far smaller than the registry's trie, and the same mentions.
            assert len(trie) < len(full.trie()) / 10, (len(trie), len(full.trie()))
            own = A._match(doc, sentences, full, toks, matcher)
            assert own == A._match(doc, sentences, full, toks), doc_id
            found += len(own)
        assert found > 20  # the texts name many actors, variants among them
        # Past MATCHER_ROWS_DOCUMENTS documents the registry's own trie is used.
        rows.left = 0
        assert rows.matcher(A._doc_tokens("Haftar")) is None


def test_rows_patched_for_a_changed_registry_are_those_written_whole(make_corpus):
    root = make_corpus(TEXTS)
    with Desk.open(root, cache=False) as desk:
        old = _registry(desk)
    new = old.copy()
    # A new person (with a spelling variant of another's name), an actor renamed with an alias,
    # one gone, and a family's head changed in kind: every kind of change of the rows.
    new.add(Actor("discovered:ahmad-zuwaie", "Ahmad Zuwaie", "person"))
    haftar = new.actors["khalifa-haftar"]
    new.actors["khalifa-haftar"] = replace(haftar, aliases=haftar.aliases + ("Khalifa Belqasim Haftar",))
    gone = next(a for a in new.actors if a.startswith("discovered:") and new.actors[a].kind == "person")
    del new.actors[gone]
    heads = [fam.head for fam in new.families.values() if fam.head in new.actors and fam.head != "khalifa-haftar"]
    assert heads
    new.actors[heads[0]] = replace(new.actors[heads[0]], kind="organisation")
    changed = A._changed_actors(old, new)
    assert changed and len(changed) == 4, changed
    with Desk.open(None, cache=False) as desk:
        A._matcher_whole(desk.index, old, "old")
        A._matcher_patched(desk.index, old, new, changed, "new")
        patched = {name: dict(desk.index.keyed(name)) for name in MATCHER_LAYERS}
        assert desk.index.layer(L.MATCHER_OF) == "new"
    whole = _rows_whole(new)
    assert patched == whole
    assert "zuwaie" in patched[L.MATCHER_TERMS]


STEPS = [
    ("new.md", article("Zuwara", "Bench Wire", "2025-06-03",
                       "Rear Admiral Marco Casapieri met Colonel Ahmed Tarhouni in Zuwara on Tuesday. "
                       "Khalifa Haftar's spokesman said that Frontex would send observers.")),
    ("b.md", None),
    ("e.md", article("Misrata", "Post", "2025-07-01", "Fathi Bashagha met Ahmed Tarhouni in Misrata on Monday.")),
    # A third spelling of a discovered person ("Ahmed Zuwai", "Ahmad Zuway"): an alias of that person.
    ("f.md", article("Sabha", "Post", "2025-07-02", "Colonel Ahmed Zuwaie met Fathi Bashagha in Sabha on Tuesday.")),
]


def test_an_update_matches_from_the_rows_and_keeps_them_those_of_its_registry(make_corpus, tmp_path, monkeypatch):
    """After each change the stored rows are those written whole for the registry the mentions are
    found against, the changed documents are matched without the full registry's trie, and every
    answer is a fresh build's."""
    from test_incremental_aggregates import answers

    built: list[int] = []
    real_trie = A.Registry.trie

    def trie(registry):
        if registry._trie is None:
            built.append(len(registry.actors))
        return real_trie(registry)

    monkeypatch.setattr(A.Registry, "trie", trie)
    root = make_corpus(TEXTS)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        answers(desk)
    for path, text in STEPS:
        if text is None:
            (root / path).unlink()
        else:
            (root / path).write_text(text, encoding="utf-8")
        built.clear()
        with Desk.open(root, cache=cache) as desk:
            updated = answers(desk)
            full = desk.index.memo[L.MENTIONS]
            assert A._MATCHER in desk.index.memo, path
            digest = desk.index.shared_digest(full)
        # The full registry's whole trie was not built (the shipped registry's, for discovery, is small).
        assert all(n < len(full.actors) for n in built), (path, built, len(full.actors))
        with Desk.open(root, cache=cache) as desk:
            assert desk.index.layer(L.MATCHER_OF) == digest
            stored = {name: dict(desk.index.keyed(name)) for name in MATCHER_LAYERS}
        assert stored == _rows_whole(full), path
        with Desk.open(root, cache=False) as desk:
            assert updated == answers(desk), path


def test_a_cache_without_the_rows_writes_them_whole_at_its_next_update(make_corpus, tmp_path):
    """A cache written before the rows (or with them gone) answers as a fresh build and gains them."""
    import sqlite3

    root = make_corpus(TEXTS)
    cache = tmp_path / "cache"
    with Desk.open(root, cache=cache) as desk:
        _registry(desk)
    (path,) = cache.glob("*.sqlite")
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM keyed WHERE layer LIKE 'matcher_%'")
        db.execute("DELETE FROM layers WHERE k = ?", (L.MATCHER_OF,))
    (root / STEPS[0][0]).write_text(STEPS[0][1], encoding="utf-8")
    with Desk.open(root, cache=cache) as desk:
        _registry(desk)
        full = desk.index.memo[L.MENTIONS]
    with Desk.open(root, cache=cache) as desk:
        stored = {name: dict(desk.index.keyed(name)) for name in MATCHER_LAYERS}
    assert stored == _rows_whole(full)


def test_damaged_matcher_rows_are_written_again_and_the_update_answers_as_a_fresh_build(make_corpus, tmp_path):
    import sqlite3

    from test_incremental_aggregates import answers

    for layer in MATCHER_LAYERS:
        root = make_corpus(TEXTS)
        cache = tmp_path / f"cache-{layer}"
        with Desk.open(root, cache=cache) as desk:
            answers(desk)
        (path,) = cache.glob("*.sqlite")
        with sqlite3.connect(path) as db:
            assert db.execute("UPDATE keyed SET c = c + 1 WHERE layer = ?", (layer,)).rowcount > 0
        new = root / STEPS[0][0]
        new.write_text(STEPS[0][1], encoding="utf-8")
        with Desk.open(root, cache=cache) as desk:
            updated = answers(desk)
            full = desk.index.memo[L.MENTIONS]
            notes = list(desk.index.notes)
        assert any("matcher's rows were damaged" in n for n in notes), (layer, notes)
        with Desk.open(root, cache=cache) as desk:
            assert {name: dict(desk.index.keyed(name)) for name in MATCHER_LAYERS} == _rows_whole(full), layer
        with Desk.open(root, cache=False) as desk:
            assert updated == answers(desk), layer
        new.unlink()
