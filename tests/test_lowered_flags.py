"""The assertion layer asks a cue of lower-cased text only where that is the IGNORECASE test
(the speed11 review)."""

from __future__ import annotations

import re

from lint_rules.analysis import assertions
from lint_rules.store.compiled_re import compile_re


def test_a_pattern_under_re_ascii_is_not_lowered() -> None:
    # under re.ASCII, IGNORECASE folds ASCII letters only: "café" does not match "CAFÉ"
    rx = compile_re("café", re.IGNORECASE | re.ASCII)
    assert assertions._without_ignorecase(rx) is None


def test_a_plain_ignorecase_cue_is_lowered() -> None:
    rx = compile_re(r"\bexperts say\b", re.IGNORECASE)
    fast = assertions._without_ignorecase(rx)
    assert fast is not None and fast.search("experts say so") and not fast.flags & re.IGNORECASE
