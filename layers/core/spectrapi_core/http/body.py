"""Reading request bodies: size limit, base64, strict JSON, and validation messages that name the field."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from spectrapi_core.errors import BadRequestError
from spectrapi_core.models import describe_json_value

ModelT = TypeVar("ModelT", bound=BaseModel)


class DuplicateKeyError(ValueError):
    """A JSON object names the same key twice; parsers disagree on which value wins, so it is rejected."""

    def __init__(self, key: str) -> None:
        super().__init__(f"duplicate key {key!r}")
        self.key = key


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKeyError(key)
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def read_json_object(body: str | None, *, is_base64: bool, max_bytes: int, example: str) -> dict[str, Any]:
    """Decode a request body into a JSON object.

    Raises:
        BadRequestError: the body is missing, too large, not UTF-8, not JSON, or not an object.
    """
    if body is None or body == "":
        raise BadRequestError(f"Request body is empty. Send a JSON object, for example {example}.")
    raw: bytes
    if is_base64:
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise BadRequestError("Request body is not valid base64-encoded data.") from None
    else:
        raw = body.encode("utf-8", errors="surrogatepass")
    if len(raw) > max_bytes:
        raise BadRequestError(
            f"Request body is {len(raw)} bytes; the maximum is {max_bytes} bytes. Send a smaller body."
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequestError("Request body is not UTF-8 text. Send JSON encoded as UTF-8.") from None
    try:
        value = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as exc:
        reason = exc.msg.removesuffix(" at")
        raise BadRequestError(
            f"Request body is not valid JSON: {reason} at line {exc.lineno}, column {exc.colno}. "
            f"Send a JSON object, for example {example}."
        ) from None
    except DuplicateKeyError as exc:
        raise BadRequestError(
            f"Request body has the key {exc.key!r} more than once in one object; send it once."
        ) from None
    except RecursionError:
        raise BadRequestError("Request body is not valid JSON: it is nested too deeply.") from None
    except ValueError as exc:
        if "int_max_str_digits" in str(exc) or "integer string conversion" in str(exc):
            reason = "it contains an integer with more than 4300 digits"
        else:
            reason = str(exc)
        raise BadRequestError(f"Request body is not valid JSON: {reason}.") from None
    if not isinstance(value, dict):
        raise BadRequestError(
            f"Request body must be a JSON object; got {describe_json_value(value)}. For example {example}."
        )
    return value


def validation_message(exc: ValidationError, model: type[BaseModel]) -> str:
    """Turn pydantic errors into one plain sentence per problem, each naming the field."""
    allowed = ", ".join(field.alias or name for name, field in model.model_fields.items())
    messages: list[str] = []
    for error in exc.errors(include_url=False):
        field = ".".join(str(part) for part in error["loc"]) or "body"
        kind = error["type"]
        if kind == "missing":
            messages.append(f"{field} is required.")
        elif kind == "extra_forbidden":
            messages.append(f"Unknown field {field!r}; allowed fields are: {allowed}.")
        elif kind == "spectrapi":
            messages.append(error["msg"] + ("" if error["msg"].endswith(".") else "."))
        else:
            messages.append(f"{field}: {error['msg']}.")
    return " ".join(messages)


def parse_model(model: type[ModelT], payload: dict[str, Any]) -> ModelT:
    """Validate a decoded JSON object into a model.

    Raises:
        BadRequestError: with every problem named by field.
    """
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        raise BadRequestError(validation_message(exc, model)) from None
