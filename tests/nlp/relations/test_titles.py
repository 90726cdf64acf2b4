"""Titles before and after a person's name: "Rapidus President Atsuyoshi Koike", "Cristiano
Amon, chief executive of Qualcomm", on sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "expected"),
    [
        # title before a name
        (
            "Rapidus President Atsuyoshi Koike spoke in Tokyo.",
            "NNP:compound>2 NNP:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 IN:prep>5 "
            "NNP:pobj>6 .:punct>5",
            {"spoke": "speak"},
            ("Atsuyoshi Koike", "leads", "Rapidus"),
        ),
        # title after a name
        (
            "Cristiano Amon, chief executive of Qualcomm, spoke.",
            "NNP:compound>2 NNP:nsubj>9 ,:punct>2 JJ:amod>5 NN:appos>2 IN:prep>5 NNP:pobj>6 "
            ",:punct>2 VBD:ROOT>0 .:punct>9",
            {"spoke": "speak"},
            ("Cristiano Amon", "leads", "Qualcomm"),
        ),
    ],
)
def test_titles_extracts(read, text, annotation, lemmas, expected):
    assert expected in read(text, annotation, lemmas=lemmas).relations


# Constructions of news nobody tuned the rules on, in sentences written for these tests.
CASES = ("text", "annotation", "lemmas", "ents", "expected")


# sentences written for the rules, parsed by hand, and the edges each gives
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Finance minister Arvid Lund said the Ministry of Finance would review the deal.",
            "NN:compound>2 NN:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 DT:det>7 "
            "NNP:nsubj>11 IN:prep>7 NNP:pobj>8 MD:aux>11 VB:ccomp>5 DT:det>13 NN:dobj>11 "
            ".:punct>5",
            {"said": "say"},
            {"Arvid Lund": "PERSON", "the Ministry of Finance": "ORG"},
            (("Arvid Lund", "leads", "Ministry of Finance"),),
        ),
        (
            "Veltra Systems said Dana Holt had replaced Ivo Marek as chief executive.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 NNP:compound>5 NNP:nsubj>7 VBD:aux>7 "
            "VBN:ccomp>3 NNP:compound>9 NNP:dobj>7 IN:prep>7 JJ:amod>12 NN:pobj>10 .:punct>3",
            {"said": "say", "had": "have", "replaced": "replace"},
            {"Veltra Systems": "ORG", "Dana Holt": "PERSON", "Ivo Marek": "PERSON"},
            (("Dana Holt", "leads", "Veltra Systems"), ("Ivo Marek", "leads", "Veltra Systems")),
        ),
        (
            "Nordane Shipping cut its forecast. Chief executive Sofia Brandt said demand had "
            "weakened.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 PRP$:poss>5 NN:dobj>3 .:punct>3 JJ:amod>8 "
            "NN:compound>10 NNP:compound>10 NNP:nsubj>11 VBD:ROOT>0 NN:nsubj>14 VBD:aux>14 "
            "VBN:ccomp>11 .:punct>11",
            {"said": "say", "had": "have", "weakened": "weaken"},
            {"Nordane Shipping": "PERSON", "Sofia Brandt": "PERSON"},
            (("Sofia Brandt", "leads", "Nordane Shipping"),),
        ),
        (
            "Calder Foods dismissed chief executive Owen Pryce on Monday.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 JJ:amod>5 NN:compound>7 NNP:compound>7 "
            "NNP:dobj>3 IN:prep>3 NNP:pobj>8 .:punct>3",
            {"dismissed": "dismiss"},
            {"Calder Foods": "ORG", "Owen Pryce": "PERSON"},
            (("Owen Pryce", "leads", "Calder Foods"),),
        ),
        (
            "Mira Soto, previously chief executive of Lantern Health, joined the board.",
            "NNP:compound>2 NNP:nsubj>11 ,:punct>2 RB:advmod>5 JJ:amod>6 NN:appos>2 IN:prep>6 "
            "NNP:compound>9 NNP:pobj>7 ,:punct>2 VBD:ROOT>0 DT:det>13 NN:dobj>11 .:punct>11",
            {"joined": "join"},
            {"Mira Soto": "PERSON", "Lantern Health": "ORG"},
            (("Mira Soto", "leads", "Lantern Health"),),
        ),
        (
            "Halvard Energy's board appointed Ingrid Solberg chief executive.",
            "NNP:compound>2 NNP:poss>4 POS:case>2 NN:nsubj>5 VBD:ROOT>0 NNP:compound>7 "
            "NNP:nmod>9 JJ:amod>9 NN:oprd>5 .:punct>5",
            {"appointed": "appoint"},
            {"Halvard Energy's": "ORG", "Ingrid Solberg": "PERSON"},
            (("Ingrid Solberg", "leads", "Halvard Energy"),),
        ),
        (
            "Carlos Mendes stepped down as CEO of Vale after three years.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 RB:advmod>3 IN:prep>3 NN:pobj>5 IN:prep>6 "
            "NNP:pobj>7 IN:prep>3 CD:nummod>11 NNS:pobj>9 .:punct>3",
            {"stepped": "step", "years": "year"},
            {"Carlos Mendes": "PERSON", "Vale": "GPE"},
            (("Carlos Mendes", "leads", "Vale"),),
        ),
        (
            "Infosys said Salil Parekh will remain at the helm until 2027.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNP:nsubj>6 MD:aux>6 VB:ccomp>2 IN:prep>6 "
            "DT:det>9 NN:pobj>7 IN:prep>6 CD:pobj>10 .:punct>2",
            {"said": "say"},
            {"Infosys": "ORG", "Salil Parekh": "PERSON"},
            (("Salil Parekh", "leads", "Infosys"),),
        ),
        (
            "Vietnam's Prime Minister Pham Minh Chinh met officials in Hanoi.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:compound>7 NNP:compound>7 NNP:compound>7 "
            "NNP:nsubj>8 VBD:ROOT>0 NNS:dobj>8 IN:prep>8 NNP:pobj>10 .:punct>8",
            {"met": "meet", "officials": "official"},
            {"Vietnam": "GPE", "Pham Minh Chinh": "PERSON", "Hanoi": "GPE"},
            (("Pham Minh Chinh", "leads", "Vietnam"),),
        ),
        (
            "Founded in 2020 by Zhang Jianzhong, the Beijing company Moore Threads sells GPUs.",
            "VBN:advcl>13 IN:prep>1 CD:pobj>2 IN:agent>1 NNP:compound>6 NNP:pobj>4 ,:punct>13 "
            "DT:det>12 NNP:compound>10 NN:compound>12 NNP:compound>12 NNP:nsubj>13 VBZ:ROOT>0 "
            "NNS:dobj>13 .:punct>13",
            {"Founded": "found", "sells": "sell", "GPUs": "gpu"},
            {"Zhang Jianzhong": "PERSON", "the Beijing company Moore Threads": "ORG"},
            (("Zhang Jianzhong", "leads", "Moore Threads"),),
        ),
        (
            "The chipmaker Orvane said sales rose, and chief executive Lina Berg said demand was "
            "strong.",
            "DT:det>2 NN:nsubj>4 NNP:appos>2 VBD:ROOT>0 NNS:nsubj>6 VBD:ccomp>4 ,:punct>6 "
            "CC:cc>4 JJ:amod>10 NN:compound>12 NNP:compound>12 NNP:nsubj>13 VBD:conj>4 "
            "NN:nsubj>15 VBD:ccomp>13 JJ:acomp>15 .:punct>4",
            {"said": "say", "sales": "sale", "rose": "rise", "was": "be"},
            {"Orvane": "PERSON", "Lina Berg": "PERSON"},
            (("Lina Berg", "leads", "Orvane"),),
        ),
        # a title after the name, the organisation's possessive before it
        (
            "Priya Nair, Zentrix's chairman and chief executive, said the plant would open in May.",
            "NNP:compound>2 NNP:nsubj>11 ,:punct>2 NNP:poss>6 POS:case>4 NN:appos>2 CC:cc>6 "
            "JJ:amod>9 NN:conj>6 ,:punct>2 VBD:ROOT>0 DT:det>13 NN:nsubj>15 MD:aux>15 "
            "VB:ccomp>11 IN:prep>15 NNP:pobj>16 .:punct>11",
            {"said": "say"},
            {"Priya Nair": "PERSON", "Zentrix": "ORG"},
            (("Priya Nair", "leads", "Zentrix"),),
        ),
        (
            "Lars Berg, Norway's prime minister, visited the plant.",
            "NNP:compound>2 NNP:nsubj>9 ,:punct>2 NNP:poss>7 POS:case>4 JJ:amod>7 NN:appos>2 "
            ",:punct>2 VBD:ROOT>0 DT:det>11 NN:dobj>9 .:punct>9",
            {"visited": "visit"},
            {"Lars Berg": "PERSON", "Norway": "GPE"},
            (("Lars Berg", "leads", "Norway"),),
        ),
        # a firm the tagger took for a noun before "CEO", and a name the recogniser cut
        # short after the title
        (
            "Kestova CEO Anders Halvorsen told reporters the company would cut spending.",
            "NN:compound>2 NNP:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 NNS:dobj>5 "
            "DT:det>8 NN:nsubj>10 MD:aux>10 VB:ccomp>5 NN:dobj>10 .:punct>5",
            {"told": "tell", "reporters": "reporter"},
            {"Halvorsen": "PERSON"},
            (("Anders Halvorsen", "leads", "Kestova"),),
        ),
        (
            "Lumera co-CEO Jun Seo-yeon heads its memory business.",
            "NNP:compound>2 NNP:compound>6 NNP:compound>4 NNP:compound>6 HYPH:punct>6 "
            "NNP:nsubj>7 VBZ:ROOT>0 PRP$:poss>10 NN:compound>10 NN:dobj>7 .:punct>7",
            {"heads": "head"},
            {"Lumera": "ORG", "Jun Seo-yeon": "PERSON"},
            (("Jun Seo-yeon", "leads", "Lumera"),),
        ),
        # a headline whose verb the parser read as a noun
        (
            "Halden Bank names Mira Okoro as chief executive",
            "NNP:compound>2 NNP:compound>3 NNS:compound>5 NNP:compound>5 NNP:ROOT>0 "
            "IN:prep>5 JJ:amod>8 NN:pobj>6",
            {"names": "name"},
            {"Halden Bank": "ORG", "Mira Okoro": "PERSON"},
            (("Mira Okoro", "leads", "Halden Bank"),),
        ),
        # what a person with a firm's title is "led by" is a firm, whatever its spelling
        (
            "Voxa+, which was spun off from Halden, is led by chief executive Mara Lind.",
            "NNS:nsubjpass>11 ,:punct>1 WDT:nsubjpass>5 VBD:auxpass>5 VBN:relcl>1 RP:prt>5 "
            "IN:prep>5 NNP:pobj>7 ,:punct>1 VBZ:auxpass>11 VBN:ROOT>0 IN:agent>11 JJ:amod>14 "
            "NN:compound>16 NNP:compound>16 NNP:pobj>12 .:punct>11",
            {"was": "be", "spun": "spin", "is": "be", "led": "lead"},
            {"Halden": "GPE", "Mara Lind": "PERSON"},
            (("Mara Lind", "leads", "Voxa+"),),
        ),
        (
            "Tri & i, now led by chief executive Ken Aoki, plans to list its unit.",
            "CD:nsubj>13 CC:cc>1 NNP:conj>1 ,:punct>1 RB:advmod>6 VBN:acl>1 IN:agent>6 "
            "JJ:amod>9 NN:compound>11 NNP:compound>11 NNP:pobj>7 ,:punct>1 VBZ:ROOT>0 "
            "TO:aux>15 VB:xcomp>13 PRP$:poss>17 NN:dobj>15 .:punct>13",
            {"led": "lead", "plans": "plan", "list": "list"},
            {"Ken Aoki": "PERSON"},
            (("Ken Aoki", "leads", "Tri & i"),),
        ),
        # a title alone: the firm the text leads with, though another is named as often
        (
            "Orvane Systems will build a data centre in Oslo. It will use chips from Nvidia. "
            "Nvidia will also supply switches. Chief executive Lena Berg said demand was strong.",
            "NNP:compound>2 NNPS:nsubj>4 MD:aux>4 VB:ROOT>0 DT:det>7 NN:compound>7 NN:dobj>4 "
            "IN:prep>4 NNP:pobj>8 .:punct>4 PRP:nsubj>13 MD:aux>13 VB:ROOT>0 NNS:dobj>13 "
            "IN:prep>14 NNP:pobj>15 .:punct>13 NNP:nsubj>21 MD:aux>21 RB:advmod>21 VB:ROOT>0 "
            "NNS:dobj>21 .:punct>21 JJ:amod>25 NN:compound>27 NNP:compound>27 NNP:nsubj>28 "
            "VBD:ROOT>0 NN:nsubj>30 VBD:ccomp>28 JJ:acomp>30 .:punct>28",
            {"chips": "chip", "switches": "switch", "said": "say", "was": "be"},
            {"Orvane Systems": "ORG", "Oslo": "GPE", "Nvidia": "ORG", "Lena Berg": "PERSON"},
            (("Lena Berg", "leads", "Orvane Systems"),),
        ),
        # a name in apposition to an organisation's title
        (
            "Halvard's chief executive, Mira Olsen, said orders rose.",
            "NNP:poss>4 POS:case>1 JJ:amod>4 NN:nsubj>9 ,:punct>4 NNP:compound>7 NNP:appos>4 "
            ",:punct>4 VBD:ROOT>0 NNS:nsubj>11 VBD:ccomp>9 .:punct>9",
            {"said": "say", "orders": "order", "rose": "rise"},
            {"Halvard": "ORG", "Mira Olsen": "PERSON"},
            (("Mira Olsen", "leads", "Halvard"),),
        ),
        # a body whose name is the title before the person
        (
            "US Trade Representative Mira Olsen met her counterpart.",
            "NNP:compound>3 NNP:compound>3 NNP:compound>5 NNP:compound>5 NNP:nsubj>6 VBD:ROOT>0 "
            "PRP$:poss>8 NN:dobj>6 .:punct>6",
            {"met": "meet"},
            {"US": "GPE", "Mira Olsen": "PERSON"},
            (("Mira Olsen", "leads", "Office of the US Trade Representative"),),
        ),
        # a person's possessive on a firm: the one who runs it
        (
            "Sam Altman's OpenAI signed a deal with Oracle.",
            "NNP:compound>2 NNP:poss>4 POS:case>2 NNP:nsubj>5 VBD:ROOT>0 DT:det>7 NN:dobj>5 "
            "IN:prep>5 NNP:pobj>8 .:punct>5",
            {"signed": "sign"},
            {"Sam Altman's": "PERSON", "OpenAI": "ORG", "Oracle": "PERSON"},
            (("Sam Altman", "leads", "OpenAI"),),
        ),
        # a second passive participle joined to one on a firm's noun: "chaired by X and run by Y"
        (
            "PIF launched Humain, an AI company chaired by Mohammed bin Salman and run by Tareq "
            "Amin.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 ,:punct>3 DT:det>7 NNP:compound>7 NN:appos>3 "
            "VBN:acl>7 IN:agent>8 NNP:compound>12 NNP:compound>12 NNP:pobj>9 CC:cc>8 VBN:conj>8 "
            "IN:agent>14 NNP:compound>17 NNP:pobj>15 .:punct>2",
            {"launched": "launch", "chaired": "chair"},
            {
                "PIF": "ORG",
                "Humain": "ORG",
                "AI": "GPE",
                "Mohammed bin Salman": "PERSON",
                "Tareq Amin": "PERSON",
            },
            (("Tareq Amin", "leads", "Humain"),),
        ),
        # taking the helm, becoming the chief: the post a person comes to hold
        (
            "Lip-Bu Tan took the helm at Intel in March.",
            "NN:compound>4 HYPH:punct>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 DT:det>7 NN:dobj>5 "
            "IN:prep>5 NNP:pobj>8 IN:prep>5 NNP:pobj>10 .:punct>5",
            {"took": "take"},
            {"Lip-Bu Tan": "PERSON", "Intel": "ORG"},
            (("Lip-Bu Tan", "leads", "Intel"),),
        ),
        (
            "Jane Fraser became chief executive of Citigroup in 2021.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 JJ:amod>5 NN:attr>3 IN:prep>5 NNP:pobj>6 "
            "IN:prep>3 CD:pobj>8 .:punct>3",
            {"became": "become"},
            {"Jane Fraser": "PERSON", "Citigroup": "ORG"},
            (("Jane Fraser", "leads", "Citigroup"),),
        ),
        # a firm's person named by it alone, with no title between, heads it
        (
            "Nvidia's Jensen Huang said demand remained strong.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 NN:nsubj>7 VBD:ccomp>5 "
            "JJ:acomp>7 .:punct>5",
            {"said": "say", "remained": "remain"},
            {"Nvidia": "GPE", "Jensen Huang": "PERSON"},
            (("Jensen Huang", "leads", "Nvidia"),),
        ),
        # "<person>-led" names who heads a firm
        (
            "Satya Nadella-led Microsoft reported earnings.",
            "NNP:compound>5 NNP:npadvmod>4 HYPH:punct>4 VBN:amod>5 NNP:nsubj>6 VBD:ROOT>0 "
            "NNS:dobj>6 .:punct>6",
            {"led": "lead", "reported": "report", "earnings": "earning"},
            {"Satya Nadella-led": "PERSON", "Microsoft": "ORG"},
            (("Satya Nadella", "leads", "Microsoft"),),
        ),
        # a nationality before a state's title, in apposition
        (
            "Pedro Sanchez, the Spanish prime minister, visited the plant.",
            "NNP:compound>2 NNP:nsubj>9 ,:punct>2 DT:det>7 JJ:amod>7 JJ:amod>7 NN:appos>2 "
            ",:punct>2 VBD:ROOT>0 DT:det>11 NN:dobj>9 .:punct>9",
            {"visited": "visit"},
            {"Pedro Sanchez": "PERSON"},
            (("Pedro Sanchez", "leads", "Spain"),),
        ),
        # a headline's appointment with the title right after the name
        (
            "Foxconn names Young Liu CEO",
            "NN:compound>2 NNS:ROOT>0 NNP:compound>4 NNP:compound>5 NNP:dobj>2",
            {"names": "name"},
            {"Foxconn": "GPE", "Young Liu": "PERSON"},
            (("Young Liu", "leads", "Foxconn"),),
        ),
        # "Director-general" alone before a name heads the body the text is about
        (
            "Kenya's Competition Authority fined Tecno 20 million shillings. Director-general "
            "David Kemei said the deals shut out rivals.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 NNP:nmod>9 CD:compound>8 "
            "CD:nummod>9 NNS:dobj>5 .:punct>5 NN:compound>13 HYPH:punct>13 NNP:compound>15 "
            "NNP:compound>15 NNP:nsubj>16 VBD:ROOT>0 DT:det>18 NNS:nsubj>19 VBD:ccomp>16 "
            "RP:prt>19 NNS:dobj>19 .:punct>16",
            {
                "fined": "fin",
                "shillings": "shilling",
                "said": "say",
                "deals": "deal",
                "rivals": "rival",
            },
            {
                "Kenya": "GPE",
                "Competition Authority": "ORG",
                "Tecno": "PERSON",
                "David Kemei": "PERSON",
            },
            (("David Kemei", "leads", "Competition Authority of Kenya"),),
        ),
        # "secretary-general" after a body's acronym the text defined: the body
        (
            "Thailand's Board of Investment (BOI) suspended the privileges. BOI secretary-general "
            "Narit Therdsteerasukdi said others were compliant.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>9 IN:prep>3 NNP:pobj>4 -LRB-:punct>5 NNP:appos>5 "
            "-RRB-:punct>3 VBD:ROOT>0 DT:det>11 NNS:dobj>9 .:punct>9 NNP:compound>14 "
            "NN:compound>18 HYPH:punct>14 NNP:appos>14 NNP:compound>18 NNP:nsubj>19 VBD:ROOT>0 "
            "NNS:nsubj>21 VBD:ccomp>19 JJ:acomp>21 .:punct>19",
            {
                "suspended": "suspend",
                "privileges": "privilege",
                "said": "say",
                "others": "other",
                "were": "be",
            },
            {
                "Thailand": "GPE",
                "Board of Investment (BOI": "ORG",
                "BOI": "ORG",
                "Narit Therdsteerasukdi": "ORG",
            },
            (("Narit Therdsteerasukdi", "leads", "Thailand Board of Investment"),),
        ),
        # a plural title is of each name listed
        (
            "Fastned failed to agree terms with founders Michiel Langezaal and Bart Lubbers.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 NNS:dobj>4 IN:prep>5 NNS:compound>9 "
            "NNP:compound>9 NNP:pobj>6 CC:cc>9 NNP:compound>12 NNP:conj>9 .:punct>2",
            {"failed": "fail", "terms": "term", "founders": "founder"},
            {"Michiel Langezaal": "PERSON", "Bart Lubbers": "PERSON"},
            (("Michiel Langezaal", "leads", "Fastned"), ("Bart Lubbers", "leads", "Fastned")),
        ),
        # founders named after a firm are of the firm named last before them
        (
            "Shell has abandoned its planned takeover of Dutch charging network Allego after "
            "failing to agree terms with founders Anja van Niersen and Mathieu Bonnet.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 PRP$:poss>6 VBN:amod>6 NN:dobj>3 IN:prep>6 "
            "NNP:npadvmod>9 VBG:pcomp>7 NN:compound>11 NNP:dobj>9 IN:prep>3 VBG:pcomp>12 "
            "TO:aux>15 VB:xcomp>13 NNS:dobj>15 IN:prep>16 NNS:pobj>17 NNP:compound>21 "
            "NNP:compound>21 NNP:appos>18 CC:cc>21 NNP:compound>24 NNP:conj>21 .:punct>3",
            {
                "has": "have",
                "abandoned": "abandon",
                "planned": "plan",
                "charging": "charge",
                "failing": "fail",
                "terms": "term",
                "founders": "founder",
            },
            {
                "Shell": "ORG",
                "Allego": "PERSON",
                "Anja van Niersen": "PERSON",
                "Mathieu Bonnet": "PERSON",
            },
            (("Anja van Niersen", "leads", "Allego"), ("Mathieu Bonnet", "leads", "Allego")),
        ),
        # "managing director" heads a firm, though "managing" weakens other titles
        (
            "Korvex Steel managing director Anil Joshi said output would rise.",
            "NNP:compound>2 NNP:nmod>4 VBG:amod>4 NN:compound>6 NNP:compound>6 NNP:nsubj>7 "
            "VBD:ROOT>0 NN:nsubj>10 MD:aux>10 VB:ccomp>7 .:punct>7",
            {"managing": "manage", "said": "say"},
            {"Korvex Steel": "ORG", "Anil Joshi": "PERSON"},
            (("Anil Joshi", "leads", "Korvex Steel"),),
        ),
        # what is chaired by a person is a firm, whatever the recogniser read
        (
            "Nusa Kobalt, chaired by tycoon Hendra Wiratama, is preparing a listing.",
            "NNP:compound>2 NNP:nsubj>11 ,:punct>2 VBN:acl>2 IN:agent>4 NN:compound>8 "
            "NNP:compound>8 NNP:pobj>5 ,:punct>2 VBZ:aux>11 VBG:ROOT>0 DT:det>13 NN:dobj>11 "
            ".:punct>11",
            {"chaired": "chair", "is": "be", "preparing": "prepare"},
            {"Nusa Kobalt": "PERSON", "Hendra Wiratama": "PERSON"},
            (("Hendra Wiratama", "leads", "Nusa Kobalt"),),
        ),
        # the firm "whose" title it is, however the parser hung the clause
        (
            "Puna Litio is majority-owned by Canadian miner Andes Brine Corp, whose chief "
            "executive Rafael Quiroga said the money would help.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 NN:npadvmod>6 HYPH:punct>6 VBN:acomp>3 "
            "IN:agent>6 JJ:amod>9 NN:compound>12 NNP:compound>12 NNP:compound>12 NNP:pobj>7 "
            ",:punct>12 WP$:poss>16 JJ:amod>16 NN:compound>18 NNP:compound>18 NNP:nsubj>19 "
            "VBD:conj>3 DT:det>21 NN:nsubj>23 MD:aux>23 VB:ccomp>19 .:punct>19",
            {"is": "be", "owned": "own", "said": "say"},
            {
                "Puna Litio": "ORG",
                "Canadian": "NORP",
                "Andes Brine Corp": "ORG",
                "Rafael Quiroga": "PERSON",
            },
            (("Rafael Quiroga", "leads", "Andes Brine Corp"),),
        ),
        # a field's one word read as a name of its own: the body the text names by it
        (
            "The Ministry of Commerce and Industry approved the scheme. Commerce minister Piyush "
            "Goyal praised it.",
            "DT:det>2 NNP:nsubj>7 IN:prep>2 NNP:pobj>3 CC:cc>4 NNP:conj>4 VBD:ROOT>0 DT:det>9 "
            "NN:dobj>7 .:punct>7 NN:compound>12 NN:compound>14 NNP:compound>14 NNP:nsubj>15 "
            "VBD:ROOT>0 PRP:dobj>15 .:punct>15",
            {"approved": "approve", "praised": "praise"},
            {
                "The Ministry of Commerce and Industry": "ORG",
                "Commerce": "ORG",
                "Piyush Goyal": "PERSON",
            },
            (("Piyush Goyal", "leads", "Ministry of Commerce and Industry"),),
        ),
        # a field's word in another of its forms
        (
            "The Federal Ministry of Economics approved the aid, said Economy Minister Robert "
            "Habeck.",
            "DT:det>3 NNP:compound>3 NNP:nsubj>6 IN:prep>3 NNP:pobj>4 VBD:ccomp>10 DT:det>8 "
            "NN:dobj>6 ,:punct>10 VBD:ROOT>0 NNP:compound>12 NNP:compound>14 NNP:compound>14 "
            "NNP:nsubj>10 .:punct>10",
            {"approved": "approve", "said": "say"},
            {"The Federal Ministry of Economics": "ORG", "Robert Habeck": "PERSON"},
            (("Robert Habeck", "leads", "Federal Ministry of Economics"),),
        ),
        # a title's "Under" read as a preposition right after "by"
        (
            "The Bureau of Industry and Security, headed by Under Secretary Alan Estevez, added "
            "the firms.",
            "DT:det>2 NNP:nsubj>15 IN:prep>2 NNP:pobj>3 CC:cc>4 NNP:conj>4 ,:punct>2 VBN:acl>2 "
            "IN:agent>8 IN:prep>8 NNP:compound>13 NNP:compound>13 NNP:pobj>10 ,:punct>2 "
            "VBD:ROOT>0 DT:det>17 NNS:dobj>15 .:punct>15",
            {"headed": "head", "added": "add", "firms": "firm"},
            {"The Bureau of Industry and Security": "ORG", "Alan Estevez": "PERSON"},
            (("Alan Estevez", "leads", "Bureau of Industry and Security"),),
        ),
        # a title after the name with its organisation right before it, in apposition
        (
            "Antonio Costa, the European Council president, arrived in Tokyo.",
            "NNP:compound>2 NNP:nsubj>9 ,:punct>2 DT:det>7 NNP:compound>6 NNP:compound>7 "
            "NN:appos>2 ,:punct>2 VBD:ROOT>0 IN:prep>9 NNP:pobj>10 .:punct>9",
            {"arrived": "arrive"},
            {"Antonio Costa": "PERSON", "the European Council": "ORG", "Tokyo": "GPE"},
            [("Antonio Costa", "leads", "European Council")],
        ),
        (
            "Lisa Su, the AMD chief executive, said demand was strong.",
            "NNP:compound>2 NNP:nsubj>9 ,:punct>2 DT:det>7 NNP:nmod>7 JJ:amod>7 NN:appos>2 "
            ",:punct>2 VBD:ROOT>0 NN:nsubj>11 VBD:ccomp>9 JJ:acomp>11 .:punct>9",
            {"said": "say", "was": "be"},
            {"Lisa Su": "PERSON", "AMD": "ORG"},
            [("Lisa Su", "leads", "AMD")],
        ),
        # a leading title the copula gives a person, whichever side it stands on
        (
            "Velmora, whose chief executive is Anika Rao, said sales rose.",
            "NNP:nsubj>10 ,:punct>1 WP$:poss>5 JJ:amod>5 NN:nsubj>6 VBZ:relcl>1 NNP:compound>8 "
            "NNP:attr>6 ,:punct>1 VBD:ROOT>0 NNS:nsubj>12 VBD:ccomp>10 .:punct>10",
            {"is": "be", "said": "say", "sales": "sale", "rose": "rise"},
            {"Velmora": "ORG", "Anika Rao": "PERSON"},
            (("Anika Rao", "leads", "Velmora"),),
        ),
        (
            "Anika Rao is Velmora's chief executive.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 NNP:poss>7 POS:case>4 JJ:amod>7 NN:attr>3 "
            ".:punct>3",
            {"is": "be"},
            {"Anika Rao": "PERSON", "Velmora": "ORG"},
            (("Anika Rao", "leads", "Velmora"),),
        ),
    ],
)
def test_titles_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# sentences whose ends are found but that give no such edge
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Digital Secretary Priya Nair met executives from Vodafone.",
            "NNP:compound>2 NNP:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 NNS:dobj>5 "
            "IN:prep>5 NNP:pobj>7 .:punct>5",
            {"met": "meet", "executives": "executive"},
            {"Digital": "ORG", "Priya Nair": "PERSON", "Vodafone": "ORG"},
            (("Priya Nair", "leads", "Vodafone"),),
        ),
        (
            "Jensen Huang serves as chairman of the venture, Toray said.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ccomp>11 IN:prep>3 NN:pobj>4 IN:prep>5 DT:det>8 "
            "NN:pobj>6 ,:punct>11 NNP:nsubj>11 VBD:ROOT>0 .:punct>11",
            {"serves": "serve", "said": "say"},
            {"Jensen Huang": "PERSON", "Toray": "PERSON"},
            (("Jensen Huang", "leads", "Toray"),),
        ),
        (
            "Brightwell hired Dana Ruiz as chief financial officer.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNP:dobj>2 IN:prep>4 JJ:amod>8 JJ:amod>8 "
            "NN:pobj>5 .:punct>2",
            {"hired": "hire"},
            {"Brightwell": "ORG", "Dana Ruiz": "PERSON"},
            (("Dana Ruiz", "leads", "Brightwell"),),
        ),
        # a chief financial officer leads nothing
        (
            "Sarah Lin, Orvex's chief financial officer, said margins would recover.",
            "NNP:compound>2 NNP:nsubj>10 ,:punct>2 NNP:poss>8 POS:case>4 JJ:amod>8 JJ:amod>8 "
            "NN:appos>2 ,:punct>2 VBD:ROOT>0 NNS:nsubj>13 MD:aux>13 VB:ccomp>10 .:punct>10",
            {"said": "say", "margins": "margin"},
            {"Sarah Lin": "PERSON", "Orvex": "ORG"},
            (("Sarah Lin", "leads", "Orvex"),),
        ),
        # a deputy's title leads nothing
        (
            "Halvard's deputy chief executive, Mira Olsen, said orders rose.",
            "NNP:poss>5 POS:case>1 JJ:amod>5 JJ:amod>5 NN:nsubj>10 ,:punct>5 NNP:compound>8 "
            "NNP:appos>5 ,:punct>5 VBD:ROOT>0 NNS:nsubj>12 VBD:ccomp>10 .:punct>10",
            {"said": "say", "orders": "order", "rose": "rise"},
            {"Halvard": "ORG", "Mira Olsen": "PERSON"},
            (("Mira Olsen", "leads", "Halvard"),),
        ),
        # one word may be a firm the recogniser took for a person
        (
            "Hartmann's Solvane raised $6 billion.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>4 VBD:ROOT>0 $:quantmod>7 CD:compound>7 CD:dobj>4 "
            ".:punct>4",
            {"raised": "raise"},
            {"Hartmann": "PERSON", "Solvane": "ORG"},
            (("Hartmann", "leads", "Solvane"),),
        ),
        # taking aim at a chief executive is no post taken
        (
            "Elon Musk took aim at the chief executive of Apple.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 NN:dobj>3 IN:prep>3 DT:det>8 JJ:amod>8 "
            "NN:pobj>5 IN:prep>8 NNP:pobj>9 .:punct>3",
            {"took": "take"},
            {"Elon Musk": "PERSON", "Apple": "ORG"},
            (("Elon Musk", "leads", "Apple"),),
        ),
        # a post of state taken names no firm the text is about
        (
            "Nvidia shares rose on Monday. Donald Trump became president in January.",
            "NNP:compound>2 NNS:nsubj>3 VBD:ROOT>0 IN:prep>3 NNP:pobj>4 .:punct>3 NNP:compound>8 "
            "NNP:nsubj>9 VBD:ROOT>0 NN:attr>9 IN:prep>9 NNP:pobj>11 .:punct>9",
            {"shares": "share", "rose": "rise", "became": "become"},
            {"Nvidia": "ORG", "Donald Trump": "PERSON"},
            (("Donald Trump", "leads", "Nvidia"),),
        ),
        # a title between says what the person is, and a chief scientist heads nothing
        (
            "Meta's chief AI scientist Yann LeCun left the company.",
            "NNP:poss>5 POS:case>1 JJ:amod>5 NNP:compound>5 NN:compound>7 NNP:compound>7 "
            "NNP:nsubj>8 VBD:ROOT>0 DT:det>10 NN:dobj>8 .:punct>8",
            {"left": "leave"},
            {"Meta": "ORG", "AI": "ORG", "Yann LeCun": "PERSON"},
            (("Yann LeCun", "leads", "Meta Platforms"),),
        ),
        # "boss" is no plural title: the name listed after is not its holder
        (
            "Tesla boss Elon Musk and Sam Altman clashed over OpenAI.",
            "JJ:compound>2 NN:nsubj>8 NNP:compound>4 NNP:appos>2 CC:cc>4 NNP:compound>7 "
            "NNP:conj>4 VBD:ROOT>0 IN:prep>8 NNP:pobj>9 .:punct>8",
            {"clashed": "clash"},
            {"Elon Musk": "PERSON", "Sam Altman": "PERSON", "OpenAI": "GPE"},
            (("Sam Altman", "leads", "Tesla"),),
        ),
        # a director-general heads a body, not the firm the text is about
        (
            "Pfizer's new vaccine is safe for children, Director-General Tedros Adhanom "
            "Ghebreyesus said on Monday.",
            "NNP:poss>4 POS:case>1 JJ:amod>4 NN:nsubj>5 VBZ:ccomp>16 JJ:acomp>5 IN:prep>6 "
            "NNS:pobj>7 ,:punct>16 NNP:compound>12 HYPH:punct>12 NNP:compound>15 NNP:compound>15 "
            "NNP:compound>15 NNP:nsubj>16 VBD:ROOT>0 IN:prep>16 NNP:pobj>17 .:punct>16",
            {"is": "be", "children": "child", "said": "say"},
            {"Pfizer": "PERSON", "Tedros Adhanom Ghebreyesus": "PERSON"},
            (("Tedros Adhanom Ghebreyesus", "leads", "Pfizer"),),
        ),
        # an executive is not the chief executive
        (
            "Tembusu appointed former Lam Research executive Rachel Tan as chief executive on "
            "Monday.",
            "NNP:nsubj>2 VBD:ROOT>0 JJ:amod>6 NNP:compound>6 NNP:compound>6 NN:compound>8 "
            "NNP:compound>8 NNP:dobj>2 IN:prep>2 JJ:amod>11 NN:pobj>9 IN:prep>2 NNP:pobj>12 "
            ".:punct>2",
            {"appointed": "appoint"},
            {"Lam Research": "ORG", "Rachel Tan": "PERSON", "Monday": "DATE"},
            (("Rachel Tan", "leads", "Lam Research"),),
        ),
        # a body whose name shares only a form of the field's word, and is no ministry
        (
            "Finance Minister Katsunobu Kato said the Financial Services Agency would inspect "
            "MUFG's books.",
            "NNP:compound>2 NNP:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 DT:det>9 "
            "NNP:compound>8 NNPS:compound>9 NNP:nsubj>11 MD:aux>11 VB:ccomp>5 NNP:poss>14 "
            "POS:case>12 NNS:dobj>11 .:punct>5",
            {"said": "say", "books": "book"},
            {
                "Katsunobu Kato": "PERSON",
                "the Financial Services Agency": "ORG",
                "MUFG": "ORG",
            },
            (("Katsunobu Kato", "leads", "Financial Services Agency"),),
        ),
        # (a title that leads nothing)
        (
            "Anika Rao is Velmora's chief financial officer.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 NNP:poss>8 POS:case>4 JJ:amod>8 JJ:amod>8 "
            "NN:attr>3 .:punct>3",
            {"is": "be"},
            {"Anika Rao": "PERSON", "Velmora": "ORG"},
            (("Anika Rao", "leads", "Velmora"),),
        ),
    ],
)
def test_titles_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)
