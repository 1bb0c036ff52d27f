"""Data tables for schema-driven generation: property-name kinds, synonyms, places and word lists.

Code in `values.py` and `sources.py` reads these tables; edit them here to teach the generator a new
property name. Names are compared after folding: lower case with `_`, `-`, spaces and camelCase
boundaries removed (`createdAt`, `created_at` and `Created-At` all fold to `createdat`).
"""

from __future__ import annotations

# Folded property name → value kind understood by `values.name_value`.
KIND_BY_NAME: dict[str, str] = {
    **dict.fromkeys(("id", "recordid", "identifier"), "record_id"),
    **dict.fromkeys(("uuid", "guid"), "uuid"),
    **dict.fromkeys(("firstname", "givenname", "forename"), "first_name"),
    **dict.fromkeys(("lastname", "surname", "familyname"), "last_name"),
    **dict.fromkeys(
        (
            "name",
            "fullname",
            "customername",
            "ownername",
            "contactname",
            "author",
            "displayname",
            "customer",
            "owner",
            "contact",
            "agent",
            "manager",
            "employee",
            "person",
            "username_full",
        ),
        "person_name",
    ),
    **dict.fromkeys(("username", "login", "handle", "screenname", "nickname"), "username"),
    **dict.fromkeys(("email", "emailaddress", "mail", "contactemail", "workemail"), "email"),
    **dict.fromkeys(("phone", "phonenumber", "mobile", "telephone", "tel", "cell", "contactphone"), "phone"),
    **dict.fromkeys(
        (
            "company",
            "companyname",
            "employer",
            "organization",
            "organisation",
            "business",
            "dealer",
            "dealername",
            "merchant",
            "vendor",
            "supplier",
            "brand",
            "manufacturer",
            "publisher",
            "store",
        ),
        "company",
    ),
    **dict.fromkeys(("jobtitle", "position", "occupation", "profession", "role"), "job_title"),
    "title": "title",
    **dict.fromkeys(("headline", "subject", "heading", "productname", "itemname"), "title"),
    **dict.fromkeys(
        (
            "description",
            "summary",
            "bio",
            "about",
            "notes",
            "note",
            "comment",
            "comments",
            "message",
            "body",
            "content",
            "review",
            "text",
            "details",
            "remarks",
            "feedback",
        ),
        "sentence",
    ),
    **dict.fromkeys(("street", "streetaddress", "address", "addressline1", "address1", "line1"), "street"),
    **dict.fromkeys(("city", "town", "locality"), "city"),
    **dict.fromkeys(("state", "province", "region", "county"), "state"),
    **dict.fromkeys(("statecode", "stateabbr", "stateabbreviation"), "state_code"),
    **dict.fromkeys(("zip", "zipcode", "postalcode", "postcode", "postal"), "postal_code"),
    "country": "country",
    **dict.fromkeys(("countrycode", "countryiso"), "country_code"),
    **dict.fromkeys(("latitude", "lat"), "latitude"),
    **dict.fromkeys(("longitude", "lng", "lon", "long"), "longitude"),
    **dict.fromkeys(("url", "website", "homepage", "link", "webpage", "profileurl", "siteurl"), "url"),
    **dict.fromkeys(
        ("image", "imageurl", "avatar", "avatarurl", "photo", "photourl", "picture", "thumbnail"), "image_url"
    ),
    **dict.fromkeys(("domain", "hostname", "host"), "hostname"),
    **dict.fromkeys(("ip", "ipaddress", "ipv4"), "ipv4"),
    **dict.fromkeys(
        ("price", "cost", "amount", "total", "subtotal", "fee", "balance", "listprice", "saleprice", "msrp"),
        "price",
    ),
    **dict.fromkeys(
        ("salary", "income", "wage", "compensation", "salarymin", "salarymax", "minsalary", "maxsalary"),
        "salary",
    ),
    **dict.fromkeys(("revenue", "budget", "valuation", "sales"), "revenue"),
    "currency": "currency",
    **dict.fromkeys(("quantity", "qty", "stock", "units", "inventory", "count", "instock"), "quantity"),
    "age": "age",
    **dict.fromkeys(("year", "modelyear", "yearbuilt"), "year"),
    **dict.fromkeys(("mileage", "miles", "odometer"), "mileage"),
    **dict.fromkeys(("rating", "stars", "averagerating"), "rating"),
    "score": "score",
    **dict.fromkeys(("percent", "percentage", "discount", "discountpercent"), "percent"),
    **dict.fromkeys(("status", "state_status", "orderstatus"), "status"),
    **dict.fromkeys(("category", "type", "kind", "genre", "department"), "category"),
    **dict.fromkeys(("color", "colour", "exteriorcolor", "interiorcolor"), "color"),
    "gender": "gender",
    **dict.fromkeys(("tag", "tags", "keywords", "labels", "label", "skills", "skill", "features", "feature"), "word"),
    **dict.fromkeys(("birthdate", "dateofbirth", "dob", "birthday"), "birth_date"),
    **dict.fromkeys(
        ("expiresat", "duedate", "enddate", "expirydate", "expirationdate", "deadline", "deliverydate"),
        "future_date",
    ),
    **dict.fromkeys(("language", "lang"), "language"),
    **dict.fromkeys(("timezone", "tz"), "timezone"),
    "version": "version",
    "slug": "slug",
    "sku": "sku",
    "isbn": "isbn",
    "iban": "iban",
    **dict.fromkeys(("creditcard", "cardnumber", "creditcardnumber"), "card_number"),
    "make": "make",
    "model": "model",
    "vin": "vin",
    **dict.fromkeys(("fueltype", "fuel"), "fuel_type"),
}

# Suffixes and prefixes that decide the kind when the whole name is not in the table.
KIND_BY_SUFFIX: tuple[tuple[str, str], ...] = (
    ("at", "recent_datetime"),
    ("date", "recent_date"),
    ("time", "recent_datetime"),
    ("timestamp", "recent_datetime"),
    ("email", "email"),
    ("phone", "phone"),
    ("url", "url"),
    ("name", "title"),
    ("price", "price"),
    ("cost", "price"),
    ("amount", "price"),
    ("count", "quantity"),
    ("id", "record_id"),
    ("city", "city"),
    ("country", "country"),
    ("code", "code"),
    ("description", "sentence"),
)
BOOLEAN_PREFIXES = ("is", "has", "can", "allow", "enable", "use", "should")

# Properties whose value is derived from other properties of the same object, so they are drawn last.
DERIVED_KINDS = frozenset(("email", "username", "slug", "person_name", "url", "age", "model"))

# Other kinds to try, in order, when a name's value does not match the property's `pattern`.
ALTERNATE_KINDS: dict[str, tuple[str, ...]] = {
    "state": ("state_code",),
    "country": ("country_code",),
    "person_name": ("first_name", "last_name"),
    "record_id": ("uuid",),
}

# Owner property names (the property holding a nested object) that turn "name" into a company name.
COMPANY_OWNERS = frozenset(
    (
        "dealer",
        "company",
        "employer",
        "organization",
        "organisation",
        "merchant",
        "vendor",
        "supplier",
        "store",
        "brand",
        "manufacturer",
        "business",
        "publisher",
        "seller",
        "shop",
        "agency",
        "bank",
    )
)
PRODUCT_OWNERS = frozenset(("product", "item", "listing", "vehicle", "car", "book", "course", "plan", "event"))

# Source field synonyms: every name in a group matches every other (compared folded).
SYNONYM_GROUPS: tuple[frozenset[str], ...] = (
    frozenset(("price", "cost", "amount", "listprice", "msrp")),
    frozenset(("zip", "zipcode", "postalcode", "postcode", "postal")),
    frozenset(("state", "province", "region", "statecode")),
    frozenset(("phone", "phonenumber", "telephone", "tel", "mobile")),
    frozenset(("email", "emailaddress", "mail")),
    frozenset(("name", "fullname")),
    frozenset(("fueltype", "fuel")),
    frozenset(("mileage", "miles", "odometer")),
    frozenset(("company", "companyname", "employer")),
    frozenset(("title", "jobtitle")),
    frozenset(("url", "website", "link")),
    frozenset(("description", "summary")),
    frozenset(("createdat", "created", "createddate", "dateadded", "listedat", "listeddate")),
    frozenset(("latitude", "lat")),
    frozenset(("longitude", "lng", "lon")),
    frozenset(("year", "modelyear")),
    frozenset(("bedrooms", "beds")),
    frozenset(("bathrooms", "baths")),
    frozenset(("squarefeet", "sqft", "area")),
)

STATUS_WORDS = ("active", "pending", "completed", "inactive", "archived")
COLOR_WORDS = ("black", "white", "silver", "gray", "blue", "red", "green", "beige", "brown", "yellow")
GENDER_WORDS = ("female", "male", "non-binary")
CATEGORY_WORDS = (
    "standard",
    "premium",
    "basic",
    "electronics",
    "home",
    "outdoor",
    "sports",
    "books",
    "office",
)
FUEL_TYPES = ("gasoline", "diesel", "hybrid", "electric", "plug-in hybrid")
VEHICLE_MAKES = {
    "Toyota": ("Camry", "Corolla", "RAV4", "Highlander", "Prius"),
    "Ford": ("F-150", "Escape", "Explorer", "Mustang Mach-E"),
    "Honda": ("Civic", "Accord", "CR-V", "Pilot"),
    "Tesla": ("Model 3", "Model Y", "Model S", "Model X"),
    "BMW": ("3 Series", "X3", "X5", "i4"),
    "Chevrolet": ("Silverado", "Equinox", "Bolt EV", "Malibu"),
}
LANGUAGES = {"en-US": "en", "en-GB": "en", "fr-FR": "fr", "de-DE": "de"}
CURRENCIES = {"en-US": "USD", "en-GB": "GBP", "fr-FR": "EUR", "de-DE": "EUR"}
TIMEZONES = {
    "en-US": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "en-GB": ("Europe/London",),
    "fr-FR": ("Europe/Paris",),
    "de-DE": ("Europe/Berlin",),
}
COUNTRY_NAMES_EN = {"en-US": "United States", "en-GB": "United Kingdom", "fr-FR": "France", "de-DE": "Germany"}
"""English country names, used when an object's place lies outside the request's locale."""
COUNTRIES = {
    "en-US": ("United States", "US"),
    "en-GB": ("United Kingdom", "GB"),
    "fr-FR": ("France", "FR"),
    "de-DE": ("Deutschland", "DE"),
}

# Places per locale: (city, state or region, state code, postal code prefix). A postal code is the
# prefix followed by random digits up to the locale's length, so city, state and code agree.
PLACES: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "en-US": (
        ("Austin", "Texas", "TX", "787"),
        ("Houston", "Texas", "TX", "770"),
        ("Dallas", "Texas", "TX", "752"),
        ("Los Angeles", "California", "CA", "900"),
        ("San Francisco", "California", "CA", "941"),
        ("San Diego", "California", "CA", "921"),
        ("Seattle", "Washington", "WA", "981"),
        ("Portland", "Oregon", "OR", "972"),
        ("Denver", "Colorado", "CO", "802"),
        ("Phoenix", "Arizona", "AZ", "850"),
        ("Chicago", "Illinois", "IL", "606"),
        ("New York", "New York", "NY", "100"),
        ("Boston", "Massachusetts", "MA", "021"),
        ("Miami", "Florida", "FL", "331"),
        ("Atlanta", "Georgia", "GA", "303"),
        ("Nashville", "Tennessee", "TN", "372"),
    ),
    "en-GB": (
        ("London", "Greater London", "LND", "SW1A"),
        ("Manchester", "Greater Manchester", "MAN", "M1"),
        ("Birmingham", "West Midlands", "BIR", "B1"),
        ("Leeds", "West Yorkshire", "LDS", "LS1"),
        ("Bristol", "Bristol", "BST", "BS1"),
        ("Edinburgh", "Scotland", "EDH", "EH1"),
    ),
    "fr-FR": (
        ("Paris", "Île-de-France", "IDF", "750"),
        ("Lyon", "Auvergne-Rhône-Alpes", "ARA", "690"),
        ("Marseille", "Provence-Alpes-Côte d'Azur", "PAC", "130"),
        ("Toulouse", "Occitanie", "OCC", "310"),
        ("Bordeaux", "Nouvelle-Aquitaine", "NAQ", "330"),
        ("Lille", "Hauts-de-France", "HDF", "590"),
    ),
    "de-DE": (
        ("Berlin", "Berlin", "BE", "101"),
        ("München", "Bayern", "BY", "803"),
        ("Hamburg", "Hamburg", "HH", "200"),
        ("Köln", "Nordrhein-Westfalen", "NW", "506"),
        ("Frankfurt am Main", "Hessen", "HE", "603"),
        ("Stuttgart", "Baden-Württemberg", "BW", "701"),
    ),
}
