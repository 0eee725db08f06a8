"""The assertion layer asks a cue of lower-cased text only where that is the IGNORECASE test (speed11 review)."""
import re
from lint_rules.analysis import assertions
from lint_rules.store.compiled_re import compile_re
def test_ascii_flag_is_not_lowered():
    rx = compile_re("café", re.IGNORECASE | re.ASCII)
    assert assertions._without_ignorecase(rx) is None
