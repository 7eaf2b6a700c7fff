"""Character classes from unlabeled text: the counts they come from, the classes, the file."""

from __future__ import annotations

from importlib import resources

from pipelines.core.char_clusters import (
    SIZES,
    learn_clusters,
    neighbour_counts,
    read_clusters,
    write_clusters,
)
from pipelines.core.ner import CLUSTERS_FILE, cluster_marks

# given names after a surname and before a verb of saying; places between a preposition and 市
TEXTS = ["王伟说", "王芳说", "王磊说", "李伟说", "李芳讲", "在北京市", "在上海市", "在南京市", "到北京市", "到上海市"] * 5


def test_each_character_counts_its_left_and_right_neighbours():
    characters, counts = neighbour_counts(["甲乙丙"] * 5)
    assert characters == ["甲", "乙", "丙"]
    # columns: left neighbour 甲, 乙, 丙, then right neighbour 甲, 乙, 丙
    assert counts.tolist() == [[0, 0, 0, 0, 5, 0], [5, 0, 0, 0, 0, 5], [0, 5, 0, 0, 0, 0]]


def test_rare_characters_get_no_class():
    characters, _ = neighbour_counts(["甲乙丙"] * 4 + ["甲乙"])
    assert characters == ["甲", "乙"]  # 丙 seen four times


def test_characters_that_share_their_neighbours_share_a_class():
    classes = learn_clusters(TEXTS, sizes=(2, 4))
    given = {classes[c] for c in "伟芳磊"}
    assert len(given) == 1  # at both granularities
    assert classes["伟"][0] != classes["北"][0]
    assert classes["王"][1] == classes["李"][1] and classes["说"][1] == classes["讲"][1]
    assert learn_clusters(TEXTS, sizes=(2, 4)) == classes  # deterministic


def test_classes_round_trip_through_their_file(tmp_path):
    classes = learn_clusters(TEXTS, sizes=(2, 4))
    write_clusters(classes, str(tmp_path / "classes.tsv"))
    assert read_clusters(str(tmp_path / "classes.tsv")) == classes


def test_the_person_model_reads_each_characters_classes():
    classes = {"王": ("1", "11", "111"), "伟": ("2", "22", "222")}
    features = cluster_marks("王伟说", [["c0=王"], [], []], classes)
    assert features == [["c0=王", "cl32=1", "cl128=11", "cl512=111"], ["cl32=2", "cl128=22", "cl512=222"],
                        ["cl32=U", "cl128=U", "cl512=U"]]


def test_the_shipped_classes_cover_the_common_characters():
    with resources.as_file(resources.files("pipelines.models").joinpath(CLUSTERS_FILE)) as path:
        classes = read_clusters(str(path))
    assert len(classes) > 4000
    assert all(len(labels) == len(SIZES) for labels in classes.values())
    assert {"的", "王", "伟", "芳", "市"} <= classes.keys()
