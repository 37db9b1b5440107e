"""Test-only Client with the Serving ≥ 1.3 signature: Client(address, servable, method, version_number)."""
from ms_test_client_common import BaseClient


class Client(BaseClient):
    """Calls MSService.Predict at address ("host:port")."""

    def __init__(self, address, servable_name, method_name, version_number=0, ssl_config=None):
        if ssl_config is not None:
            raise RuntimeError("this test client has no TLS")
        self._connect(address, servable_name, method_name, version_number)
