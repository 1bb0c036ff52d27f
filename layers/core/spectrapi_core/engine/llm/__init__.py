"""The llm engine: realistic records from any OpenAI-compatible chat completions endpoint.

Importing this package does not import openai or boto3; both load on the first generation.

Example:
    >>> from spectrapi_core.engine.llm import LLMConfig, LLMEngine, env_key_provider
    >>> engine = LLMEngine(LLMConfig(model="gpt-4o-mini"), api_key_provider=env_key_provider())
"""

from spectrapi_core.engine.llm.config import LLMConfig
from spectrapi_core.engine.llm.engine import LLMEngine
from spectrapi_core.engine.llm.keys import env_key_provider, secrets_manager_key_provider

__all__ = ["LLMConfig", "LLMEngine", "env_key_provider", "secrets_manager_key_provider"]
