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
        # a firm's name hyphened to a version the lexicon knows, as that version's name
        (
            "Moonshot compared DeepSeek-R1 with Kimi K2.",
            "NN:nsubj>2 VBD:ROOT>0 NNP:compound>5 HYPH:punct>5 NNP:dobj>2 IN:prep>2 "
            "NNP:compound>8 NNP:pobj>6 .:punct>2",
            {"compared": "compare"},
            {"DeepSeek-R1": "ORG", "K2": "CARDINAL"},
            ("DeepSeek-R1", "DeepSeek-R1", "PRODUCT"),
        ),
        # a variant's word after a version is part of the name
        (
            "Zhipu's new model, GLM-5 Thinking, leads the rankings.",
            "NNP:poss>4 POS:case>1 JJ:amod>4 NN:nsubj>9 ,:punct>4 NNP:compound>7 NNP:appos>4 "
            ",:punct>4 VBZ:ROOT>0 DT:det>11 NNS:dobj>9 .:punct>9",
            {"leads": "lead", "rankings": "ranking"},
            {"Zhipu": "GPE"},
            ("GLM-5 Thinking", "GLM-5 Thinking", "PRODUCT"),
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
        # nor a date or a count after a model's own number
        (
            "Apple will unveil the iPhone 17 9 September.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>5 NNP:nmod>8 CD:nummod>5 CD:nummod>8 "
            "NNP:npadvmod>3 .:punct>3",
            {},
            {"Apple": "ORG", "17 9": "DATE", "September": "DATE"},
            ("iPhone 17", "iPhone 17", "PRODUCT"),
        ),
        (
            "Xiaomi sold the SU7 10 months after launch.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NNP:dobj>2 CD:nummod>6 NNS:npadvmod>7 IN:prep>2 "
            "NN:pobj>7 .:punct>2",
            {"sold": "sell", "months": "month"},
            {"Xiaomi": "PERSON", "10 months": "DATE"},
            ("SU7", "SU7", "PRODUCT"),
        ),
        # nor a ratio, nor a range of models
        (
            "Google said Gemini 2.5 Pro 2x faster inference was possible.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:nmod>8 CD:nummod>6 NNP:compound>6 CD:appos>3 JJR:amod>8 "
            "NN:nsubj>9 VBD:ccomp>2 JJ:acomp>9 .:punct>2",
            {"said": "say", "faster": "fast", "was": "be"},
            {"Google": "ORG", "Gemini 2.5": "ORG", "2x": "CARDINAL"},
            ("Gemini 2.5 Pro", "Gemini 2.5 Pro", "PRODUCT"),
        ),
        (
            "Apple supplies the iPhone 12-15 models with modems.",
            "NN:nsubj>2 VBZ:ROOT>0 DT:det>8 NNP:nmod>8 CD:nummod>7 SYM:punct>7 CD:nummod>8 "
            "NNS:dobj>2 IN:prep>8 NNS:pobj>9 .:punct>2",
            {"supplies": "supply", "models": "model", "modems": "modem"},
            {"Apple": "ORG", "12": "CARDINAL"},
            ("iPhone 12", "iPhone 12", "PRODUCT"),
        ),
    ],
)
def test_versions_leaves_a_number_that_is_no_version(
    read, text, annotation, lemmas, ents, expected
):
    assert expected in read(text, annotation, lemmas=lemmas, ents=ents).mentions


def test_versions_a_version_the_parser_read_as_an_adverb_is_what_is_released(read):
    reading = read(
        "OpenAI released o3-pro on Tuesday.",
        "NNP:nsubj>2 VBD:ROOT>0 NNP:npadvmod>2 HYPH:punct>5 RB:advmod>2 IN:prep>2 NNP:pobj>6 "
        ".:punct>2",
        lemmas={"released": "release"},
        ents={"OpenAI": "PERSON", "Tuesday": "DATE"},
    )
    assert ("OpenAI", "develops", "o3-pro") in reading.relations
