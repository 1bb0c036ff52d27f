"""`CategoryStore` over the stack's versioned S3 bucket: one object per category, one object version per
category version.

The object `categories/<account_id>/<category_id>.json` contains the latest version. S3 keeps every earlier one as an
object version, oldest first in the order S3 lists them, so category version N is the N-th object version. Writes
are conditional: a create uses `If-None-Match: *`, so only one of two concurrent creates succeeds, and a new version
uses `If-Match` with the ETag it read, so two concurrent updates never write the same version number (the loser
reads again and retries). Deleting removes every object version, so the id is free again and starts over at 1.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from spectrapi_core.errors import InternalError
from spectrapi_core.stores.ports import Category, CategoryExistsError

KEY_PREFIX = "categories"
MAX_WRITE_ATTEMPTS = 25
DELETE_BATCH = 1000


def _object_key(account_id: str, category_id: str) -> str:
    return f"{KEY_PREFIX}/{account_id}/{category_id}.json"


def _encode(category: Category) -> bytes:
    document = {
        "account_id": category.account_id,
        "category_id": category.category_id,
        "version": category.version,
        "name": category.name,
        "description": category.description,
        "schema": category.schema,
        "created_at": category.created_at.isoformat(),
        "updated_at": category.updated_at.isoformat(),
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _decode(body: bytes) -> Category:
    document = json.loads(body)
    return Category(
        account_id=document["account_id"],
        category_id=document["category_id"],
        version=int(document["version"]),
        name=document["name"],
        description=document["description"],
        schema=document["schema"],
        created_at=datetime.fromisoformat(document["created_at"]),
        updated_at=datetime.fromisoformat(document["updated_at"]),
    )


class S3CategoryStore:
    """Versioned categories in an S3 bucket with object versioning on; `client` is a boto3 S3 client."""

    def __init__(self, client: Any, bucket: str) -> None:
        self._s3 = client
        self._bucket = bucket

    def create(
        self, account_id: str, category_id: str, *, name: str, description: str, schema: dict[str, Any], at: datetime
    ) -> Category:
        category = Category(
            account_id=account_id,
            category_id=category_id,
            version=1,
            name=name,
            description=description,
            schema=schema,
            created_at=at,
            updated_at=at,
        )
        try:
            self._put(account_id, category_id, _encode(category), IfNoneMatch="*")
        except self._s3.exceptions.ClientError as error:
            if _error_code(error) in {"PreconditionFailed", "ConditionalRequestConflict"}:
                raise CategoryExistsError(category_id) from None
            raise
        return category

    def get(self, account_id: str, category_id: str, version: int | None = None) -> Category | None:
        if version is None:
            found = self._get_latest(account_id, category_id)
            return None if found is None else found[0]
        if version < 1:
            return None
        version_ids = self._version_ids(account_id, category_id)
        if version > len(version_ids):
            return None
        body = self._s3.get_object(
            Bucket=self._bucket, Key=_object_key(account_id, category_id), VersionId=version_ids[version - 1]
        )["Body"].read()
        category = _decode(body)
        return category if category.version == version else None

    def list_latest(self, account_id: str) -> list[Category]:
        categories = []
        paginator = self._s3.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self._bucket, Prefix=f"{KEY_PREFIX}/{account_id}/"):
            for item in page.get("Contents", []):
                category_id = item["Key"].rsplit("/", 1)[-1].removesuffix(".json")
                found = self._get_latest(account_id, category_id)
                if found is not None:
                    categories.append(found[0])
        return sorted(categories, key=lambda category: category.category_id)

    def put_version(
        self, account_id: str, category_id: str, *, name: str, description: str, schema: dict[str, Any], at: datetime
    ) -> Category | None:
        for _ in range(MAX_WRITE_ATTEMPTS):
            found = self._get_latest(account_id, category_id)
            if found is None:
                return None
            current, etag = found
            category = Category(
                account_id=account_id,
                category_id=category_id,
                version=current.version + 1,
                name=name,
                description=description,
                schema=schema,
                created_at=current.created_at,
                updated_at=at,
            )
            try:
                self._put(account_id, category_id, _encode(category), IfMatch=etag)
            except self._s3.exceptions.ClientError as error:
                if _error_code(error) in {"PreconditionFailed", "ConditionalRequestConflict", "NoSuchKey"}:
                    continue
                raise
            return category
        raise InternalError(
            f"Category {category_id} is being changed by many requests at once; retry the update in a moment."
        )

    def delete(self, account_id: str, category_id: str) -> bool:
        key = _object_key(account_id, category_id)
        existed = self._get_latest(account_id, category_id) is not None
        targets = []
        paginator = self._s3.get_paginator("list_object_versions")
        for page in paginator.paginate(Bucket=self._bucket, Prefix=key):
            for item in page.get("Versions", []) + page.get("DeleteMarkers", []):
                if item["Key"] == key:
                    targets.append({"Key": key, "VersionId": item["VersionId"]})
        for start in range(0, len(targets), DELETE_BATCH):
            self._s3.delete_objects(
                Bucket=self._bucket, Delete={"Objects": targets[start : start + DELETE_BATCH], "Quiet": True}
            )
        return existed

    def _put(self, account_id: str, category_id: str, body: bytes, **condition: str) -> None:
        self._s3.put_object(
            Bucket=self._bucket,
            Key=_object_key(account_id, category_id),
            Body=body,
            ContentType="application/json",
            **condition,
        )

    def _get_latest(self, account_id: str, category_id: str) -> tuple[Category, str] | None:
        try:
            response = self._s3.get_object(Bucket=self._bucket, Key=_object_key(account_id, category_id))
        except self._s3.exceptions.NoSuchKey:
            return None
        return _decode(response["Body"].read()), response["ETag"]

    def _version_ids(self, account_id: str, category_id: str) -> list[str]:
        """Return the object version ids of a category, oldest first (S3 lists them newest first)."""
        key = _object_key(account_id, category_id)
        newest_first: list[str] = []
        paginator = self._s3.get_paginator("list_object_versions")
        for page in paginator.paginate(Bucket=self._bucket, Prefix=key):
            newest_first.extend(item["VersionId"] for item in page.get("Versions", []) if item["Key"] == key)
        return list(reversed(newest_first))


def _error_code(error: Any) -> str:
    return str(getattr(error, "response", {}).get("Error", {}).get("Code", ""))
