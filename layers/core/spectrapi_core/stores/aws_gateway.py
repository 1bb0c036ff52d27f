"""Keys on a deployed stack: stack outputs, the key item in DynamoDB, and the API Gateway API key.

The authorizer returns the key's SHA-256 hash as `usageIdentifierKey`, so each SpectrAPI key has an API Gateway API
key whose value is that hash, member of its plan's usage plan. API Gateway then applies the plan's throttle and quota
at the edge; the exact counters stay in the service.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spectrapi_core.errors import BadRequestError, NotFoundError
from spectrapi_core.service.keys import CreatedKey, create_key, revoke_key
from spectrapi_core.stores.dynamodb_keys import DynamoDBKeyStore
from spectrapi_core.stores.ports import ApiKey, KeyMode

OUTPUT_KEYS_TABLE = "KeysTableName"
OUTPUT_USAGE_PLAN_PREFIX = "UsagePlanId"


@dataclass(frozen=True)
class StackOutputs:
    """The outputs of a deployed SpectrAPI stack that key management needs."""

    keys_table: str
    usage_plan_ids: dict[str, str]


def read_stack_outputs(cloudformation: Any, stack_name: str) -> StackOutputs:
    """Read the keys table and usage plan ids from a deployed stack.

    Raises:
        NotFoundError: the stack does not exist or lacks the outputs.
    """
    try:
        stacks = cloudformation.describe_stacks(StackName=stack_name)["Stacks"]
    except cloudformation.exceptions.ClientError as error:
        raise NotFoundError(
            f"Stack {stack_name!r} was not found: {error}. Deploy it with 'cdk deploy' first."
        ) from None
    outputs = {item["OutputKey"]: item["OutputValue"] for item in stacks[0].get("Outputs", [])}
    if OUTPUT_KEYS_TABLE not in outputs:
        raise NotFoundError(f"Stack {stack_name!r} has no {OUTPUT_KEYS_TABLE} output; is it a SpectrAPI stack?")
    plans = {
        name.removeprefix(OUTPUT_USAGE_PLAN_PREFIX).lower(): value
        for name, value in outputs.items()
        if name.startswith(OUTPUT_USAGE_PLAN_PREFIX)
    }
    return StackOutputs(keys_table=outputs[OUTPUT_KEYS_TABLE], usage_plan_ids=plans)


class GatewayKeyManager:
    """Creates and revokes keys on a deployed stack, keeping DynamoDB and API Gateway in step."""

    def __init__(self, outputs: StackOutputs, *, dynamodb: Any, apigateway: Any) -> None:
        self.outputs = outputs
        self.store = DynamoDBKeyStore(dynamodb.Table(outputs.keys_table))
        self._apigateway = apigateway

    def create(
        self,
        *,
        plan: str,
        mode: KeyMode,
        label: str = "",
        account_id: str | None = None,
        rate_per_minute: int | None = None,
    ) -> CreatedKey:
        """Create the key item, then its API Gateway API key in the plan's usage plan."""
        if account_id is None and plan not in self.outputs.usage_plan_ids:
            known = ", ".join(sorted(self.outputs.usage_plan_ids)) or "none"
            raise BadRequestError(f"The stack has no usage plan for plan {plan!r}; its plans are: {known}.")
        created = create_key(
            self.store, plan=plan, mode=mode, label=label, account_id=account_id, rate_per_minute=rate_per_minute
        )
        usage_plan_id = self.outputs.usage_plan_ids.get(created.account.plan)
        gateway_key = self._apigateway.create_api_key(
            name=created.key.key_id,
            description=label or f"SpectrAPI {mode} key",
            enabled=True,
            value=created.key.key_hash,
        )
        if usage_plan_id:
            self._apigateway.create_usage_plan_key(
                usagePlanId=usage_plan_id, keyId=gateway_key["id"], keyType="API_KEY"
            )
        return created

    def revoke(self, key_id: str) -> ApiKey:
        """Revoke the key item and delete its API Gateway API key (and with it the usage plan membership)."""
        revoked = revoke_key(self.store, key_id)
        for item in self._apigateway.get_api_keys(nameQuery=key_id).get("items", []):
            if item.get("name") == key_id:
                self._apigateway.delete_api_key(apiKey=item["id"])
        return revoked


def gateway_key_manager(stack_name: str, *, region: str | None = None) -> GatewayKeyManager:
    """Build a manager for a deployed stack with the default AWS credentials chain."""
    import boto3

    session = boto3.session.Session(region_name=region)
    outputs = read_stack_outputs(session.client("cloudformation"), stack_name)
    return GatewayKeyManager(outputs, dynamodb=session.resource("dynamodb"), apigateway=session.client("apigateway"))
