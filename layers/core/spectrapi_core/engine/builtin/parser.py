"""Turn a plain-language instruction into a `Spec`: entity, requested fields and constraints.

The parser works on a lower-cased copy of the instruction. Each step that consumes words (time windows,
places, model names) blanks them out in a working copy of the same length, so the numeric-range step that
runs last does not read "2024-01-01", "Model 3" or "Austin, TX" as numbers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from ...errors import InvalidInstructionError
from . import vocabulary as vocab
from .data import generic as generic_data
from .data import jobs as job_data
from .data import places as places_data
from .data import properties as property_data
from .data import transactions as transaction_data
from .data import vehicles as vehicle_data
from .data.places import US_STATE_NAMES
from .locale_tables import city_index
from .spec import DOMAIN_PREFIXES, FieldRequest, NumberRange, Spec

VAGUE_MESSAGE = (
    "The instruction {value} is too vague to generate records from. Describe the records you want, "
    "e.g. 'Generate vehicle listings for Toyota cars'."
)

EMPTY_MESSAGE = (
    "The instruction is empty. Describe the records you want, e.g. 'Generate vehicle listings for Toyota cars'."
)

_TIME_DOMAINS = frozenset({"transaction", "job", "generic", "person"})
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november",
    "december",
)  # fmt: skip
_NUMBER_WORD_RE = "|".join(sorted(vocab.NUMBER_WORDS, key=len, reverse=True))
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}


def parse_instruction(instruction: str, now: datetime, locale: str = "en-US") -> Spec:
    """Parse an instruction into a spec.

    Args:
        instruction: Plain-language description, such as "Generate vehicle listings for Toyota cars".
        now: Aware UTC datetime that relative windows ("from the last 30 days") count back from.
        locale: Supported BCP 47 tag of the request.

    Returns:
        The spec of one record with its constraints.

    Raises:
        InvalidInstructionError: The instruction is empty or too vague to tell what records to build.

    Example:
        >>> spec = parse_instruction("Generate 5 Toyota cars from 2022 or newer", now)
        >>> spec.domain, spec.makes, spec.ranges["year"].low
        ('vehicle', ['Toyota'], 2022.0)
    """
    text = " ".join(instruction.split())
    if not text:
        raise InvalidInstructionError(EMPTY_MESSAGE)
    if not re.search(r"[a-zA-Z]{2,}", text):
        raise InvalidInstructionError(VAGUE_MESSAGE.format(value=repr(instruction.strip()[:60])))

    lowered = text.lower()
    work = _blank_count(lowered)
    work = re.sub(r"\biso[- ]?8601\b", lambda m: " " * len(m.group()), work)

    domain = _detect_domain(lowered)
    spec = Spec(instruction=text, domain=domain, entity=vocab.DOMAIN_ENTITY.get(domain, ""), id_prefix="rec_")

    _parse_fields(spec, lowered)
    if domain == "generic":
        _resolve_generic_entity(spec, lowered, instruction)
    else:
        spec.id_prefix = DOMAIN_PREFIXES[domain]

    work = _parse_time_window(spec, work, now)
    work = _parse_exclusions(spec, text, work)
    work = _parse_places(spec, text, work, locale)
    work = _parse_filters(spec, work)
    _parse_ranges(spec, work, now)
    return spec


def _blank(work: str, start: int, end: int) -> str:
    return work[:start] + " " * (end - start) + work[end:]


def _blank_count(lowered: str) -> str:
    """Blank out the record count ("Generate 5 ..."), because the request's `count` field decides it."""
    match = re.match(
        vocab.REQUEST_VERBS + rf"\s+(?:me\s+)?(?:a list of\s+|a set of\s+|list of\s+)?(\d+|{_NUMBER_WORD_RE})\b",
        lowered,
    )
    if match is None:
        match = re.match(r"^(\d+)\b", lowered)
    if match is None:
        return lowered
    following = lowered[match.end() :].lstrip(" -")
    number = match.group(match.lastindex or 0)
    if number.isdigit() and 1900 <= int(number) <= 2100:
        return lowered  # "Generate 2019 Honda Civic listings": a year, since a request returns at most 100 records.
    if any(re.match(pattern, following) for name, pattern in _UNIT_PATTERNS if name != "skip"):
        return lowered  # "Generate 3 bedroom houses": the number is a constraint, not the count.
    return _blank(lowered, match.start(match.lastindex or 0), match.end(match.lastindex or 0))


def _detect_domain(lowered: str) -> str:
    for domain, pattern in vocab.DOMAIN_KEYWORDS:
        if domain == "person" and re.search(r"\bemployees?\b|\bstaff\b", lowered):
            continue
        if re.search(pattern, lowered):
            return domain
    if _make_pattern().search(lowered) or _uncatalogued_make_pattern().search(lowered):
        return "vehicle"
    return "generic"


# --- entity of the generic path ---------------------------------------------------------------------------


def _singular(word: str) -> str:
    if word in vocab.IRREGULAR_SINGULARS:
        return vocab.IRREGULAR_SINGULARS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _resolve_generic_entity(spec: Spec, lowered: str, original: str) -> None:
    """Find the entity noun of an instruction outside the five domains, or reject the instruction as vague."""
    phrase = None
    match = re.match(
        vocab.REQUEST_VERBS
        + rf"\s+(?:me\s+)?(?:(?:a list of|a set of|list of|a|an|some|several|a few|{_NUMBER_WORD_RE}|\d+)\s+)?"
        r"(?:sample|fake|mock|random|realistic|example|test|dummy)?\s*"
        r"(?P<phrase>[a-z][a-z' -]*?)(?=\s+(?:with|including|include|containing|that|which|for|from|in|of|"
        r"having|where|whose|about|on|by|and|due|created|published|posted|dated|scheduled|priced|rated|"
        r"located|based|between|under|over|this|last|past|since|before|after)\b|[,.;:(]|$)",
        lowered,
    )
    if match:
        phrase = match.group("phrase").strip(" -")

    known = _known_entity(phrase or "") or _known_entity(lowered)
    words = [word for word in (phrase or "").split() if word not in vocab.VAGUE_WORDS][-3:]
    if words and len(re.sub(r"[^a-z]", "", words[-1])) < 3:
        words = []
    if known is not None:
        entity = known if phrase is None or not words else " ".join([*words[:-1], _singular(words[-1])])
        noun = known
    elif words:
        entity = " ".join([*words[:-1], _singular(words[-1])])
        noun = _singular(words[-1])
    elif len(spec.fields) >= 2:
        entity, noun = "record", ""
    else:
        raise InvalidInstructionError(VAGUE_MESSAGE.format(value=repr(original.strip()[:60])))

    spec.entity = entity
    head = _singular(words[-1]) if words else noun
    # The id names the entity of the phrase ("shopping carts" are carts even when "items" appears later).
    letters = re.sub(r"[^a-z]", "", noun if not words or _known_entity(phrase or "") else head)
    prefix = generic_data.ID_PREFIXES.get(head) or generic_data.ID_PREFIXES.get(noun)
    spec.id_prefix = prefix or (f"{letters[:3]}_" if len(letters) >= 3 else "rec_")


def _known_entity(text: str) -> str | None:
    for phrase, entity in sorted(generic_data.ENTITY_SYNONYMS.items(), key=lambda item: -len(item[0])):
        if re.search(rf"\b{re.escape(phrase)}\b", text):
            return entity
    for entity in generic_data.ENTITY_DEFAULT_FIELDS:
        if re.search(rf"\b{entity}s?\b", text):
            return entity
    return None


# --- explicit field lists ---------------------------------------------------------------------------------

_CLAUSE_END = r"(?=\.\s|\.$|;|$|\b(?:make sure|ensure|so that|where each)\b)"
_NESTED_RE = re.compile(
    r"\b(?:include|includes|including|with|plus|and)\s+(?:a |an |the |their )?(?P<noun>[a-z]+(?: [a-z]+)?)\s+"
    + vocab.SUBOBJECT_WORDS
    + r"(?:\s+(?:with|including|containing|having|:)\s+(?P<items>.+?))?"
    + _CLAUSE_END
)
_CLAUSE_RE = re.compile(
    r"\b(?:with|including|include|includes|containing|contains|having|that have|which have|showing|"
    r"fields?:?|columns?:?)\s+(?P<items>.+?)" + _CLAUSE_END
)


def _parse_fields(spec: Spec, lowered: str) -> None:
    """Read nested objects and explicit field lists into `spec.fields`."""
    field_text = lowered
    for match in _NESTED_RE.finditer(lowered):
        noun = match.group("noun").split()[-1]
        if noun in {"more", "some", "all", "other", "personal"}:
            continue
        subfields = tuple(_field_items(match.group("items") or "", spec.domain))
        spec.fields.append(FieldRequest(name=_snake(noun), phrase=match.group(0), hint="object", subfields=subfields))
        field_text = _blank(field_text, match.start(), match.end())

    seen = {item.name for item in spec.fields}
    for match in _CLAUSE_RE.finditer(field_text):
        for item in _field_items(match.group("items"), spec.domain, with_hints=True):
            name, hint, phrase = item
            if name not in seen:
                seen.add(name)
                spec.fields.append(FieldRequest(name=name, phrase=phrase, hint=hint))

    plain = [item for item in spec.fields if item.hint != "object"]
    spec.fields_exclusive = len(plain) >= 3


def _field_items(clause: str, domain: str, *, with_hints: bool = False) -> list:
    items = []
    clause = _distribute(clause)
    for raw in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s*;\s*|\s*&\s*", clause):
        parsed = _field_item(raw.strip(" ."), domain)
        if parsed is None:
            continue
        items.append(parsed if with_hints else parsed[0])
    return items


_MODIFIER_RE = "|".join(sorted(vocab.FIELD_MODIFIERS, key=len, reverse=True))
_DISTRIBUTED_RE = re.compile(
    rf"\b(?P<first>{_MODIFIER_RE})(?:\s*/\s*|\s+(?:and|or|&)\s+)(?P<second>{_MODIFIER_RE})\s+(?P<head>[a-z]+)\b"
    r"(?:\s+(?:and|&)\s+(?P<more>[a-z]+s)\b(?!\s+[a-z]+\s*(?:,|$)))?"
)
_TRAILING_CONSTRAINT = re.compile(
    r"^(?P<field>[a-z][a-z' -]*?)\s+(?:(?:is|are|of|rated|priced|valued|aged|costing|with)\s+)?"
    r"(?:under|below|over|above|less than|more than|at least|at most|no more than|no less than|greater than|"
    r"fewer than|between|from|up to|within|exceeding|of|>=?|<=?|=|≥|≤)?\s*[$£€]?\d"
)


def _distribute(clause: str) -> str:
    """Spread a shared noun over paired modifiers: "check-in and check-out dates" becomes two date fields.

    A plural that follows the pair spreads too, so "departure and arrival airports and times" names four fields.
    """

    def spread(match: re.Match[str]) -> str:
        preceding = match.string[: match.start()]
        if preceding.count("(") > preceding.count(")"):
            return match.group()  # "(as min/max integers)" describes the shape of one field
        first, second = match.group("first"), match.group("second")
        heads = [_singular(match.group("head"))]
        if match.group("more") and _singular(match.group("more")) != match.group("more"):
            heads.append(_singular(match.group("more")))
        return ", ".join(f"{modifier} {head}" for head in heads for modifier in (first, second))

    return _DISTRIBUTED_RE.sub(spread, clause)


def _field_item(raw: str, domain: str) -> tuple[str, str | None, str] | None:
    raw = re.sub(r"^(?:with|including|include|includes|containing|having)\s+", "", raw)
    detail = " ".join(re.findall(r"\(([^)]*)\)", raw)) + " " + raw
    raw = re.sub(r"\biso[- ]?8601\b", "iso", raw)
    constrained = _TRAILING_CONSTRAINT.match(raw)
    if constrained is not None:
        # "price under $30": the words before the number name the field, and the range step bounds it.
        raw = constrained.group("field").strip()
    if not raw or re.search(r"[\d$£€%+]", raw):
        return None

    hint = None
    if re.search(r"min\s*/\s*max|min and max|minimum and maximum|range", detail) and "range" in raw:
        hint = "min_max"
    elif re.search(r"\b(?:arrays?|lists?) of\b", detail):
        hint = "array"
    elif re.search(r"\biso\b|\biso[- ]?8601\b", detail):
        hint = "iso8601"
    elif re.search(r"\bintegers?\b|\bint\b", detail):
        hint = "integer"

    phrase = re.sub(r"\([^)]*\)", " ", raw)
    phrase = re.sub(r"\bas (?:an? )?(?:min/max|integers?|numbers?|strings?|arrays?|lists?|iso).*$", " ", phrase)
    phrase = re.sub(r"\biso(?:[- ]?8601)?\b|\bformatted\b|\bformat\b", " ", phrase)
    phrase = re.sub(vocab.FIELD_FILLER, " ", phrase)
    phrase = " ".join(phrase.split())
    if not phrase or len(phrase.split()) > 5 or _is_constraint_phrase(phrase, domain):
        return None

    name = vocab.FIELD_ALIASES.get(phrase)
    if name is None:
        trimmed = re.sub(r"\s+(?:they|he|she)\s+(?:know|knows|use|uses|have|has|speak|speaks)$", "", phrase)
        name = vocab.FIELD_ALIASES.get(trimmed) or _snake(trimmed)
    if name == "salary_range" or hint == "min_max":
        hint = "min_max"
    return name, hint, raw


def _snake(phrase: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", phrase.lower()).strip("_")


def _is_constraint_phrase(phrase: str, domain: str) -> bool:
    """Tell constraint words that follow "with"/"including" ("BMW", "gas stations") from field names."""
    if re.match(r"^(?:only|from|in|between|priced|over|under|at least|more than|less than|no|not)\b", phrase):
        return True
    if phrase == "items" and domain == "generic":
        return False  # "orders with items and total": the line items of each record
    if phrase in vocab.VAGUE_WORDS or phrase in {"models", "model", "cars", "vehicles", "common"}:
        return True
    if _make_pattern().search(phrase):
        return True
    if domain == "generic":
        # Outside the five domains, words such as "restaurant" or "gas" name fields, not filters.
        return False
    term_tables = (
        vehicle_data.FUEL_WORDS,
        vehicle_data.BODY_WORDS,
        transaction_data.CATEGORY_WORDS,
        property_data.PROPERTY_TYPE_WORDS,
    )
    words = phrase.split()
    for table in term_tables:
        if phrase in table or any(word in table for word in words if word not in {"data", "online"}):
            return True
    return domain == "transaction" and re.search(r"\bstores?\b|\bshops?\b|\bmerchants like\b", phrase) is not None


# --- time windows -----------------------------------------------------------------------------------------


def _parse_time_window(spec: Spec, work: str, now: datetime) -> str:
    windows: list[tuple[datetime, datetime]] = []

    relative = re.compile(
        rf"\b(?:in |from |over |within |during |for )?(?:the )?(?:last|past|previous|recent)\s+"
        rf"(?P<n>\d+|{_NUMBER_WORD_RE})?\s*(?P<unit>hour|day|week|month|quarter|year)s?\b"
    )
    for match in relative.finditer(work):
        amount_text = match.group("n") or "1"
        amount = int(amount_text) if amount_text.isdigit() else vocab.NUMBER_WORDS[amount_text]
        windows.append((now - timedelta(days=amount * _UNIT_DAYS[match.group("unit")]), now))
        work = _blank(work, match.start(), match.end())

    for match in re.finditer(r"\bthis (week|month|year)\b", work):
        start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        if match.group(1) == "week":
            start -= timedelta(days=now.weekday())
        elif match.group(1) == "month":
            start = start.replace(day=1)
        else:
            start = start.replace(month=1, day=1)
        windows.append((start, now))
        work = _blank(work, match.start(), match.end())

    for match in re.finditer(r"\b(today|yesterday)\b", work):
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        windows.append((midnight, now) if match.group(1) == "today" else (midnight - timedelta(days=1), midnight))
        work = _blank(work, match.start(), match.end())

    month_re = rf"\b(?:(?:in|during|for|from|of)\s+)?({'|'.join(_MONTHS)})(?:\s+of)?,?\s+(\d{{4}})\b"
    for match in re.finditer(month_re, work):
        month = _MONTHS.index(match.group(1)) + 1
        year = int(match.group(2))
        start = datetime(year, month, 1, tzinfo=UTC)
        end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=UTC) - timedelta(seconds=1)
        windows.append((start, end))
        work = _blank(work, match.start(), match.end())

    work = _parse_iso_dates(work, windows, now)

    if windows:
        start = max(window[0] for window in windows)
        end = min(window[1] for window in windows)
        spec.window = (min(start, end), max(start, end))
    return work


_ISO_DATE = r"(\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2})?z?)?)"


def _iso(text: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(text.upper().replace("Z", "+00:00").replace(" ", "T"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _parse_iso_dates(work: str, windows: list[tuple[datetime, datetime]], now: datetime) -> str:
    pair = re.compile(rf"\b(?:between|from)\s+{_ISO_DATE}\s+(?:and|to|until|through|-)\s+{_ISO_DATE}")
    for match in pair.finditer(work):
        first, second = _iso(match.group(1)), _iso(match.group(2))
        if first and second:
            windows.append((min(first, second), max(first, second) + timedelta(days=1) - timedelta(seconds=1)))
        work = _blank(work, match.start(), match.end())

    single = re.compile(rf"\b(since|after|from|starting|before|until|through|prior to|up to|on)?\s*{_ISO_DATE}")
    for match in single.finditer(work):
        moment = _iso(match.group(2))
        if moment is None:
            continue
        word = match.group(1) or "on"
        if word in {"since", "after", "from", "starting"}:
            windows.append((moment, now if moment < now else moment + timedelta(days=30)))
        elif word == "on":
            windows.append((moment, moment + timedelta(days=1) - timedelta(seconds=1)))
        else:
            windows.append((moment - timedelta(days=365), moment))
        work = _blank(work, match.start(), match.end())
    return work


# --- exclusions ------------------------------------------------------------------------------------------

_NEGATION_RE = re.compile(
    r"\b(?:no|not|except(?:\s+for)?|excluding|exclude|other than|without|but not|apart from|minus)\s+"
    r"(?P<scope>[^,.;:()]+?)(?=\s+(?:with|from|priced|under|over|between|built|listed|posted|paying|that|which|"
    r"where|for|and (?:with|from|in|priced|paying))\b|[,.;:()]|$)"
    r"|\bnon[- ]?(?P<word>[a-z]+(?:-[a-z]+)*)"
)
_EMPLOYMENT_RE = r"\b(full[- ]time|part[- ]time|contract|freelance|internships?)\b"
_WORKPLACE_RE = r"\b(remote|hybrid|on[- ]site|in[- ]office)\b"


def _employment_type(word: str) -> str:
    kind = word.replace(" ", "-").rstrip("s")
    return "contract" if kind == "freelance" else kind


def _workplace_type(word: str) -> str:
    return "on-site" if word.startswith(("on", "in")) else word


def _parse_exclusions(spec: Spec, text: str, work: str) -> str:
    """Read negated values ("no Toyota", "excluding BMW and Audi", "non-electric") into `spec.exclusions`.

    The matched values are blanked so that the include steps that run later do not read them as filters.
    """
    for negation in _NEGATION_RE.finditer(work):
        group = "scope" if negation.group("scope") is not None else "word"
        start, end = negation.start(group), negation.end(group)
        scope = work[start:end]
        found: dict[str, list] = {}

        if spec.domain == "vehicle":
            scope = _take_matches(
                scope, _make_pattern(), lambda m: _make_name(m.group()), found.setdefault("makes", [])
            )
            scope = _take_terms(scope, vehicle_data.FUEL_WORDS, found.setdefault("fuel_types", []))
            scope = _take_terms(scope, vehicle_data.BODY_WORDS, found.setdefault("body_types", []))
        elif spec.domain == "property":
            scope = _take_terms(scope, property_data.PROPERTY_TYPE_WORDS, found.setdefault("property_types", []))
        elif spec.domain == "transaction":
            scope = _take_terms(scope, transaction_data.CATEGORY_WORDS, found.setdefault("merchant_categories", []))
        elif spec.domain in {"job", "person"}:
            employment = found.setdefault("employment_types", [])
            scope = _take_matches(scope, _EMPLOYMENT_RE, lambda m: _employment_type(m.group(1)), employment)
            workplace = found.setdefault("workplace_types", [])
            scope = _take_matches(scope, _WORKPLACE_RE, lambda m: _workplace_type(m.group(1)), workplace)
            scope = _take_terms(scope, job_data.ROLE_WORDS, found.setdefault("role_families", []))
        if group == "scope":
            scope = _take_places(scope, text[start:end], found)
        if not any(found.values()):
            continue
        for key, values in found.items():
            if values:
                merged = spec.exclusions.setdefault(key, [])
                merged.extend(value for value in values if value not in merged)
        work = work[:start] + scope + work[end:]
    return work


def _take_matches(scope: str, pattern: str | re.Pattern[str], value_of: Callable, found: list) -> str:
    for match in re.finditer(pattern, scope):
        found.append(value_of(match))
        scope = _blank(scope, match.start(), match.end())
    return scope


def _take_terms(scope: str, table: dict[str, str], found: list) -> str:
    for word in sorted(table, key=len, reverse=True):
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", scope):
            found.append(table[word])
            scope = _blank(scope, match.start(), match.end())
    return scope


def _take_places(scope: str, original: str, found: dict[str, list]) -> str:
    for name, (_, key) in sorted(_region_names().items(), key=lambda item: -len(item[0])):
        for match in re.finditer(rf"\b{re.escape(name)}\b", scope):
            found.setdefault("regions", []).append(key)
            scope = _blank(scope, match.start(), match.end())
    for match in _city_name_pattern().finditer(scope):
        for _, city in city_index()[match.group()][:1]:
            found.setdefault("cities", []).append((city.name, city.region))
        scope = _blank(scope, match.start(), match.end())
    for match in re.finditer(r"\b[A-Z]{2}\b", original):
        if match.group() in US_STATE_NAMES and scope[match.start() : match.end()].strip():
            found.setdefault("regions", []).append(match.group())
            scope = _blank(scope, match.start(), match.end())
    return scope


@functools.cache
def _city_name_pattern() -> re.Pattern[str]:
    names = sorted(city_index(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")


# --- geography --------------------------------------------------------------------------------------------


@functools.cache
def _city_pattern() -> re.Pattern[str]:
    names = sorted(city_index(), key=len, reverse=True)
    alternation = "|".join(re.escape(name) for name in names)
    return re.compile(
        rf"\b(?:in|near|around|from|across|throughout|based in|located in)\s+(?:the\s+)?"
        rf"(?P<chain>(?:{alternation})(?:\s*(?:,|or|and|/)\s*(?:{alternation}))*)\b"
    )


@functools.cache
def _region_names() -> dict[str, tuple[str, str]]:
    """Map lower-case region names (US states, counties, French regions, German states) to (locale, key)."""
    regions: dict[str, tuple[str, str]] = {name.lower(): ("en-US", abbr) for abbr, name in US_STATE_NAMES.items()}
    for entries in city_index().values():
        for locale, city in entries:
            if locale != "en-US":
                regions.setdefault(city.region.lower(), (locale, city.region))
    return regions


def _parse_places(spec: Spec, text: str, work: str, locale: str) -> str:
    regions: list[tuple[str, str]] = []
    cities: list[tuple[str, tuple[str, str]]] = []

    for match in re.finditer(r"\b([A-Z][A-Za-z.' -]{1,40}?),\s*([A-Z]{2})\b", text):
        state = match.group(2)
        if state not in US_STATE_NAMES or not work[match.start(2) : match.end(2)].strip():
            continue
        words = match.group(1).split()
        for size in range(min(3, len(words)), 0, -1):
            candidate = " ".join(words[-size:]).lower()
            if any(loc == "en-US" and city.region == state for loc, city in city_index().get(candidate, [])):
                name = next(c.name for loc, c in city_index()[candidate] if loc == "en-US" and c.region == state)
                cities.append(("en-US", (name, state)))
                start = match.end(1) - len(candidate)
                work = _blank(work, start, match.end())
                break
        else:
            regions.append(("en-US", state))
            work = _blank(work, match.start(2), match.end(2))

    for match in _city_pattern().finditer(work):
        for name in re.split(r"\s*(?:,|\bor\b|\band\b|/)\s*", match.group("chain")):
            entries = city_index().get(name.strip(), [])
            if not entries:
                continue
            preferred = [entry for entry in entries if entry[0] == locale] or entries
            city_locale, city = preferred[0]
            new_york_state = re.match(r"\s*state\b", work[match.end("chain") :]) is not None
            if name.strip() in _region_names() and city_locale == "en-US" and city.region == "NY" and new_york_state:
                regions.append(("en-US", "NY"))
                continue
            cities.append((city_locale, (city.name, city.region)))
        work = _blank(work, match.start("chain"), match.end("chain"))

    for name, (region_locale, key) in _regions_longest_first():
        if name not in work:  # a cheap test before the regular expression, which needs the name as a substring
            continue
        for match in re.finditer(rf"\b{re.escape(name)}\b", work):
            regions.append((region_locale, key))
            work = _blank(work, match.start(), match.end())

    abbreviations = re.compile(r"\b(?:in|from|across|near)\s+([A-Z]{2}(?:\s*(?:,|or|and|/)\s*[A-Z]{2})*)\b")
    for match in abbreviations.finditer(text):
        for code in re.findall(r"[A-Z]{2}", match.group(1)):
            if code in US_STATE_NAMES and work[match.start(1) : match.end(1)].strip():
                regions.append(("en-US", code))
        work = _blank(work, match.start(1), match.end(1))

    for name, country_locale in vocab.COUNTRY_LOCALES.items():
        if name in work and re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", work):
            regions.append((country_locale, ""))

    place_locales = {entry[0] for entry in regions} | {entry[0] for entry in cities}
    if len(place_locales) > 1 and locale in place_locales:
        place_locales = {locale}
    if not place_locales:
        return work

    place_locale = locale if locale in place_locales else sorted(place_locales)[0]
    spec.place_locale = None if place_locale == locale else place_locale
    if spec.place_locale is not None:
        # Amounts follow the place ("homes in the UK" cost pounds); a currency symbol read later wins.
        spec.currency = places_data.CURRENCY_BY_LOCALE[spec.place_locale]
    spec.cities = list(dict.fromkeys(city for loc, city in cities if loc == place_locale))
    region_keys = [key for loc, key in regions if loc == place_locale and key]
    region_keys += [city[1] for city in spec.cities]
    spec.regions = list(dict.fromkeys(region_keys))
    return work


@functools.cache
def _regions_longest_first() -> tuple[tuple[str, tuple[str, str]], ...]:
    return tuple(sorted(_region_names().items(), key=lambda item: -len(item[0])))


# --- categorical filters ----------------------------------------------------------------------------------


@functools.cache
def _make_pattern() -> re.Pattern[str]:
    names = [make.lower() for make in vehicle_data.MAKES] + list(vehicle_data.MAKE_ALIASES)
    alternation = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b")


@functools.cache
def _uncatalogued_make_pattern() -> re.Pattern[str]:
    alternation = "|".join(re.escape(make.lower()) for make in vehicle_data.UNCATALOGUED_MAKES)
    return re.compile(rf"\b(?:{alternation})\b")


@functools.cache
def _model_patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    patterns = []
    for make, details in vehicle_data.MAKES.items():
        for model in details["models"]:
            escaped = re.escape(model.lower())
            patterns.append((make, model, re.compile(rf"(?<![\w-]){escaped}(?![\w-])")))
    return tuple(sorted(patterns, key=lambda item: -len(item[1])))


def _find_terms(work: str, table: dict[str, str]) -> tuple[list[str], str]:
    found: list[str] = []
    for word in sorted(table, key=len, reverse=True):
        if word not in work:  # a cheap test before the regular expression, which needs the word as a substring
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", work):
            before = work[max(0, match.start() - 5) : match.start()]
            if re.search(r"(?:non|not)[- ]?\s*$", before):
                continue
            found.append(table[word])
            work = _blank(work, match.start(), match.end())
    return list(dict.fromkeys(found)), work


def _parse_filters(spec: Spec, work: str) -> str:
    spec.luxury = re.search(vocab.LUXURY_WORDS, work) is not None
    spec.budget = re.search(vocab.BUDGET_WORDS, work) is not None

    if spec.domain == "vehicle":
        for make, model, pattern in _model_patterns():
            for match in pattern.finditer(work):
                if model.lower() in {"air", "es", "rx", "lx", "rz", "911"} and not re.search(
                    re.escape(make.lower()), work
                ):
                    continue
                spec.models.append(model)
                spec.makes.append(make)
                work = _blank(work, match.start(), match.end())
        for match in _make_pattern().finditer(work):
            spec.makes.append(_make_name(match.group()))
        unknown = _uncatalogued_make_pattern().search(work)
        if unknown is not None:
            make = next(name for name in vehicle_data.UNCATALOGUED_MAKES if name.lower() == unknown.group())
            raise InvalidInstructionError(
                f"The vehicle catalog has no {make} models. Ask for another make, such as "
                + ", ".join(list(vehicle_data.MAKES)[:6])
                + "."
            )
        spec.makes = list(dict.fromkeys(spec.makes))
        spec.models = list(dict.fromkeys(spec.models))
        for basic, color_pattern in _COLOR_PATTERNS:
            if re.search(color_pattern, work):
                spec.colors.append(basic)
        spec.fuel_types, work = _find_terms(work, vehicle_data.FUEL_WORDS)
        spec.body_types, work = _find_terms(work, vehicle_data.BODY_WORDS)
        if (
            re.search(r"\bsports? cars?\b|\bsupercars?\b", spec.instruction.lower())
            and "Convertible" not in spec.body_types
        ):
            spec.body_types.append("Convertible")
        if re.search(r"\bcertified\b|\bcpo\b", work):
            spec.condition = "Certified Pre-Owned"
        elif re.search(r"\bused\b|\bpre-owned\b|\bsecond[- ]hand\b", work):
            spec.condition = "Used"
        elif re.search(r"\b(?:brand[- ])?new\b(?!\s+(?:york|jersey|mexico|hampshire|orleans))", work):
            spec.condition = "New"

    elif spec.domain == "property":
        rent_words = (
            r"\bfor rent\b|\brentals?\b|\bto (?:rent|let)\b|\bper month\b|/\s?mo(?:nth)?\b|\bmonthly\b|\bleases?\b"
        )
        if re.search(rent_words, work):
            spec.listing = "rent"
        commercial = re.search(r"\b(commercial|office|retail|industrial|warehouse)\b", work)
        if commercial is not None:
            raise InvalidInstructionError(
                f"The builtin engine generates residential listings only, not {commercial.group(1)} property. "
                "Ask for houses, condos, townhouses or apartments."
            )
        types = {word: kind for word, kind in property_data.PROPERTY_TYPE_WORDS.items() if "home" not in word}
        if "residential" not in work or re.search(r"\bhouses?\b|\bcondos?\b|\btownho", work):
            spec.property_types, work = _find_terms(work, types)

    elif spec.domain == "transaction":
        spec.merchant_categories, work = _find_terms(work, transaction_data.CATEGORY_WORDS)

    elif spec.domain in {"job", "person"}:
        titles = _title_matches(work)
        families, _ = _find_terms(work, job_data.ROLE_WORDS)
        if titles:
            spec.role_family = next(family for family, _ in titles)
            spec.role_titles = [title for family, title in titles if family == spec.role_family]
        else:
            spec.role_family = families[0] if families else None
        workplaces = re.findall(r"\b(remote|hybrid|on[- ]site|in[- ]office)\b", work)
        spec.workplace_types = list(
            dict.fromkeys("on-site" if kind.startswith(("on", "in")) else kind for kind in workplaces)
        )
        kinds = re.findall(r"\b(full[- ]time|part[- ]time|contract|freelance|internships?)\b", work)
        spec.employment_types = list(dict.fromkeys(kind.replace(" ", "-").rstrip("s") for kind in kinds))
        spec.employment_types = ["contract" if kind == "freelance" else kind for kind in spec.employment_types]

    currency = re.search(
        r"\b(?:in|priced in|amounts? in)\s+(usd|us dollars|dollars|eur|euros?|gbp|pounds|sterling)\b", work
    )
    if currency is not None:
        word = currency.group(1)
        if word.startswith("eur"):
            spec.currency = "EUR"
        elif word in {"gbp", "pounds", "sterling"}:
            spec.currency = "GBP"
        else:
            spec.currency = "USD"
        work = _blank(work, currency.start(), currency.end())

    spec.tech_email_domains = (
        re.search(r"\btech(?:nology)?[- ]compan(?:y|ies)\b|\bbig tech\b|\bfaang\b|\btech domains?\b", work) is not None
    )
    return work


_COLOR_PATTERNS = tuple(
    (
        basic,
        rf"\b{basic}(?:\s+(?:or|and|/)\s+\w+)*\s+(?:cars?|vehicles?|suvs?|trucks?|sedans?|colou?rs?|paint|"
        rf"exteriors?|ones|coupes?|hatchbacks?|convertibles?)\b|\b(?:colou?r|paint)s?\b[\w\s,/]{{0,30}}\b{basic}\b"
        rf"|\b\w+\s+(?:or|and)\s+{basic}\s+(?:cars?|vehicles?|colou?rs?)\b",
    )
    for basic in ("red", "blue", "black", "white", "silver", "gray", "grey", "green", "yellow", "orange")
)


def _title_matches(work: str) -> list[tuple[str, str]]:
    """Return the (family, title) pairs of job titles that contain a role phrase of the instruction.

    "data engineers" gives [("data", "Data Engineer")]; "software engineers" also gives the senior and staff
    titles. The longest phrase that matches any title wins.
    """
    titles = [(family, title) for family, details in job_data.ROLE_FAMILIES.items() for title in details["titles"]]
    for size in (3, 2):
        found = []
        for words in re.findall(rf"\b(?=((?:[a-z]+\s+){{{size - 1}}}[a-z]+?)s?\b)", work):
            phrase = words.strip()
            found += [(family, title) for family, title in titles if re.search(rf"\b{phrase}\b", title.lower())]
        if found:
            return list(dict.fromkeys(found))
    return []


def _make_name(word: str) -> str:
    """Return the catalog spelling of a make word or alias ("chevy" gives "Chevrolet")."""
    alias = vehicle_data.MAKE_ALIASES.get(word)
    return alias or next(make for make in vehicle_data.MAKES if make.lower() == word)


# --- numeric ranges ---------------------------------------------------------------------------------------

_NUM = r"([$£€]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(k|m|million|thousand)?(?![\w])"
_LOW_WORDS = (
    r"at least|minimum|min\.?|no less than|over|more than|above|greater than|newer than|after|starting at|"
    r"starting from|from|since|exceeding|upwards of"
)
_HIGH_WORDS = (
    r"under|below|less than|up to|at most|maximum|max\.?|no more than|cheaper than|before|older than|"
    r"not exceeding|within"
)
_RANGE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("both", re.compile(rf"\bbetween\s+{_NUM}\s*(?:and|to|-|–)\s*{_NUM}")),
    ("both", re.compile(rf"\bfrom\s+{_NUM}\s*(?:to|-|–|through|until)\s*{_NUM}")),
    ("both", re.compile(rf"(?<![\w.]){_NUM}\s*(?:-|–|to)\s*{_NUM}")),
    ("low", re.compile(rf"(?<![\w.]){_NUM}\s*\+")),
    (
        "low",
        re.compile(
            rf"(?<![\w.]){_NUM}\s+(?:[a-z-]+\s+){{0,2}}(?:or|and)\s+"
            r"(?:more|higher|above|greater|newer|later|over|up|after)\b"
        ),
    ),
    (
        "high",
        re.compile(
            rf"(?<![\w.]){_NUM}\s+(?:[a-z-]+\s+){{0,2}}or\s+(?:less|fewer|lower|below|under|older|earlier|before)\b"
        ),
    ),
    ("low", re.compile(rf"\b(?:{_LOW_WORDS})\s+{_NUM}")),
    ("high", re.compile(rf"\b(?:{_HIGH_WORDS})\s+{_NUM}")),
    ("exact", re.compile(rf"(?<![\w.]){_NUM}")),
)
_UNIT_PATTERNS: tuple[tuple[str, str], ...] = (
    ("bedrooms", r"^(?:bed(?:room)?s?|br|bd)\b"),
    ("bathrooms", r"^(?:bath(?:room)?s?|ba)\b"),
    ("square_feet", r"^(?:sq\.?\s?f(?:ee)?t|sqft|square\s+f(?:ee|oo)t|sf)\b"),
    ("square_meters", r"^(?:m²|m2|sqm|square\s+met(?:er|re)s?)\b"),
    ("mileage", r"^(?:miles?|mi)\b"),
    ("mileage_km", r"^(?:km|kilomet(?:er|re)s?)\b"),
    (
        "experience",
        r"^(?:years?|yrs?)\s*(?:of\s+)?(?:professional\s+|industry\s+|work\s+)?(?:experience|exp)\b",
    ),
    ("age", r"^(?:years?|yrs?)\s+old\b"),
    ("rating", r"^(?:stars?|-star)\b"),
    ("pages", r"^pages?\b"),
    ("employee_count", r"^employees\b"),
    ("minutes", r"^(?:minutes?|mins?)\b"),
    ("quantity", r"^(?:items?|units?|pieces?)\b"),
    ("skip", r"^(?:days?|weeks?|months?|hours?|digits?|percent|%|characters?|words?)"),
)
_MONEY_BEFORE = re.compile(
    r"(?:price|priced|prices|cost|costs|costing|budget|salary|salaries|pay|paying|paid|amount|amounts|spend|"
    r"spending|worth|value|valued|rent|msrp|compensation)\b[\w\s]{0,12}$"
)


_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}


_CURRENCY_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR"}
_CURRENCY_WORDS = re.compile(r"^(?:(usd|dollars|bucks)|(eur|euros?)|(gbp|pounds))\b")


def _number(groups: tuple[str | None, ...]) -> tuple[float, str | None, str | None]:
    """Read one `_NUM` match as (value, currency symbol or None, scale suffix or None)."""
    symbol, digits, decimals, suffix = groups
    value = float((digits or "0").replace(",", "") + (decimals or ""))
    scale = _SCALES.get(suffix or "", 1)
    return value * scale, symbol.strip() if symbol else None, suffix


def _parse_ranges(spec: Spec, work: str, now: datetime) -> None:
    for kind, pattern in _RANGE_PATTERNS:
        for match in pattern.finditer(work):
            groups = match.groups()
            values = [_number(groups[index : index + 4]) for index in range(0, len(groups), 4)]
            # Unit words follow the last number ("3-4 bedrooms", "4 stars or higher"), not the whole match.
            number_end = max(match.end(index) for index in range(1, len(groups) + 1) if groups[index - 1])
            after = work[number_end : number_end + 40].lstrip(" -+–")
            before = work[max(0, match.start() - 30) : match.start()]
            if len(values) == 2 and values[0][2] is None and values[1][2] is not None and values[0][0] < 1000:
                # "$400-600k": the suffix of the upper bound scales the lower one too.
                values[0] = (values[0][0] * _SCALES[values[1][2]], values[0][1], values[1][2])
            money = any(value[1] for value in values) or any(value[2] in {"k", "m"} for value in values)
            symbols = [value[1] for value in values if value[1]]
            word = _CURRENCY_WORDS.match(after)
            if symbols:
                spec.currency = _CURRENCY_SYMBOLS[symbols[0]]
            elif word:
                spec.currency = ("USD", "EUR", "GBP")[word.lastindex - 1 if word.lastindex else 0]
            field_name = _field_before(spec, before)
            quantity = _quantity(spec.domain, [value[0] for value in values], money, after, before)
            if field_name is not None and (spec.domain == "generic" or quantity is None):
                quantity = field_name
            if quantity is None or (kind == "exact" and quantity in {"price", "salary", "amount", "number"}):
                continue
            numbers = [value[0] for value in values]
            if kind in {"low", "high"} and re.search(r"\bnot\s*$", before):
                kind = "high" if kind == "low" else "low"  # "not older than 2015" is a lower bound.
            if kind == "both":
                bounds = NumberRange(min(numbers), max(numbers))
            elif kind == "low":
                bounds = NumberRange(numbers[0], None)
            elif kind == "high":
                bounds = NumberRange(None, numbers[0])
            else:
                bounds = NumberRange(numbers[0], numbers[0])
            _store_range(spec, quantity, bounds, now)
            work = _blank(work, match.start(), match.end())


def _field_before(spec: Spec, before: str) -> str | None:
    """Name the requested field that the words before a number end with ("price under", "rating of")."""
    lead_words = rf"(?:is|are|of|rated|priced|aged|at|with|between|{_LOW_WORDS}|{_HIGH_WORDS})"
    before = re.sub(rf"(?:\s+{lead_words})+\s*$", "", " " + before.rstrip(" ,:"))
    for item in sorted(spec.fields, key=lambda field: -len(field.name)):
        if item.hint == "object":
            continue
        spoken = item.name.replace("_", " ")
        if re.search(rf"\b(?:{re.escape(spoken)}|{re.escape(item.phrase)})$", before):
            return item.name
    return None


def _quantity(domain: str, numbers: list[float], money: bool, after: str, before: str) -> str | None:
    """Name the quantity a number measures from the words around it ("3-4 bedrooms", "$15,000", "2022")."""
    for name, pattern in _UNIT_PATTERNS:
        if re.match(pattern, after):
            return None if name == "skip" else name
    if re.search(r"experience\s*(?:of\s*)?$", before):
        return "experience"
    if money or re.match(r"^(?:dollars|usd|eur|euros?|pounds|gbp|bucks)\b", after) or _MONEY_BEFORE.search(before):
        return {"job": "salary", "person": "salary", "transaction": "amount"}.get(domain, "price")
    if all(value.is_integer() and 1900 <= value <= 2100 for value in numbers):
        return "year"
    if re.search(r"rat(?:ing|ed)\s*(?:of\s*)?$", before):
        return "rating"
    return None


def _store_range(spec: Spec, quantity: str, bounds: NumberRange, now: datetime) -> None:
    if quantity == "age" and spec.domain in {"vehicle", "property"}:
        # "less than 3 years old" bounds the model year (or year built) from the injected clock.
        quantity = "year"
        bounds = NumberRange(
            None if bounds.high is None else now.year - bounds.high,
            None if bounds.low is None else now.year - bounds.low,
        )
    if quantity == "year":
        if spec.domain == "property":
            quantity = "year_built"
        elif spec.domain in _TIME_DOMAINS:
            if spec.window is None:
                first = int(bounds.low) if bounds.low is not None else now.year - 5
                last = int(bounds.high) if bounds.high is not None else now.year
                start = datetime(first, 1, 1, tzinfo=UTC)
                end = min(datetime(last, 12, 31, 23, 59, 59, tzinfo=UTC), max(now, start + timedelta(days=1)))
                spec.window = (start, end)
            return
    existing = spec.ranges.get(quantity)
    if existing is None:
        spec.ranges[quantity] = bounds
        return
    existing.low = bounds.low if existing.low is None else existing.low
    existing.high = bounds.high if existing.high is None else existing.high
    if existing.low is not None and existing.high is not None and existing.low > existing.high:
        existing.low, existing.high = existing.high, existing.low
