"""insights may import the standard library, numpy, pandas and cmrdesk.domain, nothing else."""

import ast
import sys
from pathlib import Path

import cmrdesk.insights

ALLOWED = {"numpy", "pandas", "cmrdesk"}


def test_insights_imports_only_what_it_may():
    package = Path(cmrdesk.insights.__file__).parent
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top in ALLOWED or top in sys.stdlib_module_names, (path.name, name)
                if top == "cmrdesk":
                    assert name.startswith("cmrdesk.domain"), (path.name, name)
