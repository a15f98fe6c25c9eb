"""Build undersigned, compiling its rule modules to C with mypyc where a compiler is found.

Metadata, dependencies and package data are in ``pyproject.toml``; this file only adds
the compiled modules. ``UNDERSIGNED_PURE_PYTHON=1`` builds without them.
"""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent

#: Modules left in Python: reading, writing, evaluation and the command line (not where
#: the time goes); the spaCy components (spaCy reads their factories' and methods'
#: signatures); the data generators run as scripts (their help is their docstring,
#: which compiled modules lack); the phrase index (weakly referenced); the errors
#: (subclasses of built-in exceptions); and the dependency rules of ``sm-hybrid``, which
#: read parses through spaCy's loosely typed stubs.
INTERPRETED = {
    "__init__",
    "api",
    "batch",
    "cli",
    "columns",
    "compare",
    "corpus",
    "dependency",
    "encodings",
    "errors",
    "evaluate",
    "front_matter",
    "gazetteer",
    "gold",
    "html",
    "phrases",
    "places",
    "releases",
    "report",
    "scores",
    "visualize",
    "writers",
}


def compiled_paths() -> list[str]:
    """The modules mypyc compiles: the rules of ``pipeline/`` and ``pipeline/extraction/``."""
    paths = []
    for folder in ("pipeline", "pipeline/extraction"):
        for path in sorted((HERE / folder).glob("*.py")):
            if path.stem not in INTERPRETED:
                paths.append(f"{folder}/{path.name}")
    return paths


def wanted() -> bool:
    """Whether to compile: when building, unless asked for pure Python or editable."""
    if os.environ.get("UNDERSIGNED_PURE_PYTHON", "") not in ("", "0"):
        return False
    commands = set(sys.argv[1:])
    # An editable install would put compiled files beside the sources, where they would
    # shadow every later edit of a rule; reading metadata needs no compiling.
    if commands & {"editable_wheel", "develop"}:
        return False
    return bool(commands & {"bdist_wheel", "build", "build_ext", "install"})


class OptionalBuildExt(build_ext):
    """Build the compiled modules, or fall back to pure Python when the compiler fails."""

    def finalize_options(self) -> None:
        """Compile with one process per core unless told otherwise."""
        super().finalize_options()
        if not self.parallel:  # one compiler per core: about half the time on two
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        """Build; on any failure, remove what was built and leave the sources to run."""
        try:
            super().run()
        except Exception as error:  # any compiler or platform failure
            for extension in self.extensions:
                built = Path(self.get_ext_fullpath(extension.name))
                built.unlink(missing_ok=True)
            self.extensions = []
            warnings.warn(
                f"undersigned: compiling with mypyc failed ({error}); installing pure Python, "
                "which gives the same results more slowly",
                stacklevel=1,
            )


def extensions() -> list[Any]:
    """The mypyc extensions, or none."""
    if not wanted():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    # The build environment may lack the dependencies' type stubs, which leaves some of
    # the sources' "type: ignore" comments unused: no reason to stop the build.
    options = ["--no-warn-unused-ignores"]
    try:
        return list(mypycify([*options, *compiled_paths()], opt_level="3", separate=True))
    except (Exception, SystemExit) as error:  # mypyc stops with SystemExit on type errors
        warnings.warn(
            f"undersigned: mypyc could not compile the rule modules ({error}); installing "
            "pure Python, which gives the same results more slowly",
            stacklevel=1,
        )
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
