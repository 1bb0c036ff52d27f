"""Category routes under /api/v1/categories; every one requires a plan with the `categories` feature.

Each route reads its input, calls one function of `spectrapi_core.service.categories` with the caller's account,
and returns the model. Another account's category is reported as not found, never as forbidden.
"""

from __future__ import annotations

import re

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response

from spectrapi_core.errors import BadRequestError
from spectrapi_core.http.app import API_PREFIX, current_principal, json_response, request_body
from spectrapi_core.http.body import parse_model
from spectrapi_core.http.openapi import QueryParameter, RouteDoc, document_route
from spectrapi_core.models import (
    CATEGORY_ID_PATTERN,
    CATEGORY_ID_RULE,
    CategoryCreateRequest,
    CategoryDeletedResponse,
    CategoryListResponse,
    CategoryResponse,
    CategoryUpdateRequest,
    describe_json_value,
)
from spectrapi_core.service import categories as category_service
from spectrapi_core.service.access import FEATURE_CATEGORIES, require_feature
from spectrapi_core.service.deps import Dependencies

CATEGORIES_PATH = f"{API_PREFIX}/categories"
CREATE_EXAMPLE = (
    '{"id": "cat_vehicles", "name": "Vehicles", "schema": {"type": "object", '
    '"properties": {"make": {"type": "string"}}}}'
)
UPDATE_EXAMPLE = '{"schema": {"type": "object", "properties": {"make": {"type": "string"}}}}'
_VERSION = re.compile(r"^[1-9][0-9]{0,8}$")


def parse_version(values: list[str] | None) -> int | None:
    """Read the `version` query parameter: absent, or one positive decimal integer.

    Raises:
        BadRequestError: the parameter is repeated, empty, or not a positive integer.
    """
    if not values:
        return None
    if len(values) > 1:
        raise BadRequestError(f"version is given {len(values)} times; send it once, e.g. ?version=2.")
    if not _VERSION.match(values[0]):
        raise BadRequestError(
            f"version must be a positive integer such as 1 or 2; got {describe_json_value(values[0])}."
        )
    return int(values[0])


def check_path_id(category_id: str) -> str:
    """Return the category id from the path, or raise a 400 naming the id rule."""
    if not CATEGORY_ID_PATTERN.match(category_id):
        raise BadRequestError(f"Category id must be {CATEGORY_ID_RULE}; got {describe_json_value(category_id)}.")
    return category_id


def add_category_routes(app: APIGatewayRestResolver, deps: Dependencies) -> None:
    """Register the five category routes on the resolver."""

    def account_id() -> str:
        principal = current_principal(app)
        require_feature(principal, FEATURE_CATEGORIES)
        app.context["log_keys"]["key_id"] = principal.key_id
        return principal.account_id

    @app.post(CATEGORIES_PATH, summary="Create a category (version 1)")
    def create_category() -> Response:
        owner = account_id()
        request = parse_model(CategoryCreateRequest, request_body(app, deps, CREATE_EXAMPLE))
        category = category_service.create_category(deps.categories(), owner, request)
        location = {"Location": f"{CATEGORIES_PATH}/{category.category_id}"}
        return json_response(201, category_service.to_response(category), location)

    @app.get(CATEGORIES_PATH, summary="List categories (latest versions, without schemas)")
    def list_categories() -> Response:
        owner = account_id()
        listed = category_service.list_categories(deps.categories(), owner)
        return json_response(200, CategoryListResponse(data=[category_service.to_summary(c) for c in listed]))

    @app.get(f"{CATEGORIES_PATH}/<category_id>", summary="Get a category's latest version or ?version=N")
    def get_category(category_id: str) -> Response:
        owner = account_id()
        version = parse_version(app.current_event.multi_value_query_string_parameters.get("version"))
        category = category_service.get_category(deps.categories(), owner, check_path_id(category_id), version)
        return json_response(200, category_service.to_response(category))

    @app.put(f"{CATEGORIES_PATH}/<category_id>", summary="Save a new version of a category")
    def update_category(category_id: str) -> Response:
        owner = account_id()
        checked_id = check_path_id(category_id)
        request = parse_model(CategoryUpdateRequest, request_body(app, deps, UPDATE_EXAMPLE))
        category = category_service.update_category(deps.categories(), owner, checked_id, request)
        return json_response(200, category_service.to_response(category))

    @app.delete(f"{CATEGORIES_PATH}/<category_id>", summary="Delete a category and all its versions")
    def delete_category(category_id: str) -> Response:
        owner = account_id()
        category_service.delete_category(deps.categories(), owner, check_path_id(category_id))
        return json_response(200, CategoryDeletedResponse(id=category_id))


_CATEGORY_ERRORS = (400, 401, 403, 404, 429, 500)
for _doc in (
    RouteDoc(
        method="post",
        path=CATEGORIES_PATH,
        summary="Create a category (version 1)",
        operation_id="createCategory",
        tag="categories",
        request=CategoryCreateRequest,
        response=CategoryResponse,
        status=201,
        errors=_CATEGORY_ERRORS,
    ),
    RouteDoc(
        method="get",
        path=CATEGORIES_PATH,
        summary="List categories (latest versions, without schemas)",
        operation_id="listCategories",
        tag="categories",
        response=CategoryListResponse,
        errors=_CATEGORY_ERRORS,
    ),
    RouteDoc(
        method="get",
        path=f"{CATEGORIES_PATH}/{{category_id}}",
        summary="Get a category's latest or given version",
        operation_id="getCategory",
        tag="categories",
        response=CategoryResponse,
        errors=_CATEGORY_ERRORS,
        query=(
            QueryParameter(
                name="version",
                schema={"type": "integer", "minimum": 1},
                description="Version to read; the latest when omitted.",
            ),
        ),
    ),
    RouteDoc(
        method="put",
        path=f"{CATEGORIES_PATH}/{{category_id}}",
        summary="Save a new version of a category",
        operation_id="updateCategory",
        tag="categories",
        request=CategoryUpdateRequest,
        response=CategoryResponse,
        errors=_CATEGORY_ERRORS,
    ),
    RouteDoc(
        method="delete",
        path=f"{CATEGORIES_PATH}/{{category_id}}",
        summary="Delete a category and all its versions",
        operation_id="deleteCategory",
        tag="categories",
        response=CategoryDeletedResponse,
        errors=_CATEGORY_ERRORS,
    ),
):
    document_route(_doc)
