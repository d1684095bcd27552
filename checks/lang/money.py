"""Currencies: symbols and codes written before an amount, words and codes written after it, money scales."""

from __future__ import annotations

# Written before the amount ("US$69 billion", "$US32 billion", "€9bn", "Rs 2,300 crore"); keys lower-case, no spaces.
CURRENCY_PREFIXES = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "usd": "USD", "c$": "CAD", "ca$": "CAD", "cad": "CAD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "nz$": "NZD", "nzd": "NZD", "s$": "SGD", "sgd": "SGD",
    "hk$": "HKD", "hkd": "HKD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY",
    "jpy": "JPY", "rs": "INR", "rs.": "INR", "rp": "IDR", "rp.": "IDR", "₹": "INR", "inr": "INR", "rm": "MYR",
    "myr": "MYR",
    "chf": "CHF", "r$": "BRL", "cny": "CNY", "nt$": "TWD", "ntd": "TWD", "twd": "TWD", "ksh": "KES", "kes": "KES",
    "₦": "NGN", "ngn": "NGN", "₩": "KRW", "krw": "KRW", "₱": "PHP", "php": "PHP", "₺": "TRY", "₽": "RUB", "rub": "RUB",
    "₪": "ILS", "ils": "ILS", "mx$": "MXN", "mxn": "MXN", "zar": "ZAR", "pkr": "PKR", "bdt": "BDT", "tk": "BDT",
    "sar": "SAR", "aed": "AED", "thb": "THB", "idr": "IDR", "egp": "EGP", "uah": "UAH", "₴": "UAH",
    "sr": "SAR",  # as the Saudi press writes the riyal ("SR32 a share")
    # the code after the sign, as Australian and New Zealand papers write it ("$US32 billion", "$A1.2bn")
    "$us": "USD", "$a": "AUD", "$au": "AUD", "$nz": "NZD", "$c": "CAD", "$hk": "HKD",
}
# Prefixes written with capitals inside them, besides all capitals and an initial capital ("KSh 346 billion")
PREFIX_SPELLINGS = {"ksh": ("KSh",), "u.s.$": ("U.S.$", "U.S. $")}
# Currency names several countries share: an amount written with the bare name ("120 billion dirhams", "Rs 500
# crore", "2 million pesos") is in whichever of them a fact names; the first is what the bare name means otherwise
# (CURRENCY_WORDS takes it from here).
SHARED_NAMES = {
    "dirhams": ("AED", "MAD"), "dirham": ("AED", "MAD"),
    "rupees": ("INR", "PKR", "LKR", "NPR"), "rupee": ("INR", "PKR", "LKR", "NPR"), "rs": ("INR", "PKR", "LKR", "NPR"),
    "pesos": ("MXN", "PHP", "ARS", "CLP", "COP"), "dinars": ("KWD", "LYD", "IQD", "JOD"),
    "francs": ("CHF", "XOF", "XAF", "CDF"), "franc": ("CHF", "XOF", "XAF", "CDF"),
}
# Currencies called dollars: a bare "$" in a story priced in one of them may be that dollar.
DOLLAR_CODES = frozenset({"USD", "NZD", "AUD", "CAD", "SGD", "HKD", "TWD", "JMD", "BSD", "FJD", "ZWL", "LRD", "NAD"})
# Written after the amount ("14 billion dollars", "300 million euros"), or named in a fact's unit.
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "usd": "USD", "$": "USD", "us$": "USD",
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "pounds sterling": "GBP", "gbp": "GBP", "£": "GBP",
    "inr": "INR", "₹": "INR", "yen": "JPY", "jpy": "JPY", "¥": "JPY", "ringgit": "MYR",
    "myr": "MYR", "yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "swiss francs": "CHF", "chf": "CHF",
    "canadian dollars": "CAD", "cad": "CAD", "australian dollars": "AUD", "aud": "AUD",
    "new taiwan dollar": "TWD", "new taiwan dollars": "TWD", "taiwan dollars": "TWD", "twd": "TWD", "nt$": "TWD",
    "ntd": "TWD", "hong kong dollars": "HKD", "hkd": "HKD", "singapore dollars": "SGD", "sgd": "SGD",
    "kenyan shillings": "KES", "kes": "KES", "naira": "NGN", "ngn": "NGN", "rand": "ZAR", "zar": "ZAR",
    "south korean won": "KRW", "krw": "KRW", "philippine pesos": "PHP", "lira": "TRY", "liras": "TRY", "roubles": "RUB", "rubles": "RUB",
    "rub": "RUB", "hryvnias": "UAH", "hryvnia": "UAH", "uah": "UAH", "shekels": "ILS", "ils": "ILS", "riyals": "SAR",
    "riyal": "SAR", "saudi riyals": "SAR", "sar": "SAR", "aed": "AED", "baht": "THB", "thb": "THB", "rupiah": "IDR", "idr": "IDR",
    "taka": "BDT", "bdt": "BDT", "pakistani rupees": "PKR", "pkr": "PKR", "egyptian pounds": "EGP", "egp": "EGP",
    "reais": "BRL", "brl": "BRL", "new zealand dollars": "NZD", "nzd": "NZD",
    # a shared name with its country's adjective names one currency
    "moroccan dirhams": "MAD", "moroccan dirham": "MAD", "mad": "MAD", "uae dirhams": "AED", "emirati dirhams": "AED",
    "sri lankan rupees": "LKR", "lkr": "LKR", "nepalese rupees": "NPR", "npr": "NPR",
    "mexican pesos": "MXN", "argentine pesos": "ARS", "ars": "ARS", "chilean pesos": "CLP",
    "clp": "CLP", "colombian pesos": "COP", "cop": "COP", "kuwaiti dinars": "KWD", "kwd": "KWD",
    "libyan dinars": "LYD", "lyd": "LYD", "iraqi dinars": "IQD", "iqd": "IQD", "jordanian dinars": "JOD", "jod": "JOD",
    "cfa francs": "XOF", "xof": "XOF", "xaf": "XAF", "congolese francs": "CDF", "cdf": "CDF",
    **{name: codes[0] for name, codes in SHARED_NAMES.items()},  # a bare shared name: its first currency
}
# Codes that count only in capitals after an amount ("300 USD", not "300 aud..." in running text).
CODES_AFTER = {"usd", "eur", "gbp", "inr", "jpy", "myr", "cny", "chf", "cad", "aud", "twd", "hkd", "sgd", "kes", "ngn",
               "zar", "krw", "rub", "uah", "ils", "sar", "aed", "thb", "idr", "bdt", "pkr", "egp", "brl", "nzd", "mad",
               "lkr", "npr", "ars", "clp", "cop", "kwd", "lyd", "iqd", "jod", "xof", "xaf", "cdf"}
# Scales of an amount: an abbreviation ("$300m", "€9bn", "$53 bln", "$53-B") only right after a currency; a word
# ("14 billion dollars") anywhere.
MONEY_SCALE_ABBREVIATIONS = {"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9, "tn": 1e12, "k": 1e3}
MONEY_SCALES = {**MONEY_SCALE_ABBREVIATIONS, "million": 1e6, "billion": 1e9, "trillion": 1e12, "thousand": 1e3,
                "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}
# "$31 a share", "per share": the price of one share, a unit of its own; a class of share or the company's name may
# stand between ("per ordinary share", "for each Velmar share").
PER_SHARE = ("a share", "per share", "for each share", "each share")
SHARE_CLASSES = ("ordinary", "common", "preferred", "class a", "class b")

# Holdings an amount may be "of" ("CHF 16 billion of AT1 debt", "$2 billion of deposits"): an amount of those is no
# amount of a deal or a payment (unlike "of new capital", "of its own shares", which say what the amount is)
HOLDING_NOUNS = frozenset({"debt", "debts", "bonds", "deposits", "assets", "liabilities", "losses", "reserves",
                           "savings", "holdings"})
