"""Records and settings of the render engine: what goes in, what comes out."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from codepercept.config import ConfigError, setting, validate
from codepercept.trace.schema import Trace


class Status(StrEnum):
    """How a render ended. Only ``OK`` carries a PNG and a trace."""

    OK = "ok"
    ERROR = "error"  # the snippet raised (SyntaxError, NameError, ...)
    TIMEOUT = "timeout"  # wall-clock or CPU limit
    MEMORY = "memory"  # address-space limit (MemoryError)
    NO_FIGURE = "no_figure"  # ran fine but drew nothing
    CRASHED = "crashed"  # the process died (segfault, os._exit, killed)
    OUTPUT_LIMIT = "output_limit"  # stdout/stderr, PNG, trace or figure pixels over the cap
    FORBIDDEN = "forbidden"  # the sandbox refused an operation (exec, socket, fork, ...)


class Isolation(StrEnum):
    """Which operating-system layers were in force for a job, strongest first."""

    FULL = "full"  # fork + rlimits + unprivileged uid + netns + landlock + seccomp
    NO_NETNS = "no_netns"  # as FULL, but the network namespace could not be created
    PARTIAL = "partial"  # some layers missing; see RenderResult.isolation_layers
    NONE = "none"  # in-process, no isolation (benchmarks and debugging only)


#: BLAS/OpenMP thread counts for workers and jobs: a job may not start threads, and a BLAS
#: that tries (scipy ships its own OpenBLAS) aborts its import.
SINGLE_THREAD_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@dataclass(frozen=True, slots=True)
class RenderConfig:
    """Limits and render settings; one object shared by the pool, the CLI and the benchmarks."""

    timeout_s: float = setting(
        10.0, "wall-clock limit per job, seconds; the process group is killed after it", gt=0
    )
    cpu_s: float | None = setting(None, "CPU-time limit, seconds (default: timeout_s + 1)", gt=0)
    memory_mb: int = setting(
        2048, "address-space limit of the job process, MB (matplotlib needs 256)", ge=256
    )
    file_size_mb: int = setting(32, "largest file a job may write in its own directory, MB", ge=1)
    open_files: int = setting(64, "open file descriptors a job may hold (RLIMIT_NOFILE)", ge=1)
    max_output_bytes: int = setting(64 * 1024, "stdout and stderr are each kept up to this", ge=0)
    hard_output_bytes: int = setting(
        8 * 1024 * 1024, "printing more than this many bytes kills the job", ge=0
    )
    max_png_bytes: int = setting(16 * 1024 * 1024, "largest PNG a job may return", ge=1)
    max_trace_bytes: int = setting(32 * 1024 * 1024, "largest trace a job may return", ge=1)
    max_pixels: int = setting(25_000_000, "width x height of the rendered PNG, at most", gt=0)
    dpi: float = setting(100.0, "every figure is saved at this dpi, whatever the code asked", gt=0)
    trace: bool = setting(True, "walk the artist tree after rendering")
    network: bool = setting(False, "keep the host network (never for untrusted code)")
    save_target: str | None = setting(
        None,
        "render the figure the code saves under this file name, as it is at that save (blank "
        "included; an error after it is kept in error and meta); never saving it is no_figure",
    )
    fonts: tuple[str, ...] = setting(
        ("DejaVu Sans", "WenQuanYi Zen Hei"), "sans-serif font fallback chain"
    )

    def __post_init__(self) -> None:
        validate(self)
        if self.max_output_bytes > self.hard_output_bytes:
            raise ConfigError("RenderConfig.max_output_bytes must not exceed hard_output_bytes")

    @property
    def cpu_limit_s(self) -> int:
        return int(self.cpu_s if self.cpu_s is not None else self.timeout_s + 1) + 1


@dataclass(frozen=True, slots=True)
class RenderResult:
    """The outcome of one job. ``png`` and ``trace`` are set only when ``status`` is OK."""

    status: Status
    png: bytes | None = None
    trace: Trace | None = None
    error: str = ""  # one-line reason, then a traceback tail
    stdout: str = ""
    stderr: str = ""
    duration_s: float = 0.0
    isolation: Isolation = Isolation.NONE
    isolation_layers: tuple[str, ...] = ()
    n_figures: int = 0
    width_px: int = 0
    height_px: int = 0
    meta: dict = field(default_factory=dict)  # savefig arguments seen, truncation flags, ...

    @property
    def ok(self) -> bool:
        return self.status is Status.OK

    @property
    def reason(self) -> str:
        """The first line of ``error`` (what a CLI prints)."""
        return self.error.splitlines()[0] if self.error else ""
