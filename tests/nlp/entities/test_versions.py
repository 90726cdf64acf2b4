"""A product's version written after its family's name is the product's name
(kg.nlp.entities.versions)."""

import pytest


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "ents", "expected"),
    [
        # a tier and a number after a family's name
        (
            "Anthropic released Claude Opus 4.1 on Tuesday.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNP:dobj>2 CD:nummod>4 IN:prep>2 NNP:pobj>6 "
            ".:punct>2",
            {"released": "release"},
            {"Claude Opus 4.1": "PERSON", "Tuesday": "DATE"},
            ("Claude Opus 4.1", "Claude Opus 4.1", "PRODUCT"),
        ),
        # a number and a tier, which the recogniser read as a person of its own
        (
            "Google rolled out Gemini 2.5 Flash to developers.",
            "NNP:nsubj>2 VBD:ROOT>0 RP:prt>2 NNP:nmod>6 CD:nummod>4 NNP:dobj>2 IN:prep>2 "
            "NNS:pobj>7 .:punct>2",
            {"rolled": "roll", "developers": "developer"},
            {"Gemini": "GPE", "2.5 Flash": "PERSON"},
            ("Gemini 2.5 Flash", "Gemini 2.5 Flash", "PRODUCT"),
        ),
        # a variant hyphened to the name, in lower case or not
        (
            "OpenAI launched o3-pro for paying users.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:npadvmod>2 HYPH:punct>5 FW:advmod>2 IN:prep>2 VBG:pcomp>6 "
            "NNS:dobj>7 .:punct>2",
            {"launched": "launch", "paying": "pay", "users": "user"},
            {"OpenAI": "PERSON"},
            ("o3-pro", "o3-pro", "PRODUCT"),
        ),
        (
            "Alibaba released Qwen2.5-Max in January.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>5 HYPH:punct>5 NNP:dobj>2 IN:prep>2 NNP:pobj>6 "
            ".:punct>2",
            {"released": "release"},
            {"January": "DATE"},
            ("Qwen2.5-Max", "Qwen2.5-Max", "PRODUCT"),
        ),
        # a firm's name hyphened to a version names the product
        (
            "DeepSeek published DeepSeek-R2 on Monday.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>5 HYPH:punct>5 NN:dobj>2 IN:prep>2 NNP:pobj>6 "
            ".:punct>2",
            {"published": "publish"},
            {"DeepSeek-R2": "PRODUCT", "Monday": "DATE"},
            ("DeepSeek-R2", "DeepSeek-R2", "PRODUCT"),
        ),
    ],
)
def test_versions_finds(read, text, annotation, lemmas, ents, expected):
    assert expected in read(text, annotation, lemmas=lemmas, ents=ents).mentions


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "ents", "expected"),
    [
        # a year is no version
        (
            "Google said Gemini 2025 revenue doubled.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:nmod>5 CD:nummod>3 NN:nsubj>6 VBD:ccomp>2 .:punct>2",
            {"said": "say", "doubled": "double"},
            {"Google": "ORG", "Gemini": "ORG", "2025": "DATE"},
            ("Gemini", "Gemini", "PRODUCT"),
        ),
        # nor an amount
        (
            "Baidu cut the price of Ernie 4 million times.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 CD:compound>8 "
            "CD:nummod>9 NNS:appos>6 .:punct>2",
            {"times": "time"},
            {"Baidu": "ORG", "Ernie 4 million": "ORG"},
            ("Ernie", "Ernie", "PRODUCT"),
        ),
    ],
)
def test_versions_leaves_a_number_that_is_no_version(
    read, text, annotation, lemmas, ents, expected
):
    assert expected in read(text, annotation, lemmas=lemmas, ents=ents).mentions
