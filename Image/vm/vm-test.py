#!/usr/bin/env python3
"""The terminal on real devices in a VM: Debian's kernel under QEMU (TCG), virtio-gpu (DRM/KMS),
virtio-tablet and a uinput multitouch panel (evdev), an AC97 card recorded by QEMU's wav audiodev
(ALSA). The host's / is the guest's root (9p, read-only): the debug `kiosk` that `make test` built
runs in place.

Checks, each failing loudly (exit status 1):
  - the first screen on DRM matches the headless render of the same screen (kiosk screenshot);
  - a tap (QMP input-send-event on the tablet) moves to the next screen, whose picture matches;
  - a multitouch panel made with uinput (evemu-device) taps too; a finger held while the panel is
    unplugged does not tap; a panel plugged in afterwards is found (inotify);
  - a SYN_DROPPED (the kiosk stopped while the panel floods it) is survived, and taps work after;
  - `kiosk calibrate` with touches off by a known amount writes the matrix that corrects them,
    and the terminal then taps the right button; with 90 degrees rotation the picture is the
    headless render turned, and taps land;
  - the recorded sound holds the first screen's prompt (its loudness envelope matches).
Prints measured figures as JSON lines ("bench"). Usage: Image/vm/vm-test.py [--keep]
"""

import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import zlib

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
KIOSK = os.path.join(ROOT, ".build", "debug", "kiosk")
PANEL = (1280, 800)
FAILURES = []


def say(message):
    print(f"vm-test: {message}", flush=True)


def check(condition, message):
    say(("ok: " if condition else "FAIL: ") + message)
    if not condition:
        FAILURES.append(message)
    return condition


# ---------------------------------------------------------------- images


def read_png(path):
    """(width, height, rows of RGB bytes) of an 8-bit RGB or RGBA PNG, such as cairo writes."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    offset, idat = 8, b""
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        body = data[offset + 8 : offset + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6), f"{path}: PNG depth {depth} colour {color}"
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    channels = 3 if color == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        previous = line
        rows.append(bytes(line) if channels == 3 else bytes(v for j, v in enumerate(line) if j % 4 != 3))
    return width, height, rows


def read_ppm(path):
    data = open(path, "rb").read()
    fields, offset = [], 0
    while len(fields) < 4:
        while data[offset : offset + 1].isspace():
            offset += 1
        if data[offset : offset + 1] == b"#":
            offset = data.index(b"\n", offset)
            continue
        end = offset
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[offset:end])
        offset = end
    offset += 1
    width, height = int(fields[1]), int(fields[2])
    stride = width * 3
    return width, height, [data[offset + y * stride : offset + (y + 1) * stride] for y in range(height)]


def rotate(image, degrees):
    """The panel's picture of a UI image turned clockwise (as DRMDisplay copies it)."""
    width, height, rows = image
    if degrees == 0:
        return image
    assert degrees == 90
    # Panel pixel (px, py) shows UI pixel (py, height - 1 - px).
    out = []
    for py in range(width):
        line = bytearray()
        for px in range(height):
            ly = height - 1 - px
            line += rows[ly][py * 3 : py * 3 + 3]
        out.append(bytes(line))
    return height, width, out


def difference(a, b, step=2):
    """The share of sampled pixels that differ by more than 48 in a channel."""
    if a[0] != b[0] or a[1] != b[1]:
        return 1.0
    differ = total = 0
    for y in range(0, a[1], step):
        ra, rb = a[2][y], b[2][y]
        for x in range(0, a[0] * 3, 3 * step):
            total += 1
            if max(abs(ra[x] - rb[x]), abs(ra[x + 1] - rb[x + 1]), abs(ra[x + 2] - rb[x + 2])) > 48:
                differ += 1
    return differ / max(total, 1)


# ---------------------------------------------------------------- sound


def read_wav(path, allow_open_header=False):
    """(rate, mono samples) of a 16-bit PCM WAV; QEMU fills the header's sizes only at exit."""
    data = open(path, "rb").read()
    offset, rate, channels = 12, 0, 1
    while offset + 8 <= len(data):
        kind, size = struct.unpack("<4sI", data[offset : offset + 8])
        if kind == b"fmt ":
            _, channels, rate = struct.unpack("<HHI", data[offset + 8 : offset + 16])
        elif kind == b"data":
            body = data[offset + 8 :] if allow_open_header or size == 0 else data[offset + 8 : offset + 8 + size]
            count = len(body) // 2
            samples = struct.unpack(f"<{count}h", body[: count * 2])
            return rate, [sum(samples[i : i + channels]) / channels for i in range(0, count - channels + 1, channels)]
        offset += 8 + size + (size & 1)
    return rate, []


def envelope(rate, samples, window=0.02):
    size = max(int(rate * window), 1)
    return [
        (sum(v * v for v in samples[i : i + size : 4]) / max(len(samples[i : i + size : 4]), 1)) ** 0.5
        for i in range(0, len(samples) - size + 1, size)
    ]


def best_match(needle, haystack):
    """The best Pearson correlation of `needle` against any stretch of `haystack`."""
    n = len(needle)
    if n == 0 or len(haystack) < n:
        return 0.0, 0
    mean = sum(needle) / n
    centred = [v - mean for v in needle]
    norm = sum(v * v for v in centred) ** 0.5
    best = (0.0, 0)
    for lag in range(0, len(haystack) - n + 1):
        part = haystack[lag : lag + n]
        m = sum(part) / n
        dot = sum(c * (p - m) for c, p in zip(centred, part))
        pn = sum((p - m) ** 2 for p in part) ** 0.5
        if norm > 0 and pn > 0 and dot / (norm * pn) > best[0]:
            best = (dot / (norm * pn), lag)
    return best


# ---------------------------------------------------------------- the VM


class VM:
    def __init__(self, work):
        self.work = work
        self.qmp_path = os.path.join(work, "qmp.sock")
        self.sound = os.path.join(work, "sound.wav")
        self.command = 0
        self.process = None

    def boot(self, kernel, initrd):
        share = os.path.join(self.work, "share")
        arguments = [
            "qemu-system-x86_64", "-accel", "tcg", "-cpu", "max", "-m", "1024", "-smp", "2",
            "-kernel", kernel, "-initrd", initrd, "-append", f"console=ttyS0 quiet panic=-1 kiosk.repo={ROOT}",
            "-no-reboot", "-display", "none", "-monitor", "none",
            "-serial", f"file:{os.path.join(self.work, 'console.log')}",
            "-qmp", f"unix:{self.qmp_path},server=on,wait=off",
            "-virtfs", "local,path=/,mount_tag=hostroot,security_model=passthrough,readonly=on,multidevs=remap",
            "-virtfs", f"local,path={share},mount_tag=work,security_model=passthrough,multidevs=remap",
            # The checkout again, mounted at its own path after the guest's tmpfs on /tmp: a clone
            # under /tmp (as CI's may be) would otherwise be hidden from the guest.
            "-virtfs", f"local,path={ROOT},mount_tag=repo,security_model=passthrough,readonly=on,multidevs=remap",
            "-vga", "none", "-device", "virtio-gpu-pci,id=video0,xres=1280,yres=800,max_outputs=2",
            "-device", "virtio-tablet-pci",
            "-audiodev", f"wav,id=snd0,path={self.sound}",
            "-device", "AC97,audiodev=snd0",
        ]  # fmt: skip
        self.process = subprocess.Popen(
            arguments, stdout=subprocess.DEVNULL, stderr=open(os.path.join(self.work, "qemu.err"), "w")
        )
        self.share = share

    def wait_ready(self):
        share = self.share
        deadline = time.time() + 240
        while not os.path.exists(os.path.join(share, "agent.ready")):
            if self.process.poll() is not None or time.time() > deadline:
                raise RuntimeError("the VM did not come up; console:\n" + self.console()[-3000:])
            time.sleep(0.5)
        self.qmp = socket.socket(socket.AF_UNIX)
        self.qmp.connect(self.qmp_path)
        self.qmp_file = self.qmp.makefile("rw")
        self.qmp_file.readline()
        self.call("qmp_capabilities")

    def console(self):
        try:
            return open(os.path.join(self.work, "console.log"), errors="replace").read()
        except OSError:
            return ""

    def call(self, name, **arguments):
        self.qmp_file.write(json.dumps({"execute": name, "arguments": arguments}) + "\n")
        self.qmp_file.flush()
        while True:
            reply = json.loads(self.qmp_file.readline())
            if "return" in reply:
                return reply["return"]
            if "error" in reply:
                raise RuntimeError(f"QMP {name}: {reply['error']}")

    def run(self, script, timeout=120):
        """Runs a shell script in the guest; returns (status, output)."""
        self.command += 1
        n = self.command
        path = os.path.join(self.share, f"cmd.{n}")
        with open(path + ".part", "w") as f:
            f.write(script)
        os.rename(path + ".part", path)
        rc = os.path.join(self.share, f"rc.{n}")
        deadline = time.time() + timeout
        while not os.path.exists(rc):
            if time.time() > deadline:
                raise RuntimeError(f"guest command {n} timed out: {script[:200]}")
            time.sleep(0.2)
        return int(open(rc).read().strip() or "1"), open(os.path.join(self.share, f"out.{n}")).read()

    def tap(self, x, y, panel=PANEL, hold=0.15):
        """A tap on the tablet at panel pixel (x, y)."""
        ax = round(x * 32767 / (panel[0] - 1))
        ay = round(y * 32767 / (panel[1] - 1))
        self.call("input-send-event", events=[
            {"type": "abs", "data": {"axis": "x", "value": ax}},
            {"type": "abs", "data": {"axis": "y", "value": ay}},
        ])  # fmt: skip
        time.sleep(0.05)
        self.call("input-send-event", events=[{"type": "btn", "data": {"down": True, "button": "left"}}])
        time.sleep(hold)
        self.call("input-send-event", events=[{"type": "btn", "data": {"down": False, "button": "left"}}])

    def screendump(self, name, head=None):
        path = os.path.join(self.work, name + ".ppm")
        if head is None:
            self.call("screendump", filename=path)
        else:
            self.call("screendump", filename=path, device="video0", head=head)
        return read_ppm(path)

    def stop(self):
        if self.process and self.process.poll() is None:
            try:
                open(os.path.join(self.share, "stop"), "w").close()
                self.call("quit")
            except (OSError, RuntimeError, ValueError):
                pass
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Kiosk:
    """One `kiosk run` (or calibrate) in the guest, its log in the shared folder."""

    count = 0

    def __init__(self, vm, config, command="run"):
        Kiosk.count += 1
        self.vm = vm
        self.name = f"kiosk-{Kiosk.count}"
        self.log_path = os.path.join(vm.share, self.name + ".log")
        with open(os.path.join(vm.share, self.name + ".json"), "w") as f:
            json.dump(config, f)
        status, output = vm.run(
            f"""
            [ -f /tmp/kiosk.pid ] && kill $(cat /tmp/kiosk.pid) 2>/dev/null && sleep 1
            mkdir -p /tmp/state && cp /tmp/vm/{self.name}.json /tmp/state/config.json
            cd /tmp && KIOSK_BENCH=1 setsid {KIOSK} {command} --state /tmp/state --assets {ROOT}/Assets \
                >/tmp/vm/{self.name}.log 2>&1 </dev/null &
            echo $! >/tmp/kiosk.pid
            """
        )
        if status != 0:
            raise RuntimeError(f"cannot start {self.name}: {output}")

    def text(self):
        try:
            return open(self.log_path, errors="replace").read()
        except OSError:
            return ""

    def wait_for(self, pattern, timeout=180, after=0):
        """Waits for a log line matching `pattern` past character `after`; returns the match."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            match = re.search(pattern, self.text()[after:])
            if match:
                return match
            time.sleep(0.2)
        raise RuntimeError(f"{self.name}: no '{pattern}' in {timeout}s; log:\n{self.text()[-2000:]}")

    def screens(self):
        return re.findall(r"info: screen (\S+)", self.text())


def report_bench(vm):
    """Frame times on real dumb buffers and touch-to-flip latency, from the kiosks' KIOSK_BENCH lines."""
    frames, latencies, methods = [], [], set()
    for name in sorted(os.listdir(vm.share)):
        if name.startswith("kiosk-") and name.endswith(".log"):
            for line in open(os.path.join(vm.share, name), errors="replace"):
                if line.startswith('{"bench":"frame"'):
                    record = json.loads(line)
                    frames.append(record["copyMS"] + record["flipMS"])
                    methods.add(record["method"])
                    if "touchToFlipMS" in record:
                        latencies.append(record["touchToFlipMS"])

    def median(values):
        return round(sorted(values)[len(values) // 2], 1) if values else None

    print(json.dumps({"bench": "vm frame copy+flip ms", "median": median(frames), "max": max(frames, default=None), "frames": len(frames)}))
    print(json.dumps({"bench": "vm evdev event to page flip ms", "median": median(latencies), "samples": latencies}), flush=True)
    check(methods == {"pageFlip"}, f"every frame reached the panel by a page flip with its event ({sorted(methods)})")


def scanner_recording(text):
    """An evemu description of a keyboard-like barcode scanner and its typing of `text` + Enter."""
    codes = {c: 2 + i for i, c in enumerate("1234567890")}
    codes.update({c: 16 + i for i, c in enumerate("qwertyuiop")})
    codes.update({c: 30 + i for i, c in enumerate("asdfghjkl")})
    codes.update({c: 44 + i for i, c in enumerate("zxcvbnm")})
    codes["-"] = 12
    keys = bytearray(96)
    for code in list(codes.values()) + [28, 42]:
        keys[code // 8] |= 1 << (code % 8)
    lines = ["# EVEMU 1.3", "N: VillageKiosk barcode scanner", "I: 0003 0c2e 0b61 0001", "P: 00 00 00 00 00 00 00 00"]
    lines.append("B: 00 03 00 00 00 00 00 00 00")
    lines += ["B: 01 " + " ".join("%02x" % b for b in keys[i : i + 8]) for i in range(0, 96, 8)]
    lines += [f"B: {t} 00 00 00 00 00 00 00 00" for t in ("02", "03", "04", "05", "11", "12", "15")]
    events, t = [], 1.0
    for c in text + "\n":
        code = 28 if c == "\n" else codes[c.lower()]
        shifted = c.isupper()
        if shifted:
            events.append(f"E: {t:.6f} 0001 002a 1")
        events += [f"E: {t:.6f} 0001 {code:04x} 1", f"E: {t:.6f} 0000 0000 0"]
        t += 0.004
        events += [f"E: {t:.6f} 0001 {code:04x} 0", f"E: {t:.6f} 0000 0000 0"]
        if shifted:
            events.append(f"E: {t:.6f} 0001 002a 0")
        t += 0.004
    return "\n".join(lines) + "\n", "\n".join(events) + "\n"


def centre(shot, target):
    x, y, w, h = shot["targets"][target]
    return x + w / 2, y + h / 2


def evemu_header():
    path = os.path.join(ROOT, "Tests", "KioskDevicesTests", "Recordings", "multitouch.evemu")
    return [line for line in open(path).read().splitlines() if not line.startswith("E:")]


def mt_events(taps, time_base=1.0, lift=True, flood=0):
    """evemu events of one finger at panel pixel (x, y) for each tap, on the 0..32767 panel."""
    lines, t, tracking = [], time_base, 500

    def e(kind, code, value):
        lines.append(f"E: {t:.6f} {kind:04x} {code:04x} {value}")

    for x, y in taps:
        ax, ay = round(x * 32767 / (PANEL[0] - 1)), round(y * 32767 / (PANEL[1] - 1))
        tracking += 1
        e(3, 0x2F, 0), e(3, 0x39, tracking), e(3, 0x35, ax), e(3, 0x36, ay), e(1, 0x14A, 1), e(0, 0, 0)
        for i in range(flood):
            e(3, 0x35, ax + (i % 50)), e(3, 0x36, ay + (i % 30)), e(0, 0, 0)
        for i in range(1, 4):
            t += 0.03
            e(3, 0x35, ax + i), e(0, 0, 0)
        t += 0.05
        if lift:
            e(3, 0x39, -1), e(1, 0x14A, 0), e(0, 0, 0)
            t += 0.3
    return "\n".join(lines) + "\n"


def main():
    keep = "--keep" in sys.argv
    started = time.time()
    if not os.access(KIOSK, os.X_OK):
        say(f"no {KIOSK}: build first (swift build)")
        return 2
    work = tempfile.mkdtemp(prefix="kiosk-vm-")
    os.makedirs(os.path.join(work, "share"))
    vm = VM(work)
    try:
        return run_checks(vm, work, started)
    except RuntimeError as error:
        check(False, str(error))
        return 1
    finally:
        vm.stop()
        say(f"work folder {work}" + (" kept" if keep or FAILURES else " removed"))
        if not keep and not FAILURES:
            shutil.rmtree(work, ignore_errors=True)
        say(f"{len(FAILURES)} failed, {time.time() - started:.0f} s")


def run_checks(vm, work, started):
    kernel, initrd = subprocess.run(
        [os.path.join(ROOT, "Image", "vm", "build-initramfs")], check=True, capture_output=True, text=True
    ).stdout.split()
    shutil.copy(os.path.join(ROOT, "Image", "vm", "guest.sh"), os.path.join(work, "share", "guest.sh"))
    boot = time.time()
    vm.boot(kernel, initrd)
    # While the VM boots: the prompts, and the headless renders to compare with.
    subprocess.run([os.path.join(ROOT, "scripts", "build-prompts"), "--quiet"], check=True, cwd=ROOT)

    # The headless renders to compare with, upright and for a panel on its side.
    shots_dir = os.path.join(work, "shots")
    # The terminal keeps the panel's millimetres per pixel when turned: 217 mm over 1280 pixels.
    for size, out in ((PANEL, shots_dir), ((PANEL[1], PANEL[0]), shots_dir + "-90")):
        subprocess.run(
            [KIOSK, "screenshot", "--out", out, "--width", str(size[0]), "--height", str(size[1]),
             "--width-mm", str(217 * size[0] / PANEL[0]), "--assets", os.path.join(ROOT, "Assets")],
            check=True, capture_output=True,
        )  # fmt: skip
    shots = json.load(open(os.path.join(shots_dir, "screens.json")))
    shots90 = json.load(open(os.path.join(shots_dir + "-90", "screens.json")))
    first = shots[0]
    second = next(s for s in shots if s["name"] != first["name"] and s["language"] == first["language"])
    first_target = "language.vi" if "language.vi" in first["targets"] else sorted(first["targets"])[0]
    say(f"first screen {first['name']}, tapping {first_target} leads to {second['name']}")

    vm.wait_ready()
    print(json.dumps({"bench": "vm boot to agent", "seconds": round(time.time() - boot, 1)}), flush=True)

    config = {"languages": ["vi", "en"], "devices": {"soundDevice": "plughw:0,0", "blankAfterSeconds": 0}}

    # 1. The first screen on DRM, as rendered headless; its prompt plays.
    kiosk = Kiosk(vm, config)
    launched = time.time()
    kiosk.wait_for(r"info: screen " + re.escape(first["name"]))
    print(json.dumps({"bench": "kiosk start to first screen", "seconds": round(time.time() - launched, 1)}), flush=True)
    check("display: DRM/KMS Virtual-1 1280x800" in kiosk.text(), "the terminal drives DRM/KMS Virtual-1 1280x800")
    reference = read_png(os.path.join(shots_dir, first["png"]))
    time.sleep(1)
    shown = vm.screendump("first")
    share = difference(shown, reference)
    check(share < 0.02, f"the first screen on DRM matches the headless render ({share:.2%} differ)")

    # 2. A tap on the tablet.
    mark = len(kiosk.text())
    tapped = time.time()
    vm.tap(*centre(first, first_target))
    kiosk.wait_for(r"info: screen " + re.escape(second["name"]), after=mark)
    print(json.dumps({"bench": "tablet tap to next screen logged", "seconds": round(time.time() - tapped, 2)}), flush=True)
    time.sleep(1)
    after = vm.screendump("second")
    check(difference(after, read_png(os.path.join(shots_dir, second["png"]))) < 0.02, f"after the tap the screen is {second['name']}, as rendered headless")
    check(difference(after, reference) > 0.02, "the picture changed with the tap")
    back = "button.back" if "button.back" in second["targets"] else sorted(second["targets"])[0]

    # 3. A multitouch panel through uinput: a tap, then a finger held while the panel is unplugged.
    with open(os.path.join(vm.share, "mt.desc"), "w") as f:
        f.write("\n".join(evemu_header()) + "\n")
    with open(os.path.join(vm.share, "mt-tap.events"), "w") as f:
        f.write(mt_events([centre(second, back)]))
    mark = len(kiosk.text())
    status, output = vm.run(
        """
        evemu-device /tmp/vm/mt.desc >/tmp/vm/mt.dev 2>&1 &
        echo $! >/tmp/evemu.pid
        for i in $(seq 50); do grep -q /dev/input/event /tmp/vm/mt.dev && break; sleep 0.2; done
        sleep 1
        evemu-play $(grep -o '/dev/input/event[0-9]*' /tmp/vm/mt.dev) </tmp/vm/mt-tap.events
        """
    )
    check(status == 0, f"evemu played a multitouch tap ({output.strip()[-200:]})")
    kiosk.wait_for(r"touch device /dev/input/event\d+: VillageKiosk multitouch panel \(multitouch\)")
    kiosk.wait_for(r"info: screen " + re.escape(first["name"]), after=mark)
    check(True, "the multitouch tap on back went back to the first screen")

    with open(os.path.join(vm.share, "mt-hold.events"), "w") as f:
        f.write(mt_events([centre(first, first_target)], lift=False))
    mark = len(kiosk.text())
    status, _ = vm.run(
        """
        evemu-play $(grep -o '/dev/input/event[0-9]*' /tmp/vm/mt.dev) </tmp/vm/mt-hold.events
        kill $(cat /tmp/evemu.pid)
        """
    )
    kiosk.wait_for(r"input device gone", after=mark)
    time.sleep(2)
    check(kiosk.screens()[-1] == first["name"], "a finger held while the panel was unplugged pressed nothing")

    # 4. A panel plugged in again (inotify), flooded while the terminal is stopped: SYN_DROPPED.
    with open(os.path.join(vm.share, "mt-flood.events"), "w") as f:
        f.write(mt_events([centre(first, first_target)], flood=3000, lift=True))
    with open(os.path.join(vm.share, "mt-tap2.events"), "w") as f:
        f.write(mt_events([centre(first, first_target)]))
    mark = len(kiosk.text())
    status, output = vm.run(
        """
        evemu-device /tmp/vm/mt.desc >/tmp/vm/mt.dev 2>&1 &
        echo $! >/tmp/evemu.pid
        for i in $(seq 50); do grep -q /dev/input/event /tmp/vm/mt.dev && break; sleep 0.2; done
        sleep 2
        dev=$(grep -o '/dev/input/event[0-9]*' /tmp/vm/mt.dev)
        kill -STOP $(cat /tmp/kiosk.pid)
        evemu-play $dev </tmp/vm/mt-flood.events
        kill -CONT $(cat /tmp/kiosk.pid)
        """,
        timeout=180,
    )
    check(status == 0, "a flood played while the terminal was stopped")
    kiosk.wait_for(r"touch device /dev/input/event\d+: VillageKiosk multitouch panel", after=mark)
    kiosk.wait_for(r"events dropped, state resynchronised", after=mark)
    check(True, "the terminal saw SYN_DROPPED and resynchronised")
    time.sleep(2)
    mark = len(kiosk.text())
    vm.run("evemu-play $(grep -o '/dev/input/event[0-9]*' /tmp/vm/mt.dev) </tmp/vm/mt-tap2.events")
    kiosk.wait_for(r"info: screen " + re.escape(second["name"]), after=mark)
    check(True, "after SYN_DROPPED a tap still works")
    vm.run("kill $(cat /tmp/evemu.pid)")

    # A barcode scanner that types like a keyboard: one text per scan.
    description, typing = scanner_recording("VN-012345")
    with open(os.path.join(vm.share, "scanner.desc"), "w") as f:
        f.write(description)
    with open(os.path.join(vm.share, "scanner.events"), "w") as f:
        f.write(typing)
    mark = len(kiosk.text())
    vm.run(
        """
        evemu-device /tmp/vm/scanner.desc >/tmp/vm/scanner.dev 2>&1 &
        echo $! >/tmp/scanner.pid
        for i in $(seq 50); do grep -q /dev/input/event /tmp/vm/scanner.dev && break; sleep 0.2; done
        sleep 2
        evemu-play $(grep -o '/dev/input/event[0-9]*' /tmp/vm/scanner.dev) </tmp/vm/scanner.events
        sleep 1
        kill $(cat /tmp/scanner.pid)
        """
    )
    kiosk.wait_for(r"scanner device /dev/input/event\d+: VillageKiosk barcode scanner", after=mark)
    kiosk.wait_for(r"barcode scanned: 9 characters", after=mark)
    check(True, "a keyboard-like scanner's scan arrived as one text of 9 characters")

    # 5. kiosk calibrate, with every touch off by (+40, -25) pixels.
    offset = (40, -25)
    calibrate = Kiosk(vm, config, command="calibrate")
    calibrate.wait_for(r"calibrating Virtual-1")
    for x, y in [(128, 80), (1152, 80), (1152, 720), (128, 720)]:
        time.sleep(1.0)
        vm.tap(x + offset[0], y + offset[1])
    calibrate.wait_for(r"touch calibration written")
    vm.run("cp /tmp/state/config.json /tmp/vm/calibrated.json")
    calibrated = json.load(open(os.path.join(vm.share, "calibrated.json")))
    matrix = calibrated["devices"]["touchCalibration"]
    say(f"calibration matrix {[round(v, 4) for v in matrix]}")
    check(
        abs(matrix[0] - 1) < 0.01 and abs(matrix[4] - 1) < 0.01 and abs(matrix[2] + 40 / 1279) < 0.005 and abs(matrix[5] - 25 / 799) < 0.005,
        "calibration found the offset",
    )
    # 6. Calibrated, with the panel on its side: the picture is the headless render turned, and
    # touches off by the same amount land on the turned buttons.
    rotated = dict(
        calibrated, devices=dict(calibrated["devices"], rotation=90, queueConnector="Virtual-2", blankAfterSeconds=25)
    )
    turned = rotate(read_png(os.path.join(shots_dir + "-90", shots90[0]["png"])), 90)
    kiosk = Kiosk(vm, rotated)
    kiosk.wait_for(r"info: screen " + re.escape(shots90[0]["name"]))
    time.sleep(1)
    shown = vm.screendump("rotated")
    share = difference(shown, turned)
    check(share < 0.02, f"rotated 90 degrees the picture is the headless render turned ({share:.2%} differ)")
    check(difference(shown, reference) > 0.2, "the rotated picture is not the upright one")
    ux, uy = centre(shots90[0], first_target)
    # UI pixel (ux, uy) of an 800 x 1280 UI is on panel pixel (1279 - uy, ux).
    mark = len(kiosk.text())
    vm.tap(PANEL[0] - 1 - uy + offset[0], ux + offset[1])
    kiosk.wait_for(r"info: screen " + re.escape(second["name"]), after=mark)
    check(True, "calibrated and rotated, an offset tap lands on the turned button")

    # 7. Blanking after the idle time; the waking touch presses nothing.
    time.sleep(1)
    before = vm.screendump("before-blank")
    kiosk.wait_for(r"panel blanked after 25 s", after=mark, timeout=90)
    time.sleep(1)
    dark = vm.screendump("blanked")
    check(difference(dark, before) > 0.5, "the panel went dark after the idle time")
    mark = len(kiosk.text())
    vm.tap(640, 400)
    kiosk.wait_for(r"panel woken by a touch", after=mark)
    time.sleep(2)
    check(difference(vm.screendump("woken"), before) < 0.01, "a touch woke the panel with the same picture")
    check(not re.search(r"info: screen ", kiosk.text()[mark:]), "the waking touch pressed nothing")
    say("outputs: " + (re.search(r"connectors: (.*)", kiosk.text()) or [None, "?"])[1])
    say("second output: " + (re.search(r"queue display.*", kiosk.text()) or ["?"])[0])

    vm.run("kill $(cat /tmp/kiosk.pid)")
    report_bench(vm)
    vm.stop()

    # 8. The sound: the first screen's prompts, by loudness envelope.
    rate, recorded = read_wav(vm.sound, allow_open_header=True)
    prompt_samples, prompt_rate = [], 22050
    prompts = os.path.join(ROOT, ".build", "prompts")
    for prompt in first["audio"]:
        name = "".join(c if c.isalnum() or c in "-._~" else "%%%02X" % ord(c) for c in prompt)
        path = os.path.join(prompts, "vi", name + ".wav")
        if os.path.exists(path):
            prompt_rate, samples = read_wav(path)
            prompt_samples += samples
    check(len(prompt_samples) > 0, f"the first screen's prompts {first['audio']} were built")
    check(rate > 0 and len(recorded) > rate, f"QEMU recorded {len(recorded) / max(rate, 1):.1f} s of sound")
    loud = envelope(rate, recorded)
    wanted = envelope(prompt_rate, prompt_samples)
    score, lag = best_match(wanted, loud)
    check(score > 0.8, f"the recording holds the first screen's prompt (envelope correlation {score:.2f} at {lag * 0.02:.1f} s)")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
