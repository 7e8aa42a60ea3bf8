"""Build the gold files bench/devnews/gold/{search,actors}_<half>.json from the hand annotation tables here.

    python bench/devnews/gold/annotate/build.py test     # or dev

The tables are the annotation (written by hand, names only, never article text); this script
only locates each written name form in the raw file to give offsets, counts and short hashes,
and refuses a form or not-actor string that is not in the text (a typo in the annotation).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
import materialize as m  # noqa: E402


def build_actors(half, out):
    """Write actors_<half>.json."""
    ns = {}
    exec((HERE / "entities.py").read_text(encoding="utf-8"), ns)
    exec((HERE / f"actors_{half}half.py").read_text(encoding="utf-8"), ns)
    ENT, ART, NOT = ns["ENT"], ns["ART"], ns["NOT"]
    FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})

    def pattern(form):
        f = re.escape(form.translate(FOLD))
        flags = 0 if (form.isupper() or (len(form) <= 3 and form[0].isupper())) else re.IGNORECASE
        return re.compile(r"(?<![^\W_])" + f + r"(?![^\W_])", flags)

    def fold(s):
        s = unicodedata.normalize("NFKD", s.translate(FOLD))
        return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()

    files = {m.doc_name(f)[:3]: f for f in m.files(half)}
    assert set(files) == set(ART), (set(files) ^ set(ART))
    errors = []
    articles = {}
    for key in sorted(ART):
        f = files[key]
        text = m.raw(f).translate(FOLD)
        taken = []
        # "form@i" takes only the i-th occurrence of form (0-based), before plain forms of the same length
        forms = sorted({(form, name) for name, role, fl in ART[key] for form in fl},
                       key=lambda x: (-len(x[0].split("@")[0]), "@" not in x[0]))
        spans = {}
        named = {}  # mentions by an accepted name, not by a generic form
        for form, name in forms:
            hits = 0
            base, _, nth = form.partition("@")
            found = list(pattern(base).finditer(text))
            if nth:
                found = found[int(nth):int(nth) + 1]
            for mt in found:
                s, e = mt.span()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                taken.append((s, e)); hits += 1
                spans.setdefault(name, []).append([s, e, m.sha(m.raw(f)[s:e])])
                named.setdefault(name, 0)
                if fold(base) in {fold(name)} | {fold(al) for al in ENT.get(name, ("", []))[1]}:
                    named[name] += 1
            if hits == 0:
                errors.append(f"{key}: form {form!r} of {name} not found")
        acts = []
        for name, role, fl in ART[key]:
            if name not in ENT:
                errors.append(f"{key}: {name} not in ENT"); continue
            kind, aliases = ENT[name]
            sp = sorted(spans.get(name, []))
            acts.append({"name": name, "kind": kind, "role": role, "mentions": len(sp), "named_mentions": named.get(name, 0),
                         "forms": sorted({x.split("@")[0] for x in fl}), "spans": sp})
        nots = []
        for k2, string, why in NOT:
            if k2 != key:
                continue
            sp = [[mt.start(), mt.end(), m.sha(m.raw(f)[mt.start():mt.end()])] for mt in pattern(string).finditer(text)]
            if not sp:
                errors.append(f"{key}: not-actor {string!r} not found")
                continue
            nots.append({"string": string, "reason": why, "spans": sp})
        articles[m.doc_name(f)] = {"file": f, "sha": m.sha(m.raw(f)), "actors": acts, "not_actors": nots}


    # half-level list
    agg = {}
    for doc, a in articles.items():
        for x in a["actors"]:
            g = agg.setdefault(x["name"], {"name": x["name"], "kind": x["kind"], "role": "named", "aliases": list(dict.fromkeys(ENT[x["name"]][1])),
                                           "documents": [], "mentions": 0, "named_mentions": 0, "generic_forms": []})
            if x["role"] == "actor":
                g["role"] = "actor"
            g["documents"].append(doc); g["mentions"] += x["mentions"]; g["named_mentions"] += x["named_mentions"]
            accepted = {fold(x["name"])} | {fold(al) for al in ENT[x["name"]][1]}
            for form in x["forms"]:
                if fold(form) not in accepted and form not in g["generic_forms"]:
                    g["generic_forms"].append(form)
    nots = {}
    for doc, a in articles.items():
        for x in a["not_actors"]:
            n = nots.setdefault(x["string"], {"string": x["string"], "reason": x["reason"], "documents": []})
            n["documents"].append(doc)
    # a not-actor string must not be an accepted name of a gold actor of the half
    names = {}
    for g in agg.values():
        for al in [g["name"]] + g["aliases"]:
            names.setdefault(fold(al), set()).add(g["name"])
    for s in nots:
        if fold(s) in names:
            errors.append(f"not-actor {s!r} is also an accepted name of {names[fold(s)]}")
    amb = {k: v for k, v in names.items() if len(v) > 1}
    if amb:
        print("shared aliases:", amb)
    doc = {"half": half, "format": "bench/devnews/gold/README_search_actors.md",
           "documents": sorted(articles), "articles": articles,
           "actors": sorted(agg.values(), key=lambda g: (-g["mentions"], g["name"])),
           "not_actors": sorted(nots.values(), key=lambda n: n["string"])}
    for e in errors:
        print("ERROR", e)
    with open(out, "w", encoding="utf-8") as fh:
        def has_dict(o):
            return isinstance(o, dict) or (isinstance(o, list) and any(has_dict(x) for x in o))

        def dump(o, ind=0):
            # a record with no records inside goes on one line: one line per actor, per not-actor string
            pad = " " * (ind + 1)
            if isinstance(o, dict) and not any(has_dict(v) for v in o.values()) and ind > 0:
                return json.dumps(o, ensure_ascii=False)
            if isinstance(o, dict):
                return "{\n" + ",\n".join(pad + json.dumps(k) + ": " + dump(v, ind + 1) for k, v in o.items()) + "\n" + " " * ind + "}"
            if isinstance(o, list) and has_dict(o):
                return "[\n" + ",\n".join(pad + dump(v, ind + 1) for v in o) + "\n" + " " * ind + "]"
            return json.dumps(o, ensure_ascii=False)
        text = dump(doc)
        fh.write(text + "\n")
    print(len(articles), "articles;", len(agg), "actors;", sum(1 for g in agg.values() if g["role"] == "actor"), "acting;",
          sum(1 for g in agg.values() if g["role"] == "actor" and g["named_mentions"] >= 2), "acting with >=2 mentions by name;", len(nots), "not-actor strings")


def build_search(half, out):
    """Write search_<half>.json."""
    ns = {}
    exec((HERE / "queries.py").read_text(encoding="utf-8"), ns)
    exec((HERE / f"search_{half}half.py").read_text(encoding="utf-8"), ns)
    Q, R = ns["Q"], ns["R"]
    docs = {m.doc_name(f)[:3]: m.doc_name(f) for f in m.files(half)}
    assert [q[0] for q in Q] == sorted(R), set(q[0] for q in Q) ^ set(R)
    queries = []
    for qid, text, intent in Q:
        rel = R[qid]
        bad = set(rel) - set(docs)
        assert not bad, (qid, bad)
        assert all(g in (1, 2) for g in rel.values())
        queries.append({"id": qid, "query": text, "intent": intent,
                        "relevant": {docs[k]: g for k, g in sorted(rel.items())}})
    doc = {"half": half, "format": "bench/devnews/gold/README_search_actors.md",
           "grades": {"2": "about it", "1": "relevant mention", "0": "not relevant (every document not listed)"},
           "documents": sorted(docs.values()), "queries": queries}
    with open(out, "w", encoding="utf-8") as fh:
        text = json.dumps(doc, ensure_ascii=False, indent=1)
        text = re.sub(r"\[\n\s*([^\[\]{}]*?)\n\s*\]", lambda mt: "[" + re.sub(r"\n\s*", " ", mt.group(1)) + "]", text)
        fh.write(text + "\n")
    print(len(queries), "queries;", sum(len(q["relevant"]) for q in queries), "relevant judgements;",
          sum(1 for q in queries if not q["relevant"]), "queries with none")


if __name__ == "__main__":
    half = sys.argv[1]
    gold = HERE.parent
    build_search(half, gold / f"search_{half}.json")
    build_actors(half, gold / f"actors_{half}.json")
