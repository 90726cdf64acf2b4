"""One node per real-world thing: measures known by their issuer and subject, firms without
their legal form, processes by their maker; on sentences parsed by hand (see
tests/conftest.py), and across documents read by the trained pipeline."""

from __future__ import annotations

import pytest

from kg.extract import load_extractor
from kg.graph import build_graph
from kg.nlp.identity import DOCUMENT_SCOPE, PolicyBasis, policy_label, words_of
from kg.nlp.pipeline import resolve_model
from kg.nlp.rules import load_rules
from kg.records import Document

needs_model = pytest.mark.skipif(resolve_model("auto") is None, reason="no trained pipeline")


@pytest.fixture(scope="module")
def words():
    return words_of(load_rules())


@pytest.mark.parametrize(
    ("said", "basis", "expected"),
    [
        # an issuer and a subject
        ("sanctions", PolicyBasis(("United States",), ("Huawei",)), "US sanctions on Huawei"),
        # a passing modifier leaves; several subjects are listed
        (
            "sweeping export controls",
            PolicyBasis(("China",), ("gallium", "germanium")),
            "Chinese export controls on gallium and germanium",
        ),
        # more subjects than a label lists
        (
            "curbs",
            PolicyBasis(("Japan",), ("Alpha", "Beta", "Gamma", "Delta")),
            "Japanese curbs on Alpha, Beta, Gamma and others",
        ),
        # a country without a form of its own stands by its name
        ("levies", PolicyBasis(("Norway",), ()), "Norway levies"),
        # a year, a rate and a section number stay
        (
            "additional 25% tariff",
            PolicyBasis(("Canada",), ("steel",)),
            "Canadian 25% tariff on steel",
        ),
        # a licence is for what it covers
        (
            "licence requirement",
            PolicyBasis(("Netherlands",), ("ASML",)),
            "Dutch licence requirement for ASML",
        ),
        # a standing instrument is known by its keeper alone
        ("entity list", PolicyBasis(("Taiwan",), ("Huawei",)), "Taiwanese entity list"),
        # words that name the issuer or the subject already are not repeated
        ("EU car tariff", PolicyBasis(("European Union",), ("cars",)), "EU car tariff on cars"),
        ("Huawei ban", PolicyBasis(("United Kingdom",), ("Huawei",)), "UK Huawei ban"),
        # several issuers
        ("truce", PolicyBasis(("United States", "China")), "Chinese-US truce"),
        # nothing known: the words alone
        ("own licence", PolicyBasis(), "licence"),
    ],
)
def test_identity_policy_label(words, said, basis, expected):
    assert policy_label(said, basis, words) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lumora Inc.", "Lumora"),
        ("Lumora Inc", "Lumora"),
        ("Veltrix Co., Ltd", "Veltrix"),
        ("Brannock Holdings Ltd", "Brannock Holdings"),
        ("Kestrel Technologies Corp", "Kestrel Technologies"),
        # a legal form alone, or one before a generic word, is all the name there is
        ("Holdings Inc", "Holdings Inc"),
        ("Inc", "Inc"),
        # a legal form inside the name stays
        ("Corp Partners Capital", "Corp Partners Capital"),
    ],
)
def test_identity_without_legal_form(words, name, expected):
    from kg.nlp.identity import without_legal_form

    assert without_legal_form(name, words.legal_forms, words.company_words) == expected


@pytest.fixture(scope="module")
def identify(parse, rules_nlp):
    """``identify(text, annotation, lemmas=...)``: a Doc parsed by hand, read by the entity,
    relation and identity components; its mentions as (text, label, type, issuer, subject,
    scope)."""

    def identify(text: str, annotation: str, **given) -> list[tuple]:
        doc = parse(text, annotation, **given)
        for name in ("kg_entity_recognizer", "kg_relation_extractor", "kg_identity"):
            doc = rules_nlp.get_pipe(name)(doc)
        return [
            (doc[m.start : m.end].text, m.label, m.type, m.issuer, m.subject, m.scope)
            for m in doc._.kg_mentions
        ]

    return identify


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "expected"),
    [
        # a measure its issuer imposed on a firm, with a passing modifier
        (
            "Australia imposed fresh sanctions on Zorvane Aviation.",
            "NNP:nsubj>2 VBD:ROOT>0 JJ:amod>4 NNS:dobj>2 IN:prep>4 NNP:compound>7 NNP:pobj>5 "
            ".:punct>2",
            {"imposed": "impose", "sanctions": "sanction"},
            (
                "fresh sanctions",
                "Australian sanctions on Zorvane Aviation",
                "POLICY",
                ("Australia",),
                ("Zorvane Aviation",),
                "",
            ),
        ),
        # an issuer's possessive, a passing modifier
        (
            "Mexico's sweeping tariffs on Voltek Motors took effect.",
            "NNP:poss>4 POS:case>1 JJ:amod>4 NNS:nsubj>8 IN:prep>4 NNP:compound>7 NNPS:pobj>5 "
            "VBD:ROOT>0 NN:dobj>8 .:punct>8",
            {"tariffs": "tariff", "took": "take"},
            (
                "sweeping tariffs",
                "Mexican tariffs on Voltek Motors",
                "POLICY",
                ("Mexico",),
                ("Voltek Motors",),
                "",
            ),
        ),
        # the lexicon's name of another government's list is no name of this one
        (
            "Taiwan added Quellon Semiconductor to its entity list.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNP:dobj>2 IN:prep>2 PRP$:poss>8 "
            "NN:compound>8 NN:pobj>5 .:punct>2",
            {"added": "add"},
            ("entity list", "Taiwanese entity list", "POLICY", ("Taiwan",), (), ""),
        ),
        # the government that says it will enforce a measure issues it
        (
            "Australia said it would enforce new curbs on Rennick Shipping.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP:nsubj>5 MD:aux>5 VB:ccomp>2 JJ:amod>7 NNS:dobj>5 "
            "IN:prep>7 NNP:compound>10 NNP:pobj>8 .:punct>2",
            {"said": "say", "curbs": "curb"},
            (
                "curbs",
                "Australian curbs on Rennick Shipping",
                "POLICY",
                ("Australia",),
                ("Rennick Shipping",),
                "",
            ),
        ),
        # the government a licence is from issues it
        (
            "Vintra will need a licence from The Hague to ship its scanners.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>5 DT:det>8 NNP:pobj>6 "
            "TO:aux>10 VB:advcl>3 PRP$:poss>12 NNS:dobj>10 .:punct>3",
            {"scanners": "scanner"},
            ("licence", "Dutch licence", "POLICY", ("Netherlands",), (), DOCUMENT_SCOPE),
        ),
        # neither issuer nor subject: a measure of this document alone
        (
            "Export rules were tightened again.",
            "NN:compound>2 NNS:nsubjpass>4 VBD:auxpass>4 VBN:ROOT>0 RB:advmod>4 .:punct>4",
            {"rules": "rule", "were": "be", "tightened": "tighten"},
            ("Export rules", "export rules", "POLICY", (), (), DOCUMENT_SCOPE),
        ),
        # an issuer but no subject: the same
        (
            "Australia tightened export controls.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:compound>4 NNS:dobj>2 .:punct>2",
            {"tightened": "tighten", "controls": "control"},
            (
                "export controls",
                "Australian export controls",
                "POLICY",
                ("Australia",),
                (),
                DOCUMENT_SCOPE,
            ),
        ),
        # a named measure keeps its name
        (
            "Peru passed the Orland Act in June.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NNP:dobj>2 IN:prep>2 NNP:pobj>6 "
            ".:punct>2",
            {"passed": "pass"},
            ("Orland Act", "Orland Act", "POLICY", ("Peru",), (), ""),
        ),
    ],
)
def test_identity_policies(identify, text, annotation, lemmas, expected):
    assert expected in identify(text, annotation, lemmas=lemmas)


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "expected", "ents"),
    [
        # a firm the lexicon does not know, named by the trained recogniser, without its legal form
        (
            "Lumora Inc. unveiled a chip.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 .:punct>3",
            {"unveiled": "unveil"},
            ("Lumora Inc.", "Lumora", "COMPANY"),
            {"Lumora Inc.": "ORG"},
        ),
        # a process of a maker the text names is the maker's
        (
            "Kirrin makes the chip on TSMC's 3nm process.",
            "NNP:nsubj>2 VBZ:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>2 NNP:poss>9 POS:case>6 "
            "CD:nummod>9 NN:compound>9 NN:pobj>5 .:punct>2",
            {"makes": "make"},
            ("3nm process", "TSMC 3nm process", "TECHNOLOGY"),
            None,
        ),
        # a model number is its designer's, not its contract maker's
        (
            "Nexa Bio's drug candidate NX-218 is made by Harbin Biologics.",
            "NNP:compound>2 NNP:poss>5 POS:case>2 NN:compound>5 NN:compound>6 NNP:nsubjpass>8 "
            "VBZ:auxpass>8 VBN:ROOT>0 IN:agent>8 NNP:compound>11 NNP:pobj>9 .:punct>8",
            {"is": "be", "made": "make"},
            ("NX-218", "Nexa Bio NX-218", "PRODUCT"),
            {"Nexa Bio's": "ORG", "Harbin Biologics": "PERSON"},
        ),
        # ... and the lexicon's name for it where it has one
        (
            "Kirrin makes the chip on Samsung's 3nm process.",
            "NNP:nsubj>2 VBZ:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>2 NNP:poss>9 POS:case>6 "
            "CD:nummod>9 NN:compound>9 NN:pobj>5 .:punct>2",
            {"makes": "make"},
            ("3nm process", "SF3", "TECHNOLOGY"),
            None,
        ),
        # a model number takes the shortest name the text gives its designer
        (
            "Britain sanctioned Hefei Tianyu Aero Engine on Monday. Officials said Tianyu's TY300 "
            "engine had been found in drones.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNP:compound>6 NNP:compound>6 NNP:dobj>2 "
            "IN:prep>2 NNP:pobj>7 .:punct>2 NNS:nsubj>11 VBD:ROOT>0 NNP:poss>15 POS:case>12 "
            "NN:compound>15 NN:nsubjpass>18 VBD:aux>18 VBN:auxpass>18 VBN:ccomp>11 IN:prep>18 "
            "NNS:pobj>19 .:punct>11",
            {
                "sanctioned": "sanction",
                "Officials": "official",
                "said": "say",
                "had": "have",
                "been": "be",
                "found": "find",
                "drones": "drone",
            },
            ("TY300", "Tianyu TY300", "PRODUCT"),
            {
                "Britain": "GPE",
                "Hefei Tianyu Aero Engine": "ORG",
                "Tianyu": "ORG",
                "TY300": "PRODUCT",
            },
        ),
    ],
)
def test_identity_names(identify, text, annotation, lemmas, expected, ents):
    assert expected in [m[:3] for m in identify(text, annotation, lemmas=lemmas, ents=ents)]


@pytest.fixture(scope="module")
def corpus_graph():
    """``corpus_graph(texts)``: the graph of texts read by the trained pipeline, a
    document each."""
    extractor = load_extractor("auto")

    def corpus_graph(texts: list[str]):
        documents = [Document(f"d{i}", text) for i, text in enumerate(texts)]
        return build_graph(extractor.extract(documents))

    return corpus_graph


def _policies(graph) -> dict[str, dict]:
    return {n: a for n, a in graph.nodes(data=True) if a["type"] == "POLICY"}


@needs_model
@pytest.mark.parametrize(
    "texts",
    [
        [
            "The United States imposed sanctions on Veltrona Systems on Monday.",
            "The European Union imposed sanctions on Kestrel Shipping over its trade with Iran.",
            "China imposed sanctions on Harbor Aerotech, a drone maker.",
        ],
        [
            "South Korea tightened export controls on Tarvo Robotics.",
            "Japan tightened export controls on Tarvo Robotics last week.",
            "The Netherlands tightened export controls on Tarvo Robotics.",
        ],
        [
            "Brazil issued new rules on data centres.",
            "Canada issued new rules on foreign investment in mining.",
            "Germany issued new rules on data centres.",
        ],
        # the issuer alone, whatever the measure covers
        [
            "Japan tightened export controls.",
            "The Netherlands tightened export controls.",
            "Japan tightened export controls again.",
        ],
    ],
)
def test_identity_measures_of_three_governments_are_three_nodes(corpus_graph, texts):
    policies = _policies(corpus_graph(texts))
    assert len(policies) == 3
    assert all(a["documents"] == 1 and a["issuer"] for a in policies.values())


@needs_model
def test_identity_one_measure_in_several_documents_is_one_node(corpus_graph):
    graph = corpus_graph(
        [
            "The US Commerce Department added Veltrona Systems to the Entity List.",
            "Orbis Mining was added to the Entity List on Tuesday.",
            "The United States imposed sanctions on Veltrona Systems on Monday.",
            "Washington imposed sanctions on Veltrona Systems in March.",
        ]
    )
    policies = _policies(graph)
    assert sorted((a["label"], a["documents"]) for a in policies.values()) == [
        ("Entity List", 2),
        ("US sanctions on Veltrona Systems", 2),
    ]
    assert policies["policy:us-sanctions-on-veltrona-systems"]["issuer"] == ["United States"]
    assert policies["policy:us-sanctions-on-veltrona-systems"]["subject"] == ["Veltrona Systems"]


@needs_model
def test_identity_an_unknown_firm_with_and_without_its_legal_form_is_one_node(corpus_graph):
    graph = corpus_graph(
        [
            "Lumora Inc. unveiled the QX5 accelerator in May.",
            "The chipmaker Lumora opened an office in Austin.",
            "Nvidia and Lumora signed a supply deal.",
        ]
    )
    firms = {n: a for n, a in graph.nodes(data=True) if a["type"] == "COMPANY"}
    assert firms.keys() == {"company:lumora", "company:nvidia"}
    assert firms["company:lumora"]["documents"] == 3


@pytest.fixture(scope="module")
def graph_of(parse, rules_nlp):
    """``graph_of([(doc_id, text, annotation, lemmas), ...])``: the graph of Docs parsed by
    hand, a document each, read by kg's rule components."""
    from kg.extract import doc_result

    def graph_of(documents: list[tuple[str, str, str, dict]]):
        results = []
        for doc_id, text, annotation, lemmas in documents:
            doc = parse(text, annotation, lemmas=lemmas)
            for name in ("kg_entity_recognizer", "kg_relation_extractor", "kg_identity"):
                doc = rules_nlp.get_pipe(name)(doc)
            results.append(doc_result(Document(doc_id, text), doc))
        return build_graph(results)

    return graph_of


IMPOSED = "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NNP:compound>6 NNP:pobj>4 .:punct>2"
TIGHTENED = "NNP:nsubj>2 VBD:ROOT>0 NN:compound>4 NNS:dobj>2 .:punct>2"


def test_identity_documents_of_three_governments_give_three_nodes(graph_of):
    graph = graph_of(
        [
            (
                f"d{i}",
                f"{country} imposed sanctions on Zorvane Aviation.",
                IMPOSED,
                {"imposed": "impose", "sanctions": "sanction"},
            )
            for i, country in enumerate(("Australia", "Canada", "Japan", "Canada"))
        ]
        + [
            (
                f"e{i}",
                f"{country} tightened export controls.",
                TIGHTENED,
                {"tightened": "tighten", "controls": "control"},
            )
            for i, country in enumerate(("Australia", "Canada", "Canada"))
        ]
    )
    assert sorted((a["label"], a["documents"]) for a in _policies(graph).values()) == [
        ("Australian export controls (e0)", 1),
        ("Australian sanctions on Zorvane Aviation", 1),
        ("Canadian export controls (e1)", 1),
        ("Canadian export controls (e2)", 1),
        ("Canadian sanctions on Zorvane Aviation", 2),
        ("Japanese sanctions on Zorvane Aviation", 1),
    ]
    node = graph.nodes["policy:canadian-sanctions-on-zorvane-aviation"]
    assert (node["issuer"], node["subject"]) == (["Canada"], ["Zorvane Aviation"])
