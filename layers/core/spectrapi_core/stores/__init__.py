"""Ports (small Protocols) and their adapters: SQLite for local use, DynamoDB and S3 on AWS."""
