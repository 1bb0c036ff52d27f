"""The `categories` resource of both clients: saved JSON Schemas that fix the record structure."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from spectrapi._base_client import category_path, check_category_fields
from spectrapi.types import Category, CategoryDeleted, CategoryList

if TYPE_CHECKING:
    from spectrapi._client import AsyncSpectrAPI, SpectrAPI

__all__ = ["AsyncCategories", "Categories"]


def _create_body(
    name: str, schema: Mapping[str, Any], description: str | None, id: str | None
) -> dict[str, Any]:
    check_category_fields(name=name, schema=schema, description=description, id=id)
    if name is None or schema is None:
        raise TypeError("categories.create() needs both name and schema")
    body: dict[str, Any] = {"name": name, "schema": dict(schema)}
    if description is not None:
        body["description"] = description
    if id is not None:
        body["id"] = id
    return body


def _update_body(schema: Mapping[str, Any], name: str | None, description: str | None) -> dict[str, Any]:
    check_category_fields(name=name, schema=schema, description=description)
    if schema is None:
        raise TypeError("categories.update() needs a schema: each update stores a new version of it")
    body: dict[str, Any] = {"schema": dict(schema)}
    if name is not None:
        body["name"] = name
    if description is not None:
        body["description"] = description
    return body


def _version_params(version: int | None) -> dict[str, int] | None:
    if version is None:
        return None
    if isinstance(version, bool) or not isinstance(version, int):
        raise TypeError(f"version must be an integer; got {version!r}")
    return {"version": version}


class Categories:
    """Create, read, list, update and delete categories (`client.categories`)."""

    def __init__(self, client: SpectrAPI) -> None:
        self._client = client

    def create(
        self, *, name: str, schema: Mapping[str, Any], description: str | None = None, id: str | None = None
    ) -> Category:
        """Save a JSON Schema (draft 2020-12 or draft-07) for one record as version 1 of a new category.

        Args:
            name: Human-readable name.
            schema: JSON Schema that every generated record must validate against.
            description: Optional longer description.
            id: Optional id (`cat_` plus lowercase letters, digits or `_`); the server assigns one
                when omitted.
        """
        body = _create_body(name, schema, description, id)
        return self._client._request("POST", "categories", Category, json=body)

    def list(self) -> CategoryList:
        """Return every category of the account in `.data`."""
        return self._client._request("GET", "categories", CategoryList)

    def get(self, category_id: str, *, version: int | None = None) -> Category:
        """Return a category, at its latest version unless `version` is given."""
        return self._client._request(
            "GET", category_path(category_id), Category, params=_version_params(version)
        )

    def update(
        self,
        category_id: str,
        *,
        schema: Mapping[str, Any],
        name: str | None = None,
        description: str | None = None,
    ) -> Category:
        """Store a new version of a category; earlier versions stay readable with `get(..., version=N)`."""
        body = _update_body(schema, name, description)
        return self._client._request("PUT", category_path(category_id), Category, json=body)

    def delete(self, category_id: str) -> CategoryDeleted:
        """Delete a category and all its versions."""
        return self._client._request(
            "DELETE",
            category_path(category_id),
            CategoryDeleted,
            empty_result={"id": category_id, "deleted": True},
        )


class AsyncCategories:
    """Async twin of `Categories` (`async_client.categories`)."""

    def __init__(self, client: AsyncSpectrAPI) -> None:
        self._client = client

    async def create(
        self, *, name: str, schema: Mapping[str, Any], description: str | None = None, id: str | None = None
    ) -> Category:
        """Save a JSON Schema for one record as version 1 of a new category; see `Categories.create`."""
        body = _create_body(name, schema, description, id)
        return await self._client._request("POST", "categories", Category, json=body)

    async def list(self) -> CategoryList:
        """Return every category of the account in `.data`."""
        return await self._client._request("GET", "categories", CategoryList)

    async def get(self, category_id: str, *, version: int | None = None) -> Category:
        """Return a category, at its latest version unless `version` is given."""
        return await self._client._request(
            "GET", category_path(category_id), Category, params=_version_params(version)
        )

    async def update(
        self,
        category_id: str,
        *,
        schema: Mapping[str, Any],
        name: str | None = None,
        description: str | None = None,
    ) -> Category:
        """Store a new version of a category; earlier versions stay readable."""
        body = _update_body(schema, name, description)
        return await self._client._request("PUT", category_path(category_id), Category, json=body)

    async def delete(self, category_id: str) -> CategoryDeleted:
        """Delete a category and all its versions."""
        return await self._client._request(
            "DELETE",
            category_path(category_id),
            CategoryDeleted,
            empty_result={"id": category_id, "deleted": True},
        )
