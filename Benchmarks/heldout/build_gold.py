#!/usr/bin/env python3
"""Builds gold.json for the held-out set from the annotations below and checks them against the texts:
every alias and compound must occur in its text (case-sensitive), every evidence piece must be a
substring, every relation end must be an entity (required or optional) of the same document.
Co-occurrence pairs are derived per sentence from the required entities' aliases (longest match,
non-overlapping, word-bounded), plus the hand-listed pairs in EXTRA_COOC (coordination ellipsis).
Run: python3 Benchmarks/heldout/build_gold.py   (rewrites gold.json next to it)"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_annotations import E, R, T, build  # noqa: E402

DOCS = {}

# ---------------------------------------------------------------- 001 EncroChat / gendarmerie (NL)
DOCS["001_encrochat_kraak_gendarmerie.txt"] = dict(
    entities=[
        E("Frankrijk", "country", ["Franse"], "adjectival_only"),
        E("Nederland", "country", ["Nederland", "Nederlandse"]),
        E("EncroChat", "platform", ["EncroChat"], compound=["EncroChat-toestel"]),
        E("Europol", "agency", ["Europol"], compound=["Europol-directeur"]),
        E("Eurojust", "agency", ["Eurojust"]),
        E("Den Haag", "city", ["Den Haag"]),
        E("Franse gendarmerie", "agency", ["Franse gendarmerie", "gendarmerie"],
          note="second mention 'de gendarmerie' is the same (definite, anaphoric) agency"),
        E("Roubaix", "city", ["Roubaix"]),
        E("Lille", "city", ["Lille"]),
        E("Nederlandse politie", "agency", ["Nederlandse politie"]),
        E("Openbaar Ministerie", "agency", ["Openbaar Ministerie"]),
        E("Verenigd Koninkrijk", "country", ["Verenigd Koninkrijk"]),
        E("Spanje", "country", ["Spanje"]),
        E("landelijke eenheid", "agency", ["landelijke eenheid"]),
        E("Jannine van den Berg", "person", ["Jannine van den Berg", "Van den Berg"]),
        E("Catherine De Bolle", "person", ["Catherine De Bolle"]),
    ],
    entities_optional=[
        E("ANP", "media", ["ANP"], note="photo credit"),
        E("Franse speurders", "agency", ["Franse en Nederlandse speurders"], "elliptical_only",
          note="'speurders' = investigators, not an authority noun; acceptable either way"),
        E("Nederlandse speurders", "agency", ["Nederlandse speurders"]),
    ],
    relations=[
        R("EncroChat", "cracked_by", "Franse gendarmerie", "Het netwerk van EncroChat werd gekraakt door de Franse gendarmerie"),
        R("Jannine van den Berg", "works_for", "landelijke eenheid", "Jannine van den Berg, de hoogste baas van de landelijke eenheid"),
        R("Catherine De Bolle", "works_for", "Europol", "Europol-directeur Catherine De Bolle"),
        R("Eurojust", "located_in", "Den Haag", "Eurojust zetelt net als Europol in Den Haag"),
    ],
    relations_optional=[
        R("Europol", "located_in", "Den Haag", "Eurojust zetelt net als Europol in Den Haag", "elliptical ('net als Europol')"),
        R("EncroChat", "cracked_by", "Nederlandse politie",
          "Een gezamenlijk team van de gendarmerie en de Nederlandse politie wist daarna software op de toestellen te installeren",
          "implied participation; the explicit cracking agent is the gendarmerie"),
        R("EncroChat", "operates_from", "Roubaix", "de dienst servers huurde in een datacenter in Roubaix",
          "server location, not where the service is run from"),
    ],
    relation_traps=[
        R("Roubaix", "located_in", "Lille", "Roubaix, vlak bij Lille", "'vlak bij' = near, Roubaix is its own town"),
        R("Franse gendarmerie", "part_of", "Nederlandse politie",
          "Een gezamenlijk team van de gendarmerie en de Nederlandse politie", "joint team, not a parent"),
    ],
    traps=[
        T(" date 2020-07 Franse en Nederlandse speurders", "date header glued to the first sentence"),
        T("Zestigduizend klanten", "heading without punctuation"),
        T("Lees ook:Wat we weten over de kraak van EncroChat", "read-also line, no space after the colon"),
        T("Foto: ANP", "photo credit"),
        T("zo'n", "straight apostrophe inside a word"),
        T("De politie vond", "generic lowercase police, capitalised at the sentence start"),
        T("In ons land", "nominal reference to Nederland"),
    ],
)

# ---------------------------------------------------------------- 002 ANOM / Trojan Shield (NL)
DOCS["002_anom_trojan_shield.txt"] = dict(
    entities=[
        E("FBI", "agency", ["FBI", "Amerikaanse federale politie"],
          note="'de Amerikaanse federale politie FBI': descriptor + acronym, one agency"),
        E("Verenigde Staten", "country", ["Amerikaanse", "Amerikanen"], "adjectival_only"),
        E("ANOM", "platform", ["ANOM"]),
        E("Australische federale politie", "agency", ["Australische federale politie"]),
        E("Australië", "country", ["Australië", "Australische"]),
        E("Turkije", "country", ["Turkije", "Turks"], note="also 'Turks-Australische'"),
        E("Hakan Ayik", "person", ["Hakan Ayik", "Ayik"]),
        E("Sky ECC", "platform", ["Sky ECC"], compound=["Sky ECC-berichten"]),
        E("EncroChat", "platform", ["EncroChat"]),
        E("Europol", "agency", ["Europol"]),
        E("Nederlandse politie", "agency", ["Nederlandse politie"]),
        E("Nederland", "country", ["Nederland", "Nederlandse"]),
        E("Openbaar Ministerie", "agency", ["Openbaar Ministerie"]),
        E("Zweedse politie", "agency", ["Zweedse politie"]),
        E("Zweden", "country", ["Zweedse"], "adjectival_only"),
        E("Reece Kershaw", "person", ["Reece Kershaw"]),
    ],
    entities_optional=[
        E("Trojan Shield", "operation", ["Trojan Shield", "operatie Trojan Shield"]),
        E("ANP", "media", ["ANP"], note="photo credit"),
    ],
    relations=[
        R("Sky ECC", "users_migrated_to", "ANOM", "Veel gebruikers van Sky ECC stapten na de ontmanteling van die dienst over naar ANOM"),
        R("Reece Kershaw", "works_for", "Australische federale politie",
          "De commissaris van de Australische federale politie, Reece Kershaw"),
    ],
    relations_optional=[
        R("ANOM", "operated_by_placeholder", "FBI", "", None),  # replaced below
    ],
    relation_traps=[
        R("ANOM", "successor_of", "EncroChat", "ANOM wordt in het milieu weleens vergeleken met EncroChat",
          "comparison, not succession"),
        R("Hakan Ayik", "works_for", "Australische federale politie",
          "Volgens de Australische federale politie, die nauw samenwerkte met de Amerikanen, speelde de Turks-Australische drugsbaron Hakan Ayik daarbij een sleutelrol",
          "source attribution ('Volgens'), not a role"),
        R("Hakan Ayik", "arrested_by", "Australische federale politie", "Ayik zelf is niet opgepakt",
          "negated arrest (agent only in the previous sentence)"),
    ],
    traps=[
        T("FBI las jarenlang mee via eigen cryptotelefoon", "heading without punctuation"),
        T("Ook in Nederland", "heading without punctuation"),
        T("Lees ook: Hoe Sky ECC-berichten in de rechtszaal belanden", "read-also line"),
        T("© ANP", "photo credit"),
        T("Turks-Australische", "hyphenated double demonym: two countries, no agency"),
        T("de Amerikanen", "demonym noun for the FBI side, not an agency"),
        T("Ayik zou", "hedged statement"),
    ],
)
DOCS["002_anom_trojan_shield.txt"]["relations_optional"] = [
    R("FBI", "operator_of", "ANOM", "De versleutelde dienst ANOM werd in het geheim beheerd door de FBI",
      "explicit, but operator_of is defined company -> platform and the FBI is an agency"),
    R("Hakan Ayik", "located_in", "Turkije", "Hij houdt zich vermoedelijk op in Turkije", "pronoun + hedged"),
    R("FBI", "located_in", "Verenigde Staten", "de Amerikaanse federale politie FBI", "adjective-derived"),
    R("Australische federale politie", "located_in", "Australië", "Australische federale politie", "name-internal adjective"),
]

# ---------------------------------------------------------------- 003 Ennetcom (NL)
DOCS["003_ennetcom_servers_canada.txt"] = dict(
    entities=[
        E("Ennetcom", "platform", ["Ennetcom"], compound=["Ennetcom-toestel"]),
        E("Openbaar Ministerie", "agency", ["Openbaar Ministerie", "OM"]),
        E("BlackBerry", "platform", ["BlackBerry"], compound=["BlackBerry-toestellen"]),
        E("FIOD", "agency", ["FIOD"]),
        E("Danny Manupassa", "person", ["Danny Manupassa", "Danny M.", "M."]),
        E("Nederland", "country", ["Nederland", "Nederlandse"]),
        E("Canada", "country", ["Canada", "Canadese"]),
        E("Nederlandse justitie", "agency", ["Nederlandse justitie"],
          note="nationality + authority noun, like 'Amerikaanse justitie'"),
        E("Canadese politie", "agency", ["Canadese politie"]),
        E("Dienst Landelijke Recherche", "agency", ["Landelijke Recherche"]),
        E("Nederlandse politie", "agency", ["Nationale Politie", "Nederlandse politie"]),
        E("Eindhoven", "city", ["Eindhoven"]),
        E("Amsterdam", "city", ["Amsterdam"]),
        E("Ruud Verhoef", "person", ["Ruud Verhoef"], note="fictional lawyer"),
        E("EncroChat", "platform", ["EncroChat"]),
        E("Toronto", "city", ["Toronto"]),
        E("Mexico", "country", ["Mexico"]),
        E("Colombia", "country", ["Colombia"]),
    ],
    entities_optional=[
        E("Canadese rechter", "agency", ["Canadese rechter"], note="indefinite 'een Canadese rechter'"),
    ],
    relations=[
        R("Danny Manupassa", "arrested_by", "FIOD", "De FIOD arresteerde de 36-jarige eigenaar Danny Manupassa"),
        R("Ennetcom", "operates_from", "Nederland", "Ennetcom opereerde vanuit Nederland"),
        R("Ennetcom", "seized_by", "Canadese politie",
          "De servers van Ennetcom zijn op verzoek van de Nederlandse justitie in beslag genomen door de Canadese politie"),
        R("Dienst Landelijke Recherche", "part_of", "Nederlandse politie",
          "de Landelijke Recherche, een onderdeel van de Nationale Politie"),
        R("Ennetcom", "users_migrated_to", "EncroChat",
          "Volgens de politie zijn veel klanten van Ennetcom inmiddels overgestapt naar EncroChat"),
    ],
    relations_optional=[
        R("Danny Manupassa", "works_for", "Ennetcom", "de 36-jarige eigenaar Danny Manupassa",
          "owner; the company is named only in the previous sentence"),
        R("Ruud Verhoef", "represents", "Danny Manupassa", "Advocaat Ruud Verhoef, die Danny M. bijstaat"),
        R("Ennetcom", "runs_on", "BlackBerry", "een leverancier van beveiligde BlackBerry-toestellen"),
    ],
    relation_traps=[
        R("Ennetcom", "operates_from", "Canada", "Ennetcom opereerde vanuit Nederland, maar de servers van het bedrijf stonden in Canada",
          "contrast: run from the Netherlands, only its servers were in Canada"),
        R("Ennetcom", "seized_by", "Nederlandse justitie",
          "op verzoek van de Nederlandse justitie in beslag genomen door de Canadese politie", "requested by, not seized by"),
    ],
    traps=[
        T("Justitie haalt netwerk Ennetcom uit de lucht", "heading without punctuation; capitalised generic 'Justitie' at its start"),
        T("Toronto\n", "one-word heading that is also a city"),
        T("© Politie", "photo credit: generic police, not an agency"),
        T("M. blijft", "bare initial at the sentence start (= Danny Manupassa)"),
        T("Mijn cliënt", "capitalised quote start"),
        T("Rechercheurs vermoeden", "generic noun at the sentence start"),
        T("Lees ook: Cryptofoons populair bij drugsbendes", "read-also line"),
    ],
)

# ---------------------------------------------------------------- 004 Sky ECC Limburg (NL, Flemish)
DOCS["004_skyecc_limburg_genk.txt"] = dict(
    entities=[
        E("Sky ECC", "platform", ["Sky ECC"], compound=["Sky ECC-onderzoek", "Sky ECC-dossier"]),
        E("federale gerechtelijke politie", "agency", ["federale gerechtelijke politie", "federale gerechtelijke politie van Antwerpen"]),
        E("Antwerpen", "city", ["Antwerpen", "Antwerpse"]),
        E("Limburg", "region", ["Limburg"]),
        E("Oost-Vlaanderen", "region", ["Oost-Vlaanderen"]),
        E("federaal parket", "agency", ["federaal parket"]),
        E("Nordin E.", "person", ["Nordin E.", "E."], note="fictional suspect"),
        E("lokale politie van Genk", "agency", ["lokale politie van Genk"]),
        E("Genk", "city", ["Genk"]),
        E("Belgische politie", "agency", ["Belgische en Nederlandse politie"], "elliptical_only"),
        E("Nederlandse politie", "agency", ["Nederlandse politie"]),
        E("België", "country", ["Belgische"], "adjectival_only"),
        E("Nederland", "country", ["Nederlandse"], "adjectival_only"),
        E("Sky Global", "platform", ["Sky Global"], note="company behind Sky ECC (platform-typed per convention)"),
        E("Canada", "country", ["Canadese"], "adjectival_only"),
        E("Vancouver", "city", ["Vancouver"]),
        E("onderzoeksrechter in Mechelen", "agency", ["onderzoeksrechter in Mechelen"]),
        E("Mechelen", "city", ["Mechelen"]),
        E("parket van Antwerpen", "agency", ["Antwerpse parket"], note="location-qualified prosecutor's office"),
        E("Wim Dries", "person", ["Wim Dries", "Dries"]),
        E("Maasmechelen", "city", ["Maasmechelen"]),
    ],
    entities_optional=[
        E("haven van Antwerpen", "city", ["haven van Antwerpen"], note="port"),
        E("Belga", "media", ["Belga"], note="photo credit"),
    ],
    relations=[
        R("Nordin E.", "arrested_by", "lokale politie van Genk", "De 41-jarige Nordin E. werd gearresteerd door de lokale politie van Genk"),
        R("Sky ECC", "cracked_by", "Belgische politie", "Sky ECC werd begin dit jaar gekraakt door de Belgische en Nederlandse politie"),
        R("Sky ECC", "cracked_by", "Nederlandse politie", "Sky ECC werd begin dit jaar gekraakt door de Belgische en Nederlandse politie"),
        R("Sky Global", "operator_of", "Sky ECC", "Sky Global, het Canadese bedrijf achter Sky ECC"),
        R("Sky ECC", "operates_from", "Vancouver", "Sky ECC opereerde vanuit Vancouver"),
        R("onderzoeksrechter in Mechelen", "located_in", "Mechelen", "De onderzoeksrechter in Mechelen"),
    ],
    relations_optional=[
        R("federale gerechtelijke politie", "located_in", "Antwerpen", "De federale gerechtelijke politie van Antwerpen", "name-internal location"),
        R("lokale politie van Genk", "located_in", "Genk", "de lokale politie van Genk", "name-internal location"),
        R("parket van Antwerpen", "located_in", "Antwerpen", "Het Antwerpse parket", "adjective-derived"),
        R("Sky Global", "located_in", "Canada", "het Canadese bedrijf", "adjective-derived"),
        R("Sky Global", "operates_from", "Canada", "het Canadese bedrijf", "adjective-derived"),
    ],
    relation_traps=[
        R("Sky ECC", "cracked_by", "Sky Global", "Sky Global, het Canadese bedrijf achter Sky ECC, ontkent dat",
          "the company denies the crack"),
        R("Nordin E.", "arrested_by", "federale gerechtelijke politie",
          "Bij de actie werden zeventien verdachten opgepakt", "the FGP's action; Nordin E. was arrested by the local police"),
    ],
    traps=[
        T("Opnieuw tientallen huiszoekingen in Sky ECC-onderzoek", "heading without punctuation, capitalised 'Opnieuw'"),
        T("Gekraakt\n", "one-word heading"),
        T("Lees ook: Drie advocaten aangehouden in Sky ECC-dossier", "read-also line"),
        T("© Belga", "photo credit"),
        T("burgemeester Wim Dries van Genk", "mayor of a city: role + city, not an agency"),
        T("Maasmechelen", "contains 'mechelen'"),
        T("E. wordt verdacht", "bare initial at the sentence start"),
        T("zo'n", "straight apostrophe"),
    ],
)

# ---------------------------------------------------------------- 005 court case Rotterdam (NL)
DOCS["005_rechtbank_rotterdam_encrochat.txt"] = dict(
    entities=[
        E("EncroChat", "platform", ["EncroChat"], compound=["EncroChat-berichten"]),
        E("rechtbank Rotterdam", "agency", ["Rotterdamse rechtbank"],
          note="later 'de rechtbank' (generic definite) refers to it"),
        E("Rotterdam", "city", ["Rotterdam", "Rotterdamse"]),
        E("Mohamed el A.", "person", ["Mohamed el A.", "El A."], note="fictional suspect"),
        E("Capelle aan den IJssel", "city", ["Capelle aan den IJssel"]),
        E("Zuid-Amerika", "region", ["Zuid-Amerika"]),
        E("Marieke Dekker", "person", ["Marieke Dekker"], note="fictional prosecutor"),
        E("Landelijk Parket", "agency", ["Landelijk Parket"]),
        E("Openbaar Ministerie", "agency", ["Openbaar Ministerie"]),
        E("Franse gendarmerie", "agency", ["Franse gendarmerie"]),
        E("Frankrijk", "country", ["Franse"], "adjectival_only"),
        E("Hoge Raad", "agency", ["Hoge Raad"]),
        E("Sky ECC", "platform", ["Sky ECC"]),
        E("Sander Janssen", "person", ["Sander Janssen"], note="fictional lawyer"),
        E("gerechtshof in Den Haag", "agency", ["gerechtshof in Den Haag"]),
        E("Den Haag", "city", ["Den Haag"]),
    ],
    entities_optional=[
        E("haven van Rotterdam", "city", ["haven van Rotterdam"], note="port"),
        E("ANP", "media", ["ANP"], note="photo credit"),
        E("Robin Utrecht", "person", ["Robin Utrecht"], note="photographer in the photo credit"),
    ],
    relations=[
        R("Marieke Dekker", "works_for", "Landelijk Parket", "Officier van justitie Marieke Dekker, werkzaam bij het Landelijk Parket"),
        R("Landelijk Parket", "part_of", "Openbaar Ministerie",
          "Het Landelijk Parket is het onderdeel van het Openbaar Ministerie"),
        R("EncroChat", "users_migrated_to", "Sky ECC", "veel criminelen na de hack overstapten van EncroChat naar Sky ECC"),
        R("Sky ECC", "successor_of", "EncroChat", "Sky ECC, dat in het milieu als opvolger van EncroChat gold"),
        R("gerechtshof in Den Haag", "located_in", "Den Haag", "het gerechtshof in Den Haag"),
    ],
    relations_optional=[
        R("rechtbank Rotterdam", "located_in", "Rotterdam", "De Rotterdamse rechtbank", "adjective-derived"),
        R("EncroChat", "cracked_by", "Franse gendarmerie",
          "de Franse gendarmerie weigert uit te leggen hoe EncroChat precies is gehackt", "implied agent"),
        R("Mohamed el A.", "located_in", "Capelle aan den IJssel", "Mohamed el A. (38) uit Capelle aan den IJssel", "origin ('uit')"),
    ],
    relation_traps=[
        R("Sander Janssen", "works_for", "gerechtshof in Den Haag",
          "Zijn advocaat Sander Janssen overweegt in hoger beroep te gaan bij het gerechtshof in Den Haag",
          "appeal to a court, not employment"),
        R("Marieke Dekker", "works_for", "Openbaar Ministerie", "Het Landelijk Parket is het onderdeel van het Openbaar Ministerie",
          "Dekker is not in that sentence; only transitively true"),
    ],
    traps=[
        T("Rechtbank accepteert EncroChat-berichten als bewijs", "heading without punctuation, capitalised generic 'Rechtbank'"),
        T("Onrechtmatig verkregen", "heading without punctuation"),
        T("'IcyPanther'", "user handle in straight quotes"),
        T("Lees ook: Hoe justitie de berichten van criminelen ontcijfert", "read-also line, generic 'justitie'"),
        T("Foto ANP / Robin Utrecht", "photo credit; 'Utrecht' here is a surname, not the city"),
        T("Officier van justitie", "capitalised role title with generic 'justitie'"),
        T("De advocaten", "generic"),
    ],
)

# ---------------------------------------------------------------- 006 minister + korpschef (NL, Flemish)
DOCS["006_minister_korpschef_haven.txt"] = dict(
    entities=[
        E("Vincent Van Quickenborne", "person", ["Vincent Van Quickenborne", "Van Quickenborne"]),
        E("Justitie", "agency", ["Justitie"]),
        E("Antwerpen", "city", ["Antwerpen", "Antwerpse"]),
        E("Ann Lukowiak", "person", ["Ann Lukowiak", "Lukowiak"]),
        E("politiezone Antwerpen", "agency", ["politiezone Antwerpen", "Antwerpse politie"],
          note="'De Antwerpse politie' is the same local police force"),
        E("Bart De Wever", "person", ["Bart De Wever", "De Wever"]),
        E("Sky ECC", "platform", ["Sky ECC"]),
        E("VRT NWS", "media", ["VRT NWS"]),
        E("Borgerhout", "city", ["Borgerhout"], note="Antwerp district"),
        E("Deurne", "city", ["Deurne"], note="Antwerp district"),
        E("Nederland", "country", ["Nederland"]),
        E("Rotterdam", "city", ["Rotterdam"]),
        E("Marc De Mesmaeker", "person", ["Marc De Mesmaeker", "De Mesmaeker"]),
        E("federale politie", "agency", ["federale politie"], note="Belgian federal police"),
        E("Federale Computer Crime Unit", "agency", ["Federale Computer Crime Unit"]),
        E("Vlaanderen", "region", ["Vlaanderen"]),
        E("Wallonië", "region", ["Wallonië"]),
    ],
    entities_optional=[
        E("Open VLD", "party", ["Open VLD"]),
        E("Belga", "media", ["Belga"], note="photo credit"),
        E("haven van Antwerpen", "city", ["Antwerpse haven"], note="port (heading)"),
    ],
    relations=[
        R("Vincent Van Quickenborne", "works_for", "Justitie", "Minister van Justitie Vincent Van Quickenborne"),
        R("Ann Lukowiak", "works_for", "politiezone Antwerpen", "korpschef Ann Lukowiak van de politiezone Antwerpen"),
        R("Marc De Mesmaeker", "works_for", "federale politie", "commissaris-generaal van de federale politie Marc De Mesmaeker"),
        R("Federale Computer Crime Unit", "part_of", "federale politie",
          "de Federale Computer Crime Unit versterken, een onderdeel van de federale politie"),
    ],
    relations_optional=[
        R("Vincent Van Quickenborne", "member_of", "Open VLD", "Vincent Van Quickenborne (Open VLD)"),
        R("politiezone Antwerpen", "located_in", "Antwerpen", "politiezone Antwerpen", "name-internal"),
        R("Borgerhout", "located_in", "Antwerpen", "De Antwerpse politie zou nu al overbevraagd zijn door het grote aantal schietpartijen en explosies in Borgerhout en Deurne",
          "world knowledge / adjective context"),
        R("Deurne", "located_in", "Antwerpen", "De Antwerpse politie zou nu al overbevraagd zijn door het grote aantal schietpartijen en explosies in Borgerhout en Deurne",
          "world knowledge / adjective context"),
    ],
    relation_traps=[
        R("Vincent Van Quickenborne", "works_for", "VRT NWS", "zei de minister aan VRT NWS", "speaking to a broadcaster"),
        R("Sky ECC", "cracked_by", "Federale Computer Crime Unit", "Die eenheid was eerder betrokken bij het onderzoek naar Sky ECC",
          "'involved in the investigation' (and only via 'Die eenheid')"),
        R("Bart De Wever", "works_for", "politiezone Antwerpen",
          "korpschef Ann Lukowiak van de politiezone Antwerpen en burgemeester Bart De Wever", "coordinated with the police chief, not her force"),
        R("politiezone Antwerpen", "located_in", "Borgerhout",
          "De Antwerpse politie zou nu al overbevraagd zijn door het grote aantal schietpartijen en explosies in Borgerhout en Deurne",
          "incidents in Borgerhout, not the force's seat"),
    ],
    traps=[
        T("Van Quickenborne wil extra speurders voor Antwerpse haven", "heading without punctuation, person + adjective"),
        T("Open VLD", "political party in parentheses"),
        T("Meer camera's", "heading without punctuation, straight apostrophe"),
        T("Lees ook:Drugsgeweld in Antwerpen: wat weten we?", "read-also line, no space after the colon, second colon"),
        T("© Belga", "photo credit"),
        T("de regering", "generic government"),
        T("Die eenheid", "demonstrative nominal reference"),
    ],
)

# ---------------------------------------------------------------- 007 English: raids, port of Antwerp
DOCS["007_en_skyecc_raids_antwerp.txt"] = dict(
    entities=[
        E("Belgian police", "agency", ["Belgian and Dutch police"], "elliptical_only"),
        E("Dutch police", "agency", ["Dutch police"]),
        E("Sky ECC", "platform", ["Sky ECC"]),
        E("Belgian authorities", "agency", ["Belgian authorities"]),
        E("Belgium", "country", ["Belgian"], "adjectival_only"),
        E("Netherlands", "country", ["Dutch"], "adjectival_only"),
        E("Rotterdam", "city", ["Rotterdam"]),
        E("Amsterdam", "city", ["Amsterdam"]),
        E("Vancouver", "city", ["Vancouver"]),
        E("Canada", "country", ["Canadian"], "adjectival_only"),
        E("Sky Global", "platform", ["Sky Global"]),
        E("Jean-Francois Eap", "person", ["Jean-Francois Eap"]),
        E("Antwerp", "city", ["Antwerp"]),
        E("Europe", "region", ["Europe"]),
        E("Koen V.", "person", ["Koen V."], note="fictional suspect"),
        E("Belgian federal police", "agency", ["Belgian federal police"]),
        E("investigating judge in Mechelen", "agency", ["investigating judge in Mechelen"]),
        E("Mechelen", "city", ["Mechelen"]),
        E("Europol", "agency", ["Europol"]),
        E("The Hague", "city", ["The Hague"]),
        E("France", "country", ["French"], "adjectival_only"),
    ],
    entities_optional=[
        E("port of Antwerp", "city", ["port of Antwerp", "Port of Antwerp"], note="port"),
        E("Belga", "media", ["Belga"], note="photo credit"),
        E("French investigators", "agency", ["French, Belgian and Dutch investigators"], "elliptical_only"),
    ],
    relations=[
        R("Sky ECC", "seized_by", "Dutch police", "Dutch police seized Sky ECC servers"),
        R("Sky ECC", "operates_from", "Vancouver", "Sky ECC is operated from Vancouver"),
        R("Sky Global", "operator_of", "Sky ECC", "Sky ECC is operated from Vancouver by the Canadian firm Sky Global"),
        R("Jean-Francois Eap", "works_for", "Sky Global", "Sky Global chief executive Jean-Francois Eap"),
        R("Koen V.", "arrested_by", "Belgian federal police", "Koen V., who was arrested by the Belgian federal police"),
        R("investigating judge in Mechelen", "located_in", "Mechelen", "an investigating judge in Mechelen"),
        R("Europol", "located_in", "The Hague", "Europol, which is based in The Hague"),
    ],
    relations_optional=[
        R("Sky ECC", "cracked_by", "Belgian police", "Belgian and Dutch police raid hundreds of homes in Sky ECC probe",
          "headline; no cracking verb"),
        R("Sky Global", "located_in", "Canada", "the Canadian firm Sky Global", "adjective-derived"),
        R("Koen V.", "located_in", "Antwerp", "at his office in Antwerp"),
    ],
    relation_traps=[
        R("Sky ECC", "cracked_by", "Sky Global", "Sky Global chief executive Jean-Francois Eap denied that the platform had been hacked",
          "denial, no agent"),
        R("Sky ECC", "cracked_by", "Belgian authorities",
          "Belgian authorities said on Tuesday that more than 1,600 officers had carried out about 200 raids after investigators gained access to Sky ECC",
          "reporting verb; no cracking agent named"),
    ],
    traps=[
        T("Belgian and Dutch police raid hundreds of homes in Sky ECC probe", "heading without punctuation"),
        T("Port of Antwerp\n", "heading that is a port name"),
        T("Photo: Belga", "photo credit"),
        T("prosecutors", "generic lowercase"),
        T("Most of the raids", "capitalised sentence start"),
        T("reportedly", "hedge"),
    ],
)

# ---------------------------------------------------------------- 008 English: ANOM / FBI / Ayik
DOCS["008_en_anom_fbi_ayik.txt"] = dict(
    entities=[
        E("FBI", "agency", ["FBI"]),
        E("ANOM", "platform", ["ANOM"]),
        E("Australian Federal Police", "agency", ["Australian Federal Police"]),
        E("Europol", "agency", ["Europol"]),
        E("The Hague", "city", ["The Hague"]),
        E("Phantom Secure", "platform", ["Phantom Secure"]),
        E("Vincent Ramos", "person", ["Vincent Ramos"]),
        E("Canada", "country", ["Canadian"], "adjectival_only"),
        E("Seattle", "city", ["Seattle"]),
        E("Sky ECC", "platform", ["Sky ECC"]),
        E("Hakan Ayik", "person", ["Hakan Ayik", "Ayik"]),
        E("Australia", "country", ["Australian"], "adjectival_only"),
        E("Turkey", "country", ["Turkey"]),
        E("Reece Kershaw", "person", ["Reece Kershaw"]),
        E("Netherlands", "country", ["Netherlands", "Dutch"]),
        E("Dutch police", "agency", ["Dutch police"]),
        E("Swedish police", "agency", ["Swedish police"]),
        E("Sweden", "country", ["Swedish"], "adjectival_only"),
        E("Germany", "country", ["Germany"]),
        E("United States", "country", ["US"]),
        E("Lithuania", "country", ["Lithuania"]),
    ],
    entities_optional=[
        E("Trojan Shield", "operation", ["Trojan Shield"]),
        E("European Union", "region", ["EU"], note="'the EU law enforcement agency'"),
        E("Australian media", "media", ["Australian media"], note="generic"),
    ],
    relations=[
        R("Europol", "located_in", "The Hague", "Europol, the EU law enforcement agency in The Hague"),
        R("Vincent Ramos", "arrested_by", "FBI", "Vincent Ramos, was arrested by the FBI"),
        R("Phantom Secure", "users_migrated_to", "Sky ECC", "Many Phantom Secure users moved to Sky ECC"),
        R("Hakan Ayik", "located_in", "Turkey", "Hakan Ayik, an Australian drug trafficker living in Turkey"),
        R("Reece Kershaw", "works_for", "Australian Federal Police", "Australian Federal Police Commissioner Reece Kershaw"),
    ],
    relations_optional=[
        R("FBI", "operator_of", "ANOM", "the FBI secretly controlled ANOM",
          "explicit, but operator_of is defined company -> platform and the FBI is an agency"),
        R("Vincent Ramos", "works_for", "Phantom Secure", "Its founder, the Canadian Vincent Ramos", "founder, via 'Its'"),
        R("Phantom Secure", "seized_by", "FBI", "the FBI took down Phantom Secure", "'took down' ~ seized"),
        R("Vincent Ramos", "located_in", "Canada", "the Canadian Vincent Ramos", "adjective-derived"),
    ],
    relation_traps=[
        R("Vincent Ramos", "located_in", "Seattle", "was arrested by the FBI in Seattle", "place of arrest, not residence"),
        R("ANOM", "successor_of", "Phantom Secure",
          "The idea was born after the FBI took down Phantom Secure in 2018", "temporal 'after', not succession"),
        R("ANOM", "users_migrated_to", "Sky ECC", "Many Phantom Secure users moved to Sky ECC, but a former distributor offered the FBI a new device of his own design: ANOM",
          "ANOM is not the source platform"),
        R("Hakan Ayik", "arrested_by", "Australian Federal Police", "Ayik has not been arrested", "negated, no agent"),
    ],
    traps=[
        T("How the FBI ran a phone network for criminals", "heading without punctuation, capitalised 'How'"),
        T("Trojan Shield", "operation name"),
        T("Critics say", "capitalised sentence start"),
        T("prosecutors", "generic lowercase"),
        T("Australian media", "generic media"),
        T("reportedly", "hedge"),
    ],
)

# pairs the automatic pass gets wrong: a nationality adjective inside a (coordinated or optional) agency
# phrase is not a separate co-occurring mention (as in dev_gold: 'Nederlandse en Franse politie' gives no
# Frankrijk pair)
REMOVE_COOC = {
    "003_ennetcom_servers_canada.txt": [("Nederlandse politie", "Canada")],
    "004_skyecc_limburg_genk.txt": [("Nederlandse politie", "België"), ("België", "Sky ECC")],
    "007_en_skyecc_raids_antwerp.txt": [("Dutch police", "Belgium"), ("Belgium", "Sky ECC")],
}
EXTRA_COOC = {
    "004_skyecc_limburg_genk.txt": [("Belgische politie", "Sky ECC"), ("Belgische politie", "Nederlandse politie")],
    "007_en_skyecc_raids_antwerp.txt": [("Belgian police", "Sky ECC"), ("Belgian police", "Dutch police")],
}

# Abbreviations after which a period does not end a sentence in these texts.
KEEP_AFTER = r'(?<!\b[A-Z]\.)(?<!\bel A\.)(?<!\bV\.)(?<!\bE\.)(?<!\bM\.)'
DESCRIPTION = ("Held-out test set for relgraph: 8 short news-style articles (6 Dutch/Flemish, 2 English) on "
                       "EncroChat, ANOM/Trojan Shield, Ennetcom and Sky ECC, written for this set in our own sentences "
                       "(public facts used loosely; suspects, lawyers and prosecutors with initials are fictional). "
                       "Not used for tuning the rules. Annotated by hand following dev_gold.json's conventions.")

if __name__ == "__main__":
    build(HERE, DOCS, REMOVE_COOC, EXTRA_COOC, KEEP_AFTER, "heldout", DESCRIPTION)
