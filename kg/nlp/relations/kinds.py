"""Words that descriptions are read by: the kinds of product "the chip" or "the vehicle"
may refer back to, the nouns of a pair of parties ("the two sides"), the units goods are
measured in."""

from __future__ import annotations

__all__ = ["CODE_NAMING", "GATHERINGS", "KINDS", "PAIRS", "UNITS", "WHOLE"]

#: Units a quantity of goods is measured in: "192GB of HBM3E", "40,000 tonnes of copper".
UNITS = frozenset(
    (
        "gb",
        "tb",
        "mb",
        "tonnes",
        "tons",
        "tonne",
        "ton",
        "barrels",
        "units",
        "megawatts",
        "gw",
        "mw",
    )
)

#: Nouns for two parties named before ("the two sides", "both companies"), and their types.
PAIRS = {
    "side": ("COUNTRY",),
    "country": ("COUNTRY",),
    "nation": ("COUNTRY",),
    "government": ("COUNTRY",),
    "company": ("COMPANY",),
    "firm": ("COMPANY",),
    "group": ("COMPANY",),
    "lender": ("COMPANY",),
    "bank": ("COMPANY",),
    "carrier": ("COMPANY",),
    "airline": ("COMPANY",),
    "carmaker": ("COMPANY",),
    "automaker": ("COMPANY",),
    "chipmaker": ("COMPANY",),
    "partner": ("COMPANY",),
}

#: Descriptions and the lexicon kinds they cover: "the chip" is an SoC, a GPU, a modem ...
_CHIPS = frozenset(("chip", "soc", "gpu", "cpu", "accelerator", "processor", "modem", "npu"))
_FAMILIES = (
    _CHIPS,
    frozenset(("phone", "smartphone", "handset")),
    frozenset(("car", "suv", "sedan", "vehicle", "ev", "pickup", "truck", "hatchback", "scooter")),
    frozenset(
        ("jet", "aircraft", "plane", "airliner", "narrowbody", "widebody", "helicopter", "drone")
    ),
    frozenset(("drug", "treatment", "pill", "medicine", "therapy", "vaccine", "medication")),
    frozenset(("console",)),
    frozenset(("robot", "humanoid")),
    frozenset(("satellite",)),
    frozenset(("missile",)),
    frozenset(("reactor",)),
)
#: Adjectives that make a description generic: "the whole vehicle".
WHOLE = frozenset(("whole", "entire", "overall", "average", "typical"))
KINDS = {word: family for family in _FAMILIES for word in family}

#: Nouns of a gathering of firms, which "the consortium" cannot refer back to one firm by.
GATHERINGS = frozenset(("consortium", "alliance", "coalition", "association", "federation"))

#: Verbs that give a thing its code name: "a chip codenamed Titan".
CODE_NAMING = frozenset(("codename", "codenamed", "code-name", "code-named", "dub", "dubbed"))
