"""``healthlint assertions``: mentions with attributes, --target, JSON, bad input."""

from __future__ import annotations

import json

from pipeline import main


def run(capsys, *argv):
    code = main(["assertions", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_text_output_lists_mentions_with_attributes(capsys):
    code, out, _ = run(capsys, "--text", "Kratom users report no hair loss. It may cause alopecia.")
    assert code == 0
    lines = out.splitlines()
    assert "“hair loss”" in lines[0] and "HP:0001596" in lines[0] and "negated" in lines[0]
    assert "“alopecia”" in lines[1] and "hedged" in lines[1] and "relation=causes" in lines[1]
    assert lines[-1].startswith("2 mention(s); HPO 20")


def test_json_output_for_a_file(capsys, tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: T\n---\n# Dry mouth\n\nThe spray does not cause dry mouth.\n",
                    encoding="utf-8")
    code, out, _ = run(capsys, str(path), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["path"] == str(path) and data["hpo_version"].startswith("20")
    body = [m for m in data["mentions"] if m["line"] == 6]
    assert body[0]["concept_id"] == "HP:0000217" and body[0]["negated"] is True
    assert body[0]["column"] == 26 and body[0]["matched"] == "dry mouth"


def test_target_reports_a_phrase_outside_the_lexicon(capsys):
    code, out, _ = run(capsys, "--text", "The patient denies blue toenails but reports itching.",
                       "--target", "blue toenails", "--format", "json")
    assert code == 0
    match = json.loads(out)["matches"][0]
    assert match["phrase"] == "blue toenails" and match["negated"] is True
    assert match["cues"]["negated"] == "denies" and match["column"] == 20


def test_target_text_output_and_absent_phrase(capsys):
    code, out, _ = run(capsys, "--text", "No fever today.", "--target", "fever")
    assert code == 0 and "“fever”" in out and "negated" in out
    code, out, _ = run(capsys, "--text", "No fever today.", "--target", "cough")
    assert code == 0 and "does not occur" in out


def test_bad_input_is_one_line_exit_2(capsys, tmp_path):
    code, _, err = run(capsys, str(tmp_path / "missing.md"))
    assert code == 2 and "no such file" in err and "Traceback" not in err
    code, _, err = run(capsys)
    assert code == 2 and "give FILE or --text" in err
    code, _, err = run(capsys, "x.md", "--text", "y")
    assert code == 2 and "not both" in err
