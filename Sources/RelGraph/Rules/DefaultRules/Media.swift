// Hand-written; checked by scripts/gazetteer/check_gazetteer.py.
// News media of Belgium, the Netherlands and abroad that report on organised crime and the
// crypto-phone cases: broadcasters, newspapers, magazines, news sites and news agencies.
// Titles that read as ordinary words in some casing carry the exact flag: "De Standaard" (not
// "De standaard is …"), "De Morgen", "De Tijd", "Het Laatste Nieuws", "The Times".
// Left out: Eén (VRT; also the number), Pointer and Argos (programmes named like common words),
// "Standaard"/"Morgen" alone, "DH" and "FT" (initials), AFP (the Australian Federal Police, see Agencies).
extension DefaultRulePack {
    /// Media: broadcasters, newspapers, magazines, news sites and news agencies.
    static let media = #"""
    # --- Belgium --------------------------------------------------------------------------------
    media	VRT	Vlaamse Radio- en Televisieomroeporganisatie
    media	VRT NWS	VRT Nieuws
    media	RTBF
    media	VTM	VTM Nieuws
    media	RTL-TVI
    media	De Standaard	Standaard		exact
    media	Gazet van Antwerpen	GVA
    media	Het Laatste Nieuws	HLN		exact
    media	Het Nieuwsblad	Nieuwsblad
    media	De Morgen			exact
    media	Het Belang van Limburg	Belang van Limburg|HBVL		exact
    media	De Tijd			exact
    media	Knack
    media	Humo
    media	Le Soir			exact
    media	La Libre Belgique	La Libre
    media	La Dernière Heure	La DH
    media	L'Echo	L’Echo
    media	Le Vif	Le Vif/L'Express		exact
    media	Sudinfo	Sudpresse
    media	Bruzz
    media	ATV
    media	Belga	Belga News Agency
    # The investigative site; "Apache" alone is exact (helicopters, software).
    media	Apache	Apache.be		exact
    media	7sur7
    # --- The Netherlands ------------------------------------------------------------------------
    media	NOS	NOS Nieuws|NOS Journaal
    media	RTL Nieuws	RTL
    media	De Telegraaf	Telegraaf
    media	NRC	NRC Handelsblad|NRC Next
    media	de Volkskrant	Volkskrant
    media	Het Parool	Parool
    media	Algemeen Dagblad	AD		exact
    media	Trouw
    media	Het Financieele Dagblad	Financieele Dagblad|FD
    media	ANP	Algemeen Nederlands Persbureau
    media	NU.nl			ignorecase
    media	RTV Rijnmond
    media	AT5
    media	Omroep Brabant
    media	Omroep West
    media	NH Nieuws
    media	Follow the Money	FTM
    media	Nieuwsuur
    media	EenVandaag
    media	Zembla
    media	BNNVARA
    media	KRO-NCRV
    media	VPRO
    media	WNL
    media	PowNed
    media	GeenStijl
    media	Crimesite
    media	De Limburger	Dagblad De Limburger		exact
    media	De Gelderlander			exact
    media	De Stentor			exact
    media	Brabants Dagblad
    media	Eindhovens Dagblad
    media	BN DeStem
    media	PZC	Provinciale Zeeuwse Courant
    media	Tubantia
    media	Leeuwarder Courant
    media	Dagblad van het Noorden
    media	Noordhollands Dagblad
    media	Haarlems Dagblad
    media	Leidsch Dagblad
    # --- News agencies --------------------------------------------------------------------------
    media	Reuters
    media	Associated Press	AP
    media	Agence France-Presse	Agence France Presse|France-Presse
    media	Bloomberg
    # --- United Kingdom, United States, Canada, Australia ---------------------------------------
    media	BBC	BBC News
    media	Sky News
    media	The Guardian	Guardian
    media	The Times	The Sunday Times		exact
    media	The Independent			exact
    media	The Telegraph	Daily Telegraph
    media	Daily Mail	MailOnline
    media	Financial Times
    media	The Economist
    media	CNN
    media	The New York Times	New York Times|NYT
    media	The Washington Post	Washington Post
    media	The Wall Street Journal	Wall Street Journal|WSJ
    media	Los Angeles Times
    media	Politico
    media	The Intercept
    # Written VICE by the outlet; "Vice" alone would match "Vice-premier".
    media	VICE	Vice News|Vice Media		exact
    media	Motherboard
    media	Wired			exact
    media	OCCRP	Organized Crime and Corruption Reporting Project
    media	Bellingcat
    media	ICIJ	International Consortium of Investigative Journalists
    media	CBC	CBC News
    media	The Globe and Mail	Globe and Mail
    media	Toronto Star
    media	Vancouver Sun
    media	ABC	ABC News|Australian Broadcasting Corporation
    media	The Sydney Morning Herald	Sydney Morning Herald
    # --- Elsewhere ------------------------------------------------------------------------------
    media	Der Spiegel	Spiegel
    media	Süddeutsche Zeitung
    media	Die Zeit			exact
    media	Le Monde			exact
    media	Le Figaro
    media	Le Parisien
    media	Libération
    media	Mediapart
    media	France 24
    media	El País	El Pais
    media	El Mundo
    media	Corriere della Sera
    media	la Repubblica
    media	Aftonbladet
    media	Expressen
    media	Dagens Nyheter
    media	SVT
    media	Al Jazeera
    media	Euronews
    """#
}
