"""Default fields per entity noun and word lists for records of entities without their own domain."""

from __future__ import annotations

ENTITY_DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "review": ("product_name", "rating", "author", "title", "body", "date", "verified_purchase"),
    "ticket": ("subject", "description", "status", "priority", "customer_name", "customer_email", "created_at",
               "assignee"),
    "book": ("title", "author", "genre", "isbn", "published_year", "pages", "publisher", "price"),
    "product": ("name", "category", "description", "price", "sku", "stock_quantity", "rating", "created_at"),
    "order": ("customer_name", "customer_email", "status", "total", "currency", "item_count", "created_at"),
    "customer": ("name", "email", "phone", "city", "country", "signup_date", "lifetime_value"),
    "user": ("name", "username", "email", "phone", "created_at", "is_active"),
    "employee": ("name", "email", "department", "job_title", "hire_date", "salary"),
    "company": ("name", "industry", "website", "employee_count", "founded_year", "city"),
    "event": ("name", "description", "venue", "city", "start_date", "ticket_price"),
    "movie": ("title", "genre", "director", "release_year", "runtime_minutes", "rating"),
    "restaurant": ("name", "cuisine", "address", "city", "phone", "rating", "price_level"),
    "invoice": ("invoice_number", "customer_name", "amount", "currency", "status", "issue_date", "due_date"),
    "article": ("title", "author", "summary", "category", "published_at", "word_count"),
    "comment": ("author", "body", "created_at", "likes"),
    "task": ("title", "description", "status", "priority", "assignee", "due_date"),
    "student": ("name", "email", "grade_level", "gpa", "enrollment_date", "major"),
    "patient": ("name", "date_of_birth", "gender", "phone", "blood_type", "last_visit_date"),
    "flight": ("flight_number", "airline", "origin", "destination", "departure_time", "status", "price"),
}  # fmt: skip

FALLBACK_FIELDS: tuple[str, ...] = ("name", "description", "status", "created_at")

ENTITY_SYNONYMS: dict[str, str] = {
    "reviews": "review", "ratings": "review", "tickets": "ticket", "support ticket": "ticket", "books": "book",
    "products": "product", "items": "product", "orders": "order", "purchases": "order", "customers": "customer",
    "clients": "customer", "users": "user", "accounts": "user", "employees": "employee", "staff": "employee",
    "companies": "company", "businesses": "company", "events": "event", "movies": "movie", "films": "movie",
    "restaurants": "restaurant", "invoices": "invoice", "articles": "article", "blog posts": "article",
    "posts": "article", "comments": "comment", "tasks": "task", "todos": "task", "students": "student",
    "patients": "patient", "flights": "flight",
}  # fmt: skip

STATUSES: dict[str, tuple[str, ...]] = {
    "ticket": ("open", "in_progress", "waiting_on_customer", "resolved", "closed"),
    "order": ("pending", "paid", "shipped", "delivered", "cancelled", "refunded"),
    "invoice": ("draft", "sent", "paid", "overdue", "void"),
    "task": ("todo", "in_progress", "blocked", "done"),
    "flight": ("scheduled", "boarding", "departed", "delayed", "landed", "cancelled"),
    "default": ("active", "inactive", "pending", "archived"),
}  # fmt: skip

PRIORITIES: tuple[str, ...] = ("low", "medium", "high", "urgent")

GENRES: dict[str, tuple[str, ...]] = {
    "book": ("Fiction", "Mystery", "Science Fiction", "Fantasy", "Biography", "History", "Romance", "Thriller",
             "Self-Help", "Poetry"),
    "movie": ("Drama", "Comedy", "Action", "Thriller", "Documentary", "Animation", "Horror", "Science Fiction"),
}  # fmt: skip

PRODUCT_CATEGORIES: tuple[str, ...] = (
    "Electronics", "Home & Kitchen", "Books", "Clothing", "Sports & Outdoors", "Beauty", "Toys", "Garden",
    "Office Supplies", "Pet Supplies",
)  # fmt: skip

PRODUCT_ADJECTIVES: tuple[str, ...] = (
    "Wireless", "Ergonomic", "Compact", "Stainless Steel", "Portable", "Smart", "Organic", "Waterproof",
    "Bamboo", "Ultra-Light", "Rechargeable", "Premium",
)  # fmt: skip

PRODUCT_NOUNS: tuple[str, ...] = (
    "Headphones", "Desk Lamp", "Water Bottle", "Backpack", "Coffee Grinder", "Yoga Mat", "Blender",
    "Bluetooth Speaker", "Office Chair", "Cutting Board", "Running Shoes", "Fitness Tracker", "Notebook",
)  # fmt: skip

TITLE_WORDS: tuple[str, ...] = (
    "Silent", "Hidden", "Last", "Golden", "Broken", "Distant", "Secret", "Winter", "Midnight", "Lost", "Burning",
    "Quiet", "River", "Garden", "Empire", "Shadow", "Light", "Storm", "Harbor", "Promise", "Journey", "Echo",
)  # fmt: skip

SENTENCES: dict[str, tuple[str, ...]] = {
    "review": (
        "Exactly what I was looking for.", "Great quality for the price.", "Arrived quickly and well packaged.",
        "Works as described, no complaints so far.", "It stopped working after a few weeks.",
        "I would buy this again.", "Setup took less than five minutes.", "The size was smaller than expected.",
        "Customer service solved my issue the same day.", "Solid build and easy to use.",
    ),
    "ticket": (
        "I cannot log in to my account since this morning.", "The invoice total does not match my order.",
        "The mobile app crashes when I open the settings page.", "Please update the billing address on file.",
        "My password reset email never arrived.", "The export to CSV times out for large reports.",
        "I was charged twice for the same subscription.", "How do I add a new user to our workspace?",
    ),
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

VENUE_KINDS: tuple[str, ...] = ("Hall", "Arena", "Center", "Theater", "Pavilion")
