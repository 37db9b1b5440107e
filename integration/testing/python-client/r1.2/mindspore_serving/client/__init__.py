"""Test-only Client with the Serving 1.1–1.2 signature: Client(ip, port, servable, method, version_number)."""
from ms_test_client_common import BaseClient


class Client(BaseClient):
    """Calls MSService.Predict at ip:port."""

    def __init__(self, ip, port, servable_name, method_name, version_number=0):
        if not isinstance(port, int) or not 1 <= port <= 65535:
            raise RuntimeError("port should be an int in [1, 65535]")
        self._connect(f"{ip}:{port}", servable_name, method_name, version_number)
