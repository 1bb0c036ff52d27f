"""SpectrAPI core: models, engines, service, stores and the HTTP layer shared by Lambda and local use."""

__version__ = "0.1.0"
