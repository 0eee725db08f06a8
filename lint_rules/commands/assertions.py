"""``healthlint assertions FILE`` / ``--text TEXT``: every concept mention with its concept
id, label, matched text, span and ConText attributes, as text or JSON; ``--target PHRASE``
reports the attributes of one phrase (in the lexicon or not), as NegEx's own API does.

It is how rule authors and reviewers see why a contradiction finding fired.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

_FLAGS = ("negated", "hedged", "hypothetical", "historical", "question", "study_design")


def register(subparsers: Any) -> None:
    if "assertions" in subparsers.choices:  # main() may run more than once in one process
        return
    p = subparsers.add_parser(
        "assertions", help="show concept mentions and their assertion attributes")
    p.add_argument("file", nargs="?", metavar="FILE", help="a .md, .html or .txt file")
    p.add_argument("--text", help="analyse this text instead of a file")
    p.add_argument("--format", "-f", choices=["text", "json"], default="text")
    p.add_argument("--target", metavar="PHRASE",
                   help="report the attributes of PHRASE wherever it occurs in the text")
    p.set_defaults(func=cmd_assertions)


def _load(args: argparse.Namespace) -> tuple[str, str, str]:
    """(path, source, kind) from ``--text`` or FILE."""
    from lint_rules.commands import UsageError

    if args.text is not None and args.file:
        raise UsageError("assertions: give FILE or --text, not both")
    if args.text is not None:
        return "<text>", args.text, "text"
    if not args.file:
        raise UsageError("assertions: give FILE or --text TEXT")
    from lint_rules.loading import InputError, file_kind, read_source

    kind = file_kind(args.file) or "text"
    try:
        return args.file, read_source(args.file, kind), kind
    except InputError as exc:
        raise UsageError(f"{args.file}: {exc}") from None


def cmd_assertions(args: argparse.Namespace) -> int:
    from lint_rules.analysis.concepts import hpo_version
    from lint_rules.analysis.mentions import mentions
    from lint_rules.parsing import parse_document

    path, source, kind = _load(args)
    doc = parse_document(path, source, kind)
    if args.target is not None:
        from lint_rules.analysis.context import target_attributes

        results = [_target_row(doc, r) for b in _prose_blocks(doc)
                   for r in _shift(target_attributes(doc.text[b[0]:b[1]], args.target), b[0])]
        if args.format == "json":
            sys.stdout.write(json.dumps({"target": args.target, "matches": results}, indent=2) + "\n")
        else:
            if not results:
                sys.stdout.write(f"“{args.target}” does not occur in the text\n")
            for r in results:
                sys.stdout.write(_text_line(r, r["phrase"], "") + "\n")
        return 0
    found = mentions(doc)
    rows = []
    for m in found:
        row = m.as_dict()
        row.update({"line": doc.locate(m.start, m.end).line, "column": doc.locate(m.start, m.end).column})
        rows.append(row)
    if args.format == "json":
        sys.stdout.write(json.dumps({"path": path, "hpo_version": hpo_version(),
                                     "mentions": rows}, indent=2) + "\n")
        return 0
    for r in rows:
        sys.stdout.write(_text_line(r, str(r["matched"]), f"{r['concept_id']} {r['label']}") + "\n")
    sys.stdout.write(f"{len(rows)} mention(s); HPO {hpo_version()}\n")
    return 0


def _prose_blocks(doc: Any) -> list[tuple[int, int]]:
    return [(b.start, b.end) for b in doc.blocks if b.is_prose]


def _shift(rows: list[dict[str, Any]], by: int) -> list[dict[str, Any]]:
    for r in rows:
        r["start"] += by
        r["end"] += by
    return rows


def _target_row(doc: Any, row: dict[str, Any]) -> dict[str, Any]:
    loc = doc.locate(row["start"], row["end"])
    return {**row, "line": loc.line, "column": loc.column}


def _text_line(r: dict[str, Any], matched: str, concept: str) -> str:
    flags = [f for f in _FLAGS if r.get(f)]
    if r.get("experiencer") == "other":
        flags.append("experiencer=other")
    frame = f"subject={r.get('subject', 'main')} relation={r.get('relation', '')}"
    if r.get("course"):
        frame += f" course={r['course']}"
    where = f"{r['line']}:{r['column']}"
    head = f"{where:>8}  “{matched}”"
    return "  ".join(p for p in (head, concept, ",".join(flags) or "affirmed", frame) if p)
