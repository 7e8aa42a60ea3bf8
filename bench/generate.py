"""Generate a large, realistic, deterministic corpus of Libya news articles for benchmarks.

Usage: `python bench/generate.py OUT_DIR --articles 1000 [--seed 1]`

Each article is 4–6 KB of Markdown with YAML front matter (title, source, url, published,
author), assembled from the paragraphs of the five bundled articles plus a few written here.
Every paragraph is compiled once into a template: the names of actors (with their real
spelling variants: Haftar/Hifter, Dbeibah/Dbeibeh/Dabaiba...), places, absolute dates
("18 February 2025"), weekdays ("on Thursday"), relative expressions ("last week"), years and
numbers become slots, filled per article relative to its publication date (2015–2026).
About a fifth of the files carry page boilerplate (share buttons, "Related Articles" lists,
copyright lines) so that the cleaner has work to do; files are spread over sub-folders.

Filling templates with one `random.Random(seed)` stream keeps generation fast (plain string
joins, no regex per article) and the output byte-identical for the same seed and count.
"""

from __future__ import annotations

import argparse
import datetime
import random
import re
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

MIN_BYTES, MAX_BYTES = 4096, 6144
FIRST_DAY = datetime.date(2015, 1, 1)
LAST_DAY = datetime.date(2026, 10, 31)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Spelling variants as they occur in the English-language press; the first is the commonest.
VARIANTS = {
    "HAFTAR": ["Haftar", "Haftar", "Haftar", "Hifter", "Hifter", "Hafter", "Heftar"],
    "DBEIBAH": ["Dbeibah", "Dbeibah", "Dbeibeh", "Dabaiba", "Dbeiba", "Dbaiba"],
    "MENFI": ["Menfi", "Menfi", "Al-Menfi", "Manfi"],
    "BASHAGHA": ["Bashagha", "Bashagha", "Bashaga", "Bachagha"],
    "SALEH": ["Saleh", "Saleh", "Salah"],
    "GADDAFI": ["Gaddafi", "Qaddafi", "Gadhafi", "Kadhafi", "Qadhafi"],
    "LUKASHENKO": ["Lukashenko", "Lukashenko", "Lukashenka"],
    "SON": ["Belgacem", "Khaled", "Saddam", "Belqasem", "Saddam"],
}
# Places that can stand in for each other without making a sentence absurd.
PLACES = ["Benghazi", "Benghazi", "Tobruk", "Derna", "Misrata", "Sirte", "Sabha", "Zawiya",
          "Kufra", "Ajdabiya", "Zuwara", "Gharyan"]
RELATIVE = ["last week", "last month", "last year", "last summer", "last spring", "last winter",
            "this week", "earlier this month", "earlier this year", "in recent weeks",
            "two years ago", "yesterday", "last autumn", "in the last few weeks"]

OUTLETS = [
    ("Libya Observer", "libyaobserver.ly"), ("Libya Herald", "libyaherald.com"),
    ("LibyaReview", "libyareview.com"), ("Libya Update", "libyaupdate.com"),
    ("Al-Wasat", "alwasat.ly"), ("Asharq Al-Awsat", "english.aawsat.com"),
    ("The Arab Weekly", "thearabweekly.com"), ("Middle East Eye", "middleeasteye.net"),
    ("Al Jazeera", "aljazeera.com"), ("Reuters", "reuters.com"), ("AFP", "afp.com"),
    ("Associated Press", "apnews.com"), ("InfoMigrants", "infomigrants.net"),
    ("Euractiv", "euractiv.com"), ("Agenzia Nova", "agenzianova.com"),
    ("Dispatch Risk", "dispatchrisk.com"), ("The Europe Time", "theeuropetime.com"),
    ("Sunday Express", "express.co.uk"), ("The National", "thenationalnews.com"),
    ("Libyan Express", "libyanexpress.com"), ("Africa Intelligence", "africaintelligence.com"),
]
AUTHORS = ["Jane Doe", "Marco Giannangeli", "Sami Zaptia", "Ahmed Elumami", "Aidan Lewis",
           "Angus McDowall", "Frederic Wehrey", "Tarek Megerisi", "Jalel Harchaoui", "Emadeddin Badi",
           "Claudia Gazzini", "Mary Fitzgerald", "Samer Al-Atrush", "Ulf Laessing", "Hadeel Al Sayegh",
           "Giulia Paravicini", "Ayman Al-Warfalli", "Nadine Dahan", "Vivian Yee", "Patrick Wintour"]

TITLES = [
    "{HAFTAR} meets {LUKASHENKO} in Minsk as Russia ties deepen",
    "Meloni in {PLACE}: migration tops agenda in talks with {HAFTAR}",
    "EU and Frontex host eastern Libyan delegation on border security",
    "{DBEIBAH} government rejects {PLACE} parliament vote on new cabinet",
    "Presidential Council head {MENFI} calls for unified budget",
    "{BASHAGHA} says rival governments must agree on election law",
    "Aguila {SALEH} urges UN to back House of Representatives roadmap",
    "Libyan National Army parade in {PLACE} draws Western diplomats",
    "Migrant departures from eastern Libya rise {PCT}% as Crete route grows",
    "Italy signs energy and infrastructure deals with Tripoli",
    "Russia expands presence at {PLACE} air base, analysts warn",
    "{SON} {HAFTAR} urges EU to intensify joint border security efforts",
    "UN envoy warns of renewed clashes around {PLACE}",
    "Central Bank dispute deepens split between {DBEIBAH} and {HAFTAR}",
    "Floods in {PLACE}: reconstruction fund faces questions",
    "Frontex data show shift of Mediterranean crossings to Greece",
    "Why Europe keeps courting Libya's strongman {HAFTAR}",
    "{GADDAFI} legacy looms over Libya's stalled elections",
    "Belarus and Libya sign agriculture and machinery agreements",
    "NGOs accuse EU of complicity in abuses against migrants in Libya",
]

# Extra paragraphs for actors the bundled articles barely mention; written with the same
# literal forms the templater recognises, so they vary exactly like the bundled ones.
EXTRA_PARAGRAPHS = [
    "Prime Minister Abdul Hamid Dbeibah, who heads the Government of National Unity in Tripoli, said on Thursday that no election could be held while foreign forces remained in the country.",
    "Fathi Bashagha, whom the House of Representatives named prime minister in 2022, told reporters in Misrata last week that the rival governments should agree on a single budget.",
    "Aguila Saleh, the speaker of the House of Representatives based in Tobruk, met Field Marshal Khalifa Haftar in Benghazi on Sunday to discuss the draft electoral laws.",
    "Mohamed al-Menfi, head of the Presidential Council, received the UN envoy in Tripoli on 18 February 2025 and called for a unified government before the end of the year.",
    "Khalifa Haftar has controlled most of eastern and southern Libya since 2014, when he launched Operation Dignity in Benghazi against Islamist militias.",
    "The Government of National Unity under Abdul Hamid Dbeibah and the eastern administration backed by Khalifa Haftar have competed for control of oil revenues for years.",
    "On 3 March 2024, coast guard units intercepted about 1,500 migrants off the coast near Zuwara, according to figures published by the International Organization for Migration.",
    "Saddam Haftar, one of the field marshal's sons, has taken an increasingly visible role in diplomacy, travelling to Rome, Paris and Cairo in recent weeks.",
    "Belarusian President Alexander Lukashenko said he would visit Libya soon, after Khalifa Haftar and his son Belgacem Haftar held talks in Minsk on Tuesday.",
    "Muammar Gaddafi ruled Libya for 42 years until he was toppled and killed in 2011, leaving the country divided among armed groups and rival institutions.",
    "Italian Prime Minister Giorgia Meloni returned to Benghazi last month for talks with Haftar on energy projects and migrant departures from the eastern coast.",
    "Frontex said that arrivals on the central Mediterranean route fell by 62 per cent in the first half of 2024, while departures from eastern Libya towards Crete increased.",
    "Analysts said the Central Bank of Libya dispute, which halted oil exports for several weeks last summer, showed how fragile the 2020 ceasefire remained.",
    "Russian cargo flights to al-Khadim and Jufra air bases have increased since December 2024, according to satellite imagery reviewed by independent researchers.",
    "Dbeibah told a televised cabinet meeting on Wednesday that his government would not hand over power except to an elected authority.",
    "The UN Support Mission in Libya said it had counted 2,000 displaced families in Derna, where floods in September 2023 killed thousands of people.",
    "Khaled Haftar, the Chief of General Staff, met with European border officials in Benghazi on 7 December 2025 to discuss joint patrols along Libya's southern frontier.",
    "The House of Representatives, led by Aguila Saleh, voted last year to extend the mandate of the eastern-based government, a move rejected by Tripoli.",
    "Bashagha's attempt to enter Tripoli in May 2022 ended after clashes with militias loyal to Dbeibah, and he withdrew to Sirte the same day.",
    "Migration experts estimate that 10,000 people are held in detention centres across Libya, many of them in facilities run by armed groups rather than the state.",
]

# Local figures quoted once or twice: their made-up names give the corpus a vocabulary that
# grows with its size (as real news does), so typo matching meets a realistic number of terms.
SYLLABLES = ["ba", "da", "fa", "ha", "ja", "ka", "la", "ma", "na", "ra", "sa", "ta", "wa", "za",
             "bi", "di", "fi", "hi", "ki", "li", "mi", "ni", "ri", "si", "ti", "zi", "bu", "du",
             "gu", "hu", "ku", "lu", "mu", "nu", "ru", "su", "tu", "zu", "sh", "kh", "gh", "dh"]
FIRST_NAMES = ["Ahmed", "Mohamed", "Ali", "Omar", "Khaled", "Salem", "Fathi", "Abdullah", "Mustafa",
               "Hamza", "Fatima", "Amal", "Hanan", "Najla", "Mabrouka", "Ibrahim", "Youssef", "Tarek"]
ROLES = ["a municipal council member", "a tribal elder", "a local journalist", "a coast guard officer",
         "a spokesman for the local council", "a human rights lawyer", "a trader", "an aid worker",
         "a university lecturer", "a former army officer"]
QUOTES = [
    "the situation had not changed for the people who live here",
    "nobody in the capital listens to the south",
    "the new agreement would only work if salaries were paid on time",
    "smuggling networks had adapted faster than the authorities",
    "residents were still waiting for the promised reconstruction money",
    "the checkpoints on the coastal road had been reinforced",
]
BOILERPLATE_TOP = ["Share on Facebook", "Share on X", "Share on WhatsApp", "Share via Email"]
MENU = ["Home", "Politics", "Economy", "Migration", "Opinion", "Contact"]


def _paragraphs() -> tuple[list[str], list[str]]:
    """(lead paragraphs, body paragraphs) of the bundled articles plus the extra ones."""
    leads: list[str] = []
    body: list[str] = []
    for path in sorted(CORPUS.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("\n---", 1)[1].split("\n", 1)[1]
        paras = [" ".join(p.split()) for p in text.split("\n\n")]
        paras = [p for p in paras if len(p) >= 80]  # skip section labels like "Outlook:"
        leads.append(paras[0])
        body.extend(paras[1:])
    leads.extend(EXTRA_PARAGRAPHS[:4])
    body.extend(EXTRA_PARAGRAPHS)
    return leads, body


_MONTH = "|".join(MONTHS)
_DAY = "|".join(WEEKDAYS)
_SLOTS = re.compile(
    "|".join([
        rf"(?P<DMY>\b\d{{1,2}} (?:{_MONTH}) (?:19|20)\d\d\b)",
        rf"(?P<WDMD>\b(?:{_DAY}) \((?:{_MONTH}) \d{{1,2}}\))",
        rf"(?P<MY>\b(?:{_MONTH}) (?:19|20)\d\d\b)",
        rf"(?P<MD>\b(?:{_MONTH}) \d{{1,2}}\b)",
        rf"(?P<WD>\b(?:{_DAY})\b)",
        r"(?P<REL>\b(?:" + "|".join(re.escape(r) for r in RELATIVE) + r")\b)",
        r"(?P<YEAR>\b(?:19|20)\d\d\b)",
        r"(?P<NUM>\b\d{1,3}(?:,\d{3})+\b)",
        r"(?P<PCT>\b\d{1,3}(?=%| per cent))",
        r"(?P<HAFTAR>\bHaftar)",
        r"(?P<DBEIBAH>\b(?:Dbeibah|Dabaiba)\b)",
        r"(?P<MENFI>\bMenfi\b)",
        r"(?P<BASHAGHA>\bBashagha)",
        r"(?P<SALEH>\bSaleh\b)",
        r"(?P<GADDAFI>\bGaddafi)",
        r"(?P<LUKASHENKO>\bLukashenko\b)",
        r"(?P<SON>\b(?:Belgacem|Khaled|Saddam)(?= (?:Khalifa )?Haftar))",
        r"(?P<PLACE>\b(?:Benghazi|Tobruk|Derna|Misrata|Sirte|Zuwara)\b)",
    ])
)


def compile_template(text: str) -> tuple[str, ...]:
    """Split a paragraph into literal text and slot names, alternating: lit, SLOT, lit, ...

    >>> compile_template("Haftar met Meloni in Benghazi last week.")
    ('', 'HAFTAR', ' met Meloni in ', 'PLACE', ' ', 'REL', '.')
    """
    parts: list[str] = []
    pos = 0
    for match in _SLOTS.finditer(text):
        parts.append(text[pos:match.start()])
        parts.append(match.lastgroup or "")
        pos = match.end()
    parts.append(text[pos:])
    return tuple(parts)


def _title_template(title: str) -> tuple[str, ...]:
    parts = re.split(r"\{([A-Z]+)\}", title)
    return tuple(parts)


def _local_name(rng: random.Random) -> str:
    surname = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
    prefix = "Al-" if rng.random() < 0.4 else ""
    return f"{rng.choice(FIRST_NAMES)} {prefix}{surname.capitalize()}"


def _local_quote(rng: random.Random, place: str) -> str:
    who = _local_name(rng)
    return (f"{who}, {rng.choice(ROLES)} in {place}, said {rng.choice(QUOTES)}. "
            f"{who.split()[-1]} added that {rng.choice(QUOTES)}.")


class Filler:
    """Fills slots for one article: names fixed per article, dates relative to publication."""

    def __init__(self, rng: random.Random, published: datetime.date):
        self.rng = rng
        self.published = published
        self.names = {slot: rng.choice(forms) for slot, forms in VARIANTS.items()}

    def _recent(self, lo: int, hi: int) -> datetime.date:
        return self.published - datetime.timedelta(days=self.rng.randint(lo, hi))

    def fill(self, parts: tuple[str, ...]) -> str:
        """The paragraph with every slot replaced."""
        out = []
        rng = self.rng
        for i, part in enumerate(parts):
            if not i % 2:
                out.append(part)
                continue
            name = self.names.get(part)
            if name is not None:
                out.append(name)
            elif part == "PLACE":
                out.append(rng.choice(PLACES))
            elif part == "DMY":
                d = self._recent(0, 150)
                if rng.random() < 0.7:
                    out.append(f"{d.day} {MONTHS[d.month - 1]} {d.year}")
                else:
                    out.append(f"{MONTHS[d.month - 1]} {d.day}, {d.year}")
            elif part == "WDMD":
                d = self._recent(1, 6)
                out.append(f"{WEEKDAYS[d.weekday()]} ({MONTHS[d.month - 1]} {d.day})")
            elif part == "MY":
                d = self._recent(20, 700)
                out.append(f"{MONTHS[d.month - 1]} {d.year}")
            elif part == "MD":
                d = self._recent(0, 60)
                out.append(f"{MONTHS[d.month - 1]} {d.day}")
            elif part == "WD":
                out.append(WEEKDAYS[self._recent(1, 6).weekday()])
            elif part == "REL":
                out.append(rng.choice(RELATIVE))
            elif part == "YEAR":
                out.append(str(max(2011, self.published.year - rng.randint(0, 6))))
            elif part == "NUM":
                out.append(f"{rng.choice((1, 2, 3, 5, 10, 12, 20, 50, 100, 150)) * 100 + rng.randint(0, 9) * 10:,}")
            elif part == "PCT":
                out.append(str(rng.randint(5, 300)))
            else:  # pragma: no cover - a slot without a filler is a bug in _SLOTS
                raise AssertionError(part)
        return "".join(out)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _published(rng: random.Random) -> tuple[datetime.date, str]:
    span = (LAST_DAY - FIRST_DAY).days
    day = FIRST_DAY + datetime.timedelta(days=rng.randint(0, span))
    r = rng.random()
    shown = day.isoformat() if r < 0.85 else day.isoformat()[:7] if r < 0.95 else str(day.year)
    return day, shown


def _yaml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def article(n: int, rng: random.Random, leads: list[tuple[str, ...]], body: list[tuple[str, ...]],
            titles: list[tuple[str, ...]]) -> tuple[str, str]:
    """(relative path, file text) of article number n."""
    day, shown = _published(rng)
    filler = Filler(rng, day)
    outlet, domain = rng.choice(OUTLETS)
    title = filler.fill(rng.choice(titles))
    author = rng.choice(AUTHORS) if rng.random() < 0.7 else None
    slug = _slug(title)[:60].rstrip("-")
    stem = f"{day.isoformat()}-{_slug(outlet)}-{slug}-{n:06d}"

    front = ["---", f"title: {_yaml_str(title)}", f"source: {_yaml_str(outlet)}",
             f"url: {_yaml_str(f'https://www.{domain}/{day.year}/{day.month:02d}/{slug}')}",
             f"published: {_yaml_str(shown)}"]
    if author:
        front.append(f"author: {_yaml_str(author)}")
    front.append("---")
    head = "\n".join(front) + "\n\n"

    blocks: list[str] = []
    boiler = rng.random()
    if boiler < 0.08:
        blocks.append("\n".join(MENU))
    if boiler < 0.2:
        blocks.append("\n".join(rng.sample(BOILERPLATE_TOP, 2)))
    size = len(head.encode("utf-8")) + sum(len(b) + 2 for b in blocks)
    target = rng.randint(MIN_BYTES + 200, MAX_BYTES - 600)
    paras = [filler.fill(rng.choice(leads))]
    size += len(paras[0].encode("utf-8")) + 2
    if rng.random() < 0.8:
        paras.append(_local_quote(rng, rng.choice(PLACES)))
        size += len(paras[-1]) + 2
    order = rng.sample(range(len(body)), len(body))
    for k in order:
        if size >= target:
            break
        text = filler.fill(body[k])
        grow = len(text.encode("utf-8")) + 2
        if size + grow > MAX_BYTES - 500:
            continue
        paras.append(text)
        size += grow
    if rng.random() < 0.15 and len(paras) > 3:
        related = [filler.fill(rng.choice(titles)) for _ in range(3)]
        paras.insert(rng.randint(2, len(paras) - 1), "Related Articles\n\n" + "\n\n".join(related))
    blocks.extend(paras)
    if rng.random() < 0.1:
        blocks.append(f"© {day.year} {outlet}. All rights reserved.")
    text = head + "\n\n".join(blocks) + "\n"

    r = rng.random()
    folder = "" if r < 0.4 else f"{day.year}/" if r < 0.8 else f"{_slug(outlet)}/{day.year}/"
    return f"{folder}{stem}.md", text


def generate(out_dir: str | Path, articles: int, seed: int = 1) -> int:
    """Write `articles` files below out_dir; return the number of bytes written."""
    rng = random.Random(seed)
    leads_raw, body_raw = _paragraphs()
    leads = [compile_template(p) for p in leads_raw]
    body = [compile_template(p) for p in body_raw]
    titles = [_title_template(t) for t in TITLES]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    made: set[str] = set()
    total = 0
    for n in range(articles):
        rel, text = article(n, rng, leads, body, titles)
        folder = rel.rpartition("/")[0]
        if folder and folder not in made:
            (out / folder).mkdir(parents=True, exist_ok=True)
            made.add(folder)
        data = text.encode("utf-8")
        (out / rel).write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    """Command line: OUT_DIR --articles N --seed S."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", metavar="OUT_DIR", help="folder to write into (created if missing)")
    parser.add_argument("--articles", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    if args.articles < 0:
        parser.error("--articles must be >= 0")
    started = time.perf_counter()
    total = generate(args.out_dir, args.articles, args.seed)
    print(f"wrote {args.articles} articles, {total / 2**20:.1f} MB, to {args.out_dir} "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
