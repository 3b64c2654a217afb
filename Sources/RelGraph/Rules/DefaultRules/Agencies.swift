// Hand-written; checked by scripts/gazetteer/check_gazetteer.py.
// Police, prosecution, intelligence, customs and courts of Belgium, the Netherlands, Europe and the
// countries of the crypto-phone cases, and the ministries (capitalised: "Justitie", "Binnenlandse Zaken").
// Lower-case canonical names (federaal parket) match in any case; capitalised ones only capitalised text,
// so generic "justitie" or "de douane" is not an entity, as the evaluation conventions ask.
// Agencies named by a nationality or a place ("Nederlandse autoriteiten", "Antwerpse federale politie",
// "politie Rotterdam", "eenheid Amsterdam") come from the patterns, not from this table.
extension DefaultRulePack {
    /// Agencies: police, prosecutors, intelligence services, customs, courts and ministries.
    static let agencies = #"""
    # --- Belgium -------------------------------------------------------------------------------
    agency	federaal parket	federale parket|parquet fédéral|Belgian federal prosecutor's office|Belgian federal prosecutor’s office
    # FGP, also written "Antwerpse FGP" (the place adjective is a separate mention of the city).
    # "gerechtelijke politie" alone: the older name, still used for the FGP.
    agency	federale gerechtelijke politie	FGP|gerechtelijke politie|police judiciaire fédérale|PJF|Belgian federal judicial police|federal judicial police
    agency	Federale Computer Crime Unit	FCCU|Federal Computer Crime Unit
    agency	Regionale Computer Crime Unit	RCCU|Regional Computer Crime Unit
    agency	federale politie	police fédérale|Belgian federal police
    agency	DJSOC	Directie van de bestrijding van de zware en georganiseerde criminaliteit|Direction de la lutte contre la criminalité grave et organisée
    agency	Centrale Dienst voor de Bestrijding van de Corruptie	CDBC|OCRC
    agency	Staatsveiligheid	Veiligheid van de Staat|VSSE|Sûreté de l'État|Sûreté de l’État|Belgian State Security
    agency	Algemene Dienst Inlichting en Veiligheid	ADIV|SGRS
    agency	OCAD	Coördinatieorgaan voor de dreigingsanalyse|OCAM
    agency	Cel voor Financiële Informatieverwerking	CFI|CTIF
    agency	Centraal Orgaan voor de Inbeslagneming en de Verbeurdverklaring	COIV
    agency	Comité P	Vast Comité van Toezicht op de politiediensten
    agency	Comité I	Vast Comité van Toezicht op de inlichtingen- en veiligheidsdiensten
    agency	Hof van Cassatie	Cour de cassation|Court of Cassation
    agency	Grondwettelijk Hof	Cour constitutionnelle
    # One entry for the Belgian and the Dutch Council of State (the name cannot tell them apart).
    agency	Raad van State	Conseil d'État|Conseil d’État
    # Customs of Belgium and the Netherlands are both "Douane"; capitalised only (lower-case "douane" is generic).
    agency	Douane	Algemene Administratie van Douane en Accijnzen|AAD&A|Douane en Accijnzen
    # --- Ministries (Belgian and Dutch ministries share their names: one entry each) -----------
    agency	Justitie	ministerie van Justitie|FOD Justitie|Federale Overheidsdienst Justitie|SPF Justice|Justitie en Veiligheid|ministerie van Justitie en Veiligheid|JenV|Ministry of Justice|Justice Ministry
    agency	Binnenlandse Zaken	ministerie van Binnenlandse Zaken|FOD Binnenlandse Zaken|SPF Intérieur|Binnenlandse Zaken en Koninkrijksrelaties|BZK|Ministry of the Interior|Ministry of Interior|Interior Ministry
    agency	Buitenlandse Zaken	ministerie van Buitenlandse Zaken|FOD Buitenlandse Zaken|Ministry of Foreign Affairs|Foreign Ministry
    agency	Defensie	ministerie van Defensie|Ministry of Defence|Ministry of Defense
    agency	Financiën	ministerie van Financiën|FOD Financiën|Financien|Ministry of Finance|Finance Ministry
    agency	Economische Zaken	ministerie van Economische Zaken|FOD Economie
    # --- The Netherlands -------------------------------------------------------------------------
    # Nationale Politie is merged into "Nederlandse politie" (evaluation convention).
    agency	Nederlandse politie	Nationale Politie|Dutch police|Dutch National Police|National Police of the Netherlands|politie Nederland
    agency	landelijke eenheid	Dutch National Unit
    agency	Team High Tech Crime	THTC|Team HTC|High Tech Crime Unit|National High Tech Crime Unit|NHTCU|Dutch High Tech Crime Unit
    agency	Dienst Landelijke Recherche	landelijke recherche|DLR
    agency	Dienst Landelijke Informatieorganisatie	DLIO
    agency	Dienst Speciale Interventies	DSI
    agency	Openbaar Ministerie	OM|Dutch Public Prosecution Service|Public Prosecution Service
    agency	Landelijk Parket	National Public Prosecutor's Office|National Public Prosecutor’s Office
    # The Dutch examining magistrate, an office named without its court ("de rechter-commissaris"); with a
    # place, the entity pattern court-in-place-nl makes "rechter-commissaris in Amsterdam".
    agency	rechter-commissaris
    agency	Functioneel Parket
    agency	Parket-Generaal
    agency	College van procureurs-generaal
    agency	FIOD	Fiscale Inlichtingen- en Opsporingsdienst|Fiscal Information and Investigation Service
    agency	Belastingdienst	Dutch Tax and Customs Administration
    agency	FIU-Nederland	FIU Nederland|Financial Intelligence Unit-Nederland
    agency	Koninklijke Marechaussee	KMar|marechaussee|Royal Netherlands Marechaussee
    agency	AIVD	Algemene Inlichtingen- en Veiligheidsdienst|General Intelligence and Security Service
    agency	MIVD	Militaire Inlichtingen- en Veiligheidsdienst
    agency	NCTV	Nationaal Coördinator Terrorismebestrijding en Veiligheid
    agency	Dienst Justitiële Inrichtingen	DJI
    agency	Nederlands Forensisch Instituut	NFI|Netherlands Forensic Institute
    agency	Rijksrecherche
    agency	Hoge Raad	Hoge Raad der Nederlanden|Dutch Supreme Court
    agency	Nationaal Cyber Security Centrum	NCSC
    # --- Europe and international ----------------------------------------------------------------
    agency	Europol	European Union Agency for Law Enforcement Cooperation
    agency	European Cybercrime Centre	EC3|Europees Cybercrimecentrum
    agency	Eurojust
    agency	Interpol	International Criminal Police Organization
    agency	Europees Openbaar Ministerie	EOM|European Public Prosecutor's Office|European Public Prosecutor’s Office|EPPO
    agency	OLAF	European Anti-Fraud Office|Europees Bureau voor fraudebestrijding
    agency	Frontex
    agency	Europese Commissie	European Commission|Commission européenne
    # The EU court ruled on EncroChat evidence; the bare "Hof van Justitie" is this court.
    agency	Hof van Justitie van de Europese Unie	Hof van Justitie|Europees Hof van Justitie|Court of Justice of the European Union|European Court of Justice|CJEU|ECJ
    agency	Europees Hof voor de Rechten van de Mens	EHRM|European Court of Human Rights|ECHR
    agency	Internationaal Strafhof	International Criminal Court
    agency	MAOC-N	Maritime Analysis and Operations Centre – Narcotics|Maritime Analysis and Operations Centre
    agency	UNODC	United Nations Office on Drugs and Crime
    # --- France ---------------------------------------------------------------------------------
    agency	Gendarmerie nationale	Gendarmerie|French Gendarmerie
    agency	C3N	Centre de lutte contre les criminalités numériques
    agency	Police nationale	French National Police
    agency	OFAST	Office anti-stupéfiants
    agency	JUNALCO	Juridiction nationale de lutte contre la criminalité organisée
    agency	DGSI	Direction générale de la sécurité intérieure
    # --- Germany --------------------------------------------------------------------------------
    agency	Bundeskriminalamt	BKA|Federal Criminal Police Office
    agency	Landeskriminalamt	LKA
    agency	Bundespolizei
    agency	Bundesnachrichtendienst	BND
    agency	Bundesgerichtshof	BGH|Federal Court of Justice
    # --- United Kingdom -------------------------------------------------------------------------
    agency	National Crime Agency	NCA
    agency	Metropolitan Police	Metropolitan Police Service|Met Police|Scotland Yard
    agency	MI5
    agency	MI6	Secret Intelligence Service
    agency	GCHQ
    agency	Crown Prosecution Service	CPS
    agency	Home Office
    agency	HM Revenue and Customs	HMRC|HM Revenue & Customs
    agency	Investigatory Powers Tribunal
    # --- United States --------------------------------------------------------------------------
    agency	FBI	Federal Bureau of Investigation
    agency	DEA	Drug Enforcement Administration|Drug Enforcement Agency
    agency	Department of Justice	DOJ|Justice Department|US Department of Justice|U.S. Department of Justice
    agency	Department of Homeland Security	DHS
    agency	Homeland Security Investigations	HSI
    agency	Customs and Border Protection	CBP|US Customs and Border Protection|U.S. Customs and Border Protection
    # "ICE" is left out: in Dutch text it is mostly the German high-speed train.
    agency	Immigration and Customs Enforcement	US Immigration and Customs Enforcement|U.S. Immigration and Customs Enforcement
    agency	CIA	Central Intelligence Agency
    agency	NSA	National Security Agency
    agency	US Marshals Service	U.S. Marshals Service|US Marshals|U.S. Marshals
    # --- Canada, Australia, New Zealand ---------------------------------------------------------
    agency	Royal Canadian Mounted Police	RCMP|Gendarmerie royale du Canada|GRC|Mounties
    agency	Canada Border Services Agency	CBSA
    # AFP is the Australian Federal Police here (ANOM, Operation Ironside); the news agency
    # Agence France-Presse is listed in Media under its full name only.
    agency	Australian Federal Police	AFP
    agency	Australian Criminal Intelligence Commission	ACIC
    agency	New South Wales Police Force	NSW Police|NSW Police Force|New South Wales Police
    agency	New Zealand Police
    # --- Elsewhere in Europe and Latin America --------------------------------------------------
    agency	Polismyndigheten	Swedish Police Authority
    agency	Guardia Civil
    # "Policía Nacional" is Spain's; other countries' national police are named with their country.
    agency	Policía Nacional	Policia Nacional|Cuerpo Nacional de Policía|Spanish National Police
    agency	Audiencia Nacional
    agency	Mossos d'Esquadra	Mossos d’Esquadra|Mossos
    agency	Carabinieri	Arma dei Carabinieri
    agency	Guardia di Finanza
    agency	Direzione Investigativa Antimafia	DIA
    agency	Direzione Nazionale Antimafia	Direzione Nazionale Antimafia e Antiterrorismo
    agency	Polícia Federal	Policia Federal|Brazilian Federal Police
    """#
}
