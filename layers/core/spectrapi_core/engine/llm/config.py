"""Settings of the llm engine: which endpoint, which model, and how the time budget is spent."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, SecretStr

GATEWAY_TIMEOUT_S = 29.0
"""API Gateway REST APIs cut every integration off after 29 seconds."""


class LLMConfig(BaseModel):
    """Connection and budget settings for one OpenAI-compatible chat completions endpoint.

    The defaults keep one generation under the gateway's 29 s: calls run in parallel batches, each call
    is cut off at `request_timeout_s` (or earlier when the overall deadline is closer), and retries and
    top-up calls stop when `deadline_s` is spent.

    Example:
        >>> LLMConfig(base_url="http://127.0.0.1:8080/v1", model="gpt-4o-mini", api_key="sk-...")
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    base_url: str | None = Field(
        default=None,
        description="Base URL of the endpoint, ending in /v1; None uses the openai client's default.",
    )
    model: str = Field(min_length=1, description="Model name sent with every call, e.g. gpt-4o-mini.")
    api_key: SecretStr | None = Field(
        default=None, description="API key; None means the engine's api_key_provider supplies it."
    )
    request_timeout_s: float = Field(default=20.0, gt=0, description="Maximum seconds for one HTTP call.")
    max_retries: int = Field(
        default=2,
        ge=0,
        le=10,
        description="Retries of one call after a 429, 5xx, timeout or connection error.",
    )
    max_parallel_batches: int = Field(default=10, ge=1, le=64, description="Calls in flight at the same time.")
    # Estimate: at 50 output tokens/s per stream and 60-100 tokens per record, 10 records take 12-20 s,
    # which leaves time inside the deadline; 10 parallel calls cover the maximum count of 100 in one round.
    batch_size: int = Field(default=10, ge=1, le=100, description="Records requested per call.")
    max_rounds: int = Field(
        default=4, ge=1, le=20, description="Rounds of calls (the first plus top-ups) before giving up."
    )
    deadline_s: float = Field(
        default=25.0,
        gt=0,
        lt=GATEWAY_TIMEOUT_S,
        description="Seconds one generation may take in total, retries and top-ups included.",
    )
    max_output_tokens: int | None = Field(
        default=None, ge=1, description="max_tokens sent with each call; None leaves the provider's default."
    )
    temperature: float | None = Field(default=0.9, ge=0, le=2, description="Sampling temperature; None omits it.")
    structured_outputs: bool = Field(
        default=True,
        description="Send category schemas as strict json_schema; False falls back to json_object mode.",
    )
