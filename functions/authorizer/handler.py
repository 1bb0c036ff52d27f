"""PLACEHOLDER authorizer entry point so the CDK app synthesizes; the real handler replaces this file.

The real handler is an API Gateway REQUEST authorizer that looks up the SHA-256 hash of the bearer key
in the keys table.
"""


def handler(event, context):
    """Reject every request, so an API deployed with this placeholder stays closed."""
    raise Exception("Unauthorized")
