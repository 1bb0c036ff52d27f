"""Real cities per locale with the region, postal-code prefix and phone area code that belong to them.

Each city row is `(city, region, postal_prefix, area_code)`. The generator completes a postal code from its prefix
(`787` + two digits gives an Austin ZIP), so city, region and postal code always agree.
"""

from __future__ import annotations

US_STATE_NAMES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
}  # fmt: skip

US_CITIES: tuple[tuple[str, str, str, str], ...] = (
    ("Birmingham", "AL", "352", "205"), ("Huntsville", "AL", "358", "256"),
    ("Anchorage", "AK", "995", "907"),
    ("Phoenix", "AZ", "850", "602"), ("Tucson", "AZ", "857", "520"), ("Scottsdale", "AZ", "852", "480"),
    ("Little Rock", "AR", "722", "501"),
    ("Los Angeles", "CA", "900", "213"), ("San Francisco", "CA", "941", "415"), ("San Diego", "CA", "921", "619"),
    ("San Jose", "CA", "951", "408"), ("Sacramento", "CA", "958", "916"), ("Oakland", "CA", "946", "510"),
    ("Fresno", "CA", "937", "559"), ("Irvine", "CA", "926", "949"), ("Pasadena", "CA", "911", "626"),
    ("Palo Alto", "CA", "943", "650"), ("Long Beach", "CA", "908", "562"),
    ("Denver", "CO", "802", "303"), ("Boulder", "CO", "803", "303"), ("Colorado Springs", "CO", "809", "719"),
    ("Hartford", "CT", "061", "860"), ("Stamford", "CT", "069", "203"),
    ("Wilmington", "DE", "198", "302"),
    ("Miami", "FL", "331", "305"), ("Orlando", "FL", "328", "407"), ("Tampa", "FL", "336", "813"),
    ("Jacksonville", "FL", "322", "904"), ("Fort Lauderdale", "FL", "333", "954"),
    ("Atlanta", "GA", "303", "404"), ("Savannah", "GA", "314", "912"),
    ("Honolulu", "HI", "968", "808"),
    ("Boise", "ID", "837", "208"),
    ("Chicago", "IL", "606", "312"), ("Naperville", "IL", "605", "630"), ("Springfield", "IL", "627", "217"),
    ("Indianapolis", "IN", "462", "317"),
    ("Des Moines", "IA", "503", "515"),
    ("Wichita", "KS", "672", "316"),
    ("Louisville", "KY", "402", "502"), ("Lexington", "KY", "405", "859"),
    ("New Orleans", "LA", "701", "504"), ("Baton Rouge", "LA", "708", "225"),
    ("Portland", "ME", "041", "207"),
    ("Baltimore", "MD", "212", "410"), ("Bethesda", "MD", "208", "301"),
    ("Boston", "MA", "021", "617"), ("Cambridge", "MA", "021", "617"), ("Worcester", "MA", "016", "508"),
    ("Detroit", "MI", "482", "313"), ("Ann Arbor", "MI", "481", "734"), ("Grand Rapids", "MI", "495", "616"),
    ("Minneapolis", "MN", "554", "612"), ("Saint Paul", "MN", "551", "651"),
    ("Jackson", "MS", "392", "601"),
    ("Kansas City", "MO", "641", "816"), ("St. Louis", "MO", "631", "314"),
    ("Billings", "MT", "591", "406"),
    ("Omaha", "NE", "681", "402"),
    ("Las Vegas", "NV", "891", "702"), ("Reno", "NV", "895", "775"),
    ("Manchester", "NH", "031", "603"),
    ("Newark", "NJ", "071", "973"), ("Jersey City", "NJ", "073", "201"), ("Princeton", "NJ", "085", "609"),
    ("Albuquerque", "NM", "871", "505"), ("Santa Fe", "NM", "875", "505"),
    ("New York", "NY", "100", "212"), ("Brooklyn", "NY", "112", "718"), ("Buffalo", "NY", "142", "716"),
    ("Rochester", "NY", "146", "585"), ("Albany", "NY", "122", "518"),
    ("Charlotte", "NC", "282", "704"), ("Raleigh", "NC", "276", "919"), ("Durham", "NC", "277", "919"),
    ("Fargo", "ND", "581", "701"),
    ("Columbus", "OH", "432", "614"), ("Cleveland", "OH", "441", "216"), ("Cincinnati", "OH", "452", "513"),
    ("Oklahoma City", "OK", "731", "405"), ("Tulsa", "OK", "741", "918"),
    ("Portland", "OR", "972", "503"), ("Eugene", "OR", "974", "541"),
    ("Philadelphia", "PA", "191", "215"), ("Pittsburgh", "PA", "152", "412"),
    ("Providence", "RI", "029", "401"),
    ("Charleston", "SC", "294", "843"), ("Columbia", "SC", "292", "803"),
    ("Sioux Falls", "SD", "571", "605"),
    ("Nashville", "TN", "372", "615"), ("Memphis", "TN", "381", "901"), ("Knoxville", "TN", "379", "865"),
    ("Austin", "TX", "787", "512"), ("Houston", "TX", "770", "713"), ("Dallas", "TX", "752", "214"),
    ("San Antonio", "TX", "782", "210"), ("Fort Worth", "TX", "761", "817"), ("El Paso", "TX", "799", "915"),
    ("Plano", "TX", "750", "972"), ("Round Rock", "TX", "786", "512"), ("Arlington", "TX", "760", "817"),
    ("Salt Lake City", "UT", "841", "801"), ("Provo", "UT", "846", "801"),
    ("Burlington", "VT", "054", "802"),
    ("Richmond", "VA", "232", "804"), ("Virginia Beach", "VA", "234", "757"), ("Arlington", "VA", "222", "703"),
    ("Seattle", "WA", "981", "206"), ("Spokane", "WA", "992", "509"), ("Bellevue", "WA", "980", "425"),
    ("Tacoma", "WA", "984", "253"),
    ("Charleston", "WV", "253", "304"),
    ("Milwaukee", "WI", "532", "414"), ("Madison", "WI", "537", "608"),
    ("Cheyenne", "WY", "820", "307"),
    ("Washington", "DC", "200", "202"),
)  # fmt: skip

GB_CITIES: tuple[tuple[str, str, str, str], ...] = (
    ("London", "Greater London", "SW", "020"), ("London", "Greater London", "N", "020"),
    ("London", "Greater London", "E", "020"), ("Manchester", "Greater Manchester", "M", "0161"),
    ("Birmingham", "West Midlands", "B", "0121"), ("Leeds", "West Yorkshire", "LS", "0113"),
    ("Liverpool", "Merseyside", "L", "0151"), ("Bristol", "Bristol", "BS", "0117"),
    ("Sheffield", "South Yorkshire", "S", "0114"), ("Newcastle upon Tyne", "Tyne and Wear", "NE", "0191"),
    ("Nottingham", "Nottinghamshire", "NG", "0115"), ("Leicester", "Leicestershire", "LE", "0116"),
    ("Oxford", "Oxfordshire", "OX", "01865"), ("Cambridge", "Cambridgeshire", "CB", "01223"),
    ("Brighton", "East Sussex", "BN", "01273"), ("Reading", "Berkshire", "RG", "0118"),
    ("York", "North Yorkshire", "YO", "01904"), ("Bath", "Somerset", "BA", "01225"),
    ("Norwich", "Norfolk", "NR", "01603"), ("Southampton", "Hampshire", "SO", "023"),
    ("Edinburgh", "City of Edinburgh", "EH", "0131"), ("Glasgow", "Glasgow City", "G", "0141"),
    ("Aberdeen", "Aberdeen City", "AB", "01224"), ("Cardiff", "Cardiff", "CF", "029"),
    ("Swansea", "Swansea", "SA", "01792"), ("Belfast", "County Antrim", "BT", "028"),
    ("Exeter", "Devon", "EX", "01392"), ("Plymouth", "Devon", "PL", "01752"),
)  # fmt: skip

FR_CITIES: tuple[tuple[str, str, str, str], ...] = (
    ("Paris", "Île-de-France", "75", "01"), ("Boulogne-Billancourt", "Île-de-France", "92", "01"),
    ("Versailles", "Île-de-France", "78", "01"), ("Marseille", "Provence-Alpes-Côte d'Azur", "13", "04"),
    ("Nice", "Provence-Alpes-Côte d'Azur", "06", "04"), ("Toulon", "Provence-Alpes-Côte d'Azur", "83", "04"),
    ("Lyon", "Auvergne-Rhône-Alpes", "69", "04"), ("Grenoble", "Auvergne-Rhône-Alpes", "38", "04"),
    ("Clermont-Ferrand", "Auvergne-Rhône-Alpes", "63", "04"), ("Toulouse", "Occitanie", "31", "05"),
    ("Montpellier", "Occitanie", "34", "04"), ("Bordeaux", "Nouvelle-Aquitaine", "33", "05"),
    ("Limoges", "Nouvelle-Aquitaine", "87", "05"), ("Nantes", "Pays de la Loire", "44", "02"),
    ("Angers", "Pays de la Loire", "49", "02"), ("Rennes", "Bretagne", "35", "02"),
    ("Brest", "Bretagne", "29", "02"), ("Lille", "Hauts-de-France", "59", "03"),
    ("Amiens", "Hauts-de-France", "80", "03"), ("Strasbourg", "Grand Est", "67", "03"),
    ("Reims", "Grand Est", "51", "03"), ("Metz", "Grand Est", "57", "03"),
    ("Dijon", "Bourgogne-Franche-Comté", "21", "03"), ("Besançon", "Bourgogne-Franche-Comté", "25", "03"),
    ("Rouen", "Normandie", "76", "02"), ("Caen", "Normandie", "14", "02"),
    ("Tours", "Centre-Val de Loire", "37", "02"), ("Orléans", "Centre-Val de Loire", "45", "02"),
)  # fmt: skip

DE_CITIES: tuple[tuple[str, str, str, str], ...] = (
    ("Berlin", "Berlin", "10", "030"), ("Hamburg", "Hamburg", "20", "040"), ("München", "Bayern", "80", "089"),
    ("Nürnberg", "Bayern", "90", "0911"), ("Augsburg", "Bayern", "86", "0821"),
    ("Köln", "Nordrhein-Westfalen", "50", "0221"), ("Düsseldorf", "Nordrhein-Westfalen", "40", "0211"),
    ("Dortmund", "Nordrhein-Westfalen", "44", "0231"), ("Essen", "Nordrhein-Westfalen", "45", "0201"),
    ("Bonn", "Nordrhein-Westfalen", "53", "0228"), ("Münster", "Nordrhein-Westfalen", "48", "0251"),
    ("Frankfurt am Main", "Hessen", "60", "069"), ("Wiesbaden", "Hessen", "65", "0611"),
    ("Stuttgart", "Baden-Württemberg", "70", "0711"), ("Karlsruhe", "Baden-Württemberg", "76", "0721"),
    ("Freiburg im Breisgau", "Baden-Württemberg", "79", "0761"), ("Heidelberg", "Baden-Württemberg", "69", "06221"),
    ("Leipzig", "Sachsen", "04", "0341"), ("Dresden", "Sachsen", "01", "0351"),
    ("Hannover", "Niedersachsen", "30", "0511"), ("Braunschweig", "Niedersachsen", "38", "0531"),
    ("Bremen", "Bremen", "28", "0421"), ("Kiel", "Schleswig-Holstein", "24", "0431"),
    ("Mainz", "Rheinland-Pfalz", "55", "06131"), ("Saarbrücken", "Saarland", "66", "0681"),
    ("Erfurt", "Thüringen", "99", "0361"), ("Magdeburg", "Sachsen-Anhalt", "39", "0391"),
    ("Potsdam", "Brandenburg", "14", "0331"), ("Rostock", "Mecklenburg-Vorpommern", "18", "0381"),
)  # fmt: skip

CITIES_BY_LOCALE: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "en-US": US_CITIES,
    "en-GB": GB_CITIES,
    "fr-FR": FR_CITIES,
    "de-DE": DE_CITIES,
}

STREET_ROOTS: dict[str, tuple[str, ...]] = {
    "en-US": (
        "Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Sunset", "Lincoln",
        "Jefferson", "Highland", "Willow", "Ridge", "Meadow", "Franklin", "River", "Spring", "Church", "Walnut",
        "Chestnut", "Madison", "Forest", "Cherry", "Magnolia", "Sycamore", "Lakeview", "Valley",
    ),
    "en-GB": (
        "High", "Station", "Church", "Victoria", "Queen's", "King's", "Mill", "Manor", "Park", "Green", "Albert",
        "York", "Windsor", "Grange", "Chapel", "Springfield", "Kingsway", "Beech", "Orchard", "Meadow",
    ),
    "fr-FR": (
        "de la République", "Victor Hugo", "Jean Jaurès", "de la Paix", "du Général de Gaulle", "Pasteur",
        "des Lilas", "de la Gare", "Émile Zola", "Gambetta", "Voltaire", "du Moulin", "des Écoles",
        "Nationale", "Saint-Michel", "de Verdun", "Carnot", "Jules Ferry",
    ),
    "de-DE": (
        "Haupt", "Schul", "Garten", "Bahnhof", "Dorf", "Berg", "Linden", "Kirch", "Wald", "Ring", "Goethe",
        "Schiller", "Mozart", "Birken", "Blumen", "Feld", "Wiesen", "Mühlen", "Rosen", "Eichen",
    ),
}  # fmt: skip

STREET_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en-US": ("St", "Ave", "Blvd", "Dr", "Ln", "Rd", "Way", "Ct", "Pl"),
    "en-GB": ("Road", "Street", "Lane", "Close", "Avenue", "Drive", "Gardens", "Crescent"),
    "fr-FR": ("rue", "avenue", "boulevard", "place", "allée", "chemin"),
    "de-DE": ("straße", "weg", "allee", "gasse", "platz"),
}

EMAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "en-US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"),
    "en-GB": ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com"),
    "fr-FR": ("gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "outlook.fr"),
    "de-DE": ("gmail.com", "web.de", "gmx.de", "t-online.de", "outlook.de", "posteo.de"),
}

CURRENCY_BY_LOCALE: dict[str, str] = {"en-US": "USD", "en-GB": "GBP", "fr-FR": "EUR", "de-DE": "EUR"}

USD_RATE: dict[str, float] = {"USD": 1.0, "GBP": 0.79, "EUR": 0.92}
"""Approximate units of each currency per US dollar, used to scale the USD price tables."""
