"""The lexicon's entities: aliases to canonical labels, case, demonyms, makers beside their
products and owners beside what they own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lexicon, with a legal-name alias resolving to the canonical label
        (
            "Taiwan Semiconductor Manufacturing Co reported profits.",
            ("Taiwan Semiconductor Manufacturing Co", "TSMC", "COMPANY"),
        ),
        # upper-case variant of a one-word alias
        ("NVIDIA shares rose.", ("NVIDIA", "Nvidia", "COMPANY")),
        # an upper-case variant is not another entry's name as that entry writes it: "BOE" is
        # BOE Technology, not the Bank of England's "BoE" in capitals
        ("Dell buys display panels from BOE.", ("BOE", "BOE Technology", "COMPANY")),
        ("The BoE held rates.", ("BoE", "Bank of England", "AGENCY")),
        # demonym names a country
        ("A Dutch supplier was named.", ("Dutch", "Netherlands", "COUNTRY")),
        # "Congo" alone, as the beat's news uses it, is the larger Congo
        (
            "Congo halted cobalt shipments in February.",
            ("Congo", "Democratic Republic of the Congo", "COUNTRY"),
        ),
        # ... and the Republic of Congo is the other one
        (
            "The Republic of Congo signed an oil deal.",
            ("Republic of Congo", "Republic of the Congo", "COUNTRY"),
        ),
        # a battery chemistry is a technology, one name for its words and its letters; the
        # product noun after it stays out ("LFP cells" is the chemistry and the cells)
        (
            "The pack uses lithium iron phosphate cells.",
            ("lithium iron phosphate", "lithium iron phosphate", "TECHNOLOGY"),
        ),
        ("The pack uses LFP cells.", ("LFP", "lithium iron phosphate", "TECHNOLOGY")),
    ],
)
def test_lexicon_found_without_parser(read_unparsed, text, expected):
    assert expected in read_unparsed(text).mentions


def test_lexicon_lowercase_text_does_not_match_capitalised_name(read_unparsed):
    # "Scale AI" is a company; "rack-scale AI system" names none
    found = read_unparsed("A rack-scale AI system shipped.").mentions
    assert all(label != "Scale AI" for _, label, _ in found)


def test_lexicon_another_countrys_body_of_the_same_name_is_not_the_entry(read_unparsed):
    # the FDA is the US one; "the Thai Food and Drug Administration" is Thailand's own
    found = read_unparsed(
        "The FDA approved the drug, and the Thai Food and Drug Administration followed."
    ).mentions
    assert ("FDA", "US Food and Drug Administration", "AGENCY") in found
    thai = [label for text, label, _ in found if text == "Food and Drug Administration"]
    assert thai and "US Food and Drug Administration" not in thai


def test_lexicon_a_two_character_code_names_a_product_only_beside_its_maker(read_unparsed):
    # "R2" is DeepSeek's model in a text naming DeepSeek; Rivian's R2 is not it
    other = read_unparsed("Rivian said the R2 would ship in 2026.").mentions
    assert all(label != "DeepSeek-R2" for _, label, _ in other)
    own = read_unparsed("DeepSeek said R2 would ship in 2026.").mentions
    assert any(label == "DeepSeek-R2" for _, label, _ in own)


def test_lexicon_maker_split_from_product_alias(read_unparsed):
    found = read_unparsed("Huawei Ascend 910B chips were found.").mentions
    assert ("Huawei", "Huawei", "COMPANY") in found
    assert any(label == "Ascend 910B" for _, label, _ in found)


def test_lexicon_possessive_alias_leaves_owner_mention(read):
    found = read(
        "China's Ministry of Commerce announced curbs.",
        "NNP:poss>3 POS:case>1 NNP:nsubj>6 IN:prep>3 NNP:pobj>4 VBD:ROOT>0 NNS:dobj>6 .:punct>6",
        lemmas={"announced": "announce", "curbs": "curb"},
    ).mentions
    assert ("China", "China", "COUNTRY") in found
    assert any(t == "AGENCY" for _, _, t in found)


# Names and shapes of news nobody tuned the rules on, in sentences written for these tests.
CASES = ("text", "annotation", "lemmas", "ents", "expected")


@pytest.mark.parametrize(
    CASES,
    [
        (
            "India's commerce ministry cut tariffs on walnuts.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 NNS:dobj>5 IN:prep>5 "
            "NNS:pobj>7 .:punct>5",
            {"tariffs": "tariff", "walnuts": "walnut"},
            {"India": "GPE", "commerce ministry": "ORG"},
            ("India's commerce ministry", "AGENCY"),
        ),
    ],
)
def test_lexicon_reads_a_body_of_its_own_country(read, text, annotation, lemmas, ents, expected):
    """India's commerce ministry is not China's, whose lexicon entry says "commerce ministry"."""
    mentions = read(text, annotation, lemmas=lemmas, ents=ents).mentions
    assert expected in {(label, type_) for _, label, type_ in mentions}
    assert "Ministry of Commerce" not in {label for _, label, _ in mentions}


@pytest.mark.parametrize(
    CASES,
    [
        (
            "Washington had been pressing The Hague to curb shipments of older machines.",
            "NNP:nsubj>4 VBD:aux>4 VBN:aux>4 VBG:ROOT>0 DT:det>6 NNP:dobj>4 TO:aux>8 "
            "VB:xcomp>4 NNS:dobj>8 IN:prep>9 JJR:amod>12 NNS:pobj>10 .:punct>4",
            {
                "had": "have",
                "been": "be",
                "pressing": "press",
                "shipments": "shipment",
                "older": "old",
                "machines": "machine",
            },
            {"Washington": "GPE", "The Hague": "GPE"},
            ("Netherlands", "COUNTRY"),
        ),
        (
            "Tokyo has pledged ¥400 billion for the plant.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 IN:prep>6 "
            "DT:det>9 NN:pobj>7 .:punct>3",
            {"has": "have", "pledged": "pledge"},
            {"Tokyo": "GPE"},
            ("Japan", "COUNTRY"),
        ),
        (
            "China's commerce ministry added two firms to its list.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 CD:nummod>7 "
            "NNS:dobj>5 IN:prep>5 PRP$:poss>10 NN:pobj>8 .:punct>5",
            {"added": "add", "firms": "firm"},
            {"China": "GPE", "commerce ministry": "ORG"},
            ("Ministry of Commerce", "AGENCY"),
        ),
        # a capital opening its sentence before the verb acts as the government, however parsed
        (
            "Tokyo barred equipment from Huawei from its networks.",
            "NNP:npadvmod>2 VBD:ROOT>0 NN:dobj>2 IN:prep>3 NNP:pobj>4 IN:prep>2 PRP$:poss>8 "
            "NNS:pobj>6 .:punct>2",
            {"barred": "bar", "networks": "network"},
            {"Tokyo": "GPE", "Huawei": "ORG"},
            ("Japan", "COUNTRY"),
        ),
        # the country a known body is named after is a mention of its own
        (
            "The US Treasury Department sanctioned Orvane Shipping.",
            "DT:det>4 NNP:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 NNP:compound>7 "
            "NNP:dobj>5 .:punct>5",
            {"sanctioned": "sanction"},
            {"The US Treasury Department": "ORG", "Orvane Shipping": "ORG"},
            ("United States", "COUNTRY"),
        ),
        # a firm's name ending another's is not that firm: "Hualan Micron"
        (
            "Taiwanese assembler Hualan Micron opened a test line in Hanoi.",
            "JJ:amod>2 NN:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 DT:det>8 NN:compound>8 "
            "NN:dobj>5 IN:prep>5 NNP:pobj>9 .:punct>5",
            {"opened": "open"},
            {"Hualan Micron": "PERSON", "Hanoi": "GPE"},
            ("Hualan Micron", "COMPANY"),
        ),
        # an English word before a known firm's name opens no longer name (a headline's capitals)
        (
            "Chinese Carmaker BYD Overtakes Tesla in Europe",
            "JJ:amod>2 NNP:compound>3 NNP:compound>5 NNPS:compound>5 NNP:ROOT>0 IN:prep>5 "
            "NNP:pobj>6",
            {},
            {"Overtakes Tesla": "PERSON", "Europe": "LOC"},
            ("BYD", "COMPANY"),
        ),
    ],
)
def test_lexicon_finds_and_types_beyond_the_lexicon(read, text, annotation, lemmas, ents, expected):
    mentions = read(text, annotation, lemmas=lemmas, ents=ents).mentions
    assert expected in {(label, type_) for _, label, type_ in mentions}


# The lexicon a build chooses (``--lexicon``): none of kg's field entries, or the user's.

KORVATH = (
    "Korvath Systems CEO Dana Whitfield said the chipmaker will supply Nvidia.",
    "NNP:compound>2 NNPS:compound>5 NNP:compound>5 NNP:compound>5 NNP:nsubj>6 VBD:ROOT>0 "
    "DT:det>8 NN:nsubj>10 MD:aux>10 VB:ccomp>6 NNP:dobj>10 .:punct>6",
)


@pytest.fixture(scope="module")
def read_with():
    """``read_with(values, text, annotation, **given)``: what the rules read in a Doc parsed
    by hand, with the lexicon of the ``--lexicon`` values."""
    from kg.nlp.lexicon_choice import LexiconChoice
    from kg.nlp.pipeline import load_pipeline
    from tests.conftest import parsed, reading

    pipelines = {}

    def read_with(values, text, annotation, **given):
        choice = LexiconChoice.parse(values)
        nlp = pipelines.get(choice)
        if nlp is None:
            nlp = pipelines[choice] = load_pipeline("blank", lexicon=choice)
        doc = parsed(nlp, text, annotation, **given)
        for name in ("kg_entity_recognizer", "kg_relation_extractor"):
            doc = nlp.get_pipe(name)(doc)
        return reading(doc)

    return read_with


def test_lexicon_none_finds_a_new_firm_and_its_ceo_by_shape_and_context(read_with):
    found = read_with(["none"], *KORVATH, lemmas={"said": "say"}, ents={"Dana Whitfield": "PERSON"})
    assert ("Korvath Systems", "Korvath Systems", "COMPANY") in found.mentions
    assert ("Dana Whitfield", "Dana Whitfield", "PERSON") in found.mentions
    assert ("Dana Whitfield", "leads", "Korvath Systems") in found.relations


def test_lexicon_none_leaves_names_only_the_lexicon_knows(read_with):
    bare = read_with(["none"], *KORVATH, lemmas={"said": "say"})
    assert "Nvidia" not in {label for _, label, _ in bare.mentions}
    full = read_with([], *KORVATH, lemmas={"said": "say"})
    assert ("Nvidia", "Nvidia", "COMPANY") in full.mentions
    assert ("Korvath Systems", "supplies", "Nvidia") in full.relations - bare.relations


def test_lexicon_none_keeps_the_countries_and_their_capitals(read_with):
    found = read_with(
        ["none"],
        "Washington banned exports to Japan.",
        "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NNP:pobj>4 .:punct>2",
        lemmas={"banned": "ban", "exports": "export"},
    )
    assert ("Washington", "United States", "COUNTRY") in found.mentions
    assert ("Japan", "Japan", "COUNTRY") in found.mentions


def test_lexicon_none_leaves_places_to_the_recogniser(read_with):
    text = "Korvath Systems opened a plant in Hsinchu."
    parse = (
        "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>5 NNP:pobj>6 .:punct>3"
    )
    lemmas = {"opened": "open"}
    place = ("Hsinchu", "Hsinchu", "LOCATION")
    assert place in read_with([], text, parse, lemmas=lemmas).mentions
    assert place not in read_with(["none"], text, parse, lemmas=lemmas).mentions
    recognised = read_with(["none"], text, parse, lemmas=lemmas, ents={"Hsinchu": "GPE"})
    assert place in recognised.mentions
    assert ("Korvath Systems", "operates_in", "Hsinchu") in recognised.relations


@pytest.fixture
def mine(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(
        '{"name": "Korvath", "type": "COMPANY", "aliases": ["Korvath Systems"],'
        ' "wikidata": "Q0", "country": "Japan"}\n'
        '{"name": "Dana Whitfield", "type": "PERSON"}\n'
        '{"name": "Nvidia Corporation", "type": "COMPANY", "aliases": ["Nvidia"]}\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("values", [["MINE"], ["none", "MINE"]])
def test_lexicon_user_entries_are_found_and_typed(read_with, mine, values):
    values = [str(mine) if v == "MINE" else v for v in values]
    found = read_with(values, *KORVATH, lemmas={"said": "say"})
    assert ("Korvath Systems", "Korvath", "COMPANY") in found.mentions
    assert ("Dana Whitfield", "Dana Whitfield", "PERSON") in found.mentions
    # the user's entry takes the built-in one's name
    assert ("Nvidia", "Nvidia Corporation", "COMPANY") in found.mentions
    assert ("Dana Whitfield", "leads", "Korvath") in found.relations
