"""The task runner: one worker thread, submission order, callbacks on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from cmrdesk.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp):
    made = TaskRunner()
    yield made
    made.shutdown()


def test_runs_in_order_on_one_thread_and_reports_on_the_gui_thread(runner, qtbot):
    gui = QThread.currentThread()
    workers, results, callback_threads = [], [], []

    def job(number):
        def work(_progress):
            workers.append(threading.get_ident())
            return number
        return work

    def done(value):
        results.append(value)
        callback_threads.append(QThread.currentThread())

    for number in range(5):
        runner.submit(job(number), done)
    qtbot.waitUntil(lambda: len(results) == 5, timeout=5000)
    assert results == [0, 1, 2, 3, 4]
    assert len(set(workers)) == 1 and workers[0] != threading.get_ident()
    assert all(thread is gui for thread in callback_threads)


def test_progress_and_failure(runner, qtbot):
    progress, failures = [], []

    def work(report):
        report(40, "halfway")
        raise ValueError("boom")

    runner.submit(work, on_failure=failures.append, on_progress=lambda p, t: progress.append(
        (p, t)))
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert progress == [(40, "halfway")]
    assert isinstance(failures[0], ValueError)


def test_busy_signal_and_cancel(runner, qtbot):
    states, results = [], []
    runner.busy_changed.connect(states.append)
    gate = threading.Event()
    runner.submit(lambda _p: gate.wait(5), results.append)
    later = runner.submit(lambda _p: "never reported", results.append)
    assert runner.busy
    later.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert results == [True]
    assert states[0] is True and states[-1] is False


def test_synchronous_runner_reports_at_once(qapp):
    runner = TaskRunner(synchronous=True)
    seen = []
    runner.submit(lambda report: report(10, "x") or 7, seen.append,
                  on_progress=lambda p, t: seen.append((p, t)))
    assert seen == [(10, "x"), 7]
    with pytest.raises(KeyError):
        runner.submit(lambda _p: {}["missing"])  # no failure callback: the error surfaces
