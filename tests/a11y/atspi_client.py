"""A screen-reader's view of the running app, read over the AT-SPI bus (the channel Orca uses).

Run by ``test_atspi.py`` with Debian's ``/usr/bin/python3`` (it has the ``Atspi`` introspection bindings
from ``python3-pyatspi``; the project's virtual environment does not), under ``dbus-run-session`` so the
session bus and the accessibility bus are its own. It:

1. turns screen reading on, as Orca does (``org.a11y.Status.ScreenReaderEnabled`` and ``IsEnabled``),
2. starts the app (the command after ``--``) and waits for it on the accessibility bus,
3. walks the whole tree: every object, which are interactive, which of those have no name,
4. for each step, types its keys with xdotool into the focused window while listening on the bus,
   then keeps listening for ``--settle`` seconds, and reads the tree again,
5. writes one JSON report (``--report``) and stops the app.

It judges nothing: the test compares the report with what the window says in process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402

# Roles a person operates. (Plus anything focusable: the timeline and the panels are drawn widgets.)
INTERACTIVE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
    "password text", "spin button", "slider", "page tab", "menu item", "check menu item",
    "radio menu item", "link", "table", "tree", "tree table", "list box",
}  # fmt: skip


def turn_screen_reading_on() -> None:
    """What a screen reader does when it starts: applications then connect to the accessibility bus."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    for flag in ("IsEnabled", "ScreenReaderEnabled"):
        bus.call_sync(
            "org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties", "Set",
            GLib.Variant("(ssv)", ("org.a11y.Status", flag, GLib.Variant("b", True))),
            None, Gio.DBusCallFlags.NONE, 10_000, None,
        )  # fmt: skip


def find_app(pid: int, timeout: float) -> Atspi.Accessible:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            try:
                if app is not None and app.get_process_id() == pid and app.get_child_count() > 0:
                    return app
            except GLib.Error:
                continue
        time.sleep(0.2)
    raise SystemExit(f"the app (pid {pid}) did not appear on the accessibility bus in {timeout:.0f} s")


def labelled_by(obj: Atspi.Accessible) -> list[str]:
    names = []
    for relation in obj.get_relation_set() or []:
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            for index in range(relation.get_n_targets()):
                target = relation.get_target(index)
                if target is not None and target.get_name():
                    names.append(target.get_name())
    return names


def text_of(obj: Atspi.Accessible) -> str:
    try:
        return Atspi.Text.get_text(obj, 0, Atspi.Text.get_character_count(obj)) or ""
    except GLib.Error:  # not a text object
        return ""


def walk(app: Atspi.Accessible) -> dict[str, object]:
    """Every object under the app. Interactive: showing, and operable by role or by focus."""
    objects, interactive, unnamed, shown = 0, 0, [], []
    stack = [(app, "")]
    while stack:
        obj, path = stack.pop()
        objects += 1
        try:
            role, name = obj.get_role_name(), obj.get_name() or ""
            description = obj.get_description() or ""
            states = obj.get_state_set()
            showing = states.contains(Atspi.StateType.SHOWING)
            focusable = states.contains(Atspi.StateType.FOCUSABLE)
            here = f"{path}/{role}"
            if showing and (focusable or role in INTERACTIVE_ROLES):
                interactive += 1
                said = name.strip() or " ".join(labelled_by(obj))
                if not said.strip():
                    unnamed.append(f"{here} (description {description!r})")
            if showing and (name or description):
                shown.append({"role": role, "name": name, "description": description,
                              "labels": labelled_by(obj), "focusable": focusable,
                              "text": text_of(obj) if role in ("text", "entry") else ""})  # fmt: skip
            for index in range(obj.get_child_count()):
                child = obj.get_child_at_index(index)
                if child is not None:
                    stack.append((child, here))
        except GLib.Error as exc:  # an object that went away while read: say so, never hide it
            unnamed.append(f"{path}: unreadable ({exc.message})")
    return {"objects": objects, "interactive": interactive, "unnamed": unnamed, "shown": shown}


class Ears:
    """Listens on the bus: announcements, and description changes (the timeline's words)."""

    def __init__(self) -> None:
        self.heard: list[dict[str, object]] = []
        self._listener = Atspi.EventListener.new(self._on_event)
        for kind in ("object:announcement", "object:property-change:accessible-description"):
            self._listener.register(kind)

    def _on_event(self, event: Atspi.Event) -> None:
        try:
            source = event.source.get_name() if event.source is not None else ""
        except GLib.Error:
            source = "?"
        data = event.any_data
        self.heard.append({
            "at": time.monotonic(), "type": event.type, "source": source,
            "text": data if isinstance(data, str) else str(data), "detail1": event.detail1,
        })  # fmt: skip

    def take(self) -> list[dict[str, object]]:
        heard, self.heard = self.heard, []
        return heard


def run_step(keys: list[list[str]], settle: float, ears: Ears) -> dict[str, object]:
    """Run each xdotool command of ``keys`` in turn while the main loop delivers events, then listen on
    for ``settle`` seconds after the last key."""
    loop = GLib.MainLoop()
    started = time.monotonic()
    waiting = list(keys)
    typist = subprocess.Popen(["xdotool", *waiting.pop(0)])
    finished: list[float] = []
    failed: list[str] = []

    def tick() -> bool:
        nonlocal typist
        if not finished and typist.poll() is not None:
            if typist.returncode != 0:
                failed.append(f"xdotool {typist.args} failed with {typist.returncode}")
            if waiting and not failed:
                typist = subprocess.Popen(["xdotool", *waiting.pop(0)])
            else:
                finished.append(time.monotonic())
        if finished and time.monotonic() - finished[0] >= settle:
            loop.quit()
            return False
        return True

    GLib.timeout_add(25, tick)
    loop.run()
    if failed:
        raise SystemExit(failed[0])
    return {"started": started, "typed": finished[0], "events": ears.take()}


def focus_window(pid: int) -> None:
    """The app's visible window gets the keyboard (there is no window manager to give it)."""
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid)],
        capture_output=True, text=True, timeout=30, check=True,
    ).stdout.split()  # fmt: skip
    subprocess.run(["xdotool", "windowfocus", "--sync", found[-1]], check=True, timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--report", required=True)
    parser.add_argument("--steps", required=True, help="JSON: [{'name': …, 'keys': [xdotool args]}]")
    parser.add_argument("--settle", type=float, default=2.5)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    turn_screen_reading_on()
    Atspi.init()
    ears = Ears()
    app_process = subprocess.Popen(command)
    try:
        app = find_app(app_process.pid, timeout=60)
        focus_window(app_process.pid)
        time.sleep(1.0)  # the first paint, and the focus settled in the first field
        report: dict[str, object] = {"start": walk(app), "opening": ears.take(), "steps": []}
        for step in json.loads(args.steps):
            done = run_step(step["keys"], args.settle, ears)
            done |= {"name": step["name"], "after": walk(app)}
            report["steps"].append(done)  # type: ignore[attr-defined]
        with open(args.report, "w", encoding="utf-8") as out:
            json.dump(report, out, ensure_ascii=False, indent=1)
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            app_process.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
