"""Lambda REQUEST authorizer: resolves the Bearer key to its account and plan, or denies it."""

from aws_lambda_powertools import Logger

from spectrapi_core.http.authorizer import authorizer_handler

logger = Logger(service="spectrapi-authorizer")


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict, context: object) -> dict:
    return authorizer_handler(event, context)
