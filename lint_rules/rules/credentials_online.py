"""Online credential rules: look NPIs up in the NPPES NPI Registry and ORCID iDs in the
ORCID public API (nightly scan, or ``--online``).

Base URLs come from ``[tool.healthlint.credentials]``::

    npi-registry-url = "https://npiregistry.cms.hhs.gov/api/"
    orcid-api-url    = "https://pub.orcid.org"

Every request goes through the shared client (``lint_rules.services.net``): on-disk cache, retries,
polite User-Agent, private-address guard. ``prepare`` looks every distinct identifier up
once per run, concurrently; a failed look-up is reported once as an info finding, never as
a problem with the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from lint_rules.analysis.credentials import Person, credentials
from lint_rules.analysis.identifiers import Identifier, document_identifiers
from lint_rules.config import ConfigError, register_section
from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import Document

#: The registries' default addresses (``services.lookups.npi.NPI_URL`` and ``orcid.ORCID_URL``;
#: a test keeps them equal). The look-up modules are imported when a look-up runs (--online).
_KEYS = {"npi-registry-url": "https://npiregistry.cms.hhs.gov/api/", "orcid-api-url": "https://pub.orcid.org"}


def _validate(table: Mapping[str, Any], where: str) -> Mapping[str, Any]:
    for key, value in table.items():
        if key not in _KEYS:
            raise ConfigError(f"{where}: unknown key {key!r} (use one of: {', '.join(sorted(_KEYS))})")
        if not isinstance(value, str) or not re.match(r"https?://", value):
            raise ConfigError(f"{where}: {key} must be an http(s) URL")
    return dict(table)


register_section("credentials", _validate)


def _setting(ctx: RuleContext, key: str) -> str:
    return str(ctx.config.section("credentials").get(key, _KEYS[key]))


def _valid_identifiers(doc: Document, scheme: str) -> list[Identifier]:
    return [i for i in document_identifiers(doc) if i.kind == scheme and i.valid]


def _owner(doc: Document, ident: Identifier) -> Person | None:
    for person in credentials(doc).people:
        if any(c.kind == "identifier" and c.start == ident.start for c in person.claims):
            return person
    return None


def _surname(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z'’-]+", name) if w.lower() not in ("dr", "prof", "mr", "mrs", "ms")]
    return words[-1].lower() if words else ""


def _possessive(name: str) -> str:
    """"Jane Doe's", "Chris Jones'": the person the identifier is shown next to, whether
    the author or the reviewer (the suggestion used to say "the reviewer's" for both)."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


class _Lookup(Rule):
    """Shared machinery: look each distinct identifier up once per run, report a failed
    look-up (info) or an unknown identifier, and hand a found record to ``_compare``."""

    scheme = ""
    #: message templates, with ``{value}`` for the identifier
    unchecked = ""
    unknown = ""
    unknown_suggestion = ""

    def _compare(self, doc: Document, ident: Identifier, record: Any, person: Person | None) -> Iterator[Finding]:
        raise NotImplementedError

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        for ident in _valid_identifiers(doc, self.scheme):
            record, problem = self._result(ctx, ident.value)
            if problem:
                yield self.finding(doc, ident.start, ident.end,
                                   f"{self.unchecked.format(value=ident.value)}: {problem}",
                                   severity=Severity.INFO, evidence={self.scheme: ident.value, "error": problem})
            elif record is None:
                yield self.finding(doc, ident.start, ident.end, self.unknown.format(value=ident.value),
                                   suggestion=self.unknown_suggestion, evidence={self.scheme: ident.value})
            else:
                yield from self._compare(doc, ident, record, _owner(doc, ident))

    def _fetch(self, client: Any, ctx: RuleContext, value: str) -> tuple[Any, str | None]:
        raise NotImplementedError

    def _memo(self, ctx: RuleContext) -> dict[str, tuple[Any, str | None]]:
        memo: dict[str, tuple[Any, str | None]] = ctx.services.setdefault(f"lookup-{self.scheme}", {})
        return memo

    def prepare(self, documents: Sequence[Document], ctx: RuleContext) -> None:
        from lint_rules.services.net import get_client

        values = sorted({i.value for d in documents for i in _valid_identifiers(d, self.scheme)})
        memo = self._memo(ctx)
        todo = [v for v in values if v not in memo]
        if not todo:
            return
        client = get_client(ctx)
        for value, result in client.map(lambda v: self._fetch(client, ctx, v), todo):
            memo[value] = result

    def _result(self, ctx: RuleContext, value: str) -> tuple[Any, str | None]:
        memo = self._memo(ctx)
        if value not in memo:
            from lint_rules.services.net import get_client

            memo[value] = self._fetch(get_client(ctx), ctx, value)
        return memo[value]


class NpiRegistryMismatch(_Lookup):
    """An NPI the NPPES registry does not know, or registered to someone or something else.

    What it flags:
    A checksum-valid NPI in the article that the NPPES NPI Registry does not list; one
    whose registered name does not match the person it is shown next to; one registered
    to an organisation; or one whose taxonomy (the registered kind of clinician) does not
    fit the credential or specialty claimed (an "MD, dermatologist" whose NPI is a
    registered nurse's).

    Why it matters:
    An NPI shown beside a reviewer's name is an invitation to trust; the registry is the
    public record of who holds a US clinical licence and in what. A mismatch means the
    credential shown is not the credential held.

    Example:
    Medically reviewed by Jane Doe, MD, a dermatologist (NPI 1234567893), where the
    registry lists 1234567893 as John Roe, Registered Nurse.

    Better:
    The reviewer's own NPI, as listed at npiregistry.cms.hhs.gov.
    """

    code = "CRD101"
    name = "credentials.npi-registry-mismatch"
    category = "credentials"
    severity = Severity.WARNING
    needs_network = True
    scheme = "npi"
    unchecked = "Could not check NPI {value} in the NPPES registry"
    unknown = "NPI {value} is not in the NPPES NPI Registry"
    unknown_suggestion = "Check the number at npiregistry.cms.hhs.gov"

    def _fetch(self, client: Any, ctx: RuleContext, value: str) -> tuple[Any, str | None]:
        from lint_rules.services.lookups.npi import lookup_npi

        return lookup_npi(client, _setting(ctx, "npi-registry-url"), value)

    def _compare(self, doc: Document, ident: Identifier, record: Any, person: Person | None) -> Iterator[Finding]:
        evidence = {"npi": ident.value, "registry": record.as_dict()}
        if record.kind == "NPI-2":
            yield self.finding(doc, ident.start, ident.end,
                               f"NPI {ident.value} belongs to an organisation ({record.organization}), "
                               "not to a person", evidence=evidence)
            return
        if person is None:
            return
        if person.name and _surname(person.name) != record.last_name.lower():
            yield self.finding(
                doc, ident.start, ident.end,
                f"NPI {ident.value} is registered to {record.first_name.title()} "
                f"{record.last_name.title()}, not {person.name}",
                suggestion=f"Use {_possessive(person.name)} own NPI (search the registry by name at "
                           "npiregistry.cms.hhs.gov), or remove the number",
                evidence=evidence,
            )
            return
        claimed = person.fields
        if record.fields and claimed and not claimed & record.fields:
            tax = (record.primary_taxonomy or {}).get("desc", "")
            yield self.finding(
                doc, ident.start, ident.end,
                f"NPI {ident.value} is registered as '{tax}', which does not fit the credentials "
                f"claimed ({person.describe()})",
                evidence=evidence,
            )
            return
        for spec in person.of("specialty"):
            stem = spec.value.split()[0].lower()[:6] if spec.value else ""  # "dermat", "cardio"
            if stem and spec.get("implies") and stem not in record.taxonomy_text():
                tax = "; ".join(str(t.get("desc")) for t in record.taxonomies)
                yield self.finding(
                    doc, spec.start if spec.start >= 0 else ident.start, spec.end if spec.start >= 0 else ident.end,
                    f"{person.name} is presented as a specialist in {spec.value}, but NPI "
                    f"{ident.value} lists {tax or 'no taxonomy'}",
                    severity=Severity.INFO, evidence=evidence,
                )


class OrcidRecordMismatch(_Lookup):
    """An ORCID iD that does not exist, is someone else's, or lists no works.

    What it flags:
    A checksum-valid ORCID iD that the ORCID public API does not know; one whose public
    name does not match the person it is shown next to; and, when the bio claims
    publications or research, an ORCID record with no works at all.

    Why it matters:
    An ORCID iD is offered as proof of a research record. If it is someone else's, or
    empty, the proof is not there.

    Example:
    Ann Lee, PhD, has published over 40 papers (ORCID 0000-0002-1825-0097), where that iD
    belongs to Josiah Carberry.

    Better:
    The author's own iD, with works made public.
    """

    code = "CRD102"
    name = "credentials.orcid-record-mismatch"
    category = "credentials"
    severity = Severity.WARNING
    needs_network = True
    scheme = "orcid"
    unchecked = "Could not check ORCID iD {value}"
    unknown = "ORCID iD {value} does not exist"
    unknown_suggestion = "Copy the iD from the author's ORCID record"

    def _fetch(self, client: Any, ctx: RuleContext, value: str) -> tuple[Any, str | None]:
        from lint_rules.services.lookups.orcid import lookup_orcid

        return lookup_orcid(client, _setting(ctx, "orcid-api-url").rstrip("/"), value)

    def _compare(self, doc: Document, ident: Identifier, record: Any, person: Person | None) -> Iterator[Finding]:
        if person is None:
            return
        evidence = {"orcid": ident.value, "record": record.as_dict()}
        surname = _surname(person.name)
        if surname and record.names and not any(surname in n.lower() for n in record.names):
            yield self.finding(doc, ident.start, ident.end,
                               f"ORCID iD {ident.value} belongs to {record.names[0]}, not {person.name}",
                               suggestion=f"Use {_possessive(person.name)} own ORCID iD (search orcid.org), "
                                          "or remove it", evidence=evidence)
        elif person.of("publication") and record.works == 0:
            yield self.finding(doc, ident.start, ident.end,
                               f"{person.name} claims publications, but ORCID iD {ident.value} "
                               "lists no public works", evidence=evidence)

