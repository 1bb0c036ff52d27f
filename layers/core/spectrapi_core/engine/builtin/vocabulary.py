"""Words the parser recognises: entity keywords, field-name aliases, number words and vague instructions."""

from __future__ import annotations

DOMAIN_KEYWORDS: tuple[tuple[str, str], ...] = (
    # Checked in this order; the first domain with a match wins, so "job postings for engineers" is a job.
    (
        "job",
        r"\bjobs\b|\bjob\b(?!\s+titles?)|\bpostings?\b|\bvacanc(?:y|ies)\b|\bopenings?\b|\bpositions open\b",
    ),
    (
        "transaction",
        r"\btransactions?\b|\bcard (?:payments?|charges?|purchases?)\b|\bpayments?\b|\bcharges\b",
    ),
    (
        "property",
        r"\bpropert(?:y|ies)\b|\breal estate\b|\bhouses?\b|\bhomes?\b|\bcondos?\b|\bcondominiums?\b"
        r"|\btownho(?:uses?|mes?)\b|\bapartments?\b|\bflats\b|\bbedrooms?\b|\brealty\b",
    ),
    (
        "vehicle",
        r"\bvehicles?\b|\bcars?\b|\bautos?\b|\bautomobiles?\b|\btrucks?\b|\bsuvs?\b|\bsedans?\b|\bevs\b"
        r"|\bpickups?\b|\bcoupes?\b|\bminivans?\b|\bhatchbacks?\b",
    ),
    (
        "person",
        r"\bpeople\b|\bpersons?\b|\bengineers?\b|\bdevelopers?\b|\bprogrammers?\b|\bprofessionals?\b"
        r"|\bcandidates?\b|\bprofiles?\b|\bcontacts?\b|\bdesigners?\b|\bscientists?\b|\banalysts?\b"
        r"|\bfreelancers?\b|\bconsultants?\b|\bmanagers?\b|\bindividuals?\b",
    ),
)

DOMAIN_ENTITY = {
    "vehicle": "vehicle listing",
    "property": "property listing",
    "transaction": "card transaction",
    "job": "job posting",
    "person": "person",
}

REQUEST_VERBS = (
    r"^(?:please\s+)?(?:generate|create|make|produce|give me|build|list|return|show me|fake|mock|i need|i want|get)\b"
)

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60,
    "ninety": 90,
}  # fmt: skip

VAGUE_WORDS = frozenset(
    {
        "stuff", "things", "thing", "data", "something", "anything", "records", "record", "items", "objects",
        "entries", "rows", "json", "random", "test", "sample", "examples", "some", "more", "lots", "whatever",
    }
)  # fmt: skip

COUNTRY_LOCALES: dict[str, str] = {
    "united states": "en-US", "usa": "en-US", "u.s.": "en-US", "america": "en-US", "the us": "en-US",
    "united kingdom": "en-GB", "uk": "en-GB", "britain": "en-GB", "great britain": "en-GB", "england": "en-GB",
    "france": "fr-FR", "germany": "de-DE", "deutschland": "de-DE",
}  # fmt: skip
"""Country names that select the city table of a locale ("homes in Germany" draws German cities)."""

LUXURY_WORDS = r"\b(?:luxury|luxurious|premium|high[- ]end|upscale|exotic|prestige|flagship)\b"
BUDGET_WORDS = r"\b(?:cheap|affordable|budget|economy|inexpensive|entry[- ]level|low[- ]cost)\b"

FIELD_ALIASES: dict[str, str] = {
    "phone number": "phone", "telephone": "phone", "telephone number": "phone", "mobile number": "phone",
    "cell phone": "phone", "phone numbers": "phone", "email address": "email", "e-mail": "email",
    "email addresses": "email", "emails": "email", "full name": "name", "names": "name",
    "programming languages they know": "programming_languages", "programming languages": "programming_languages",
    "languages they know": "programming_languages", "years of experience": "years_of_experience",
    "experience years": "years_of_experience", "current company": "current_company",
    "current employer": "current_company", "employer": "current_company", "zip": "zip_code",
    "zip code": "zip_code", "zipcode": "zip_code", "postal code": "postal_code", "postcode": "postcode",
    "square footage": "square_feet", "sqft": "square_feet", "sq ft": "square_feet", "square feet": "square_feet",
    "date posted": "posted_date", "posting date": "posted_date", "post date": "posted_date",
    "listing price": "price", "asking price": "price", "model year": "year", "number of bedrooms": "bedrooms",
    "number of bathrooms": "bathrooms", "beds": "bedrooms", "baths": "bathrooms", "skills": "skills",
    "required skills": "required_skills", "salary": "salary_range", "vin number": "vin", "vin": "vin",
    "color": "color", "colour": "color", "mileage": "mileage", "odometer": "mileage", "merchant name": "merchant",
    "amount": "amount", "timestamp": "timestamp", "date": "date", "star rating": "rating", "stars": "rating",
    "author name": "author", "reviewer": "author", "reviewer name": "author", "company": "company_name",
    "company name": "company_name", "job title": "job_title", "position": "job_title", "role": "job_title",
    "card number": "card_number", "last four digits": "card_last4", "last 4 digits": "card_last4",
    "totals": "total", "subtotals": "subtotal", "prices": "price", "costs": "cost", "amounts": "amount",
    "fees": "fee", "taxes": "tax", "dates": "date", "timestamps": "timestamp", "ratings": "rating",
    "statuses": "status", "descriptions": "description", "titles": "title", "stock": "stock_quantity",
    "inventory": "stock_quantity", "stock level": "stock_quantity", "units in stock": "stock_quantity",
}  # fmt: skip

FIELD_FILLER = (
    r"\b(?:their|the|his|her|its|a|an|each|every|of the|for each|as well as|also|plus|some|any|"
    r"array of|list of|lists of|arrays of|set of)\b"
)

SUBOBJECT_WORDS = r"(?:info|information|details|detail|data|object|record|contact)"

IRREGULAR_SINGULARS: dict[str, str] = {
    "movies": "movie", "cookies": "cookie", "calories": "calorie", "selfies": "selfie", "zombies": "zombie",
    "species": "species", "series": "series", "people": "person", "children": "child", "analyses": "analysis",
    "statuses": "status", "addresses": "address", "buses": "bus", "news": "news", "indices": "index",
    "criteria": "criterion", "data": "data", "media": "media", "men": "man", "women": "woman", "stays": "stay",
}  # fmt: skip
"""Plural nouns that the suffix rules would singularize wrongly ("movies" is not "movy")."""

FIELD_MODIFIERS: frozenset[str] = frozenset(
    {
        "check-in", "check-out", "checkin", "checkout", "check in", "check out", "start", "end", "begin",
        "finish", "min", "max", "minimum", "maximum", "first", "last", "departure", "arrival", "pickup",
        "pick-up", "dropoff", "drop-off", "opening", "closing", "home", "work", "mobile", "billing", "shipping",
        "origin", "destination", "source", "target", "high", "low", "entry", "exit", "issue", "due", "birth",
        "release", "expiry", "sender", "recipient", "buyer", "seller", "primary", "secondary", "created",
        "updated", "unit", "total", "hire", "termination", "admission", "discharge", "from", "to", "current",
        "previous", "sale", "list", "retail", "wholesale", "base", "delivery", "order", "ship", "return",
        "morning", "evening", "launch", "expiration", "renewal", "signup", "sign-up", "registration",
    }
)  # fmt: skip
"""Words that share the noun after them when paired: "start and end dates" are `start_date` and `end_date`."""
