"""Card transactions: merchants by category, amounts typical of the category, timestamps inside the window."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

from ....errors import InvalidInstructionError
from ..checksums import luhn_check_digit
from ..common import Context, datetime_between, digits, from_usd, iso_utc, person_name
from ..data import transactions as data
from ..places import PlacePicker
from ..spec import Spec

DEFAULT_FIELDS = (
    "timestamp", "merchant", "category", "mcc", "amount", "currency", "card_network", "card_last4",
    "masked_card_number", "status", "city",
)  # fmt: skip


class TransactionGenerator:
    """Generator of card transactions at merchants of the requested categories."""

    default_fields: tuple[str, ...] = DEFAULT_FIELDS

    def __init__(self, spec: Spec, ctx: Context) -> None:
        self.spec = spec
        self.ctx = ctx
        self.places = PlacePicker(spec, ctx)
        self.currency = ctx.currency
        excluded = set(spec.exclusions.get("merchant_categories", ()))
        self.categories = [kind for kind in spec.merchant_categories or data.CATEGORIES if kind not in excluded]
        if not self.categories:
            raise InvalidInstructionError(
                f"The instruction excludes every requested merchant category ({', '.join(sorted(excluded))}). "
                "Remove an exclusion."
            )
        self.window = spec.window or (ctx.now - timedelta(days=30), ctx.now)
        self.amount = spec.ranges.get("amount")

    def record(self) -> dict[str, Any]:
        """Build one transaction with every default field plus the full `card_number` (Luhn-valid)."""
        ctx = self.ctx
        rng = ctx.rng
        category = data.CATEGORIES[self.categories[int(rng.random() * len(self.categories))]]
        low_usd, high_usd = category["amount"]
        low, high = from_usd(low_usd, self.currency), from_usd(high_usd, self.currency)
        if self.amount is not None:
            low, high = self.amount.clamp(low, high)
        # Log-uniform: small purchases are more common than large ones within a category.
        amount = round(math.exp(rng.uniform(math.log(max(low, 0.01)), math.log(max(high, 0.01)))), 2)
        amount = min(high, max(low, amount))

        network, prefix, length = rng.choices(data.CARD_NETWORKS, weights=(50, 30, 12, 8))[0]
        body = prefix + digits(rng, length - len(prefix) - 1)
        card_number = body + luhn_check_digit(body)
        first, last = person_name(ctx)

        return {
            "timestamp": iso_utc(datetime_between(rng, *self.window)),
            "merchant": rng.choice(category["merchants"][ctx.locale]),
            "category": category["label"],
            "mcc": category["mcc"],
            "amount": amount,
            "currency": self.currency,
            "card_network": network,
            "card_last4": card_number[-4:],
            "masked_card_number": "*" * (length - 4) + card_number[-4:],
            "status": rng.choices(*zip(*data.TRANSACTION_STATUSES, strict=True))[0],
            "city": self.places.city().name,
            "card_number": card_number,
            "cardholder_name": f"{first} {last}",
        }
