"""Grammar and readability: precision/recall of GRM002, LanguageTool speed, corpus findings.

    python benchmarks/bench_grammar.py labelled
    python benchmarks/bench_grammar.py spelling [--url URL]
    python benchmarks/bench_grammar.py languagetool CORPUS.jsonl.gz [--limit N] [--url URL]
    python benchmarks/bench_grammar.py readability CORPUS.jsonl.gz [--limit N]
    python benchmarks/bench_grammar.py queries CORPUS.jsonl.gz [--show]

``labelled``: GRM002 on tests/data/labelled/grm002_search_queries.yaml (precision, recall).
``spelling``: GRM001's spelling matches on tests/data/labelled/grm001_spelling.yaml against a
server: recall of the labelled misspellings, and false alarms (spelling findings on names,
drugs and other correct words of those passages).
``languagetool``: against a warm server (``HEALTHLINT_LANGUAGETOOL_URL`` or ``--url``):
(1) articles of about 2,000 words, each built from different corpus articles so the server's
sentence cache cannot help, checked one request each: median and max seconds; (2) every
corpus article streamed through the same connection: wall time, articles per second, GRM001
findings per article by LanguageTool rule, and how many spelling matches the medical
vocabulary and the other spelling tests removed, by reason.
``readability``: seconds to score the corpus (per article and total, one core).
``queries``: GRM002 hits over the corpus (every hit is a candidate false alarm to read).

Corpus text is read from its path and never written into the project.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint_rules.api import lint_text, make_config  # noqa: E402
from lint_rules.core import RuleContext  # noqa: E402
from lint_rules.parsing import parse_document  # noqa: E402
from lint_rules.services import languagetool as lt  # noqa: E402


def articles(path: str, limit: int | None = None) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            yield json.loads(line)


def doc_of(text: str, name: str = "a.txt"):
    return parse_document(name, text, "text")


def cmd_labelled(_: argparse.Namespace) -> None:
    import yaml

    rows = yaml.safe_load((ROOT / "tests/data/labelled/grm002_search_queries.yaml").read_text())
    tp = fp = fn = tn = 0
    for row in rows:
        hit = bool(lint_text(row["text"], kind="text", select=["GRM002"]))
        if hit and row["query"]:
            tp += 1
        elif hit:
            fp += 1
            print("false alarm:", row["text"])
        elif row["query"]:
            fn += 1
            print("missed:", row["text"])
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"| GRM002 labelled sentences | {len(rows)} ({tp + fn} queries) | precision {precision:.2f} "
          f"| recall {recall:.2f} |")


def server_cpu(pid: int | None) -> float:
    """CPU seconds (user + system) the LanguageTool JVM has used, when it runs here: a
    measure of the work per article that other processes on the machine do not inflate."""
    if not pid:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cmd_languagetool(args: argparse.Namespace) -> None:
    from lint_rules.rules.grammar import LanguageToolMatch

    url = args.url or os.environ.get(lt.ENV_URL)
    if not url:
        sys.exit(f"set {lt.ENV_URL} or pass --url (tools/languagetool/start.sh starts a server)")
    services: dict[str, Any] = {}
    cfg = make_config(extra={"grammar": {"server": url}}, select=["GRM001"])
    ctx = RuleContext(cfg, cfg.options_for(LanguageToolMatch), services, {})
    conn = lt.connect(ctx)
    if conn is None:
        sys.exit("; ".join(services.get("notes", [])))
    settings = lt.settings_for(ctx)
    rule = LanguageToolMatch()
    lt.check_document(conn, doc_of("Warm up the server. They was here."), settings)

    # (1) ~2,000-word articles made of different corpus articles (no cache hits)
    texts = [a["text"] for a in articles(args.corpus, 400)]
    built, current = [], []
    for t in texts:
        current.append(t)
        if sum(len(x.split()) for x in current) >= 2000:
            built.append("\n\n".join(current))
            current = []
        if len(built) >= args.samples:
            break
    warm = [a["text"] for a in articles(args.corpus)][-40:]  # the last 40, not among the
    for text in warm:  # samples: the JVM compiles its hot paths before anything is timed
        list(rule.check(doc_of(text), ctx))
    times, cpu = [], []
    for text in built:
        doc = doc_of(text)
        c0, t0 = server_cpu(args.server_pid), time.perf_counter()
        list(rule.check(doc, ctx))
        times.append(time.perf_counter() - t0)
        cpu.append(server_cpu(args.server_pid) - c0)
    words = statistics.median(len(t.split()) for t in built)
    print(f"| one ~2,000-word article (median {words:.0f} words), warm server | "
          f"{len(times)} articles | median {statistics.median(times):.2f} s | max {max(times):.2f} s "
          f"| server CPU median {statistics.median(cpu):.2f} s | load average {os.getloadavg()[0]:.1f} |")

    # (2) the whole corpus through one connection, one request an article
    by_rule: collections.Counter[str] = collections.Counter()
    n = 0
    requests_before = conn.requests
    c0, t0 = server_cpu(args.server_pid), time.perf_counter()
    for a in articles(args.corpus, args.limit):
        n += 1
        for f in rule.check(doc_of(a["text"]), ctx):
            by_rule[f.evidence["rule"]] += 1
    wall, cpu_total = time.perf_counter() - t0, server_cpu(args.server_pid) - c0
    total = sum(by_rule.values())
    print(f"| corpus through one server | {n} articles, {conn.requests - requests_before} requests "
          f"| {wall:.0f} s | {n / wall:.1f} articles/s | server CPU {cpu_total:.0f} s "
          f"| load average {os.getloadavg()[0]:.1f} |")
    print(f"| GRM001 findings | {total} ({total / n:.1f} an article) |")
    print("top rules:", ", ".join(f"{k} {v}" for k, v in by_rule.most_common(15)))

    # (3) why spelling matches are not reported (first 200 articles)
    from lint_rules.rules.grammar import shipped_vocabulary, why_not_a_misspelling, writes_one_variety

    vocabulary = shipped_vocabulary()
    raw_spelling = kept = 0
    excused: collections.Counter[str] = collections.Counter()
    for a in articles(args.corpus, 200):
        doc = doc_of(a["text"])
        matches = lt.check_document(conn, doc, settings)
        one_variety = writes_one_variety(doc, matches)
        for m in matches:
            if not m.is_spelling:
                continue
            raw_spelling += 1
            why = "one spelling variety" if m.is_locale_variant and one_variety else \
                why_not_a_misspelling(doc, m, vocabulary)
            if why:
                excused[why] += 1
            else:
                kept += 1
    print(f"| spelling matches in 200 articles | LanguageTool {raw_spelling} | reported {kept} "
          f"({kept / 200:.2f} an article) |")
    print("not reported, by reason:", ", ".join(f"{k} {v}" for k, v in excused.most_common()))


def cmd_spelling(args: argparse.Namespace) -> None:
    import yaml

    url = args.url or os.environ.get(lt.ENV_URL)
    if not url:
        sys.exit(f"set {lt.ENV_URL} or pass --url (tools/languagetool/start.sh starts a server)")
    rows = yaml.safe_load((ROOT / "tests/data/labelled/grm001_spelling.yaml").read_text())
    services: dict[str, Any] = {}
    expected = caught = false_alarms = 0
    for row in rows:
        found = [f.excerpt for f in lint_text(row["text"], kind="text", select=["GRM001"],
                                               extra_config={"grammar": {"server": url}},
                                               services=services)
                 if f.evidence["issue_type"] == "misspelling"]
        if services.get(lt.SERVICE) is None:
            sys.exit("; ".join(services.get("notes", [])))
        for word in row["errors"]:
            expected += 1
            if word in found:
                found.remove(word)
                caught += 1
            else:
                print("missed:", word, "in", row["text"])
        for word in found:
            false_alarms += 1
            print("false alarm:", word, "in", row["text"])
    print(f"| GRM001 labelled passages | {len(rows)} ({expected} misspellings) | recall "
          f"{caught / expected:.2f} | spelling false alarms {false_alarms} |")


def cmd_readability(args: argparse.Namespace) -> None:
    from lint_rules.rules.readability import HardSection, JargonWithoutLayWord, LongSentence

    cfg = make_config(select=["readability"])
    docs = [doc_of(a["text"], f"{i}.txt") for i, a in enumerate(articles(args.corpus, args.limit))]
    found: collections.Counter[str] = collections.Counter()
    for doc in docs:
        _ = doc.sentences  # the shared segmentation is not readability's cost
    list(HardSection().check(docs[0], RuleContext(cfg, {}, {}, {})))  # load dictionaries
    t0, c0 = time.perf_counter(), time.process_time()
    for doc in docs:
        metrics: dict[str, Any] = {}
        for rule in (HardSection, LongSentence, JargonWithoutLayWord):
            ctx = RuleContext(cfg, cfg.options_for(rule), {}, metrics)
            found[rule.code] += len(list(rule().check(doc, ctx)))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"| readability rules over the corpus, one process (parsing, sentences excluded) | "
          f"{len(docs)} articles | CPU {cpu:.1f} s ({cpu / len(docs) * 1000:.1f} ms an article) "
          f"| wall {wall:.1f} s at load average {os.getloadavg()[0]:.1f} |")
    print("findings:", dict(found))


def cmd_queries(args: argparse.Namespace) -> None:
    hits = 0
    n = 0
    for a in articles(args.corpus, args.limit):
        n += 1
        for f in lint_text(a["text"], kind="text", select=["GRM002"]):
            hits += 1
            if args.show:
                print(f"{a['id']}: {f.excerpt}")
    print(f"| GRM002 over the corpus | {n} articles | {hits} findings |")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("labelled").set_defaults(func=cmd_labelled)
    spelling = sub.add_parser("spelling")
    spelling.add_argument("--url")
    spelling.set_defaults(func=cmd_spelling)
    for name, func in (("languagetool", cmd_languagetool), ("readability", cmd_readability),
                       ("queries", cmd_queries)):
        s = sub.add_parser(name)
        s.add_argument("corpus")
        s.add_argument("--limit", type=int)
        s.set_defaults(func=func)
        if name == "languagetool":
            s.add_argument("--url")
            s.add_argument("--samples", type=int, default=20)
            pidfile = ROOT / "tools/languagetool/lib/server.pid"
            s.add_argument("--server-pid", type=int,
                           default=int(pidfile.read_text()) if pidfile.exists() else None,
                           help="process id of a local LanguageTool (default: start.sh's)")
        if name == "queries":
            s.add_argument("--show", action="store_true")
    args = p.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
