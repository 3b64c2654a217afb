// Hand-written; checked by scripts/gazetteer/check_gazetteer.py.
// Crypto-phone services and their operators, messengers, devices and operating systems, telecom
// operators, payment services, cryptocurrencies and dark-web markets. A company is typed by its role:
// the operator of a platform is a platform (Sky Global), as the evaluation conventions ask.
// Names that are also common words carry the exact flag (Ghost, Matrix, Signal, Orange, Tor) so that
// only that exact spelling counts; "Wire", "Session" and "Element" (messengers) are left out.
extension DefaultRulePack {
    /// Platforms: crypto-phone services, messengers, devices, telecom operators, payment and crypto.
    static let platforms = #"""
    # --- Crypto-phone services ------------------------------------------------------------------
    # 'Sky', 'SKY', 'SkyEcc' and 'SkyEcc Global' are Sky ECC; 'Sky Global' (the company) is its own entry.
    # "Sky" is capitalised only; "Sky News" (Media) is longer and wins where it occurs.
    platform	Sky ECC	Sky|SkyEcc|Sky-ECC|SkyEcc Global|Sky ECC Global
    platform	Sky Global
    # Long one-word names whose close misspellings are taken for them ("Enchrochat"): the option misspellings.
    platform	EncroChat			misspellings
    platform	Ennetcom			misspellings
    # ANOM is written ANOM, AN0M (zero), Anom and ANØM: any case.
    platform	ANOM	AN0M|ANØM		ignorecase
    platform	Phantom Secure
    platform	Ghost			exact
    platform	Exclu	Exclu Messenger
    platform	IronChat	IronPhone		misspellings
    platform	PGP Safe	PGPSafe
    platform	MPC
    # The service dismantled in 2024 ran as Matrix, Mactrix, Totalsec and X-quantum.
    platform	Matrix	Mactrix|Totalsec|X-quantum		exact
    platform	Ciphr
    platform	Blackphone			misspellings
    # --- Messengers and social media -------------------------------------------------------------
    platform	Signal			exact
    platform	WhatsApp
    platform	Telegram
    platform	Threema
    platform	Wickr	Wickr Me
    platform	Viber
    platform	Facebook
    platform	Instagram
    platform	Snapchat
    platform	TikTok
    platform	Twitter
    platform	Discord
    platform	Tor			exact
    # --- Devices, operating systems and their makers ---------------------------------------------
    platform	iPhone
    platform	iPad
    platform	Google Pixel	Pixel
    platform	BlackBerry
    platform	Android
    platform	iOS
    platform	GrapheneOS
    platform	Apple
    platform	Google
    platform	Samsung
    platform	Nokia
    platform	Huawei
    # --- Telecom operators ----------------------------------------------------------------------
    platform	AT&T
    platform	Vodafone
    platform	KPN
    platform	Proximus
    platform	T-Mobile
    platform	Odido
    platform	Telenet
    platform	Orange	Orange Belgium		exact
    platform	Verizon
    platform	Ziggo
    platform	Tele2
    platform	Lycamobile
    platform	Lebara
    # --- Payment services and cryptocurrencies ---------------------------------------------------
    platform	Bitcoin	BTC
    platform	Monero	XMR
    platform	Ethereum
    platform	Tether	USDT
    platform	Litecoin
    platform	PayPal
    platform	Western Union
    platform	MoneyGram
    platform	Binance
    platform	Coinbase
    platform	Bitvavo
    platform	Revolut
    # --- Dark-web markets -----------------------------------------------------------------------
    platform	Silk Road
    platform	AlphaBay
    platform	Hansa Market
    platform	Wall Street Market
    platform	Dream Market
    platform	Hydra Market
    platform	Genesis Market
    """#
}
