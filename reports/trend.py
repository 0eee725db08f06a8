"""The scan index's trend chart as plain data: one small panel per severity (errors,
warnings), each with its own y scale, so a handful of errors is not flattened to the axis
by hundreds of warnings (the old single sparkline drew errors as an invisible line along
the bottom). Each panel has axes with tick labels, the runs' dates along x, markers on
every run and the latest value written at the end; the template draws it as inline SVG
(no script, nothing fetched) with a title, a description and the table as text
alternatives."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

#: (key, label, colour, dash pattern, marker) per panel; colours meet WCAG AA on white.
SERIES = (
    ("error", "Errors", "#a4161a", "", "circle"),
    ("warning", "Warnings", "#7a4b00", "6 3", "square"),
)
WIDTH, PANEL_HEIGHT = 640, 150
LEFT, RIGHT, TOP, BOTTOM = 56, 56, 26, 34
LEGEND, FOOT = 28, 22  #: room for the legend above the panels and the x-axis title below


def nice_ticks(top: int, count: int = 4) -> list[int]:
    """0 and a few round numbers up to at least ``top`` (1, 2, 5 × 10^k steps)."""
    if top <= 0:
        return [0, 1]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    ticks = list(range(0, top + step, step))
    if ticks[-1] < top:
        ticks.append(ticks[-1] + step)
    return ticks


def _date_labels(trend: Sequence[dict[str, Any]], limit: int = 6) -> list[tuple[int, str]]:
    """Indexes of the runs to label on the x axis (first, last, evenly between) with their
    date as ``MM-DD``; runs of one day are labelled with their time, and a day already
    labelled is not labelled again (labels must not run into each other)."""
    n = len(trend)
    picks = list(range(n)) if n <= limit else sorted({round(i * (n - 1) / (limit - 1)) for i in range(limit)})
    dates = {i: str(trend[i].get("date", "")) for i in picks}
    days = {d[:10] for d in dates.values()}
    out: list[tuple[int, str]] = []
    seen: set[str] = set()
    for i in picks:
        d = dates[i]
        if not d:
            text = f"run {trend[i].get('run', i + 1)}"
        elif len(days) == 1:
            text = d[11:16] or d[5:10]
        else:
            text = d[5:10]
        if text in seen:
            continue
        seen.add(text)
        out.append((i, text))
    return out


def trend_chart(trend: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """Panels for the template, or None with fewer than two runs (the table says it all)."""
    if len(trend) < 2:
        return None
    n = len(trend)
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = PANEL_HEIGHT - TOP - BOTTOM
    xs = [LEFT + plot_w * i / (n - 1) for i in range(n)]
    labels = _date_labels(trend)
    panels = []
    for k, (key, label, colour, dash, marker) in enumerate(SERIES):
        values = [int(t.get(key, 0) or 0) for t in trend]
        ticks = nice_ticks(max(values))
        top = ticks[-1]
        y0 = LEGEND + k * PANEL_HEIGHT

        def y(v: float, y0: int = y0, top: int = top) -> float:
            return round(y0 + TOP + plot_h - plot_h * v / top, 1)

        points = [(round(x, 1), y(v), v) for x, v in zip(xs, values, strict=True)]
        panels.append({
            "key": key, "label": label, "colour": colour, "dash": dash, "marker": marker,
            "y0": y0, "top_y": y0 + TOP, "bottom_y": y0 + TOP + plot_h,
            "ticks": [(t, y(t)) for t in ticks],
            "points": points,
            "path": " ".join(f"{x},{py}" for x, py, _ in points),
            "last": values[-1], "first": values[0], "max": max(values), "min": min(values),
        })
    return {
        "width": WIDTH, "height": LEGEND + PANEL_HEIGHT * len(SERIES) + FOOT,
        "left": LEFT, "right": WIDTH - RIGHT, "legend_y": 16,
        "panels": panels,
        "xlabels": [(round(xs[i], 1), text) for i, text in labels],
        "xtitle": _x_title(trend),
        "runs": n, "first_date": str(trend[0].get("date", "")), "last_date": str(trend[-1].get("date", "")),
        "description": describe(trend),
    }


def _x_title(trend: Sequence[dict[str, Any]]) -> str:
    days = {str(t.get("date", ""))[:10] for t in trend}
    if len(days) == 1 and "" not in days:
        return f"Run time on {days.pop()} (UTC)"
    return "Run date (UTC)"


def describe(trend: Sequence[dict[str, Any]]) -> str:
    """One sentence a screen reader can say instead of the picture."""
    parts = []
    for key, label, *_ in SERIES:
        values = [int(t.get(key, 0) or 0) for t in trend]
        parts.append(f"{label.lower()} went from {values[0]} to {values[-1]} "
                     f"(lowest {min(values)}, highest {max(values)})")
    return (f"Over the last {len(trend)} runs, from {trend[0].get('date', '')} to "
            f"{trend[-1].get('date', '')}, " + "; ".join(parts) + ".")
