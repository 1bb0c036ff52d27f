"""SpectrAPI core: models, engines, service, stores and the HTTP layer shared by Lambda and local use."""

from spectrapi_core import deferred_imports

deferred_imports.install()

__version__ = "0.1.0"
