"""Loading and cleaning: the real scrapes, boilerplate in other sites' styles, bad input."""

from __future__ import annotations

import os
import re
import shutil

import pytest

from libyadesk.corpus import bundled_corpus_path, clean_lines, load_corpus
from libyadesk.errors import CorpusError

from helpers import RAW_SEEDS, folder_digest

# seed file -> bundled document id (the hand-cleaned version of the same article)
SEED_TO_BUNDLED = {
    "000_bd42df3bf0a99bd7": "2025-10-14-the-europe-time-eu-has-long-worked-with-haftar-on-migration",
    "001_1eb388d1a04f5700": "2025-12-07-libyareview-khaled-haftar-urges-eu-border-security",
    "002_550018e0f932293a": "2024-05-21-sunday-express-western-leaders-backing-haftar-risk-migration-crisis",
    "003_9ce10f351e3bc965": "2024-05-08-infomigrants-italys-premier-in-libya-to-discuss-migration",
    "004_eb21af8d39637eb6": "2025-02-dispatch-risk-haftars-in-belarus-nato-eu-concerns",
}

# From shared/seeds/SOURCES.md.
SOURCES = {
    "2025-10-14-the-europe-time-eu-has-long-worked-with-haftar-on-migration": ("2025-10-14", "The Europe Time"),
    "2025-12-07-libyareview-khaled-haftar-urges-eu-border-security": ("2025-12-07", "LibyaReview"),
    "2024-05-21-sunday-express-western-leaders-backing-haftar-risk-migration-crisis": ("2024-05-21", "Sunday Express (republished by Minbar Libya)"),
    "2024-05-08-infomigrants-italys-premier-in-libya-to-discuss-migration": ("2024-05-08", "InfoMigrants"),
    "2025-02-dispatch-risk-haftars-in-belarus-nato-eu-concerns": ("2025-02", "Dispatch Risk"),
}


def paragraphs(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


@pytest.fixture(scope="module")
def bundled():
    return {d.id: d for d in load_corpus(bundled_corpus_path()).documents}


@pytest.fixture(scope="module")
def raw(tmp_path_factory):
    root = tmp_path_factory.mktemp("raw")
    for path in RAW_SEEDS.glob("*.txt"):
        shutil.copy(path, root / path.name)
    return {d.id: d for d in load_corpus(root).documents}


def test_bundled_corpus_has_the_five_articles_with_sources_metadata(bundled):
    assert set(bundled) == set(SOURCES)
    for doc_id, (published, source) in SOURCES.items():
        assert bundled[doc_id].published == published
        assert bundled[doc_id].source == source
        assert bundled[doc_id].title


@pytest.mark.parametrize("seed", sorted(SEED_TO_BUNDLED))
def test_cleaning_a_raw_scrape_gives_exactly_the_hand_cleaned_article(raw, bundled, seed):
    """The general rules remove the boilerplate SOURCES.md names and keep every article line."""
    assert paragraphs(raw[seed].text) == paragraphs(bundled[SEED_TO_BUNDLED[seed]].text)


@pytest.mark.parametrize(
    "seed, gone",
    [
        ("000_bd42df3bf0a99bd7", ["Also Read", "Fashion Industry", "Planning Retirement", "Investment Opportunities"]),
        ("001_1eb388d1a04f5700", ["Share on Facebook", "Tags:", "Next Post", "POPULAR CATEGORIES", "MUST READ", "EDITOR PICKS", "© 2024 LR", "Nigeria", "View All Result", "March 22, 2026"]),
        ("002_550018e0f932293a", ["Related Articles", "Defence and Diplomatic Editor"]),
        ("004_eb21af8d39637eb6", ["Explore our services"]),
    ],
)
def test_named_boilerplate_is_gone(raw, seed, gone):
    for phrase in gone:
        assert phrase not in raw[seed].text


def test_raw_scrape_metadata_dateline_not_page_save_date(raw):
    assert raw["001_1eb388d1a04f5700"].published == "2025-12-07"
    assert raw["001_1eb388d1a04f5700"].title == "Khaled Haftar Urges EU to Intensify Joint Border Security Efforts"
    assert raw["004_eb21af8d39637eb6"].title.startswith("Libya: Haftars in Belarus")
    # No dateline and no front matter: unknown, never a copyright year or a year in the text.
    assert raw["000_bd42df3bf0a99bd7"].published is None
    assert raw["000_bd42df3bf0a99bd7"].title == "EU Has Long Worked with Libya’s Haftar on Migration Issues"


# --- boilerplate in other sites' styles -----------------------------------------------

GUARDIAN_STYLE = """Skip to main content
World
Europe
US
Africa
Libya's rival governments agree on oil revenue plan
Share on WhatsApp
Share on Messenger
Mon 3 Mar 2025 14.02 GMT
Rival administrations in Tripoli and Benghazi agreed on Monday to share oil revenue under a plan brokered by the UN.
Read more
Libya floods: a year on, Derna still waits
The deal, announced by the National Oil Corporation, ends months of dispute.
Most viewed
Ten things to do in Lisbon
Why cats sleep so much
Photograph: Getty Images
© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved.
"""

WIRE_STYLE = """TRIPOLI, March 3 (Reuters) - Libya's eastern-based parliament named a new government on Tuesday, deepening a split with Tripoli.
The move was condemned by the UN mission, which said it undermined the political process.
Reporting by Ayman al-Warfalli; Editing by Jane Merriman
Our Standards: The Thomson Reuters Trust Principles.
"""

BLOG_STYLE = """Home » Politics » Libya
Posted by admin
Haftar's forces advanced on Sirte, officials said.
- Tweet
- Share
- Pin
Subscribe to our newsletter for weekly analysis of North Africa.
Related Posts:
Five reasons Libya matters
Oil prices climb again
Join our community of analysts and get exclusive briefings today.
"""


def test_other_styles_keep_article_sentences_and_drop_chrome(make_corpus):
    root = make_corpus({"guardian.md": GUARDIAN_STYLE, "wire.txt": WIRE_STYLE, "blog.txt": BLOG_STYLE})
    docs = {d.id: d for d in load_corpus(root).documents}
    guardian = docs["guardian"].text
    assert "agreed on Monday to share oil revenue" in guardian
    assert "The deal, announced by the National Oil Corporation, ends months of dispute." in guardian
    for chrome in ("Skip to main content", "Share on WhatsApp", "Most viewed", "Lisbon", "cats", "All rights reserved", "Read more", "Derna still waits"):
        assert chrome not in guardian
    assert docs["guardian"].title == "Libya's rival governments agree on oil revenue plan"

    wire = docs["wire"].text
    assert wire.startswith("TRIPOLI, March 3 (Reuters)")
    assert "condemned by the UN mission" in wire
    assert "Editing by" not in wire and "Trust Principles" not in wire

    blog = docs["blog"].text
    assert "Haftar's forces advanced on Sirte, officials said." in blog
    for chrome in ("Tweet", "Subscribe to our newsletter", "Related Posts", "Oil prices climb", "Join our community"):
        assert chrome not in blog


def test_clean_lines_never_removes_prose():
    prose = [
        "The Presidential Council said it would meet on Sunday to discuss the budget.",
        "“We will not accept this,” said the spokesman, adding that talks would go on.",
    ]
    assert clean_lines(["Related Articles", *prose]) == [None, *prose]


# --- user corpora ------------------------------------------------------------------------


def test_front_matter_and_partial_dates(make_corpus):
    root = make_corpus(
        {
            "a.md": "---\ntitle: A\nsource: Wire\npublished: 2025-02\n---\nHaftar met Lukashenko in Minsk on Tuesday.\n",
            "sub/b.markdown": "---\ntitle: B\npublished: 2024-05-07\n---\nMeloni visited Tripoli and Benghazi.\n",
            "c.txt": "Dbeibah spoke in Tripoli about elections and the budget today.\n",
            "ignored.rtf": "{\\rtf1 not an article format}",
        }
    )
    docs = {d.id: d for d in load_corpus(root).documents}
    assert set(docs) == {"a", "b", "c"}
    assert docs["a"].published == "2025-02" and docs["a"].source == "Wire"
    assert docs["b"].published == "2024-05-07"  # YAML reads it as a date; we keep ISO
    assert docs["c"].published is None and docs["c"].title.startswith("Dbeibah spoke")


def test_outlet_and_a_timestamp_in_front_matter(make_corpus):
    # Exporters write `outlet:` for the source and a timestamp for the day of publication.
    root = make_corpus({"a.md": "---\ntitle: A\noutlet: Desert Herald\npublished: 2025-11-21T01:30:00Z\n---\n"
                                "Haftar met Lukashenko in Minsk on Tuesday.\n",
                        "b.md": "---\ntitle: B\nsource: Wire\noutlet: Other\n---\nMeloni visited Tripoli.\n"})
    docs = {d.id: d for d in load_corpus(root).documents}
    assert docs["a"].source == "Desert Herald" and docs["a"].published == "2025-11-21"
    assert docs["b"].source == "Wire"  # `source` wins when both are given


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.md", "", "empty file"),
        ("blank.txt", "\n\n   \n", "empty file"),
        ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        ("broken.md", "---\ntitle: [unclosed\n---\nHaftar met envoys in Benghazi on Monday.\n", "broken front matter"),
        ("listfm.md", "---\n- a\n- b\n---\nHaftar met envoys in Benghazi on Monday.\n", "broken front matter"),
        ("baddate.md", "---\npublished: 2025-13-45\n---\nHaftar met envoys in Benghazi on Monday.\n", "unparseable published date"),
        ("latin1.txt", "Haftar met the envoy in Benghazi – caf\xe9 talks on Monday.".encode("cp1252"), "not valid UTF-8"),
        ("z-dupe.md", "Meloni visited Tripoli and Benghazi to talk migration.\n", "duplicate"),
    ],
)
def test_each_bad_file_gives_one_warning_and_the_rest_loads(make_corpus, name, content, reason):
    root = make_corpus({"good.md": "Meloni visited Tripoli and Benghazi to talk migration.\n", name: content})
    result = load_corpus(root)
    ids = {d.id for d in result.documents}
    assert "good" in ids
    mine = [w for w in result.warnings if w.path.endswith(name)]
    assert len(mine) == 1, result.warnings
    assert reason in mine[0].reason
    assert str(mine[0]).startswith("warning: ") and name in str(mine[0])


def test_invalid_utf8_is_read_as_cp1252(make_corpus):
    root = make_corpus({"latin1.txt": "Caf\xe9 talks in Benghazi went on late into Monday night.".encode("cp1252")})
    (doc,) = load_corpus(root).documents
    assert "Café" in doc.text


def test_broken_front_matter_keeps_the_body(make_corpus):
    root = make_corpus({"broken.md": "---\ntitle: [unclosed\n---\nHaftar met envoys in Benghazi on Monday.\n"})
    (doc,) = load_corpus(root).documents
    assert doc.text == "Haftar met envoys in Benghazi on Monday."


@pytest.mark.parametrize("kind", ["missing", "file", "empty", "only-bad"])
def test_unusable_corpus_folder_is_an_error(tmp_path, kind):
    root = tmp_path / "c"
    if kind == "file":
        root.write_text("x")
    elif kind == "empty":
        root.mkdir()
    elif kind == "only-bad":
        root.mkdir()
        (root / "a.md").write_text("")
    with pytest.raises(CorpusError) as info:
        load_corpus(root)
    assert str(root) in str(info.value)


def test_loading_writes_nothing(make_corpus):
    root = make_corpus({"a.md": "Haftar met envoys.\n", "b.txt": b"\x00\x01binary"})
    before = folder_digest(root)
    load_corpus(root)
    assert folder_digest(root) == before


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_loop_does_not_hang(make_corpus):
    root = make_corpus({"a.md": "Haftar met envoys in Benghazi.\n"})
    (root / "loop").symlink_to(root, target_is_directory=True)
    assert [d.id for d in load_corpus(root).documents] == ["a"]


def test_duplicate_stems_in_subfolders_get_distinct_ids(make_corpus):
    root = make_corpus({"x/report.md": "Haftar met envoys in Benghazi.\n", "y/report.md": "Meloni met Dbeibah in Tripoli.\n"})
    ids = sorted(d.id for d in load_corpus(root).documents)
    assert ids[0] == "report" and re.fullmatch(r"[xy]/report", ids[1])


def test_prose_that_looks_like_chrome_is_kept():
    prose = [
        "Reporting by local journalists has been restricted since the clashes began in Tripoli last month.",
        "Writing by hand, the commander signed the order.",
        "Contact with our team in Benghazi was lost on Monday.",
        "Copyright disputes over oil data have delayed the NOC tender.",
        "Support for the deal is fading among our partners.",
        "Topics: migration, oil and the elections dominated the talks.",
        "Join us in Tripoli, the minister told reporters.",
    ]
    assert clean_lines(prose) == prose
    chrome = ["(Reporting by Ahmed Elumami; Editing by Jan Harvey)", "Copyright 2025 Reuters",
              "Subscribe to our newsletter for weekly analysis of North Africa."]
    assert clean_lines(chrome) == [None, None, None]


def test_bylines_markdown_titles_and_unclosed_front_matter(make_corpus):
    root = make_corpus({
        "blog.md": "# Russia's Libyan foothold after Syria\n\nBy Sara Rossi | 10 June 2024\n\n"
                   "Russian transport planes landed at al-Khadim on Sunday, officials said.\n",
        "analysis.md": "Haftar's sons and the succession\n*An analysis by Jan Novak, Senior Fellow*\n"
                       "Saddam Haftar has been promoted twice in two years, a sign of the succession to come.\n",
        "open.md": "---\ntitle: never closed\nHaftar met the envoy in Benghazi on Monday.\n",
    })
    result = load_corpus(root)
    docs = {d.id: d for d in result.documents}
    assert docs["blog"].title == "Russia's Libyan foothold after Syria"
    assert (docs["blog"].author, docs["blog"].published) == ("Sara Rossi", "2024-06-10")
    assert docs["blog"].text.startswith("Russian transport planes")
    assert docs["analysis"].author == "Jan Novak"
    assert docs["analysis"].text.startswith("Saddam Haftar has been promoted")
    assert [w.reason for w in result.warnings if w.path.endswith("open.md")] == [
        "front matter is not closed by a '---' line; read as text"
    ]


_NAME_PART = "abAB-_.é ñ0zZ~"


@pytest.mark.parametrize("seed", range(5))
def test_the_order_key_of_a_path_sorts_files_as_the_walk_lists_them(tmp_path, seed):
    import random

    from libyadesk.files import order_key, scan_tree

    rng = random.Random(seed)
    root = tmp_path / "corpus"
    root.mkdir()
    folders = [root]
    for _ in range(40):
        parent = rng.choice(folders)
        name = "".join(rng.choice(_NAME_PART) for _ in range(rng.randint(1, 4))).strip(". ") or "x"
        if rng.random() < 0.3:
            folder = parent / name
            if not folder.exists():
                folder.mkdir()
                folders.append(folder)
        elif not (parent / f"{name}.md").exists():
            (parent / f"{name}.md").write_text("Haftar met Dbeibah.\n", encoding="utf-8")
    listed = [entry[0] for entry in scan_tree(root)[0]]
    assert len(listed) > 10
    assert sorted(listed, key=lambda path: order_key(root, path)) == listed
    assert len({order_key(root, path) for path in listed}) == len(listed)


def test_front_matter_written_by_hand_with_a_colon_in_a_title_keeps_its_fields(make_corpus):
    """"title: Letters from Misrata: a month without power" is no YAML (a colon inside a plain value),
    but every line is one of our fields: they are read as written, with one warning; a value YAML
    would give a meaning to ("[unclosed") still makes the front matter broken."""
    root = make_corpus({
        "blog.md": "---\ntitle: Letters from Misrata: a month without power\nsource: The Coastal Notebook (blog)\n"
                   "published: 2024-03\n---\nThe power came back on 12 March after a month.\n",
        "list.md": "---\ntitle: [unclosed\npublished: 2024-03\n---\nThe port reopened on 14 March after a week.\n",
    })
    result = load_corpus(root)
    docs = {d.id: d for d in result.documents}
    assert (docs["blog"].title, docs["blog"].source, docs["blog"].published) == (
        "Letters from Misrata: a month without power", "The Coastal Notebook (blog)", "2024-03")
    assert docs["list"].published is None
    reasons = {w.path.rsplit("/", 1)[-1]: w.reason for w in result.warnings}
    assert "read as plain text" in reasons["blog.md"] and "broken front matter" in reasons["list.md"]


def test_front_matter_fields_written_with_capitals_are_read(make_corpus):
    """"Title:", "Source:", "Published:" as people write them by hand are our fields; a field in lower
    case wins over the same name capitalised."""
    root = make_corpus({
        "a.md": "---\nTitle: Talks resume\nSource: Desert Wire\nPublished: 2024-03-20\n---\nThe talks resumed on Tuesday.\n",
        "b.md": '---\nTITLE: "Shouted"\ntitle: "Quiet"\n---\nThe port reopened on Monday after a week.\n',
    })
    docs = {d.id: d for d in load_corpus(root).documents}
    assert (docs["a"].title, docs["a"].source, docs["a"].published) == ("Talks resume", "Desert Wire", "2024-03-20")
    assert docs["b"].title == "Quiet"
