"""Relation rules on sentences written for these tests, parsed by the trained pipeline."""

from __future__ import annotations

import pytest

from kg.nlp.pipeline import load_pipeline, resolve_model

pytestmark = pytest.mark.skipif(
    resolve_model("auto") is None, reason="no trained English pipeline is installed"
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("auto")


def triples(nlp, text: str, *, negated: bool = False) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    return {
        (r.source.label, r.relation, r.target.label)
        for r in doc._.kg_relations
        if r.negated == negated
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active verb, subject -> object
        (
            "Samsung Electronics unveiled the Exynos 2600 in Seoul.",
            ("Samsung Electronics", "develops", "Exynos 2600"),
        ),
        # passive with agent: the agent is the source
        ("The Kirin 9010 was fabricated by SMIC.", ("SMIC", "manufactures", "Kirin 9010")),
        # passive participle modifying a noun
        (
            "Huawei ships the Kirin 9020, a processor designed by HiSilicon.",
            ("HiSilicon", "develops", "Kirin 9020"),
        ),
        # possessive names the maker
        (
            "Qualcomm's Snapdragon 8 Elite impressed reviewers.",
            ("Qualcomm", "develops", "Snapdragon 8 Elite"),
        ),
        # compound maker before a product noun
        ("Buyers queued for Nvidia H200 GPUs.", ("Nvidia", "develops", "H200")),
        # title before a name
        (
            "Rapidus President Atsuyoshi Koike spoke in Tokyo.",
            ("Atsuyoshi Koike", "leads", "Rapidus"),
        ),
        # title after a name
        (
            "Cristiano Amon, chief executive of Qualcomm, spoke.",
            ("Cristiano Amon", "leads", "Qualcomm"),
        ),
        # founded by: passive leads
        ("Moonshot AI was founded by Yang Zhilin.", ("Yang Zhilin", "leads", "Moonshot AI")),
        # acquisition verb
        ("AMD acquired ZT Systems for US$4.9 billion.", ("AMD", "acquires", "ZT Systems")),
        # nominalisation of an acquisition
        ("AMD completed its acquisition of Xilinx in 2022.", ("AMD", "acquires", "Xilinx")),
        # investment with a preposition
        (
            "SoftBank Group will invest US$2 billion in Intel.",
            ("SoftBank Group", "invests", "Intel"),
        ),
        # passive backing is investment
        ("Zhipu AI is backed by Tencent.", ("Tencent", "invests", "Zhipu AI")),
        # lawsuit verb
        ("GlobalFoundries sued IBM over trade secrets.", ("GlobalFoundries", "sues", "IBM")),
        # x-based gives operates_in
        (
            "Biren, a Shanghai-based GPU designer, raised funds.",
            ("Biren Technology", "operates_in", "Shanghai"),
        ),
        # facility in a place, owner is the clause subject
        ("TSMC is building a new fab in Kumamoto.", ("TSMC", "operates_in", "Kumamoto")),
        # theme preposition: built on a process
        (
            "The Snapdragon 8 Elite is built on TSMC's 3nm process.",
            ("Snapdragon 8 Elite", "uses", "3nm process"),
        ),
        # inverse: powered by
        (
            "The Galaxy S25 is powered by the Snapdragon 8 Elite.",
            ("Galaxy S25", "uses", "Snapdragon 8 Elite"),
        ),
        # possessive pronoun resolves to the nearest organisation
        (
            "MediaTek said its Dimensity 9400 would ship in October.",
            ("MediaTek", "develops", "Dimensity 9400"),
        ),
        # coordination: one edge per partner
        (
            "Infineon partnered with Bosch and NXP on car chips.",
            ("Infineon Technologies", "partners", "NXP Semiconductors"),
        ),
        # coordinated parties that reach an agreement partner each other
        (
            "Japan and the Netherlands reached a deal on chip tools.",
            ("Japan", "partners", "Netherlands"),
        ),
        # supplying with a recipient
        ("SK Hynix supplies HBM3E to Nvidia.", ("SK Hynix", "supplies", "Nvidia")),
        # buying from a supplier
        (
            "Tesla will buy chips from Samsung Electronics.",
            ("Samsung Electronics", "supplies", "Tesla"),
        ),
        # agency part of a country by possessive
        (
            "Japan's Ministry of Economy, Trade and Industry approved the subsidy.",
            ("Ministry of Economy, Trade and Industry", "part_of", "Japan"),
        ),
        # apposition naming a parent unit
        (
            "Kioxia's rival YMTC, Tsinghua Unigroup's memory unit, grew.",
            ("YMTC", "part_of", "Tsinghua Unigroup"),
        ),
        # passive added to a list: the measure and its issuer restrict
        (
            "Sophgo was added to the Entity List by the Commerce Department.",
            ("US Commerce Department", "restricts", "Sophgo"),
        ),
        # a measure's issuer and its target
        (
            "Washington imposed new export controls targeting China.",
            ("export controls", "restricts", "China"),
        ),
        (
            "Washington imposed new export controls targeting China.",
            ("United States", "issues", "export controls"),
        ),
        # the actor restricts what its measure targets
        (
            "Washington imposed new export controls targeting China.",
            ("United States", "restricts", "China"),
        ),
        # rival before a name competes with the company of the text
        ("Nvidia sold more chips. Rival AMD cut prices.", ("AMD", "competes", "Nvidia")),
        # comparison verb between products
        (
            "The Ascend 910C can outperform the H100 on some tasks.",
            ("Ascend 910C", "competes", "H100"),
        ),
        # a description refers back: "the chipmaker"
        (
            "Cambricon posted a profit. The chipmaker launched the Siyuan 690.",
            ("Cambricon", "develops", "Siyuan 690"),
        ),
        # a leader acts for the organisation
        (
            "Lenovo chairman Yang Yuanqing unveiled the ThinkPad X9.",
            ("Lenovo", "develops", "ThinkPad X9"),
        ),
        # a list whose first name the parser leaves out of the coordination
        (
            "Hygon, Sugon and Inspur were added to the Entity List in 2019.",
            ("entity list", "restricts", "Hygon"),
        ),
        # what a licence is demanded of is restricted by it
        (
            "The Commerce Department told AMD that sales of its MI308 would require a licence.",
            ("licence", "restricts", "Instinct MI308"),
        ),
        # a government that informs of a measure issues it
        (
            "The Commerce Department told AMD that sales of its MI308 would require a licence.",
            ("US Commerce Department", "issues", "licence"),
        ),
        # an agreement names its other party inside it
        (
            "Samsung Electronics agreed to supply HBM4 to Nvidia under a multiyear contract.",
            ("Samsung Electronics", "partners", "Nvidia"),
        ),
        # a venture launched together makes its founders partners
        (
            "Microsoft, Nvidia and BlackRock launched the AI Infrastructure Partnership.",
            ("Microsoft", "partners", "BlackRock"),
        ),
        # a family member named after "including"
        (
            "Arm's Neoverse line, including the Neoverse V3, targets servers.",
            ("V3", "part_of", "Neoverse"),
        ),
        # "the X maker" is the company that develops X
        ("OpenAI grew fast. The ChatGPT maker hired staff.", ("OpenAI", "develops", "ChatGPT")),
        # a measure the sale is not allowed under restricts the goods
        (
            "Micron cannot ship HBM to China under export rules the Commerce Department issued.",
            ("export rules", "restricts", "HBM"),
        ),
        (
            "Micron cannot ship HBM to China under export rules the Commerce Department issued.",
            ("US Commerce Department", "issues", "export rules"),
        ),
        # making goods for a customer is supplying it
        (
            "Samsung Electronics will manufacture chips for Tesla.",
            ("Samsung Electronics", "supplies", "Tesla"),
        ),
        # a company co-engineering with another partners it
        ("The ThinkPad Z13 was co-engineered by Lenovo and AMD.", ("Lenovo", "partners", "AMD")),
        # a description that was itself the previous subject: "The search giant ... The company"
        (
            "Baidu grew. The search giant hired staff. The company, led by CEO Robin Li, expanded.",
            ("Robin Li", "leads", "Baidu"),
        ),
        # a part that debuts in a device is used by it
        (
            "The Dimensity 9500 made its debut in the Vivo X300 phone.",
            ("X300", "uses", "Dimensity 9500"),
        ),
        # a model trained on a platform: the preposition hangs on the object
        ("Zhipu AI trained its GLM model on Ascend chips.", ("GLM", "uses", "Ascend")),
        # "the chip" with no subject to refer to is the story's first product
        (
            "Alibaba released the Zhenwu PPU, which rivals the H20. "
            "China Mobile deployed the chip.",
            ("China Mobile", "uses", "PPU"),
        ),
        # a subsidy for something is an investment by its issuer
        (
            "Brussels approved a German subsidy for Intel's Magdeburg fab.",
            ("Germany", "invests", "Intel"),
        ),
        # a government that requires licences issues them
        (
            "Japan tightened its rules, requiring licences for exports of chip tools.",
            ("Japan", "issues", "licences"),
        ),
        # a possessive on a noun in apposition to a product names its maker
        (
            "The Pixel 10 carries the Tensor G5, Google's first TSMC-made chip.",
            ("Google", "develops", "Tensor G5"),
        ),
        # a joint venture with named partners
        (
            "TSMC's joint venture with Bosch and Infineon broke ground.",
            ("TSMC", "partners", "Bosch"),
        ),
        # talks are a planned partnership
        (
            "OpenAI is in talks with Broadcom over a custom chip.",
            ("OpenAI", "partners", "Broadcom"),
        ),
        # a measure's target may hang on the verb that imposes it
        ("Washington raised tariffs on Korean goods.", ("tariffs", "restricts", "South Korea")),
        # a parent named after the noun
        ("Nuvia grew, and its parent Qualcomm invested more.", ("Nuvia", "part_of", "Qualcomm")),
    ],
)
def test_relations_extracts(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # buying chips is no acquisition of their maker
        ("ByteDance bought Nvidia chips.", ("ByteDance", "acquires", "Nvidia")),
        # a warning about a company is no edge with it
        ("Nvidia warned that curbs help Huawei.", ("Nvidia", "competes", "Huawei")),
        # two customers named together are not partners
        ("Acer and Asus signed on as launch partners of Qualcomm.", ("Acer", "partners", "Asus")),
        # a country naming a market is no party to an agreement
        (
            "AMD and Nvidia agreed to pay the US government 15% of their China sales.",
            ("AMD", "partners", "China"),
        ),
        # an agreement to buy a company is an acquisition, not a partnership
        (
            "SoftBank Group agreed to buy Ampere Computing.",
            ("SoftBank Group", "partners", "Ampere Computing"),
        ),
        # a nationality modifying the clause's subject is no actor of a noun trigger
        (
            "Chinese firms turned to local chips after US curbs on Nvidia's H20.",
            ("China", "restricts", "H20"),
        ),
        # a government demanding licences is not restricted by them
        (
            "Japan tightened its rules, requiring licences for exports of chip tools.",
            ("licences", "restricts", "Japan"),
        ),
        # a nationality is no antecedent of "its"
        (
            "The Treasury added 12 Chinese entities to its sanctions list.",
            ("China", "issues", "sanctions list"),
        ),
        # a facility named after what it makes is not that thing
        (
            "Micron will build a new HBM plant in Hiroshima.",
            ("Micron Technology", "develops", "HBM"),
        ),
    ],
)
def test_relations_does_not_extract(nlp, text, unexpected):
    assert unexpected not in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Huawei denied that it had used TSMC to make the Ascend 910B.",
            ("TSMC", "manufactures", "Ascend 910B"),
        ),
        ("Alibaba did not acquire Moore Threads.", ("Alibaba Group", "acquires", "Moore Threads")),
        # what a government tells buyers to stop doing is no supply edge
        ("Regulators told Tencent to stop buying Nvidia chips.", ("Nvidia", "supplies", "Tencent")),
    ],
)
def test_relations_negated_statements_are_flagged(nlp, text, expected):
    assert expected in triples(nlp, text, negated=True)
    assert expected not in triples(nlp, text)


def test_relations_negation_reaches_through_a_clause_on_a_noun(nlp):
    text = "Qualcomm did not confirm reports that it would acquire Alphawave."
    assert ("Qualcomm", "acquires", "Alphawave") not in triples(nlp, text)


def test_relations_contrastive_not_negates_only_its_phrase(nlp):
    text = "The Kirin 9030 was manufactured by SMIC on its N+3 process, not on 5nm."
    assert ("SMIC", "manufactures", "Kirin 9030") in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Intel plans to build a new fab in Ohio.", "planned"),
        ("Xiaomi reportedly developed the XRing O2.", "reported"),
        ("Xiaomi developed the XRing O1.", "stated"),
    ],
)
def test_relations_record_modality(nlp, text, modality):
    doc = nlp(text)
    assert doc._.kg_relations, text
    assert {r.modality for r in doc._.kg_relations} == {modality}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news lead without a parse: "A <verb> B"
        ("Xiaomi unveiled the XRing O1.", ("Xiaomi", "develops", "XRing O1")),
        # passive without a parse
        ("The Kirin 9000S was made by SMIC.", ("SMIC", "manufactures", "Kirin 9000S")),
        # possessive without a parse
        ("Apple's A18 Pro impressed.", ("Apple", "develops", "A18 Pro")),
    ],
)
def test_relations_surface_rules_without_parser(text, expected):
    nlp = load_pipeline("blank")
    assert expected in triples(nlp, text)


def test_relations_children_table_is_spacys_children():
    """A hand-parsed Doc: each token's children from the table, in spaCy's order."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from kg.nlp.relations.context import kids

    words = ["Orvane", ",", "which", "designs", "chips", ",", "sued", "Belmar", "and", "Kito", "."]
    heads = [6, 0, 3, 0, 3, 6, 6, 6, 7, 7, 6]
    deps = ["nsubj", "punct", "nsubj", "relcl", "dobj", "punct", "ROOT", "dobj", "cc", "conj"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=[*deps, "punct"])
    got = [[c.i for c in kids(t)] for t in doc]
    assert got == [[c.i for c in t.children] for t in doc]
    assert got[6] == [0, 5, 7, 10] and got[7] == [8, 9]


def test_relations_children_table_does_not_outlive_the_reading(nlp):
    """The table is the rules' scratch: a Doc the user keeps, or parses again, holds none."""
    from kg.nlp.relations.context import KIDS_KEY

    doc = nlp("Vantor Labs licensed its Quill X2 design to Morrow Semiconductor.")
    assert ("Vantor Labs", "develops", "Quill X2") in {
        (r.source.label, r.relation, r.target.label) for r in doc._.kg_relations
    }
    assert KIDS_KEY not in doc.user_data


def test_relations_token_columns_are_the_tokens_own(nlp):
    """The rules' passes read each token's strings from lists made once a document."""
    from spacy.tokens import Doc

    from kg.nlp.relations.context import columns

    doc = nlp("Kestrel Micro's CEO said the Ferrous-9 ships in May; rivals were not consulted.")
    pos, dep, lower, lemma = columns(doc)
    assert pos == [t.pos_ for t in doc] and "VERB" in pos
    assert dep == [t.dep_ for t in doc] and "ROOT" in dep
    assert lower == [t.lower_ for t in doc]
    assert lemma == [t.lemma_.lower() for t in doc] and "ship" in lemma
    assert columns(Doc(doc.vocab, words=[])) == ([], [], [], [])
