"""Write a seeded corpus of synthetic tech-policy news summaries for benchmarks.

Names come from kg's lexicon (kg/rules/lexicon), with products kept with their makers,
plus a share of invented companies and products that only the trained pipeline can
find. Each summary has two to four sentences from varied templates and most have a
date. Document ``i`` depends only on ``(seed, i)``, so a corpus of 10,100 documents
starts with the 10,000 of the same seed: that is how the benchmark grows a corpus by 1%.

    python bench/make_corpus.py 10000 -o bench/out/news-10k.jsonl --seed 7
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
from collections import defaultdict
from pathlib import Path

LEXICON = Path(__file__).resolve().parent.parent / "kg" / "rules" / "lexicon"

SENTENCES = [
    "{company} unveiled the {product}, its latest {kind}, at {event} in {city}.",
    "{company} said it will begin mass production of the {product} in {year}.",
    "{maker} will manufacture the {product} for {company} using its {tech}.",
    "The {product} is built on the {tech} and competes with the {product2}.",
    "{person}, the chief executive of {company}, said demand from {country} remains strong.",
    "{company} CEO {person} told reporters that the company plans to expand in {city}.",
    "The {agency} added {company} to the entity list, restricting sales of the {product}.",
    "{country} imposed new export controls targeting {company}'s {product} chips.",
    "The {agency} issued guidance under the {policy} that affects shipments to {country}.",
    "{company} and {company2} announced a partnership to develop {tech} chips.",
    "{company} agreed to acquire {company2} for ${amount} billion.",
    "{company} will invest ${amount} billion in a new plant in {city}.",
    "{company} filed a lawsuit against {company2} over licensing terms.",
    "{company} supplies memory to {company2}, according to people familiar with the matter.",
    "Analysts expect {company} to challenge {company2} in the market for {tech}.",
    "{company} opened a research centre in {city} to strengthen its presence in {country}.",
    "Shares of {company} rose {pct}% after the announcement.",
    "The move comes as {country} and {country2} negotiate over tariffs and the {policy}.",
    "{person} did not comment on the {policy}.",
    "{company} denied reports that it had shipped the {product} to {country}.",
]

INVENTED = {
    "COMPANY": ["Norvex Semiconductor", "Quantra Labs", "Helion Microsystems", "Vantis AI",
                "Corvane Technologies", "Lumetra Devices", "Skyforge Silicon", "Orbis Compute"],
    "PRODUCT": ["Tessera X2", "Nimbus 7 processor", "Arclight G3", "Vireo NPU", "Halcyon S9"],
}  # fmt: skip

#: Framing that news writing wraps around a statement.
LEAD_INS = [
    "", "", "Amid rising geopolitical tensions and an escalating tech war, ",
    "According to people familiar with the matter, ", "In a statement on Tuesday, ",
    "Seeking to reduce its reliance on foreign suppliers, ", "Earlier this month, ",
]  # fmt: skip
TAILS = [
    "", "", ", according to a report by the Financial Times",
    ", a move analysts said could reshape the global semiconductor supply chain",
    ", as demand for AI infrastructure continues to surge",
    ", although the details of the arrangement were not disclosed",
]  # fmt: skip

KINDS = ["processor", "AI accelerator", "smartphone chip", "data-centre GPU", "modem"]


def _load_lexicon() -> dict[str, list[dict]]:
    by_type: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(LEXICON.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                by_type[entry["type"]].append(entry)
    return by_type


class Vocabulary:
    """Names by role, drawn from the lexicon and the invented lists."""

    def __init__(self) -> None:
        lex = _load_lexicon()
        self.companies = [e["name"] for e in lex["COMPANY"]] + INVENTED["COMPANY"] * 6
        self.products = [(e["name"], e.get("maker")) for e in lex["PRODUCT"]]
        self.products += [(name, None) for name in INVENTED["PRODUCT"] * 6]
        self.foundries = [e["name"] for e in lex["COMPANY"] if e.get("kind") == "foundry"] or [
            "TSMC"
        ]
        self.agencies = [e["name"] for e in lex["AGENCY"]]
        self.countries = [e["name"] for e in lex["COUNTRY"]]
        self.cities = [e["name"] for e in lex["LOCATION"]]
        self.people = [e["name"] for e in lex["PERSON"]]
        self.policies = [e["name"] for e in lex["POLICY"]]
        self.techs = [e["name"] for e in lex["TECHNOLOGY"]]
        self.events = [e["name"] for e in lex["EVENT"]]


def summary(vocab: Vocabulary, seed: int, i: int) -> dict:
    """Document ``i`` of the corpus of ``seed``: id, text and (mostly) a date."""
    rng = random.Random(f"{seed}:{i}")
    product, maker = rng.choice(vocab.products)
    company = maker or rng.choice(vocab.companies)
    names = {
        "company": company,
        "company2": rng.choice([c for c in vocab.companies[:60] if c != company] or ["Intel"]),
        "product": product,
        "product2": rng.choice(vocab.products)[0],
        "maker": rng.choice(vocab.foundries),
        "kind": rng.choice(KINDS),
        "agency": rng.choice(vocab.agencies),
        "country": rng.choice(vocab.countries[:40]),
        "country2": rng.choice(vocab.countries[:40]),
        "city": rng.choice(vocab.cities),
        "person": rng.choice(vocab.people),
        "policy": rng.choice(vocab.policies),
        "tech": rng.choice(vocab.techs),
        "event": f"{rng.choice(vocab.events)} {rng.randint(2019, 2026)}",
        "year": rng.randint(2025, 2028),
        "amount": rng.choice([1, 2, 3.5, 5, 10, 20, 40]),
        "pct": rng.randint(1, 12),
    }
    templates = rng.sample(SENTENCES, rng.randint(2, 4))
    sentences = []
    for t in templates:
        sentence = t.format(**names)
        lead_in, tail = rng.choice(LEAD_INS), rng.choice(TAILS)
        if lead_in and not sentence.startswith("The "):
            first, rest = sentence.split(" ", 1)
            # common nouns that open a template lose their capital after a lead-in
            sentence = lead_in + (first.lower() if first in ("Analysts", "Shares") else first)
            sentence += " " + rest
        sentences.append(sentence[:-1] + tail + "." if tail else sentence)
    doc = {"id": f"bench-{seed}-{i}", "text": " ".join(sentences)}
    if rng.random() < 0.85:
        day = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randrange(3 * 365))
        doc["date"] = day.isoformat()
    return doc


def write_corpus(path: Path, count: int, *, seed: int = 7, start: int = 0) -> Path:
    """Write ``count`` summaries to ``path`` (JSON lines), from summary number ``start``."""
    vocab = Vocabulary()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + count):
            fh.write(json.dumps(summary(vocab, seed, i), ensure_ascii=False) + "\n")
    return path


def arguments(description: str) -> argparse.ArgumentParser:
    """The options of a script that writes a corpus: how many, where to, the seed."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("count", type=int, help="how many summaries")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the .jsonl to write")
    parser.add_argument("--seed", type=int, default=7)
    return parser


def main() -> None:
    args = arguments(__doc__.splitlines()[0]).parse_args()
    write_corpus(args.output, args.count, seed=args.seed)


if __name__ == "__main__":
    main()
