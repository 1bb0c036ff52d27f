"""The web console: `GET /` serves its page and `GET /console/{asset}` its scripts, styles and icon.

The files live in `spectrapi_core/console/` and ship inside the Lambda layer, so the api function serves the console
on AWS exactly as `spectrapi serve` does locally. Both routes are public (see `is_public_route`). The page prompts
for the user's own key and sends it only to this origin's API.

Only the files listed in that folder at import time are served, so a crafted asset name (`..`, an encoded slash, an
unknown file) is a 404 and never reaches the file system.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response

from spectrapi_core.errors import NotFoundError
from spectrapi_core.http.app import register_routes
from spectrapi_core.service.deps import Dependencies

CONSOLE_DIR = Path(__file__).resolve().parent.parent / "console"
CONSOLE_ASSET_PREFIX = "/console/"

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}

# The console loads nothing from other origins and runs no inline script or style; it calls only this API.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ]
)

# Browsers keep a copy but revalidate it with the ETag on every load, so a deploy shows up at once and an unchanged
# file costs a 304 without a body.
CACHE_CONTROL = "no-cache"


@dataclass(frozen=True)
class ConsoleFile:
    """One console file held in memory with its content type and entity tag."""

    body: str
    content_type: str
    etag: str


def _load_files(folder: Path) -> dict[str, ConsoleFile]:
    """Read every servable file in the console folder, keyed by file name."""
    files: dict[str, ConsoleFile] = {}
    for path in sorted(folder.iterdir()):
        content_type = CONTENT_TYPES.get(path.suffix)
        if not path.is_file() or content_type is None:
            continue
        raw = path.read_bytes()
        files[path.name] = ConsoleFile(
            body=raw.decode("utf-8"),
            content_type=content_type,
            etag=f'"{hashlib.sha256(raw).hexdigest()[:32]}"',
        )
    return files


CONSOLE_FILES = _load_files(CONSOLE_DIR)
INDEX_FILE = "index.html"


def _header(app: APIGatewayRestResolver, name: str) -> str | None:
    headers = app.current_event.headers or {}
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None


def _file_response(app: APIGatewayRestResolver, file: ConsoleFile) -> Response:
    headers = {
        "Cache-Control": CACHE_CONTROL,
        "ETag": file.etag,
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }
    if_none_match = _header(app, "If-None-Match") or ""
    if file.etag in {tag.strip() for tag in if_none_match.split(",")}:
        return Response(status_code=304, body="", headers=headers)
    return Response(status_code=200, content_type=file.content_type, body=file.body, headers=headers)


def _stage_root_redirect(app: APIGatewayRestResolver) -> Response | None:
    """Redirect `https://host/stage` to `https://host/stage/` so the page's relative URLs resolve under the stage.

    API Gateway routes both spellings to `/`; the path it reports in the request context keeps the stage prefix.
    Locally that path is always `/`, so nothing is redirected.
    """
    public_path = app.current_event.request_context.path or "/"
    if public_path.endswith("/"):
        return None
    return Response(status_code=308, body="", headers={"Location": f"{public_path}/", "Cache-Control": CACHE_CONTROL})


@register_routes
def register_console_routes(app: APIGatewayRestResolver, deps: Dependencies) -> None:
    """Add `GET /` and `GET /console/<asset>` to the resolver."""

    @app.get("/")
    def console_page() -> Response:
        return _stage_root_redirect(app) or _file_response(app, CONSOLE_FILES[INDEX_FILE])

    @app.get(f"{CONSOLE_ASSET_PREFIX}<asset>")
    def console_asset(asset: str) -> Response:
        file = CONSOLE_FILES.get(asset)
        if file is None or asset == INDEX_FILE:
            raise NotFoundError(f"No console file named {asset!r}. The console page is at /.")
        return _file_response(app, file)
