extension DefaultRulePack {
    /// The built-in entity and relation patterns and hedge words (Dutch and English), in the rule-file format.
    static let patterns = #"""
    # Entity patterns: agencies named by a place or a nationality, people named by their role.
    entity_patterns:
      # "de Nederlandse en Franse politie", "Belgische autoriteiten", "Amerikaanse justitie"
      - id: nationality-authority-nl
        type: agency
        pattern: "{country.adj+} (federale|nationale|gerechtelijke|lokale|militaire)? (politie|gendarmerie|autoriteiten|justitie|overheid|overheidsinstanties|douane|marechaussee|opsporingsdiensten|inlichtingendiensten|veiligheidsdiensten|recherche|politiediensten)"
      - id: nationality-police-en
        type: agency
        pattern: "{country.adj+} police"
        name: "{country.adj} politie"
      - id: nationality-authorities-en
        type: agency
        pattern: "{country.adj+} authorities"
        name: "{country.adj} autoriteiten"
      - id: nationality-justice-en
        type: agency
        pattern: "{country.adj+} (prosecutors|prosecution|justice)"
        name: "{country.adj} justitie"
      # "het parket van Limburg", "het parket in Gent" (one office, one name), "de parketten van Gent en Brugge"
      - id: prosecutor-of-place-nl
        type: agency
        pattern: "(parket|parketten) (in|te|van) {place:city|region+}"
        name: "parket van {place}"
        links: {located_in: place}
      # "de rechtbank van Antwerpen", "de rechtbank Amsterdam" (the Dutch courts' own names), "de rechtbanken van …"
      - id: court-of-place-nl
        type: agency
        pattern: "(rechtbank|rechtbanken) (in|te|van)? {place:city|region+}"
        name: "rechtbank in {place}"
        links: {located_in: place}
      # "de onderzoeksrechter in Mechelen", "het gerechtshof Den Haag", "the court of appeal in Ghent"
      - id: court-in-place-nl
        type: agency
        pattern: "(onderzoeksrechter|rechter-commissaris|correctionele rechtbank|hof van beroep|gerechtshof|arbeidsrechtbank|politierechtbank|raadkamer|kamer van inbeschuldigingstelling|investigating judge|court|criminal court|court of appeal|prosecutor's office) (in|te|van|of) {place:city|region}"
        links: {located_in: place}
      # "het gerechtshof Den Haag", "het gerechtshof Arnhem-Leeuwarden" (two cities, one court)
      - id: appeal-court-of-place-nl
        type: agency
        pattern: "(gerechtshof|hof van beroep) {place:city|region} (- {city})?"
        links: {located_in: place}
      # "een Mechelse onderzoeksrechter", "de Antwerpse rechtbank"
      - id: place-adjective-judge-nl
        type: agency
        pattern: "{city.adj} onderzoeksrechter"
        name: "onderzoeksrechter in {city}"
        links: {located_in: city}
      - id: place-adjective-court-nl
        type: agency
        pattern: "{city.adj} rechtbank"
        name: "rechtbank in {city}"
        links: {located_in: city}
      # "de Antwerpse raadkamer", "het Gentse hof van beroep"
      - id: place-adjective-chamber-nl
        type: agency
        pattern: "{city.adj} (raadkamer|kamer van inbeschuldigingstelling|hof van beroep)"
        links: {located_in: city}
      # "het Antwerpse parket"
      - id: place-adjective-prosecutor-nl
        type: agency
        pattern: "{city.adj} parket"
        name: "parket van {city}"
        links: {located_in: city}
      # "de Antwerpse federale politie", "de Brusselse politie"
      - id: place-adjective-police-nl
        type: agency
        pattern: "{place:city|region.adj} (federale|lokale|gerechtelijke)? (federale|lokale|gerechtelijke)? politie"
      # "politie Rotterdam", "eenheid Amsterdam", "politiezone Antwerpen", "lokale politie Gent"
      - id: police-of-place-nl
        type: agency
        pattern: "(lokale)? (politie|politiezone|PZ|eenheid|regionale eenheid) (van|in)? {place:city|region} (- (Noord|Zuid|Oost|West|Centrum))?"
        links: {located_in: place}
      # "het Team Criminele Inlichtingen van de landelijke eenheid"
      - id: team-of-agency-nl
        type: agency
        pattern: "[Team <Cap> <Cap>? <Cap>? <Cap>?] (van|bij|binnen) (de|het) {parent:agency}"
        links: {part_of: parent}
      # "politiezone Voorkempen", "PZ Carma"
      - id: police-zone-nl
        type: agency
        pattern: "(politiezone|PZ) <Cap> (- <Cap>)?"
      # "Police Scotland": the same agency as "Scottish police", "de Schotse politie"
      - id: police-country-en
        type: agency
        pattern: "Police {country}"
        name: "{country.adj} politie"
      # "the Supreme Court", "the High Court", "the Public Prosecutor's Office": title-case institutions
      - id: institution-en
        type: agency
        pattern: "the [(Supreme|High|Crown|District|Federal|Constitutional|Regional) Court]"
      # "the High Court in Glasgow"
      - id: institution-in-place-en
        type: agency
        pattern: "the [(Supreme|High|Crown|District|Federal|Constitutional|Regional) Court (in|of) {place:city|region}]"
        links: {located_in: place}
      - id: prosecutors-office-en
        type: agency
        pattern: "the [(Public|Federal|National|State|Crown|District) Prosecutor's Office]"
      # "the Antwerp court", "Toronto police", "police in Antwerp"
      - id: place-police-en
        type: agency
        pattern: "{place:city|region} (police|court|criminal court|prosecutor's office)"
        links: {located_in: place}
      # "minister van Justitie Vincent Van Quickenborne"
      - id: minister-of-nl
        type: person
        pattern: "(minister|staatssecretaris|minister-president) van {org:agency} [<Name>]"
        links: {works_for: org}
      # "Justice Minister Jane Doe", "Interior Minister …"
      - id: minister-en
        type: person
        pattern: "{org:agency} (minister|secretary) [<Name>]"
        links: {works_for: org}
      # "Northwind Secure, the company behind Sky ECC", "Northwind, het bedrijf achter EncroChat": a named
      # company is a platform's operator
      - id: company-behind-platform
        type: platform
        pattern: "[<First> <Cap>? <Cap>?] , (the|het|een|a)? ({country}|<Word>)? (company|firm|business|bedrijf|firma|onderneming) (behind|achter) {platform}"
        links: {operator_of: platform}
      # "Europol-woordvoerder Jan Peeters", "Volkskrant-journalist …"
      - id: compound-role-nl
        type: person
        pattern: "{org:agency|media|platform} - (woordvoerder|woordvoerster|journalist|verslaggever|directeur|topman|chef|baas|ceo|hoofd|onderzoeker|rechercheur|speurder) [<Name>]"
        links: {works_for: org}
      # "Jan Peeters, woordvoerder van Europol", "Jane Doe, head of the FBI"
      - id: apposition-role
        type: person
        pattern: "[<Name>] , (de|het|the|een|a)? ({nationality:country}|<Word>)? (woordvoerder|woordvoerster|directeur|topman|topvrouw|chef|baas|ceo|hoofd|oprichter|eigenaar|commissaris|commissaris-generaal|korpschef|hoofdcommissaris|procureur|procureur-generaal|procureur des Konings|officier van justitie|voorzitter|onderzoeker|rechercheur|speurder|advocaat-generaal|teamleider|teamchef|lid|inspecteur|hoofdinspecteur|analist|spokesman|spokeswoman|spokesperson|director|head|chief|founder|owner|chief executive|commissioner|president|prosecutor|chairman|chairwoman|member|officer|inspector|superintendent|chief constable|analyst) (van|bij|of|at|for) (de|het|the)? {org:agency|media|platform}"
        links: {works_for: org}
      # "…", zegt Anna Berg van de FBI; according to Jane Doe of Europol: a speaker named with her agency
      - id: speaker-of-agency
        type: person
        pattern: "(zegt|zei|aldus|vertelt|vertelde|verklaart|verklaarde|meldt|meldde|benadrukt|benadrukte|bevestigt|bevestigde|volgens|says|said|told|according to) [<Name>] (van|bij|of|from|at) (de|het|the)? {org:agency}"
        links: {works_for: org}
      # "Anna Berg van het Landelijk Parket sprak …": a known given name and a surname, then the agency
      - id: full-name-of-agency
        type: person
        pattern: "[<FullName>] (van|bij|of|from) (de|het|the)? {org:agency}"
        links: {works_for: org}
      # "woordvoerder van Europol Jan Peeters", "CEO van Sky Global Jean-Francois Eap"
      - id: role-of-org
        type: person
        pattern: "(woordvoerder|woordvoerster|directeur|topman|topvrouw|chef|baas|ceo|hoofd|oprichter|eigenaar|commissaris|commissaris-generaal|korpschef|hoofdcommissaris|procureur|procureur-generaal|procureur des Konings|officier van justitie|voorzitter|onderzoeker|rechercheur|speurder|advocaat-generaal|teamleider|teamchef|lid|inspecteur|hoofdinspecteur|analist|spokesman|spokeswoman|spokesperson|director|head|chief|founder|owner|chief executive|commissioner|president|prosecutor|chairman|chairwoman|member|officer|inspector|superintendent|chief constable|analyst) (van|of) (de|het|the)? {org:agency|media|platform} ,? [<Name>]"
        links: {works_for: org}
      # "korpschef Ann Peeters van de politiezone Antwerpen"
      - id: role-name-of-org
        type: person
        pattern: "(woordvoerder|woordvoerster|directeur|topman|topvrouw|chef|baas|ceo|hoofd|oprichter|eigenaar|commissaris|commissaris-generaal|korpschef|hoofdcommissaris|procureur|procureur-generaal|procureur des Konings|officier van justitie|voorzitter|onderzoeker|rechercheur|speurder|advocaat-generaal|teamleider|teamchef|lid|inspecteur|hoofdinspecteur|analist|spokesman|spokeswoman|spokesperson|director|head|chief|founder|owner|chief executive|commissioner|president|prosecutor|chairman|chairwoman|member|officer|inspector|superintendent|chief constable|analyst) [<Name>] (van|bij|of|at) (de|het|the)? {org:agency|media|platform}"
        links: {works_for: org}
      # "Australian Federal Police Commissioner Jane Doe", "Sky Global chief executive John Doe"
      - id: org-role-name-en
        type: person
        pattern: "{org:agency|media|platform} (' s)? (executive|deputy|assistant|acting|former|senior)? (spokesman|spokeswoman|spokesperson|director|head|chief|founder|owner|chief executive|commissioner|president|prosecutor|chairman|chairwoman) [<Name>]"
        links: {works_for: org}
      # "Marieke Jansen, werkzaam bij het Landelijk Parket"
      - id: name-employed-by
        type: person
        pattern: "[<Name>] , (werkzaam|actief|in dienst|employed|working) (bij|van|voor|by|for|at) (de|het|the)? {org:agency|media|platform}"
        links: {works_for: org}
      # "federaal procureur Frédéric Van Leeuw", "advocaat Sahil M.", "prosecutor Jane Doe"
      - id: role-name
        type: person
        pattern: "(minister|premier|burgemeester|procureur|procureur-generaal|advocaat|advocate|advocaat-generaal|stagiair-advocaat|woordvoerder|woordvoerster|commissaris|commissaris-generaal|hoofdcommissaris|korpschef|rechter|directeur|topman|eigenaar|oprichter|drugsbaron|journalist|verdachte|criminoloog|hoogleraar|professor|prosecutor|lawyer|attorney|spokesman|spokeswoman|spokesperson|detective|inspector|commissioner|judge|mayor|suspect|founder|owner|trafficker|kingpin|mevrouw|meneer) [<Name>]"
      # "dhr. Jan Peeters", "mr. Inez Weski", "Mr. John Smith"
      - id: title-name
        type: person
        pattern: "(dhr|mevr|mr|mw|Mr|Mrs|Ms|Dr) . [<Name>]"
      # "mr. A.J. Kuipers", "meester P. de Wit": initials and a surname after a title
      - id: title-initials-name
        type: person
        pattern: "(dhr|mevr|mr|mw|mrs|ms|dr|meester) .? [<Initial> <Initial>? <Initial>? (van|de|der|den|ten|ter)? (van|de|der|den|ten|ter)? <Cap>]"
      # "Meester Jan Peeters", "Sir John Doe": a title that is not part of the name
      - id: honorific-name
        type: person
        pattern: "(meester|sir|dame|lord|lady) [<Name>]"
      # "Hakan Ayik", "Annelies Verlinden" — a known given name and a surname, no role word needed
      - id: given-name-surname
        type: person
        pattern: "<FullName>"
      # "Sven D.M. alias Reus", "R.M.K. alias Kapitein": initials before a nickname
      - id: initials-alias
        type: person
        pattern: "[<First>? <Initial> <Initial> <Initial>?] (alias|bijgenaamd|aka|a.k.a.)"
      # "Sahil M.", "Karim B." — a first name and an initial
      - id: first-name-initial
        type: person
        pattern: "<First> <Initial>"

    # Relation patterns: {source:…} and {target:…} as the relation's direction says.
    relation_patterns:
      # successor_of: newer platform → older platform
      - id: successor-nl
        relation: successor_of
        pattern: "{source:platform} … (opvolger|opvolgster|vervanger|navolger|erfgenaam) van (het|de)? {target:platform}"
      - id: successor-en
        relation: successor_of
        pattern: "{source:platform} … (successor|replacement|heir) (of|to) {target:platform}"
      # users_migrated_to: old platform → new platform
      - id: migrated-from-to-nl
        relation: users_migrated_to
        pattern: "(overgestapt|overgeschakeld|gemigreerd|verhuisd|uitgeweken|overgelopen|overstapten|overstapte|overschakelden|migreerden|verhuisden|uitweken) van {source:platform} naar {target:platform}"
      - id: migrated-users-nl
        relation: users_migrated_to
        pattern: "(gebruikers|klanten) van {source:platform} … (overgestapt|overgeschakeld|gemigreerd|verhuisd|uitgeweken|stapten over) naar {target:platform}"
      - id: migrated-split-verb-nl
        relation: users_migrated_to
        pattern: "(gebruikers|klanten|criminelen) van {source:platform} (stapten|stapte|schakelden|schakelde|gingen|ging) … over naar {target:platform}"
      # "Daarna stapten veel gebruikers van EncroChat over naar Sky ECC": the verb before its subject
      - id: migrated-verb-first-nl
        relation: users_migrated_to
        pattern: "(stapten|stapte|schakelden|schakelde|gingen|ging) … (gebruikers|klanten|criminelen) van {source:platform} … over naar (het|de)? {target:platform}"
      - id: migrated-from-to-en
        relation: users_migrated_to
        pattern: "(moved|switched|migrated|fled|defected) from {source:platform} to {target:platform}"
      - id: migrated-users-en
        relation: users_migrated_to
        pattern: "{source:platform} (users|customers|clients) … (moved|switched|migrated|flocked|fled) (over|across)? to (the)? {target:platform}"
      # cracked_by: platform → the agency that cracked it (only when the agent is named)
      - id: cracked-by-nl
        relation: cracked_by
        pattern: "{source:platform} … (gekraakt|gehackt|ontsleuteld|geïnfiltreerd|binnengedrongen) … door … {target:agency+}"
      - id: cracked-by-agent-first-nl
        relation: cracked_by
        pattern: "{source:platform} … door … {target:agency+} … (gekraakt|gehackt|ontsleuteld|geïnfiltreerd)"
      - id: agency-cracked-nl
        relation: cracked_by
        pattern: "{target:agency+} (kraakte|kraakten|hackte|hackten|ontsleutelde|ontsleutelden) … {source:platform}"
      - id: cracked-by-en
        relation: cracked_by
        pattern: "{source:platform} … (cracked|hacked|infiltrated|decrypted|penetrated) by … {target:agency+}"
      - id: agency-cracked-en
        relation: cracked_by
        pattern: "{target:agency+} (has|have|had|reportedly|allegedly)? (cracked|hacked|infiltrated|decrypted|penetrated) … {source:platform}"
      # seized_by: platform (its servers, devices, data) → the agency that seized it
      - id: seized-by-nl
        relation: seized_by
        pattern: "{source:platform} … in beslag (genomen|werd genomen) door … {target:agency+}"
      # "Daarna nam de Duitse politie de servers van Exclu in beslag", "De politie nam Exclu in beslag"
      - id: agency-seized-nl
        relation: seized_by
        pattern: "{target:agency+} (nam|namen) … {source:platform} … in beslag"
      - id: agency-seized-fronted-nl
        relation: seized_by
        pattern: "(nam|namen) (de|het)? {target:agency+} … {source:platform} … in beslag"
      - id: seized-by-en
        relation: seized_by
        pattern: "{source:platform} … (seized|confiscated|taken down|taken offline|dismantled) by … {target:agency+}"
      - id: agency-seized-en
        relation: seized_by
        pattern: "{target:agency+} (has|have|had|reportedly|allegedly)? (seized|confiscated|took down|dismantled) … {source:platform}"
      # arrested_by: person → the agency that arrested them
      - id: arrested-by-nl
        relation: arrested_by
        pattern: "{source:person+} … (opgepakt|gearresteerd|aangehouden|ingerekend) door … {target:agency+}"
      - id: agency-arrested-nl
        relation: arrested_by
        pattern: "{target:agency+} (arresteerde|arresteerden|pakte|pakten|hield|hielden) … {source:person+}"
      - id: arrested-by-en
        relation: arrested_by
        pattern: "{source:person+} … (arrested|detained) by … {target:agency+}"
      - id: agency-arrested-en
        relation: arrested_by
        pattern: "{target:agency+} (has|have|had)? (arrested|detained) {source:person+}"
      # operates_from: platform → the country or city it is run from
      # (based in / gevestigd in says where a company is: located_in, not operates_from)
      - id: operates-from-nl
        relation: operates_from
        pattern: "{source:platform} … (opereert|opereerde|opereren|opereerden|werkt|werkte|werkten|actief) (vanuit|uit) {target:country|city+}"
      # "Ghost, dat vanuit Australië werd beheerd", "Ghost werd volgens Europol vanuit Australië beheerd"
      - id: managed-from-nl
        relation: operates_from
        pattern: "{source:platform} … vanuit {target:country|city+} (werd|wordt|werden|worden)? (beheerd|bestuurd|gerund|geleid|aangestuurd)"
      - id: operates-from-en
        relation: operates_from
        pattern: "{source:platform} … (operates|operated|operating|run|managed|controlled) (from|out of) (servers in)? {target:country|city+}"
      # "EncroChat, which had 60,000 users, was operated from France": a relative clause before the verb
      - id: operates-from-relative-en
        relation: operates_from
        pattern: "{source:platform} , (which|that) … , … (operated|run|managed|controlled) (from|out of) (servers in)? {target:country|city+}"
      # operator_of: company → the platform it runs
      - id: operator-behind-nl
        relation: operator_of
        pattern: "{source:platform} … (bedrijf|onderneming|moederbedrijf|firma) achter {target:platform}"
      - id: operator-behind-en
        relation: operator_of
        pattern: "{source:platform} … (company|firm|parent company|business) (behind|that runs|that operates|running) {target:platform}"
      # "de Landelijke Recherche, een onderdeel van de Nationale Politie", "X is het onderdeel van het OM"
      - id: part-of-unit-nl
        relation: part_of
        pattern: "{source:agency} ,? (is|was)? (een|het) (onderdeel|afdeling|dienst|directie|eenheid|team) van (de|het) {target:agency}"
      - id: part-of-unit-en
        relation: part_of
        pattern: "{source:agency} ,? (is|was)? (a|the) (unit|part|division|branch|department|arm|team) of the {target:agency}"
      # part_of: agency → parent agency ("het Team High Tech Crime van de landelijke eenheid")
      - id: part-of-nl
        relation: part_of
        pattern: "{source:agency} (van|binnen|bij) (de|het) {target:agency}"
      - id: part-of-en
        relation: part_of
        pattern: "{source:agency} (of|within|at) the {target:agency}"
      # works_for: a person named right before an agency that an entity pattern made ("woordvoerster Anna
      # Berg van het parket van Charleroi"; entity patterns do not see each other's composites)
      - id: person-of-agency
        relation: works_for
        pattern: "{source:person} (van|bij|of|from|at) (de|het|the)? {target:agency}"
      # "Anna Berg, woordvoerster van de eenheid Zeeland": the apposition of `apposition-role` when the agency
      # is one an entity pattern made
      - id: person-role-of-agency
        relation: works_for
        pattern: "{source:person} , (de|het|the|een|a)? <Word>? (woordvoerder|woordvoerster|directeur|topman|topvrouw|chef|baas|ceo|hoofd|oprichter|eigenaar|commissaris|commissaris-generaal|korpschef|hoofdcommissaris|procureur|procureur-generaal|procureur des Konings|officier van justitie|voorzitter|onderzoeker|rechercheur|speurder|advocaat-generaal|teamleider|teamchef|lid|inspecteur|hoofdinspecteur|analist|spokesman|spokeswoman|spokesperson|director|head|chief|founder|owner|chief executive|commissioner|president|prosecutor|chairman|chairwoman|member|officer|inspector|superintendent|chief constable|analyst) (van|bij|of|at|for) (de|het|the)? {target:agency|media|platform}"
      # "said Anna Berg (NCA)": a person and the agency in parentheses
      - id: person-agency-in-parentheses
        relation: works_for
        pattern: '{source:person} "(" {target:agency} ")"'
      # located_in: agency, company or media → place
      - id: located-in-nl
        relation: located_in
        pattern: "{source:agency|platform|media} … (gevestigd|gehuisvest|zetelt|zetelen|gebaseerd) … (in|te) {target:city|country|region}"
      - id: located-in-en
        relation: located_in
        pattern: "{source:agency|platform|media} … (based|headquartered|located) in {target:city|country|region}"
      # "de federale politie in Gent", "Europol in Den Haag", "the FBI in San Diego": an agency right before
      # its place (a local office with a place is one entity of its own: "onderzoeksrechter in Mechelen")
      - id: agency-in-place
        relation: located_in
        pattern: "{source:agency} (in|te) {target:city|region|country}"
      # "Genk in Limburg", "Marbella in Zuid-Spanje", "Traben-Trarbach in Germany" (not a comma: lists of places)
      - id: place-in-place
        relation: located_in
        pattern: "{source:city} in (het|de|the)? {target:region|country}"
      # "Europol, the EU's law enforcement agency in The Hague"
      - id: located-in-apposition-en
        relation: located_in
        pattern: "{source:agency} , (the|a) … (agency|authority|body|organisation|organization|service|unit) (in|of) {target:city|country}"
      # "Sky ECC is operated from Vancouver by Sky Global", "beheerd door"
      - id: operated-by-en
        relation: operator_of
        pattern: "{target:platform} … (operated|run|developed|sold|marketed) … by {source:platform}"
      - id: operated-by-nl
        relation: operator_of
        pattern: "{target:platform} … (beheerd|uitgebaat|ontwikkeld|verkocht|aangeboden) door {source:platform}"

    # Words that mark a statement as uncertain.
    hedges: [mogelijk, mogelijks, zou, zouden, vermoedelijk, vermoedelijke, waarschijnlijk, verluidt, allicht, wellicht, reportedly, allegedly, possibly, apparently, might, presumably]
    """#
}
