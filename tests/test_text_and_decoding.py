from __future__ import annotations

import codecs
import random

import pytest

from pipelines.core.text import (
    QUOTES_AND_BRACKETS, DecodeError, decode_page, has_punct_outside_quotes, is_terminal, join_wrapped,
    remove_typesetting_spaces,
)

PAGE = "本报讯 昨天上午，我市召开会议。\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("gb18030"), "gb18030"),
        (PAGE.encode("gbk"), "gb18030"),
        (PAGE.encode("utf-16"), "utf-16"),  # with BOM
        (PAGE.encode("utf-16-le"), "utf-16-le"),  # without BOM
        (PAGE.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decodes_common_encodings_exactly(data, encoding):
    text, detected = decode_page(data)
    assert text == PAGE
    assert detected == encoding


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, "binary"),
        (b"\x80\xff" * 31 + b"\x80", "undecodable"),
        (random.Random(7).randbytes(4000), "binary"),
        ("   \n\n  ".encode("utf-8"), "no text"),
    ],
)
def test_bad_input_names_the_reason(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_page(data)


def test_typesetting_spaces():
    assert remove_typesetting_spaces("您 如 何 看 待 我 们") == "您如何看待我们"
    assert remove_typesetting_spaces("下降13.52% ，万") == "下降13.52%，万"
    assert remove_typesetting_spaces("达 3296万元") == "达3296万元"
    assert remove_typesetting_spaces("Coca Cola 公司") == "Coca Cola公司"


def test_join_wrapped_keeps_latin_words_apart():
    assert join_wrapped(["市委书记仲", "旭东表示"]) == "市委书记仲旭东表示"
    assert join_wrapped(["the Belt and", "Road 倡议"]) == "the Belt and Road倡议"


@pytest.mark.parametrize(
    "line, ends",
    [
        ("我们要跟乡亲们一起翻过去。”", True),
        # justification spaces between the full stop and its closing quote
        ("只 有 一 步 之 遥 。 “ 我 们 要 跟 乡 亲 们 一 起 翻 过 去 。 ”", True),
        ("贫穷这座大山，距离跨越", False),
        ("青海门源马兴全兄弟俩返乡做电商，带领群众脱贫", False),
    ],
)
def test_a_sentence_end_is_read_through_justification_spaces(line, ends):
    assert is_terminal(line) is ends


@pytest.mark.parametrize("text, quotes_only, with_brackets", [
    ("“提升专业技能，争做大国工匠”", False, False),
    ("省（自治区、直辖市）污染防治攻坚战成效考核措施", True, False),
    ("审议《关于加强监督、支持工作的报告》", True, False),
    ("为了大家好，保持安全一米线", True, True),
    ("扶贫（第一期）、扶智（第二期）", True, True),
])
def test_punctuation_outside_quotes_and_brackets(text, quotes_only, with_brackets):
    assert has_punct_outside_quotes(text, "，,、") is quotes_only
    assert has_punct_outside_quotes(text, "，,、", QUOTES_AND_BRACKETS) is with_brackets
