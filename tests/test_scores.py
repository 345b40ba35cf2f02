"""Extraction quality through the whole pipeline, scored by the shared scorer against gold files.

The dev set (real articles, in ../shared) and the bundled samples (invented pages with a
hand annotation in samples/gold.jsonl) are scored the same way; the floors sit just under
what the extractor reaches, so a rule change that costs quality fails here.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLES, SHARED_DEV, coopwatch

pytestmark = pytest.mark.slow
SCORER = SHARED_DEV.parent / "score.py"

# Floors just under what the extractor measures on all 69 real dev articles (issue 12: meetings .960,
# amounts .989, projects .910, sectors .978; format .967, city .95, ordinal .967, participants .95,
# kind 1.00 since stop 26, status .951), so a change that loses ground on real news turns CI red.
DEV_FLOORS = {"meetings": 0.95, "amounts": 0.98, "projects": 0.92, "sectors": 0.97}
DEV_ACCURACY_FLOORS = {("meetings", "format_accuracy"): 0.95, ("meetings", "city_accuracy"): 0.93,
                       ("meetings", "ordinal_accuracy"): 0.95, ("meetings", "participants_accuracy"): 0.94,
                       ("amounts", "kind_accuracy"): 0.98, ("projects", "status_accuracy"): 0.94}
ACCURACY_FLOORS = {("meetings", "format_accuracy"): 0.99, ("meetings", "city_accuracy"): 0.99,
                   ("meetings", "ordinal_accuracy"): 0.99, ("meetings", "participants_accuracy"): 0.99,
                   ("amounts", "kind_accuracy"): 0.99, ("projects", "status_accuracy"): 0.99}
SAMPLE_FLOORS = {"meetings": 0.99, "amounts": 0.99, "projects": 0.99, "sectors": 0.99}
# The held-out set (eval/holdout) is not tuned on (README says what of it was looked at); its floors guard generalisation.
HOLDOUT = REPO / "eval" / "holdout"
HOLDOUT_FLOORS = {"meetings": 0.75, "amounts": 0.97, "projects": 0.80, "sectors": 0.95}


def scorer():
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py is not present beside the clone")
    spec = importlib.util.spec_from_file_location("coopwatch_shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_and_score(pages: Path, gold: Path, warehouse: Path) -> dict:
    coopwatch("run", "--pages", str(pages), "--warehouse", str(warehouse))
    result = scorer().score(str(warehouse), str(gold), verbose=True)
    assert not result["errors"] and not result["articles_missing"], result
    return result


def test_the_dev_set_scores_stay_at_or_above_their_floors(shared_dev, tmp_path):
    result = build_and_score(shared_dev / "pages", shared_dev / "gold.jsonl", tmp_path / "dev.duckdb")
    for category, floor in DEV_FLOORS.items():
        assert result[category]["f1"] >= floor, (category, result[category], result["log"])
    for (category, attribute), floor in DEV_ACCURACY_FLOORS.items():
        assert result[category][attribute] >= floor, (category, attribute, result[category])


def test_the_bundled_samples_score_at_or_above_their_floors(tmp_path):
    result = build_and_score(SAMPLES / "pages", SAMPLES / "gold.jsonl", tmp_path / "samples.duckdb")
    for category, floor in SAMPLE_FLOORS.items():
        assert result[category]["f1"] >= floor, (category, result[category], result["log"])
    for (category, attribute), floor in ACCURACY_FLOORS.items():
        assert result[category][attribute] >= floor, (category, attribute, result[category])


# Invented development sets (rules may be tuned on them): eval/train and a second round, eval/train2.
TRAIN_FLOORS = {"train": {"meetings": 0.95, "amounts": 0.99, "projects": 0.95, "sectors": 0.95},
                "train2": {"meetings": 0.95, "amounts": 0.99, "projects": 0.95, "sectors": 0.95}}


@pytest.mark.parametrize("name", sorted(TRAIN_FLOORS))
def test_the_development_sets_score_at_or_above_their_floors(name, tmp_path):
    folder = REPO / "eval" / name
    result = build_and_score(folder / "pages", folder / "gold.jsonl", tmp_path / f"{name}.duckdb")
    for category, floor in TRAIN_FLOORS[name].items():
        assert result[category]["f1"] >= floor, (category, result[category], result["log"])


def test_the_held_out_set_scores_at_or_above_its_floors(tmp_path):
    result = build_and_score(HOLDOUT / "pages", HOLDOUT / "gold.jsonl", tmp_path / "holdout.duckdb")
    for category, floor in HOLDOUT_FLOORS.items():
        assert result[category]["f1"] >= floor, (category, result[category]["f1"])


def test_the_samples_gold_names_every_article_page():
    import json

    golds = [json.loads(line) for line in (SAMPLES / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    pages = [p for p in (SAMPLES / "pages").iterdir() if not p.name.startswith("index")]
    assert len(golds) == len(pages) and REPO.exists()
