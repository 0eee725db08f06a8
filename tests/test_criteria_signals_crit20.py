"""Branch crit20: the two screens ``benchmarks/criteria_signals.py`` gained, on coined data.

``--terciles`` prints each criterion's flag rate among 1-2 and 4-5 star stories per length
tercile and the within-tercile AUC with the criterion left out; ``_with_rates`` offers a rule a
threshold per length in its choice grid and gives the class back as it was. The stories and
their ids are invented (no corpus text)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import criteria_signals


def _stories(tmp_path: Path) -> argparse.Namespace:
    # six stories, two per tercile; in each tercile the 1-2 star story has "costs" flagged
    # and the 4-5 star one has "novelty" flagged
    dump, labels = {}, []
    for k in range(6):
        sid = f"coined_{k}"
        bad = k % 2 == 0
        dump[sid] = {"words": 100 * (k + 1), "flagged": ["costs", "harms"] if bad else ["novelty"]}
        labels.append({"id": sid, "criteria": {}, "rating": 1 if bad else 5})
    (tmp_path / "dump.json").write_text(json.dumps(dump), encoding="utf-8")
    with open(tmp_path / "labels.jsonl", "w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row) + "\n")
    return argparse.Namespace(stories=tmp_path / "dump.json", labels=tmp_path / "labels.jsonl")


def test_tercile_table_gives_rates_and_the_auc_without_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert criteria_signals.tercile_table(_stories(tmp_path)) == 0
    out = capsys.readouterr().out
    assert "AUC within length terciles 1.000" in out
    costs = next(line for line in out.splitlines() if line.startswith("costs"))
    assert costs.count("1.00 / 0.00") == 3
    # without costs the bad stories still have harms: 1 against novelty's 1, a tie in each
    assert costs.rstrip().endswith("0.500")
    harms = next(line for line in out.splitlines() if line.startswith("harms"))
    assert harms.rstrip().endswith("0.500")


def test_tercile_table_needs_the_dump() -> None:
    with pytest.raises(SystemExit):
        criteria_signals.tercile_table(argparse.Namespace(stories=None, labels=None))


def test_with_rates_offers_a_rate_and_restores_the_rule() -> None:
    from lint_rules.registry import load_registry

    cls = next(r for r in load_registry().rules.values() if r.code == "CMP003")
    before = cls.length_rates
    grid = criteria_signals._with_rates(cls, (0, 2))
    assert {c.get("min-per-1000-words") for c in grid} == {0, 2}
    assert len(grid) == 2 * len(cls.choices())
    assert cls.length_rates == before
