"""The sandbox's engines and what they trade: accounts, the ledger, AltMarket's exchange and
wallet, Hashgreen's DEX and its offers, catalogs, money. Nothing here knows HTTP."""
