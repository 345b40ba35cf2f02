"""The dev set's split into a tuned part and a measure-only part."""
import json

from bench.dev_score import is_measure_only, split_gold, summary_line

DOCS = [f"d{i:03d}" for i in range(300)]


def test_about_a_third_of_doc_ids_are_measure_only_and_the_choice_is_stable():
    chosen = [d for d in DOCS if is_measure_only(d)]
    assert 70 <= len(chosen) <= 130
    assert chosen == [d for d in DOCS if is_measure_only(d)]


def test_the_two_parts_partition_the_gold_lines():
    lines = [json.dumps({"doc": d}) for d in DOCS] + [""]
    tune, measure, everything = (split_gold(lines, part) for part in ("tune", "measure", "all"))
    assert len(tune) + len(measure) == len(everything) == len(DOCS)
    assert not {json.loads(x)["doc"] for x in tune} & {json.loads(x)["doc"] for x in measure}


def test_a_summary_line_names_each_category_and_its_accuracies():
    result = {"articles": 3, **{k: {"f1": 0.5} for k in ("meetings", "amounts", "projects", "sectors")}}
    result["amounts"]["kind_accuracy"] = 0.75
    line = summary_line("tune", result)
    assert "projects 0.500" in line and "kind 0.75" in line
