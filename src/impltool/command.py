"""The `impl` command (also `python -m impltool`): the process set up to start fast, then the CLI.

Python's cyclic garbage collector is switched off before the CLI loads. Importing typer and
pydantic and building the plan model create hundreds of thousands of objects that live until
exit, and the collector walks over them again and again: 5 to 10 % of `impl check`'s
start-up. impl itself makes next to no reference cycles, so memory does not grow: checking
1,000 plans in one process, or a plan of 2,000 activities, peaks within 1 MB of a run with
the collector on (bench/RESULTS.md).

impl uses no pydantic plugins, and says so (PYDANTIC_DISABLE_PLUGINS). pydantic still imports
`importlib.metadata` (with `email`, `csv` and `zipfile`) to look for them, about a twentieth of
`impl check`'s start-up; so impl hands pydantic a plugin loader that knows there are none,
whenever the variable disables them all (a user may set it to disable only some).
"""

import gc
import os
import sys
import types


def main() -> None:
    # In main, not at import: importing this module changes nothing.
    gc.disable()
    # impl uses no pydantic plugins; skipping their entry-point scan saves start-up time.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] in ("__all__", "1", "true"):
        sys.modules.setdefault("pydantic.plugin._loader", _NO_PLUGINS)
    from .cli import main as run_cli

    run_cli()


def _real_loader(name: str) -> object:
    """Anything else a pydantic release may take from its loader comes from the real one (the
    import system's own questions, `__path__` and the like, are answered as for a module)."""
    if name.startswith("__"):
        raise AttributeError(name)
    import importlib.machinery
    import importlib.util

    import pydantic.plugin

    full_name = "pydantic.plugin._loader"
    real = sys.modules.get(full_name)
    if real is None or real is _NO_PLUGINS:  # load it once, under its own name
        finder = importlib.machinery.PathFinder
        spec = finder.find_spec(full_name, list(pydantic.plugin.__path__))
        if spec is None or spec.loader is None:
            raise AttributeError(name)
        real = importlib.util.module_from_spec(spec)
        sys.modules[full_name] = real
        pydantic.plugin._loader = real  # type: ignore[attr-defined]
        spec.loader.exec_module(real)
    return getattr(real, name)


# pydantic takes one function from its plugin loader (pydantic/plugin/_schema_validator.py):
# `get_plugins`, which returns () when plugins are disabled.
_NO_PLUGINS = types.ModuleType("pydantic.plugin._loader", "impl: no pydantic plugins")
_NO_PLUGINS.get_plugins = tuple  # type: ignore[attr-defined]
setattr(_NO_PLUGINS, "__getattr__", _real_loader)  # noqa: B010 - mypy: a module's hook
