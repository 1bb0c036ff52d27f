"""Lambda entry point of the API: every `/api/v1/...` route and the console at `/`."""

from aws_lambda_powertools import Logger

from spectrapi_core.http.entrypoints import api_handler
from spectrapi_core.observability import metrics

logger = Logger(service="spectrapi")


@metrics.log_metrics
@logger.inject_lambda_context(clear_state=True)
def handler(event: dict, context: object) -> dict:
    return api_handler(event, context)
