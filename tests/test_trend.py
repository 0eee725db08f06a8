"""The scan index's trend chart data: each severity on its own scale, so three errors are
drawn as high as three hundred warnings would be (the old sparkline shared one scale and
errors lay flat on the axis), round tick values, and x labels that never repeat."""

from __future__ import annotations

from reports.trend import describe, nice_ticks, trend_chart


def nights(errors: list[int], warnings: list[int], same_day: bool = False) -> list[dict[str, object]]:
    return [{"run": i + 1, "date": (f"2026-11-01 0{i}:00" if same_day else f"2026-11-{i + 1:02d} 02:00"),
             "error": e, "warning": w, "info": 0} for i, (e, w) in enumerate(zip(errors, warnings, strict=True))]


def test_errors_have_their_own_scale() -> None:
    chart = trend_chart(nights([0, 3, 1], [300, 310, 290]))
    errors, warnings = chart["panels"]
    assert errors["label"] == "Errors" and warnings["label"] == "Warnings"
    # the 3 errors reach the top of their panel, as the 310 warnings reach theirs
    assert errors["points"][1][1] - errors["top_y"] < 0.25 * (errors["bottom_y"] - errors["top_y"])
    assert errors["points"][0][1] == errors["bottom_y"]
    assert [t for t, _ in errors["ticks"]] == [0, 1, 2, 3]
    assert errors["last"] == 1 and warnings["last"] == 290


def test_nice_ticks_are_round_and_cover_the_top() -> None:
    assert nice_ticks(0) == [0, 1]
    assert nice_ticks(7) == [0, 2, 4, 6, 8]
    assert nice_ticks(310)[-1] >= 310 and all(t % 100 == 0 for t in nice_ticks(310))


def test_x_labels_do_not_repeat() -> None:
    chart = trend_chart(nights([1] * 30, [2] * 30))
    labels = [text for _, text in chart["xlabels"]]
    assert len(labels) <= 6 and len(set(labels)) == len(labels) and labels[0] == "11-01"
    same = trend_chart(nights([0, 1, 2], [0, 0, 0], same_day=True))
    assert [t for _, t in same["xlabels"]] == ["00:00", "01:00", "02:00"]
    assert same["xtitle"] == "Run time on 2026-11-01 (UTC)"


def test_one_run_has_no_chart_and_the_description_speaks() -> None:
    assert trend_chart(nights([1], [2])) is None
    assert describe(nights([4, 2], [10, 12])) == (
        "Over the last 2 runs, from 2026-11-01 02:00 to 2026-11-02 02:00, errors went from 4 to 2 "
        "(lowest 2, highest 4); warnings went from 10 to 12 (lowest 10, highest 12).")
