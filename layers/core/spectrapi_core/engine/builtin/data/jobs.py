"""Job titles, skills, companies and email domains for job postings and professional profiles."""

from __future__ import annotations

from typing import Any

ROLE_FAMILIES: dict[str, dict[str, Any]] = {
    "software": {
        "titles": ("Software Engineer", "Senior Software Engineer", "Staff Software Engineer", "Backend Engineer",
                   "Frontend Engineer", "Full Stack Engineer", "Platform Engineer", "Site Reliability Engineer"),
        "skills": ("Python", "Go", "Java", "TypeScript", "Kubernetes", "AWS", "PostgreSQL", "Docker", "React",
                   "GraphQL", "Terraform", "Kafka", "Redis", "CI/CD", "System Design", "REST APIs"),
        "salary": (110000, 240000),
    },
    "data": {
        "titles": ("Data Scientist", "Data Engineer", "Machine Learning Engineer", "Data Analyst",
                   "Analytics Engineer"),
        "skills": ("Python", "SQL", "Spark", "Airflow", "dbt", "PyTorch", "TensorFlow", "Statistics", "Snowflake",
                   "Tableau", "pandas", "A/B Testing"),
        "salary": (95000, 220000),
    },
    "product": {
        "titles": ("Product Manager", "Senior Product Manager", "Product Designer", "UX Researcher",
                   "Technical Program Manager"),
        "skills": ("Roadmapping", "User Research", "Figma", "SQL", "Stakeholder Management", "Agile", "Jira",
                   "Prototyping", "Analytics"),
        "salary": (100000, 210000),
    },
    "sales": {
        "titles": ("Account Executive", "Sales Development Representative", "Customer Success Manager",
                   "Solutions Engineer", "Marketing Manager"),
        "skills": ("Salesforce", "Negotiation", "HubSpot", "Pipeline Management", "Public Speaking", "CRM",
                   "Content Strategy", "SEO"),
        "salary": (60000, 160000),
    },
    "operations": {
        "titles": ("Operations Manager", "Financial Analyst", "Accountant", "HR Business Partner", "Recruiter",
                   "Project Manager"),
        "skills": ("Excel", "Financial Modeling", "SAP", "Workday", "Budgeting", "Process Improvement",
                   "Communication", "Reporting"),
        "salary": (55000, 140000),
    },
}  # fmt: skip

ROLE_WORDS: dict[str, str] = {
    "software": "software", "developer": "software", "developers": "software", "programmer": "software",
    "programmers": "software", "engineer": "software", "engineers": "software", "devops": "software",
    "backend": "software", "frontend": "software", "data": "data", "scientist": "data", "scientists": "data",
    "analyst": "data", "analysts": "data", "machine learning": "data", "product": "product", "designer": "product",
    "designers": "product", "sales": "sales", "marketing": "sales", "accountant": "operations",
    "accountants": "operations", "finance": "operations", "hr": "operations", "recruiter": "operations",
}  # fmt: skip

PROGRAMMING_LANGUAGES: tuple[str, ...] = (
    "Python", "JavaScript", "TypeScript", "Java", "Go", "Rust", "C++", "C#", "Kotlin", "Swift", "Ruby", "Scala",
    "PHP", "SQL", "Elixir",
)  # fmt: skip

TECH_COMPANIES: tuple[tuple[str, str], ...] = (
    ("Google", "google.com"), ("Microsoft", "microsoft.com"), ("Amazon", "amazon.com"), ("Apple", "apple.com"),
    ("Meta", "meta.com"), ("Netflix", "netflix.com"), ("Salesforce", "salesforce.com"), ("Adobe", "adobe.com"),
    ("Stripe", "stripe.com"), ("Shopify", "shopify.com"), ("Atlassian", "atlassian.com"), ("Oracle", "oracle.com"),
    ("IBM", "ibm.com"), ("Uber", "uber.com"), ("Airbnb", "airbnb.com"), ("Spotify", "spotify.com"),
    ("NVIDIA", "nvidia.com"), ("Datadog", "datadoghq.com"),
)  # fmt: skip

COMPANY_WORDS: tuple[str, ...] = (
    "Acme", "Northwind", "Bluepeak", "Brightline", "Cobalt", "Evergreen", "Helix", "Ironclad", "Lumen", "Meridian",
    "Nimbus", "Orbit", "Pinnacle", "Quartz", "Redwood", "Summit", "Vertex", "Wavecrest",
)  # fmt: skip

COMPANY_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en-US": ("Inc.", "Labs", "Technologies", "Systems", "LLC", "Group"),
    "en-GB": ("Ltd", "plc", "Technologies", "Labs", "Group"),
    "fr-FR": ("SAS", "SA", "Technologies", "Groupe", "Solutions"),
    "de-DE": ("GmbH", "AG", "Technologies", "Gruppe", "Solutions"),
}

EMPLOYMENT_TYPES: tuple[tuple[str, float], ...] = (
    ("full-time", 0.78),
    ("contract", 0.1),
    ("part-time", 0.07),
    ("internship", 0.05),
)
WORKPLACE_TYPES: tuple[str, ...] = ("on-site", "hybrid", "remote")
EXPERIENCE_LEVELS: tuple[tuple[str, int, int], ...] = (
    ("entry", 0, 2),
    ("mid", 2, 5),
    ("senior", 5, 10),
    ("lead", 8, 20),
)
"""Level name with the range of years of experience postings at that level usually require."""

SENIORITY_SALARY_SHARE: dict[str, tuple[float, float]] = {
    "entry": (0.0, 0.3),
    "mid": (0.25, 0.55),
    "senior": (0.5, 0.8),
    "lead": (0.7, 1.0),
}
"""Share of a salary range (0 = low end, 1 = high end) that each seniority level draws from."""

SENIORITY_WORDS: dict[str, str] = {
    "junior": "entry", "associate": "entry", "intern": "entry", "entry": "entry", "senior": "senior",
    "staff": "lead", "principal": "lead", "lead": "lead", "head": "lead", "director": "lead", "vp": "lead",
}  # fmt: skip
"""Words of a job title that fix its seniority level."""
