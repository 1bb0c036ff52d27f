# ruff: noqa: E501 - data tables keep one logical group per line.
"""Makes, models, trims and prices for vehicle listings.

`MAKES` maps a make to its world manufacturer identifiers (the first three VIN characters), whether it is a
luxury brand, the paint colours it offers and its models. Each model has a body type, the fuel types it is
sold with, the first model year it was sold (`since`), and trims with an approximate base MSRP in US dollars.

NOTE: `since` is per model, not per fuel type, so a model that gained an electric version late (Porsche Macan)
can appear as electric in model years before that version existed.
"""

from __future__ import annotations

from typing import Any

COMMON_COLORS = ("White", "Black", "Silver", "Gray", "Blue", "Red")

MAKES: dict[str, dict[str, Any]] = {
    "Toyota": {
        "luxury": False, "wmi": ("JTD", "4T1", "5TD", "2T3", "JTM"),
        "colors": ("Super White", "Midnight Black Metallic", "Celestial Silver", "Magnetic Gray", "Blueprint",
                   "Supersonic Red", "Lunar Rock"),
        "models": {
            "Camry": {"body": "Sedan", "fuel": ("Gasoline", "Hybrid"), "since": 1983,
                      "trims": (("LE", 28400), ("SE", 30200), ("XLE", 34300), ("XSE", 35000))},
            "Corolla": {"body": "Sedan", "fuel": ("Gasoline", "Hybrid"), "since": 1968,
                        "trims": (("L", 22050), ("LE", 22500), ("SE", 25500), ("XSE", 28700))},
            "RAV4": {"body": "SUV", "fuel": ("Gasoline", "Hybrid", "Plug-in Hybrid"), "since": 1996,
                     "trims": (("LE", 29250), ("XLE", 30800), ("Adventure", 36000), ("Limited", 38000))},
            "Highlander": {"body": "SUV", "fuel": ("Gasoline", "Hybrid"), "since": 2001,
                           "trims": (("LE", 39500), ("XLE", 43400), ("Limited", 47900), ("Platinum", 51500))},
            "Tacoma": {"body": "Truck", "fuel": ("Gasoline",), "since": 1995,
                       "trims": (("SR", 31500), ("SR5", 35000), ("TRD Sport", 39000), ("TRD Off-Road", 41000))},
            "Tundra": {"body": "Truck", "fuel": ("Gasoline", "Hybrid"), "since": 2000,
                       "trims": (("SR5", 46000), ("Limited", 55000), ("Platinum", 63000), ("1794 Edition", 64000))},
            "Prius": {"body": "Hatchback", "fuel": ("Hybrid", "Plug-in Hybrid"), "since": 2001,
                      "trims": (("LE", 28000), ("XLE", 31000), ("Limited", 35000))},
            "Sienna": {"body": "Minivan", "fuel": ("Hybrid",), "since": 1998,
                       "trims": (("LE", 39000), ("XSE", 45000), ("Platinum", 53000))},
            "bZ4X": {"body": "SUV", "fuel": ("Electric",), "since": 2023,
                     "trims": (("XLE", 43000), ("Limited", 47000))},
        },
    },
    "Honda": {
        "luxury": False, "wmi": ("1HG", "2HG", "5J6", "5FN"), "colors": (*COMMON_COLORS, "Radiant Red"),
        "models": {
            "Civic": {"body": "Sedan", "fuel": ("Gasoline", "Hybrid"), "since": 1973,
                      "trims": (("LX", 24000), ("Sport", 26000), ("EX", 27500), ("Touring", 31000))},
            "Accord": {"body": "Sedan", "fuel": ("Gasoline", "Hybrid"), "since": 1976,
                       "trims": (("LX", 28000), ("EX", 30000), ("Sport Hybrid", 33000), ("Touring", 38000))},
            "CR-V": {"body": "SUV", "fuel": ("Gasoline", "Hybrid"), "since": 1997,
                     "trims": (("LX", 30000), ("EX", 32000), ("EX-L", 35000), ("Sport Touring", 40000))},
            "Pilot": {"body": "SUV", "fuel": ("Gasoline",), "since": 2003,
                      "trims": (("Sport", 40000), ("EX-L", 44000), ("TrailSport", 49000), ("Elite", 53000))},
            "Odyssey": {"body": "Minivan", "fuel": ("Gasoline",), "since": 1995,
                        "trims": (("EX", 38000), ("EX-L", 42000), ("Elite", 51000))},
            "Prologue": {"body": "SUV", "fuel": ("Electric",), "since": 2024,
                         "trims": (("EX", 48000), ("Touring", 51000), ("Elite", 57000))},
        },
    },
    "Ford": {
        "luxury": False, "wmi": ("1FA", "1FT", "1FM", "3FM"), "colors": (*COMMON_COLORS, "Oxford White"),
        "models": {
            "F-150": {"body": "Truck", "fuel": ("Gasoline", "Hybrid"), "since": 1975,
                      "trims": (("XL", 37000), ("XLT", 45000), ("Lariat", 60000), ("Platinum", 70000))},
            "F-150 Lightning": {"body": "Truck", "fuel": ("Electric",), "since": 2022,
                                "trims": (("Pro", 50000), ("XLT", 55000), ("Lariat", 70000), ("Platinum", 85000))},
            "Mustang": {"body": "Coupe", "fuel": ("Gasoline",), "since": 1965,
                        "trims": (("EcoBoost", 31000), ("GT", 43000), ("Dark Horse", 60000))},
            "Mustang Mach-E": {"body": "SUV", "fuel": ("Electric",), "since": 2021,
                               "trims": (("Select", 40000), ("Premium", 47000), ("GT", 55000))},
            "Explorer": {"body": "SUV", "fuel": ("Gasoline", "Hybrid"), "since": 1991,
                         "trims": (("Base", 38000), ("XLT", 41000), ("ST", 54000), ("Platinum", 55000))},
            "Escape": {"body": "SUV", "fuel": ("Gasoline", "Hybrid", "Plug-in Hybrid"), "since": 2001,
                       "trims": (("Active", 29000), ("ST-Line", 32000), ("Platinum", 38000))},
            "Bronco": {"body": "SUV", "fuel": ("Gasoline",), "since": 2021,
                       "trims": (("Big Bend", 41000), ("Badlands", 50000), ("Wildtrak", 56000), ("Raptor", 90000))},
        },
    },
    "Chevrolet": {
        "luxury": False, "wmi": ("1G1", "1GC", "3GN", "1GN"), "colors": (*COMMON_COLORS, "Summit White"),
        "models": {
            "Silverado 1500": {"body": "Truck", "fuel": ("Gasoline", "Diesel"), "since": 1999,
                               "trims": (("WT", 37000), ("LT", 48000), ("RST", 52000), ("High Country", 64000))},
            "Equinox": {"body": "SUV", "fuel": ("Gasoline",), "since": 2005,
                        "trims": (("LS", 27000), ("LT", 29000), ("RS", 32000), ("Premier", 33000))},
            "Equinox EV": {"body": "SUV", "fuel": ("Electric",), "since": 2024,
                           "trims": (("1LT", 35000), ("2LT", 43000), ("3RS", 45000))},
            "Bolt EV": {"body": "Hatchback", "fuel": ("Electric",), "since": 2017,
                        "trims": (("1LT", 27000), ("2LT", 31000))},
            "Tahoe": {"body": "SUV", "fuel": ("Gasoline", "Diesel"), "since": 1995,
                      "trims": (("LS", 58000), ("LT", 63000), ("Z71", 68000), ("High Country", 77000))},
            "Corvette": {"body": "Coupe", "fuel": ("Gasoline", "Hybrid"), "since": 1953,
                         "trims": (("Stingray 1LT", 68000), ("Stingray 3LT", 81000), ("Z06", 112000))},
            "Malibu": {"body": "Sedan", "fuel": ("Gasoline",), "since": 1997,
                       "trims": (("LS", 25000), ("RS", 26000), ("LT", 27000), ("2LT", 32000))},
        },
    },
    "Tesla": {
        "luxury": True, "wmi": ("5YJ", "7SA", "7G2"), "colors": ("Pearl White", "Solid Black", "Midnight Silver",
                                                                  "Deep Blue Metallic", "Ultra Red", "Stealth Grey"),
        "models": {
            "Model 3": {"body": "Sedan", "fuel": ("Electric",), "since": 2017,
                        "trims": (("Standard Range", 40000), ("Long Range", 47000), ("Performance", 54000))},
            "Model Y": {"body": "SUV", "fuel": ("Electric",), "since": 2020,
                        "trims": (("Standard Range", 45000), ("Long Range", 50000), ("Performance", 53000))},
            "Model S": {"body": "Sedan", "fuel": ("Electric",), "since": 2012,
                        "trims": (("Long Range", 75000), ("Plaid", 90000))},
            "Model X": {"body": "SUV", "fuel": ("Electric",), "since": 2016,
                        "trims": (("Long Range", 80000), ("Plaid", 95000))},
            "Cybertruck": {"body": "Truck", "fuel": ("Electric",), "since": 2024,
                           "trims": (("All-Wheel Drive", 80000), ("Cyberbeast", 100000))},
        },
    },
    "BMW": {
        "luxury": True, "wmi": ("WBA", "WBS", "5UX", "WBY"),
        "colors": ("Alpine White", "Jet Black", "Black Sapphire Metallic", "Mineral White Metallic",
                   "Portimao Blue Metallic", "Brooklyn Grey Metallic", "Skyscraper Grey Metallic"),
        "models": {
            "3 Series": {"body": "Sedan", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 1975,
                         "trims": (("330i", 45000), ("330i xDrive", 47000), ("M340i", 57000))},
            "5 Series": {"body": "Sedan", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 1972,
                         "trims": (("530i", 58000), ("540i xDrive", 66000), ("550e xDrive", 74000))},
            "7 Series": {"body": "Sedan", "fuel": ("Gasoline",), "since": 1977,
                         "trims": (("740i", 96000), ("760i xDrive", 120000))},
            "X3": {"body": "SUV", "fuel": ("Gasoline",), "since": 2004,
                   "trims": (("sDrive30i", 49000), ("xDrive30i", 51000), ("M40i", 64000))},
            "X5": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2000,
                   "trims": (("sDrive40i", 66000), ("xDrive40i", 68000), ("xDrive50e", 73000), ("M60i", 89000))},
            "X7": {"body": "SUV", "fuel": ("Gasoline",), "since": 2019,
                   "trims": (("xDrive40i", 83000), ("M60i", 108000))},
            "M4": {"body": "Coupe", "fuel": ("Gasoline",), "since": 2015,
                   "trims": (("Competition", 81000), ("CSL", 140000))},
            "i4": {"body": "Sedan", "fuel": ("Electric",), "since": 2022,
                   "trims": (("eDrive35", 53000), ("eDrive40", 58000), ("M50", 70000))},
            "iX": {"body": "SUV", "fuel": ("Electric",), "since": 2022,
                   "trims": (("xDrive50", 88000), ("M60", 112000))},
            "i7": {"body": "Sedan", "fuel": ("Electric",), "since": 2023,
                   "trims": (("eDrive50", 106000), ("xDrive60", 124000), ("M70", 169000))},
        },
    },
    "Mercedes-Benz": {
        "luxury": True, "wmi": ("W1K", "WDD", "4JG", "W1N"),
        "colors": ("Polar White", "Obsidian Black Metallic", "Selenite Grey Metallic", "Iridium Silver Metallic",
                   "Emerald Green Metallic", "Patagonia Red Metallic", "MANUFAKTUR Opalite White"),
        "models": {
            "C-Class": {"body": "Sedan", "fuel": ("Gasoline",), "since": 1994,
                        "trims": (("C 300", 48000), ("C 300 4MATIC", 50000), ("AMG C 43", 61000))},
            "E-Class": {"body": "Sedan", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 1986,
                        "trims": (("E 350", 62000), ("E 450 4MATIC", 68000), ("AMG E 53", 87000))},
            "S-Class": {"body": "Sedan", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 1972,
                        "trims": (("S 500 4MATIC", 118000), ("S 580 4MATIC", 128000), ("Maybach S 680", 230000))},
            "GLC": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2016,
                    "trims": (("GLC 300", 49000), ("GLC 300 4MATIC", 51000), ("AMG GLC 43", 66000))},
            "GLE": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2016,
                    "trims": (("GLE 350", 62000), ("GLE 450 4MATIC", 70000), ("AMG GLE 53", 88000))},
            "GLS": {"body": "SUV", "fuel": ("Gasoline",), "since": 2017,
                    "trims": (("GLS 450 4MATIC", 89000), ("GLS 580 4MATIC", 113000), ("Maybach GLS 600", 175000))},
            "G-Class": {"body": "SUV", "fuel": ("Gasoline",), "since": 1979,
                        "trims": (("G 550", 148000), ("AMG G 63", 183000))},
            "EQE": {"body": "Sedan", "fuel": ("Electric",), "since": 2023,
                    "trims": (("EQE 350+", 75000), ("EQE 500 4MATIC", 88000), ("AMG EQE", 107000))},
            "EQS": {"body": "Sedan", "fuel": ("Electric",), "since": 2022,
                    "trims": (("EQS 450+", 105000), ("EQS 580 4MATIC", 127000), ("AMG EQS", 148000))},
        },
    },
    "Audi": {
        "luxury": True, "wmi": ("WAU", "WA1", "WUA"),
        "colors": ("Glacier White Metallic", "Mythos Black Metallic", "Navarra Blue Metallic", "Daytona Gray Pearl",
                   "Florett Silver Metallic", "Tango Red Metallic"),
        "models": {
            "A4": {"body": "Sedan", "fuel": ("Gasoline",), "since": 1996,
                   "trims": (("Premium", 42000), ("Premium Plus", 47000), ("Prestige", 51000))},
            "A6": {"body": "Sedan", "fuel": ("Gasoline",), "since": 1995,
                   "trims": (("Premium", 58000), ("Premium Plus", 62000), ("Prestige", 68000))},
            "Q5": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2009,
                   "trims": (("Premium", 46000), ("Premium Plus", 51000), ("Prestige", 57000))},
            "Q7": {"body": "SUV", "fuel": ("Gasoline",), "since": 2007,
                   "trims": (("Premium", 60000), ("Premium Plus", 66000), ("Prestige", 74000))},
            "Q8 e-tron": {"body": "SUV", "fuel": ("Electric",), "since": 2019,
                          "trims": (("Premium", 75000), ("Premium Plus", 82000), ("Prestige", 90000))},
            "e-tron GT": {"body": "Sedan", "fuel": ("Electric",), "since": 2022,
                          "trims": (("Premium Plus", 107000), ("RS", 148000))},
            "Q4 e-tron": {"body": "SUV", "fuel": ("Electric",), "since": 2022,
                          "trims": (("Premium", 50000), ("Premium Plus", 55000), ("Prestige", 60000))},
        },
    },
    "Lexus": {
        "luxury": True, "wmi": ("JTH", "2T2", "JTJ"), "colors": ("Eminent White Pearl", "Caviar", "Atomic Silver",
                                                                 "Nebula Gray Pearl", "Matador Red Mica"),
        "models": {
            "ES": {"body": "Sedan", "fuel": ("Gasoline", "Hybrid"), "since": 1990,
                   "trims": (("ES 250", 43000), ("ES 350", 44000), ("ES 300h", 46000))},
            "RX": {"body": "SUV", "fuel": ("Gasoline", "Hybrid", "Plug-in Hybrid"), "since": 1999,
                   "trims": (("RX 350", 49000), ("RX 350h", 51000), ("RX 500h F Sport", 64000))},
            "LX": {"body": "SUV", "fuel": ("Gasoline",), "since": 1996,
                   "trims": (("LX 600", 91000), ("LX 600 Ultra Luxury", 130000))},
            "RZ": {"body": "SUV", "fuel": ("Electric",), "since": 2023,
                   "trims": (("RZ 300e", 55000), ("RZ 450e", 59000))},
        },
    },
    "Porsche": {
        "luxury": True, "wmi": ("WP0", "WP1"), "colors": ("Carrara White Metallic", "Jet Black Metallic",
                                                        "GT Silver Metallic", "Gentian Blue Metallic", "Guards Red"),
        "models": {
            "911": {"body": "Coupe", "fuel": ("Gasoline",), "since": 1964,
                    "trims": (("Carrera", 115000), ("Carrera S", 131000), ("Turbo S", 230000))},
            "Cayenne": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2003,
                        "trims": (("Base", 83000), ("S", 98000), ("Turbo E-Hybrid", 150000))},
            "Macan": {"body": "SUV", "fuel": ("Gasoline", "Electric"), "since": 2015,
                      "trims": (("Base", 62000), ("S", 72000), ("GTS", 85000))},
            "Taycan": {"body": "Sedan", "fuel": ("Electric",), "since": 2020,
                       "trims": (("Base", 91000), ("4S", 110000), ("Turbo S", 190000))},
        },
    },
    "Hyundai": {
        "luxury": False, "wmi": ("KMH", "5NP", "5NM"), "colors": (*COMMON_COLORS, "Amazon Gray"),
        "models": {
            "Elantra": {"body": "Sedan", "fuel": ("Gasoline", "Hybrid"), "since": 1991,
                        "trims": (("SE", 22000), ("SEL", 23000), ("Limited", 28000))},
            "Tucson": {"body": "SUV", "fuel": ("Gasoline", "Hybrid", "Plug-in Hybrid"), "since": 2005,
                       "trims": (("SE", 28000), ("SEL", 30000), ("Limited", 37000))},
            "Ioniq 5": {"body": "SUV", "fuel": ("Electric",), "since": 2022,
                        "trims": (("SE", 42000), ("SEL", 46000), ("Limited", 53000))},
            "Ioniq 6": {"body": "Sedan", "fuel": ("Electric",), "since": 2023,
                        "trims": (("SE", 38000), ("SEL", 45000), ("Limited", 50000))},
        },
    },
    "Kia": {
        "luxury": False, "wmi": ("KNA", "5XY", "KND"), "colors": (*COMMON_COLORS, "Wolf Gray"),
        "models": {
            "Sportage": {"body": "SUV", "fuel": ("Gasoline", "Hybrid"), "since": 1995,
                         "trims": (("LX", 28000), ("EX", 31000), ("X-Line", 35000))},
            "Telluride": {"body": "SUV", "fuel": ("Gasoline",), "since": 2020,
                          "trims": (("LX", 37000), ("EX", 42000), ("SX", 46000))},
            "EV6": {"body": "SUV", "fuel": ("Electric",), "since": 2022,
                    "trims": (("Light", 43000), ("Wind", 48000), ("GT-Line", 53000), ("GT", 62000))},
            "EV9": {"body": "SUV", "fuel": ("Electric",), "since": 2024,
                    "trims": (("Light", 55000), ("Wind", 65000), ("GT-Line", 74000))},
        },
    },
    "Nissan": {
        "luxury": False, "wmi": ("1N4", "JN1", "5N1"), "colors": (*COMMON_COLORS, "Scarlet Ember"),
        "models": {
            "Altima": {"body": "Sedan", "fuel": ("Gasoline",), "since": 1993,
                       "trims": (("S", 27000), ("SV", 28000), ("SR", 30000), ("SL", 33000))},
            "Rogue": {"body": "SUV", "fuel": ("Gasoline",), "since": 2008,
                      "trims": (("S", 29000), ("SV", 31000), ("SL", 36000), ("Platinum", 40000))},
            "Leaf": {"body": "Hatchback", "fuel": ("Electric",), "since": 2011,
                     "trims": (("S", 29000), ("SV Plus", 37000))},
            "Ariya": {"body": "SUV", "fuel": ("Electric",), "since": 2023,
                      "trims": (("Engage", 44000), ("Evolve+", 51000), ("Platinum+", 55000))},
        },
    },
    "Volkswagen": {
        "luxury": False, "wmi": ("WVW", "3VW", "1V2", "WVG"), "colors": (*COMMON_COLORS, "Kings Red Metallic"),
        "models": {
            "Jetta": {"body": "Sedan", "fuel": ("Gasoline",), "since": 1980,
                      "trims": (("S", 22000), ("SE", 26000), ("GLI", 33000))},
            "Tiguan": {"body": "SUV", "fuel": ("Gasoline",), "since": 2009,
                       "trims": (("S", 29000), ("SE", 33000), ("SEL R-Line", 39000))},
            "ID.4": {"body": "SUV", "fuel": ("Electric",), "since": 2021,
                     "trims": (("Standard", 40000), ("Pro", 45000), ("Pro S", 50000))},
            "Golf GTI": {"body": "Hatchback", "fuel": ("Gasoline",), "since": 1983,
                         "trims": (("S", 32000), ("SE", 37000), ("Autobahn", 40000))},
        },
    },
    "Subaru": {
        "luxury": False, "wmi": ("JF1", "JF2", "4S4"), "colors": (*COMMON_COLORS, "Autumn Green Metallic"),
        "models": {
            "Outback": {"body": "Wagon", "fuel": ("Gasoline",), "since": 1995,
                        "trims": (("Base", 29000), ("Premium", 31000), ("Limited", 37000), ("Touring", 41000))},
            "Forester": {"body": "SUV", "fuel": ("Gasoline", "Hybrid"), "since": 1998,
                         "trims": (("Base", 28000), ("Premium", 30000), ("Sport", 33000), ("Touring", 37000))},
            "Crosstrek": {"body": "SUV", "fuel": ("Gasoline",), "since": 2013,
                          "trims": (("Base", 25000), ("Premium", 27000), ("Limited", 31000))},
            "Solterra": {"body": "SUV", "fuel": ("Electric",), "since": 2023,
                         "trims": (("Premium", 45000), ("Limited", 50000), ("Touring", 53000))},
        },
    },
    "Rivian": {
        "luxury": True, "wmi": ("7FC", "7PD"), "colors": ("Glacier White", "El Cap Granite", "Rivian Blue",
                                                        "Forest Green", "Launch Green", "Midnight"),
        "models": {
            "R1T": {"body": "Truck", "fuel": ("Electric",), "since": 2022,
                    "trims": (("Adventure", 73000), ("Dual-Motor", 70000), ("Quad-Motor", 100000))},
            "R1S": {"body": "SUV", "fuel": ("Electric",), "since": 2022,
                    "trims": (("Adventure", 78000), ("Dual-Motor", 76000), ("Quad-Motor", 106000))},
        },
    },
    "Lucid": {
        "luxury": True, "wmi": ("50E",), "colors": ("Zenith Red", "Stellar White", "Infinite Black", "Quantum Grey"),
        "models": {
            "Air": {"body": "Sedan", "fuel": ("Electric",), "since": 2022,
                    "trims": (("Pure", 70000), ("Touring", 80000), ("Grand Touring", 110000), ("Sapphire", 249000))},
        },
    },
    "Cadillac": {
        "luxury": True, "wmi": ("1G6", "1GY"), "colors": ("Crystal White Tricoat", "Stellar Black Metallic",
                                                        "Radiant Red Tintcoat", "Argent Silver Metallic"),
        "models": {
            "Escalade": {"body": "SUV", "fuel": ("Gasoline", "Diesel"), "since": 1999,
                         "trims": (("Luxury", 86000), ("Premium Luxury", 93000), ("Sport Platinum", 112000))},
            "Lyriq": {"body": "SUV", "fuel": ("Electric",), "since": 2023,
                      "trims": (("Tech", 58000), ("Luxury", 62000), ("Sport", 64000))},
            "CT5": {"body": "Sedan", "fuel": ("Gasoline",), "since": 2020,
                    "trims": (("Luxury", 38000), ("Premium Luxury", 45000), ("V-Series Blackwing", 92000))},
        },
    },
}  # fmt: skip

MAKE_ALIASES: dict[str, str] = {
    "mercedes": "Mercedes-Benz", "mercedes benz": "Mercedes-Benz", "merc": "Mercedes-Benz", "benz": "Mercedes-Benz",
    "chevy": "Chevrolet", "vw": "Volkswagen", "bimmer": "BMW",
}  # fmt: skip

FUEL_WORDS: dict[str, str] = {
    "electric": "Electric", "ev": "Electric", "evs": "Electric", "battery electric": "Electric",
    "hybrid": "Hybrid", "hybrids": "Hybrid", "plug-in hybrid": "Plug-in Hybrid", "phev": "Plug-in Hybrid",
    "gasoline": "Gasoline", "gas": "Gasoline", "petrol": "Gasoline", "diesel": "Diesel",
}  # fmt: skip

BODY_WORDS: dict[str, str] = {
    "suv": "SUV", "suvs": "SUV", "sedan": "Sedan", "sedans": "Sedan", "truck": "Truck", "trucks": "Truck",
    "pickup": "Truck", "pickups": "Truck", "coupe": "Coupe", "coupes": "Coupe", "hatchback": "Hatchback",
    "hatchbacks": "Hatchback", "minivan": "Minivan", "minivans": "Minivan", "wagon": "Wagon", "wagons": "Wagon",
}  # fmt: skip

FEATURES: tuple[str, ...] = (
    "Backup Camera", "Bluetooth", "Apple CarPlay", "Android Auto", "Heated Seats", "Navigation System",
    "Sunroof", "Blind Spot Monitoring", "Adaptive Cruise Control", "Lane Keeping Assist", "Keyless Entry",
    "Remote Start", "Leather Seats", "Wireless Charging",
)  # fmt: skip

BODY_FEATURES: dict[str, tuple[str, ...]] = {
    "SUV": ("Third-Row Seating", "Tow Package", "All-Wheel Drive", "Roof Rails"),
    "Truck": ("Tow Package", "Bed Liner", "Four-Wheel Drive", "Trailer Brake Controller"),
    "Minivan": ("Third-Row Seating", "Power Sliding Doors", "Rear Entertainment System"),
    "Wagon": ("All-Wheel Drive", "Roof Rails"),
}
"""Features that only fit some body types, added on top of `FEATURES`."""

LUXURY_FEATURES: tuple[str, ...] = (
    "Premium Sound System", "Panoramic Sunroof", "Ventilated Seats", "Head-Up Display", "Massage Seats",
    "Ambient Lighting", "Air Suspension", "360-Degree Camera", "Soft-Close Doors", "Heated Steering Wheel",
)  # fmt: skip

DEALER_NAME_FORMATS: dict[str, tuple[str, ...]] = {
    "en-US": ("{make} of {city}", "{city} {make}", "{surname} {make}", "{make} {region_word} Motors", "{surname} Auto Group"),
    "en-GB": ("{surname} {make}", "{make} {city}", "{city} {make} Centre", "{surname} Motor Group", "{surname} Cars"),
    "fr-FR": ("{make} {city}", "Garage {surname}", "Autos {surname}", "{make} {city} Centre", "Groupe {surname} Automobiles"),
    "de-DE": ("Autohaus {surname}", "{make} Zentrum {city}", "Autohaus {city}", "{surname} Automobile", "{make} {surname} GmbH"),
}  # fmt: skip
"""Dealer name patterns per locale; `{region_word}` draws from `DEALER_REGION_WORDS`."""

DEALER_REGION_WORDS: tuple[str, ...] = (
    "North",
    "South",
    "Westside",
    "Eastside",
    "Downtown",
    "Valley",
    "Metro",
)

MILES_PER_YEAR: tuple[int, int] = (7000, 15000)

VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
"""Characters allowed in a VIN: digits and capitals without I, O and Q."""

VIN_PLANT_CODES = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
