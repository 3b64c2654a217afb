#!/usr/bin/env python3
"""gen_corpus.py - relgraph's own deterministic benchmark corpus.

Dutch news-style articles (~4 KB .txt files, 1,000 per shard folder) and/or JSON-lines chat messages
({"id","date","sender","text"}) about crypto-phone investigations, with the gazetteer of the entities
they mention written directly as a relgraph rule file (and as {"entities":[...]} JSON, for the Python
baseline in ../shared/bench).

  python3 Benchmarks/gen_corpus.py --mb 10 --docs-out /tmp/rg10
  python3 Benchmarks/gen_corpus.py --mb 1000 --docs-out /tmp/rg1g --jsonl /tmp/rg1g.jsonl --entities 5000

Writes DIR/NNNN/NNNNNNN.txt, DIR/entities.yaml, DIR/gazetteer.json (for --jsonl F: F.entities.yaml and
F.gazetteer.json; --rules-out overrides the YAML path). The output is a pure function of the arguments:
every chunk of 200 documents / 2,000 messages has its own RNG seeded from (seed, kind, chunk), so the
bytes do not depend on --jobs or on scheduling. --mb is per output, in 10^6 bytes (the last document or
message crosses it).
"""
import argparse
import json
import os
import random
import sys
import time
from multiprocessing import Pool

# --------------------------------------------------------------------------- vocabulary
FIRST = ("Karim Sahil Jawad Mohamed Youssef Bilal Ilias Nordin Anouar Redouan Hamza Soufiane Naoufal Ayoub "
         "Mehdi Rachid Samir Omar Zakaria Tarik Kevin Dennis Ricardo Jordy Stefan Glenn Jeroen Bart Koen "
         "Pieter Wim Jan Tom Dirk Marco Danny Ronny Patrick Gert Sven Ferry Ridouan Piet Ivo Nabil Adil "
         "Khalid Hicham Mustafa Ismail Ali Ahmed Marouane Achraf Osman Erik Niels Ruben Joost Thijs Lars "
         "Sander Bram Daan Mila Fatima Samira Naima Sanne Lotte Eva Inge Ilse Nadia Yasmina Chaima Dina").split()
INITIALS = "ABCDEGHJKLMNOPRSTVWZ"
SYL_A = "Wes Zan Oos Ber Hol Ker Mol Dal Ven Mer Lin Rus Bre Gel Ter Hoo Bos Wil Gro Lei Dor Hel Ros Val".split()
SYL_B = "ter en der ke lo ma ri vel dam mer sen go na ra lin to".split()
SUFFIX = "dam dijk hoven veld broek horst wijk berg zele gem rode beek daal sluis".split()
REAL_CITIES = ("Antwerpen Rotterdam Amsterdam Brussel Mechelen Gent Utrecht Den_Haag Eindhoven Breda Tilburg "
               "Luik Charleroi Hasselt Leuven Brugge Oostende Almere Arnhem Nijmegen Maastricht Dubai Marbella "
               "Barcelona Madrid Parijs Lille Rijsel Keulen Hamburg Casablanca Tanger Guayaquil Bogota Istanbul").split()
COUNTRIES = [("België", ["Belgium"]), ("Nederland", ["Netherlands", "Holland"]), ("Frankrijk", ["France"]),
             ("Duitsland", ["Germany"]), ("Spanje", ["Spain"]), ("Marokko", ["Morocco"]),
             ("Colombia", []), ("Ecuador", []), ("Verenigde Arabische Emiraten", ["VAE"]), ("Turkije", ["Turkey"]),
             ("Canada", []), ("Verenigde Staten", ["VS"]), ("Servië", ["Serbia"]), ("Albanië", ["Albania"])]
REGIONS = [("Vlaanderen", []), ("Wallonië", []), ("Noord-Brabant", []), ("Limburg", []), ("Zuid-Holland", []),
           ("Noord-Holland", []), ("Andalusië", []), ("Catalonië", []), ("Costa del Sol", [])]
MEDIA = [("De Standaard", []), ("Het Laatste Nieuws", ["HLN"]), ("De Morgen", []), ("NRC", []),
         ("De Telegraaf", []), ("Het Parool", []), ("VRT NWS", []), ("NOS", []), ("Gazet van Antwerpen", ["GVA"]),
         ("Knack", []), ("Apache", [])]
PLATFORMS = [("Sky ECC", ["SKY ECC", "SkyECC"]), ("EncroChat", ["Encrochat", "ENCROCHAT"]), ("ANOM", ["AN0M"]),
             ("Ennetcom", []), ("PGP Safe", []), ("Exclu", []), ("Ghost", []), ("Matrix", []), ("Aerox", []),
             ("IronChat", []), ("Phantom Secure", []), ("Omerta", [])]
PLAT_A = "Sky Iron Black Cipher Zero Silent Nova Ghost Shadow Crypto Secure Titan Echo Vault Onyx Polar".split()
PLAT_B = "Chat Phone Talk Line Mail Link Comm ECC Net Box".split()
AGENCIES = [("Europol", []), ("Eurojust", []), ("federaal parket", ["Federaal Parket"]),
            ("Federale Gerechtelijke Politie", ["FGP"]), ("Federale Computer Crime Unit", ["FCCU"]),
            ("Openbaar Ministerie", ["OM"]), ("Landelijke Eenheid", []), ("Team High Tech Crime", ["THTC"]),
            ("FBI", []), ("Gendarmerie nationale", []), ("Nationale Politie", []), ("Douane", []),
            ("Koninklijke Marechaussee", ["KMar"]), ("Fiscale Inlichtingen- en Opsporingsdienst", ["FIOD"]),
            ("Bundeskriminalamt", ["BKA"]), ("Guardia Civil", [])]
UNIT = "Opsporingsteam Rechercheteam Onderzoeksteam Taskforce Werkgroep Cel".split()
CODENAME = ("Valk Argus Orion Lynx Kraai Wolf Noorderlicht Trident Poolster Havik Marter Sperwer Adelaar Das "
            "Vos Reiger Zwaluw Meeuw Uil Buizerd Kestrel Atlas Hermes Delta Kobalt Mangaan Titaan").split()
HANDLES = ("Tarzan Bolle Scarface Koning Witte Zwarte Tokkie Kapitein Slager Dokter Pablo Chef Neef Broer "
           "Vosje Bizon Panter Joker Ghost Mamba").split()
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()


def fold(s):
    """relgraph's collision key: ASCII and Latin-1 capitals folded (str.lower is a close superset)."""
    return s.lower()


class World:
    """The gazetteer: n entities over the seven relgraph types, no surface form shared across entities."""

    def __init__(self, n, seed):
        rng = random.Random("relgraph-world:%d:%d" % (seed, n))
        self.entities, self.seen = [], set()
        shares = {"person": .45, "city": .20, "agency": .15, "platform": .12, "country": .03, "region": .02,
                  "media": .03}
        want = {t: max(1, int(n * s)) for t, s in shares.items()}
        want["person"] += n - sum(want.values())
        gens = {"person": self._people(rng), "city": self._cities(rng), "agency": self._agencies(rng),
                "platform": self._platforms(rng), "country": iter(COUNTRIES), "region": iter(REGIONS),
                "media": iter(MEDIA)}
        for t in ("country", "region", "media", "platform", "agency", "city", "person"):
            got = tries = 0
            for name, aliases in gens[t]:
                tries += 1
                if got == want[t] or len(self.entities) == n or (t != "person" and tries > 20 * want[t] + 1000):
                    break
                got += self._add(name, t, aliases)
            if t != "person":                               # lists that ran short: the rest goes to people
                want["person"] += want[t] - got
        self.by_type = {}
        for e in self.entities:
            self.by_type.setdefault(e["type"], []).append(e)
        # Zipf-like popularity: a 4,096-entry lookup table per type, indexed by getrandbits(12)
        self.table = {}
        for t, es in self.by_type.items():
            w = [1.0 / (r + 1) for r in range(len(es))]
            tot, acc, table, j = sum(w), 0.0, [], 0
            for k in range(4096):
                q = (k + 0.5) / 4096 * tot
                while acc + w[j] < q and j < len(es) - 1:
                    acc += w[j]
                    j += 1
                table.append(es[j]["forms"])
            self.table[t] = table

    def _add(self, name, etype, aliases):
        if fold(name) in self.seen:
            return 0
        self.seen.add(fold(name))
        kept = []
        for a in aliases:
            if fold(a) not in self.seen:
                self.seen.add(fold(a))
                kept.append(a)
        self.entities.append({"id": len(self.entities), "name": name, "type": etype, "aliases": kept,
                              "forms": [name] * 3 + kept})          # the canonical name is the usual form
        return 1

    @staticmethod
    def _people(rng):
        pairs = [(f, i) for f in FIRST for i in INITIALS]
        rng.shuffle(pairs)
        for f, i in pairs:
            yield "%s %s." % (f, i), []
        full = [(f, a, b, c) for a in SYL_A for b in SYL_B for c in SUFFIX for f in FIRST]
        rng.shuffle(full)                                   # past 1,600 people: invented surnames (430,000)
        for f, a, b, c in full:
            yield "%s %s%s%s" % (f, a, b, c), []

    @staticmethod
    def _cities(rng):
        for c in REAL_CITIES:
            c = c.replace("_", " ")
            yield c, [c.upper()]
        while True:
            c = rng.choice(SYL_A) + rng.choice(SYL_B) + rng.choice(SUFFIX)
            yield c, [c.upper()]

    @staticmethod
    def _platforms(rng):
        yield from PLATFORMS
        while True:
            a, b = rng.choice(PLAT_A), rng.choice(PLAT_B)
            n = rng.randrange(2, 99) if rng.random() < .5 else 0
            name = "%s%s" % (a, b) + (" %d" % n if n else "")
            yield name, [name.upper()]

    @staticmethod
    def _agencies(rng):
        yield from AGENCIES
        while True:
            yield "%s %s" % (rng.choice(UNIT), rng.choice(CODENAME) + (rng.choice(SYL_B) if rng.random() < .7 else "")), []

    def rule_yaml(self):
        q = lambda s: json.dumps(s, ensure_ascii=False)     # a JSON string is a YAML double-quoted scalar
        out = ["# relgraph rule file written by Benchmarks/gen_corpus.py (%d entities)" % len(self.entities),
               "entities:"]
        for e in self.entities:
            out.append("  - {name: %s, type: %s%s}" % (q(e["name"]), e["type"],
                       ", aliases: [%s]" % ", ".join(map(q, e["aliases"])) if e["aliases"] else ""))
        return "\n".join(out) + "\n"

    def gazetteer_json(self):
        return json.dumps({"entities": [{k: e[k] for k in ("id", "name", "type", "aliases")}
                                        for e in self.entities]}, ensure_ascii=False, indent=0)


# --------------------------------------------------------------------------- templates
# {P} person {A} agency {L} platform {C} city {K} country {R} region {M} media {N} number {D} date
DOC_SENTENCES = [
    "Volgens {M} werden de berichten van {P} via {L} onderschept door {A}.",
    "Het onderzoek van {A} in {C} draait al sinds {D} en telt {N} verdachten.",
    "{P} zou vanuit {C} een netwerk van koeriers hebben aangestuurd.",
    "De servers van {L} stonden in {K}, zo bevestigt {A}.",
    "Na het kraken van {L} schakelden veel gebruikers over op {L}.",
    "{A} en {A} werkten samen in een gemeenschappelijk onderzoeksteam.",
    "In de haven van {C} werd {N} kilo cocaïne in beslag genomen.",
    "De verdediging van {P} betwist de bruikbaarheid van de {L}-berichten.",
    "{P} werd op {D} opgepakt in {C} bij een actie van {A}.",
    "Uit de chats blijkt dat {P} en {P} elkaar kenden uit {C}.",
    "De rechtbank in {C} veroordeelde {P} tot {N} jaar cel.",
    "{A} weigert commentaar te geven op het lopende onderzoek.",
    "Het toestel kostte {N} euro per half jaar en werkte alleen met {L}.",
    "Volgens het dossier reisde {P} geregeld tussen {C} en {C}.",
    "De woordvoerder van {A} spreekt van een doorbraak in de strijd tegen de drugsmaffia.",
    "In {R} werden {N} woningen doorzocht.",
    "Ook in {K} liepen huiszoekingen, meldt {M}.",
    "De advocaat van {P} noemt de werkwijze van {A} onwettig.",
    "Het netwerk zou jaarlijks miljoenen euro's hebben witgewassen via vastgoed in {C}.",
    "Dat blijkt uit stukken die {M} kon inkijken.",
    "Het proces begint in het najaar.",
    "Er werden ook wapens, luxewagens en cash geld aangetroffen.",
    "De feiten dateren van {D}.",
    "{P}, die in {C} woont, ontkent elke betrokkenheid.",
    "Onderzoekers van {A} konden dankzij {L} maandenlang meelezen.",
]
HEADLINES = [
    "{A} kraakt {L}: {N} arrestaties in {C}",
    "Proces rond {L}-berichten start in {C}",
    "{P} opgepakt na onderzoek van {A}",
    "Cocaïnenetwerk in {R} opgerold",
    "Nieuwe onthullingen over {L} in {K}",
]
CHAT = [
    "morgen {C}?", "{P} regelt de bus", "zeg tegen {P} dat hij moet bellen", "alles clean in {C}",
    "pas op, {A} zit erop", "stuur het naar {L} nummer", "{N} stuks klaar voor {C}", "waar is {P}??",
    "niet via {L}, die is gehackt", "ok broer", "container komt vrijdag in {C} aan", "{P} is binnen",
    "geld ligt bij {P} in {C}", "wis alles", "nieuwe toestellen via {P}", "{A} was vandaag in {C}",
    "bel me op {L}", "hoeveel voor {N}?", "ik hoor dat {P} praat met {A}", "ready", "eerst {C} dan {K}",
]


def compile_templates(ts):
    out = []
    for t in ts:
        parts, i = [], 0
        while True:
            j = t.find("{", i)
            if j < 0:
                parts.append(t[i:])
                break
            parts.append(t[i:j])
            parts.append(t[j + 1])
            i = j + 3
        out.append(parts)                                # literal, slot, literal, slot, …, literal
    return out


DOC_T, HEAD_T, CHAT_T = compile_templates(DOC_SENTENCES), compile_templates(HEADLINES), compile_templates(CHAT)
TYPES = {"P": "person", "A": "agency", "L": "platform", "C": "city", "K": "country", "R": "region", "M": "media"}

WORLD = None  # set in each worker


def _init(world):
    global WORLD
    WORLD = world


class Renderer:
    def __init__(self, rng):
        self.rng = rng
        self.bits = rng.getrandbits
        self.tables = {k: WORLD.table.get(t) or WORLD.table["person"] for k, t in TYPES.items()}

    def date(self):
        r = self.rng
        return "%d %s %d" % (r.randint(1, 28), MONTHS[r.randrange(12)], r.randint(2016, 2024))

    def render(self, parts):
        out, bits, tables = [parts[0]], self.bits, self.tables
        for k in range(1, len(parts), 2):
            s = parts[k]
            tab = tables.get(s)
            if tab is not None:
                forms = tab[bits(12)]
                out.append(forms[bits(8) % len(forms)])
            elif s == "N":
                out.append(str(bits(6) + 2))
            else:
                out.append(self.date())
            out.append(parts[k + 1])
        return "".join(out)


DOCS_PER_CHUNK, MSGS_PER_CHUNK = 200, 2000


def chunk_rng(seed, kind, idx):
    return random.Random("relgraph-%s:%d:%d" % (kind, seed, idx))


def docs_chunk(args):
    seed, idx = args
    rng = chunk_rng(seed, "docs", idx)
    R, out = Renderer(rng), []
    n_t = len(DOC_T)
    for d in range(DOCS_PER_CHUNK):
        target = 3000 + rng.getrandbits(11)             # 3.0–5.0 KB, ~4 KB on average
        y, m = rng.randint(2016, 2024), rng.randint(1, 12)
        head = R.render(HEAD_T[rng.randrange(len(HEAD_T))])
        city = R.render(["", "C", ""])
        body = [" date %d-%02d %s\n\n%s (%s) – " % (y, m, head, city.upper(), R.date())]
        size = len(body[0])
        while size < target:
            para = " ".join(R.render(DOC_T[rng.randrange(n_t)]) for _ in range(3 + rng.getrandbits(2)))
            body.append(para + "\n\n")
            size += len(para) + 2
        out.append("".join(body).encode("utf-8"))
    return out


def msgs_chunk(args):
    seed, idx = args
    rng = chunk_rng(seed, "msgs", idx)
    R, out, bits = Renderer(rng), [], rng.getrandbits
    day = time.strftime("%Y-%m-%dT", time.gmtime(1577836800 + idx * 86400))   # one day per chunk, from 2020
    n_t, n_h = len(CHAT_T), len(HANDLES)
    quote = json.encoder.encode_basestring                  # our texts need no escaping, but stay correct
    sec = 0
    for k in range(MSGS_PER_CHUNK):
        sec += 1 + bits(6)                                  # 2,000 messages x 32 s on average: within the day
        text = R.render(CHAT_T[rng.randrange(n_t)])
        if bits(2) == 0:
            text += ", " + R.render(CHAT_T[rng.randrange(n_t)])
        out.append(('{"id": "m%09d", "date": "%s%02d:%02d:%02dZ", "sender": "%s%d", "text": %s}\n'
                    % (idx * MSGS_PER_CHUNK + k, day, sec // 3600, sec // 60 % 60, sec % 60,
                       HANDLES[rng.randrange(n_h)], bits(6), quote(text))).encode("utf-8"))
    return out


def produce(fn, seed, target, pool, jobs, sink):
    """Feeds chunks, in order, to sink(index, bytes) until target bytes are written; returns (items, bytes).
    At most 2 x jobs chunks are in flight, so memory stays flat at any size."""
    total = n = 0
    pending, nxt = [], 0
    while True:
        while pool and len(pending) < 2 * jobs:
            pending.append(pool.apply_async(fn, ((seed, nxt),)))
            nxt += 1
        items = pending.pop(0).get() if pool else fn((seed, nxt))
        if not pool:
            nxt += 1
        for b in items:
            sink(n, b)
            n += 1
            total += len(b)
            if total >= target:
                return n, total


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, required=True, help="size of each output, 10^6 bytes (10 to 1000)")
    ap.add_argument("--docs-out", metavar="DIR", help="folder for the articles (NNNN/NNNNNNN.txt)")
    ap.add_argument("--jsonl", metavar="FILE", help="JSON-lines file of chat messages")
    ap.add_argument("--entities", type=int, default=2000, help="gazetteer size (default 2000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rules-out", metavar="FILE", help="the relgraph rule file (default next to the output)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (no effect on output)")
    a = ap.parse_args(argv)
    if not (a.docs_out or a.jsonl):
        ap.error("give --docs-out DIR and/or --jsonl FILE")
    if not 20 <= a.entities <= 200000:
        ap.error("--entities must be between 20 and 200000")
    t0 = time.time()
    world = World(a.entities, a.seed)
    _init(world)
    rules = a.rules_out or (os.path.join(a.docs_out, "entities.yaml") if a.docs_out else a.jsonl + ".entities.yaml")
    gaz = os.path.join(a.docs_out, "gazetteer.json") if a.docs_out else a.jsonl + ".gazetteer.json"
    target = int(a.mb * 1e6)
    pool = Pool(a.jobs, _init, (world,)) if a.jobs > 1 else None
    try:
        if a.docs_out:
            os.makedirs(a.docs_out, exist_ok=True)
            made = set()

            def write_doc(i, b):
                shard = os.path.join(a.docs_out, "%04d" % (i // 1000))
                if shard not in made:
                    os.makedirs(shard, exist_ok=True)
                    made.add(shard)
                with open(os.path.join(shard, "%07d.txt" % i), "wb") as f:
                    f.write(b)

            t1 = time.time()
            n, size = produce(docs_chunk, a.seed, target, pool, a.jobs, write_doc)
            dt = time.time() - t1
            print("docs: %d files, %.1f MB in %.1fs (%.1f MB/s) -> %s" % (n, size / 1e6, dt, size / 1e6 / dt, a.docs_out),
                  file=sys.stderr)
        if a.jsonl:
            with open(a.jsonl, "wb", buffering=8 << 20) as f:
                t1 = time.time()
                n, size = produce(msgs_chunk, a.seed, target, pool, a.jobs, lambda i, b: f.write(b))
                dt = time.time() - t1
            print("jsonl: %d messages, %.1f MB in %.1fs (%.1f MB/s) -> %s" % (n, size / 1e6, dt, size / 1e6 / dt, a.jsonl),
                  file=sys.stderr)
    finally:
        if pool:
            pool.terminate()
    for path, text in ((rules, world.rule_yaml()), (gaz, world.gazetteer_json())):
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    print("gazetteer: %d entities -> %s (relgraph rules), %s (baseline JSON); %.1fs in all"
          % (len(world.entities), rules, gaz, time.time() - t0), file=sys.stderr)


if __name__ == "__main__":
    main()
