"""Word tables by part of speech and the templates that combine them into titles, subjects and names.

A template names its slots in braces, such as "The {adjective} {noun}". Each slot is a key of the table dict
next to the templates, so every value a template can produce reads as a grammatical English phrase.
"""

from __future__ import annotations

BOOK_WORDS: dict[str, tuple[str, ...]] = {
    "adjective": ("Silent", "Hidden", "Last", "Golden", "Broken", "Distant", "Secret", "Forgotten", "Quiet",
                  "Burning", "Crimson", "Wild", "Hollow", "Endless", "Fallen", "Northern", "Glass", "Iron",
                  "Velvet", "Bitter", "Lonely", "Painted", "Sleeping", "Drowned"),
    "noun": ("River", "Garden", "Empire", "Shadow", "Storm", "Harbor", "Promise", "Journey", "Lighthouse",
             "Orchard", "Kingdom", "Letter", "Crown", "Island", "Map", "Winter", "Daughter", "Stranger",
             "Clockmaker", "Bridge", "Mirror", "Summer", "Witness", "Cartographer", "Tide", "Inheritance"),
    "plural": ("Shadows", "Ashes", "Stars", "Ghosts", "Tides", "Secrets", "Wolves", "Bones", "Roses", "Embers",
               "Whispers", "Kings", "Storms", "Lanterns", "Sparrows", "Thieves", "Rivers", "Salt and Smoke"),
    "place": ("Paris", "the North", "Salt Creek", "Blackwater", "the Valley", "Winter Hill", "Marrow Bay",
              "the Old Quarter", "Lisbon", "the Highlands", "Cedar Falls", "the Lost Coast"),
}  # fmt: skip
"""Words for book and film titles: adjectives, singular and plural nouns, and places."""

BOOK_TEMPLATES: tuple[str, ...] = (
    "The {adjective} {noun}", "{noun} of {plural}", "A {noun} in {place}", "The {noun} of {place}",
    "{adjective} {plural}", "The {noun}'s {noun}", "The Last {noun}", "{plural} of {place}",
)  # fmt: skip

TICKET_WORDS: dict[str, tuple[str, ...]] = {
    "page": ("Checkout page", "Login page", "Billing page", "Dashboard", "Settings page", "Reports page",
             "Search results page", "Team members page", "Order history page"),
    "page_problem": ("returns a 500 error", "loads forever", "shows a blank screen", "is very slow since the update",
                     "does not load in Safari", "shows the wrong totals", "logs me out after saving"),
    "email": ("Password reset email", "Invoice email", "Invitation email", "Two-factor code",
              "Order confirmation email", "Weekly summary email"),
    "email_problem": ("never arrives", "goes to spam", "contains a broken link", "arrives twice",
                      "arrives hours late"),
    "job": ("CSV export", "PDF export", "File upload", "Calendar sync", "Bank feed import", "Nightly backup",
            "Data import"),
    "job_problem": ("times out for large accounts", "fails with an unknown error", "is missing recent records",
                    "stops at 99%", "creates duplicate entries"),
    "app": ("Mobile app", "Android app", "iOS app", "Desktop app", "Browser extension"),
    "app_problem": ("crashes on launch", "logs me out every few minutes", "freezes after the latest update",
                    "drains the battery", "does not show notifications"),
    "action": ("export invoices to PDF", "add a new user to our workspace", "change the billing address",
               "cancel my subscription", "download last month's receipts", "reset my two-factor device",
               "connect our Slack workspace", "remove a former employee", "change the account owner",
               "update my card details", "merge two customer accounts", "restore a deleted project"),
    "charge": ("Charged twice for the same subscription", "Refund not received after cancellation",
               "Invoice total does not match my order", "Unexpected charge on my card",
               "Discount code not applied at checkout", "Tax missing from the invoice"),
}  # fmt: skip
"""Support-ticket parts: feature nouns with the problems that fit them, actions and billing complaints."""

TICKET_TEMPLATES: tuple[str, ...] = (
    "{page} {page_problem}", "{email} {email_problem}", "{job} {job_problem}", "{app} {app_problem}",
    "Cannot {action}", "How do I {action}?", "Unable to {action}", "{charge}",
)  # fmt: skip

TICKET_SENTENCE_WORDS: dict[str, tuple[str, ...]] = {
    "start": ("This started after yesterday's update.", "It began this morning.",
              "It has happened since we switched to the annual plan.", "It started after I changed my password.",
              "This has been going on for about a week.", "It worked fine until Monday."),
    "detail": ("It happens in Chrome and Firefox.", "Three people on my team see the same thing.",
               "I attached a screenshot of the error.", "Clearing the cache did not help.",
               "I tried on two different devices.", "The error code is E-1042.",
               "It only happens on the larger accounts.", "Logging out and back in did not help."),
    "ask": ("Could you take a look?", "Please advise.", "This is blocking our month-end close.",
            "Can someone call me back?", "Any workaround would help for now.", "Thanks in advance."),
}  # fmt: skip
"""Sentences of a ticket description, in the order a customer writes them: when it started, details, a request."""

PRODUCTS: tuple[tuple[str, tuple[str, ...], str, float, float], ...] = (
    ("Headphones", ("Wireless", "Noise-Cancelling", "Over-Ear", "Studio"), "Electronics", 40, 350),
    ("Bluetooth Speaker", ("Portable", "Waterproof", "Compact", "Outdoor"), "Electronics", 25, 250),
    ("Fitness Tracker", ("Slim", "Waterproof", "Smart", "Solar"), "Electronics", 30, 200),
    ("Phone Charger", ("Fast", "Wireless", "Dual-Port", "Travel"), "Electronics", 12, 60),
    ("Desk Lamp", ("LED", "Adjustable", "Dimmable", "Clip-On"), "Home & Kitchen", 18, 120),
    ("Coffee Grinder", ("Burr", "Electric", "Manual", "Compact"), "Home & Kitchen", 20, 180),
    ("Blender", ("High-Speed", "Personal", "Countertop", "Cordless"), "Home & Kitchen", 30, 300),
    ("Cutting Board", ("Bamboo", "Walnut", "Reversible", "Non-Slip"), "Home & Kitchen", 12, 70),
    ("Water Bottle", ("Insulated", "Stainless Steel", "Collapsible", "Glass"), "Sports & Outdoors", 10, 45),
    ("Yoga Mat", ("Non-Slip", "Extra-Thick", "Cork", "Travel"), "Sports & Outdoors", 15, 90),
    ("Backpack", ("Hiking", "Laptop", "Waterproof", "Rolltop"), "Sports & Outdoors", 30, 180),
    ("Running Shoes", ("Lightweight", "Trail", "Cushioned", "Racing"), "Clothing", 50, 200),
    ("Rain Jacket", ("Packable", "Waterproof", "Hooded", "Insulated"), "Clothing", 45, 250),
    ("Office Chair", ("Ergonomic", "Mesh", "Executive", "Swivel"), "Office Supplies", 90, 600),
    ("Notebook", ("Dotted", "Hardcover", "Spiral", "Recycled"), "Office Supplies", 5, 30),
    ("Fountain Pen", ("Classic", "Fine-Nib", "Brass", "Everyday"), "Office Supplies", 15, 150),
    ("Face Serum", ("Hydrating", "Vitamin C", "Night", "Fragrance-Free"), "Beauty", 12, 90),
    ("Hair Dryer", ("Ionic", "Travel", "Salon", "Quiet"), "Beauty", 25, 250),
    ("Dog Bed", ("Orthopedic", "Washable", "Calming", "Elevated"), "Pet Supplies", 25, 150),
    ("Garden Hose", ("Expandable", "Kink-Free", "Heavy-Duty", "Lightweight"), "Garden", 20, 90),
    ("Building Set", ("Creative", "Starter", "Deluxe", "Space"), "Toys", 15, 120),
)  # fmt: skip
"""(noun, modifiers that fit it, category, low and high price in US dollars) of generic products."""

PRODUCT_LINES: tuple[str, ...] = ("Pro", "Mini", "Max", "Lite", "Plus", "2", "X", "Go", "Air", "Classic")
"""Model-line words some product names end with, such as "Wireless Headphones Pro"."""

REVIEW_WORDS: dict[str, tuple[str, ...]] = {
    "praise": ("Exactly what I was looking for.", "Great quality for the price.", "Solid build and easy to use.",
               "Better than I expected.", "Does the job well.", "Really happy with this purchase.",
               "Works as described, no complaints so far."),
    "detail": ("Arrived quickly and well packaged.", "Setup took less than five minutes.",
               "The size was smaller than expected.", "The instructions could be clearer.",
               "It feels sturdy and well made.", "The color matches the photos.",
               "Battery life is better than advertised.", "It is a little louder than I hoped."),
    "complaint": ("It stopped working after a few weeks.", "One part was missing from the box.",
                  "The finish scratches easily.", "Not worth the price.", "It broke on the second use."),
    "good_verdict": ("I would buy this again.", "Customer service solved my issue the same day.",
                     "Recommended.", "I already ordered a second one.", "Five stars from me."),
    "bad_verdict": ("I am returning it.", "I would not buy it again.", "Look elsewhere.",
                    "Support never answered my email."),
}  # fmt: skip
"""Product-review sentences by role: praise or complaint opens, a detail follows, a verdict closes.

Records with a rating of 4-5 praise, 1-2 complain, and 3 mix the two."""

REVIEW_HEADLINE_WORDS: dict[str, tuple[str, ...]] = {
    "good": ("Great", "Solid", "Excellent", "Good", "Fantastic", "Decent"),
    "bad": ("Disappointing", "Poor", "Mediocre"),
    "thing": ("value", "purchase", "quality", "buy", "product"),
    "good_note": ("fast shipping", "easy setup", "would buy again", "worth every penny", "does what it says"),
    "bad_note": ("returned it", "broke quickly", "not as pictured", "skip this one", "too pricey"),
}  # fmt: skip
"""Words of short review headlines; a headline keeps good words with good notes and bad with bad."""

REVIEW_HEADLINE_TEMPLATES: tuple[str, ...] = (
    "{good} {thing}", "{good} {thing}, {good_note}", "{bad} {thing}", "{bad} {thing}, {bad_note}",
)  # fmt: skip

COURSE_SUBJECTS: tuple[tuple[str, str], ...] = (
    ("Python", "Programming"), ("Web Development", "Programming"), ("JavaScript", "Programming"),
    ("SQL", "Data Science"), ("Machine Learning", "Data Science"), ("Statistics", "Data Science"),
    ("Data Visualization", "Data Science"), ("Digital Marketing", "Marketing"), ("SEO", "Marketing"),
    ("Social Media Marketing", "Marketing"), ("Graphic Design", "Design"), ("UX Design", "Design"),
    ("Typography", "Design"), ("Photography", "Photography"), ("Portrait Photography", "Photography"),
    ("Spanish", "Languages"), ("French", "Languages"), ("Japanese", "Languages"),
    ("Project Management", "Business"), ("Accounting", "Business"), ("Negotiation", "Business"),
)  # fmt: skip
"""(subject, category) of generic courses; the category matches the course `category` table."""

COURSE_TEMPLATES: tuple[str, ...] = (
    "Introduction to {subject}", "{subject} for Beginners", "{subject} Fundamentals", "Advanced {subject}",
    "{subject} Masterclass", "Intermediate {subject}",
)  # fmt: skip

HIGH_SCHOOL_TRACKS: tuple[str, ...] = ("STEM", "Humanities", "Arts", "Business", "General Studies")
"""Focus areas of high-school students, used in place of university majors."""
