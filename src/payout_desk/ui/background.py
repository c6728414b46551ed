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


class Runner(QObject):
    """Runs the office window's slow steps one at a time off its thread; a failure comes back as one
    sentence in the window's language (`failed`), a success to the step's own `done`."""

    failed = Signal(str)
    busy = Signal(bool)

    def __init__(self, describe: Callable[[Exception], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._jobs: list[Job] = []
        self._pending = 0  # steps whose result has not yet been handed back on the window's thread

    def running(self) -> bool:
        return self._pending > 0

    def run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def finished(result: Any) -> None:
            try:
                done(result)
            finally:
                self._pending -= 1
                self.busy.emit(self.running())

        def failed(exc: Any) -> None:
            self._pending -= 1
            self.busy.emit(self.running())
            self.failed.emit(self._describe(exc))

        self._jobs = [job for job in self._jobs if not job.finished]
        self._pending += 1
        self.busy.emit(True)
        self._jobs.append(start(work, finished, failed))
