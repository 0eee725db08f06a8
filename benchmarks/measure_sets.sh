#!/usr/bin/env bash
# Every blind set's aggregate figures in one run, for a session's start -> end comparison.
#
#   benchmarks/measure_sets.sh dev|test [EXTRA_SET_DIR ...] > figures.txt
#
# HEALTHLINT_PICKS=FILE passes `--picks FILE` to bench_injection.py: two trees measured with the
# same file inject into the same articles (run this script of the newer tree, with PYTHONPATH set
# to each tree in turn, when the older tree's script has no --picks).
#
# Runs, on the tree this script sits in (run it with PYTHONPATH set to that tree when another
# checkout is installed): the contradiction passages and the injection pairs of the repository's
# blind sets (set 1, v2-v8, v16 and cit16) and of any extra folder given (a held-out set kept outside the
# project), the claim-sentence sets (sentences, sentences2, sentences3) and the labelled passages
# (set 1, v2-v7, cit16, and an extra folder's passages.jsonl). Only the summary lines are printed: the
# scripts print no row unless asked with --show, which this script never passes, so a test half
# can be measured without being read. Slow (a few minutes): every set is a fresh process.
set -uo pipefail
split="${1:?usage: measure_sets.sh dev|test [EXTRA_SET_DIR ...]}"
shift
here="$(cd "$(dirname "$0")" && pwd)"
blind="$here/blind"
corpus="${HEALTHLINT_CORPUS:-$here/../../shared/corpora/health-news-articles.jsonl.gz}"
sets=("$blind" "$blind"/v2 "$blind"/v3 "$blind"/v4 "$blind"/v5 "$blind"/v6 "$blind"/v7 "$blind"/v8 "$blind"/v16 "$blind"/cit16 "$@")
for dir in "${sets[@]}"; do
  name="$(basename "$dir")"
  if [ -f "$dir/contradictions.jsonl" ]; then
    echo "== $name contradictions [$split]"
    python "$here/bench_contradiction.py" blind --split "$split" --data "$dir" 2>&1 | grep -E "recall|by phenomenon"
  fi
  if [ -f "$dir/injections.jsonl" ] && [ -f "$corpus" ]; then
    echo "== $name injections [$split]"
    python "$here/bench_injection.py" "$corpus" --split "$split" --data "$dir" ${HEALTHLINT_PICKS:+--picks "$HEALTHLINT_PICKS"} 2>&1 | grep -E "recall|by kind|without injections"
  elif [ -f "$dir/injections.jsonl" ]; then
    echo "== $name injections [$split]: skipped, no corpus at $corpus (set HEALTHLINT_CORPUS)"
  fi
  if [ -f "$dir/passages.jsonl" ]; then
    echo "== $name passages [$split]"
    python "$here/measure_blind.py" --split "$split" --data "$dir" 2>&1 | grep -vE "^\s*$"
  fi
done
for name in sentences sentences2 sentences3; do
  echo "== $name [$split]"
  python "$here/measure_claims.py" --split "$split" --data "$blind/$name/sentences.jsonl" 2>&1 | grep -E "^overall"
done
