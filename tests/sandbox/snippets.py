"""Snippets shared by the sandbox tests: normal figures and the hostile attack table.

Attack code uses placeholders the test fills in at run time (never machine paths here):
``@TOKEN@`` a per-run unique name, ``@SENTINEL_DIR@`` a directory of sentinel files the test
owns, ``@SENTINEL@`` a file in it, ``@HOME_SECRET@`` a secret file under the home directory ``@HOME@``,
``@REPO@`` the repository root, ``@PORT@`` a TCP port a test server listens on.
"""

from __future__ import annotations

from dataclasses import dataclass

from codepercept.sandbox import Status

LINE = """\
import matplotlib.pyplot as plt
plt.plot([0, 1, 2], [0, 1, 4], "o-")
plt.title("y = x^2")
"""

# Appended to attacks that should end "ok" once contained: proves the job went on to draw.
_DRAW = """
import matplotlib.pyplot as plt
plt.plot([0, 1], [1, 0])
"""

# Raises OSError(errno) when a raw libc call failed, so the job reports why.
_CHECK = """
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
def check(ret, what):
    if ret == -1:
        e = ctypes.get_errno()
        raise OSError(e, f"{what}: {os.strerror(e)}")
    return ret
"""


@dataclass(frozen=True)
class Attack:
    """One hostile snippet and the status the sandbox must report for it."""

    id: str
    code: str
    status: Status
    why: str  # the mechanism that produces ``status``
    error_has: str = ""  # a substring the error must contain (checks the mechanism)
    stdout_has: str = ""  # for attacks contained silently: what the snippet observed
    config: dict | None = None  # RenderConfig overrides for this call


ATTACKS: list[Attack] = [
    # --- time ---------------------------------------------------------------------------
    Attack("infinite_loop", "while True:\n    pass\n", Status.TIMEOUT, "wall clock", "wall-clock"),
    Attack(
        "sleep_100", "import time\ntime.sleep(100)\n", Status.TIMEOUT, "wall clock", "wall-clock"
    ),
    Attack(
        "cpu_limit",
        "x = 0\nwhile True:\n    x += 1\n",
        Status.TIMEOUT,
        "RLIMIT_CPU (1 s) fires SIGXCPU long before the 6 s wall clock",
        "CPU-time",
        config={"cpu_s": 0.5, "timeout_s": 6.0},
    ),
    Attack(
        "ignore_sigterm_and_sleep",
        "import signal, time\nfor s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):\n"
        "    signal.signal(s, signal.SIG_IGN)\ntime.sleep(100)\n",
        Status.TIMEOUT,
        "the worker kills the job group with SIGKILL",
        "wall-clock",
    ),
    # --- processes and threads ----------------------------------------------------------
    Attack(
        "fork_bomb",
        "import os\nwhile True:\n    os.fork()\n",
        Status.FORBIDDEN,
        "seccomp: clone/fork -> EPERM",
    ),
    Attack(
        "thread_explosion",
        "import threading, time\nts = []\nfor _ in range(10000):\n"
        "    t = threading.Thread(target=time.sleep, args=(60,))\n    t.start()\n    ts.append(t)\n",
        Status.FORBIDDEN,
        "seccomp: clone -> EPERM, 'can't start new thread'",
    ),
    Attack(
        "multiprocessing_pool",
        "import multiprocessing\nwith multiprocessing.Pool(4) as p:\n    print(p.map(abs, range(8)))\n",
        Status.FORBIDDEN,
        "Landlock (no /dev/shm for its semaphore) or seccomp (no fork)",
    ),
    Attack(
        "os_system_touch",
        'import os\nrc = os.system("touch /tmp/@TOKEN@-system")\nprint("failed", rc != 0)\n'
        + _DRAW,
        Status.OK,
        "system() cannot spawn a shell (seccomp); glibc reports exit 127; nothing is created",
        stdout_has="failed True",
    ),
    Attack(
        "subprocess_run_ls",
        'import subprocess\nsubprocess.run(["ls", "/"])\n',
        Status.FORBIDDEN,
        "seccomp: fork/exec -> EPERM",
    ),
    Attack(
        "os_execv_shell",
        'import os\nos.execv("/bin/sh", ["sh", "-c", "touch /tmp/@TOKEN@-exec"])\n',
        Status.FORBIDDEN,
        "seccomp: execve -> EPERM",
    ),
    Attack(
        "memfd_create_exec",
        'import os\nfd = os.memfd_create("x")\nos.write(fd, b"#!/bin/sh\\ntouch /tmp/@TOKEN@-memfd\\n")\n'
        'os.execv(f"/proc/self/fd/{fd}", ["x"])\n',
        Status.FORBIDDEN,
        "seccomp: memfd_create -> EPERM",
    ),
    # --- memory and output --------------------------------------------------------------
    Attack(
        "bytearray_10gb",
        "b = bytearray(10 * 1024**3)\n",
        Status.MEMORY,
        "RLIMIT_AS -> MemoryError",
    ),
    Attack(
        "numpy_huge_array",
        "import numpy as np\na = np.ones((200_000, 200_000))\n",
        Status.MEMORY,
        "RLIMIT_AS -> numpy's MemoryError",
    ),
    Attack(
        "list_append_loop",
        "x = []\nwhile True:\n    x.append(bytearray(10**7))\n",
        Status.MEMORY,
        "RLIMIT_AS (512 MB for this call) -> MemoryError",
        "MemoryError",
        config={"memory_mb": 512},
    ),
    Attack(
        "huge_figure",
        "import matplotlib.pyplot as plt\nfig = plt.figure(figsize=(1000, 1000), dpi=100)\n"
        "plt.plot([0, 1])\nplt.savefig('big.png', dpi=10000)\n",
        Status.OUTPUT_LIMIT,
        "figure pixels over max_pixels (savefig dpi is ignored by design)",
        "exceeds the cap",
    ),
    Attack(
        "figure_just_over_cap",
        "import matplotlib.pyplot as plt\nfig = plt.figure(figsize=(51, 50))\nplt.plot([0, 1])\nfig.savefig('f.png')\n",
        Status.OUTPUT_LIMIT,
        "5100x5000 px > 25 Mpx cap",
        "exceeds the cap",
    ),
    Attack(
        "huge_figure_drawn_by_snippet",
        "import matplotlib.pyplot as plt\nfig = plt.figure(figsize=(1000, 1000))\nplt.plot([0, 1])\nfig.canvas.draw()\n",
        Status.MEMORY,
        "an explicit draw allocates the 40 GB Agg buffer in the snippet: RLIMIT_AS",
        "MemoryError",
    ),
    Attack(
        "png_over_cap",
        "import numpy as np\nimport matplotlib.pyplot as plt\nplt.imshow(np.random.rand(400, 400))\n",
        Status.OUTPUT_LIMIT,
        "incompressible noise gives a PNG over max_png_bytes (200 kB for this call)",
        "PNG of",
        config={"max_png_bytes": 200_000},
    ),
    Attack(
        "trace_over_cap",
        "import numpy as np\nimport matplotlib.pyplot as plt\nplt.scatter(np.arange(5000), np.arange(5000))\n",
        Status.OUTPUT_LIMIT,
        "5000 traced scatter points give a trace over max_trace_bytes (100 kB for this call)",
        "trace of",
        config={"max_trace_bytes": 100_000},
    ),
    Attack(
        "stdout_1gb",
        'chunk = "x" * 10**6\nfor _ in range(1000):\n    print(chunk)\n',
        Status.OUTPUT_LIMIT,
        "the worker counts stdout bytes while reading and kills the job",
        "stdout exceeded",
    ),
    Attack(
        "stderr_1gb",
        'import sys\nchunk = "x" * 10**6\nfor _ in range(1000):\n    sys.stderr.write(chunk)\n',
        Status.OUTPUT_LIMIT,
        "the worker counts stderr bytes while reading and kills the job",
        "stderr exceeded",
    ),
    Attack(
        "result_pipe_flood",
        'import os\nchunk = b"x" * 10**6\nwhile True:\n    os.write(3, chunk)\n',
        Status.OUTPUT_LIMIT,
        "the worker caps the result pipe",
        "result over",
    ),
    Attack(
        "file_1gb_in_job_dir",
        'chunk = b"x" * 10**6\nwith open("big.bin", "wb") as f:\n    for _ in range(1000):\n'
        "        f.write(chunk)\n        f.flush()\n",
        Status.OUTPUT_LIMIT,
        "RLIMIT_FSIZE -> EFBIG (Python ignores SIGXFSZ)",
        "File too large",
    ),
    Attack(
        "open_10k_files",
        'fs = [open(f"f{i}.txt", "w") for i in range(10000)]\n',
        Status.ERROR,
        "RLIMIT_NOFILE -> EMFILE, an ordinary OSError of the snippet",
        "Too many open files",
    ),
    Attack(
        "recursion_bomb",
        "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1) + 1\nf(0)\n",
        Status.ERROR,
        "Python frames live on the heap: RecursionError at 10**6, reported with a short traceback",
        "RecursionError",
        config={"timeout_s": 10.0},  # a million frames take a second or two to build
    ),
    Attack(
        "recursion_bomb_c_stack",
        "import json, sys\nsys.setrecursionlimit(10**6)\nx = []\nfor _ in range(10**6):\n    x = [x]\n"
        "json.dumps(x, check_circular=False)\n",
        Status.CRASHED,
        "the JSON encoder recurses in C under the raised limit: the stack overflows (SIGSEGV)",
        "SIGSEGV",
    ),
    # --- files --------------------------------------------------------------------------
    Attack(
        "write_tmp",
        'open("/tmp/@TOKEN@-pwned", "w").write("x")\n',
        Status.FORBIDDEN,
        "Landlock: writes only in the job dir",
    ),
    Attack(
        "write_home",
        'open("@HOME@/@TOKEN@-x", "w").write("x")\n',
        Status.FORBIDDEN,
        "Landlock + uid drop",
    ),
    Attack(
        "write_repo",
        'open("@REPO@/@TOKEN@-repo", "w").write("x")\n',
        Status.FORBIDDEN,
        "Landlock: writes only in the job dir",
    ),
    Attack(
        "write_dev_shm",
        'open("/dev/shm/@TOKEN@-shm", "w").write("x")\n',
        Status.FORBIDDEN,
        "Landlock: writes only in the job dir",
    ),
    Attack(
        "savefig_parent_dir",
        "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.savefig('../@TOKEN@-up.png')\n"
        "plt.savefig('/tmp/@TOKEN@-abs.png')\n",
        Status.OK,
        "savefig is captured, never written",
    ),
    Attack(
        "remove_sentinel",
        'import os\nos.remove("@SENTINEL@")\n',
        Status.FORBIDDEN,
        "Landlock: no remove outside the job dir",
    ),
    Attack(
        "rmtree_sentinel_dir",
        'import shutil\nshutil.rmtree("@SENTINEL_DIR@")\n',
        Status.FORBIDDEN,
        "Landlock: no reads or removes outside the job dir",
    ),
    Attack(
        "rename_sentinel",
        'import os\nos.rename("@SENTINEL@", "stolen")\n',
        Status.FORBIDDEN,
        "Landlock: refer/remove outside the job dir",
    ),
    Attack(
        "hardlink_sentinel",
        'import os\nos.link("@SENTINEL@", "hard")\nopen("hard", "w").write("pwned")\n',
        Status.FORBIDDEN,
        "Landlock REFER / protected_hardlinks",
    ),
    Attack(
        "chmod_sentinel",
        'import os\nos.chmod("@SENTINEL@", 0o777)\n',
        Status.FORBIDDEN,
        "not the owner after the uid drop -> EPERM",
    ),
    Attack(
        "chown_sentinel",
        'import os\nos.chown("@SENTINEL@", os.getuid(), os.getgid())\n',
        Status.FORBIDDEN,
        "no CAP_CHOWN -> EPERM",
    ),
    Attack(
        "symlinks_for_cleanup",
        'import os\nos.symlink("/etc/passwd", "passwd")\nos.symlink("@SENTINEL_DIR@", "sdir")\n'
        'os.symlink("/", "root")\n' + _DRAW,
        Status.OK,
        "symlinks are allowed in the job dir; cleanup removes the links, not their targets",
    ),
    Attack(
        "write_through_symlink",
        'import os\nos.symlink("/etc/passwd", "passwd")\nopen("passwd", "a").write("pwned::0:0::/:/bin/sh\\n")\n',
        Status.FORBIDDEN,
        "Landlock checks the resolved path",
    ),
    Attack(
        "read_etc_shadow",
        'print(open("/etc/shadow").read())\n',
        Status.FORBIDDEN,
        "Landlock: reads only under interpreter and system roots",
    ),
    Attack(
        "read_home_secret",
        'print(open("@HOME_SECRET@").read())\n',
        Status.FORBIDDEN,
        "Landlock (CAP_DAC_READ_SEARCH is kept, so Landlock is what stops it)",
    ),
    Attack(
        "read_tmp_sentinel",
        'print(open("@SENTINEL@").read())\n',
        Status.FORBIDDEN,
        "Landlock: reads only under interpreter and system roots",
    ),
    Attack(
        "read_proc_environ",
        'print(open("/proc/1/environ").read())\n',
        Status.FORBIDDEN,
        "Landlock: /proc is not readable",
    ),
    Attack(
        "open_by_handle_at",
        _CHECK + "buf = ctypes.create_string_buffer(136)\nmid = ctypes.c_int()\n"
        'check(libc.name_to_handle_at(-100, b"/etc/shadow", buf, ctypes.byref(mid), 0), "name_to_handle_at")\n',
        Status.FORBIDDEN,
        "seccomp: name_to_handle_at/open_by_handle_at -> EPERM (CAP_DAC_READ_SEARCH escape)",
    ),
    # --- secrets ------------------------------------------------------------------------
    Attack(
        "env_secret",
        'import os\nprint("key", os.environ.get("OPENAI_API_KEY", "absent"))\nprint(sorted(os.environ))\n'
        + _DRAW,
        Status.OK,
        "the environment is cleared in the worker and in the job",
        stdout_has="key absent",
    ),
    Attack(
        "env_secret_memory_scan",
        'import gc\nhit = any("sk-secret" in o for o in gc.get_objects() if isinstance(o, str))\n'
        'print("found", hit)\n' + _DRAW,
        Status.OK,
        "workers start with a minimal environment: the secret is not in their memory",
        stdout_has="found False",
    ),
    # --- network ------------------------------------------------------------------------
    Attack(
        "tcp_connect_local_server",
        'import socket\ns = socket.create_connection(("127.0.0.1", @PORT@), timeout=1)\ns.sendall(b"pwned")\n',
        Status.FORBIDDEN,
        "seccomp: socket -> EPERM (and an empty network namespace)",
    ),
    Attack(
        "udp_send",
        'import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.sendto(b"x", ("8.8.8.8", 53))\n',
        Status.FORBIDDEN,
        "seccomp: socket -> EPERM",
    ),
    Attack(
        "dns_lookup",
        'import socket\nprint(socket.gethostbyname("pypi.org"))\n',
        Status.ERROR,
        "resolver files unreadable (Landlock), sockets refused (seccomp): glibc answers EAI_NONAME, "
        "a lookup failure (gaierror), not a refused syscall",
        "gaierror",
    ),
    # --- signals and exits --------------------------------------------------------------
    Attack(
        "kill_parent",
        "import os\nos.kill(os.getppid(), 9)\n",
        Status.FORBIDDEN,
        "seccomp/Landlock scoped signals: only the job itself",
    ),
    Attack(
        "kill_pid_1", "import os\nos.kill(1, 9)\n", Status.FORBIDDEN, "seccomp: kill(1) -> EPERM"
    ),
    Attack(
        "killpg_worker_group",
        "import os\nos.killpg(os.getpgid(os.getppid()), 9)\n",
        Status.FORBIDDEN,
        "seccomp: kill(-pgid) -> EPERM",
    ),
    Attack(
        "kill_all",
        "import os\nos.kill(-1, 9)\n",
        Status.FORBIDDEN,
        "seccomp: kill(-1) -> EPERM",
    ),
    Attack(
        "os_exit_3", "import os\nos._exit(3)\n", Status.CRASHED, "exit without a result", "code 3"
    ),
    Attack(
        "segfault_ctypes",
        "import ctypes\nctypes.string_at(0)\n",
        Status.CRASHED,
        "SIGSEGV",
        "SIGSEGV",
    ),
    Attack(
        "kill_self",
        "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n",
        Status.CRASHED,
        "a job may signal itself; it dies without a result",
        "SIGKILL",
    ),
    Attack(
        "sigstop_self",
        "import os, signal\nos.kill(os.getpid(), signal.SIGSTOP)\n",
        Status.TIMEOUT,
        "a stopped job still meets the wall clock; SIGKILL works on stopped processes",
        "wall-clock",
    ),
    Attack(
        "close_pipes_and_sleep",
        "import os, time\nfor fd in (1, 2, 3):\n    os.close(fd)\ntime.sleep(100)\n",
        Status.TIMEOUT,
        "the worker keeps the deadline after the job closed every pipe",
        "wall-clock",
    ),
    Attack(
        "clear_pdeathsig",
        _CHECK + "check(libc.prctl(1, 0, 0, 0, 0), 'PR_SET_PDEATHSIG=0')\n",
        Status.FORBIDDEN,
        "seccomp: a job cannot outlive its worker",
    ),
    Attack(
        "stdin_input", "x = input()\n", Status.ERROR, "stdin is /dev/null -> EOFError", "EOFError"
    ),
    # --- kernel surface ------------------------------------------------------------------
    Attack(
        "ptrace_parent",
        _CHECK + "check(libc.ptrace(16, os.getppid(), 0, 0), 'PTRACE_ATTACH')\n",
        Status.FORBIDDEN,
        "seccomp: ptrace -> EPERM",
    ),
    Attack(
        "process_vm_readv_parent",
        _CHECK
        + "class IOV(ctypes.Structure):\n    _fields_ = [('base', ctypes.c_void_p), ('len', ctypes.c_size_t)]\n"
        "buf = ctypes.create_string_buffer(64)\nloc = IOV(ctypes.addressof(buf), 64)\nrem = IOV(0x400000, 64)\n"
        "check(libc.process_vm_readv(os.getppid(), ctypes.byref(loc), 1, ctypes.byref(rem), 1, 0), 'process_vm_readv')\n",
        Status.FORBIDDEN,
        "seccomp: process_vm_readv -> EPERM",
    ),
    Attack(
        "io_uring_setup",
        _CHECK + "params = ctypes.create_string_buffer(120)\n"
        "check(libc.syscall(425, 8, params), 'io_uring_setup')\n",
        Status.FORBIDDEN,
        "seccomp: io_uring_setup -> EPERM",
    ),
    Attack(
        "openat2_etc_shadow",
        _CHECK + "how = ctypes.create_string_buffer(24)\n"
        "check(libc.syscall(437, -100, b'/etc/shadow', how, ctypes.c_size_t(24)), 'openat2')\n",
        Status.FORBIDDEN,
        "seccomp: openat2 -> ENOSYS",
    ),
    Attack(
        "unshare_user_ns",
        _CHECK + "check(libc.unshare(0x10000000 | 0x00020000), 'unshare')\n",
        Status.FORBIDDEN,
        "seccomp: unshare -> EPERM",
    ),
    Attack(
        "mount_tmpfs",
        _CHECK + "check(libc.mount(b'none', b'.', b'tmpfs', 0, None), 'mount')\n",
        Status.FORBIDDEN,
        "seccomp: mount -> EPERM",
    ),
    Attack("setuid_0", "import os\nos.setuid(0)\n", Status.FORBIDDEN, "seccomp: setuid -> EPERM"),
    Attack(
        "prctl_ambient_cap",
        _CHECK + "check(libc.prctl(47, 2, 2, 0, 0), 'PR_CAP_AMBIENT_RAISE')\n",
        Status.FORBIDDEN,
        "CAP_DAC_READ_SEARCH is not inheritable: ambient raise -> EPERM",
    ),
    Attack(
        "prctl_clear_no_new_privs",
        _CHECK + "check(libc.prctl(38, 0, 0, 0, 0), 'PR_SET_NO_NEW_PRIVS=0')\n",
        Status.ERROR,
        "no_new_privs cannot be cleared: the kernel answers EINVAL",
        "Invalid argument",
    ),
    Attack(
        "bpf_syscall",
        _CHECK
        + "attr = ctypes.create_string_buffer(128)\ncheck(libc.syscall(321, 0, attr, 128), 'bpf')\n",
        Status.FORBIDDEN,
        "seccomp: bpf -> EPERM",
    ),
    # --- the protocol and later jobs -----------------------------------------------------
    Attack(
        "forged_result_frame",
        "import json, os, struct\nh = json.dumps({'status': 'ok', 'n_figures': 'many', 'layers': ['fake']}).encode()\n"
        "parts = [h, b'not a png', b'{}']\nframe = b'CPF1' + struct.pack('>I', len(parts))\n"
        "for p in parts:\n    frame += struct.pack('>Q', len(p)) + p\nos.write(3, frame)\n"
        "os.write(3, b'CPF1' + struct.pack('>I', 1) + struct.pack('>Q', 2**62))\nos._exit(0)\n",
        Status.CRASHED,
        "a forged frame only shapes its own result; the pool rejects it and survives",
    ),
    Attack(
        "forged_frame_deep_json",
        "import os, struct\nh = b'{\"status\":\"ok\",\"meta\":' + b'[' * 100000 + b']' * 100000 + b'}'\n"
        "os.write(3, b'CPF1' + struct.pack('>I', 1) + struct.pack('>Q', len(h)) + h)\nos._exit(0)\n",
        Status.CRASHED,
        "the worker's JSON parser hits its recursion limit: unreadable result, worker survives",
        "unreadable result",
    ),
    Attack(
        "patch_os_exit",
        "import os\nos._exit = lambda *a: None\n" + _DRAW,
        Status.OK,
        "the child falls back into worker code after reporting; still fully isolated",
    ),
    Attack(
        "patch_len_sabotages_own_report",
        "import builtins\nbuiltins.len = lambda x: 0\n" + _DRAW,
        Status.CRASHED,
        "a broken len() corrupts only this job's own result frame",
        "unreadable result",
    ),
    Attack(
        "patch_builtins_and_matplotlib",
        "import builtins, matplotlib, numpy\nimport matplotlib.pyplot as plt\n"
        "builtins.print = None\nbuiltins.open = None\nnumpy.pi = 3\n"
        "matplotlib.rcParams['lines.linewidth'] = 40\nplt.plot([0, 1])\nplt.plot = None\n"
        "import matplotlib.figure\nmatplotlib.figure.Figure.savefig = None\n",
        Status.OK,
        "the patches live and die in the job's forked copy",
    ),
]
