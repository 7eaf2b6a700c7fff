"""The recogniser's two shipped models, how their spans are combined, and the dictionary marks."""

from __future__ import annotations

from importlib import resources

import pytest

from pipelines.core.char_clusters import read_clusters
from pipelines.core.ner import (
    CLUSTERS_FILE,
    LEXICON_MODEL_FILE,
    MODEL_FILE,
    NerTagger,
    Span,
    combine,
    decode_spans,
    default_tagger,
    encode_spans,
    known_non_persons,
    lexicon_marks,
    person_view,
    relabel_known,
    sentence_features,
    to_bioes,
    with_names_replaced,
)


def test_both_shipped_models_load_and_find_people_places_and_organisations(tagger):
    models = resources.files("pipelines.models")
    assert models.joinpath(MODEL_FILE).is_file() and models.joinpath(LEXICON_MODEL_FILE).is_file()
    sentence = "市委书记仲旭东在平湖市调研，上海人工智能研究院与浙江晨光电缆股份有限公司签订协议。"
    found = {(span.text(sentence), span.label) for span in tagger.spans(sentence)}
    assert {("仲旭东", "PER"), ("平湖市", "LOC"), ("上海人工智能研究院", "ORG"),
            ("浙江晨光电缆股份有限公司", "ORG")} <= found


def test_a_tagger_with_one_model_uses_it_for_every_type():
    models = resources.files("pipelines.models")
    with resources.as_file(models.joinpath(MODEL_FILE)) as path, \
            resources.as_file(models.joinpath(CLUSTERS_FILE)) as clusters:
        single = NerTagger(str(path), clusters=read_clusters(str(clusters)))
    sentence = "市委书记仲旭东在平湖市调研。"
    assert {(s.text(sentence), s.label) for s in single.spans(sentence)} >= {("仲旭东", "PER"), ("平湖市", "LOC")}


def test_a_tagger_refuses_a_person_model_without_the_classes_it_was_trained_on():
    models = resources.files("pipelines.models")
    with resources.as_file(models.joinpath(MODEL_FILE)) as person, \
            resources.as_file(models.joinpath(LEXICON_MODEL_FILE)) as place_org, \
            resources.as_file(models.joinpath(CLUSTERS_FILE)) as clusters:
        with pytest.raises(ValueError, match="trained on character classes"):
            NerTagger(str(person))
        # the place and organisation model never read the classes
        with pytest.raises(ValueError, match="trained without character classes"):
            NerTagger(str(place_org), clusters=read_clusters(str(clusters)))


def test_persons_come_from_the_first_model_places_and_organisations_from_the_second():
    first = [Span(0, 3, "PER"), Span(4, 6, "LOC")]
    second = [Span(0, 2, "LOC"), Span(4, 8, "ORG"), Span(9, 11, "PER"), Span(12, 14, "LOC")]
    # 0-2 LOC overlaps the person; the second model's person and the first model's place are dropped
    assert combine(first, second) == [Span(0, 3, "PER"), Span(4, 8, "ORG"), Span(12, 14, "LOC")]


def test_the_very_same_characters_read_as_a_place_by_the_second_model_are_a_place():
    # 平湖·壹号湾: the person model reads a transliterated name, the place model a place
    first = [Span(0, 6, "PER"), Span(8, 11, "PER")]
    second = [Span(0, 6, "LOC"), Span(8, 10, "LOC")]
    assert combine(first, second) == [Span(0, 6, "LOC"), Span(8, 11, "PER")]


def test_a_name_joined_by_an_interpunct_around_a_place_is_not_a_person():
    sentence = "此次“平湖·壹号湾”合作，阿·德米特里延科在平湖。"
    first = [Span(3, 9, "PER"), Span(13, 21, "PER")]
    second = [Span(3, 5, "LOC"), Span(22, 24, "LOC")]
    assert combine(first, second, sentence) == [Span(3, 5, "LOC"), Span(13, 21, "PER"), Span(22, 24, "LOC")]


def test_encode_spans_inverts_decode_spans():
    labels = ["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "O"]
    assert encode_spans(decode_spans(labels), len(labels)) == labels


def test_bioes_labels_mark_single_characters_and_name_ends():
    bio = ["B-PER", "I-PER", "I-PER", "B-LOC", "B-ORG", "I-ORG", "O", "I-PER"]
    bioes = ["B-PER", "I-PER", "E-PER", "S-LOC", "B-ORG", "E-ORG", "O", "S-PER"]
    assert to_bioes(bio) == bioes
    assert decode_spans(bioes) == decode_spans(bio) == [
        Span(0, 3, "PER"), Span(3, 4, "LOC"), Span(4, 6, "ORG"), Span(7, 8, "PER")]


def test_a_name_closed_by_its_end_label_is_not_continued_by_the_next():
    # the tagger may emit E- then I- of the same kind: two names, as the labels say
    assert decode_spans(["B-PER", "E-PER", "I-PER", "E-PER"]) == [Span(0, 2, "PER"), Span(2, 4, "PER")]


def test_lexicon_marks_the_longest_dictionary_word_with_each_tag_at_each_character():
    lexicon = {"平湖市": frozenset({"ns"}), "平湖": frozenset({"ns", "nr"}), "湖市": frozenset({"nt"})}
    marks = lexicon_marks("在平湖市调研", lexicon)
    assert marks["ns"] == ["O", "B", "I", "E", "O", "O"]
    assert marks["nr"] == ["O", "B", "E", "O", "O", "O"]
    assert marks["nt"] == ["O", "O", "B", "E", "O", "O"]
    # overlapping matches: a character already marked keeps its B or E
    overlapping = {"甲乙": frozenset({"nr"}), "乙丙": frozenset({"nr"})}
    assert lexicon_marks("甲乙丙", overlapping)["nr"] == ["B", "E", "E"]


def test_the_person_view_marks_surnames_and_offices_around_a_name():
    sentence = "市长周军波说"
    view = person_view(sentence, sentence_features(sentence))
    marks = [[f for f in feats if f.startswith(("sur", "ttl"))] for feats in view]
    assert marks[2] == ["sur0", "ttlL"]  # 周: a surname, right after the office 市长
    assert marks[3] == ["surL"] and marks[4] == ["surL2"]
    after = person_view("习近平总书记", sentence_features("习近平总书记"))
    assert "ttlR" in after[2] and "ttlR" not in after[1]  # 平: right before the office 总书记


def test_a_name_the_training_split_only_calls_a_place_is_no_person():
    training = [
        ("飞往哈瓦那。", ["O", "O", "B-LOC", "I-LOC", "I-LOC", "O"]),
        ("华盛顿说。", ["B-PER", "I-PER", "I-PER", "O", "O"]),
        ("到华盛顿。", ["O", "B-LOC", "I-LOC", "I-LOC", "O"]),
        ("在中国。", ["O", "B-LOC", "O", "O"]),
    ]
    known = known_non_persons(training)
    assert known == {"哈瓦那": "LOC"}  # 华盛顿 is a person too; 中 is one character
    sentence = "华盛顿直飞哈瓦那。"
    spans = [Span(0, 3, "PER"), Span(5, 8, "PER")]
    assert relabel_known(spans, sentence, known) == [Span(0, 3, "PER"), Span(5, 8, "LOC")]
    opening = "本月底达沃斯“世界经济论坛”开幕。"  # the shipped person model reads 达沃斯 as a name
    assert [(s.text(opening), s.label) for s in default_tagger().spans(opening)] == [("达沃斯", "LOC")]


def test_a_name_before_a_place_or_institution_suffix_is_no_person():
    sentence = "昆明王和医院的王和市长来到苏扎克区。"
    persons = [Span(2, 4, "PER"), Span(7, 9, "PER"), Span(13, 16, "PER")]
    places = [Span(0, 2, "LOC"), Span(2, 6, "ORG")]
    assert [(s.text(sentence), s.label) for s in combine(persons, places, sentence)] == [
        ("昆明", "LOC"), ("王和医院", "ORG"), ("王和", "PER")]
    # a police station, a supermarket chain, a mountain: never printed after a person in training
    sentence = "罗家岙派出所、沃尔玛超市和恩托托山"
    persons = [Span(0, 3, "PER"), Span(7, 10, "PER"), Span(13, 16, "PER")]
    assert combine(persons, [], sentence) == []


def test_a_graduate_is_no_institution():
    sentence = "黄文秀大学毕业后回乡，何家岩村、万寿岩遗址。"
    persons = [Span(0, 3, "PER"), Span(11, 14, "PER"), Span(16, 19, "PER")]
    assert [s.text(sentence) for s in combine(persons, [], sentence)] == ["黄文秀"]


def test_a_place_followed_by_a_schools_name_is_that_school():
    from pipelines.core.entities import repair_spans

    sentence = "平湖市东湖中学、日本中小学、北京市各级各类学校、美国密执安州立大学、武汉市第一医院、中国两所学校"
    spans = [Span(0, 3, "LOC"), Span(3, 5, "LOC"), Span(8, 10, "LOC"), Span(14, 17, "LOC"),
             Span(24, 26, "LOC"), Span(26, 33, "ORG"), Span(34, 37, "LOC"), Span(42, 44, "LOC")]
    # a kind (中小学), a phrase (各级各类) or a count (两所) is no name; an ordinal is (第一医院);
    # an institution the tagger read keeps its place apart
    assert [(s.text(sentence), s.label) for s in repair_spans(sentence, spans)] == [
        ("平湖市东湖中学", "ORG"), ("日本", "LOC"), ("北京市", "LOC"), ("美国", "LOC"), ("密执安州立大学", "ORG"),
        ("武汉市第一医院", "ORG"), ("中国", "LOC")]
    sentence = "武汉部分医院和中水寨村大学生"  # a phrase; a student (大学生), not a university
    spans = [Span(0, 2, "LOC"), Span(7, 11, "LOC")]
    assert repair_spans(sentence, spans) == spans


def test_an_organisation_takes_its_campus_and_drops_an_adverb_before_it():
    from pipelines.core.entities import repair_spans

    sentence = "随后市党政代表团车览了西交利物浦大学太仓校区。"
    spans = [Span(0, 8, "ORG"), Span(11, 20, "ORG")]
    assert [s.text(sentence) for s in repair_spans(sentence, spans)] == ["市党政代表团", "西交利物浦大学太仓校区"]


def test_training_copies_replace_every_name_and_keep_the_rest():
    def without_persons(text, labels):
        return "".join(char for char, label in zip(text, labels) if not label.endswith("PER"))

    def persons(text, labels):
        return [span.text(text) for span in decode_spans(labels) if span.label == "PER"]

    training = [
        ("王强说，约翰逊来了。", ["B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "I-PER", "O", "O", "O"]),
        ("张小明到上海。", ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "I-LOC", "O"]),
        ("会议召开。", ["O"] * 5),
    ]
    copies = with_names_replaced(training, seed=1)
    assert copies == with_names_replaced(training, seed=1)  # the same for a seed
    assert len(copies) == 2  # a sentence without a person gives no copy
    for (text, labels), original in zip(copies, training):
        assert len(labels) == len(text)
        assert without_persons(text, labels) == without_persons(*original)
    first, second = persons(*copies[0]), persons(*copies[1])
    assert first[0] in ("王强", "张小明") and second[0] in ("王强", "张小明")  # a surname + given name
    assert first[1] == "约翰逊"  # the split's only other name
