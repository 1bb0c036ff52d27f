"""HTTP layer shared by Lambda and the local server: routes, body parsing and the one error mapper."""
