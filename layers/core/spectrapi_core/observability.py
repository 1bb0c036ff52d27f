"""CloudWatch metrics in Embedded Metric Format through Powertools.

The api function's entry point flushes them once per invocation (`metrics.log_metrics`). Locally, `spectrapi serve`
and the CLI set `POWERTOOLS_METRICS_DISABLED=true`, so nothing is buffered or printed.
"""

from __future__ import annotations

import os
from functools import lru_cache

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics import MetricUnit, single_metric
from aws_lambda_powertools.metrics.functions import is_metrics_disabled

NAMESPACE = os.environ.get("POWERTOOLS_METRICS_NAMESPACE", "SpectrAPI")
SERVICE = os.environ.get("POWERTOOLS_SERVICE_NAME", "spectrapi")

metrics = Metrics(namespace=NAMESPACE, service=SERVICE)


@lru_cache(maxsize=1)
def _enabled() -> bool:
    return not is_metrics_disabled()


def record_request(*, status: int, error_code: str | None, latency_ms: int, records: int, llm_tokens: int) -> None:
    """Add one request's metrics: latency, records generated, LLM tokens, and an error count by code."""
    if not _enabled():
        return
    metrics.add_metric(name="latency_ms", unit=MetricUnit.Milliseconds, value=latency_ms)
    if records:
        metrics.add_metric(name="records_generated", unit=MetricUnit.Count, value=records)
    if llm_tokens:
        metrics.add_metric(name="llm_tokens", unit=MetricUnit.Count, value=llm_tokens)
    if error_code is not None:
        # A dimension on the shared Metrics object would apply to every metric above, so errors go out alone.
        with single_metric(name="errors", unit=MetricUnit.Count, value=1, namespace=NAMESPACE) as metric:
            metric.add_dimension(name="service", value=SERVICE)
            metric.add_dimension(name="code", value=error_code)
