"""The plan format: models and the loader that knows where everything stands."""
