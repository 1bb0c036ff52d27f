# ruff: noqa: E501 - data tables keep one logical group per line.
"""Makes, models, trims and prices for vehicle listings.

`MAKES` maps a make to its world manufacturer identifiers (the first three VIN characters), whether it is a
luxury brand, the paint colours it offers and its models. Each model has a body type, the fuel types it is
sold with, the first model year it was sold (`since`), and trims with an approximate base MSRP in US dollars.

NOTE: `since` is per model. Only trims listed in `TRIM_FUELS` carry their own first year, so other trims and
fuel types (a 2011 "M340i", a 2012 Forester Hybrid) can appear in model years before they were sold.
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
                     "trims": (("LE", 29250), ("XLE", 30800), ("Adventure", 36000), ("Limited", 38000), ("Prime XSE", 44000))},
            "Highlander": {"body": "SUV", "fuel": ("Gasoline", "Hybrid"), "since": 2001,
                           "trims": (("LE", 39500), ("XLE", 43400), ("Limited", 47900), ("Platinum", 51500))},
            "Tacoma": {"body": "Truck", "fuel": ("Gasoline",), "since": 1995,
                       "trims": (("SR", 31500), ("SR5", 35000), ("TRD Sport", 39000), ("TRD Off-Road", 41000))},
            "Tundra": {"body": "Truck", "fuel": ("Gasoline", "Hybrid"), "since": 2000,
                       "trims": (("SR5", 46000), ("Limited", 55000), ("Platinum", 63000), ("1794 Edition", 64000))},
            "Prius": {"body": "Hatchback", "fuel": ("Hybrid", "Plug-in Hybrid"), "since": 2001,
                      "trims": (("LE", 28000), ("XLE", 31000), ("Limited", 35000), ("Prime SE", 33000))},
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
                       "trims": (("Active", 29000), ("ST-Line", 32000), ("Platinum", 38000), ("Plug-in Hybrid", 40000))},
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
                         "trims": (("330i", 45000), ("330i xDrive", 47000), ("330e", 47000), ("M340i", 57000))},
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
                        "trims": (("E 350", 62000), ("E 450 4MATIC", 68000), ("E 450e", 72000), ("AMG E 53", 87000))},
            "S-Class": {"body": "Sedan", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 1972,
                        "trims": (("S 500 4MATIC", 118000), ("S 580 4MATIC", 128000), ("S 580e", 128000), ("Maybach S 680", 230000))},
            "GLC": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2016,
                    "trims": (("GLC 300", 49000), ("GLC 300 4MATIC", 51000), ("GLC 350e", 60000), ("AMG GLC 43", 66000))},
            "GLE": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2016,
                    "trims": (("GLE 350", 62000), ("GLE 450 4MATIC", 70000), ("GLE 450e", 72000), ("AMG GLE 53", 88000))},
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
                   "trims": (("Premium", 46000), ("Premium Plus", 51000), ("Prestige", 57000), ("55 TFSI e", 62000))},
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
                   "trims": (("RX 350", 49000), ("RX 350h", 51000), ("RX 450h+", 70000), ("RX 500h F Sport", 64000))},
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
                      "trims": (("Base", 62000), ("S", 72000), ("GTS", 85000), ("4 Electric", 80000), ("Turbo Electric", 106000))},
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
                       "trims": (("SE", 28000), ("SEL", 30000), ("Limited", 37000), ("Plug-in Hybrid SEL", 39000))},
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
            "Golf": {"body": "Hatchback", "fuel": ("Gasoline", "Diesel"), "since": 1975,
                     "trims": (("S", 24000), ("Life", 26000), ("SE", 28000))},
            "Passat": {"body": "Sedan", "fuel": ("Gasoline",), "since": 1974,
                       "trims": (("S", 26000), ("SE", 29000), ("R-Line", 32000))},
            "Atlas": {"body": "SUV", "fuel": ("Gasoline",), "since": 2018,
                      "trims": (("SE", 39000), ("SEL", 47000), ("SEL Premium R-Line", 53000))},
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
    "Mazda": {
        "luxury": False, "wmi": ("JM1", "JM3", "3MZ"), "colors": ("Soul Red Crystal Metallic", "Snowflake White Pearl", "Machine Gray Metallic", "Jet Black Mica", "Deep Crystal Blue Mica"),
        "models": {
            "Mazda3": {"body": "Hatchback", "fuel": ("Gasoline",), "since": 2004, "trims": (("2.5 S", 24000), ("Select Sport", 26000), ("Premium", 30000), ("2.5 Turbo", 35000))},
            "CX-5": {"body": "SUV", "fuel": ("Gasoline",), "since": 2013, "trims": (("2.5 S Select", 29000), ("Preferred", 31000), ("Premium Plus", 36000), ("Turbo Signature", 41000))},
            "CX-50": {"body": "SUV", "fuel": ("Gasoline", "Hybrid"), "since": 2023, "trims": (("2.5 S Select", 31000), ("Preferred", 33000), ("Meridian", 40000))},
            "CX-90": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2024, "trims": (("Select", 39000), ("Preferred Plus", 47000), ("PHEV Premium", 55000))},
            "MX-5 Miata": {"body": "Convertible", "fuel": ("Gasoline",), "since": 1990, "trims": (("Sport", 30000), ("Club", 34000), ("Grand Touring", 36000))},
        },
    },
    "Jeep": {
        "luxury": False, "wmi": ("1C4", "1J4"), "colors": ("Bright White", "Black", "Granite Crystal Metallic", "Firecracker Red", "Hydro Blue Pearl", "Sarge Green"),
        "models": {
            "Wrangler": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 1987, "trims": (("Sport", 33000), ("Sahara", 45000), ("Rubicon", 48000), ("Rubicon 4xe", 58000))},
            "Grand Cherokee": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 1993, "trims": (("Laredo", 40000), ("Limited", 48000), ("Overland", 58000), ("Summit 4xe", 72000))},
            "Cherokee": {"body": "SUV", "fuel": ("Gasoline",), "since": 1984, "trims": (("Latitude", 30000), ("Limited", 35000), ("Trailhawk", 37000))},
            "Compass": {"body": "SUV", "fuel": ("Gasoline",), "since": 2007, "trims": (("Sport", 27000), ("Latitude", 30000), ("Limited", 34000))},
            "Gladiator": {"body": "Truck", "fuel": ("Gasoline",), "since": 2020, "trims": (("Sport", 38000), ("Mojave", 52000), ("Rubicon", 50000))},
        },
    },
    "Ram": {
        "luxury": False, "wmi": ("1C6", "3C6"), "colors": ("Bright White", "Diamond Black Crystal", "Billet Silver Metallic", "Flame Red", "Patriot Blue Pearl"),
        "models": {
            "1500": {"body": "Truck", "fuel": ("Gasoline", "Diesel"), "since": 2011, "trims": (("Tradesman", 40000), ("Big Horn", 46000), ("Laramie", 58000), ("Limited", 70000), ("TRX", 98000))},
            "2500": {"body": "Truck", "fuel": ("Gasoline", "Diesel"), "since": 2011, "trims": (("Tradesman", 47000), ("Laramie", 62000), ("Power Wagon", 70000))},
            "ProMaster": {"body": "Van", "fuel": ("Gasoline",), "since": 2014, "trims": (("1500 Cargo", 45000), ("2500 High Roof", 49000))},
        },
    },
    "GMC": {
        "luxury": False, "wmi": ("1GT", "1GK", "3GT"), "colors": ("Summit White", "Onyx Black", "Quicksilver Metallic", "Cayenne Red Tintcoat", "Titanium Rush Metallic"),
        "models": {
            "Sierra 1500": {"body": "Truck", "fuel": ("Gasoline", "Diesel"), "since": 1999, "trims": (("Pro", 39000), ("SLE", 50000), ("Elevation", 54000), ("AT4", 66000), ("Denali", 72000))},
            "Yukon": {"body": "SUV", "fuel": ("Gasoline", "Diesel"), "since": 1992, "trims": (("SLE", 60000), ("SLT", 68000), ("AT4", 74000), ("Denali", 80000))},
            "Acadia": {"body": "SUV", "fuel": ("Gasoline",), "since": 2007, "trims": (("Elevation", 43000), ("AT4", 48000), ("Denali", 54000))},
            "Terrain": {"body": "SUV", "fuel": ("Gasoline",), "since": 2010, "trims": (("SLE", 29000), ("SLT", 34000), ("Denali", 39000))},
            "Hummer EV": {"body": "Truck", "fuel": ("Electric",), "since": 2022, "trims": (("2X", 97000), ("3X", 105000), ("Edition 1", 110000))},
        },
    },
    "Dodge": {
        "luxury": False, "wmi": ("2C3", "1C3"), "colors": ("White Knuckle", "Pitch Black", "Destroyer Gray", "TorRed", "Go Mango", "Frostbite"),
        "models": {
            "Charger": {"body": "Sedan", "fuel": ("Gasoline",), "since": 2006, "trims": (("SXT", 33000), ("GT", 36000), ("R/T", 40000), ("Scat Pack", 48000), ("SRT Hellcat", 75000))},
            "Challenger": {"body": "Coupe", "fuel": ("Gasoline",), "since": 2008, "trims": (("SXT", 31000), ("R/T", 38000), ("Scat Pack", 47000), ("SRT Hellcat", 70000))},
            "Durango": {"body": "SUV", "fuel": ("Gasoline",), "since": 1998, "trims": (("SXT", 40000), ("GT", 44000), ("R/T", 52000), ("SRT 392", 72000))},
            "Hornet": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2023, "trims": (("GT", 31000), ("R/T", 41000))},
        },
    },
    "Chrysler": {
        "luxury": False, "wmi": ("2C4", "1C4", "2C3"), "colors": ("Bright White", "Brilliant Black", "Granite Crystal", "Velvet Red", "Ocean Blue"),
        "models": {
            "Pacifica": {"body": "Minivan", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2017, "trims": (("Touring", 40000), ("Touring L", 44000), ("Limited", 50000), ("Pinnacle", 55000), ("Hybrid Premium S Appearance", 52000))},
            "300": {"body": "Sedan", "fuel": ("Gasoline",), "since": 2005, "trims": (("Touring", 34000), ("Touring L", 37000), ("300S", 40000), ("300C", 55000))},
            "Voyager": {"body": "Minivan", "fuel": ("Gasoline",), "since": 2020, "trims": (("LX", 40000),)},
        },
    },
    "Buick": {
        "luxury": False, "wmi": ("1G4", "KL4", "5GA"), "colors": ("Summit White", "Ebony Twilight Metallic", "Satin Steel Metallic", "Rich Garnet Metallic", "Deep Azure"),
        "models": {
            "Encore GX": {"body": "SUV", "fuel": ("Gasoline",), "since": 2020, "trims": (("Preferred", 26000), ("Sport Touring", 28000), ("Avenir", 32000))},
            "Envision": {"body": "SUV", "fuel": ("Gasoline",), "since": 2016, "trims": (("Preferred", 36000), ("Essence", 40000), ("Avenir", 44000))},
            "Enclave": {"body": "SUV", "fuel": ("Gasoline",), "since": 2008, "trims": (("Essence", 46000), ("Sport Touring", 48000), ("Avenir", 58000))},
            "Envista": {"body": "SUV", "fuel": ("Gasoline",), "since": 2024, "trims": (("Preferred", 23000), ("Sport Touring", 25000), ("Avenir", 29000))},
        },
    },
    "Lincoln": {
        "luxury": True, "wmi": ("5LM", "1LN", "2LM"), "colors": ("Pristine White", "Infinite Black", "Silver Radiance", "Burgundy Velvet", "Flight Blue"),
        "models": {
            "Navigator": {"body": "SUV", "fuel": ("Gasoline",), "since": 1998, "trims": (("Premiere", 90000), ("Reserve", 97000), ("Black Label", 112000))},
            "Aviator": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2020, "trims": (("Premiere", 56000), ("Reserve", 66000), ("Black Label Grand Touring", 91000))},
            "Nautilus": {"body": "SUV", "fuel": ("Gasoline", "Hybrid"), "since": 2019, "trims": (("Premiere", 52000), ("Reserve", 58000), ("Black Label", 77000))},
            "Corsair": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2020, "trims": (("Premiere", 40000), ("Reserve", 46000), ("Grand Touring", 54000))},
        },
    },
    "Acura": {
        "luxury": True, "wmi": ("19U", "5J8", "JH4"), "colors": ("Platinum White Pearl", "Majestic Black Pearl", "Lunar Silver Metallic", "Performance Red Pearl", "Apex Blue Pearl"),
        "models": {
            "Integra": {"body": "Hatchback", "fuel": ("Gasoline",), "since": 2023, "trims": (("Base", 32000), ("A-Spec", 34000), ("Type S", 52000))},
            "TLX": {"body": "Sedan", "fuel": ("Gasoline",), "since": 2015, "trims": (("Base", 45000), ("A-Spec", 50000), ("Type S", 58000))},
            "RDX": {"body": "SUV", "fuel": ("Gasoline",), "since": 2007, "trims": (("Base", 45000), ("Technology", 48000), ("A-Spec Advance", 54000))},
            "MDX": {"body": "SUV", "fuel": ("Gasoline",), "since": 2001, "trims": (("Base", 51000), ("Technology", 56000), ("Type S Advance", 75000))},
        },
    },
    "Infiniti": {
        "luxury": True, "wmi": ("JN1", "5N1", "JNK"), "colors": ("Majestic White", "Black Obsidian", "Graphite Shadow", "Dynamic Sunstone Red", "Hermosa Blue"),
        "models": {
            "Q50": {"body": "Sedan", "fuel": ("Gasoline",), "since": 2014, "trims": (("Luxe", 44000), ("Sensory", 55000), ("Red Sport 400", 59000))},
            "QX50": {"body": "SUV", "fuel": ("Gasoline",), "since": 2014, "trims": (("Pure", 43000), ("Luxe", 47000), ("Sensory", 53000))},
            "QX60": {"body": "SUV", "fuel": ("Gasoline",), "since": 2014, "trims": (("Pure", 50000), ("Luxe", 56000), ("Autograph", 66000))},
            "QX80": {"body": "SUV", "fuel": ("Gasoline",), "since": 2014, "trims": (("Luxe", 83000), ("Sensory", 97000), ("Autograph", 111000))},
        },
    },
    "Genesis": {
        "luxury": True, "wmi": ("KMT", "KMU"), "colors": ("Uyuni White", "Vik Black", "Savile Silver", "Adriatic Blue", "Makalu Gray"),
        "models": {
            "G70": {"body": "Sedan", "fuel": ("Gasoline",), "since": 2019, "trims": (("2.5T Standard", 42000), ("3.3T Sport Advanced", 53000))},
            "G80": {"body": "Sedan", "fuel": ("Gasoline", "Electric"), "since": 2017, "trims": (("2.5T", 56000), ("3.5T Sport Prestige", 76000), ("Electrified G80", 75000))},
            "GV70": {"body": "SUV", "fuel": ("Gasoline", "Electric"), "since": 2022, "trims": (("2.5T", 46000), ("3.5T Sport Prestige", 66000), ("Electrified GV70", 67000))},
            "GV80": {"body": "SUV", "fuel": ("Gasoline",), "since": 2021, "trims": (("2.5T", 58000), ("3.5T Prestige", 79000))},
        },
    },
    "Volvo": {
        "luxury": True, "wmi": ("YV1", "YV4", "7JR"), "colors": ("Crystal White", "Onyx Black", "Silver Dawn", "Denim Blue", "Thunder Grey", "Vapour Grey"),
        "models": {
            "XC40": {"body": "SUV", "fuel": ("Gasoline",), "since": 2019, "trims": (("Core", 42000), ("Plus", 46000), ("Ultimate", 50000))},
            "XC60": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2010, "trims": (("Core", 48000), ("Plus", 53000), ("Ultimate", 58000), ("T8 Recharge", 63000))},
            "XC90": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2003, "trims": (("Core", 58000), ("Plus", 64000), ("Ultimate", 70000), ("T8 Recharge", 76000))},
            "S60": {"body": "Sedan", "fuel": ("Gasoline",), "since": 2001, "trims": (("Core", 44000), ("Plus", 48000), ("Ultimate", 52000))},
            "EX30": {"body": "SUV", "fuel": ("Electric",), "since": 2025, "trims": (("Core", 35000), ("Plus", 41000), ("Ultra", 47000))},
        },
    },
    "Land Rover": {
        "luxury": True, "wmi": ("SAL",), "colors": ("Fuji White", "Santorini Black", "Eiger Grey", "Carpathian Grey", "Firenze Red", "Byron Blue"),
        "models": {
            "Range Rover": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 1987, "trims": (("SE", 108000), ("Autobiography", 170000), ("P550e SE", 120000))},
            "Range Rover Sport": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2006, "trims": (("SE", 84000), ("Dynamic SE", 90000), ("P550e Autobiography", 112000))},
            "Range Rover Evoque": {"body": "SUV", "fuel": ("Gasoline",), "since": 2012, "trims": (("S", 51000), ("Dynamic SE", 56000))},
            "Defender": {"body": "SUV", "fuel": ("Gasoline",), "since": 2020, "trims": (("90 S", 58000), ("110 X-Dynamic SE", 73000), ("110 V8", 110000))},
            "Discovery": {"body": "SUV", "fuel": ("Gasoline", "Diesel"), "since": 2017, "trims": (("S", 61000), ("Dynamic SE", 72000))},
        },
    },
    "Jaguar": {
        "luxury": True, "wmi": ("SAJ", "SAD"), "colors": ("Fuji White", "Santorini Black", "Eiger Grey", "Firenze Red", "Portofino Blue"),
        "models": {
            "F-Pace": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2017, "trims": (("P250 R-Dynamic S", 58000), ("P400 R-Dynamic S", 72000), ("P400e R-Dynamic SE", 80000), ("SVR", 92000))},
            "E-Pace": {"body": "SUV", "fuel": ("Gasoline",), "since": 2018, "trims": (("P250 R-Dynamic SE", 51000),)},
            "F-Type": {"body": "Coupe", "fuel": ("Gasoline",), "since": 2014, "trims": (("P450 R-Dynamic", 78000), ("R 75", 105000))},
            "I-Pace": {"body": "SUV", "fuel": ("Electric",), "since": 2019, "trims": (("EV400 S", 72000), ("EV400 HSE", 82000))},
        },
    },
    "Ferrari": {
        "luxury": True, "wmi": ("ZFF",), "colors": ("Rosso Corsa", "Giallo Modena", "Nero Daytona", "Bianco Avus", "Blu Tour de France", "Grigio Silverstone"),
        "models": {
            "Roma": {"body": "Coupe", "fuel": ("Gasoline",), "since": 2021, "trims": (("Coupe", 247000), ("Spider", 280000))},
            "296 GTB": {"body": "Coupe", "fuel": ("Plug-in Hybrid",), "since": 2022, "trims": (("Base", 322000), ("Assetto Fiorano", 370000))},
            "F8 Tributo": {"body": "Coupe", "fuel": ("Gasoline",), "since": 2020, "trims": (("Base", 276000),)},
            "Purosangue": {"body": "SUV", "fuel": ("Gasoline",), "since": 2023, "trims": (("V12", 398000),)},
            "SF90 Stradale": {"body": "Coupe", "fuel": ("Plug-in Hybrid",), "since": 2021, "trims": (("Base", 524000), ("Assetto Fiorano", 570000))},
        },
    },
    "Lamborghini": {
        "luxury": True, "wmi": ("ZHW", "ZPB"), "colors": ("Verde Mantis", "Giallo Orion", "Arancio Borealis", "Nero Noctis", "Bianco Monocerus", "Blu Cepheus"),
        "models": {
            "Huracan": {"body": "Coupe", "fuel": ("Gasoline",), "since": 2015, "trims": (("EVO", 248000), ("Tecnica", 275000), ("STO", 335000))},
            "Urus": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2019, "trims": (("S", 233000), ("Performante", 265000), ("SE", 258000))},
            "Revuelto": {"body": "Coupe", "fuel": ("Plug-in Hybrid",), "since": 2024, "trims": (("Base", 608000),)},
        },
    },
    "Maserati": {
        "luxury": True, "wmi": ("ZAM", "ZN6"), "colors": ("Bianco Astro", "Nero Ribelle", "Grigio Lava", "Blu Emozione", "Rosso Vincente"),
        "models": {
            "Ghibli": {"body": "Sedan", "fuel": ("Gasoline",), "since": 2014, "trims": (("GT", 80000), ("Modena", 90000), ("Trofeo", 117000))},
            "Levante": {"body": "SUV", "fuel": ("Gasoline",), "since": 2017, "trims": (("GT", 90000), ("Modena", 100000), ("Trofeo", 150000))},
            "Grecale": {"body": "SUV", "fuel": ("Gasoline", "Electric"), "since": 2023, "trims": (("GT", 68000), ("Modena", 80000), ("Trofeo", 108000), ("Folgore", 105000))},
            "MC20": {"body": "Coupe", "fuel": ("Gasoline",), "since": 2022, "trims": (("Coupe", 220000), ("Cielo", 250000))},
        },
    },
    "Alfa Romeo": {
        "luxury": True, "wmi": ("ZAR", "ZAS"), "colors": ("Alfa Rosso", "Alfa White", "Vulcano Black", "Misano Blue", "Vesuvio Gray"),
        "models": {
            "Giulia": {"body": "Sedan", "fuel": ("Gasoline",), "since": 2017, "trims": (("Sprint", 44000), ("Ti", 47000), ("Veloce", 50000), ("Quadrifoglio", 80000))},
            "Stelvio": {"body": "SUV", "fuel": ("Gasoline",), "since": 2018, "trims": (("Sprint", 47000), ("Ti", 50000), ("Veloce", 53000), ("Quadrifoglio", 86000))},
            "Tonale": {"body": "SUV", "fuel": ("Plug-in Hybrid", "Hybrid"), "since": 2024, "trims": (("Ti", 44000), ("Veloce", 48000))},
        },
    },
    "Mini": {
        "luxury": False, "wmi": ("WMW", "WMZ"), "colors": ("Chili Red", "Pepper White", "Midnight Black", "British Racing Green", "Island Blue"),
        "models": {
            "Cooper": {"body": "Hatchback", "fuel": ("Gasoline", "Electric"), "since": 2002, "trims": (("Classic", 29000), ("Signature", 32000), ("S", 34000), ("John Cooper Works", 40000), ("SE Electric", 31000))},
            "Countryman": {"body": "SUV", "fuel": ("Gasoline", "Electric"), "since": 2011, "trims": (("S ALL4", 40000), ("John Cooper Works", 47000), ("SE ALL4 Electric", 45000))},
        },
    },
    "Fiat": {
        "luxury": False, "wmi": ("ZFA", "3C3"), "colors": ("Bianco Gelato", "Nero Cinema", "Rosso Passione", "Verde Bosco", "Celestial Blue"),
        "models": {
            "500": {"body": "Hatchback", "fuel": ("Gasoline",), "since": 2012, "trims": (("Pop", 17000), ("Lounge", 20000), ("Abarth", 25000))},
            "500e": {"body": "Hatchback", "fuel": ("Electric",), "since": 2024, "trims": (("Inspired By Beauty", 33000), ("Giorgio Armani", 36000))},
            "Panda": {"body": "Hatchback", "fuel": ("Gasoline", "Hybrid"), "since": 2003, "trims": (("Pop", 16000), ("City Life", 18000), ("Cross", 20000))},
            "Tipo": {"body": "Hatchback", "fuel": ("Gasoline", "Diesel"), "since": 2016, "trims": (("City Life", 22000), ("Cross", 25000))},
        },
    },
    "Mitsubishi": {
        "luxury": False, "wmi": ("JA4", "ML3", "JA3"), "colors": ("White Diamond", "Labrador Black", "Sterling Silver", "Red Diamond", "Tarmac Black"),
        "models": {
            "Outlander": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2003, "trims": (("ES", 29000), ("SE", 32000), ("SEL", 37000), ("PHEV SEL", 46000))},
            "Eclipse Cross": {"body": "SUV", "fuel": ("Gasoline",), "since": 2018, "trims": (("ES", 27000), ("SE", 29000), ("SEL", 31000))},
            "Mirage": {"body": "Hatchback", "fuel": ("Gasoline",), "since": 2014, "trims": (("ES", 17000), ("LE", 18000), ("SE", 19000))},
        },
    },
    "Polestar": {
        "luxury": True, "wmi": ("LPS", "YSM"), "colors": ("Snow", "Space", "Thunder", "Magnesium", "Midnight", "Jupiter"),
        "models": {
            "Polestar 2": {"body": "Sedan", "fuel": ("Electric",), "since": 2021, "trims": (("Long Range Single Motor", 50000), ("Long Range Dual Motor", 56000), ("Performance", 62000))},
            "Polestar 3": {"body": "SUV", "fuel": ("Electric",), "since": 2025, "trims": (("Long Range Dual Motor", 74000), ("Performance", 82000))},
        },
    },
    "Renault": {
        "luxury": False, "wmi": ("VF1", "VF6"), "colors": ("Blanc Glacier", "Noir Étoilé", "Gris Titanium", "Rouge Flamme", "Bleu Iron"),
        "models": {
            "Clio": {"body": "Hatchback", "fuel": ("Gasoline", "Hybrid", "Diesel"), "since": 1991, "trims": (("Evolution", 20000), ("Techno", 22000), ("Esprit Alpine", 25000))},
            "Captur": {"body": "SUV", "fuel": ("Gasoline", "Hybrid"), "since": 2013, "trims": (("Evolution", 24000), ("Techno", 27000), ("Esprit Alpine", 31000))},
            "Mégane E-Tech": {"body": "SUV", "fuel": ("Electric",), "since": 2022, "trims": (("Evolution", 40000), ("Techno", 43000), ("Iconic", 46000))},
            "Austral": {"body": "SUV", "fuel": ("Gasoline", "Hybrid"), "since": 2023, "trims": (("Evolution", 33000), ("Techno", 37000), ("Iconic", 42000))},
        },
    },
    "Peugeot": {
        "luxury": False, "wmi": ("VF3", "VR3"), "colors": ("Blanc Okenite", "Noir Perla Nera", "Gris Artense", "Rouge Elixir", "Bleu Vertigo"),
        "models": {
            "208": {"body": "Hatchback", "fuel": ("Gasoline", "Electric"), "since": 2012, "trims": (("Active", 20000), ("Allure", 23000), ("GT", 26000), ("e-208 GT", 37000))},
            "308": {"body": "Hatchback", "fuel": ("Gasoline", "Diesel", "Plug-in Hybrid"), "since": 2007, "trims": (("Active", 28000), ("Allure", 31000), ("GT", 35000), ("GT Hybrid 225", 42000))},
            "2008": {"body": "SUV", "fuel": ("Gasoline", "Electric"), "since": 2013, "trims": (("Active", 25000), ("Allure", 28000), ("GT", 31000), ("e-2008 GT", 40000))},
            "3008": {"body": "SUV", "fuel": ("Gasoline", "Hybrid", "Diesel"), "since": 2009, "trims": (("Active", 34000), ("Allure", 37000), ("GT", 41000))},
        },
    },
    "Citroën": {
        "luxury": False, "wmi": ("VF7", "VR7"), "colors": ("Blanc Banquise", "Noir Perla Nera", "Gris Platinium", "Rouge Elixir", "Bleu Éclipse"),
        "models": {
            "C3": {"body": "Hatchback", "fuel": ("Gasoline", "Electric"), "since": 2002, "trims": (("You", 18000), ("Plus", 20000), ("Max", 22000), ("ë-C3 Max", 27000))},
            "C4": {"body": "Hatchback", "fuel": ("Gasoline", "Diesel", "Electric"), "since": 2004, "trims": (("Plus", 27000), ("Max", 30000), ("ë-C4 Max", 38000))},
            "C5 Aircross": {"body": "SUV", "fuel": ("Gasoline", "Diesel", "Plug-in Hybrid"), "since": 2019, "trims": (("Plus", 33000), ("Max", 36000), ("Hybrid 225 Max", 44000))},
            "Berlingo": {"body": "Van", "fuel": ("Gasoline", "Diesel"), "since": 1996, "trims": (("Plus", 27000), ("Max", 30000))},
        },
    },
    "Škoda": {
        "luxury": False, "wmi": ("TMB", "TMP"), "colors": ("Moon White", "Magic Black", "Brilliant Silver", "Velvet Red", "Race Blue"),
        "models": {
            "Octavia": {"body": "Hatchback", "fuel": ("Gasoline", "Diesel", "Plug-in Hybrid"), "since": 1996, "trims": (("SE", 28000), ("SE L", 31000), ("vRS", 38000), ("iV SE L", 40000))},
            "Fabia": {"body": "Hatchback", "fuel": ("Gasoline",), "since": 1999, "trims": (("SE Comfort", 20000), ("Monte Carlo", 24000))},
            "Kodiaq": {"body": "SUV", "fuel": ("Gasoline", "Diesel"), "since": 2017, "trims": (("SE", 38000), ("SE L", 42000), ("Sportline", 45000))},
            "Enyaq": {"body": "SUV", "fuel": ("Electric",), "since": 2021, "trims": (("60", 42000), ("85", 48000), ("vRS", 55000))},
        },
    },
    "Seat": {
        "luxury": False, "wmi": ("VSS",), "colors": ("Nevada White", "Midnight Black", "Urban Silver", "Desire Red", "Mystery Blue"),
        "models": {
            "Ibiza": {"body": "Hatchback", "fuel": ("Gasoline",), "since": 1984, "trims": (("SE", 19000), ("FR", 22000), ("Xcellence", 23000))},
            "Leon": {"body": "Hatchback", "fuel": ("Gasoline", "Diesel", "Plug-in Hybrid"), "since": 1999, "trims": (("SE", 25000), ("FR", 28000), ("Xcellence", 30000), ("e-Hybrid FR", 36000))},
            "Arona": {"body": "SUV", "fuel": ("Gasoline",), "since": 2018, "trims": (("SE", 22000), ("FR", 25000))},
            "Ateca": {"body": "SUV", "fuel": ("Gasoline", "Diesel"), "since": 2016, "trims": (("SE", 29000), ("FR", 32000), ("Xperience", 34000))},
        },
    },
    "Opel": {
        "luxury": False, "wmi": ("W0L",), "colors": ("Jade White", "Diamond Black", "Quartz Grey", "Cardio Red", "Vibrant Blue"),
        "models": {
            "Corsa": {"body": "Hatchback", "fuel": ("Gasoline", "Electric"), "since": 1982, "trims": (("Edition", 20000), ("GS", 23000), ("Ultimate", 25000), ("Corsa Electric GS", 35000))},
            "Astra": {"body": "Hatchback", "fuel": ("Gasoline", "Diesel", "Plug-in Hybrid"), "since": 1991, "trims": (("Edition", 27000), ("GS", 31000), ("Ultimate", 34000), ("Hybrid GS", 40000))},
            "Mokka": {"body": "SUV", "fuel": ("Gasoline", "Electric"), "since": 2012, "trims": (("Edition", 26000), ("GS", 29000), ("Mokka Electric GS", 38000))},
            "Grandland": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2017, "trims": (("Edition", 33000), ("GS", 37000), ("Hybrid GS", 45000))},
        },
    },
    "Vauxhall": {
        "luxury": False, "wmi": ("W0V",), "colors": ("Jade White", "Diamond Black", "Quartz Grey", "Cardio Red", "Vibrant Blue"),
        "models": {
            "Corsa": {"body": "Hatchback", "fuel": ("Gasoline", "Electric"), "since": 1993, "trims": (("Design", 20000), ("GS", 23000), ("Ultimate", 25000), ("Corsa Electric GS", 35000))},
            "Astra": {"body": "Hatchback", "fuel": ("Gasoline", "Diesel", "Plug-in Hybrid"), "since": 1980, "trims": (("Design", 27000), ("GS", 31000), ("Ultimate", 34000), ("Hybrid GS", 40000))},
            "Mokka": {"body": "SUV", "fuel": ("Gasoline", "Electric"), "since": 2012, "trims": (("Design", 26000), ("GS", 29000), ("Mokka Electric GS", 38000))},
            "Grandland": {"body": "SUV", "fuel": ("Gasoline", "Plug-in Hybrid"), "since": 2017, "trims": (("Design", 33000), ("GS", 37000), ("Hybrid GS", 45000))},
        },
    },
    "Dacia": {
        "luxury": False, "wmi": ("UU1", "VGA"), "colors": ("Blanc Glacier", "Noir Nacré", "Gris Comète", "Bleu Iron", "Vert Kaki"),
        "models": {
            "Sandero": {"body": "Hatchback", "fuel": ("Gasoline",), "since": 2008, "trims": (("Essential", 13000), ("Expression", 15000), ("Stepway Extreme", 18000))},
            "Duster": {"body": "SUV", "fuel": ("Gasoline", "Hybrid", "Diesel"), "since": 2010, "trims": (("Essential", 20000), ("Expression", 23000), ("Journey", 26000), ("Extreme", 27000))},
            "Jogger": {"body": "Wagon", "fuel": ("Gasoline", "Hybrid"), "since": 2022, "trims": (("Essential", 19000), ("Expression", 22000), ("Extreme", 25000))},
            "Spring": {"body": "Hatchback", "fuel": ("Electric",), "since": 2021, "trims": (("Expression", 18000), ("Extreme", 20000))},
        },
    },
}  # fmt: skip

TRIM_FUELS: dict[tuple[str, str, str], tuple[tuple[str, ...], int]] = {
    ("Toyota", "RAV4", "Prime XSE"): (("Plug-in Hybrid",), 2021), ("Toyota", "Prius", "Prime SE"): (("Plug-in Hybrid",), 2017),
    ("Ford", "Escape", "Plug-in Hybrid"): (("Plug-in Hybrid",), 2020), ("BMW", "3 Series", "330e"): (("Plug-in Hybrid",), 2016),
    ("BMW", "5 Series", "550e xDrive"): (("Plug-in Hybrid",), 2024), ("BMW", "X5", "xDrive50e"): (("Plug-in Hybrid",), 2024),
    ("Mercedes-Benz", "E-Class", "E 450e"): (("Plug-in Hybrid",), 2024), ("Mercedes-Benz", "S-Class", "S 580e"): (("Plug-in Hybrid",), 2023),
    ("Mercedes-Benz", "GLC", "GLC 350e"): (("Plug-in Hybrid",), 2020), ("Mercedes-Benz", "GLE", "GLE 450e"): (("Plug-in Hybrid",), 2020),
    ("Audi", "Q5", "55 TFSI e"): (("Plug-in Hybrid",), 2020), ("Lexus", "ES", "ES 300h"): (("Hybrid",), 2013),
    ("Lexus", "RX", "RX 350h"): (("Hybrid",), 2016), ("Lexus", "RX", "RX 500h F Sport"): (("Hybrid",), 2023),
    ("Lexus", "RX", "RX 450h+"): (("Plug-in Hybrid",), 2023), ("Honda", "Accord", "Sport Hybrid"): (("Hybrid",), 2017),
    ("Porsche", "Cayenne", "Turbo E-Hybrid"): (("Plug-in Hybrid",), 2019), ("Porsche", "Macan", "4 Electric"): (("Electric",), 2024),
    ("Porsche", "Macan", "Turbo Electric"): (("Electric",), 2024), ("Hyundai", "Tucson", "Plug-in Hybrid SEL"): (("Plug-in Hybrid",), 2022),
    ("Mazda", "CX-90", "PHEV Premium"): (("Plug-in Hybrid",), 2024), ("Jeep", "Wrangler", "Rubicon 4xe"): (("Plug-in Hybrid",), 2021),
    ("Jeep", "Grand Cherokee", "Summit 4xe"): (("Plug-in Hybrid",), 2022), ("Chrysler", "Pacifica", "Hybrid Premium S Appearance"): (("Plug-in Hybrid",), 2017),
    ("Lincoln", "Aviator", "Black Label Grand Touring"): (("Plug-in Hybrid",), 2020),
    ("Lincoln", "Corsair", "Grand Touring"): (("Plug-in Hybrid",), 2021), ("Genesis", "G80", "Electrified G80"): (("Electric",), 2023),
    ("Genesis", "GV70", "Electrified GV70"): (("Electric",), 2023), ("Volvo", "XC60", "T8 Recharge"): (("Plug-in Hybrid",), 2018),
    ("Volvo", "XC90", "T8 Recharge"): (("Plug-in Hybrid",), 2016), ("Land Rover", "Range Rover", "P550e SE"): (("Plug-in Hybrid",), 2023),
    ("Land Rover", "Range Rover Sport", "P550e Autobiography"): (("Plug-in Hybrid",), 2023), ("Jaguar", "F-Pace", "P400e R-Dynamic SE"): (("Plug-in Hybrid",), 2021),
    ("Lamborghini", "Urus", "SE"): (("Plug-in Hybrid",), 2025), ("Maserati", "Grecale", "Folgore"): (("Electric",), 2024),
    ("Mini", "Cooper", "SE Electric"): (("Electric",), 2020), ("Mini", "Countryman", "SE ALL4 Electric"): (("Electric",), 2025),
    ("Mitsubishi", "Outlander", "PHEV SEL"): (("Plug-in Hybrid",), 2018), ("Peugeot", "208", "e-208 GT"): (("Electric",), 2020),
    ("Peugeot", "308", "GT Hybrid 225"): (("Plug-in Hybrid",), 2022), ("Peugeot", "2008", "e-2008 GT"): (("Electric",), 2020),
    ("Citroën", "C3", "ë-C3 Max"): (("Electric",), 2024), ("Citroën", "C4", "ë-C4 Max"): (("Electric",), 2021),
    ("Citroën", "C5 Aircross", "Hybrid 225 Max"): (("Plug-in Hybrid",), 2020), ("Škoda", "Octavia", "iV SE L"): (("Plug-in Hybrid",), 2020),
    ("Seat", "Leon", "e-Hybrid FR"): (("Plug-in Hybrid",), 2020), ("Opel", "Corsa", "Corsa Electric GS"): (("Electric",), 2020),
    ("Opel", "Astra", "Hybrid GS"): (("Plug-in Hybrid",), 2022), ("Opel", "Mokka", "Mokka Electric GS"): (("Electric",), 2021),
    ("Opel", "Grandland", "Hybrid GS"): (("Plug-in Hybrid",), 2020), ("Vauxhall", "Corsa", "Corsa Electric GS"): (("Electric",), 2020),
    ("Vauxhall", "Astra", "Hybrid GS"): (("Plug-in Hybrid",), 2022), ("Vauxhall", "Mokka", "Mokka Electric GS"): (("Electric",), 2021),
    ("Vauxhall", "Grandland", "Hybrid GS"): (("Plug-in Hybrid",), 2020),
}  # fmt: skip
"""Trims sold with one powertrain only, with the first model year of that trim.

A model's other trims never take a fuel type that a listed trim owns, so an "E 350" is never a plug-in hybrid.
"""

MAKE_SHARES: dict[str, float] = {
    "Toyota": 14, "Ford": 12, "Chevrolet": 12, "Honda": 9, "Nissan": 6, "Hyundai": 6, "Kia": 5, "Jeep": 4,
    "Ram": 4, "GMC": 4, "Subaru": 4, "Volkswagen": 3, "Mazda": 3, "Tesla": 3, "BMW": 2.5, "Mercedes-Benz": 2.5,
    "Lexus": 2, "Audi": 1.5, "Dodge": 1.5, "Buick": 1.2, "Cadillac": 1, "Acura": 1, "Volvo": 0.8, "Chrysler": 0.8,
    "Mitsubishi": 0.7, "Lincoln": 0.6, "Land Rover": 0.5, "Porsche": 0.5, "Genesis": 0.4, "Infiniti": 0.3,
    "Mini": 0.3, "Rivian": 0.3, "Jaguar": 0.1, "Alfa Romeo": 0.1, "Fiat": 0.3, "Polestar": 0.1, "Maserati": 0.05,
    "Lucid": 0.05, "Ferrari": 0.03, "Lamborghini": 0.02, "Renault": 6, "Peugeot": 6, "Citroën": 3, "Škoda": 4,
    "Seat": 2, "Opel": 4, "Vauxhall": 6, "Dacia": 4,
}  # fmt: skip
"""Rough share of used-car listings per make; a listing without a named make draws its make with these weights."""

_US = ("en-US",)
_EUROPE = ("en-GB", "fr-FR", "de-DE")
MAKE_MARKETS: dict[str, tuple[str, ...]] = {
    "Ram": _US, "GMC": _US, "Buick": _US, "Lincoln": _US, "Chrysler": _US, "Dodge": _US, "Acura": _US,
    "Infiniti": _US, "Rivian": _US, "Cadillac": _US, "Chevrolet": _US,
    "Renault": _EUROPE, "Peugeot": _EUROPE, "Citroën": _EUROPE, "Škoda": _EUROPE, "Seat": _EUROPE, "Dacia": _EUROPE,
    "Opel": ("fr-FR", "de-DE"), "Vauxhall": ("en-GB",),
}  # fmt: skip
"""Locales a make is sold in, for makes not sold everywhere; they appear elsewhere only when asked for by name."""

UNCATALOGUED_MAKES: tuple[str, ...] = (
    "Bugatti", "McLaren", "Bentley", "Rolls-Royce", "Aston Martin", "Lotus", "Saab", "Pontiac", "Oldsmobile",
    "Mercury", "Saturn", "Scion", "Suzuki", "Isuzu", "Smart", "Cupra", "DS", "Lancia", "Tata", "BYD", "Geely",
    "Koenigsegg", "Pagani", "Lada", "Proton", "Holden", "Hummer", "Fisker", "VinFast",
)  # fmt: skip
"""Makes people ask for that the catalog has no models of; naming one is a 422, never other makes."""

COLOR_WORDS: dict[str, tuple[str, ...]] = {
    "red": ("red", "rosso", "rouge", "garnet", "flame", "torred", "firecracker", "burgundy", "zenith"),
    "blue": ("blue", "blu ", "bleu", "azure", "blueprint", "navy", "denim", "portofino", "hydro"),
    "black": ("black", "nero", "noir", "onyx", "obsidian", "caviar", "jet", "ebony", "space", "midnight"),
    "white": ("white", "bianco", "blanc", "pearl", "snow", "glacier", "polar"),
    "silver": ("silver", "argent", "platin", "quicksilver", "magnesium"),
    "gray": ("gray", "grey", "gris", "grigio", "graphite", "granite", "gunmetal", "titanium", "thunder"),
    "green": ("green", "verde", "vert", "jade", "forest", "sarge"),
    "yellow": ("yellow", "giallo"),
    "orange": ("orange", "arancio", "mango", "sunstone"),
}  # fmt: skip
"""Basic colour word → words of the paint names that count as that colour."""

MAKE_ALIASES: dict[str, str] = {
    "mercedes": "Mercedes-Benz", "mercedes benz": "Mercedes-Benz", "merc": "Mercedes-Benz", "benz": "Mercedes-Benz",
    "chevy": "Chevrolet", "vw": "Volkswagen", "bimmer": "BMW", "citroen": "Citroën", "skoda": "Škoda",
    "range rover": "Land Rover", "alfa": "Alfa Romeo", "mini cooper": "Mini", "lambo": "Lamborghini",
    "dodge ram": "Ram", "landrover": "Land Rover",
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
    "convertible": "Convertible", "convertibles": "Convertible", "roadster": "Convertible", "roadsters": "Convertible",
    "sports car": "Coupe", "sports cars": "Coupe", "sport cars": "Coupe", "supercar": "Coupe", "supercars": "Coupe", "van": "Van", "vans": "Van",
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
