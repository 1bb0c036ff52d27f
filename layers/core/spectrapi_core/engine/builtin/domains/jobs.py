"""Job postings and professional profiles: titles, skills and pay drawn from one role family per record."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ....errors import InvalidInstructionError
from ..common import Context, datetime_between, email_for, from_usd, person_name
from ..data import jobs as data
from ..places import PlacePicker
from ..spec import NumberRange, Spec

JOB_FIELDS = (
    "title", "company_name", "location", "workplace_type", "employment_type", "experience_level",
    "min_years_experience", "salary_range", "currency", "required_skills", "posted_date",
)  # fmt: skip
PERSON_FIELDS = (
    "name", "email", "phone", "city", "current_company", "job_title", "years_of_experience",
    "programming_languages", "skills",
)  # fmt: skip


def _company(ctx: Context) -> tuple[str, str]:
    """Draw a (company name, email domain) pair: a well-known tech company or an invented one."""
    rng = ctx.rng
    if rng.random() < 0.45:
        return rng.choice(data.TECH_COMPANIES)
    word = rng.choice(data.COMPANY_WORDS)
    suffix = rng.choice(data.COMPANY_SUFFIXES[ctx.locale])
    tld = {"en-US": "com", "en-GB": "co.uk", "fr-FR": "fr", "de-DE": "de"}[ctx.locale]
    return f"{word} {suffix}", f"{word.lower()}.{tld}"


_MAX_CAREER_YEARS = 45


def _experience_bounds(spec: Spec, default: tuple[int, int]) -> tuple[int, int]:
    """Return the years-of-experience interval, within a career of at most 45 years.

    Raises:
        InvalidInstructionError: The stated minimum exceeds 45 years.
    """
    stated = spec.ranges.get("experience")
    low, high = (stated or NumberRange()).clamp(*default)
    if stated and stated.high is None:
        high = max(high, low + 10)
    if low > _MAX_CAREER_YEARS:
        raise InvalidInstructionError(
            f"No one has {low:.0f} or more years of experience, because careers last at most "
            f"{_MAX_CAREER_YEARS} years. Lower the experience in the instruction."
        )
    return int(low), int(min(max(low, high), _MAX_CAREER_YEARS))


def _families(spec: Spec) -> list[str]:
    excluded = set(spec.exclusions.get("role_families", ()))
    families = [
        name for name in ([spec.role_family] if spec.role_family else data.ROLE_FAMILIES) if name not in excluded
    ]
    if not families:
        raise InvalidInstructionError(
            f"The instruction excludes every requested role ({', '.join(sorted(excluded))}). Remove an exclusion."
        )
    return families


def _allowed(requested: list[str], defaults: tuple | list, excluded: list[str], label: str) -> list[str]:
    """Return the requested values (or all defaults) minus the excluded ones, or raise when none is left."""
    values = [value for value in requested or defaults if value not in excluded]
    if not values:
        raise InvalidInstructionError(
            f"The instruction excludes every requested {label} ({', '.join(excluded)}). Remove an exclusion."
        )
    return values


class JobGenerator:
    """Generator of job postings within the spec's role, salary, place and date constraints."""

    default_fields: tuple[str, ...] = JOB_FIELDS

    def __init__(self, spec: Spec, ctx: Context) -> None:
        self.spec = spec
        self.ctx = ctx
        self.places = PlacePicker(spec, ctx)
        self.currency = ctx.currency
        self.families = _families(spec)
        self.window = spec.window or (ctx.now - timedelta(days=45), ctx.now)
        self.experience = _experience_bounds(spec, (0, 10))
        self.workplaces = _allowed(
            spec.workplace_types, data.WORKPLACE_TYPES, spec.exclusions.get("workplace_types", []), "workplace type"
        )
        employment_names = [name for name, _ in data.EMPLOYMENT_TYPES]
        self.employment = _allowed(
            spec.employment_types, employment_names, spec.exclusions.get("employment_types", []), "employment type"
        )
        self.employment_weights = (
            None
            if spec.employment_types
            else [weight for name, weight in data.EMPLOYMENT_TYPES if name in self.employment]
        )

    def record(self) -> dict[str, Any]:
        """Build one posting with every default field."""
        ctx = self.ctx
        rng = ctx.rng
        family = data.ROLE_FAMILIES[rng.choice(self.families)]
        company, _ = _company(ctx)
        city = self.places.city()

        title = rng.choice(self.spec.role_titles or family["titles"])
        min_years, level = self._experience(title)
        salary_min, salary_max = self._salary(family, level)

        return {
            "title": title,
            "company_name": company,
            "location": self.places.location(city),
            "workplace_type": rng.choice(self.workplaces),
            "employment_type": (
                rng.choice(self.employment)
                if self.employment_weights is None
                else rng.choices(self.employment, weights=self.employment_weights)[0]
            ),
            "experience_level": level,
            "min_years_experience": min_years,
            "salary_range": {"min": salary_min, "max": salary_max},
            "salary_min": salary_min,
            "salary_max": salary_max,
            "currency": self.currency,
            "required_skills": rng.sample(family["skills"], rng.randint(3, 6)),
            "posted_date": datetime_between(rng, *self.window).date().isoformat(),
        }

    def _experience(self, title: str) -> tuple[int, str]:
        """Draw the minimum years of experience and the level, keeping the level a title names ("Senior ...")."""
        rng = self.ctx.rng
        fewest, most = self.experience
        title_level = next(
            (data.SENIORITY_WORDS[word] for word in title.lower().split() if word in data.SENIORITY_WORDS), None
        )
        if title_level is not None:
            level_low, level_high = next(
                (low, high) for name, low, high in data.EXPERIENCE_LEVELS if name == title_level
            )
            low, high = max(fewest, level_low), min(most, level_high)
            if low <= high:
                return rng.randint(low, high), title_level
        min_years = rng.randint(fewest, most)
        level = next((name for name, low, high in reversed(data.EXPERIENCE_LEVELS) if low <= min_years), "entry")
        return min_years, level

    def _salary(self, family: dict[str, Any], level: str) -> tuple[int, int]:
        """Draw a salary range within the family's pay band, in the part of the band that fits the level."""
        rng = self.ctx.rng
        pay_low, pay_high = (from_usd(value, self.currency) for value in family["salary"])
        pay_low, pay_high = (self.spec.ranges.get("salary") or NumberRange()).clamp(pay_low, pay_high)
        share_low, share_high = data.SENIORITY_SALARY_SHARE[level]
        span = pay_high - pay_low
        band_low, band_high = pay_low + span * share_low, pay_low + span * share_high
        middle = (band_low + band_high) / 2
        salary_min = int(round(rng.uniform(band_low, middle), -3))
        salary_max = int(round(rng.uniform(middle, band_high), -3))
        salary_min, salary_max = max(int(pay_low), salary_min), min(int(pay_high), salary_max)
        return salary_min, max(salary_min, salary_max)


class PersonGenerator:
    """Generator of professional profiles whose email address is built from the person's name."""

    default_fields: tuple[str, ...] = PERSON_FIELDS

    def __init__(self, spec: Spec, ctx: Context) -> None:
        self.spec = spec
        self.ctx = ctx
        self.places = PlacePicker(spec, ctx)
        self.families = _families(spec)
        self.experience = _experience_bounds(spec, (0, 25))

    def record(self) -> dict[str, Any]:
        """Build one profile with every default field plus `first_name` and `last_name`."""
        ctx = self.ctx
        rng = ctx.rng
        family_name = rng.choice(self.families)
        family = data.ROLE_FAMILIES[family_name]
        first, last = person_name(ctx)
        company, company_domain = _company(ctx)
        if self.spec.tech_email_domains:
            company, company_domain = rng.choice(data.TECH_COMPANIES)
            email_domain = company_domain
        else:
            email_domain = rng.choice(ctx.tables.email_domains)
        city = self.places.city()
        years = rng.randint(*self.experience)

        title = rng.choice(self.spec.role_titles or family["titles"])
        if years >= 5 and not title.startswith(("Senior", "Staff", "Lead")) and rng.random() < 0.5:
            title = f"Senior {title}"
        technical = family_name in {"software", "data"}
        languages = rng.sample(data.PROGRAMMING_LANGUAGES, rng.randint(2, 5) if technical else rng.randint(0, 2))

        return {
            "name": f"{first} {last}",
            "first_name": first,
            "last_name": last,
            "email": email_for(ctx, first, last, email_domain),
            "phone": self.places.phone(city, mobile=True),
            "city": city.name,
            "current_company": company,
            "job_title": title,
            "years_of_experience": years,
            "programming_languages": languages,
            "skills": rng.sample(family["skills"], rng.randint(3, 6)),
        }
