"""Records and settings of the render engine: what goes in, what comes out."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

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

    timeout_s: float = 10.0  # wall-clock limit per job; the process group is killed after it
    cpu_s: float | None = None  # CPU-time limit; default: timeout_s + 1
    memory_mb: int = 2048  # address-space limit of the job process
    file_size_mb: int = 32  # largest file a job may write in its own directory
    open_files: int = 64  # RLIMIT_NOFILE
    max_output_bytes: int = 64 * 1024  # stdout and stderr are each kept up to this size
    hard_output_bytes: int = 8 * 1024 * 1024  # printing more than this kills the job
    max_png_bytes: int = 16 * 1024 * 1024
    max_trace_bytes: int = 32 * 1024 * 1024
    max_pixels: int = 25_000_000  # width x height of the rendered PNG
    dpi: float = 100.0  # every figure is saved at this dpi, whatever the code asked for
    trace: bool = True  # walk the artist tree after rendering
    network: bool = False  # True keeps the host network (never for untrusted code)
    fonts: tuple[str, ...] = ("DejaVu Sans", "WenQuanYi Zen Hei")  # sans-serif fallback chain

    def __post_init__(self) -> None:
        if self.timeout_s <= 0:
            raise ValueError(f"timeout_s must be > 0, got {self.timeout_s}")
        if self.memory_mb < 256:
            raise ValueError(
                f"memory_mb must be >= 256 (matplotlib needs it), got {self.memory_mb}"
            )
        if self.dpi <= 0 or self.max_pixels <= 0:
            raise ValueError("dpi and max_pixels must be positive")
        if self.max_output_bytes > self.hard_output_bytes:
            raise ValueError("max_output_bytes must not exceed hard_output_bytes")

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
