"""The one way the windows run slow steps (loads, exports, imports, peer files, backups, prints) off the
window's thread.

`Work.run(step, done)` runs `step()` in the thread pool and hands its result to `done` on the window's
thread; a failure comes back as one sentence in the window's language (`failed`). No Qt object is touched
from the pool's threads: they only emit signals, which Qt queues to the window's thread. A prompt a step
needs (the desk key's passphrase) goes through `OnWindowThread`, which asks on the window's thread while
the step's thread waits. After the last running step, if any of them changed the desk, `desk_changed`
fires (before the step's own reply): the windows refresh from it."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from payout_desk.lang import t
from payout_desk.services.common.errors import DeskError
from payout_desk.ui.qt import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from payout_desk.ui.words import english, message

Answer = TypeVar("Answer")


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, number: int, step: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.number, self.step, self.signals = number, step, signals

    def run(self) -> None:
        try:
            result = self.step()
        except Exception as exc:  # handed to the window's thread, which says it in plain words
            self.signals.failed.emit(self.number, exc)
        else:
            self.signals.done.emit(self.number, result)


@dataclass
class _Pending:
    done: Callable[[Any], None]
    failed: Callable[[str], None] | None
    changes_desk: bool
    job: _Job | None = field(default=None, repr=False)


class Work(QObject):
    """Runs a window's slow steps off its thread, one signal set for all of them."""

    failed = Signal(str)  # a step without its own `failed` ended in this sentence
    busy = Signal(bool)  # steps are running (True) or all are done (False)
    desk_changed = Signal()  # the last running step ended and at least one step changed the desk

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._pending: dict[int, _Pending] = {}
        self._numbers = itertools.count(1)
        self._changed = False

    def running(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        step: Callable[[], Any],
        done: Callable[[Any], None],
        *,
        failed: Callable[[str], None] | None = None,
        changes_desk: bool = True,
    ) -> None:
        """`step()` in the pool; `done(result)` (or `failed(sentence)`, else the `failed` signal) on the
        window's thread. `changes_desk=False` for a step that only reads or writes a file (a print)."""
        number = next(self._numbers)
        job = _Job(number, step, self._signals)
        job.setAutoDelete(False)  # kept (in _pending) until its result is back on the window's thread
        self._pending[number] = _Pending(done, failed, changes_desk, job)
        if len(self._pending) == 1:
            self.busy.emit(True)
        QThreadPool.globalInstance().start(job)

    @Slot(int, object)
    def _done(self, number: int, result: Any) -> None:
        pending = self._ended(number)
        try:
            pending.done(result)
        finally:
            self._idle()

    @Slot(int, object)
    def _failed(self, number: int, exc: Any) -> None:
        pending = self._ended(number)  # a step that stopped half-way may have changed the desk too
        text = describe(exc)
        try:
            if pending.failed is not None:
                pending.failed(text)
            else:
                self.failed.emit(text)
        finally:
            self._idle()

    def _ended(self, number: int) -> _Pending:
        """The step's result is back: once no other step runs, `desk_changed` if any step changed the
        desk — before the step's own reply, so what it says is seen on a refreshed window."""
        pending = self._pending.pop(number)
        self._changed |= pending.changes_desk
        if not self._pending and self._changed:
            self._changed = False
            self.desk_changed.emit()
        return pending

    def _idle(self) -> None:
        if not self._pending:  # the reply did not start another step
            self.busy.emit(False)


def describe(exc: object) -> str:
    """A failed step in one sentence of the window's language."""
    if isinstance(exc, DeskError):
        return message(exc)
    return t("common.unexpected", kind=f"{type(exc).__name__}: {exc}").render("en" if english() else "vi")


@dataclass
class _Asking(Generic[Answer]):
    argument: Any
    answer: Answer | None = None
    error: BaseException | None = None


class OnWindowThread(QObject, Generic[Answer]):
    """A prompt (a callable of one argument, e.g. the desk's passphrase source) that always runs on the
    window's thread: called from a step's thread, that thread waits (a blocking queued call) while the
    window asks. Create it on the window's thread, after the application."""

    _asked = Signal(object)

    def __init__(self, ask: Callable[[Any], Answer], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ask = ask
        self._window_thread = threading.get_ident()
        self._asked.connect(self._answer, Qt.ConnectionType.BlockingQueuedConnection)

    def __call__(self, argument: Any) -> Answer:
        if threading.get_ident() == self._window_thread:
            return self._ask(argument)
        asking: _Asking[Answer] = _Asking(argument)
        self._asked.emit(asking)
        if asking.error is not None:
            raise asking.error
        return asking.answer  # type: ignore[return-value]

    @Slot(object)
    def _answer(self, asking: _Asking[Answer]) -> None:
        try:
            asking.answer = self._ask(asking.argument)
        except BaseException as exc:  # raised again on the step's thread
            asking.error = exc
