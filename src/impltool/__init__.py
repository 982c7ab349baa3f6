"""impl: plan, check and share the implementation of a social intervention."""

__version__ = "0.1.0"
