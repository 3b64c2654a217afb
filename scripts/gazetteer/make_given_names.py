#!/usr/bin/env python3
"""Generate the given-name list of relgraph's default rule pack.

Writes ``Sources/RelGraph/Rules/DefaultRules/GivenNames.swift``: the given names that let the
``<FullName>`` class find a person without a role word before the name ("Norbert Jansen", "Hakan
Ayik"). The list is the hand-written names below, plus the first names of the locales that the news
relgraph reads names people from: Dutch, Flemish, French and Belgian French, Turkish, Spanish,
English, German, Italian, Polish and Portuguese.

Sources and licences
--------------------
* PyPI package ``faker`` (MIT licence): the ``first_names`` tables of its person providers
  (``faker.providers.person.<locale>``) for the locales in ``LOCALES``. Faker's Arabic locales
  write names in Arabic script; Moroccan and Arabic names in Latin script come from its Belgian and
  Dutch tables and the hand list.
* Debian word lists ``wdutch``, ``wamerican``, ``wbritish``, ``wfrench``, ``wngerman`` and
  ``wspanish`` (``/usr/share/dict/…``; GPL-2.0 and SCOWL's permissive licence): only used to leave
  out names that are ordinary words in lower case (Roos, Bas, Dan, Rose, Will, Kent, Augustus), which
  a capital at the start of a sentence would otherwise turn into a first name.
* The built-in gazetteer (``Places.swift``, ``Agencies.swift``, ``Platforms.swift``,
  ``Media.swift``): a name that is also a place or an organisation there (Florence, Jordan, Victoria,
  Sydney) is left out, since the gazetteer already claims it.
* ``HAND``: names from Belgian and Dutch news that the tables lack, kept whatever the filters say;
  ``EXCLUDED``: capitalised words of headlines and titles that the word lists do not hold in lower case.

Run from the repository's root (needs ``pip install faker`` and the Debian word lists):
    python3 scripts/gazetteer/make_given_names.py
"""
import importlib
import os
import re
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
RULES = os.path.join(ROOT, "Sources", "RelGraph", "Rules", "DefaultRules")
OUTPUT = os.path.join(RULES, "GivenNames.swift")

LOCALES = ["nl_NL", "nl_BE", "fr_FR", "fr_BE", "tr_TR", "es_ES", "en_US", "en_GB", "de_DE", "it_IT", "pl_PL", "pt_PT"]
WORD_LISTS = ["dutch", "american-english", "british-english", "french", "ngerman", "spanish"]

# Names of Belgian and Dutch news (Dutch, Flemish, Moroccan, Turkish, Albanian, Balkan, Surinamese) that
# faker's tables lack or that the word-list filter would drop although they are mostly names.
HAND = """
Aaron Abdel Abdelkader Abdellah Abdelhak Abdelaziz Abderrahim Abdul Abdullah Adam Adil Adnan Adrian Ahmed Ahmet
Aisha Ajdin Alain Albert Alejandro Aleksandar Alex Alexander Alexandre Alexis Ali Alice Alina Amal Amin Amir
Amina Amy Ana Anas Andrea Andreas Andrei Andrew André Andy Angela Anika Anita Ann Anna Anne Anne-Marie Annelies
Annemarie Anouk Anthony Antoine Anton Antonio Arjen Arno Arnold Arthur Astrid Ayoub Aziz Badr Barbara Bart Bas
Bashir Ben Benjamin Benoît Bernard Bert Bilal Bjorn Björn Boris Bram Brian Bruno Burak Carl Carla Carlos
Caroline Catherine Cem Charles Charlotte Chris Christian Christine Christophe Claire Claude Cor Cornelis
Cristian Daan Dani Daniel Daniëlle Danny Dario David Davy Dennis Didier Dieter Dimitri Dirk Dominique Dries
Edin Eduardo Edward Elena Eline Elisabeth Ellen Els Emily Emir Emma Emmanuel Emre Enzo Erik Eric Erwin Esther
Eva Evelien Fabian Fatima Faycal Fernando Filip Frank Frans Frederik Frédéric Freek Gabriel Geert Georges
George Gerard Gert Gijs Gilles Giovanni Goran Greet Guido Gunther Hakan Hamid Hans Hasan Hassan Hendrik Henk
Henri Herman Hicham Hilde Hugo Hussein Ibrahim Ilias Ilse Imad Imane Inge Ingrid Ismail Ivan Jaap Jack Jacob
Jacques Jaime Jakob James Jan Jan-Willem Jana Jasper Javier Jawad Jean Jean-François Jean-Francois Jean-Marc
Jean-Pierre Jelle Jennifer Jens Jeroen Jesse Joachim Joey Johan Johannes John Jonas Jonathan Joost Jordi Jorge
Joris José Joseph Josef Joyce Juan Julia Julie Julien Jurgen Jürgen Kaan Kamal Karel Karim Karin Kathleen
Katrien Kees Kenan Kenneth Kevin Khalid Kim Klaas Koen Kristof Laura Lars Laurens Lea Leen Lennert Leo Levi
Liam Lieven Linda Lisa Lotte Louis Luc Lucas Ludo Luis Luka Lukas Maarten Mahmoud Malika Manuel Marc Marcel
Marco Marcus Maria Marie Marieke Marijke Marina Mario Marion Mark Marko Martijn Martin Mathias Mathieu Matthias
Max Mehdi Mehmet Melissa Michael Michaël Michel Michiel Miguel Mike Milan Mimoun Mohamed Mohammed Mounir Mourad
Murat Mustafa Nabil Nadia Naima Natalia Nathalie Nicolas Niels Nik Nikola Nina Noah Noor Olivier Omar Oscar
Osman Otto Pablo Paolo Pascal Patrick Paul Pedro Peter Petra Philippe Pierre Piet Pieter Quentin Rachid Rafael
Rainer Ramon Raoul Rashid Redouan Reece Reinier Remco René Ricardo Richard Rick Ridouan Rik Rob Robert Roberto
Robin Rodrigo Roel Roger Rogier Roland Romain Ron Ronald Rudi Rudy Ruud Ryan Saïd Said Sahil Salah Salim Sam
Samir Sander Sandra Sara Sarah Sebastian Sébastien Selim Serge Sergio Simon Sofie Sophie Stefan Stephan
Stéphane Steven Stijn Sven Tanja Tarik Tariq Tess Thijs Thomas Tim Tina Tobias Tom Tomas Tommy Ton Tony Vincent
Wendy Werner Wesley Wim Willem William Wouter Yann Yannick Yasin Yassine Yusuf Yves Zakaria Zoë Zoran Younes
Youssef Yassir Soufiane Mohcine Nourdin Nordin Achraf Anouar Anwar Bilel Brahim Driss Hamza Houssine Ilyas
Ismael Jamal Khalil Lahcen Mostafa Mouad Mounia Nadir Noureddine Othman Oussama Rachida Redouane Samira Souad
Taoufik Yahya Zakariya Zineb Ridouane Naoufal Abdelhamid Abdelilah Abdeslam Fouad Hatim Mimount Ouassim Dritan
Ardit Arben Besnik Blerim Driton Erion Fatos Gentian Ilir Klodian Kujtim Luan Valon Ylli Edon Arber Nikolai
Dragan Milos Nemanja Dejan Zlatan Darko Veljko Radoje Stevan Vuk Zvonko Branko Igor Sergej Romano Dwight Glenn
Rinaldo Ramses Winston Jerrel Roy Clyde Delano Rodney Marciano Regillio Joaquín Ignacio Sebastián Mateo
Guillermo Gonzalo Álvaro Ángel Raúl Íñigo Norbert Hubert Lodewijk Gijsbert Bartholomeus Ferdinand Godfried
Leopold Reinout Wietse Sjoerd Tjeerd Ymke Femke
""".split()

# Capitalised words of news English and Dutch that the word lists hold only with a capital or not at all.
EXCLUDED = set("""
Christmas Easter Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April May June
July August September October November December Justice Liberty Unity Royal General Major Sergeant Captain Prince
Princess King Queen Duke Lord Lady Sir Dame Bishop Pope Saint Santa Santo San Don Dom Van Von Der Den Del Della Le La
Jordan Dakota Regina Austin Chelsea
""".split())


def faker_names():
    names = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            table = getattr(provider, attribute, None)
            if table:
                names.update(table.keys() if isinstance(table, dict) else table)
    return names


def lower_case_words():
    words = set()
    for name in WORD_LISTS:
        path = os.path.join("/usr/share/dict", name)
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                word = line.strip()
                if word and word[0].islower():
                    words.add(word.casefold())
    return words


def gazetteer_surfaces():
    """Every name, alias and adjective of the built-in gazetteer tables, folded."""
    surfaces = set()
    for table in ("Places.swift", "Agencies.swift", "Platforms.swift", "Media.swift"):
        with open(os.path.join(RULES, table), encoding="utf-8") as handle:
            for line in handle:
                fields = line.rstrip("\n").split("\t")
                if len(fields) < 2 or line.lstrip().startswith("#"):
                    continue
                for column in fields[1:4]:
                    surfaces.update(part.strip().casefold() for part in column.split("|") if part.strip())
    return surfaces


NAME_SHAPE = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")


def is_latin_name(name):
    if not NAME_SHAPE.match(name) or len(name) < 3 or not name[0].isupper() or name.isupper():
        return False
    return all(ch == "-" or "LATIN" in unicodedata.name(ch, "") for ch in name)


def main():
    hand = set(HAND)
    words = lower_case_words()
    surfaces = gazetteer_surfaces()
    dropped = {"shape": 0, "word": 0, "gazetteer": 0, "excluded": 0}
    chosen = set(hand)
    for name in sorted(faker_names() - hand):
        if not is_latin_name(name):
            dropped["shape"] += 1
        elif name in EXCLUDED:
            dropped["excluded"] += 1
        elif name.casefold() in words:
            dropped["word"] += 1
        elif name.casefold() in surfaces:
            dropped["gazetteer"] += 1
        else:
            chosen.add(name)
    names = sorted(chosen, key=lambda n: (unicodedata.normalize("NFD", n).casefold(), n))
    lines, line = [], ""
    for name in names:
        piece = f"{name}, "
        if len(line) + len(piece) > 112:
            lines.append(line.rstrip())
            line = ""
        line += piece
    lines.append(line.rstrip().rstrip(","))
    body = "\n".join("      " + l for l in lines)
    swift = f'''// Generated by scripts/gazetteer/make_given_names.py: edit the script, not this file.
extension DefaultRulePack {{
    /// Given names, so that a full name is found without a role word before it ("Hakan Ayik", "Norbert
    /// Jansen"): a hand list from Belgian and Dutch news and the first names of faker's Dutch, Flemish,
    /// French, Turkish, Spanish, English, German, Italian, Polish and Portuguese tables, without those that
    /// are ordinary lower-case words or names in the gazetteer ({len(names)} names).
    static let givenNames = #"""
    given_names: [
{body}
    ]
    """#
}}
'''
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(swift)
    print(f"{len(names)} given names ({len(hand)} by hand); left out: " +
          ", ".join(f"{count} {why}" for why, count in dropped.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
