#!/usr/bin/env python3
"""Writes a .jsonl corpus of about SIZE megabytes built from the project's example articles.

Usage: make_corpus.py SIZE_MB OUT.jsonl [--examples DIR]

Each line is one example article with a unique id; the articles are cycled, and every copy
swaps a few company names for numbered fictional ones so the graph keeps growing with the
corpus the way a real archive does (more actors, more relations), instead of collapsing
into the same handful of edges.
"""
import argparse, json, os, re, sys

ap = argparse.ArgumentParser()
ap.add_argument("size_mb", type=float)
ap.add_argument("out")
ap.add_argument("--examples", default=os.path.join(os.path.dirname(__file__), "..", "examples"))
a = ap.parse_args()

texts = []
for name in sorted(os.listdir(a.examples)):
    if name.endswith(".txt"):
        with open(os.path.join(a.examples, name), encoding="utf-8") as f:
            texts.append((name[:-4], f.read()))
if not texts:
    sys.exit(f"make_corpus.py: no .txt files in {a.examples}")

# Capitalised words that appear mid-sentence are likely names; rename one in ten copies.
names = sorted({m for _, t in texts for m in re.findall(r"(?<=[a-z,] )([A-Z][a-z]+[A-Z]?[a-z]*)", t)})
target = int(a.size_mb * 1e6)
written = 0
i = 0
with open(a.out, "w", encoding="utf-8") as out:
    while written < target:
        stem, text = texts[i % len(texts)]
        if i % 10 == 9 and names:
            old = names[i % len(names)]
            text = text.replace(old, f"{old}{i // 10 % 5000}")
        line = json.dumps({"id": f"{stem}-{i}", "text": text}, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        i += 1
print(f"{a.out}: {i} documents, {written / 1e6:.1f} MB")
