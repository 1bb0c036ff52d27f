"""`spectrapi serve`: an ASGI app over `LocalGateway`, run by uvicorn on 127.0.0.1."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from spectrapi_core.local.gateway import HttpRequest, HttpResponse, LocalGateway
from spectrapi_core.service.deps import Dependencies

WORKER_THREADS = 8


class AsgiGateway:
    """ASGI application: reads the request, dispatches it on a worker thread, writes the response."""

    def __init__(self, deps: Dependencies) -> None:
        self.gateway = LocalGateway(deps)
        self.max_body_bytes = deps.settings.max_body_bytes
        self._executor = ThreadPoolExecutor(max_workers=WORKER_THREADS, thread_name_prefix="spectrapi")

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return

        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body.extend(message.get("body", b""))
            # Stop buffering once the body is over the limit; the gateway rejects it by length.
            if len(body) > self.max_body_bytes or not message.get("more_body"):
                break

        client = scope.get("client") or ("127.0.0.1", 0)
        request = HttpRequest(
            method=scope["method"],
            path=scope["path"],
            query_string=scope.get("query_string", b"").decode("latin-1"),
            headers=[(name.decode("latin-1"), value.decode("latin-1")) for name, value in scope["headers"]],
            body=bytes(body),
            source_ip=client[0],
        )
        loop = asyncio.get_running_loop()
        response: HttpResponse = await loop.run_in_executor(self._executor, self.gateway.dispatch, request)
        await send(
            {
                "type": "http.response.start",
                "status": response.status,
                "headers": [
                    (name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in response.headers
                ],
            }
        )
        await send({"type": "http.response.body", "body": response.body})

    async def _lifespan(self, receive: Any, send: Any) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self._executor.shutdown(wait=False, cancel_futures=True)
                await send({"type": "lifespan.shutdown.complete"})
                return


def serve(deps: Dependencies, *, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> None:
    """Serve the API until interrupted."""
    import uvicorn

    uvicorn.run(AsgiGateway(deps), host=host, port=port, log_level=log_level, access_log=False, lifespan="on")
