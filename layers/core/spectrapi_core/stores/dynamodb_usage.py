"""`UsageStore` over the stack's DynamoDB counters table (partition key `pk` = scope, sort key `sk` = window start).

`consume` increments the windows one at a time, in the order given, each with a conditional `UpdateItem`
(`used < limit`) that returns the new count. When a window is full, the windows already incremented are decremented
again, so a rejected request counts in no window. A single conditional update per window is what makes N concurrent
callers against a limit L be admitted exactly min(N, L) times, each seeing its own count.

The undo leaves an earlier window one too high for a moment. That cannot reject anybody who would otherwise pass,
as long as every caller sharing the earlier window also shares the later one and the later one only fills up until
it resets. The limits service passes (per-key minute, per-account month), and a key belongs to one account, so this
holds. Items carry `expires_at` (the window's reset plus a day) for DynamoDB's TTL, which deletes ended windows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spectrapi_core.stores.ports import ConsumeResult, CounterWindow, WindowCount

EXPIRY_GRACE_S = 86_400


class DynamoDBUsageStore:
    """Fixed-window counters in DynamoDB; `table` is a boto3 `Table` resource."""

    def __init__(self, table: Any) -> None:
        self._table = table
        self._client = table.meta.client

    def consume(self, windows: Sequence[CounterWindow]) -> ConsumeResult:
        counted: list[WindowCount] = []
        for window in windows:
            used = self._increment(window)
            if used is None:
                for done in reversed(counted):
                    self._decrement(done.window)
                counts = list(self.peek(windows))
                # The window that failed its condition was full at that moment, even if it has reset since.
                failed = len(counted)
                counts[failed] = WindowCount(window, max(counts[failed].used, window.limit or 0))
                return ConsumeResult(admitted=False, counts=tuple(counts))
            counted.append(WindowCount(window, used))
        return ConsumeResult(admitted=True, counts=tuple(counted))

    def peek(self, windows: Sequence[CounterWindow]) -> tuple[WindowCount, ...]:
        if not windows:
            return ()
        keys = [self._key(window) for window in windows]
        # The client of a boto3 resource takes and returns plain Python values, not DynamoDB's typed wire format.
        response = self._client.batch_get_item(RequestItems={self._table.name: {"Keys": keys, "ConsistentRead": True}})
        used: dict[tuple[str, str], int] = {}
        for item in response.get("Responses", {}).get(self._table.name, []):
            used[(str(item["pk"]), str(item["sk"]))] = int(item.get("used", 0))
        return tuple(WindowCount(window, used.get((window.scope, str(window.start)), 0)) for window in windows)

    def _increment(self, window: CounterWindow) -> int | None:
        """Count one request in a window and return the new count, or None when the window is full."""
        if window.limit is not None and window.limit <= 0:
            return None
        update: dict[str, Any] = {
            "Key": self._key(window),
            "UpdateExpression": "SET used = if_not_exists(used, :zero) + :one, expires_at = :expires",
            "ExpressionAttributeValues": {":zero": 0, ":one": 1, ":expires": window.reset + EXPIRY_GRACE_S},
            "ReturnValues": "UPDATED_NEW",
        }
        if window.limit is not None:
            update["ConditionExpression"] = "attribute_not_exists(used) OR used < :limit"
            update["ExpressionAttributeValues"][":limit"] = window.limit
        try:
            attributes = self._table.update_item(**update)["Attributes"]
        except self._client.exceptions.ConditionalCheckFailedException:
            return None
        return int(attributes["used"])

    def _decrement(self, window: CounterWindow) -> None:
        self._table.update_item(
            Key=self._key(window),
            UpdateExpression="SET used = used - :one",
            ConditionExpression="used > :zero",
            ExpressionAttributeValues={":one": 1, ":zero": 0},
        )

    @staticmethod
    def _key(window: CounterWindow) -> dict[str, str]:
        return {"pk": window.scope, "sk": str(window.start)}
