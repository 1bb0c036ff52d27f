"""Data stores: the API keys table, the usage counters table and the categories bucket."""

from __future__ import annotations

from aws_cdk import RemovalPolicy
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_s3 as s3
from constructs import Construct

from infra import names


class Storage(Construct):
    """DynamoDB tables and the S3 bucket, kept on stack deletion unless `destroy_data` is set."""

    def __init__(self, scope: Construct, construct_id: str, *, destroy_data: bool) -> None:
        super().__init__(scope, construct_id)

        removal_policy = RemovalPolicy.DESTROY if destroy_data else RemovalPolicy.RETAIN
        string = dynamodb.AttributeType.STRING

        # One item per key, addressed by the SHA-256 hash of the key so the authorizer needs a single GetItem.
        self.keys_table = dynamodb.Table(
            self,
            "KeysTable",
            partition_key=dynamodb.Attribute(name=names.KEYS_TABLE_PARTITION_KEY, type=string),
            billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
            encryption=dynamodb.TableEncryption.AWS_MANAGED,
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True
            ),
            removal_policy=removal_policy,
        )
        self.keys_table.add_global_secondary_index(
            index_name=names.KEYS_INDEX_BY_KEY_ID,
            partition_key=dynamodb.Attribute(name=names.KEYS_INDEX_BY_KEY_ID_ATTRIBUTE, type=string),
        )
        self.keys_table.add_global_secondary_index(
            index_name=names.KEYS_INDEX_BY_ACCOUNT,
            partition_key=dynamodb.Attribute(name=names.KEYS_INDEX_BY_ACCOUNT_ATTRIBUTE, type=string),
        )

        # Per-minute and per-month counters; DynamoDB deletes an item some time after its `expires_at` (Unix
        # seconds) passes, typically within a few days, so readers must still check the window themselves.
        self.usage_table = dynamodb.Table(
            self,
            "UsageTable",
            partition_key=dynamodb.Attribute(name=names.USAGE_TABLE_PARTITION_KEY, type=string),
            sort_key=dynamodb.Attribute(name=names.USAGE_TABLE_SORT_KEY, type=string),
            time_to_live_attribute=names.USAGE_TABLE_TTL_ATTRIBUTE,
            billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
            encryption=dynamodb.TableEncryption.AWS_MANAGED,
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True
            ),
            removal_policy=removal_policy,
        )

        # Category schemas, one object per category; versioning keeps the old versions readable.
        self.categories_bucket = s3.Bucket(
            self,
            "CategoriesBucket",
            versioned=True,
            encryption=s3.BucketEncryption.S3_MANAGED,
            enforce_ssl=True,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            removal_policy=removal_policy,
            # Emptying a versioned bucket on delete needs a custom resource; only add it when data may go.
            auto_delete_objects=destroy_data,
        )
