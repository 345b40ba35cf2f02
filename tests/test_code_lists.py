"""One source for the fact codes: dbt's vars, which Pandera, the seeds and the lexicons must agree with."""
from __future__ import annotations

import csv
from collections.abc import Iterator

import pandas as pd
import pandera.pandas as pa
import pytest
import yaml

from extraction.lexicon import LEXICON_DIR
from ingestion import schemas
from tests.conftest import REPO

DBT_PROJECT = REPO / "dbt_project"
DBT_VARS = yaml.safe_load((DBT_PROJECT / "dbt_project.yml").read_text(encoding="utf-8"))["vars"]

# Each Pandera fact schema, the column holding a code, and the dbt var listing its codes.
CODED_COLUMNS = [
    (schemas.MeetingFactSchema, "meeting_format", "meeting_formats"),
    (schemas.AmountFactSchema, "amount_kind", "amount_kinds"),
    (schemas.ProjectFactSchema, "status", "project_statuses"),
    (schemas.SectorFactSchema, "sector_code", "sector_codes"),
]

# Where each lexicon names a code: the key holding it, and the dbt var it must come from.
LEXICON_CODE_KEYS = {"meetings.yaml": ("code", "meeting_formats"), "money.yaml": ("kind", "amount_kinds"),
                     "projects.yaml": ("status", "project_statuses"), "sectors.yaml": ("sectors", "sector_codes")}


def rejected(schema: type[pa.DataFrameModel], column: str, codes: list[str]) -> set[str]:
    """Validate codes against a schema's checks on one column; return the codes it refuses."""
    try:
        schema.to_schema().columns[column].validate(pd.DataFrame({column: codes}), lazy=True)
    except pa.errors.SchemaErrors as exc:
        return set(exc.failure_cases["failure_case"])
    return set()


def lexicon_codes(node, wanted: str, key: str | None = None) -> Iterator[str]:
    """Yield every string a lexicon gives under the key `wanted` (in a list under it too)."""
    if isinstance(node, dict):
        for k, value in node.items():
            yield from lexicon_codes(value, wanted, k)
    elif isinstance(node, list):
        for value in node:
            yield from lexicon_codes(value, wanted, key)
    elif key == wanted and isinstance(node, str):
        yield node


@pytest.mark.parametrize(("schema", "column", "var"), CODED_COLUMNS, ids=[c[1] for c in CODED_COLUMNS])
def test_pandera_accepts_exactly_the_codes_the_dbt_tests_accept(schema, column, var):
    codes = DBT_VARS[var]
    assert codes, f"dbt_project.yml has no codes under vars.{var}"
    assert rejected(schema, column, codes) == set()
    assert rejected(schema, column, [codes[0].upper(), "not_a_code", ""]) == {codes[0].upper(), "not_a_code", ""}


def test_the_sector_seed_lists_the_sector_codes_once_each():
    with (DBT_PROJECT / "seeds" / "sectors.csv").open(encoding="utf-8") as handle:
        seeded = [row["sector_code"] for row in csv.DictReader(handle)]
    assert sorted(seeded) == sorted(DBT_VARS["sector_codes"]) and len(seeded) == len(set(seeded))


@pytest.mark.parametrize("lexicon", sorted(LEXICON_CODE_KEYS))
def test_every_code_a_lexicon_produces_is_one_the_warehouse_accepts(lexicon):
    key, var = LEXICON_CODE_KEYS[lexicon]
    document = yaml.safe_load((LEXICON_DIR / lexicon).read_text(encoding="utf-8"))
    codes = list(lexicon_codes(document, key))
    if lexicon == "sectors.yaml":
        codes += list(document["sectors"])  # its terms are keyed by sector code
    assert codes, f"{lexicon} names no {key}"
    assert sorted(set(codes) - set(DBT_VARS[var])) == []
