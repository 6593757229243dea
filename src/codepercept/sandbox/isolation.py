"""Operating-system isolation layers applied inside a freshly forked job process.

Every function here runs in the job child after ``fork()`` and before any untrusted code.
Isolation comes from the kernel (rlimits, an unprivileged uid, a network namespace,
Landlock, seccomp); nothing relies on hiding Python functions. Each layer that could not
be applied is left out of the returned list so the result reports what was really in force.
"""

from __future__ import annotations

import ctypes
import errno
import os
import resource
import struct
import sys
from dataclasses import dataclass

_libc = ctypes.CDLL(None, use_errno=True)

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
PR_SET_NO_NEW_PRIVS = 38
PR_SET_DUMPABLE = 4
PR_SET_PDEATHSIG = 1
_EXIT_ORPHANED = 73

# Landlock (x86_64 and aarch64 share these syscall numbers).
_SYS_LANDLOCK_CREATE_RULESET = 444
_SYS_LANDLOCK_ADD_RULE = 445
_SYS_LANDLOCK_RESTRICT_SELF = 446
_LL_CREATE_RULESET_VERSION = 1
_LL_RULE_PATH_BENEATH = 1
_FS_EXECUTE = 1 << 0
_FS_WRITE_FILE = 1 << 1
_FS_READ_FILE = 1 << 2
_FS_READ_DIR = 1 << 3
_FS_ALL_V1 = (1 << 13) - 1  # execute .. make_sym
_FS_REFER = 1 << 13  # ABI 2
_FS_TRUNCATE = 1 << 14  # ABI 3
_FS_IOCTL_DEV = 1 << 15  # ABI 5
_NET_ALL = (1 << 0) | (1 << 1)  # bind_tcp, connect_tcp (ABI 4)
_SCOPE_ALL = (1 << 0) | (1 << 1)  # abstract unix sockets, signals (ABI 6)


class _RulesetAttr(ctypes.Structure):
    _fields_ = [
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    ]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


@dataclass(frozen=True, slots=True)
class Limits:
    """Resource limits for one job (plain ints so they cross the worker protocol as JSON)."""

    cpu_s: int
    memory_bytes: int
    file_size_bytes: int
    open_files: int


def set_rlimits(limits: Limits) -> list[str]:
    """CPU time, address space, file size, open files, no core dumps, no new processes."""
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_s, limits.cpu_s + 1))
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_size_bytes, limits.file_size_bytes))
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits.open_files, limits.open_files))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    # RLIMIT_NPROC is ignored for root; it becomes effective after drop_privileges().
    resource.setrlimit(resource.RLIMIT_NPROC, (0, 0))
    return ["rlimits"]


def unshare_network() -> list[str]:
    """Move the job into an empty network namespace (loopback down, no routes)."""
    if os.geteuid() == 0:
        if _libc.unshare(CLONE_NEWNET) == 0:
            return ["netns"]
        return []
    # Unprivileged: a user namespace lets us create the network namespace.
    if _libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0:
        return ["userns", "netns"]
    return []


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


_LINUX_CAPABILITY_VERSION_3 = 0x20080522
_CAP_DAC_READ_SEARCH = 2
PR_SET_KEEPCAPS = 8


def drop_privileges(uid: int) -> list[str]:
    """Become an unprivileged uid (root only); makes RLIMIT_NPROC and file modes effective.

    The one capability kept is CAP_DAC_READ_SEARCH, so the job can still import modules
    from an interpreter installed under a private home (``/root/.pyenv``); Landlock, applied
    next, limits those reads to the interpreter, its packages and system libraries.
    """
    if os.geteuid() != 0:
        return ["unprivileged"]
    _libc.prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0)
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    header = _CapHeader(_LINUX_CAPABILITY_VERSION_3, 0)
    keep = 1 << _CAP_DAC_READ_SEARCH
    data = (_CapData * 2)(_CapData(keep, keep, 0), _CapData(0, 0, 0))
    if _libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset failed")
    _libc.prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0)
    _libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    return ["uid"]


def die_with_parent(parent_pid: int) -> list[str]:
    """SIGKILL the job when its worker dies, so a killed worker leaves no orphan running.

    Set after the uid drop (a credential change clears it); seccomp then refuses to unset it.
    """
    if _libc.prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent_pid:  # the worker died before the signal was armed
        os._exit(_EXIT_ORPHANED)
    return ["pdeathsig"]


def landlock_abi() -> int:
    """The kernel's Landlock ABI version, 0 when Landlock is unavailable."""
    v = _libc.syscall(
        _SYS_LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0), _LL_CREATE_RULESET_VERSION
    )
    return max(int(v), 0)


def read_only_roots() -> list[str]:
    """Directories a job may read: the interpreter, its packages, system libraries and fonts."""
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, "/usr", "/lib", "/lib64", "/etc/fonts"}
    roots.update(("/dev/null", "/dev/zero", "/dev/urandom"))
    roots.update(p for p in sys.path if p and os.path.isdir(p))
    try:
        import matplotlib

        roots.add(matplotlib.get_configdir())
        roots.add(matplotlib.get_cachedir())
    except Exception:  # noqa: BLE001 - matplotlib is optional at this layer
        pass
    return sorted(r for r in roots if os.path.exists(r))


def apply_landlock(job_dir: str, read_roots: list[str]) -> list[str]:
    """Allow reads under ``read_roots``, writes only in ``job_dir``, no TCP, scoped signals."""
    abi = landlock_abi()
    if abi < 1:
        return []
    handled_fs = _FS_ALL_V1
    if abi >= 2:
        handled_fs |= _FS_REFER
    if abi >= 3:
        handled_fs |= _FS_TRUNCATE
    if abi >= 5:
        handled_fs |= _FS_IOCTL_DEV
    attr = _RulesetAttr(handled_fs, _NET_ALL if abi >= 4 else 0, _SCOPE_ALL if abi >= 6 else 0)
    size = ctypes.sizeof(_RulesetAttr) if abi >= 6 else (16 if abi >= 4 else 8)
    fd = _libc.syscall(_SYS_LANDLOCK_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size), 0)
    if fd < 0:
        return []
    try:
        read = _FS_READ_FILE | _FS_READ_DIR | _FS_EXECUTE
        rules = [(r, read) for r in read_roots]
        rules.append((job_dir, handled_fs & ~(_FS_EXECUTE | _FS_IOCTL_DEV)))
        rules.append(("/dev/null", _FS_READ_FILE | _FS_WRITE_FILE))  # later rule adds write
        for path, access in rules:
            try:
                pfd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            except OSError:
                continue
            try:
                if os.path.isfile(path) or path.startswith("/dev/"):
                    access &= _FS_READ_FILE | _FS_WRITE_FILE | _FS_EXECUTE | _FS_TRUNCATE
                rule = _PathBeneathAttr(access & handled_fs, pfd)
                if (
                    _libc.syscall(
                        _SYS_LANDLOCK_ADD_RULE, fd, _LL_RULE_PATH_BENEATH, ctypes.byref(rule), 0
                    )
                    != 0
                ):
                    return []
            finally:
                os.close(pfd)
        if _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return []
        if _libc.syscall(_SYS_LANDLOCK_RESTRICT_SELF, fd, 0) != 0:
            return []
    finally:
        os.close(fd)
    layers = ["landlock"]
    if abi >= 6:
        layers.append("landlock_scoped_signals")
    return layers


# Syscalls a matplotlib job never needs. Refused with EPERM so Python raises a clear
# PermissionError; openat2/clone3 get ENOSYS so libc falls back to the filtered variants.
_DENY_EPERM = (
    "execve",
    "execveat",
    "fork",
    "vfork",
    "clone",
    "socket",
    "socketpair",
    "connect",
    "bind",
    "listen",
    "accept",
    "accept4",
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "pidfd_open",
    "pidfd_send_signal",
    "pidfd_getfd",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "memfd_create",
    "memfd_secret",
    "userfaultfd",
    "bpf",
    "perf_event_open",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "unshare",
    "setns",
    "move_mount",
    "open_tree",
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "mount_setattr",
    "keyctl",
    "add_key",
    "request_key",
    "init_module",
    "finit_module",
    "delete_module",
    "kexec_load",
    "kexec_file_load",
    "reboot",
    "swapon",
    "swapoff",
    "syslog",
    "acct",
    "settimeofday",
    "clock_settime",
    "clock_adjtime",
    "adjtimex",
    "sethostname",
    "setdomainname",
    "mknod",
    "mknodat",
    "personality",
    "quotactl",
    "name_to_handle_at",
    "open_by_handle_at",
    "fanotify_init",
    "inotify_init",
    "inotify_init1",
    "process_madvise",
    "kcmp",
    "setuid",
    "setgid",
    "setreuid",
    "setregid",
    "setresuid",
    "setresgid",
    "setgroups",
    "ioperm",
    "iopl",
    "modify_ldt",
    "vhangup",
    "lookup_dcookie",
    "nfsservctl",
)
_DENY_ENOSYS = ("openat2", "clone3")
_TIOCSTI = 0x5412


_PID_PLACEHOLDER = 0x7FFFFFF0  # above any pid_max (at most 2**22): cannot be a real pid
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_char_p)]


def _job_filter(pid: int):
    """The job's seccomp filter; signals may go only to ``pid`` (the job itself)."""
    import pyseccomp as sc

    f = sc.SyscallFilter(sc.ALLOW)
    f.set_attr(sc.Attr.ACT_BADARCH, sc.KILL_PROCESS)  # no 32-bit / x32 syscall tricks
    for name in _DENY_EPERM:
        _try_rule(f, sc.ERRNO(errno.EPERM), name)
    for name in _DENY_ENOSYS:
        _try_rule(f, sc.ERRNO(errno.ENOSYS), name)
    _try_rule(f, sc.ERRNO(errno.EPERM), "kill", sc.Arg(0, sc.NE, pid))
    _try_rule(f, sc.ERRNO(errno.EPERM), "tgkill", sc.Arg(0, sc.NE, pid))
    _try_rule(f, sc.ERRNO(errno.EPERM), "tkill", sc.Arg(0, sc.NE, pid))
    _try_rule(f, sc.ERRNO(errno.EPERM), "rt_sigqueueinfo", sc.Arg(0, sc.NE, pid))
    _try_rule(f, sc.ERRNO(errno.EPERM), "rt_tgsigqueueinfo", sc.Arg(0, sc.NE, pid))
    _try_rule(f, sc.ERRNO(errno.EPERM), "ioctl", sc.Arg(1, sc.EQ, _TIOCSTI))
    _try_rule(f, sc.ERRNO(errno.EPERM), "prctl", sc.Arg(0, sc.EQ, PR_SET_PDEATHSIG))
    return f


def _export(f) -> bytes:
    import tempfile

    with tempfile.TemporaryFile() as fh:
        f.export_bpf(fh)
        fh.seek(0)
        return fh.read()


def _with_pid(program: bytes, pid: int) -> bytes:
    """``program`` with every comparison against the placeholder pid made against ``pid``."""
    out = bytearray(program)
    for off in range(0, len(out), 8):  # struct sock_filter {u16 code; u8 jt, jf; u32 k}
        code, _, _, k = struct.unpack_from("=HBBI", out, off)
        if k == _PID_PLACEHOLDER and code & 0x07 == 0x05:  # a BPF_JMP comparing with it
            struct.pack_into("=I", out, off + 4, pid)
    return bytes(out)


def compile_seccomp() -> bytes | None:
    """The job filter as raw BPF, compiled once in the warm worker: libseccomp building it in
    a freshly forked child takes 2.8 ms, loading this 0.7 ms (benchmarks/render_costs.py).
    :func:`apply_seccomp` patches in each job's pid. Returns None, so jobs build their own
    filter, unless the patched program is byte for byte what libseccomp builds for a pid."""
    try:
        program = _export(_job_filter(_PID_PLACEHOLDER))
        probe = os.getpid()
        if len(program) % 8 or _with_pid(program, probe) != _export(_job_filter(probe)):
            return None
        return program
    except (ImportError, OSError, ValueError, RuntimeError):
        return None


def apply_seccomp(program: bytes | None = None) -> list[str]:
    """Load the seccomp filter (a :func:`compile_seccomp` program when given, else built
    here); also sets no_new_privs. Signals only to the job itself."""
    if program is None:
        _job_filter(os.getpid()).load()
        return ["seccomp"]
    bpf = _with_pid(program, os.getpid())
    prog = _SockFprog(len(bpf) // 8, bpf)
    if _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
    if _libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_SECCOMP) failed")
    return ["seccomp"]


def _try_rule(f, action: int, name: str, *args) -> None:
    try:
        f.add_rule(action, name, *args)
    except (ValueError, OSError):
        pass  # syscall unknown on this architecture: nothing to filter
