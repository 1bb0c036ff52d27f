"""Data tables of the llm engine: id prefixes by entity word, and the variety hints given to batches."""

from __future__ import annotations

# First match wins: the instruction (or schema title) is searched for these words, and the record ids
# get the prefix. The patterns are whole-word regular expressions matched case-insensitively.
ID_PREFIXES: tuple[tuple[str, str], ...] = (
    (r"vehicles?|cars?|trucks?|suvs?|motorcycles?", "veh_"),
    (r"propert(?:y|ies)|houses?|homes?|apartments?|condos?|real estate", "prop_"),
    (r"transactions?|payments?|purchases?|transfers?", "txn_"),
    (r"jobs?|job postings?|positions?|vacanc(?:y|ies)|openings?", "job_"),
    (r"invoices?", "inv_"),
    (r"orders?", "ord_"),
    (r"products?|items?|skus?", "prod_"),
    (r"reviews?|ratings?", "rev_"),
    (r"events?|meetups?|conferences?", "evt_"),
    (r"compan(?:y|ies)|businesses|business|organi[sz]ations?|vendors?|suppliers?", "org_"),
    (r"people|persons?|users?|customers?|employees?|contacts?|profiles?|patients?|students?", "per_"),
)
DEFAULT_ID_PREFIX = "rec_"

# Batches of one request get different hints so parallel calls do not return the same records.
LETTER_RANGES: tuple[str, ...] = ("A-C", "D-F", "G-I", "J-L", "M-O", "P-R", "S-U", "V-Z")
VARIETY_ANGLES: tuple[str, ...] = (
    "favour the lower end of typical values",
    "favour the middle of typical values",
    "favour the upper end of typical values",
    "favour less common but realistic variants",
    "favour urban settings where location applies",
    "favour rural or small-town settings where location applies",
    "favour recent dates where dates apply",
    "favour older dates where dates apply",
    "mix very different kinds of records",
    "favour the most popular real-world variants",
)
