"""Starting the app: options, the application's names, the warm-up on the worker."""

import sys

from cmrdesk.ui import app as app_module
from cmrdesk.ui.tasks import TaskRunner


def test_options():
    args = app_module.parser().parse_args(["--vault", "x.cmrdesk", "--theme", "dark"])
    assert str(args.vault) == "x.cmrdesk" and args.theme == "dark" and not args.demo
    assert app_module.parser().parse_args(["--demo"]).demo


def test_application_is_named_and_reused(qapp):
    made = app_module.application()
    assert made is qapp
    assert made.applicationName() == "cmrdesk"
    assert made.desktopFileName() == "io.github.cmrdesk.Cmrdesk"
    assert not made.windowIcon().isNull()


def test_warm_up_loads_the_heavy_modules_off_the_first_screen(qapp):
    called = []
    app_module.warm_up(TaskRunner(synchronous=True), "de_DE", then=lambda: called.append(1))
    assert called == [1]
    assert "pyqtgraph" in sys.modules and "cmrdesk.services.overview" in sys.modules
    from cmrdesk.ui import fmt

    assert str(fmt.locale()) == "de_DE"
    fmt.set_locale("en_US")
