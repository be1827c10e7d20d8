"""Telling a database on a network drive from one on a local disk or a USB stick, for Linux
and Windows, from samples of what each system reports."""

from __future__ import annotations

import pytest

from ita_desktop.store.drives import (
    DRIVE_REMOTE,
    linux_location,
    network_location,
    windows_location,
)

# The lines of /proc/self/mountinfo a secretary's PC might have: the system disk, the home
# folder on the office's NFS server, a Windows share (its name has a space, which the kernel
# writes as \040), a bind mount of a folder of the system disk, a USB stick, and a local disk
# mounted inside the NFS home.
MOUNTINFO = "\n".join([
    r"22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw,errors=remount-ro",
    r"25 22 0:23 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw",
    r"60 22 0:50 / /home/somchai rw,relatime shared:30 - nfs4 fileserver:/export/home/somchai "
    r"rw,vers=4.2,rsize=1048576,hard,proto=tcp,addr=10.0.0.5",
    r"61 22 0:51 / /mnt/ita\040share rw,relatime shared:31 - cifs //nas/ita\040share "
    r"rw,vers=3.1.1,cache=strict,username=somchai,addr=10.0.0.6",
    r"62 22 8:2 /srv/ita /mnt/data rw,relatime shared:1 - ext4 /dev/sda2 rw,errors=remount-ro",
    r"63 22 8:17 / /media/somchai/USB\040STICK rw,nosuid,nodev,relatime shared:40 - vfat "
    r"/dev/sdb1 rw,uid=1000,gid=1000,fmask=0022,dmask=0022,codepage=437",
    r"64 60 8:3 / /home/somchai/local rw,relatime shared:41 - ext4 /dev/sda3 rw",
])


@pytest.mark.parametrize(("path", "where"), [
    ("/home/somchai/ita/unit.sqlite", "nfs4 fileserver:/export/home/somchai"),
    ("/home/somchai", "nfs4 fileserver:/export/home/somchai"),
    ("/mnt/ita share/2568/unit.sqlite", "cifs //nas/ita share"),
    # Mount points hold whole folder names only.
    ("/home/somchai2/unit.sqlite", None),
    ("/mnt/ita share2/unit.sqlite", None),
    # A folder of the system disk shown elsewhere is the system disk.
    ("/mnt/data/unit.sqlite", None),
    ("/media/somchai/USB STICK/ita/unit.sqlite", None),
    # The longest mount point wins: a local disk inside the NFS home is local.
    ("/home/somchai/local/unit.sqlite", None),
    ("/var/lib/ita/unit.sqlite", None),
])
def test_linux_mount_table(path, where):
    assert linux_location(path, MOUNTINFO) == where


def test_a_share_mounted_over_a_local_folder_hides_it():
    later = MOUNTINFO + "\n" + (
        "70 22 0:60 / /mnt/data rw,relatime shared:50 - fuse.sshfs somchai@server:/ita "
        "rw,user_id=1000,group_id=1000")
    assert linux_location("/mnt/data/unit.sqlite", later) == "fuse.sshfs somchai@server:/ita"


DESKTOP = MOUNTINFO + "\n" + "\n".join([
    "80 22 0:70 / /run/user/1000/gvfs rw,nosuid,nodev,relatime - fuse.gvfsd-fuse gvfsd-fuse "
    "rw,user_id=1000,group_id=1000",
    "81 22 0:71 / /run/user/1000/kio-fuse-Abc123 rw,nosuid,nodev,relatime - fuse.kio-fuse "
    "kio-fuse rw,user_id=1000,group_id=1000",
])


@pytest.mark.parametrize(("path", "where"), [
    # a Windows share the file manager opened (GNOME, then KDE)
    ("/run/user/1000/gvfs/smb-share:server=nas,share=ita/2568/unit.sqlite",
     "fuse.gvfsd-fuse smb-share:server=nas,share=ita"),
    ("/run/user/1000/gvfs/sftp:host=server/home/ita/unit.sqlite",
     "fuse.gvfsd-fuse sftp:host=server"),
    ("/run/user/1000/kio-fuse-Abc123/smb/nas/ita/unit.sqlite", "fuse.kio-fuse smb"),
    # a phone on the cable is a device of this computer
    ("/run/user/1000/gvfs/mtp:host=SAMSUNG_Galaxy/Phone/unit.sqlite", None),
    ("/run/user/1000/gvfs", None),
])
def test_the_desktops_file_manager_mounts(path, where):
    assert linux_location(path, DESKTOP) == where


@pytest.mark.parametrize("kind", ["nfs", "smb3", "9p", "afs", "ceph", "glusterfs", "davfs",
                                  "fuse.davfs2", "fuse.rclone"])
def test_other_network_file_systems(kind):
    table = f"22 1 8:2 / / rw - ext4 /dev/sda2 rw\n30 22 0:40 / /net rw - {kind} remote:/x rw"
    assert linux_location("/net/unit.sqlite", table) == f"{kind} remote:/x"


def test_a_new_file_is_judged_by_its_nearest_existing_folder(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    table = ("22 1 8:2 / / rw - ext4 /dev/sda2 rw\n"
             f"30 22 0:40 / {share} rw - cifs //nas/ita rw")
    # Neither the file nor its two folders exist yet (New database makes them).
    new = share / "2568" / "backup" / "unit.sqlite"
    assert network_location(new, platform="linux", mount_table=lambda: table) == \
        "cifs //nas/ita"
    # Reached through a link from a local folder: where the file really is counts.
    (tmp_path / "link").symlink_to(share)
    assert network_location(tmp_path / "link" / "unit.sqlite", platform="linux",
                            mount_table=lambda: table) == "cifs //nas/ita"
    assert network_location(tmp_path / "elsewhere" / "unit.sqlite", platform="linux",
                            mount_table=lambda: table) is None


def test_an_unreadable_mount_table_means_do_not_know(tmp_path):
    def unreadable() -> str:
        raise PermissionError(13, "Permission denied")

    assert network_location(tmp_path / "unit.sqlite", platform="linux",
                            mount_table=unreadable) is None
    assert network_location(tmp_path / "unit.sqlite", platform="linux",
                            mount_table=lambda: "not\na mount\ntable -") is None


def test_the_system_mount_table_is_read_when_none_is_given(tmp_path, monkeypatch):
    from ita_desktop.store import drives

    table = tmp_path / "mountinfo"
    table.write_text(f"22 1 8:2 / / rw - ext4 /dev/sda2 rw\n"
                     f"30 22 0:40 / {tmp_path} rw - nfs4 fileserver:/ita rw\n")
    monkeypatch.setattr(drives, "MOUNTINFO", table)
    assert network_location(tmp_path / "unit.sqlite", platform="linux") == \
        "nfs4 fileserver:/ita"
    monkeypatch.setattr(drives, "MOUNTINFO", tmp_path / "missing")
    assert network_location(tmp_path / "unit.sqlite", platform="linux") is None


def test_other_systems_are_not_asked(tmp_path):
    table = f"22 1 0:40 / / rw - nfs4 server:/ rw\n30 22 0:41 / {tmp_path} rw - nfs4 s:/x rw"
    assert network_location(tmp_path / "unit.sqlite", platform="linux",
                            mount_table=lambda: table) == "nfs4 s:/x"
    assert network_location(tmp_path / "unit.sqlite", platform="darwin",
                            mount_table=lambda: table) is None


# --- Windows ----------------------------------------------------------------------------------
DRIVE_FIXED, DRIVE_REMOVABLE = 3, 2
# C: the system disk, E: a USB stick, S: a ``subst`` of a folder on C: (Windows reports the
# disk it stands for), Z: a share mapped to a letter, Y: one whose share Windows cannot name.
DRIVES = {"C:\\": DRIVE_FIXED, "E:\\": DRIVE_REMOVABLE, "S:\\": DRIVE_FIXED,
          "Z:\\": DRIVE_REMOTE, "Y:\\": DRIVE_REMOTE}
SHARES = {"Z:": r"\\nas\ita"}


def _windows(path: str) -> str | None:
    return windows_location(path, lambda root: DRIVES.get(root, 0), SHARES.get)


@pytest.mark.parametrize(("path", "where"), [
    (r"\\fileserver\ita\2568\unit.sqlite", r"\\fileserver\ita"),
    ("//fileserver/ita/unit.sqlite", r"\\fileserver\ita"),
    (r"\\?\UNC\fileserver\ita\unit.sqlite", r"\\fileserver\ita"),
    (r"Z:\2568\unit.sqlite", r"Z: (\\nas\ita)"),
    (r"z:\unit.sqlite", r"Z: (\\nas\ita)"),
    (r"\\?\Z:\unit.sqlite", r"Z: (\\nas\ita)"),
    (r"Y:\unit.sqlite", "Y:"),
    (r"C:\Users\somchai\AppData\Roaming\ITA Desktop\unit.sqlite", None),
    (r"E:\ita-desktop\data\unit.sqlite", None),
    (r"S:\unit.sqlite", None),
    (r"\\?\C:\Users\somchai\unit.sqlite", None),
])
def test_windows_paths(path, where):
    assert _windows(path) == where


def test_windows_through_the_dispatcher_and_its_failures():
    assert network_location(r"Z:\unit.sqlite", platform="win32", drive_type=DRIVES.__getitem__,
                            share_of=SHARES.get) == r"Z: (\\nas\ita)"

    def failing(root: str) -> int:
        raise OSError("GetDriveTypeW failed")

    assert network_location(r"Z:\unit.sqlite", platform="win32", drive_type=failing,
                            share_of=SHARES.get) is None
    # A UNC path needs no call at all.
    assert network_location(r"\\fileserver\ita\unit.sqlite", platform="win32",
                            drive_type=failing, share_of=SHARES.get) == r"\\fileserver\ita"
