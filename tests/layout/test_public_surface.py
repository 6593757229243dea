"""The package layout as a contract: cross-package names are public, light modules stay light."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "codepercept"


def _package_of(module: str) -> str:
    """'codepercept.synth.gates.run' -> 'codepercept.synth' (the top-level subpackage)."""
    parts = module.split(".")
    return ".".join(parts[:2])


def _module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _cross_package_imports() -> list[tuple[str, str, str]]:
    """(importing module, package imported from, name) for every `from codepercept.X... import n`
    whose package X differs from the importer's."""
    out = []
    for path in sorted(SRC.rglob("*.py")):
        importer = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or not node.module or node.level:
                continue
            if not node.module.startswith("codepercept."):
                continue
            pkg = _package_of(node.module)
            if pkg == _package_of(importer) or pkg.count(".") < 1:
                continue
            if not (SRC / pkg.split(".")[1] / "__init__.py").exists():
                continue  # a top-level module (errors, config, registry): all of it is public
            for alias in node.names:
                out.append((importer, pkg, alias.name))
    return out


def test_names_used_across_packages_are_exported():
    missing = []
    for importer, pkg, name in _cross_package_imports():
        exported = getattr(importlib.import_module(pkg), "__all__", ())
        if name not in exported:
            missing.append(f"{importer} imports {name} from {pkg}, which does not export it")
    assert not missing, "\n".join(sorted(set(missing)))


def test_every_package_declares_all():
    for init in sorted(SRC.glob("*/__init__.py")):
        mod = importlib.import_module(_module_name(init))
        assert hasattr(mod, "__all__"), f"{mod.__name__} has no __all__"
        for name in mod.__all__:
            assert hasattr(mod, name), f"{mod.__name__}.__all__ names {name}, which is missing"


@pytest.mark.parametrize(
    "module, banned",
    [
        ("codepercept.trace.schema", "matplotlib"),
        ("codepercept.trace", "matplotlib"),
        ("codepercept.registry", "numpy"),
        ("codepercept.config", "numpy"),
        ("codepercept.io", "numpy"),
    ],
)
def test_light_modules_do_not_load_heavy_ones(module, banned):
    code = (
        f"import sys, {module}\n"
        f"bad = sorted(m for m in sys.modules if m == {banned!r} or m.startswith({banned!r} + '.'))\n"
        "print(len(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0", f"importing {module} loaded {banned}"


#: Which packages each package may import, lazily or not: data flows one way.
LAYERS: dict[str, set[str]] = {
    "trace": set(),
    "sandbox": {"trace"},
    "vlm": set(),
    "score": {"trace", "sandbox", "vlm"},
    "grounding": {"trace", "score"},
    "baseline": {"trace", "sandbox", "score", "vlm"},
    "runs": set(),
    "synth": {"trace", "sandbox", "score", "vlm", "grounding", "runs"},
    "pipelines": {"trace", "sandbox", "score", "vlm", "grounding", "runs", "synth"},
    "bench": {"trace", "sandbox", "score", "vlm", "grounding", "runs", "synth", "pipelines"},
    "rewards": {"trace", "sandbox", "score", "vlm", "grounding", "runs", "synth", "bench"},
    "perception": {"trace", "sandbox", "score", "vlm", "grounding", "runs", "synth", "bench"},
    "train": {"trace", "sandbox", "score", "vlm", "grounding", "runs", "synth", "rewards"},
}
FOUNDATION = {"errors", "config", "registry", "io", "pixels", "lazy"}


def test_imports_follow_the_layers():
    wrong = []
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC).parts
        pkg = parts[0] if len(parts) > 1 else None
        if pkg not in LAYERS:
            continue  # cli may import anything; foundation modules are checked below
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                bits = name.split(".")
                if bits[0] != "codepercept" or len(bits) < 2:
                    continue
                dep = bits[1]
                if dep == pkg or dep in FOUNDATION or dep in LAYERS[pkg]:
                    continue
                wrong.append(f"{path.relative_to(SRC)} imports codepercept.{dep}")
    assert not wrong, "\n".join(wrong)


def test_foundation_modules_import_only_each_other():
    for name in FOUNDATION:
        path = SRC / f"{name}.py"
        paths = [path] if path.exists() else sorted((SRC / name).rglob("*.py"))
        assert paths, f"codepercept.{name} is missing"
        for p in paths:
            for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    bits = node.module.split(".")
                    if bits[0] == "codepercept" and len(bits) > 1:
                        assert bits[1] in FOUNDATION, f"{p.name} imports {node.module}"
