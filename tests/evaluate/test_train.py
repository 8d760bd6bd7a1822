"""``frontlines train``: a local classifier from ACLED-format notes, scored on a held-out share."""

from __future__ import annotations

import csv
import json

from click.testing import CliRunner

from frontlines.cli import cli
from frontlines.evaluate import load_gold
from frontlines.evaluate.train import split_items

HEADER = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "country", "notes", "fatalities"]
#: Synthetic notes: three sub-event types told apart by their verbs, with varied places.
KINDS = [
    ("Protests", "Peaceful protest", "Residents marched peacefully through {} to demand clean water."),
    ("Battles", "Armed clash", "Soldiers and rebels exchanged gunfire for hours near {}."),
    ("Violence against civilians", "Abduction/forced disappearance", "Gunmen abducted two traders outside {}."),
]
TOWNS = ["Kisumu", "Nakuru", "Garissa", "Lamu", "Eldoret", "Kitui", "Meru", "Nyeri", "Embu", "Voi", "Malindi", "Isiolo"]


def _synthetic_export(path):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for k, (event_type, sub, note) in enumerate(KINDS):
            for t, town in enumerate(TOWNS):
                writer.writerow([f"SYN{k}{t}", "3-May-20", event_type, sub, "Kenya", note.format(town), 0])


def test_split_keeps_every_label_in_training_and_is_seeded(tmp_path):
    _synthetic_export(tmp_path / "export.csv")
    items = load_gold(tmp_path / "export.csv", "acled")
    train, test = split_items(items, 0.25, seed=5)
    assert len(test) == 9 and len(train) == 27
    assert {i.gold.sub_event_type for i in train} == {k[1] for k in KINDS}
    assert [i.item_id for i in split_items(items, 0.25, seed=5)[1]] == [i.item_id for i in test]


def test_train_writes_model_and_meta_and_scores_held_out_notes(tmp_path):
    _synthetic_export(tmp_path / "export.csv")
    out = tmp_path / "model"
    result = CliRunner().invoke(cli, ["train", str(tmp_path / "export.csv"), "--output", str(out), "--seed", "1"])
    assert result.exit_code == 0, result.output
    assert "trained on 30 notes, 3 sub-event types; held out 6" in result.output  # 2 of 12 per type
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert "do not redistribute" in meta["licence"]
    accuracy = next(m for m in meta["result"]["metrics"] if m["name"] == "sub_event_type accuracy")
    assert accuracy["n"] == 6 and accuracy["value"] == 1.0  # the verbs separate the three types
    assert (out / "model.joblib").stat().st_size > 0


def test_train_refuses_a_file_with_nothing_to_learn(tmp_path):
    path = tmp_path / "tiny.csv"
    path.write_text(",".join(HEADER) + "\nS1,3-May-20,Protests,Peaceful protest,Kenya,People marched.,0\n")
    result = CliRunner().invoke(cli, ["train", str(path), "--output", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert "nothing to learn" in result.output
