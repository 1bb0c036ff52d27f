"""Process settings, read once per process from `SPECTRAPI_*` environment variables.

Explicit arguments beat environment variables, which beat the defaults below. Every variable is listed in
`docs/configuration.md`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

EngineChoice = Literal["auto", "builtin", "llm"]
BackendChoice = Literal["sqlite", "aws"]


class Settings(BaseSettings):
    """Settings shared by the Lambda functions, the local server and the CLI."""

    model_config = SettingsConfigDict(env_prefix="SPECTRAPI_", extra="ignore")

    backend: BackendChoice = Field(default="sqlite", description="Storage: one SQLite file, or DynamoDB and S3.")
    db_path: Path = Field(default=Path("data/spectrapi.sqlite3"), description="SQLite file for the local backend.")

    engine: EngineChoice = Field(default="auto", description="auto = llm when an LLM is configured, else builtin.")
    llm_base_url: str | None = Field(
        default=None, description="OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1."
    )
    llm_model: str = Field(default="gpt-4o-mini", description="Chat model name sent to the LLM endpoint.")
    llm_api_key: SecretStr | None = Field(default=None, description="LLM API key (local use).")
    llm_secret_name: str | None = Field(default=None, description="Secrets Manager secret holding the LLM key (AWS).")
    llm_timeout_s: float = Field(default=20.0, gt=0, description="Timeout of one LLM call, in seconds.")
    request_deadline_s: float = Field(default=25.0, gt=0, description="Time budget of one generate request, s.")

    keys_table: str | None = Field(default=None, description="DynamoDB table of accounts and hashed keys.")
    usage_table: str | None = Field(default=None, description="DynamoDB table of rate and quota counters.")
    categories_bucket: str | None = Field(default=None, description="S3 bucket of category schemas.")

    authorizer_cache_ttl: int = Field(default=60, ge=0, le=3600, description="Authorizer cache TTL on AWS, seconds.")
    max_body_bytes: int = Field(default=256 * 1024, gt=0, description="Largest accepted request body, in bytes.")

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url or self.llm_api_key or self.llm_secret_name)

    def resolved_engine(self) -> Literal["builtin", "llm"]:
        """Return the engine `auto` stands for: llm when an LLM is configured, else builtin."""
        if self.engine == "auto":
            return "llm" if self.llm_configured else "builtin"
        return self.engine


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings, read from the environment on first use."""
    return Settings()
