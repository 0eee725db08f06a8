"""Find tracked lines that copy corpus text.

The project rule: no sentence of the health-news corpus may be copied into the project (tests,
data, docs, code comments); test sentences are coined instead.  This script lists every tracked
file (run it from a checkout) whose lines share an N-word run (default 12) with a corpus article,
with the count of such lines; ``-v`` also prints each line number and the matching run.  Blind sets,
``.gz`` and ``.png`` files are skipped.  When the corpus file is absent it says so and exits 0.

usage: python benchmarks/corpus_overlap.py [--n N] [-v] [--corpus PATH]
"""
import argparse
import gzip
import json
import os
import re
import subprocess
import sys

CORPUS = '/work/shared/corpora/health-news-articles.jsonl.gz'
WORD = re.compile(r'[a-z0-9]+')


def corpus_grams(path, n):
    grams = set()
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            w = WORD.findall(' '.join(str(v) for v in d.values() if isinstance(v, str)).lower())
            grams.update(hash(tuple(w[i:i + n])) for i in range(len(w) - n + 1))
    return grams


def file_hits(text, grams, n):
    hits = []
    for k, line in enumerate(text.splitlines(), 1):
        w = WORD.findall(line.lower())
        for i in range(len(w) - n + 1):
            if hash(tuple(w[i:i + n])) in grams:
                hits.append((k, ' '.join(w[i:i + n])))
                break
    return hits


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--n', type=int, default=12, help='run length in words (default 12)')
    ap.add_argument('-v', '--verbose', action='store_true', help='print each matching line and run')
    ap.add_argument('--corpus', default=os.environ.get('HEALTHLINT_CORPUS', CORPUS))
    a = ap.parse_args(argv)
    if not os.path.exists(a.corpus):
        print(f'corpus not found ({a.corpus}); skipped')
        return 0
    grams = corpus_grams(a.corpus, a.n)
    files = subprocess.run(['git', 'ls-files'], capture_output=True, text=True, check=True).stdout.splitlines()
    total = 0
    for fn in files:
        if fn.startswith('benchmarks/blind') or fn.endswith(('.gz', '.png')):
            continue
        try:
            with open(fn, encoding='utf-8') as f:
                text = f.read()
        except (OSError, UnicodeDecodeError):
            continue
        hits = file_hits(text, grams, a.n)
        if hits:
            total += len(hits)
            print(len(hits), fn)
            if a.verbose:
                for k, run in hits:
                    print('   ', k, run)
    print(f'{total} line(s) share a {a.n}-word run with the corpus')
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
