#!/usr/bin/env python3
"""Builds gold.json for the second development set (devset2) from the annotations below and checks them against the texts:
every alias and compound must occur in its text (case-sensitive), every evidence piece must be a
substring, every relation end must be an entity (required or optional) of the same document.
Co-occurrence pairs are derived per sentence from the required entities' aliases (longest match,
non-overlapping, word-bounded), plus the hand-listed pairs in EXTRA_COOC (coordination ellipsis).
Run: python3 Benchmarks/devset2/build_gold.py   (rewrites gold.json next to it)"""
import itertools, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")


def E(name, type_, aliases, kind="name", note=None, compound=None, nominal=None):
    e = {"name": name, "type": type_, "aliases": aliases, "mention_kind": kind}
    if compound:
        e["compound_mentions"] = compound
    if nominal:
        e["nominal_refs"] = nominal
    if note:
        e["note"] = note
    return e


def R(s, rel, t, ev, note=None):
    r = {"source": s, "relation": rel, "target": t, "evidence": ev}
    if note:
        r["note"] = note
    return r


def T(surface, why):
    return {"surface": surface, "why": why}


DOCS = {}

# ---------------------------------------------------------------- 001 Exclu taken down (NL)
DOCS["001_exclu_servers_duitsland.txt"] = dict(
    entities=[
        E("Exclu", "platform", ["Exclu"]),
        E("Nederlandse politie", "agency", ["Nederlandse en Duitse politie"], "elliptical_only"),
        E("Duitse politie", "agency", ["Duitse politie"]),
        E("Duitsland", "country", ["Duitsland"]),
        E("Nederland", "country", ["Nederland"]),
        E("Openbaar Ministerie", "agency", ["Openbaar Ministerie"]),
        E("Rotterdam", "city", ["Rotterdam"]),
        E("Wouter-Jan Brinkhorst", "person", ["Wouter-Jan Brinkhorst", "Brinkhorst"],
          note="fictional; hyphenated first name, after a speech verb and before 'van de ORG' (class A)"),
        E("landelijke eenheid", "agency", ["landelijke eenheid"]),
        E("Traben-Trarbach", "city", ["Traben-Trarbach"]),
        E("Team High Tech Crime", "agency", ["Team High Tech Crime"]),
        E("Nieuw-Vennep", "city", ["Nieuw-Vennep"]),
    ],
    entities_optional=[
        E("EncroChat", "platform", ["EncroChat"], note="only in the read-also line"),
        E("Sky ECC", "platform", ["Sky ECC"], note="only in the read-also line"),
        E("ANP", "media", ["ANP"], note="photo credit"),
    ],
    relations=[
        R("Exclu", "operates_from", "Duitsland", "Exclu zelf opereerde vanuit Duitsland"),
        R("Exclu", "seized_by", "Duitse politie", "Daarna nam de Duitse politie de servers van Exclu in beslag",
          "fronted adverb + Dutch active seizure form (class D)"),
        R("Wouter-Jan Brinkhorst", "works_for", "landelijke eenheid", "zegt Wouter-Jan Brinkhorst van de landelijke eenheid"),
        R("Team High Tech Crime", "part_of", "landelijke eenheid", "Team High Tech Crime van de landelijke eenheid"),
    ],
    relations_optional=[
        R("Exclu", "cracked_by", "Team High Tech Crime",
          "Team High Tech Crime van de landelijke eenheid wist de berichten vervolgens te ontsleutelen",
          "decrypting the messages ~ cracking"),
        R("Exclu", "seized_by", "Nederlandse politie",
          "De Nederlandse en Duitse politie hebben de versleutelde berichtendienst Exclu uit de lucht gehaald",
          "'uit de lucht halen' ~ take down; elliptical agent"),
        R("Exclu", "located_in", "Rotterdam", "Het bedrijf achter Exclu was gevestigd in Rotterdam",
          "the (unnamed) company behind Exclu is based there"),
    ],
    relation_traps=[
        R("Exclu", "operates_from", "Rotterdam", "Het bedrijf achter Exclu was gevestigd in Rotterdam",
          "'gevestigd in' gives located_in only (class H); the service runs from Germany"),
        R("Exclu", "operates_from", "Traben-Trarbach", "toen de Duitse politie een datacenter in Traben-Trarbach doorzocht",
          "a searched datacenter, not stated as where the service is run from"),
        R("Duitse politie", "located_in", "Traben-Trarbach", "de Duitse politie een datacenter in Traben-Trarbach doorzocht",
          "place of a search, not the force's seat"),
    ],
    traps=[
        T("Politie haalt cryptodienst Exclu offline", "heading without punctuation; capitalised generic 'Politie'"),
        T("Vijf maanden meegelezen", "heading without punctuation"),
        T("Lees ook: Na EncroChat en Sky ECC: hoe veilig is een cryptotelefoon nog?", "read-also line with a second colon"),
        T("Foto: ANP", "photo credit"),
        T("Nederlandstalig", "language adjective, not the country"),
        T("zo'n 3.000", "number with a thousands separator"),
        T("Criminelen dachten", "capitalised sentence start inside a quote"),
        T("zou ook", "hedge"),
    ],
)

# ---------------------------------------------------------------- 002 Ennetcom appeal (NL)
DOCS["002_ennetcom_hof_advocaat.txt"] = dict(
    entities=[
        E("gerechtshof Arnhem-Leeuwarden", "agency", ["gerechtshof Arnhem-Leeuwarden"]),
        E("Ennetcom", "platform", ["Ennetcom"], compound=["Ennetcom-data", "Ennetcom-zaken"]),
        E("Hoge Raad", "agency", ["Hoge Raad"]),
        E("Oss", "city", ["Oss"]),
        E("Toronto", "city", ["Toronto"]),
        E("Nederland", "country", ["Nederland"]),
        E("Canadese politie", "agency", ["Canadese politie"]),
        E("Canada", "country", ["Canadese"], "adjectival_only"),
        E("Openbaar Ministerie", "agency", ["Openbaar Ministerie", "OM"]),
        E("Thijmen Oosterveld", "person", ["Thijmen Oosterveld", "Oosterveld"],
          note="fictional lawyer; title 'Meester' is not part of the name"),
        E("A.J. Kuipers", "person", ["A.J. Kuipers"], note="fictional lawyer; 'mr.' + initials"),
        E("Eindhoven", "city", ["Eindhoven"]),
        E("BlackBerry", "platform", ["BlackBerry"], compound=["BlackBerry-toestellen"]),
        E("Danny Manupassa", "person", ["Danny Manupassa"]),
        E("FIOD", "agency", ["FIOD"]),
        E("Lotte Vermeulen-Achterberg", "person", ["Lotte Vermeulen-Achterberg"], note="fictional spokesperson"),
    ],
    entities_optional=[
        E("Arnhem", "city", ["Arnhem"], note="only inside the court district's name"),
        E("Leeuwarden", "city", ["Leeuwarden"], note="only inside the court district's name"),
        E("ANP", "media", ["ANP"], note="photo credit"),
        E("Koen van Weel", "person", ["Koen van Weel"], note="photographer in the credit"),
    ],
    relations=[
        R("Ennetcom", "seized_by", "Canadese politie",
          "De servers van Ennetcom stonden in Toronto en werden in 2016 op verzoek van Nederland in beslag genomen door de Canadese politie",
          "coordinated verb phrase with a long gap (class D)"),
        R("Danny Manupassa", "arrested_by", "FIOD", "Eigenaar Danny Manupassa werd in 2016 gearresteerd door de FIOD"),
        R("Lotte Vermeulen-Achterberg", "works_for", "Openbaar Ministerie",
          "zegt Lotte Vermeulen-Achterberg van het Openbaar Ministerie"),
    ],
    relations_optional=[
        R("Danny Manupassa", "works_for", "Ennetcom", "Eigenaar Danny Manupassa", "owner; the company is named in the previous sentence"),
        R("Ennetcom", "located_in", "Eindhoven", "Ennetcom, een bedrijf uit Eindhoven", "origin ('uit')"),
        R("Ennetcom", "runs_on", "BlackBerry", "verkocht versleutelde BlackBerry-toestellen"),
    ],
    relation_traps=[
        R("Ennetcom", "operates_from", "Toronto", "De servers van Ennetcom stonden in Toronto", "server location"),
        R("A.J. Kuipers", "works_for", "Ennetcom", "een advocaat die in andere Ennetcom-zaken optreedt",
          "lawyer in cases about Ennetcom, not its employee"),
    ],
    traps=[
        T("Hof buigt zich opnieuw over Ennetcom-data", "heading without punctuation; capitalised generic 'Hof'"),
        T("Eigenaar vrijgelaten", "heading without punctuation"),
        T("Het hof kijkt", "generic definite court (= the appeal court) inside a quote"),
        T("Meester Thijmen", "title before a name"),
        T("mr. A.J. Kuipers", "title + initials"),
        T("Een woordvoerder van het OM", "unnamed spokesperson"),
        T("© Koen van Weel / ANP", "photo credit"),
        T("3,6 terabyte", "decimal comma"),
        T("19.000", "number with a thousands separator"),
    ],
)

# ---------------------------------------------------------------- 003 ANOM arrests (NL)
DOCS["003_anom_nederland_arrestaties.txt"] = dict(
    entities=[
        E("Nederlandse politie", "agency", ["Nederlandse politie"]),
        E("ANOM", "platform", ["ANOM"]),
        E("FBI", "agency", ["FBI"], compound=["FBI-telefoon", "FBI-directeur"]),
        E("San Diego", "city", ["San Diego"]),
        E("Christopher Wray", "person", ["Christopher Wray"]),
        E("Nederland", "country", ["Nederland", "Nederlanders", "Nederlandse"],
          note="also 'Marokkaans-Nederlandse'; plural demonym 'Nederlanders' (class G)"),
        E("Colombia", "country", ["Colombianen"], "adjectival_only", note="plural demonym"),
        E("Albanië", "country", ["Albanezen"], "adjectival_only", note="plural demonym"),
        E("Marokko", "country", ["Marokkaans"], "adjectival_only", note="'Marokkaans-Nederlandse'"),
        E("Openbaar Ministerie", "agency", ["Openbaar Ministerie"]),
        E("Younes El K.", "person", ["Younes El K.", "El K."], note="fictional suspect"),
        E("Utrecht", "city", ["Utrecht"]),
        E("Ilse van der Wal", "person", ["Ilse van der Wal"], note="fictional spokesperson; lowercase particles"),
        E("landelijke eenheid", "agency", ["landelijke eenheid"]),
        E("Litouwen", "country", ["Litouwen"]),
        E("Europol", "agency", ["Europol"]),
        E("Den Haag", "city", ["Den Haag"]),
        E("Europa", "region", ["Europa"]),
        E("Zweden", "country", ["Zweedse"], "adjectival_only"),
    ],
    entities_optional=[
        E("Trojan Shield", "operation", ["Trojan Shield"]),
        E("Zweedse agenten", "agency", ["Zweedse agenten"], note="'agenten' = officers, not an authority noun"),
        E("Nederlandse rechercheurs", "agency", ["Nederlandse rechercheurs"], note="'rechercheurs' = detectives"),
    ],
    relations=[
        R("FBI", "located_in", "San Diego", "de FBI in San Diego", "national agency + 'in PLACE' (class C)"),
        R("Christopher Wray", "works_for", "FBI", "FBI-directeur Christopher Wray"),
        R("Ilse van der Wal", "works_for", "landelijke eenheid", "woordvoerder Ilse van der Wal van de landelijke eenheid"),
        R("Europol", "located_in", "Den Haag", "Europol in Den Haag"),
    ],
    relations_optional=[
        R("FBI", "operator_of", "ANOM", "maar de dienst werd in het geheim beheerd door de FBI",
          "coreference ('de dienst'); operator_of is defined company -> platform"),
    ],
    relation_traps=[
        R("Younes El K.", "located_in", "Utrecht", "die in Utrecht werd aangehouden", "place of arrest"),
        R("ANOM", "operates_from", "Litouwen", "De servers stonden volgens ingewijden in Litouwen", "server location, hedged"),
        R("Europol", "located_in", "Europa", "Europol in Den Haag coördineerde de actie in Europa", "scope of the action"),
    ],
    traps=[
        T("Tientallen arrestaties in Nederland na operatie met FBI-telefoon", "heading without punctuation"),
        T("Ook Nederlanders en Colombianen", "heading without punctuation, demonyms"),
        T("Lees ook: Hoe de FBI een telefoon voor criminelen bouwde", "read-also line"),
        T("Marokkaans-Nederlandse", "hyphenated double demonym: two countries, no agency"),
        T("Criminelen dachten", "capitalised sentence start"),
        T("Dit is pas het begin", "capitalised quote start"),
        T("12.000", "number with a thousands separator"),
        T("volgens ingewijden", "hedge"),
    ],
)

# ---------------------------------------------------------------- 004 MPC sellers (NL)
DOCS["004_mpc_cryptotelefoon_schotland.txt"] = dict(
    entities=[
        E("MPC", "platform", ["MPC"], compound=["MPC-telefoons"]),
        E("Zwolle", "city", ["Zwolle"]),
        E("recherche Oost-Nederland", "agency", ["recherche Oost-Nederland"], note="unit named after a region (class F)"),
        E("Nederland", "country", ["Nederland", "Nederlanders", "Nederlandse"]),
        E("Schotland", "region", ["Schotland", "Schotse"],
          note="constituent nation of the UK: typed like Vlaanderen/Wallonië (region)"),
        E("EncroChat", "platform", ["EncroChat"]),
        E("Gökhan Yıldız", "person", ["Gökhan Yıldız", "Yıldız"], note="fictional suspect; Turkish letters"),
        E("Deventer", "city", ["Deventer"]),
        E("Ricardo Sabajo", "person", ["Ricardo Sabajo"], note="fictional suspect"),
        E("Hengelo", "city", ["Hengelo"]),
        E("Police Scotland", "agency", ["Police Scotland", "Schotse politie"],
          note="'De Schotse politie' is the same force (one agency, one node)"),
        E("Fraser McAllister", "person", ["Fraser McAllister", "McAllister"], note="fictional spokesperson"),
        E("Glasgow", "city", ["Glasgow"]),
        E("Edinburgh", "city", ["Edinburgh"]),
        E("Hanneke Stoelinga", "person", ["Hanneke Stoelinga"], note="fictional lawyer"),
    ],
    entities_optional=[
        E("Oost-Nederland", "region", ["Oost-Nederland"], note="only inside unit names"),
        E("politie Oost-Nederland", "agency", ["Politie Oost-Nederland"], note="photo credit"),
        E("Schotse speurders", "agency", ["Schotse speurders"], note="heading; 'speurders' = investigators"),
    ],
    relations=[
        R("EncroChat", "users_migrated_to", "MPC", "stapten veel gebruikers van EncroChat over naar MPC"),
        R("Fraser McAllister", "works_for", "Police Scotland", "Fraser McAllister, woordvoerder van Police Scotland"),
    ],
    relations_optional=[
        R("MPC", "operates_from", "Nederland", "maar de servers werden vanuit Nederland beheerd", "the servers, in a clause about the company"),
        R("Hanneke Stoelinga", "represents", "Gökhan Yıldız", "mr. Hanneke Stoelinga, die Yıldız bijstaat"),
        R("Gökhan Yıldız", "located_in", "Deventer", "Gökhan Yıldız (37) uit Deventer", "origin"),
        R("Ricardo Sabajo", "located_in", "Hengelo", "Ricardo Sabajo uit Hengelo", "origin"),
        R("recherche Oost-Nederland", "located_in", "Oost-Nederland", "recherche Oost-Nederland", "name-internal"),
        R("politie Oost-Nederland", "located_in", "Oost-Nederland", "Politie Oost-Nederland",
          "name-internal (added after the first score: omitted by mistake; every other name-internal located_in is optional)"),
        R("Police Scotland", "located_in", "Schotland", "De Schotse politie", "adjective-derived"),
    ],
    relation_traps=[
        R("MPC", "operates_from", "Schotland", "Het bedrijf achter MPC zou in Schotland zijn opgericht",
          "founded there (hedged), not run from there"),
        R("recherche Oost-Nederland", "located_in", "Zwolle",
          "staan volgende maand terecht in Zwolle ... Dat meldt de recherche Oost-Nederland", "trial venue"),
    ],
    traps=[
        T("Nederlandse verkopers van cryptotelefoon MPC voor de rechter", "heading without punctuation"),
        T("Schotse speurders", "heading"),
        T("Foto: Politie Oost-Nederland", "photo credit"),
        T("Volgens justitie", "generic 'justitie'"),
        T("Verdachte Gökhan", "capitalised role word before a name"),
        T("Medeverdachte Ricardo", "capitalised role word before a name"),
        T("1.200", "number with a thousands separator"),
        T("mr. Hanneke", "title before a name"),
    ],
)

# ---------------------------------------------------------------- 005 EncroChat trial Amsterdam (NL)
DOCS["005_encrochat_rechtbank_amsterdam.txt"] = dict(
    entities=[
        E("rechtbank Amsterdam", "agency", ["rechtbank Amsterdam", "Rechtbank Amsterdam"]),
        E("Amsterdam", "city", ["Amsterdam"], "inside_name_only"),
        E("EncroChat", "platform", ["EncroChat"], compound=["EncroChat-chats", "EncroChat-hack"]),
        E("R.M.K.", "person", ["R.M.K.", "K.", "Kapitein"], note="fictional suspect; initials with nickname (class I)"),
        E("Ouder-Amstel", "city", ["Ouder-Amstel"]),
        E("Rotterdam", "city", ["Rotterdam"]),
        E("rechter-commissaris", "agency", ["rechter-commissaris"], note="bare examining magistrate (class F)"),
        E("Femke Brouwers", "person", ["Femke Brouwers"], note="fictional prosecutor"),
        E("Landelijk Parket", "agency", ["Landelijk Parket"]),
        E("Frankrijk", "country", ["Frankrijk", "Franse"]),
        E("Franse gendarmerie", "agency", ["Franse gendarmerie"]),
        E("Nederlandse politie", "agency", ["Nederlandse politie"]),
        E("Lille", "city", ["Lille"]),
        E("Nederland", "country", ["Nederland"]),
        E("Eurojust", "agency", ["Eurojust"]),
        E("Jean-Pierre Hoekstra-Buitenhuis", "person", ["Jean-Pierre Hoekstra-Buitenhuis"], note="fictional lawyer"),
        E("gerechtshof Amsterdam", "agency", ["gerechtshof Amsterdam"]),
    ],
    entities_optional=[
        E("haven van Rotterdam", "city", ["haven van Rotterdam"], note="port"),
    ],
    relations=[
        R("Femke Brouwers", "works_for", "Landelijk Parket", "Officier van justitie mr. Femke Brouwers van het Landelijk Parket"),
        R("EncroChat", "cracked_by", "Franse gendarmerie", "EncroChat werd in 2020 gekraakt door de Franse gendarmerie"),
        R("EncroChat", "cracked_by", "Nederlandse politie",
          "EncroChat werd in 2020 gekraakt door de Franse gendarmerie, samen met de Nederlandse politie",
          "second agent joined by 'samen met'"),
    ],
    relations_optional=[
        R("R.M.K.", "located_in", "Ouder-Amstel", "zou vanuit een villa in Ouder-Amstel leiding hebben gegeven", "hedged"),
        R("rechtbank Amsterdam", "located_in", "Amsterdam", "De rechtbank Amsterdam", "name-internal"),
        R("gerechtshof Amsterdam", "located_in", "Amsterdam", "het gerechtshof Amsterdam", "name-internal"),
        R("Jean-Pierre Hoekstra-Buitenhuis", "represents", "R.M.K.",
          "Advocaat Jean-Pierre Hoekstra-Buitenhuis ... \"Mijn cliënt is nooit Kapitein geweest\""),
    ],
    relation_traps=[
        R("Jean-Pierre Hoekstra-Buitenhuis", "works_for", "gerechtshof Amsterdam",
          "Advocaat Jean-Pierre Hoekstra-Buitenhuis kondigde hoger beroep aan bij het gerechtshof Amsterdam",
          "appeal to a court, not employment"),
        R("EncroChat", "operates_from", "Lille", "De berichten werden in Lille opgeslagen", "storage of the messages"),
    ],
    traps=[
        T("Rechtbank Amsterdam veroordeelt drugsbaas op basis van EncroChat-chats", "heading without punctuation"),
        T("Gekraakt in Frankrijk", "heading without punctuation"),
        T("Lees ook:Alles over de EncroChat-hack", "read-also line, no space after the colon"),
        T("Officier van justitie", "capitalised role title with generic 'justitie'"),
        T("Mijn cliënt", "capitalised quote start"),
        T("2.400 kilo", "number with a thousands separator"),
        T("K. ontkende", "bare initial at the sentence start (= R.M.K.)"),
    ],
)

# ---------------------------------------------------------------- 006 Ghost dismantled (NL)
DOCS["006_ghost_ontmanteld_nl.txt"] = dict(
    entities=[
        E("Ghost", "platform", ["Ghost"]),
        E("Nederland", "country", ["Nederland", "Nederlandse", "Nederlands"]),
        E("Europol", "agency", ["Europol"]),
        E("Den Haag", "city", ["Den Haag"]),
        E("Zuid-Spanje", "region", ["Zuid-Spanje"], note="compass-point region (class G)"),
        E("Ierland", "country", ["Ierland"]),
        E("Italië", "country", ["Italië"]),
        E("Australië", "country", ["Australië", "Australiër", "Australische"]),
        E("Australische federale politie", "agency", ["Australische federale politie"]),
        E("Sydney", "city", ["Sydney"]),
        E("Frankrijk", "country", ["Frankrijk"]),
        E("IJsland", "country", ["IJsland"]),
        E("Ierse politie", "agency", ["Ierse politie"]),
        E("Albanië", "country", ["Albanees"], "adjectival_only", note="'Albanees sprekende'"),
        E("Team High Tech Crime", "agency", ["Team High Tech Crime"]),
        E("landelijke eenheid", "agency", ["landelijke eenheid"]),
        E("Jolanda Okafor-de Groot", "person", ["Jolanda Okafor-de Groot"], note="fictional; double surname with particle"),
        E("Sky ECC", "platform", ["Sky ECC"]),
        E("EncroChat", "platform", ["EncroChat"]),
        E("Matrix", "platform", ["Matrix"]),
        E("Pieter-Jan ten Brinke", "person", ["Pieter-Jan ten Brinke"], note="fictional; lowercase particle"),
        E("Eurojust", "agency", ["Eurojust"]),
    ],
    entities_optional=[],
    relations=[
        R("Europol", "located_in", "Den Haag", "Europol in Den Haag"),
        R("Ghost", "operates_from", "Australië", "Ghost, dat vanuit Australië werd beheerd", "relative clause (class D)"),
        R("Team High Tech Crime", "part_of", "landelijke eenheid", "Team High Tech Crime van de landelijke eenheid"),
        R("Jolanda Okafor-de Groot", "works_for", "landelijke eenheid",
          "Jolanda Okafor-de Groot, teamleider bij de landelijke eenheid"),
        R("Pieter-Jan ten Brinke", "works_for", "Eurojust", "Pieter-Jan ten Brinke, Nederlands lid van Eurojust"),
    ],
    relations_optional=[
        R("Australische federale politie", "located_in", "Sydney", "de Australische federale politie in Sydney",
          "'in Sydney' may place the arrest rather than the force"),
        R("Australische federale politie", "located_in", "Australië", "Australische federale politie", "name-internal adjective"),
        R("Sky ECC", "users_migrated_to", "Ghost",
          "Na de ondergang van Sky ECC en EncroChat stapten veel criminelen over naar kleinere diensten zoals Ghost en Matrix",
          "criminals in general, examples after 'zoals'"),
        R("EncroChat", "users_migrated_to", "Ghost",
          "Na de ondergang van Sky ECC en EncroChat stapten veel criminelen over naar kleinere diensten zoals Ghost en Matrix"),
        R("Sky ECC", "users_migrated_to", "Matrix",
          "Na de ondergang van Sky ECC en EncroChat stapten veel criminelen over naar kleinere diensten zoals Ghost en Matrix"),
        R("EncroChat", "users_migrated_to", "Matrix",
          "Na de ondergang van Sky ECC en EncroChat stapten veel criminelen over naar kleinere diensten zoals Ghost en Matrix"),
    ],
    relation_traps=[
        R("Ghost", "operates_from", "Frankrijk", "had servers in Frankrijk en IJsland", "server location"),
        R("Ghost", "operates_from", "IJsland", "had servers in Frankrijk en IJsland", "server location"),
        R("Ghost", "operates_from", "Zuid-Spanje",
          "Ghost werd gebruikt door drugsbendes en huurmoordenaars, onder meer in Zuid-Spanje", "where it was used"),
    ],
    traps=[
        T("Cryptodienst Ghost opgerold, ook Nederland deed mee", "heading without final punctuation"),
        T("Nederlandse rol", "heading without punctuation"),
        T("© Europol", "photo credit (Europol is an entity of the text anyway)"),
        T("Onze specialisten", "capitalised quote start"),
        T("Albanees sprekende", "language adjective -> country, adjectival"),
        T("Een internationaal team van opsporingsdiensten", "generic"),
    ],
)

# ---------------------------------------------------------------- 007 Exclu searches East Flanders (BE)
DOCS["007_exclu_huiszoekingen_vlaanderen.txt"] = dict(
    entities=[
        E("Het Nieuwsblad", "media", ["Het Nieuwsblad"], note="named only in the byline (class L)"),
        E("Oost-Vlaanderen", "region", ["Oost-Vlaanderen"]),
        E("Exclu", "platform", ["Exclu"]),
        E("federale gerechtelijke politie", "agency", ["federale gerechtelijke politie van Oost-Vlaanderen"]),
        E("Zelzate", "city", ["Zelzate"]),
        E("Sint-Gillis-Waas", "city", ["Sint-Gillis-Waas"]),
        E("Lokeren", "city", ["Lokeren"]),
        E("federaal parket", "agency", ["federaal parket"]),
        E("parket van Gent", "agency", ["parketten van Gent"], note="'de parketten van Gent, Brugge en Leuven' (class J)"),
        E("parket van Brugge", "agency", ["parketten van Gent, Brugge en Leuven"], "elliptical_only"),
        E("parket van Leuven", "agency", ["parketten van Gent, Brugge en Leuven"], "elliptical_only"),
        E("Gent", "city", ["Gent"]),
        E("Brugge", "city", ["Brugge"], "inside_name_only"),
        E("Leuven", "city", ["Leuven"], "inside_name_only"),
        E("Blankenberge", "city", ["Blankenberge"]),
        E("België", "country", ["België", "Belgische"]),
        E("Eline De Smedt", "person", ["Eline De Smedt", "De Smedt"], note="fictional spokesperson"),
        E("Sky ECC", "platform", ["Sky ECC"]),
        E("Nederland", "country", ["Nederland", "Nederlands", "Nederlandse"]),
        E("Eurojust", "agency", ["Eurojust"]),
        E("onderzoeksrechter in Gent", "agency", ["onderzoeksrechter in Gent"]),
        E("Annelies Vanderhaeghen", "person", ["Annelies Vanderhaeghen"], note="fictional investigating judge"),
    ],
    entities_optional=[
        E("Belgische speurders", "agency", ["Belgische en Nederlandse speurders"], "elliptical_only"),
        E("Nederlandse speurders", "agency", ["Nederlandse speurders"]),
        E("Belga", "media", ["Belga"], note="photo credit"),
    ],
    relations=[
        R("Eline De Smedt", "works_for", "federaal parket", "Eline De Smedt, woordvoerster van het federaal parket"),
        R("onderzoeksrechter in Gent", "located_in", "Gent", "De onderzoeksrechter in Gent"),
        R("Exclu", "located_in", "Nederland", "Exclu werd ontwikkeld door een Nederlands bedrijf en was gevestigd in Nederland",
          "'gevestigd in' -> located_in (class H)"),
    ],
    relations_optional=[
        R("Annelies Vanderhaeghen", "works_for", "onderzoeksrechter in Gent", "De onderzoeksrechter in Gent, Annelies Vanderhaeghen",
          "she is the judge (apposition of identity)"),
        R("federale gerechtelijke politie", "located_in", "Oost-Vlaanderen", "federale gerechtelijke politie van Oost-Vlaanderen", "name-internal"),
        R("parket van Gent", "located_in", "Gent", "parketten van Gent", "name-internal"),
        R("parket van Brugge", "located_in", "Brugge", "parketten van Gent, Brugge en Leuven", "name-internal"),
        R("parket van Leuven", "located_in", "Leuven", "parketten van Gent, Brugge en Leuven", "name-internal"),
    ],
    relation_traps=[
        R("Exclu", "operates_from", "Nederland", "was gevestigd in Nederland", "'gevestigd in' gives located_in only (class H)"),
        R("federale gerechtelijke politie", "located_in", "Zelzate",
          "voerde vrijdag 26 huiszoekingen uit, onder meer in Zelzate", "places of the searches"),
    ],
    traps=[
        T("Door onze redactie", "byline phrase (the outlet after it is an entity)"),
        T("Ook in ons land", "nominal reference to België"),
        T("Nederlandse app", "heading without punctuation"),
        T("de raadkamer", "bare generic council chamber"),
        T("Lees ook: Wat is Exclu en wie gebruikte het?", "read-also line"),
        T("© Belga", "photo credit"),
        T("die zou instaan", "hedge"),
    ],
)

# ---------------------------------------------------------------- 008 ANOM in Limburg (BE)
DOCS["008_anom_limburg_genk.txt"] = dict(
    entities=[
        E("federale politie", "agency", ["federale politie"], note="'De federale politie in Hasselt' (class C)"),
        E("Hasselt", "city", ["Hasselt"]),
        E("ANOM", "platform", ["ANOM"], compound=["ANOM-onderzoek"]),
        E("Limburg", "region", ["Limburg"]),
        E("Genk", "city", ["Genk"]),
        E("Houthalen-Helchteren", "city", ["Houthalen-Helchteren"]),
        E("Maasmechelen", "city", ["Maasmechelen"]),
        E("FBI", "agency", ["FBI"]),
        E("Verenigde Staten", "country", ["Amerikaanse"], "adjectival_only"),
        E("parket van Limburg", "agency", ["parket in Limburg", "parket van Limburg"], note="one office (class K)"),
        E("Ömer Ç.", "person", ["Ömer Ç."], note="fictional suspect"),
        E("lokale politie van Carma", "agency", ["lokale politie van Carma"], note="police zone named Carma, not a place"),
        E("federale gerechtelijke politie", "agency",
          ["Antwerpse federale gerechtelijke politie", "federale gerechtelijke politie", "FGP", "FGP Antwerpen"],
          note="'Antwerpse federale gerechtelijke politie (FGP)' and 'FGP Antwerpen' are one agency (class K)"),
        E("Antwerpen", "city", ["Antwerpen", "Antwerpse"]),
        E("Kristof Dewinter", "person", ["Kristof Dewinter", "Dewinter"], note="fictional"),
        E("Marnix Heylighen", "person", ["Marnix Heylighen"], note="fictional prosecutor"),
        E("Belgische justitie", "agency", ["Belgische justitie"]),
        E("België", "country", ["Belgische"], "adjectival_only"),
        E("Europol", "agency", ["Europol"]),
    ],
    entities_optional=[
        E("haven van Antwerpen", "city", ["haven van Antwerpen"], note="port"),
        E("Belga", "media", ["Belga"], note="photo credit"),
    ],
    relations=[
        R("federale politie", "located_in", "Hasselt", "De federale politie in Hasselt"),
        R("Genk", "located_in", "Limburg", "Genk in Limburg", "place in place (class C)"),
        R("parket van Limburg", "located_in", "Limburg", "Het parket in Limburg"),
        R("Ömer Ç.", "arrested_by", "lokale politie van Carma", "Ömer Ç., werd gearresteerd door de lokale politie van Carma"),
        R("Kristof Dewinter", "works_for", "federale gerechtelijke politie", "zegt Kristof Dewinter van de FGP Antwerpen"),
        R("Marnix Heylighen", "works_for", "parket van Limburg",
          "Procureur des Konings Marnix Heylighen van het parket van Limburg"),
    ],
    relations_optional=[
        R("federale gerechtelijke politie", "located_in", "Antwerpen", "Antwerpse federale gerechtelijke politie", "adjective-derived"),
        R("Houthalen-Helchteren", "located_in", "Limburg", "in Genk in Limburg, in Houthalen-Helchteren",
          "only Genk is placed explicitly"),
        R("FBI", "operator_of", "ANOM", "De toestellen van ANOM werden verspreid door de Amerikaanse FBI",
          "distribution by an agency"),
        R("FBI", "located_in", "Verenigde Staten", "de Amerikaanse FBI", "adjective-derived"),
    ],
    relation_traps=[
        R("Belgische justitie", "part_of", "Europol", "de Belgische justitie de berichten via Europol heeft ontvangen",
          "received via, not part of"),
        R("federale politie", "located_in", "Genk", "Er werden huiszoekingen verricht in Genk in Limburg", "places of the searches"),
    ],
    traps=[
        T("ANOM-onderzoek leidt naar Limburg", "heading without punctuation"),
        T("Drugslabo ontdekt", "heading without punctuation"),
        T("Procureur des Konings", "role title"),
        T("Carma", "police-zone name, not a place"),
        T("40.000 euro", "number with a thousands separator"),
        T("Foto: Belga", "photo credit"),
        T("speurders", "generic"),
    ],
)

# ---------------------------------------------------------------- 009 EncroChat trial Antwerp (BE)
DOCS["009_encrochat_proces_antwerpen.txt"] = dict(
    entities=[
        E("correctionele rechtbank van Antwerpen", "agency", ["correctionele rechtbank van Antwerpen"]),
        E("Antwerpen", "city", ["Antwerpen", "Antwerpse", "Antwerps"]),
        E("EncroChat", "platform", ["EncroChat"], compound=["EncroChat-proces"]),
        E("Sky ECC", "platform", ["Sky ECC"]),
        E("Sven D.M.", "person", ["Sven D.M.", "D.M.", "Reus"], note="fictional suspect; initials + 'alias' nickname (class I)"),
        E("Dubai", "city", ["Dubai"]),
        E("politie in Dubai", "agency", ["politie in Dubai"], note="location-qualified police"),
        E("België", "country", ["België"]),
        E("Jef Van Ransbeeck", "person", ["Jef Van Ransbeeck", "Van Ransbeeck"], note="fictional lawyer"),
        E("Frankrijk", "country", ["Fransen"], "adjectival_only", note="'de Fransen' = French investigators"),
        E("Hof van Cassatie", "agency", ["Hof van Cassatie"]),
        E("raadkamer van Antwerpen", "agency", ["Antwerpse raadkamer"], note="adjective + raadkamer (class F)"),
        E("onderzoeksrechter in Antwerpen", "agency", ["onderzoeksrechter in Antwerpen"]),
        E("federale gerechtelijke politie", "agency", ["federale gerechtelijke politie van Antwerpen"]),
        E("parket van Antwerpen", "agency", ["Antwerpse parket"]),
        E("Wilrijk", "city", ["Wilrijk"]),
    ],
    entities_optional=[
        E("haven van Antwerpen", "city", ["haven van Antwerpen"], note="port"),
        E("Belga", "media", ["Belga"], note="photo credit"),
    ],
    relations=[
        R("Sven D.M.", "arrested_by", "politie in Dubai", "D.M. werd eind 2022 opgepakt door de politie in Dubai"),
        R("politie in Dubai", "located_in", "Dubai", "de politie in Dubai"),
        R("onderzoeksrechter in Antwerpen", "located_in", "Antwerpen", "een onderzoeksrechter in Antwerpen"),
    ],
    relations_optional=[
        R("Sven D.M.", "located_in", "Dubai", "zou vanuit Dubai de lakens hebben uitgedeeld", "hedged"),
        R("Jef Van Ransbeeck", "represents", "Sven D.M.", "Meester Jef Van Ransbeeck, die D.M. verdedigt"),
        R("correctionele rechtbank van Antwerpen", "located_in", "Antwerpen", "correctionele rechtbank van Antwerpen", "name-internal"),
        R("federale gerechtelijke politie", "located_in", "Antwerpen", "federale gerechtelijke politie van Antwerpen", "name-internal"),
        R("parket van Antwerpen", "located_in", "Antwerpen", "Antwerpse parket", "adjective-derived"),
        R("raadkamer van Antwerpen", "located_in", "Antwerpen", "Antwerpse raadkamer", "adjective-derived"),
    ],
    relation_traps=[
        R("Sven D.M.", "located_in", "België", "later uitgeleverd aan België", "extradited to"),
    ],
    traps=[
        T("Zware straffen in Antwerps EncroChat-proces", "heading without punctuation"),
        T("Verdediging zet in op hack", "heading without punctuation"),
        T("Hoofdbeklaagde", "capitalised role word"),
        T("De rechtbank volgde", "generic definite court"),
        T("de Fransen", "demonym noun for the French side, not an agency"),
        T("Lees ook: Hoe de havenmaffia Antwerpen in zijn greep houdt", "read-also line"),
        T("1.500 kilo", "number with a thousands separator"),
        T("Meester Jef", "title before a name"),
    ],
)

# ---------------------------------------------------------------- 010 Ghost in Wallonia (BE)
DOCS["010_ghost_wallonie.txt"] = dict(
    entities=[
        E("België", "country", ["Belgische"], "adjectival_only"),
        E("Ghost", "platform", ["Ghost"]),
        E("Wallonië", "region", ["Wallonië"]),
        E("federale gerechtelijke politie", "agency", ["federale gerechtelijke politie van Charleroi"]),
        E("Charleroi", "city", ["Charleroi"]),
        E("Braine-l'Alleud", "city", ["Braine-l'Alleud"]),
        E("Écaussinnes", "city", ["Écaussinnes"]),
        E("Fléron", "city", ["Fléron"]),
        E("parket van Charleroi", "agency", ["parket van Charleroi"]),
        E("Sophie Lemaître", "person", ["Sophie Lemaître", "Lemaître"], note="fictional spokesperson"),
        E("Antwerpen", "city", ["Antwerpen"]),
        E("Frankrijk", "country", ["Frankrijk"]),
        E("Nederland", "country", ["Nederlanders"], "adjectival_only"),
        E("Albanië", "country", ["Albanezen", "Albanees"], "adjectival_only"),
        E("Sky ECC", "platform", ["Sky ECC"]),
        E("Australië", "country", ["Australië", "Australiër", "Australische"]),
        E("Europol", "agency", ["Europol"]),
        E("Australische federale politie", "agency", ["Australische federale politie"]),
        E("Franse politie", "agency", ["Franse en Canadese politie"], "elliptical_only"),
        E("Canadese politie", "agency", ["Canadese politie"]),
        E("Canada", "country", ["Canadese"], "adjectival_only"),
        E("Paul Van Tigchelt", "person", ["Paul Van Tigchelt"]),
        E("Justitie", "agency", ["Justitie"]),
        E("federale politie", "agency", ["federale politie"]),
    ],
    entities_optional=[
        E("haven van Antwerpen", "city", ["haven van Antwerpen"], note="port"),
        E("Belga", "media", ["Belga"], note="photo credit"),
        E("Benoit Doppagne", "person", ["Benoit Doppagne"], note="photographer in the credit"),
    ],
    relations=[
        R("Sophie Lemaître", "works_for", "parket van Charleroi", "woordvoerster Sophie Lemaître van het parket van Charleroi"),
        R("Ghost", "operates_from", "Australië", "Ghost werd ontwikkeld door een Australiër en werd volgens Europol vanuit Australië beheerd",
          "gap with an inserted source ('volgens Europol')"),
        R("Ghost", "cracked_by", "Australische federale politie", "De Australische federale politie kraakte Ghost",
          "Dutch active cracking form"),
        R("Paul Van Tigchelt", "works_for", "Justitie", "Minister van Justitie Paul Van Tigchelt"),
    ],
    relations_optional=[
        R("Ghost", "cracked_by", "Franse politie", "kraakte Ghost in samenwerking met de Franse en Canadese politie", "partner; elliptical"),
        R("Ghost", "cracked_by", "Canadese politie", "kraakte Ghost in samenwerking met de Franse en Canadese politie", "partner"),
        R("Sky ECC", "users_migrated_to", "Ghost", "Ze communiceerden volgens de speurders via Ghost, nadat ze eerder Sky ECC hadden gebruikt",
          "implied, pronoun subject"),
        R("federale gerechtelijke politie", "located_in", "Charleroi", "federale gerechtelijke politie van Charleroi", "name-internal"),
        R("parket van Charleroi", "located_in", "Charleroi", "parket van Charleroi", "name-internal"),
    ],
    relation_traps=[
        R("Ghost", "cracked_by", "Europol", "werd volgens Europol vanuit Australië beheerd", "source attribution"),
        R("Ghost", "operates_from", "Frankrijk", "een bende die drugs vanuit de haven van Antwerpen naar Frankrijk smokkelde",
          "a gang's smuggling route"),
    ],
    traps=[
        T("Ook Belgische verdachten in onderzoek naar Ghost", "heading without punctuation"),
        T("Nederlanders en Albanezen", "heading without punctuation, demonyms"),
        T("© Belga / Benoit Doppagne", "photo credit"),
        T("Speurders van", "generic noun at the sentence start"),
        T("Minister van Justitie", "role title"),
        T("een Australiër", "demonym noun (country mention)"),
    ],
)

# ---------------------------------------------------------------- 011 Court of Cassation, Matrix (BE)
DOCS["011_cassatie_matrix_brussel.txt"] = dict(
    entities=[
        E("Hof van Cassatie", "agency", ["Hof van Cassatie", "Cassatie"]),
        E("Sky ECC", "platform", ["Sky ECC"]),
        E("EncroChat", "platform", ["EncroChat"]),
        E("België", "country", ["Belgische"], "adjectival_only"),
        E("Brussel", "city", ["Brussel", "Brusselse"]),
        E("Vilvoorde", "city", ["Vilvoorde"]),
        E("Franse autoriteiten", "agency", ["Franse autoriteiten"]),
        E("Frankrijk", "country", ["Franse"], "adjectival_only"),
        E("Matrix", "platform", ["Matrix"]),
        E("Nederlandse politie", "agency", ["Nederlandse en Franse politie"], "elliptical_only"),
        E("Franse politie", "agency", ["Franse politie"]),
        E("Nederland", "country", ["Nederlandse"], "adjectival_only"),
        E("Europol", "agency", ["Europol"]),
        E("onderzoeksrechter in Brussel", "agency", ["Brusselse onderzoeksrechter"]),
        E("Cédric Vanderlinden", "person", ["Cédric Vanderlinden"], note="fictional investigating judge"),
        E("politiezone Brussel-Zuid", "agency", ["politiezone Brussel-Zuid"], note="police zone (class F)"),
        E("Anderlecht", "city", ["Anderlecht"]),
        E("Hilde Van den Bossche", "person", ["Hilde Van den Bossche"], note="fictional"),
        E("Federale Computer Crime Unit", "agency", ["Federale Computer Crime Unit"]),
        E("Signal", "platform", ["Signal"]),
    ],
    entities_optional=[
        E("Belgische rechter", "agency", ["Belgische rechter"], note="indefinite 'een Belgische rechter'"),
        E("Franse rechter", "agency", ["Franse rechter"], note="indefinite 'een Franse rechter'"),
        E("Belga", "media", ["Belga"], note="photo credit"),
    ],
    relations=[
        R("Hilde Van den Bossche", "works_for", "Federale Computer Crime Unit",
          "commissaris Hilde Van den Bossche van de Federale Computer Crime Unit"),
    ],
    relations_optional=[
        R("Matrix", "users_migrated_to", "Signal", "Zij verwacht dat de gebruikers van Matrix overstappen naar Signal",
          "an expectation, not a reported move"),
        R("onderzoeksrechter in Brussel", "located_in", "Brussel", "De Brusselse onderzoeksrechter", "adjective-derived"),
        R("politiezone Brussel-Zuid", "located_in", "Anderlecht", "door de politiezone Brussel-Zuid in Anderlecht",
          "'in Anderlecht' may place the arrest"),
        R("Matrix", "seized_by", "Nederlandse politie", "De Nederlandse en Franse politie haalden begin december Matrix offline",
          "'offline halen' ~ take down; elliptical"),
        R("Matrix", "seized_by", "Franse politie", "De Nederlandse en Franse politie haalden begin december Matrix offline",
          "'offline halen' ~ take down"),
        R("Cédric Vanderlinden", "works_for", "onderzoeksrechter in Brussel", "De Brusselse onderzoeksrechter Cédric Vanderlinden",
          "he is the judge"),
    ],
    relation_traps=[
        R("Sky ECC", "cracked_by", "Franse autoriteiten",
          "de Franse autoriteiten nooit hebben uitgelegd hoe de toestellen werden gekraakt", "no agent statement"),
        R("Matrix", "seized_by", "Europol", "een berichtendienst die volgens Europol door zo'n 8.000 criminelen werd gebruikt",
          "source attribution"),
    ],
    traps=[
        T("Cassatie: berichten van cryptotelefoons blijven bruikbaar", "heading with a colon"),
        T("Nieuwe dienst Matrix", "heading without punctuation"),
        T("Het hof verwierp", "generic definite court"),
        T("justitie", "generic lowercase"),
        T("Advocaten voerden", "generic noun at the sentence start"),
        T("Lees ook: Wat we weten over Matrix", "read-also line"),
        T("8.000", "number with a thousands separator"),
        T("Criminelen verhuizen", "capitalised quote start"),
    ],
)

# ---------------------------------------------------------------- 012 EN EncroChat Court of Appeal
DOCS["012_en_encrochat_court_of_appeal.txt"] = dict(
    entities=[
        E("Reuters", "media", ["Reuters"], note="named only in the byline (class L)"),
        E("EncroChat", "platform", ["EncroChat"]),
        E("Court of Appeal", "agency", ["Court of Appeal", "Court of Appeal in London"]),
        E("London", "city", ["London"]),
        E("France", "country", ["France", "French"]),
        E("Netherlands", "country", ["Dutch"], "adjectival_only"),
        E("National Crime Agency", "agency", ["National Crime Agency", "NCA"]),
        E("United Kingdom", "country", ["United Kingdom", "British"]),
        E("British police", "agency", ["British police"]),
        E("Graham Whitlow", "person", ["Graham Whitlow"], note="fictional"),
        E("Leroy T. Bramwell", "person", ["Leroy T. Bramwell"], note="fictional; middle initial"),
        E("Liverpool", "city", ["Liverpool"]),
        E("Merseyside Police", "agency", ["Merseyside Police"]),
        E("Martin D. Okonkwo", "person", ["Martin D. Okonkwo"], note="fictional; middle initial"),
        E("West Midlands Police", "agency", ["West Midlands Police"]),
        E("Supreme Court", "agency", ["Supreme Court"]),
        E("French gendarmerie", "agency", ["French gendarmerie"]),
        E("Lille", "city", ["Lille"]),
    ],
    entities_optional=[
        E("Merseyside", "region", ["Merseyside"], note="inside the force's name"),
        E("West Midlands", "region", ["West Midlands"], note="inside the force's name"),
        E("French investigators", "agency", ["French and Dutch investigators"], "elliptical_only"),
        E("Dutch investigators", "agency", ["Dutch investigators"]),
        E("court in Lille", "agency", ["court in Lille"], note="indefinite 'A court in Lille'"),
        E("PA", "media", ["PA"], note="photo credit"),
    ],
    relations=[
        R("Court of Appeal", "located_in", "London", "the Court of Appeal in London"),
        R("EncroChat", "operates_from", "France", "EncroChat, which had about 60,000 users worldwide, was operated from servers in France",
          "relative clause + number with a thousands separator (class D)"),
        R("Graham Whitlow", "works_for", "National Crime Agency", "Graham Whitlow (NCA)", "person + (ORG) (class B/K)"),
        R("Leroy T. Bramwell", "arrested_by", "Merseyside Police",
          "Leroy T. Bramwell, a 41-year-old man from Liverpool who was arrested by Merseyside Police"),
        R("Martin D. Okonkwo", "works_for", "West Midlands Police", "Chief constable Martin D. Okonkwo of West Midlands Police"),
    ],
    relations_optional=[
        R("EncroChat", "cracked_by", "French investigators", "The network was hacked in 2020 by French and Dutch investigators",
          "'The network' + elliptical 'investigators'"),
        R("Leroy T. Bramwell", "located_in", "Liverpool", "a 41-year-old man from Liverpool", "origin"),
        R("court in Lille", "located_in", "Lille", "A court in Lille"),
    ],
    relation_traps=[
        R("EncroChat", "cracked_by", "French gendarmerie", "The French gendarmerie has never revealed how the platform was cracked",
          "no agent statement"),
        R("EncroChat", "operates_from", "United Kingdom", "Around 10,000 of its users were in the United Kingdom", "where users were"),
    ],
    traps=[
        T("EncroChat messages can be used in court, judges rule", "heading without final punctuation"),
        T("By Reuters staff", "byline"),
        T("More than 1,500 arrests", "heading without punctuation; number with a thousands separator"),
        T("Photo: PA", "photo credit"),
        T("Lawyers for the defence", "generic"),
        T("Chief constable", "role title"),
    ],
)

# ---------------------------------------------------------------- 013 EN ANOM / Trojan Shield
DOCS["013_en_anom_trojan_shield_sandiego.txt"] = dict(
    entities=[
        E("FBI", "agency", ["FBI"]),
        E("San Diego", "city", ["San Diego"]),
        E("Europol", "agency", ["Europol"]),
        E("Australian Federal Police", "agency", ["Australian Federal Police"]),
        E("Australia", "country", ["Australian"], "adjectival_only", note="also 'Turkish-Australian'"),
        E("ANOM", "platform", ["ANOM"]),
        E("Rosalind M. Okafor", "person", ["Rosalind M. Okafor"], note="fictional; middle initial"),
        E("Phantom Secure", "platform", ["Phantom Secure"]),
        E("Netherlands", "country", ["Netherlands"], note="'the Netherlands' (class G)"),
        E("Europe", "region", ["Europe"]),
        E("Sweden", "country", ["Swedes", "Swedish"], "adjectival_only"),
        E("Finland", "country", ["Finns"], "adjectival_only"),
        E("The Hague", "city", ["The Hague"]),
        E("Turkey", "country", ["Turkish"], "adjectival_only"),
        E("Hakan Ayik", "person", ["Hakan Ayik"]),
        E("Jan-Olof Lindqvist", "person", ["Jan-Olof Lindqvist"], note="fictional spokesman"),
        E("Swedish Police Authority", "agency", ["Swedish Police Authority"]),
    ],
    entities_optional=[
        E("Trojan Shield", "operation", ["Trojan Shield"]),
    ],
    relations=[
        R("FBI", "located_in", "San Diego", "the FBI in San Diego", "national agency + 'in PLACE' (class C)"),
        R("Rosalind M. Okafor", "works_for", "FBI", "Rosalind M. Okafor, assistant director of the FBI's cyber division"),
        R("Phantom Secure", "users_migrated_to", "ANOM", "Many Phantom Secure users had moved to ANOM"),
        R("Europol", "located_in", "The Hague", "Europol, which is based in The Hague"),
        R("Jan-Olof Lindqvist", "works_for", "Swedish Police Authority",
          "Jan-Olof Lindqvist, a spokesman for the Swedish Police Authority"),
    ],
    relations_optional=[
        R("FBI", "operator_of", "ANOM", "The FBI ran its own encrypted phone company",
          "ANOM not named in that sentence; operator_of is company -> platform"),
        R("Hakan Ayik", "located_in", "Turkey", "A Turkish-Australian man, Hakan Ayik", "nationality adjective"),
        R("Hakan Ayik", "located_in", "Australia", "A Turkish-Australian man, Hakan Ayik", "nationality adjective"),
    ],
    relation_traps=[
        R("ANOM", "successor_of", "Phantom Secure", "Many Phantom Secure users had moved to ANOM after that service was taken down in 2018",
          "users' move and temporal 'after', not succession"),
        R("Europol", "located_in", "San Diego", "by the FBI in San Diego together with Europol", "coordination with the FBI"),
    ],
    traps=[
        T("FBI's secret phone app led to 800 arrests worldwide", "heading without punctuation"),
        T("Arrests across Europe", "heading without punctuation"),
        T("police detained", "generic lowercase police"),
        T("Photo: Europol", "photo credit"),
        T("12,000", "number with a thousands separator"),
        T("reportedly", "hedge"),
        T("Turkish-Australian", "hyphenated double demonym"),
    ],
)

# ---------------------------------------------------------------- 014 EN Ghost / Sydney / Garda
DOCS["014_en_ghost_sydney.txt"] = dict(
    entities=[
        E("Ghost", "platform", ["Ghost"]),
        E("Australian Federal Police", "agency", ["Australian Federal Police"]),
        E("Sydney", "city", ["Sydney"]),
        E("Australia", "country", ["Australia", "Australian"]),
        E("France", "country", ["France", "French"]),
        E("Iceland", "country", ["Iceland"]),
        E("Ireland", "country", ["Ireland"]),
        E("Italy", "country", ["Italy"]),
        E("Middle East", "region", ["Middle East"], note="compass-point region (class G)"),
        E("Europol", "agency", ["Europol"]),
        E("An Garda Síochána", "agency", ["An Garda Síochána", "Garda"], note="'Garda role' heading; accents"),
        E("Garda National Drugs and Organised Crime Bureau", "agency", ["Garda National Drugs and Organised Crime Bureau"]),
        E("Séamus Ó Dálaigh", "person", ["Séamus Ó Dálaigh"], note="fictional; Irish name with accents"),
        E("Catherine De Bolle", "person", ["Catherine De Bolle"]),
        E("EncroChat", "platform", ["EncroChat"]),
        E("Sky ECC", "platform", ["Sky ECC"]),
        E("Signal", "platform", ["Signal"]),
        E("French gendarmerie", "agency", ["French gendarmerie"]),
        E("Royal Canadian Mounted Police", "agency", ["Royal Canadian Mounted Police"]),
        E("Dutch police", "agency", ["Dutch police"]),
        E("Netherlands", "country", ["Netherlands", "Dutch"]),
        E("Albania", "country", ["Albanian"], "adjectival_only", note="'Albanian-speaking'"),
    ],
    entities_optional=[
        E("Canada", "country", ["Canadian"], note="only inside the RCMP's name"),
        E("AFP", "media", ["AFP"], note="photo credit: the news agency, not the Australian Federal Police"),
    ],
    relations=[
        R("Ghost", "operates_from", "Australia", "Ghost was operated from Australia"),
        R("Séamus Ó Dálaigh", "works_for", "Garda National Drugs and Organised Crime Bureau",
          "Detective Chief Superintendent Séamus Ó Dálaigh of the Garda National Drugs and Organised Crime Bureau"),
        R("Catherine De Bolle", "works_for", "Europol", "Europol's executive director Catherine De Bolle"),
        R("Ghost", "users_migrated_to", "Signal", "Some Ghost users moved over to the Signal app", "particle + determiner (class E)"),
    ],
    relations_optional=[
        R("Garda National Drugs and Organised Crime Bureau", "part_of", "An Garda Síochána",
          "Garda National Drugs and Organised Crime Bureau", "name-internal"),
        R("Australian Federal Police", "located_in", "Australia", "Australian Federal Police", "name-internal"),
    ],
    relation_traps=[
        R("Ghost", "operates_from", "France", "its servers were based in France and Iceland", "the servers, 'based in' (class H)"),
        R("Ghost", "located_in", "France", "its servers were based in France and Iceland", "the servers, not the platform"),
        R("Ghost", "operates_from", "Ireland", "Resellers were active in Ireland", "resellers"),
    ],
    traps=[
        T("Police dismantle Ghost, a phone network for organised crime", "heading without final punctuation"),
        T("Garda role", "heading without punctuation"),
        T("Photo: AFP", "photo credit (AFP = Agence France-Presse)"),
        T("reportedly", "hedge"),
        T("Albanian-speaking", "language adjective -> country, adjectival"),
        T("Detective Chief Superintendent", "role title"),
    ],
)

# ---------------------------------------------------------------- 015 EN Exclu / Rotterdam court
DOCS["015_en_exclu_rotterdam_court.txt"] = dict(
    entities=[
        E("Rotterdam court", "agency", ["Rotterdam court"], note="English city + court (class F)"),
        E("Rotterdam", "city", ["Rotterdam"]),
        E("Exclu", "platform", ["Exclu"]),
        E("Dutch police", "agency", ["Dutch police"]),
        E("German police", "agency", ["German police"]),
        E("Netherlands", "country", ["Dutch"], "adjectival_only"),
        E("Traben-Trarbach", "city", ["Traben-Trarbach"]),
        E("Germany", "country", ["Germany", "German"]),
        E("Public Prosecutor's Office", "agency", ["Public Prosecutor's Office"]),
        E("Bastiaan W.", "person", ["Bastiaan W."], note="fictional suspect"),
        E("Nieuw-Vennep", "city", ["Nieuw-Vennep"]),
        E("Marloes van 't Hof", "person", ["Marloes van 't Hof"], note="fictional prosecutor; particle with apostrophe"),
        E("Evert-Jan Zandstra", "person", ["Evert-Jan Zandstra"], note="fictional lawyer; title 'Dr.'"),
        E("EncroChat", "platform", ["EncroChat"]),
        E("Ghost", "platform", ["Ghost"]),
        E("Belgium", "country", ["Belgium"]),
        E("Court of Appeal in The Hague", "agency", ["Court of Appeal in The Hague", "Court of Appeal"]),
        E("The Hague", "city", ["The Hague"]),
    ],
    entities_optional=[
        E("NATO", "other", ["NATO"], note="'a former NATO bunker'"),
        E("ANP", "media", ["ANP"], note="photo credit"),
    ],
    relations=[
        R("Exclu", "operates_from", "Traben-Trarbach", "Exclu itself was operated from a former NATO bunker in Traben-Trarbach"),
        R("Traben-Trarbach", "located_in", "Germany", "Traben-Trarbach, in western Germany"),
        R("Bastiaan W.", "arrested_by", "Dutch police", "Bastiaan W. was arrested by the Dutch police"),
        R("Court of Appeal in The Hague", "located_in", "The Hague", "The Court of Appeal in The Hague"),
    ],
    relations_optional=[
        R("Exclu", "located_in", "Rotterdam", "was run by a company based in Rotterdam", "the (unnamed) company is based there"),
        R("Exclu", "seized_by", "German police", "where German police seized its servers in 2019", "'its' = Exclu"),
        R("Exclu", "seized_by", "Dutch police", "an encrypted messaging service that Dutch and German police took down",
          "'took down' ~ seized; elliptical"),
        R("Rotterdam court", "located_in", "Rotterdam", "A Rotterdam court", "name-internal"),
        R("EncroChat", "users_migrated_to", "Exclu", "Many Exclu users had previously used EncroChat", "implied"),
        R("EncroChat", "users_migrated_to", "Ghost", "they switched to smaller services such as Exclu and Ghost", "pronoun subject"),
        R("Evert-Jan Zandstra", "represents", "Bastiaan W.", "His lawyer, Dr. Evert-Jan Zandstra"),
        R("Bastiaan W.", "located_in", "Nieuw-Vennep", "at his home in Nieuw-Vennep"),
    ],
    relation_traps=[
        R("Exclu", "operates_from", "Rotterdam", "was run by a company based in Rotterdam", "'based in' gives located_in only (class H)"),
        R("Exclu", "located_in", "Belgium", "some were based in Belgium", "users based in Belgium"),
        R("Exclu", "operates_from", "Belgium", "some were based in Belgium", "users based in Belgium"),
    ],
    traps=[
        T("Dutch court hears first Exclu case", "heading without punctuation"),
        T("After EncroChat", "heading without punctuation"),
        T("Photo: ANP", "photo credit"),
        T("Dr. Evert-Jan", "title before a name"),
        T("prosecutor Marloes", "lowercase role word before a name"),
        T("The judges", "generic"),
        T("3,000", "number with a thousands separator"),
    ],
)

# ---------------------------------------------------------------- 016 EN MPC / Police Scotland
DOCS["016_en_mpc_police_scotland.txt"] = dict(
    entities=[
        E("Scotland", "region", ["Scotland", "Scottish"], note="constituent nation, typed like Vlaanderen (region)"),
        E("Netherlands", "country", ["Netherlands", "Dutch"]),
        E("MPC", "platform", ["MPC"]),
        E("High Court in Glasgow", "agency", ["High Court in Glasgow"]),
        E("Glasgow", "city", ["Glasgow"]),
        E("EncroChat", "platform", ["Enchrochat"], note="misspelt in the source (class E)"),
        E("Hyperion Secure", "platform", ["Hyperion Secure"], note="fictional company behind MPC (platform-typed per convention)"),
        E("Hamish O'Rourke", "person", ["Hamish O'Rourke", "O'Rourke"], note="fictional; apostrophe in the surname"),
        E("Police Scotland", "agency", ["Police Scotland"]),
        E("Dutch police", "agency", ["Dutch police"]),
        E("Deventer", "city", ["Deventer"]),
        E("Hengelo", "city", ["Hengelo"]),
        E("Zwolle", "city", ["Zwolle"]),
        E("Dutch Public Prosecution Service", "agency", ["Dutch Public Prosecution Service", "Public Prosecution Service"]),
        E("Callum J. MacLeod", "person", ["Callum J. MacLeod", "MacLeod"], note="fictional; middle initial"),
        E("Rotterdam", "city", ["Rotterdam"]),
        E("National Crime Agency", "agency", ["National Crime Agency"]),
        E("Nicola Brennan-Hughes", "person", ["Nicola Brennan-Hughes"], note="fictional spokeswoman"),
        E("Europol", "agency", ["Europol"]),
        E("Tulliallan", "city", ["Tulliallan"], note="small place (class L)"),
    ],
    entities_optional=[
        E("port of Rotterdam", "city", ["port of Rotterdam"], note="port"),
        E("Glasgow Airport", "other", ["Glasgow Airport"], note="airport"),
        E("Dutch investigators", "agency", ["Dutch investigators"]),
        E("PA Media", "media", ["PA Media"], note="photo credit"),
    ],
    relations=[
        R("High Court in Glasgow", "located_in", "Glasgow", "the High Court in Glasgow"),
        R("Hyperion Secure", "operator_of", "MPC", "Hyperion Secure, the company behind MPC", "class E"),
        R("Hamish O'Rourke", "works_for", "Police Scotland", "Detective Chief Superintendent Hamish O'Rourke of Police Scotland"),
        R("Callum J. MacLeod", "arrested_by", "National Crime Agency",
          "MacLeod, who denies all charges, was arrested by officers of the National Crime Agency", "relative clause (class D)"),
        R("Nicola Brennan-Hughes", "works_for", "Europol", "Nicola Brennan-Hughes, a spokeswoman for Europol"),
        R("Police Scotland", "located_in", "Tulliallan", "Police Scotland is based in Tulliallan"),
    ],
    relations_optional=[
        R("EncroChat", "users_migrated_to", "MPC", "the defendants bought their devices from MPC after Enchrochat went offline", "implied"),
        R("Police Scotland", "located_in", "Scotland", "Police Scotland", "name-internal"),
    ],
    relation_traps=[
        R("MPC", "operates_from", "Netherlands", "an encrypted phone service sold from the Netherlands", "sold from, not operated from"),
        R("Callum J. MacLeod", "located_in", "Glasgow", "was arrested by officers of the National Crime Agency at Glasgow Airport",
          "place of arrest"),
    ],
    traps=[
        T("Scottish gangs used Dutch crypto phones, court told", "heading without final punctuation"),
        T("Dutch arrests", "heading without punctuation"),
        T("Prosecutors said", "generic noun at the sentence start"),
        T("Photo: PA Media", "photo credit"),
        T("1,200", "number with a thousands separator"),
        T("Detective Chief Superintendent", "role title"),
        T("Glasgow Airport", "airport, not the city"),
    ],
)

# pairs the automatic pass gets wrong: a nationality adjective inside a (coordinated or optional) agency
# phrase is not a separate co-occurring mention (as in dev_gold: 'Nederlandse en Franse politie' gives no
# Frankrijk pair)
REMOVE_COOC = {
    "011_cassatie_matrix_brussel.txt": [("Franse politie", "Nederland"), ("Nederland", "Europol"), ("Nederland", "Matrix")],
    "015_en_exclu_rotterdam_court.txt": [("Rotterdam court", "Netherlands"), ("German police", "Netherlands")],
}
EXTRA_COOC = {
    "001_exclu_servers_duitsland.txt": [("Nederlandse politie", "Exclu"), ("Nederlandse politie", "Duitse politie")],
    "010_ghost_wallonie.txt": [("Franse politie", "Ghost"), ("Franse politie", "Australische federale politie"),
                               ("Franse politie", "Canadese politie")],
    "011_cassatie_matrix_brussel.txt": [("Nederlandse politie", "Matrix"), ("Nederlandse politie", "Franse politie"),
                                        ("Nederlandse politie", "Europol")],
    "015_en_exclu_rotterdam_court.txt": [("Dutch police", "Exclu", "Dutch and German police"),
                                         ("Dutch police", "German police", "Dutch and German police"),
                                         ("Dutch police", "Rotterdam court", "Dutch and German police")],
}


# ---------------------------------------------------------------- checks and co-occurrence
def sentences(text):
    text = re.sub(r"^ date \d{4}-\d{2} ", "", text)
    out = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        # split after . ? ! (optionally followed by a closing quote) + space + capital/quote/digit
        parts = re.split(r'(?<=[.?!])(?<!\b[A-Z]\.)(?<!\bmr\.)(?<!\bDr\.)(?<!\bdr\.)\s+(?=[A-Z"“„\'(])', para)
        out.extend(p.strip() for p in parts if p.strip())
    return out


def spans(sentence, aliases):
    found = []
    for name, alias in aliases:
        for m in re.finditer(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", sentence):
            found.append((m.start(), m.end(), name))
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    taken, keep = [], []
    for s, e, n in found:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        keep.append(n)
    return keep


def main():
    problems = []
    docs = {}
    for fname, d in DOCS.items():
        text = open(os.path.join(TEXTS, fname), encoding="utf-8").read()
        names = {e["name"] for e in d["entities"]} | {e["name"] for e in d["entities_optional"]}
        for e in d["entities"] + d["entities_optional"]:
            for a in e["aliases"] + e.get("compound_mentions", []):
                if a not in text:
                    problems.append(f"{fname}: alias {a!r} of {e['name']!r} not in text")
        for key in ("relations", "relations_optional", "relation_traps"):
            for r in d[key]:
                for end in (r["source"], r["target"]):
                    if end not in names:
                        problems.append(f"{fname}: {key} end {end!r} is not an entity")
                for piece in r["evidence"].split(" ... "):
                    if piece not in text:
                        problems.append(f"{fname}: evidence {piece!r} not in text")
        for t in d["traps"]:
            if t["surface"] not in text:
                problems.append(f"{fname}: trap {t['surface']!r} not in text")
        req_alias = [(e["name"], a) for e in d["entities"] for a in e["aliases"] + e.get("compound_mentions", [])
                     if e["mention_kind"] != "elliptical_only"]
        cooc, seen = [], set()
        sents = sentences(text)
        for s in sents:
            present = []
            for n in spans(s, req_alias):
                if n not in present:
                    present.append(n)
            for a, b in itertools.combinations(present, 2):
                key = frozenset((a, b))
                if key in seen:
                    continue
                seen.add(key)
                cooc.append({"a": a, "b": b, "sentence": s})
        drop = {frozenset(p) for p in REMOVE_COOC.get(fname, [])}
        assert drop <= seen, (fname, drop - seen)
        cooc = [c for c in cooc if frozenset((c["a"], c["b"])) not in drop]
        seen -= drop
        for a, b, *hint in EXTRA_COOC.get(fname, []):
            # an optional third item is a piece of the sentence (for an ellipsis whose phrase is not an alias)
            s = next(s for s in sents if (hint and hint[0] in s) or not hint and
                     any(al in s for e in d["entities"] if e["name"] == a for al in e["aliases"])
                     and any(al in s for e in d["entities"] if e["name"] == b for al in e["aliases"]))
            key = frozenset((a, b))
            if key not in seen:
                seen.add(key)
                cooc.append({"a": a, "b": b, "sentence": s, "note": "coordination ellipsis"})
        if set(d) - {"entities", "entities_optional", "relations", "relations_optional", "relation_traps", "traps"}:
            problems.append(f"{fname}: unexpected keys")
        docs[fname] = {k: d[k] for k in ("entities", "entities_optional", "relations", "relations_optional",
                                          "relation_traps")}
        docs[fname]["cooccurrence"] = cooc
        docs[fname]["traps"] = d["traps"]
    if problems:
        print("\n".join(problems))
        sys.exit(1)

    from collections import Counter
    ent_types = Counter(e["type"] for d in docs.values() for e in d["entities"])
    rel_types = Counter(r["relation"] for d in docs.values() for r in d["relations"])
    # ../shared/ beside the repository.
    dev_gold = os.path.join(HERE, "..", "..", "..", "shared", "eval", "dev_gold.json")
    meta = json.load(open(dev_gold, encoding="utf-8"))["meta"] if os.path.exists(dev_gold) else {}
    meta = {k: meta[k] for k in ("schema_version", "layout", "entity_fields", "relation_vocabulary",
                                 "relation_fields", "sets", "conventions") if k in meta}
    meta.update({
        "description": "Second development set for relgraph (issue 14): 16 short news-style articles (6 Dutch, 5 Flemish, "
                       "5 English) on Exclu, Ennetcom, ANOM/Trojan Shield, MPC, Ghost, EncroChat trials and Matrix, written for "
                       "this set in our own sentences (public facts used loosely; suspects, lawyers, spokespeople and officials "
                       "other than well-known public figures are fictional). Annotated by hand following dev_gold.json's "
                       "conventions, before relgraph was run on the texts.",
        "set": "devset2",
        "source_dir": "Benchmarks/devset2/texts",
        "text_note": "own texts, not copied or paraphrased from any article",
        "cooccurrence_note": "derived per sentence from the required entities' aliases (longest match, no pairs from an "
                             "adjective inside an agency name) plus coordination-ellipsis pairs; see build_gold.py",
        "stats": {
            "docs": len(docs),
            "entities": sum(len(d["entities"]) for d in docs.values()),
            "entities_optional": sum(len(d["entities_optional"]) for d in docs.values()),
            "relations": sum(len(d["relations"]) for d in docs.values()),
            "relations_optional": sum(len(d["relations_optional"]) for d in docs.values()),
            "relation_traps": sum(len(d["relation_traps"]) for d in docs.values()),
            "cooccurrence_pairs": sum(len(d["cooccurrence"]) for d in docs.values()),
            "entities_by_type": dict(sorted(ent_types.items())),
            "relations_by_type": dict(sorted(rel_types.items())),
        },
    })
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "docs": docs}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps(meta["stats"], ensure_ascii=False))


if __name__ == "__main__":
    main()
