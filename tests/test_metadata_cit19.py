"""cit19: a byline after the date line, a newspaper credited by AP style, and credit lines
naming no one (``lint_rules.structure``: ``DATE_THEN_RE``, ``BARE_DATE_LINE_RE``,
``NAME_PAPER_RE``, ``byline_cues.toml`` ``[institutional]``; read by META001 and META002 through
``Document.authors`` and the date lines). Each mechanism has cases that change the finding and
hard negatives with the same words. The passages are coined for this branch."""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text
from lint_rules.parsing import parse_document

BODY = ("A tablet called Veltrin may ease knee pain, a study in the Journal of Knees found in 2025.\n\n"
        "It is sold online.\n")


def _meta(head: str) -> list[tuple[str, str]]:
    return [(f.code, str(f.severity)) for f in lint_text(head + BODY, kind="text", select=["META001", "META002"])]


def _authors(head: str) -> list[str]:
    return parse_document("x.txt", head + BODY, "text").authors


READ = {
    # the byline on the line under a bare date line: both are read
    "date-then-outlet-byline": ("Veltrin eases knee pain\n\nMarch 3, 2025\nJane Doe, USA TODAY\n\n", "Jane Doe"),
    "date-bar-byline": ("Veltrin eases knee pain\n\nMarch 3, 2025 | By Jane Doe\n\n", "Jane Doe"),
    "date-time-dash-byline": ("Veltrin eases knee pain\n\nTuesday, 3 March 2025, 2:15 p.m. ET - By Jane Doe\n\n", "Jane Doe"),
    "paper-in-brackets": ("Jane Doe, The (Harlow) Courier\n\nHARLOW -- Sick with knee pain, she stayed in bed.\n\n",
                          "Jane Doe"),
    "staff-role-then-name": ("By Staff Writer, Mara Quinn Is A Health Reporter Based In Leeds. She Covers Drugs, "
                             "Sleep And Hospitals And Writes About Clinical Trials For The Weekend Paper\n\n", "Mara Quinn"),
}


@pytest.mark.parametrize("name", sorted(READ))
def test_the_byline_is_read(name: str) -> None:
    head, author = READ[name]
    assert _authors(head) == [author]
    assert ("META001", "warning") not in _meta(head)


def test_a_bare_date_line_then_a_byline_dates_the_article_too() -> None:
    assert _meta("Veltrin eases knee pain\n\nMarch 3, 2025\nJane Doe, USA TODAY\n\n") == []


def test_from_wire_reports_is_noted_like_an_agency_credit() -> None:
    head = "Veltrin eases knee pain\n\nFrom wire reports\n\nMarch 3, 2025\n\n"
    assert _meta(head) == [("META001", "info")]


@pytest.mark.parametrize("byline", ["By Staff Writer", "By the Editors", "Written by the DeepRest Wellness Team",
                                    "By HealthDay Staff"])
def test_a_staff_byline_is_noted_at_info_and_dates_nothing(byline: str) -> None:
    # one policy with [institutional] in byline_cues.toml: the outlet's author of record, no one a
    # reader can weigh (META001 info); META002 still warns: a byline is no date
    assert sorted(_meta(f"Veltrin eases knee pain\n\n{byline}\n\n")) == [("META001", "info"), ("META002", "warning")]


@pytest.mark.parametrize("byline", ["By Jane Doe, Staff Writer", "By Staff Writer, Mara Quinn", "By Sam Writer"])
def test_a_staff_role_with_a_name_is_the_persons_byline(byline: str) -> None:
    assert _meta(f"Veltrin eases knee pain\n\n{byline}\n\n") == [("META002", "warning")]


# Hard negatives: the same shapes name no one, and META001 still warns.
UNREAD = [
    "Veltrin news\n\nMarch 3, 2025 - Knee Pain Update\n\n",      # a title after the date
    "Veltrin news\n\nMarch 3, 2025 - Washington Post\n\n",        # an outlet alone
    "Veltrin news\n\nMarch 3, 2025 · Arthritis Today\n\n",
    "Veltrin news\n\nMarch 3, 2025 - Central Clinic\n\n",
    "Veltrin news\n\nMarch 3, 2025 - Jane Doe Foundation\n\n",
    "Veltrin news\n\nThe (Daily) Paper\n\n",                      # brackets without a person
    "Veltrin news\n\nWire reports say the pill works.\n\n",        # a sentence, not a credit line
    "Veltrin news\n\nStaff and wire reports of side effects were rare.\n\n",
    "Veltrin news\n\nMarch 3, 2025\nKnee pain is common in older adults.\n\n",
    "Veltrin news\n\nMarch 3, 2025 -- Veltrin eases pain, a study says.\n\n",   # a wire dateline's lead
    "Veltrin news\n\nMarch 3, 2025 - Jane Doe was told she had arthritis.\n\n",
    "Veltrin news\n\nOur staff tested the knee brace for a week.\n\n",
    "Veltrin news\n\nThe editors chose Veltrin as product of the month.\n\n",
    "Veltrin news\n\nThe desk nurse took my blood pressure.\n\n",
    "Veltrin news\n\nFrom wire reports and our own tests, Veltrin seems safe.\n\n",
]


@pytest.mark.parametrize("head", UNREAD)
def test_the_same_shapes_name_no_one(head: str) -> None:
    assert ("META001", "warning") in _meta(head)
