"""Whether a database file sits on a network drive, where SQLite's write-ahead log is unsafe.

WAL keeps an index of the log in shared memory (the ``-shm`` file, mapped into every process
that has the database open); that only works when all of them run on one computer. On a
network share two PCs would each see their own copy of that memory and could damage the file,
and a dropped connection mid-save can too. The store opens such a file with the rollback
journal instead (``store.open_database``) and the window and the command line say where it is.

Advice only: whatever goes wrong while looking (an unreadable mount table, a Windows call that
fails) is "don't know" (None), never a refusal to open the file.
"""

from __future__ import annotations

import ntpath
import os
import sys
from collections.abc import Callable
from pathlib import Path

MOUNTINFO = Path("/proc/self/mountinfo")

# Linux file-system types that reach the file over the network (as /proc/self/mountinfo
# names them). FUSE file systems appear as ``fuse.NAME``; davfs2 appears as plain ``davfs``
# or as ``fuse.davfs2`` depending on how it was mounted.
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb", "ncpfs", "9p", "afs", "coda", "ceph",
    "glusterfs", "fuse.glusterfs", "lustre", "beegfs", "gpfs", "orangefs", "ocfs2", "gfs2",
    "davfs", "fuse.davfs2", "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse",
    "fuse.cephfs", "fuse.smbnetfs",
})

# The desktops' own FUSE mounts of what the file manager opened (GNOME's gvfs, KDE's
# kio-fuse): one mount holds every place, network shares and local devices (a phone, a
# camera) alike, so the place is told by the first folder below the mount point: gvfs names
# it "smb-share:server=nas,share=ita", kio-fuse "smb" (then the server and share).
DESKTOP_FUSE = frozenset({"fuse.gvfsd-fuse", "fuse.kio-fuse"})
DESKTOP_NETWORK_PLACES = frozenset({
    "smb-share", "smb-server", "smb", "sftp", "ftp", "ftps", "dav", "davs", "webdav",
    "webdavs", "nfs", "afp-volume", "afp", "fish", "google-drive", "onedrive",
})

# GetDriveTypeW's answer for a drive on another computer.
DRIVE_REMOTE = 4


def network_location(path: Path | str, *, platform: str | None = None,
                     mount_table: Callable[[], str] | None = None,
                     drive_type: Callable[[str], int] | None = None,
                     share_of: Callable[[str], str | None] | None = None) -> str | None:
    """None for a file on a local disk or a USB stick; else words naming where it is
    (``\\\\server\\share``, ``nfs4 server:/export``, ``cifs //nas/ita``).

    A path that does not exist yet is judged by its nearest existing folder. The operating
    system's parts can be given (``platform``, the mount table's text, the drive-type and
    share-name look-ups), so every system's cases can be tried on any one.
    """
    platform = platform or sys.platform
    try:
        if platform == "win32":
            text = str(path)
            if sys.platform == "win32":
                # A folder link (mklink /D) to a share is the share; only Windows can tell.
                text = os.path.realpath(text)
            return windows_location(text, drive_type or _drive_type, share_of or _share_of)
        if platform.startswith("linux"):
            where = _nearest_existing(Path(path))
            text = mount_table() if mount_table is not None else MOUNTINFO.read_text(
                encoding="utf-8", errors="surrogateescape")
            return linux_location(str(where), text)
    except (OSError, ValueError, AttributeError):
        # OSError: the mount table or a Windows call failed; ValueError: a path with a NUL;
        # AttributeError: a ctypes library without the function (an old or stripped system).
        return None
    # macOS and the BSDs would need statfs's f_fstypename through ctypes; the program is
    # handed out for Windows and Linux, so those systems are simply not asked.
    return None


def _nearest_existing(path: Path) -> Path:
    """``path`` made absolute with its links resolved, or its nearest existing folder: a new
    database's folder may not exist yet."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


# --- Linux ------------------------------------------------------------------------------------
def _unescape(field: str) -> str:
    r"""A mountinfo field as the path it names: the kernel writes space, tab, newline and
    backslash as octal escapes (``\040``, ``\011``, ``\012``, ``\134``)."""
    out: list[str] = []
    i = 0
    while i < len(field):
        chunk = field[i + 1:i + 4]
        if field[i] == "\\" and len(chunk) == 3 and all(c in "01234567" for c in chunk):
            out.append(chr(int(chunk, 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def _within(path: str, mount_point: str) -> bool:
    # By whole components: /mnt/nas does not hold /mnt/nas2.
    return mount_point == "/" or path == mount_point or path.startswith(mount_point + "/")


def linux_location(path: str, mountinfo: str) -> str | None:
    """Where the absolute, resolved ``path`` is, from the text of ``/proc/self/mountinfo``:
    the mount with the longest mount point that holds it (of equal ones the last, which hides
    the earlier), named by type and source when that type is a network one."""
    best: tuple[str, str, str] | None = None
    for line in mountinfo.splitlines():
        # ID PARENT MAJOR:MINOR ROOT MOUNT-POINT OPTIONS [OPTIONAL...] - TYPE SOURCE SUPER
        before, sep, after = line.partition(" - ")
        fields, tail = before.split(), after.split()
        if not sep or len(fields) < 5 or not tail:
            continue
        mount_point = _unescape(fields[4])
        if not _within(path, mount_point):
            continue
        if best is None or len(mount_point) >= len(best[0]):
            source = _unescape(tail[1]) if len(tail) > 1 else ""
            best = (mount_point, tail[0], source)
    if best is None:
        return None
    mount_point, kind, source = best
    if kind in DESKTOP_FUSE:
        below = path[len(mount_point):].lstrip("/").split("/")
        if len(mount_point) > 1 and path != mount_point and below[0]:
            # The place can sit one folder deeper (kio-fuse: <mount>/<id>/smb/server/share).
            for place in below[:2]:
                if place.split(":", 1)[0].lower() in DESKTOP_NETWORK_PLACES:
                    return f"{kind} {place}"
        return None
    if kind not in NETWORK_FILESYSTEMS:
        return None
    return f"{kind} {source}".strip()


# --- Windows ----------------------------------------------------------------------------------
def windows_location(path: str, drive_type: Callable[[str], int],
                     share_of: Callable[[str], str | None]) -> str | None:
    r"""Where ``path`` is on Windows: the share of a UNC path (``\\server\share\…``, also
    written ``\\?\UNC\server\share\…``); for a drive letter that Windows reports as remote,
    the share it is mapped to (``Z: (\\nas\ita)``) or the letter alone. A ``subst`` drive of
    a local folder is reported as the local disk it is."""
    drive, _ = ntpath.splitdrive(ntpath.abspath(path))
    upper = drive.upper()
    if upper.startswith(("\\\\?\\UNC\\", "\\\\.\\UNC\\")):
        return "\\\\" + drive[len("\\\\?\\UNC\\"):]
    if upper.startswith(("\\\\?\\", "\\\\.\\")):
        # A device path: \\?\C:\… names a drive letter; \\?\Volume{…} a local volume.
        drive = drive[4:]
    elif drive.startswith("\\\\"):
        return drive
    if len(drive) != 2 or drive[1] != ":":
        return None
    drive = drive.upper()
    if drive_type(drive + "\\") != DRIVE_REMOTE:
        return None
    share = share_of(drive)
    return f"{drive} ({share})" if share else drive


def _drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _share_of(drive: str) -> str | None:
    """The ``\\\\server\\share`` a mapped drive letter stands for; None when Windows cannot say
    (a drive mapped by another user, a connection being restored)."""
    import ctypes

    size = ctypes.c_ulong(1024)
    buffer = ctypes.create_unicode_buffer(size.value)
    result = ctypes.windll.mpr.WNetGetConnectionW(  # type: ignore[attr-defined]
        drive, buffer, ctypes.byref(size))
    return buffer.value if result == 0 and buffer.value else None
