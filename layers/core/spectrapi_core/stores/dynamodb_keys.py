"""`KeyStore` over one DynamoDB table (the stack's keys table).

Items share the partition key `pk`:

- account: `pk = "account#<account_id>"`, with plan, name, rate_per_minute, created_at
- key: `pk = "key#<sha256 hex>"`, with key_id, account_id, mode, label, hint, created_at, revoked_at

The `by_key_id` index (partition key `key_id`) finds a key by id, and `by_account` (partition key `account_id`)
lists an account's keys. The authorizer reads a key with one consistent `GetItem` on its hash.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any

from spectrapi_core.ids import BASE36_ALPHABET
from spectrapi_core.stores.ports import Account, ApiKey, KeyMode

PARTITION_KEY = "pk"
INDEX_BY_KEY_ID = "by_key_id"
INDEX_BY_ACCOUNT = "by_account"
ACCOUNT_PREFIX = "account#"
KEY_PREFIX = "key#"


def _new_id(prefix: str) -> str:
    return prefix + "".join(secrets.choice(BASE36_ALPHABET) for _ in range(12))


def _text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


class DynamoDBKeyStore:
    """Accounts and hashed keys in DynamoDB; `table` is a boto3 `Table` resource."""

    def __init__(self, table: Any) -> None:
        self._table = table

    def create_account(self, plan: str, *, name: str = "", rate_per_minute: int | None = None) -> Account:
        account = Account(
            account_id=_new_id("acct_"),
            plan=plan,
            name=name,
            created_at=datetime.now(UTC),
            rate_per_minute=rate_per_minute,
        )
        item: dict[str, Any] = {
            PARTITION_KEY: ACCOUNT_PREFIX + account.account_id,
            "item_type": "account",
            "account_id": account.account_id,
            "plan": plan,
            "name": name,
            "created_at": _text(account.created_at),
        }
        if rate_per_minute is not None:
            item["rate_per_minute"] = rate_per_minute
        self._table.put_item(Item=item, ConditionExpression="attribute_not_exists(pk)")
        return account

    def get_account(self, account_id: str) -> Account | None:
        item = self._table.get_item(Key={PARTITION_KEY: ACCOUNT_PREFIX + account_id}, ConsistentRead=True).get("Item")
        return None if item is None else self._account(item)

    def list_accounts(self) -> list[Account]:
        items = self._scan_type("account")
        return sorted((self._account(item) for item in items), key=lambda account: account.created_at)

    def add_key(self, key: ApiKey) -> None:
        item: dict[str, Any] = {
            PARTITION_KEY: KEY_PREFIX + key.key_hash,
            "item_type": "key",
            "key_id": key.key_id,
            "key_hash": key.key_hash,
            "account_id": key.account_id,
            "mode": key.mode,
            "label": key.label,
            "hint": key.hint,
            "created_at": _text(key.created_at),
        }
        if key.revoked_at is not None:
            item["revoked_at"] = _text(key.revoked_at)
        self._table.put_item(Item=item, ConditionExpression="attribute_not_exists(pk)")

    def find_key_by_hash(self, key_hash: str) -> ApiKey | None:
        item = self._table.get_item(Key={PARTITION_KEY: KEY_PREFIX + key_hash}, ConsistentRead=True).get("Item")
        return None if item is None else self._key(item)

    def get_key(self, key_id: str) -> ApiKey | None:
        from boto3.dynamodb.conditions import Key

        items = self._table.query(IndexName=INDEX_BY_KEY_ID, KeyConditionExpression=Key("key_id").eq(key_id))["Items"]
        return self._key(items[0]) if items else None

    def list_keys(self, account_id: str | None = None) -> list[ApiKey]:
        from boto3.dynamodb.conditions import Attr, Key

        if account_id is None:
            items = self._scan_type("key")
        else:
            items = self._query_all(
                IndexName=INDEX_BY_ACCOUNT,
                KeyConditionExpression=Key("account_id").eq(account_id),
                FilterExpression=Attr("item_type").eq("key"),
            )
        return sorted((self._key(item) for item in items), key=lambda key: key.created_at)

    def revoke_key(self, key_id: str, *, at: datetime) -> ApiKey | None:
        key = self.get_key(key_id)
        if key is None:
            return None
        attributes = self._table.update_item(
            Key={PARTITION_KEY: KEY_PREFIX + key.key_hash},
            UpdateExpression="SET revoked_at = if_not_exists(revoked_at, :at)",
            ConditionExpression="attribute_exists(pk)",
            ExpressionAttributeValues={":at": _text(at)},
            ReturnValues="ALL_NEW",
        )["Attributes"]
        return self._key(attributes)

    def _scan_type(self, item_type: str) -> list[dict[str, Any]]:
        from boto3.dynamodb.conditions import Attr

        items: list[dict[str, Any]] = []
        kwargs: dict[str, Any] = {"FilterExpression": Attr("item_type").eq(item_type)}
        while True:
            page = self._table.scan(**kwargs)
            items.extend(page["Items"])
            if "LastEvaluatedKey" not in page:
                return items
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def _query_all(self, **kwargs: Any) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        while True:
            page = self._table.query(**kwargs)
            items.extend(page["Items"])
            if "LastEvaluatedKey" not in page:
                return items
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    @staticmethod
    def _account(item: dict[str, Any]) -> Account:
        rate = item.get("rate_per_minute")
        return Account(
            account_id=str(item["account_id"]),
            plan=str(item["plan"]),
            name=str(item.get("name", "")),
            created_at=datetime.fromisoformat(str(item["created_at"])),
            rate_per_minute=int(rate) if rate is not None else None,
        )

    @staticmethod
    def _key(item: dict[str, Any]) -> ApiKey:
        revoked = item.get("revoked_at")
        mode: KeyMode = "test" if item.get("mode") == "test" else "live"
        return ApiKey(
            key_id=str(item["key_id"]),
            key_hash=str(item["key_hash"]),
            account_id=str(item["account_id"]),
            mode=mode,
            label=str(item.get("label", "")),
            hint=str(item.get("hint", "")),
            created_at=datetime.fromisoformat(str(item["created_at"])),
            revoked_at=datetime.fromisoformat(str(revoked)) if revoked else None,
        )
