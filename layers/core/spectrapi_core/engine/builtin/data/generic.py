"""Default fields per entity noun and word lists for records of entities without their own domain."""

from __future__ import annotations

ENTITY_DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "review": ("product_name", "rating", "author", "title", "body", "date", "verified_purchase"),
    "ticket": ("subject", "description", "status", "priority", "customer_name", "customer_email", "created_at",
               "assignee"),
    "book": ("title", "author", "genre", "isbn", "published_year", "pages", "publisher", "price"),
    "product": ("name", "category", "description", "price", "sku", "stock_quantity", "rating", "created_at"),
    "order": ("customer_name", "customer_email", "status", "items", "item_count", "total", "currency",
              "created_at"),
    "customer": ("name", "email", "phone", "city", "country", "signup_date", "lifetime_value"),
    "user": ("name", "username", "email", "phone", "created_at", "is_active"),
    "employee": ("name", "email", "department", "job_title", "hire_date", "salary"),
    "company": ("name", "industry", "website", "employee_count", "founded_year", "city"),
    "event": ("name", "description", "venue", "city", "start_date", "ticket_price"),
    "movie": ("title", "genre", "director", "release_year", "runtime_minutes", "rating"),
    "restaurant": ("name", "cuisine", "address", "city", "phone", "rating", "price_level"),
    "invoice": ("invoice_number", "customer_name", "line_items", "subtotal", "tax", "total", "currency", "status",
                "issue_date", "due_date"),
    "article": ("title", "author", "summary", "category", "published_at", "word_count"),
    "comment": ("author", "body", "created_at", "likes"),
    "task": ("title", "description", "status", "priority", "assignee", "due_date"),
    "student": ("name", "email", "grade_level", "gpa", "enrollment_date", "major"),
    "patient": ("name", "date_of_birth", "gender", "phone", "blood_type", "last_visit_date"),
    "flight": ("flight_number", "airline", "origin", "destination", "departure_time", "arrival_time", "status",
               "price"),
    "booking": ("guest_name", "guest_email", "hotel_name", "room_type", "check_in_date", "check_out_date", "nights",
                "guests", "total_price", "currency", "status"),
    "project": ("name", "description", "owner", "status", "start_date", "end_date", "budget", "tags"),
    "shipment": ("tracking_number", "carrier", "origin", "destination", "weight_kg", "status", "shipped_at",
                 "delivered_at"),
    "reading": ("sensor_id", "timestamp", "temperature", "humidity", "battery_level"),
    "appointment": ("patient_name", "doctor_name", "start_time", "end_time", "reason", "status"),
    "subscription": ("customer_name", "customer_email", "plan", "price", "currency", "status", "start_date",
                     "renewal_date"),
    "course": ("title", "instructor", "category", "duration_hours", "price", "rating"),
    "song": ("title", "artist", "album", "genre", "duration_seconds", "release_year"),
    "hotel": ("name", "city", "stars", "rating", "price_per_night", "amenities"),
}  # fmt: skip

ID_PREFIXES: dict[str, str] = {
    "booking": "bkg_", "reservation": "res_", "reading": "rdg_", "shipment": "shp_", "appointment": "apt_",
    "project": "prj_", "account": "acc_", "cart": "crt_",
}  # fmt: skip
"""Record id prefixes of entities whose first three letters would mislead ("boo_" reads as "book")."""

FALLBACK_FIELDS: tuple[str, ...] = ("name", "description", "status", "created_at")

ENTITY_SYNONYMS: dict[str, str] = {
    "reviews": "review", "ratings": "review", "tickets": "ticket", "support ticket": "ticket", "books": "book",
    "products": "product", "items": "product", "orders": "order", "purchases": "order", "customers": "customer",
    "clients": "customer", "users": "user", "accounts": "user", "employees": "employee", "staff": "employee",
    "companies": "company", "businesses": "company", "events": "event", "movies": "movie", "films": "movie",
    "restaurants": "restaurant", "invoices": "invoice", "articles": "article", "blog posts": "article",
    "posts": "article", "comments": "comment", "tasks": "task", "todos": "task", "students": "student",
    "patients": "patient", "flights": "flight", "bookings": "booking", "reservations": "booking",
    "hotel stays": "booking", "stays": "booking", "projects": "project", "shipments": "shipment",
    "deliveries": "shipment", "parcels": "shipment", "packages": "shipment", "readings": "reading",
    "sensor readings": "reading", "measurements": "reading", "telemetry": "reading", "appointments": "appointment",
    "visits": "appointment", "subscriptions": "subscription", "courses": "course", "songs": "song",
    "tracks": "song", "hotels": "hotel", "issues": "ticket", "bugs": "ticket",
}  # fmt: skip

STATUSES: dict[str, tuple[str, ...]] = {
    "ticket": ("open", "in_progress", "waiting_on_customer", "resolved", "closed"),
    "order": ("pending", "paid", "shipped", "delivered", "cancelled", "refunded"),
    "invoice": ("draft", "sent", "paid", "overdue", "void"),
    "task": ("todo", "in_progress", "blocked", "done"),
    "flight": ("scheduled", "boarding", "departed", "delayed", "landed", "cancelled"),
    "booking": ("confirmed", "pending", "checked_in", "checked_out", "cancelled"),
    "project": ("planned", "active", "on_hold", "completed", "cancelled"),
    "shipment": ("label_created", "in_transit", "out_for_delivery", "delivered", "returned"),
    "appointment": ("scheduled", "confirmed", "completed", "cancelled", "no_show"),
    "subscription": ("trialing", "active", "past_due", "cancelled"),
    "payment": ("pending", "succeeded", "failed", "refunded"),
    "review": ("published", "pending", "flagged"),
    "reading": ("ok", "warning", "critical"),
    "employee": ("active", "on_leave", "terminated"),
    "user": ("active", "invited", "suspended", "deactivated"),
    "student": ("enrolled", "graduated", "on_leave", "withdrawn"),
    "patient": ("admitted", "discharged", "outpatient", "in_treatment"),
    "default": ("active", "inactive", "pending", "archived"),
}  # fmt: skip

PRIORITIES: tuple[str, ...] = ("low", "medium", "high", "urgent")

GENRES: dict[str, tuple[str, ...]] = {
    "book": ("Fiction", "Mystery", "Science Fiction", "Fantasy", "Biography", "History", "Romance", "Thriller",
             "Self-Help", "Poetry"),
    "song": ("Pop", "Rock", "Hip-Hop", "Jazz", "Electronic", "Country", "R&B", "Classical", "Indie", "Folk"),
    "album": ("Pop", "Rock", "Hip-Hop", "Jazz", "Electronic", "Country", "R&B", "Classical", "Indie", "Folk"),
    "game": ("Strategy", "Puzzle", "Role-Playing", "Platformer", "Simulation", "Racing", "Shooter"),
    "podcast": ("Technology", "Business", "True Crime", "Comedy", "History", "Health", "Science"),
    "movie": ("Drama", "Comedy", "Action", "Thriller", "Documentary", "Animation", "Horror", "Science Fiction"),
}  # fmt: skip

PRODUCT_CATEGORIES: tuple[str, ...] = (
    "Electronics", "Home & Kitchen", "Books", "Clothing", "Sports & Outdoors", "Beauty", "Toys", "Garden",
    "Office Supplies", "Pet Supplies",
)  # fmt: skip


SENTENCES: dict[str, tuple[str, ...]] = {
    "default": (
        "Designed for everyday use.", "Updated with the latest improvements.", "Popular with repeat customers.",
        "Built to last and easy to maintain.", "Available in several sizes.", "Recommended by our team.",
        "Ships within two business days.", "Includes a one-year warranty.",
    ),
}  # fmt: skip

WEBSITE_TLDS: dict[str, str] = {"en-US": "com", "en-GB": "co.uk", "fr-FR": "fr", "de-DE": "de"}

INDUSTRIES: tuple[str, ...] = (
    "Software", "Healthcare", "Financial Services", "Retail", "Manufacturing", "Logistics", "Education",
    "Energy", "Media", "Real Estate",
)  # fmt: skip

DEPARTMENTS: tuple[str, ...] = (
    "Engineering", "Sales", "Marketing", "Finance", "Human Resources", "Operations", "Customer Support", "Legal",
)  # fmt: skip

AIRLINES: tuple[tuple[str, str], ...] = (
    ("Delta Air Lines", "DL"), ("United Airlines", "UA"), ("American Airlines", "AA"), ("British Airways", "BA"),
    ("Air France", "AF"), ("Lufthansa", "LH"),
)  # fmt: skip

CUISINES: tuple[str, ...] = (
    "Italian",
    "Mexican",
    "Japanese",
    "Indian",
    "French",
    "Thai",
    "American",
    "Greek",
)

MAJORS: tuple[str, ...] = (
    "Computer Science",
    "Biology",
    "Economics",
    "History",
    "Physics",
    "Nursing",
    "Psychology",
)


PERSON_ROLES: frozenset[str] = frozenset(
    {
        "guest", "customer", "author", "patient", "student", "employee", "user", "driver", "owner", "contact",
        "manager", "agent", "passenger", "traveler", "traveller", "member", "client", "buyer", "seller", "host",
        "reviewer", "teacher", "instructor", "doctor", "physician", "nurse", "recipient", "sender", "assignee",
        "reporter", "requester", "applicant", "candidate", "tenant", "landlord", "player", "coach", "artist",
        "speaker", "director", "actor", "cardholder", "holder", "attendee", "volunteer", "donor", "subscriber",
        "parent", "guardian", "approver", "creator", "founder", "worker", "technician", "courier", "pilot",
        "therapist", "lawyer", "attorney", "supervisor", "representative", "rep", "salesperson", "cashier",
        "chef", "person", "person_in_charge", "account_holder", "emergency_contact", "signer", "organizer",
        "organiser", "caller", "winner", "participant", "mentor", "tutor", "dentist", "surgeon", "pharmacist",
        "editor", "illustrator", "narrator", "photographer", "composer", "producer", "lead", "full", "maintainer",
        "borrower", "lender", "renter", "resident", "visitor", "shopper", "learner", "listener", "viewer",
        "sponsor", "beneficiary", "policyholder", "claimant", "witness", "officer", "inspector", "auditor",
        "homeowner", "landowner", "referee", "judge", "dispatcher", "operator", "admin", "administrator",
    }
)  # fmt: skip
"""Heads of `*_name` fields (and bare field names) whose value is a person's name, such as `guest_name`."""

NAME_KINDS: dict[str, str] = {
    "company": "company", "business": "company", "employer": "company", "organization": "company",
    "organisation": "company", "vendor": "company", "supplier": "company", "brand": "company",
    "manufacturer": "company", "publisher": "company", "merchant": "company", "carrier": "carrier",
    "client_company": "company", "agency": "company", "studio": "company", "label": "company",
    "hotel": "hotel", "property": "hotel", "resort": "hotel", "inn": "hotel", "lodging": "hotel",
    "product": "product", "item": "product", "restaurant": "restaurant", "cafe": "restaurant",
    "store": "store", "shop": "store", "venue": "venue", "event": "event", "conference": "event",
    "project": "project", "team": "team", "department": "department", "course": "course", "class": "course",
    "school": "school", "university": "school", "college": "school", "airport": "airport", "city": "city",
    "street": "street", "app": "app", "application": "app", "software": "app", "file": "file",
    "document": "file", "book": "book", "movie": "movie", "film": "movie", "song": "song", "track": "song",
    "album": "album", "game": "game", "podcast": "podcast", "airline": "airline", "bank": "bank",
    "hospital": "hospital", "clinic": "hospital", "warehouse": "warehouse", "device": "device",
    "sensor": "device", "room": "room", "plan": "plan", "campaign": "campaign", "dish": "dish", "recipe": "dish",
    "drug": "drug", "medication": "drug", "medicine": "drug", "ship": "ship", "vessel": "ship", "pet": "pet",
    "dog": "pet", "cat": "pet", "puppy": "pet", "kitten": "pet", "horse": "pet", "animal": "pet",
}  # fmt: skip
"""Heads of non-person `*_name` fields (and entity nouns) mapped to the kind of name they hold."""

NAME_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "hotel": (("Grand", "Harbor", "Riverside", "Park", "Royal", "Seaview", "Old Town", "Lakeside", "Central",
               "Mountain View", "Westgate", "Palace"),
              ("Hotel", "Inn", "Suites", "Resort", "Lodge", "Hotel & Spa")),
    "restaurant": (("Olive", "Saffron", "Blue Door", "Copper", "Little", "Golden Fork", "Harbor", "Ember",
                    "Basil", "Juniper", "Tavern on the", "Corner"),
                   ("Kitchen", "Bistro", "Grill", "Trattoria", "Cafe", "Diner", "Brasserie", "Eatery")),
    "store": (("Main Street", "Urban", "Corner", "Green Leaf", "Northside", "Downtown", "Village", "Prime"),
              ("Market", "Outfitters", "Supply Co.", "Boutique", "Goods", "Store")),
    "venue": (("Riverside", "Civic", "Grand", "Lakeside", "Harbor", "Union", "Liberty", "Summit"),
              ("Hall", "Arena", "Center", "Theater", "Pavilion", "Convention Center")),
    "event": (("Annual", "Global", "Regional", "Spring", "Summer", "Autumn", "Winter", "Open"),
              ("Tech Summit", "Music Festival", "Food Fair", "Developer Conference", "Book Fair", "Marathon",
               "Design Expo", "Leadership Forum")),
    "project": (("Apollo", "Atlas", "Phoenix", "Orion", "Beacon", "Horizon", "Mercury", "Keystone", "Nimbus"),
                ("Migration", "Redesign", "Platform", "Rollout", "Initiative", "Upgrade", "Integration")),
    "team": (("Platform", "Growth", "Payments", "Mobile", "Data", "Security", "Core", "Customer"),
             ("Team", "Squad", "Crew", "Guild")),
    "course": (("Introduction to", "Advanced", "Foundations of", "Practical", "Applied", "Modern"),
               ("Data Science", "Web Development", "Marketing", "Statistics", "Photography", "Python",
                "Project Management", "Spanish", "Machine Learning", "Accounting")),
    "school": (("Lincoln", "Riverside", "Westfield", "Oakridge", "St. Mary's", "Hillcrest", "Northwood"),
               ("High School", "Academy", "University", "College", "Institute of Technology")),
    "app": (("Task", "Budget", "Fit", "Note", "Photo", "Chat", "Travel", "Recipe", "Habit"),
            ("Flow", "Hub", "ly", "Pal", "Box", "Tracker", "Buddy")),
    "warehouse": (("North", "South", "East", "West", "Central", "Harbor", "Airport"),
                  ("Distribution Center", "Fulfillment Center", "Warehouse", "Depot")),
    "hospital": (("St. Luke's", "Mercy", "General", "Memorial", "Riverside", "University", "Children's"),
                 ("Hospital", "Medical Center", "Clinic", "Health Center")),
    "campaign": (("Spring", "Summer", "Holiday", "Back to School", "Black Friday", "Launch", "Loyalty"),
                 ("Sale", "Promo", "Campaign", "Giveaway", "Newsletter")),
    "dish": (("Grilled", "Roasted", "Spicy", "Creamy", "Crispy", "Smoked", "Lemon", "Garlic"),
             ("Chicken", "Salmon", "Risotto", "Tacos", "Ramen", "Salad", "Burger", "Pasta", "Curry")),
    "room": (("Standard", "Deluxe", "Executive", "Garden", "Ocean View", "Family"),
             ("Room", "Suite", "Studio", "Double Room", "King Room")),
    "ship": (("Ocean", "Northern", "Silver", "Atlantic", "Pacific", "Coral"),
             ("Star", "Spirit", "Voyager", "Princess", "Explorer", "Dawn")),
}  # fmt: skip
"""(first words, last words) that combine into names of one kind, such as "Riverside Inn"."""

NAME_LISTS: dict[str, tuple[str, ...]] = {
    "department": ("Engineering", "Sales", "Marketing", "Finance", "Human Resources", "Operations",
                   "Customer Support", "Legal", "Product", "Research"),
    "airport": ("JFK", "LAX", "ORD", "ATL", "SFO", "SEA", "DFW", "BOS", "LHR", "CDG", "FRA", "MUC", "AMS", "MAD"),
    "city": ("Austin", "Denver", "Seattle", "Chicago", "Boston", "Portland", "Atlanta", "Phoenix"),
    "street": ("Main Street", "Oak Avenue", "Maple Drive", "Park Road", "Elm Street", "Cedar Lane"),
    "file": ("report_q3.pdf", "invoice_1042.pdf", "budget_2026.xlsx", "photo_0193.jpg", "notes.txt",
             "contract_signed.pdf", "presentation.pptx", "export.csv"),
    "album": ("Northern Lights", "Blue Hour", "Paper Moons", "Low Tide", "Golden Days", "Static Dreams"),
    "game": ("Starfall Tactics", "Tiny Kingdoms", "Neon Drift", "Dungeon Cartographer", "Harvest Valley",
             "Orbit Runners"),
    "podcast": ("The Daily Build", "Money Matters", "History Uncovered", "Mind the Product", "Science Friday Club"),
    "airline": ("Delta Air Lines", "United Airlines", "American Airlines", "British Airways", "Air France",
                "Lufthansa", "Southwest Airlines", "KLM"),
    "carrier": ("UPS", "FedEx", "USPS", "DHL", "Royal Mail", "DPD"),
    "bank": ("Chase", "Bank of America", "Wells Fargo", "Barclays", "HSBC", "BNP Paribas", "Deutsche Bank"),
    "device": ("Thermostat T-100", "Air Monitor AQ2", "Smart Plug P1", "Door Sensor D3", "Water Meter W5",
               "Motion Sensor M2"),
    "plan": ("Free", "Basic", "Standard", "Pro", "Business", "Enterprise"),
    "pet": ("Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Rocky", "Coco", "Buddy", "Lucy", "Oliver",
            "Nala", "Teddy", "Willow"),
    "drug": ("Amoxicillin", "Ibuprofen", "Metformin", "Lisinopril", "Atorvastatin", "Omeprazole", "Cetirizine"),
}  # fmt: skip
"""Whole names of one kind, drawn as they are."""

TITLES: dict[str, tuple[str, ...]] = {
    "task": ("Update onboarding docs", "Fix login redirect", "Prepare quarterly report", "Review pull request",
             "Migrate billing service", "Plan team offsite", "Write release notes", "Audit user permissions",
             "Clean up test data", "Draft customer survey"),
    "article": ("How to Plan a Productive Week", "10 Tips for Better Sleep", "What We Learned Shipping v2",
                "A Beginner's Guide to Budgeting", "Why Remote Teams Need Rituals", "The State of Electric Cars",
                "Cooking on a Budget: 5 Easy Recipes", "Understanding Interest Rates"),
    "course": ("Introduction to Data Science", "Web Development Bootcamp", "Digital Marketing Basics",
               "Advanced Python", "Statistics for Everyone", "Project Management Essentials",
               "Photography Fundamentals", "Conversational Spanish"),
    "job": ("Software Engineer", "Product Manager", "Data Analyst", "Account Executive", "UX Designer",
            "Customer Success Manager", "Accountant", "Registered Nurse"),
    "meeting": ("Weekly sync", "Sprint planning", "Quarterly business review", "1:1", "Design review",
                "Customer onboarding call", "Budget planning", "Retrospective", "All-hands"),
    "song": ("Midnight Drive", "Golden Hour", "Paper Hearts", "Slow Motion", "City Lights", "Echoes",
             "Summer Rain", "Falling Slowly"),
}  # fmt: skip
"""Titles of entities whose titles are not book-like ("Fix login redirect" for a task)."""

TITLE_NOUNS: frozenset[str] = frozenset(
    {"book", "movie", "film", "novel", "story", "show", "series", "episode", "play"}
)
"""Entities whose titles are creative works, built from the book templates of `data.text`."""

ENTITY_SENTENCES: dict[str, tuple[str, ...]] = {
    "booking": (
        "Late check-in requested.", "Guest asked for a quiet room on a high floor.", "Breakfast included.",
        "Airport transfer arranged.", "Non-smoking room, king bed.", "Celebrating an anniversary.",
        "Early check-in if available.", "Travelling with a small dog.",
    ),
    "project": (
        "Moves the billing service to the new platform.", "Redesigns the onboarding flow for mobile users.",
        "Consolidates reporting into one dashboard.", "Replaces the legacy CRM integration.",
        "Pilot runs in two regions before the full rollout.", "Scope agreed with finance and operations.",
    ),
    "event": (
        "A full day of talks and workshops.", "Live music, food trucks and activities for all ages.",
        "Networking reception follows the keynote.", "Tickets include lunch and refreshments.",
        "Seating is limited, so register early.",
    ),
    "task": (
        "Needs review before Friday.", "Blocked until the API keys arrive.", "Split into smaller tickets if needed.",
        "Coordinate with the design team.", "Follow the checklist in the runbook.",
    ),
    "shipment": (
        "Leave at the front door.", "Signature required on delivery.", "Fragile, handle with care.",
        "Deliver to the loading dock.", "Call the recipient on arrival.",
    ),
    "appointment": (
        "Annual check-up.", "Follow-up on blood test results.", "Persistent headache for two weeks.",
        "Vaccination.", "Prescription renewal.", "Consultation about knee pain.",
    ),
    "restaurant": (
        "The pasta was perfectly cooked and the service was friendly.", "Cozy place, a little noisy on weekends.",
        "Great value for the portion sizes.", "We waited 40 minutes for our mains.",
        "The dessert menu is worth saving room for.", "Lovely terrace and attentive staff.",
    ),
    "movie": (
        "A detective returns to her hometown to solve a twenty-year-old case.",
        "Two rival chefs are forced to run a restaurant together.",
        "A crew of astronauts loses contact with Earth.", "A family road trip goes wrong in every possible way.",
        "An aging boxer takes on one last fight.",
    ),
    "book": (
        "A sweeping family saga set over three generations.", "A practical guide to building better habits.",
        "A gripping thriller with a twist you won't see coming.", "A thoughtful history of the printing press.",
        "A coming-of-age story set in a small coastal town.",
    ),
    "restaurant_review": (
        "The pasta was perfectly cooked and the service was friendly.", "Cozy place, a little noisy on weekends.",
        "Great value for the portion sizes.", "We waited 40 minutes for our mains.",
        "The dessert menu is worth saving room for.", "Lovely terrace and attentive staff.",
        "Best tacos in town.", "Booked for a birthday and the staff made it special.",
    ),
    "hotel_review": (
        "Spotless room and a very comfortable bed.", "Great location, walking distance to everything.",
        "Breakfast was excellent.", "The walls were thin and the street was noisy.",
        "Friendly front desk staff.", "Check-in took longer than expected.", "The pool area was lovely.",
    ),
    "movie_review": (
        "Gripping from start to finish.", "The pacing drags in the second half.", "Stunning cinematography.",
        "The lead performance carries the film.", "A clever script with a satisfying ending.",
        "Fun, but forgettable.",
    ),
    "book_review": (
        "Couldn't put it down.", "The characters felt real.", "A slow start, but worth it.",
        "Beautifully written.", "The ending felt rushed.", "I have already recommended it to friends.",
    ),
    "feedback": (
        "The checkout was quick and easy.", "Support answered within an hour.", "Delivery took longer than promised.",
        "The new dashboard is much clearer.", "I could not find the export button.", "Great service, thank you!",
        "The app logs me out too often.", "Prices went up without notice.",
    ),
    "patient": (
        "No known allergies.", "Allergic to penicillin.", "Type 2 diabetes, managed with diet.",
        "Recovering from knee surgery.", "Mild asthma.", "Blood pressure within normal range.",
    ),
    "record": (
        "Reviewed and approved by the team.", "Details confirmed by email.", "Scheduled for next quarter.",
        "Follow up in two weeks.", "Imported from the previous system.", "Waiting for final sign-off.",
        "Updated after the last review.", "No further action needed.",
    ),
}  # fmt: skip
"""Free-text sentences by entity, joined with SENTENCES; "record" is the fallback for unknown entities."""

LIST_VALUES: dict[str, tuple[str, ...]] = {
    "tags": ("new", "popular", "featured", "sale", "limited", "bestseller", "eco-friendly", "gift", "trending",
             "seasonal", "premium", "clearance"),
    "article_tags": ("productivity", "travel", "personal-finance", "health", "technology", "career", "food",
                     "parenting", "remote-work", "how-to"),
    "project_tags": ("backend", "frontend", "infrastructure", "q3", "customer-facing", "internal", "migration",
                     "security", "high-priority", "analytics"),
    "features": ("Wireless charging", "Water resistant", "Bluetooth 5.3", "Noise cancelling", "USB-C",
                 "Voice control", "Long battery life", "Foldable design", "Dishwasher safe", "Two-year warranty"),
    "amenities": ("Free Wi-Fi", "Pool", "Gym", "Spa", "Parking", "Airport shuttle", "Breakfast included",
                  "Pet friendly", "Restaurant", "Air conditioning", "24-hour front desk"),
    "ingredients": ("flour", "sugar", "butter", "eggs", "milk", "garlic", "olive oil", "onion", "tomatoes",
                    "basil", "salt", "black pepper"),
    "allergies": ("penicillin", "peanuts", "shellfish", "latex", "pollen", "lactose", "gluten"),
    "symptoms": ("fever", "cough", "headache", "fatigue", "sore throat", "nausea", "back pain"),
    "hobbies": ("hiking", "reading", "cooking", "photography", "cycling", "gaming", "gardening", "painting"),
    "interests": ("travel", "music", "technology", "fitness", "art", "finance", "food", "sports"),
    "courses": ("Calculus I", "Intro to Psychology", "Data Structures", "World History", "Organic Chemistry",
                "Microeconomics", "English Composition"),
    "certifications": ("AWS Solutions Architect", "PMP", "CPA", "Scrum Master", "CISSP", "Google Analytics"),
    "categories": ("Electronics", "Home", "Books", "Clothing", "Sports", "Beauty", "Toys", "Garden"),
    "colors": ("black", "white", "navy", "red", "green", "gray", "beige", "blue"),
    "sizes": ("XS", "S", "M", "L", "XL"),
    "platforms": ("iOS", "Android", "Web", "Windows", "macOS", "Linux"),
    "permissions": ("read", "write", "delete", "admin", "billing", "invite"),
    "roles": ("admin", "editor", "viewer", "owner", "billing"),
    "attachments": ("screenshot.png", "invoice.pdf", "logs.txt", "photo.jpg", "report.xlsx"),
}  # fmt: skip
"""Values of list fields (plural field names such as `tags`), by field name."""

CHOICES: dict[str, tuple[str, ...]] = {
    "room_type": ("Standard Queen", "Standard King", "Deluxe King", "Twin Room", "Junior Suite", "Family Room"),
    "payment_method": ("credit_card", "debit_card", "paypal", "apple_pay", "bank_transfer"),
    "shipping_method": ("standard", "express", "next_day", "pickup"),
    "carrier": ("UPS", "FedEx", "USPS", "DHL"),
    "plan": ("free", "basic", "pro", "business", "enterprise"),
    "tier": ("bronze", "silver", "gold", "platinum"),
    "membership_level": ("bronze", "silver", "gold", "platinum"),
    "level": ("beginner", "intermediate", "advanced"),
    "difficulty": ("easy", "medium", "hard"),
    "size": ("XS", "S", "M", "L", "XL"),
    "color": ("black", "white", "navy", "red", "green", "gray", "beige", "blue"),
    "material": ("cotton", "polyester", "leather", "stainless steel", "wood", "glass", "aluminum", "bamboo"),
    "language": ("English", "Spanish", "French", "German", "Portuguese", "Japanese", "Mandarin"),
    "channel": ("web", "mobile", "email", "phone", "in_store"),
    "source": ("organic", "paid_search", "referral", "social", "email"),
    "platform": ("iOS", "Android", "Web", "Windows", "macOS"),
    "device": ("desktop", "mobile", "tablet"),
    "device_type": ("desktop", "mobile", "tablet"),
    "os": ("Windows 11", "macOS 14", "Ubuntu 24.04", "iOS 18", "Android 15"),
    "browser": ("Chrome", "Safari", "Firefox", "Edge"),
    "frequency": ("daily", "weekly", "monthly", "quarterly", "yearly"),
    "billing_cycle": ("monthly", "yearly"),
    "unit": ("pcs", "kg", "box", "pack", "m", "l"),
    "format": ("hardcover", "paperback", "ebook", "audiobook"),
    "condition": ("new", "like_new", "good", "fair"),
    "weather": ("sunny", "cloudy", "rainy", "windy", "snowy"),
    "role": ("admin", "editor", "viewer", "owner"),
    "user_role": ("admin", "editor", "viewer", "owner"),
    "employment_type": ("full-time", "part-time", "contract", "internship"),
    "seat_class": ("economy", "premium_economy", "business", "first"),
    "cabin_class": ("economy", "premium_economy", "business", "first"),
    "class": ("economy", "premium_economy", "business", "first"),
    "meal_type": ("breakfast", "lunch", "dinner", "snack"),
    "reason": ("Annual check-up", "Follow-up visit", "Vaccination", "Prescription renewal", "Consultation"),
    "diagnosis": ("Hypertension", "Type 2 diabetes", "Seasonal allergies", "Migraine", "Asthma", "Bronchitis"),
    "specialty": ("Cardiology", "Dermatology", "Pediatrics", "Orthopedics", "Neurology", "General Practice"),
    "nationality": ("American", "British", "French", "German", "Canadian", "Spanish", "Italian"),
    "timezone": ("America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Paris",
                 "Europe/Berlin"),
    "sensor_type": ("temperature", "humidity", "pressure", "motion", "co2"),
    "unit_of_measure": ("pcs", "kg", "box", "pack"),
    "marital_status": ("single", "married", "divorced", "widowed"),
    "fuel": ("gasoline", "diesel", "electric", "hybrid"),
    "aircraft": ("Boeing 737-800", "Airbus A320", "Airbus A321neo", "Boeing 787-9", "Embraer E175"),
    "species": ("dog", "cat", "rabbit", "parrot", "hamster", "guinea pig"),
    "breed": ("Labrador Retriever", "German Shepherd", "Golden Retriever", "French Bulldog", "Beagle", "Poodle",
              "Siamese", "Maine Coon", "Mixed"),
    "board_type": ("room_only", "breakfast", "half_board", "full_board"),
}  # fmt: skip
"""Small value sets of common categorical fields, by field name."""

MEASUREMENTS: dict[str, tuple[float, float, int]] = {
    "temperature": (-5, 35, 1), "temperature_c": (-5, 35, 1), "temperature_f": (23, 95, 1),
    "humidity": (20, 90, 1), "pressure": (980, 1040, 1), "co2": (400, 1800, 0), "co2_ppm": (400, 1800, 0),
    "battery": (5, 100, 0), "battery_level": (5, 100, 0), "voltage": (3.0, 4.2, 2), "lux": (0, 1200, 0),
    "noise_db": (30, 90, 1), "power_watts": (0, 2500, 1), "energy_kwh": (0, 50, 2), "wind_speed": (0, 60, 1),
    "weight": (0.2, 25, 2), "weight_kg": (0.2, 25, 2), "weight_lbs": (0.5, 55, 2), "height": (150, 200, 0),
    "height_cm": (150, 200, 0), "width": (5, 120, 1), "length": (5, 200, 1), "depth": (2, 80, 1),
    "distance": (0.5, 40, 1), "distance_km": (0.5, 40, 1), "speed": (0, 130, 1), "altitude": (0, 3000, 0),
    "elevation": (0, 3000, 0), "heart_rate": (55, 110, 0), "bmi": (18, 35, 1), "calories": (50, 900, 0),
    "discount": (5, 50, 0), "discount_percent": (5, 50, 0), "percentage": (0, 100, 1), "percent": (0, 100, 1),
    "tax_rate": (0.05, 0.25, 2), "interest_rate": (1.5, 9.5, 2), "gpa": (2.0, 4.0, 2), "score": (0, 100, 0),
    "latency_ms": (5, 800, 0), "response_time_ms": (5, 800, 0), "uptime": (95, 100, 2), "progress": (0, 100, 0),
    "duration_hours": (1, 40, 0), "duration_seconds": (120, 360, 0), "runtime": (80, 180, 0), "value": (0, 100, 2),
    "reading": (0, 100, 2), "cpu_usage": (1, 100, 1), "memory_usage": (5, 100, 1), "abv": (3.5, 12, 1),
}  # fmt: skip
"""(low, high, decimals) of measured quantities by field name; 0 decimals gives integers."""

CATEGORIES: dict[str, tuple[str, ...]] = {
    "course": ("Programming", "Business", "Design", "Marketing", "Data Science", "Languages", "Photography"),
    "article": ("Technology", "Travel", "Finance", "Health", "Lifestyle", "Business", "Science"),
    "ticket": ("billing", "technical", "account", "feature_request", "bug", "other"),
    "task": ("bug", "feature", "chore", "documentation", "research"),
    "event": ("Conference", "Concert", "Workshop", "Meetup", "Festival", "Sports", "Exhibition"),
    "expense": ("Travel", "Meals", "Software", "Office Supplies", "Training", "Utilities"),
    "transaction": ("Groceries", "Dining", "Transport", "Utilities", "Entertainment", "Shopping"),
    "restaurant": ("Fine Dining", "Casual Dining", "Fast Food", "Cafe", "Food Truck"),
}  # fmt: skip
"""Values of a `category` field by entity; products and unknown entities use PRODUCT_CATEGORIES."""
