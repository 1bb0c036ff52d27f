"""Merchants by spending category, with the merchant category code and a typical amount range in US dollars."""

from __future__ import annotations

from typing import Any

CATEGORIES: dict[str, dict[str, Any]] = {
    "grocery": {
        "label": "Grocery Stores", "mcc": "5411", "amount": (8.0, 220.0),
        "merchants": {
            "en-US": ("Whole Foods Market", "Kroger", "Safeway", "Trader Joe's", "Publix", "H-E-B", "Costco",
                      "Aldi", "Wegmans", "Albertsons"),
            "en-GB": ("Tesco", "Sainsbury's", "Asda", "Morrisons", "Waitrose", "Aldi", "Lidl", "Co-op Food"),
            "fr-FR": ("Carrefour", "E.Leclerc", "Auchan", "Intermarché", "Monoprix", "Lidl", "Casino"),
            "de-DE": ("REWE", "EDEKA", "Aldi Süd", "Lidl", "Kaufland", "Netto", "Penny"),
        },
    },
    "restaurant": {
        "label": "Restaurants", "mcc": "5812", "amount": (12.0, 180.0),
        "merchants": {
            "en-US": ("Olive Garden", "Chipotle Mexican Grill", "The Cheesecake Factory", "Panera Bread",
                      "Texas Roadhouse", "Applebee's", "Shake Shack", "Sweetgreen"),
            "en-GB": ("Nando's", "Pizza Express", "Wagamama", "Dishoom", "Côte Brasserie", "Zizzi", "Byron"),
            "fr-FR": ("Le Bistrot du Coin", "Brasserie Flo", "Hippopotamus", "Léon de Bruxelles", "Big Mamma",
                      "Buffalo Grill"),
            "de-DE": ("Vapiano", "L'Osteria", "Block House", "Hans im Glück", "Maredo", "Ratskeller"),
        },
    },
    "fast_food": {
        "label": "Fast Food", "mcc": "5814", "amount": (4.0, 35.0),
        "merchants": {
            "en-US": ("McDonald's", "Starbucks", "Subway", "Chick-fil-A", "Taco Bell", "Dunkin'", "Wendy's"),
            "en-GB": ("McDonald's", "Greggs", "Pret A Manger", "Costa Coffee", "KFC", "Subway"),
            "fr-FR": ("McDonald's", "Paul", "Quick", "Burger King", "Starbucks", "Brioche Dorée"),
            "de-DE": ("McDonald's", "Burger King", "Backwerk", "Nordsee", "Starbucks", "Subway"),
        },
    },
    "gas": {
        "label": "Gas Stations", "mcc": "5541", "amount": (20.0, 95.0),
        "merchants": {
            "en-US": ("Shell", "Chevron", "ExxonMobil", "BP", "Costco Gas", "Speedway", "Circle K", "Valero"),
            "en-GB": ("Shell", "BP", "Esso", "Texaco", "Tesco Petrol", "Sainsbury's Petrol"),
            "fr-FR": ("TotalEnergies", "Esso", "Shell", "Avia", "Carrefour Station", "Intermarché Station"),
            "de-DE": ("Aral", "Shell", "Esso", "JET", "TotalEnergies", "Star"),
        },
    },
    "online_shopping": {
        "label": "Online Shopping", "mcc": "5942", "amount": (9.0, 350.0),
        "merchants": {
            "en-US": ("Amazon", "Target.com", "Walmart.com", "Etsy", "eBay", "Best Buy"),
            "en-GB": ("Amazon UK", "Argos", "ASOS", "John Lewis", "eBay UK", "Currys"),
            "fr-FR": ("Amazon.fr", "Cdiscount", "Fnac", "Darty", "Vinted", "La Redoute"),
            "de-DE": ("Amazon.de", "Otto", "Zalando", "MediaMarkt", "eBay", "Tchibo"),
        },
    },
    "pharmacy": {
        "label": "Pharmacies", "mcc": "5912", "amount": (5.0, 90.0),
        "merchants": {
            "en-US": ("CVS Pharmacy", "Walgreens", "Rite Aid"),
            "en-GB": ("Boots", "Superdrug", "Lloyds Pharmacy"),
            "fr-FR": ("Pharmacie Centrale", "Pharmacie de la Gare", "Pharmacie du Marché"),
            "de-DE": ("dm-drogerie markt", "Rossmann", "Apotheke am Markt"),
        },
    },
    "entertainment": {
        "label": "Entertainment", "mcc": "7832", "amount": (8.0, 120.0),
        "merchants": {
            "en-US": ("Netflix", "Spotify", "AMC Theatres", "Ticketmaster", "Disney+", "Regal Cinemas"),
            "en-GB": ("Netflix", "Spotify", "Odeon", "Vue Cinemas", "Ticketmaster UK", "Cineworld"),
            "fr-FR": ("Netflix", "Deezer", "UGC", "Pathé", "Canal+", "Fnac Spectacles"),
            "de-DE": ("Netflix", "Spotify", "CineStar", "UCI Kinowelt", "Eventim", "Sky"),
        },
    },
    "travel": {
        "label": "Travel", "mcc": "4511", "amount": (60.0, 900.0),
        "merchants": {
            "en-US": ("Delta Air Lines", "United Airlines", "Marriott", "Hilton", "Uber", "Lyft", "Airbnb"),
            "en-GB": ("British Airways", "easyJet", "Trainline", "Premier Inn", "Uber", "Airbnb"),
            "fr-FR": ("Air France", "SNCF Connect", "Accor Hotels", "Uber", "BlaBlaCar", "Airbnb"),
            "de-DE": ("Lufthansa", "Deutsche Bahn", "FlixBus", "Motel One", "Uber", "Airbnb"),
        },
    },
}  # fmt: skip

CATEGORY_WORDS: dict[str, str] = {
    "grocery": "grocery", "groceries": "grocery", "supermarket": "grocery", "supermarkets": "grocery",
    "restaurant": "restaurant", "restaurants": "restaurant", "dining": "restaurant",
    "fast food": "fast_food", "coffee": "fast_food", "cafe": "fast_food", "cafes": "fast_food",
    "gas station": "gas", "gas stations": "gas", "fuel": "gas", "petrol": "gas",
    "online shopping": "online_shopping", "e-commerce": "online_shopping", "online": "online_shopping",
    "retail": "online_shopping", "shopping": "online_shopping",
    "pharmacy": "pharmacy", "pharmacies": "pharmacy", "drugstore": "pharmacy", "drugstores": "pharmacy",
    "entertainment": "entertainment", "streaming": "entertainment", "movies": "entertainment",
    "travel": "travel", "airline": "travel", "airlines": "travel", "hotels": "travel", "hotel": "travel",
}  # fmt: skip

CARD_NETWORKS: tuple[tuple[str, str, int], ...] = (
    ("Visa", "4", 16),
    ("Mastercard", "5", 16),
    ("American Express", "37", 15),
    ("Discover", "6011", 16),
)
"""Card network, the leading digits of its card numbers (IIN) and the card number length."""

TRANSACTION_STATUSES: tuple[tuple[str, float], ...] = (
    ("completed", 0.9),
    ("pending", 0.07),
    ("declined", 0.03),
)
