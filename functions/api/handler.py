"""PLACEHOLDER api entry point so the CDK app synthesizes; the real handler replaces this file.

The real handler serves every /api/v1 route and the web console at / through the API Gateway REST proxy
integration.
"""

import json


def handler(event, context):
    """Return 501 for every request, marking the deployment as incomplete."""
    body = {
        "error": {"code": "internal_error", "message": "The api handler is not installed yet.", "status": 501}
    }
    return {"statusCode": 501, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body)}
