"""The package's shape: imports go one way, each outside library has one door."""

import ast
from pathlib import Path

from radon.visitors import ComplexityVisitor

PACKAGE = Path(__file__).resolve().parent.parent / "checks"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> tuple[set[str], set[str]]:
    """(modules of the package, outside top-level packages) that a module imports anywhere in it."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    inside, outside = set(), set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:  # "from . import numbers" names a module
                candidate = f"{target}.{alias.name}"
                inside.add(candidate if _exists(candidate) else target)
        elif isinstance(node, ast.ImportFrom):
            (inside if node.module.startswith("checks") else outside).add(node.module.split(".")[0]
                                                                           if not node.module.startswith("checks") else node.module)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                (inside if alias.name.startswith("checks") else outside).add(
                    alias.name if alias.name.startswith("checks") else alias.name.split(".")[0])
    return inside - {name}, outside


def _exists(module: str) -> bool:
    path = PACKAGE.parent.joinpath(*module.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


FILES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
GRAPH = {name: imports(path) for name, path in FILES.items()}


def test_no_import_cycle_even_inside_functions():
    state: dict[str, str] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = "open"
        for target in sorted(GRAPH.get(module, (set(), set()))[0]):
            if target == "checks" or target not in GRAPH:
                continue
            assert state.get(target) != "open", " -> ".join(path + [target])
            if target not in state:
                visit(target, path + [target])
        state[module] = "done"

    for module in GRAPH:
        if module not in state:
            visit(module, [module])


LOWER = ("checks.lang", "checks.dates", "checks.kinds", "checks.model", "checks.errors", "checks.words",
         "checks.numbers", "checks.match", "checks.attribution", "checks.verdict", "checks.index", "checks.judge",
         "checks.facts", "checks.sources", "checks.yamlnodes", "checks.pipeline", "checks.shards", "checks.store",
         "checks.stream", "checks.spool", "checks.windows", "checks.cache", "checks.parallel", "checks.dask_backend", "checks.xdist_split",
         "checks.fsspec_sources")


def test_the_engine_never_imports_the_reports_or_the_shells():
    for module, (inside, _) in GRAPH.items():
        if module.startswith(LOWER):
            upward = {t for t in inside if t.startswith(("checks.report", "checks.cli", "checks.pytest_plugin"))}
            assert not upward, f"{module} imports {upward}"


def test_language_tables_hold_no_logic_and_import_nothing_of_the_engine():
    for module, (inside, _) in GRAPH.items():
        if module.startswith("checks.lang"):
            assert inside <= {m for m in GRAPH if m.startswith("checks.lang")}, module
            tree = ast.parse(FILES[module].read_text(encoding="utf-8"))
            assert not [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))], module


def test_each_outside_library_has_one_door():
    libs = ("rapidfuzz", "pytest", "fsspec", "dask")
    users = {lib: sorted(m for m, (_, outside) in GRAPH.items() if lib in outside) for lib in libs}
    assert users == {"rapidfuzz": ["checks.match"], "pytest": ["checks.pytest_plugin"],
                     "fsspec": ["checks.fsspec_sources"], "dask": ["checks.dask_backend"]}


def test_no_function_is_too_complex_to_read():
    """Cyclomatic complexity 20 at most (radon's measure; `radon cc -s -n C checks` lists the worst)."""
    worst = []
    for name, path in FILES.items():
        visitor = ComplexityVisitor.from_code(path.read_text(encoding="utf-8"))
        blocks = visitor.functions + [m for c in visitor.classes for m in c.methods]
        worst += [(b.complexity, f"{name}.{b.name}") for b in blocks if b.complexity > 20]
    assert worst == []


def test_no_module_binds_a_top_level_name_twice():
    """A second table or function of the same name in one module silently replaces the first for every function
    that reads it (a later `_PHRASE_PREPOSITIONS` once changed what an earlier rule read): one binding per name."""
    twice = []
    for path in sorted(Path(__file__).resolve().parent.parent.joinpath("checks").rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                names = []
            for name in names:
                seen[name] = seen.get(name, 0) + 1
        twice += [f"{path.name}: {name}" for name, count in seen.items() if count > 1]
    assert twice == []
