"""One chat completions call with bounded retries that never outlive the request deadline.

The openai client is created with `max_retries=0` and retries happen here, because the client's own
retry loop does not know the deadline of the whole generation.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from spectrapi_core.engine.llm.config import LLMConfig
from spectrapi_core.errors import UpstreamError, UpstreamTimeoutError

if TYPE_CHECKING:
    import openai

logger = logging.getLogger(__name__)

RETRYABLE_STATUSES = frozenset({408, 409, 429})
BACKOFF_BASE_S = 0.5
BACKOFF_CAP_S = 4.0
MIN_USEFUL_CALL_S = 0.2
"""Seconds a call needs at least; with less time left before the deadline, no call is started."""


@dataclass(frozen=True)
class CallResult:
    """The parts of one chat completion the engine uses."""

    content: str
    finish_reason: str | None
    refusal: str | None
    prompt_tokens: int
    completion_tokens: int
    attempts: int
    elapsed_ms: float


class RetryableCallError(Exception):
    """A call failed with a transient error after every allowed retry; another batch may still succeed."""

    def __init__(self, error: UpstreamError | UpstreamTimeoutError, attempts: int) -> None:
        super().__init__(error.message)
        self.error = error
        self.attempts = attempts


class JsonSchemaRejectedError(Exception):
    """The endpoint rejected `response_format` of type json_schema with HTTP 400.

    Servers without structured outputs (some self-hosted ones) respond this way, so the engine then
    sends the schema in the prompt with json_object mode instead.
    """


class ChatCaller:
    """Makes chat completion calls against the configured endpoint, sharing one openai client.

    The client and the API key are created on first use, so importing this module does not import
    openai, and the key provider runs once per engine.
    """

    def __init__(
        self,
        config: LLMConfig,
        api_key_provider: Callable[[], str] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        self._api_key_provider = api_key_provider
        self._clock = clock
        self._sleep = sleep
        self._client: openai.OpenAI | None = None
        self._lock = threading.Lock()

    def client(self) -> openai.OpenAI:
        """Return the shared openai client, creating it (and reading the API key) on first use."""
        with self._lock:
            if self._client is None:
                import openai  # deferred: importing openai took 0.7 s on a 2-core EPYC (python -X importtime)

                self._client = openai.OpenAI(
                    base_url=self.config.base_url,
                    api_key=self._api_key(),
                    max_retries=0,
                    timeout=self.config.request_timeout_s,
                )
            return self._client

    def _api_key(self) -> str:
        if self.config.api_key is not None:
            return self.config.api_key.get_secret_value()
        if self._api_key_provider is not None:
            return self._api_key_provider()
        raise UpstreamError("The llm engine has no API key: set one in the LLM settings or configure a key provider.")

    def call(
        self,
        *,
        messages: list[dict[str, str]],
        response_format: dict[str, Any],
        seed: int,
        deadline: float,
        jitter: random.Random,
    ) -> CallResult:
        """Make one chat completion call, retrying transient failures while the deadline allows.

        Raises:
            UpstreamError: the endpoint rejected the call with a status that retrying cannot fix.
            RetryableCallError: transient failures used up the retries or the time left.
        """
        import openai

        client = self.client()
        attempts = 0
        while True:
            remaining = deadline - self._clock()
            if remaining < MIN_USEFUL_CALL_S:
                raise RetryableCallError(_deadline_error(), attempts)

            attempts += 1
            started = self._clock()
            try:
                response = client.chat.completions.create(
                    **self._call_options(messages, response_format, seed),
                    timeout=min(self.config.request_timeout_s, remaining),
                )
            except openai.APITimeoutError:
                call_timeout = min(self.config.request_timeout_s, remaining)
                failure: UpstreamError | UpstreamTimeoutError = UpstreamTimeoutError(
                    f"The LLM endpoint did not answer within {call_timeout:.1f} s. "
                    "Retry with a smaller count, or raise the LLM request timeout."
                )
                wait = None
            except openai.APIConnectionError as error:
                failure = UpstreamError(
                    f"Could not connect to the LLM endpoint ({type(error.__cause__).__name__}). "
                    "Check the LLM base URL and that the server is running, then retry."
                )
                wait = None
            except openai.APIStatusError as error:
                if error.status_code == 400 and response_format.get("type") == "json_schema":
                    raise JsonSchemaRejectedError(str(error)[:200]) from None
                if not _is_retryable(error.status_code):
                    raise _status_error(error) from None
                failure = _status_error(error)
                wait = _retry_after_s(error.response.headers)
            else:
                return _to_result(response, attempts, (self._clock() - started) * 1000)

            logger.warning(
                "llm call failed",
                extra={"attempt": attempts, "error": failure.code, "detail": failure.message},
            )
            if attempts > self.config.max_retries:
                raise RetryableCallError(failure, attempts)
            if wait is None:
                backoff = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** (attempts - 1))
                wait = backoff * (0.5 + 0.5 * jitter.random())
            if self._clock() + wait + MIN_USEFUL_CALL_S >= deadline:
                raise RetryableCallError(failure, attempts)
            self._sleep(wait)

    def _call_options(
        self, messages: list[dict[str, str]], response_format: dict[str, Any], seed: int
    ) -> dict[str, Any]:
        options: dict[str, Any] = {
            "model": self.config.model,
            "messages": messages,
            "response_format": response_format,
            "seed": seed,
        }
        if self.config.temperature is not None:
            options["temperature"] = self.config.temperature
        if self.config.max_output_tokens is not None:
            options["max_tokens"] = self.config.max_output_tokens
        return options


def _is_retryable(status: int) -> bool:
    return status in RETRYABLE_STATUSES or status >= 500


def _status_error(error: openai.APIStatusError) -> UpstreamError:
    status = error.status_code
    if status == 429:
        retry_after = _retry_after_s(error.response.headers)
        headers = {"Retry-After": str(max(1, round(retry_after)))} if retry_after else None
        return UpstreamError(
            "The LLM endpoint is rate limiting requests (HTTP 429). Retry later or raise the provider's limits.",
            headers=headers,
        )
    if status in (401, 403):
        return UpstreamError(
            f"The LLM endpoint rejected the API key (HTTP {status}). Check the configured LLM API key."
        )
    if status == 404:
        return UpstreamError(
            "The LLM endpoint returned HTTP 404. Check the LLM base URL (it usually ends in /v1) and the model name."
        )
    if status >= 500:
        return UpstreamError(f"The LLM endpoint failed with HTTP {status}. Retry the request later.")
    return UpstreamError(
        f"The LLM endpoint rejected the call with HTTP {status}. Check that the model supports JSON output "
        "(response_format) and the LLM settings."
    )


def _deadline_error() -> UpstreamTimeoutError:
    return UpstreamTimeoutError("The LLM endpoint did not finish within the request deadline.")


def _retry_after_s(headers: Any) -> float | None:
    """Read `retry-after-ms` or `retry-after` (seconds or an HTTP date) from response headers."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return max(0.0, float(milliseconds) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    # NOTE: an HTTP-date Retry-After needs the wall clock; this is the only wall-clock read in the engine.
    return max(0.0, moment.timestamp() - time.time())


def _to_result(response: Any, attempts: int, elapsed_ms: float) -> CallResult:
    choice = response.choices[0] if response.choices else None
    message = choice.message if choice is not None else None
    usage = response.usage
    return CallResult(
        content=(message.content or "") if message is not None else "",
        finish_reason=choice.finish_reason if choice is not None else None,
        refusal=getattr(message, "refusal", None),
        prompt_tokens=usage.prompt_tokens if usage else 0,
        completion_tokens=usage.completion_tokens if usage else 0,
        attempts=attempts,
        elapsed_ms=elapsed_ms,
    )
