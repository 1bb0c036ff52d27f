"""Compare per-field Faker and Mimesis calls with the builtin engine's table draws for locale data.

Run from the repository root: `python bench/fake_libraries.py`. Each row times 1,000 rounds of four values
(full name, city, street line, phone number) after the provider or table is loaded. Mimesis is optional and
skipped when it is not installed.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "layers" / "core"))

ROUNDS = 1000
LOCALES = (("en-US", "en_US", "EN"), ("de-DE", "de_DE", "DE"))


def _time_ms(function) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    """Print import, setup and per-1,000-round times for each library and locale."""
    started = time.perf_counter()
    from faker import Faker

    print(f"import faker: {(time.perf_counter() - started) * 1000:.0f} ms")
    try:
        started = time.perf_counter()
        from mimesis import Address, Person
        from mimesis.locales import Locale

        print(f"import mimesis: {(time.perf_counter() - started) * 1000:.0f} ms")
    except ImportError:
        Person = None
        print("mimesis not installed, skipping it")

    from spectrapi_core.engine.builtin.common import Context, person_name, phone_number, street_address
    from spectrapi_core.engine.builtin.locale_tables import tables_for

    for tag, faker_tag, mimesis_tag in LOCALES:
        fake = Faker(faker_tag)
        fake.seed_instance(1)

        def faker_rounds(fake=fake) -> None:
            for _ in range(ROUNDS):
                fake.name(), fake.city(), fake.street_address(), fake.phone_number()

        print(f"{tag} faker:   {_time_ms(faker_rounds):7.1f} ms per {ROUNDS} rounds")

        if Person is not None:
            person = Person(getattr(Locale, mimesis_tag), seed=1)
            address = Address(getattr(Locale, mimesis_tag), seed=1)

            def mimesis_rounds(person=person, address=address) -> None:
                for _ in range(ROUNDS):
                    person.full_name(), address.city(), address.address(), person.telephone()

            print(f"{tag} mimesis: {_time_ms(mimesis_rounds):7.1f} ms per {ROUNDS} rounds")

        ctx = Context(random.Random(1), tables_for(tag), datetime(2026, 6, 1, tzinfo=UTC))

        def table_rounds(ctx=ctx) -> None:
            for _ in range(ROUNDS):
                person_name(ctx), ctx.rng.choice(ctx.tables.cities), street_address(ctx), phone_number(ctx)

        print(f"{tag} tables:  {_time_ms(table_rounds):7.1f} ms per {ROUNDS} rounds")


if __name__ == "__main__":
    main()
