#!/usr/bin/env python3
"""Build the pools of (subject, candidate) pairs to judge, from a demo database.

    python3 server/src/bench/judged/pools.py DEMO.db 2026-12-07 OUT_DIR

Writes OUT_DIR/pairs.tsv (pair number, then the columns of judged/pairs.tsv without the
judgement) and OUT_DIR/sheet.md, the texts of both sides of every pair for a judge to read.
The matcher is neither run nor read: each pool is the top candidates by a separate, simple
text overlap (syllable bigrams, Jaccard, boilerplate bigrams dropped) plus random visible
candidates of the right kind, shuffled (see README.md). Deterministic for one database.
"""

import random
import re
import sqlite3
import sys
from collections import Counter

DB, TODAY, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
db = sqlite3.connect(DB)
db.row_factory = sqlite3.Row
rng = random.Random(2030)

# (subject group, candidate group, candidate kinds, subjects, by overlap, at random)
DIRECTIONS = [
    ("challenge", "offer", ["offer"], 12, 4, 5),
    ("challenge", "org", ["institute", "university", "rnd_center", "startup"], 6, 4, 4),
    ("offer", "challenge", ["challenge"], 8, 4, 4),
    ("offer", "org", ["enterprise"], 4, 4, 4),
    ("org", "org", ["investor"], 6, 4, 4),
    ("org", "org", ["incubator", "innovation_space"], 4, 3, 2),
    ("org", "programme", ["programme"], 5, 3, 2),
]


def rows(sql, *args):
    return db.execute(sql, args).fetchall()


def sectors(table, key, id_):
    return ", ".join(r[0] for r in rows(f"SELECT sector_code FROM {table} WHERE {key} = ? ORDER BY 1", id_))


def offers():
    out = {}
    for r in rows(
        "SELECT o.*, g.name_vi AS org_name FROM technology_offers o JOIN organizations g ON g.id = o.org_id "
        "WHERE o.status = 'published' AND (o.expires_at IS NULL OR o.expires_at >= ?) AND g.hidden = 0",
        TODAY,
    ):
        text = "\n".join(
            [
                f"Title: {r['title_vi']}",
                f"Provider: {r['org_name']}",
                f"Sectors: {sectors('offer_sectors', 'offer_id', r['id'])}",
                f"TRL: {r['trl']}",
                f"Summary: {r['summary_vi']}",
                f"Problem: {r['problem_vi']}",
                f"Advantages: {r['advantages_vi']}",
                f"Applications: {r['applications_vi']}",
            ]
        )
        out[r["slug"]] = dict(id=r["id"], org=r["org_id"], kind="offer", text=text, title=r["title_vi"])
    return out


def challenges():
    out = {}
    for r in rows(
        "SELECT c.*, g.name_vi AS org_name FROM challenges c JOIN organizations g ON g.id = c.org_id "
        "WHERE c.status IN ('open', 'in_discussion') AND (c.deadline IS NULL OR c.deadline >= ?) AND g.hidden = 0",
        TODAY,
    ):
        text = "\n".join(
            [
                f"Title: {r['title_vi']}",
                f"Posted by: {r['org_name']} ({r['org_kind']})",
                f"Sectors: {sectors('challenge_sectors', 'challenge_id', r['id'])}",
                f"Minimum TRL: {r['trl_min'] or '—'}",
                f"Problem: {r['problem_vi']}",
                f"Desired result: {r['desired_result_vi']}",
                f"Constraints: {r['constraints_vi']}",
            ]
        )
        out[r["slug"]] = dict(id=r["id"], org=r["org_id"], kind="challenge", text=text, title=r["title_vi"])
    return out


def orgs():
    out = {}
    for r in rows("SELECT * FROM organizations WHERE hidden = 0"):
        lines = [
            f"Name: {r['name_vi']} ({r['kind']})",
            f"Sectors: {sectors('org_sectors', 'org_id', r['id'])}",
            f"Founded: {r['founded_year'] or '—'}",
            f"Description: {r['description_vi']}",
        ]
        if r["kind"] == "startup":
            p = rows("SELECT stage FROM startup_profiles WHERE org_id = ?", r["id"])
            needs = ", ".join(x[0] for x in rows("SELECT need FROM startup_needs WHERE org_id = ? ORDER BY 1", r["id"]))
            lines.append(f"Stage: {p[0][0] if p else '—'}; needs: {needs or '—'}")
        elif r["kind"] == "investor":
            p = rows("SELECT * FROM investor_profiles WHERE org_id = ?", r["id"])
            st = ", ".join(x[0] for x in rows("SELECT stage FROM investor_stages WHERE org_id = ? ORDER BY 1", r["id"]))
            if p:
                lines.append(
                    f"Investor type: {p[0]['investor_type']}; ticket: {p[0]['ticket_min_vnd']}–{p[0]['ticket_max_vnd']} VND; stages: {st}"
                )
        elif r["kind"] in ("incubator", "innovation_space"):
            sv = ", ".join(x[0] for x in rows("SELECT service FROM incubator_services WHERE org_id = ? ORDER BY 1", r["id"]))
            lines.append(f"Services: {sv}")
        elif r["kind"] in ("institute", "university", "rnd_center"):
            p = rows("SELECT research_areas_vi, labs_vi FROM institute_profiles WHERE org_id = ?", r["id"])
            if p:
                lines.append(f"Research areas: {p[0][0]}\nLabs: {p[0][1]}")
        elif r["kind"] == "enterprise":
            p = rows("SELECT industry_vi, innovation_needs_vi FROM enterprise_profiles WHERE org_id = ?", r["id"])
            if p:
                lines.append(f"Industry: {p[0][0]}\nInnovation needs: {p[0][1]}")
        out[r["slug"]] = dict(id=r["id"], org=r["id"], kind=r["kind"], text="\n".join(lines), title=r["name_vi"])
    return out


def programmes():
    out = {}
    for r in rows("SELECT * FROM programmes WHERE published = 1 AND closes_on >= ?", TODAY):
        text = "\n".join(
            [
                f"Title: {r['title_vi']} ({r['programme_type']})",
                f"Sectors: {sectors('programme_sectors', 'programme_id', r['id'])}",
                f"Description: {r['description_vi']}",
                f"Eligibility: {r['eligibility_vi']}",
            ]
        )
        out[r["slug"]] = dict(id=r["id"], org=r["org_id"], kind="programme", text=text, title=r["title_vi"])
    return out


def bigrams(text):
    words = re.findall(r"\w+", text.lower())
    return {(a, b) for a, b in zip(words, words[1:])}


ALL = {"offer": offers(), "challenge": challenges(), "org": orgs(), "programme": programmes()}
# the text of an org candidate without its label lines (name, sectors) carries the signal
BOILER = {}
for group, items in ALL.items():
    counts = Counter(b for it in items.values() for b in bigrams(it["text"]))
    BOILER[group] = {b for b, n in counts.items() if n > 0.3 * len(items)}


def overlap(a, b, group):
    x, y = bigrams(a) - BOILER[group], bigrams(b) - BOILER[group]
    return len(x & y) / len(x | y) if x and y else 0.0


pairs, used_subjects = [], set()
for sg, cg, kinds, n_subjects, n_top, n_random in DIRECTIONS:
    subjects = ALL[sg]
    if sg == "org":
        subjects = {s: v for s, v in subjects.items() if v["kind"] == "startup"}
    cands = {s: v for s, v in ALL[cg].items() if v["kind"] in kinds}
    seen_titles, chosen = set(), []
    for slug in rng.sample(sorted(subjects), len(subjects)):
        title = subjects[slug]["title"]
        if title in seen_titles or (sg, slug) in used_subjects:
            continue
        seen_titles.add(title)
        used_subjects.add((sg, slug))
        chosen.append(slug)
        if len(chosen) == n_subjects:
            break
    for slug in sorted(chosen):
        s = subjects[slug]
        pool = [c for c in sorted(cands) if cands[c]["org"] != s["org"]]
        ranked = sorted(pool, key=lambda c: -overlap(s["text"], cands[c]["text"], cg))
        picked = ranked[:n_top]
        rest = [c for c in pool if c not in picked]
        picked += rng.sample(rest, min(n_random, len(rest)))
        rng.shuffle(picked)
        for c in picked:
            pairs.append((sg, slug, cg, c, cands[c]["kind"]))

with open(f"{OUT}/pairs.tsv", "w") as f, open(f"{OUT}/sheet.md", "w") as sheet:
    f.write("n\tsubject_group\tsubject_slug\tcandidate_group\tcandidate_slug\tcandidate_kind\n")
    for n, (sg, ss, cg, cs, ck) in enumerate(pairs, 1):
        f.write(f"{n}\t{sg}\t{ss}\t{cg}\t{cs}\t{ck}\n")
        subject = ALL[sg][ss]
        sheet.write(f"## Pair {n}: {sg} → {ck}\n\n### Subject\n{subject['text']}\n\n")
        sheet.write(f"### Candidate\n{ALL[cg][cs]['text']}\n\n")
print(f"{len(pairs)} pairs")
