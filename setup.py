"""The project is described in pyproject.toml; this file only adds one build step.

``build_py`` also builds the tables a first run would otherwise build on an empty cache (the
concept lexicon, the syllable table and pyphen's parsed hyphenation patterns, about 1.2 s of
CPU) into ``lint_rules/store/shipped/``
of the build, from the sources just copied there (``lint_rules.commands.shipped_tables``; read
by ``lint_rules.store.prebuilt``). An editable install has no such folder and builds them on
first use, as before.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTables(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        build_lib = Path(self.build_lib).resolve()
        shipped = build_lib / "lint_rules" / "store" / "shipped"
        # a failed build must not ship an earlier build's tables
        shutil.rmtree(shipped, ignore_errors=True)
        with tempfile.TemporaryDirectory(prefix="healthlint-build-cache-") as cache:
            # the regex and dataclass stores the build's imports write go to a folder thrown away;
            # the package is the copy in build_lib (run from there, so the source tree is not on
            # the path and gets no bytecode), and the default data files, not the builder's own
            # HPO file, are what the tables are built from and named after
            path = os.pathsep.join(p for p in (str(build_lib), os.environ.get("PYTHONPATH", "")) if p)
            env = dict(os.environ, PYTHONPATH=path, HEALTHLINT_CACHE_DIR=cache, PYTHONDONTWRITEBYTECODE="1")
            env.pop("HEALTHLINT_HPO_OBO", None)
            done = subprocess.run([sys.executable, "-m", "lint_rules.commands.shipped_tables", str(shipped)],
                                  env=env, cwd=build_lib, check=False)
            if done.returncode != 0:
                # the tables only save a first run's time: an install without them works, and
                # builds them on first use as a checkout does
                print("healthlint: could not build the shipped tables; the first run will build them",
                      file=sys.stderr)


setup(cmdclass={"build_py": BuildWithTables})
