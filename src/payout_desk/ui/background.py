"""Running slow steps (loading a list, exporting, importing a peer's file) off the window's thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from payout_desk.ui.qt import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """`work()` in the thread pool; `done(result)` or `failed(exception)` back on the window's thread."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.finished = False
        self.setAutoDelete(False)  # the window keeps the job until it has finished

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the window, which shows it in plain words
            self.finished = True
            self.signals.failed.emit(exc)
        else:
            self.finished = True
            self.signals.done.emit(result)


def start(work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Any], None]) -> Job:
    job = Job(work)
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
    return job
