"""Local serving: an HTTP server that feeds the Lambda handlers API Gateway events, as API Gateway would."""
