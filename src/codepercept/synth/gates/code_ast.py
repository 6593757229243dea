"""Static checks of a snippet's syntax tree: imports, file/network/clock access, seeding.

Only reads the code; nothing here executes it. Names are resolved through the snippet's own
import aliases (``import numpy as np`` makes ``np.random.rand`` mean ``numpy.random.rand``).
Limits: the scan is flow-insensitive apart from source order (a seed call must come before the
first draw in the file); randomness reached through ``getattr`` with a computed name is reported
as dynamic access instead.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

#: Modules grouped by what importing them gives access to (for clear reasons).
ACCESS_MODULES: dict[str, frozenset[str]] = {
    "file_access": frozenset(
        "os sys pathlib shutil io glob tempfile pickle shelve sqlite3 fileinput zipfile "
        "tarfile gzip bz2 lzma csv json builtins importlib inspect gc ctypes mmap".split()
    ),
    "network_access": frozenset(
        "socket requests urllib urllib3 http httpx aiohttp ftplib smtplib poplib imaplib "
        "telnetlib ssl asyncio webbrowser xmlrpc socketserver".split()
    ),
    "clock_access": frozenset("time datetime calendar zoneinfo timeit sched".split()),
    "process_access": frozenset(
        "subprocess multiprocessing threading concurrent signal pty resource".split()
    ),
}

#: Builtins that reach outside the figure or run code built at run time.
FORBIDDEN_BUILTINS: dict[str, str] = {
    "open": "file_access",
    "input": "file_access",
    "eval": "dynamic_code",
    "exec": "dynamic_code",
    "compile": "dynamic_code",
    "__import__": "dynamic_code",
    "breakpoint": "dynamic_code",
    "globals": "dynamic_code",
    "locals": "dynamic_code",
    "vars": "dynamic_code",
    "exit": "dynamic_code",
    "quit": "dynamic_code",
}

#: Functions of allowed libraries that read or write files or fetch data.
FILE_CALLS = frozenset(
    {
        "numpy.load",
        "numpy.save",
        "numpy.savez",
        "numpy.savez_compressed",
        "numpy.savetxt",
        "numpy.loadtxt",
        "numpy.genfromtxt",
        "numpy.fromfile",
        "numpy.fromregex",
        "numpy.memmap",
        "numpy.DataSource",
        "matplotlib.pyplot.imread",
        "matplotlib.pyplot.imsave",
        "matplotlib.image.imread",
        "matplotlib.image.imsave",
        "matplotlib.cbook.get_sample_data",
    }
)
NETWORK_PREFIXES = ("scipy.datasets",)
FILE_PREFIXES = ("scipy.io",)

_NP_CTORS = frozenset(
    "default_rng RandomState Generator PCG64 PCG64DXSM MT19937 Philox SFC64 SeedSequence".split()
)
_PY_CTORS = frozenset({"Random"})


@dataclass
class Finding:
    """One problem found in the code: a stable code, a message and the line."""

    code: str
    message: str
    line: int = 0


@dataclass
class _Aliases:
    names: dict[str, str] = field(default_factory=dict)  # local name -> dotted path
    stars: list[str] = field(default_factory=list)  # modules imported with *


def _collect_aliases(nodes: list[ast.AST]) -> _Aliases:
    al = _Aliases()
    for node in nodes:
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.asname:
                    al.names[a.asname] = a.name
                else:
                    top = a.name.split(".")[0]
                    al.names[top] = top
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for a in node.names:
                if a.name == "*":
                    al.stars.append(node.module)
                else:
                    al.names[a.asname or a.name] = f"{node.module}.{a.name}"
    return al


def _star_numpy_random() -> frozenset[str]:
    import numpy.random

    return frozenset(n for n in dir(numpy.random) if not n.startswith("_"))


def dotted(node: ast.AST, al: _Aliases) -> str | None:
    """The dotted name an expression like ``np.random.rand`` resolves to, or None."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    head = al.names.get(node.id)
    if head is None:
        head = _from_star(node.id, al.stars)
    if head is None:
        return None if parts else node.id
    return ".".join([head, *reversed(parts)])


def _from_star(name: str, stars: list[str]) -> str | None:
    for mod in stars:
        if mod in ("numpy.random", "pylab", "matplotlib.pylab") and name in _star_numpy_random():
            return f"numpy.random.{name}"
        if mod in ("numpy", "pylab", "matplotlib.pylab") and name == "random":
            return "numpy.random"
        if mod == "random" and not name.startswith("_"):
            return f"random.{name}"
    return None


def check_imports(nodes: list[ast.AST], allowed: tuple[str, ...]) -> list[Finding]:
    """Imports outside the allowlist, named by what they would give access to."""
    out: list[Finding] = []
    allowed_set = set(allowed)
    for node in nodes:
        mods: list[str] = []
        if isinstance(node, ast.Import):
            mods = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                out.append(Finding("disallowed_import", "relative import", node.lineno))
                continue
            mods = [node.module or ""]
        for mod in mods:
            top = mod.split(".")[0]
            if top in allowed_set:
                continue
            kind = next((k for k, ms in ACCESS_MODULES.items() if top in ms), "disallowed_import")
            what = kind.replace("_", " ")
            msg = f"imports {mod!r}" + (f" ({what})" if kind != "disallowed_import" else "")
            out.append(Finding(kind, msg + " - not in the allowed imports", node.lineno))
    return out


def check_access(nodes: list[ast.AST], al: _Aliases) -> list[Finding]:
    """Forbidden builtins, file/network functions of allowed libraries and dunder tricks."""
    out: list[Finding] = []
    # A name the snippet binds itself (a variable ``input``) is not the builtin, unless it is
    # called: binding it anywhere must not excuse ``open('f')`` elsewhere in the snippet.
    called = {n.func.id for n in nodes if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    exempt = _bound_names(nodes) - called
    for node in nodes:
        if isinstance(node, ast.Name) and node.id in FORBIDDEN_BUILTINS:
            if node.id not in al.names and node.id not in exempt:
                out.append(Finding(FORBIDDEN_BUILTINS[node.id], f"uses {node.id}()", node.lineno))
        elif isinstance(node, ast.Attribute):
            if node.attr.startswith("__") and node.attr.endswith("__") and node.attr != "__name__":
                out.append(Finding("dynamic_code", f"touches {node.attr}", node.lineno))
            elif node.attr == "tofile":
                out.append(Finding("file_access", "writes an array with .tofile()", node.lineno))
        elif isinstance(node, ast.Call):
            name = dotted(node.func, al) or ""
            if name in FILE_CALLS or name.startswith(FILE_PREFIXES):
                out.append(Finding("file_access", f"calls {name}()", node.lineno))
            elif name.startswith(NETWORK_PREFIXES):
                out.append(Finding("network_access", f"calls {name}() (downloads)", node.lineno))
            elif name == "numpy.datetime64" and _has_clock_arg(node):
                out.append(Finding("clock_access", "reads the clock via datetime64", node.lineno))
            elif name in ("getattr", "setattr", "delattr") and not _literal_attr(node):
                out.append(Finding("dynamic_code", f"{name}() with a computed name", node.lineno))
    return out


def _bound_names(nodes: list[ast.AST]) -> set[str]:
    """Names the snippet assigns itself (a variable called ``input`` is not the builtin)."""
    bound: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
    return bound


def _has_clock_arg(call: ast.Call) -> bool:
    return any(
        isinstance(a, ast.Constant) and str(a.value).lower() in ("now", "today") for a in call.args
    )


def _literal_attr(call: ast.Call) -> bool:
    return len(call.args) >= 2 and isinstance(call.args[1], ast.Constant)


def _seeded_args(call: ast.Call) -> bool:
    """True when a seeding call passes a value that is not None."""
    values = list(call.args) + [k.value for k in call.keywords if k.arg in (None, "seed", "x")]
    return any(not (isinstance(v, ast.Constant) and v.value is None) for v in values)


#: The global-state RNG modules: (call prefix, constructors that must get a seed, constructors
#: that cannot be seeded at all, constructors exempt: numpy's Generator wraps a bit generator,
#: which is checked where it is made).
_RNG_MODULES = (
    ("numpy.random.", _NP_CTORS, frozenset(), frozenset({"Generator"})),
    ("random.", _PY_CTORS, frozenset({"SystemRandom"}), frozenset()),
)


def check_randomness(nodes: list[ast.AST], al: _Aliases) -> list[Finding]:
    """Draws from global RNG state before any seed call, and generators made without a seed."""
    calls = sorted(
        (n for n in nodes if isinstance(n, ast.Call)),
        key=lambda n: (n.lineno, n.col_offset),
    )
    seeded = {prefix: False for prefix, *_ in _RNG_MODULES}
    out: list[Finding] = []
    for call in calls:
        name = dotted(call.func, al)
        for prefix, ctors, unseedable, exempt in _RNG_MODULES:
            if not name or not name.startswith(prefix):
                continue
            fn = name.removeprefix(prefix)
            if fn == "seed":
                seeded[prefix] = seeded[prefix] or _seeded_args(call)
            elif fn in unseedable:
                out.append(Finding("unseeded_random", f"{name} cannot be seeded", call.lineno))
            elif fn in exempt:
                pass
            elif fn in ctors:
                if not _seeded_args(call):
                    out.append(Finding("unseeded_random", f"{name}() without a seed", call.lineno))
            elif not seeded[prefix]:
                why = f"{name}() draws before any {prefix}seed(...) call"
                out.append(Finding("unseeded_random", why, call.lineno))
            break
    return out


def scan(code: str, allowed: tuple[str, ...]) -> list[Finding]:
    """Every static finding for ``code``; a syntax error is a single finding."""
    try:
        tree = ast.parse(code)
    except SyntaxError as e:
        return [Finding("syntax_error", f"{e.msg} (line {e.lineno})", e.lineno or 0)]
    nodes = list(ast.walk(tree))
    al = _collect_aliases(nodes)
    return check_imports(nodes, allowed) + check_access(nodes, al) + check_randomness(nodes, al)
