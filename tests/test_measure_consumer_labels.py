"""The consumer-label scorer counts a criterion as flagged when a finding names it, and scores
it against the editor's "not_satisfactory" only (not_applicable rows left out)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import measure_consumer_labels as mcl


def test_score_counts_cells_and_leaves_out_not_applicable() -> None:
    labels = [
        {"file": "a.md", "costs": "not_satisfactory", "harms": "satisfactory"},
        {"file": "b.md", "costs": "satisfactory", "harms": "not_applicable"},
        {"file": "c.md", "costs": "not_satisfactory", "harms": "not_satisfactory"},
    ]
    flagged = {"a.md": {"costs"}, "b.md": {"costs", "harms"}, "c.md": set()}
    rows = {r[0]: r[1:] for r in mcl.score(labels, flagged)}
    assert rows["costs"] == (1, 1, 1, 0, 0.25)  # TP a, FP b, FN c
    tp, fp, fn, tn, ba = rows["harms"]
    assert (tp, fp, fn, tn) == (0, 0, 1, 1)  # b is not applicable: not counted
    assert ba == 0.5


def test_lints_a_folder_and_reports_a_missing_labelled_file(tmp_path: Path, capsys) -> None:
    (tmp_path / "guide.md").write_text(
        "# BrightLeaf capsules for sleep\n\nBrightLeaf capsules help you sleep. Buy them today.\n",
        encoding="utf-8")
    (tmp_path / "labels.jsonl").write_text(
        json.dumps({"file": "guide.md", "costs": "not_satisfactory"}) + "\n"
        + json.dumps({"file": "gone.md", "costs": "satisfactory"}) + "\n", encoding="utf-8")
    assert mcl.main([str(tmp_path)]) == 2
    assert "gone.md" in capsys.readouterr().err
    (tmp_path / "labels.jsonl").write_text(
        json.dumps({"file": "guide.md", "costs": "not_satisfactory"}) + "\n", encoding="utf-8")
    assert mcl.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("criterion")
    assert any(line.startswith("costs") for line in out.splitlines())
