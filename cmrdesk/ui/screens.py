"""The screens before a vault is open: first run, unlock, and the new-vault form.

None of them touches a vault: they collect a path and a passphrase and emit them; the window
hands those to the :class:`~cmrdesk.ui.controller.VaultController`, which does the work on the
worker thread while these screens show that something is happening.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .i18n import QT_TR_NOOP, tr
from .icons import icon, pixmap
from .strength import PassphraseFields
from .theme import Palette
from .widgets import link_button, make_label, primary_button

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "CAD", "AUD", "JPY")
VAULT_FILTER = QT_TR_NOOP("cmrdesk vaults (*.cmrdesk);;All files (*)")


def _centered(screen: QWidget, card: QWidget, width: int = 520) -> None:
    """Put ``card`` in the middle of ``screen``, at most ``width`` wide."""
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(24, 24, 24, 24)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    card.setMaximumWidth(width)
    card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    row.addWidget(card, 10)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(1)


def _logo(size: int = 56) -> QLabel:
    label = QLabel()
    label.setPixmap(pixmap("cmrdesk", size))
    label.setFixedSize(size, size)
    label.setAccessibleName("cmrdesk")
    return label


def elided_path(path: Path, width: int = 60) -> str:
    """A path shortened in the middle so the file name stays readable."""
    text = str(path)
    home = str(Path.home())
    if text.startswith(home + "/"):
        text = "~" + text[len(home):]
    if len(text) <= width:
        return text
    keep = width - 1
    return text[: keep // 3] + "…" + text[-(keep - keep // 3):]


class ChoiceButton(QPushButton):
    """A large button with an icon, a title and a sentence (first-run choices)."""

    def __init__(self, icon_name: str, title: str, text: str, palette: Palette) -> None:
        super().__init__()
        self.setProperty("role", "choice")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        self.icon_label = QLabel()
        self.icon_label.setPixmap(pixmap(icon_name, 26, palette.accent))
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title_label = make_label(title)
        self.title_label.setStyleSheet("font-weight: 700; font-size: 14px;")
        self.text_label = make_label(text, "muted", wrap=True)
        texts.addWidget(self.title_label)
        texts.addWidget(self.text_label)
        layout.addLayout(texts, 1)
        for label in (self.icon_label, self.title_label, self.text_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setMinimumHeight(72)

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint().expandedTo(QSize(0, 72))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 72)


class FirstRunScreen(QWidget):
    """Create a vault, open one, or explore the demo; recent vaults underneath."""

    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(object)  # Path

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.palette = palette
        card = QFrame()
        card.setObjectName("hero")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(36, 32, 36, 28)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(_logo())
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(make_label(tr("Welcome to cmrdesk"), "screenTitle"))
        titles.addWidget(make_label(tr("Your finances in one encrypted file on this computer."),
                                    "muted", wrap=True))
        top.addLayout(titles, 1)
        layout.addLayout(top)
        layout.addSpacing(8)
        self.choices: dict[str, QPushButton] = {}
        for key, icon_name, title, text, signal in (
            ("create", "plus", tr("Create a new vault"),
             tr("Start fresh. You choose the passphrase; nobody else can open it."),
             self.create_requested),
            ("open", "folder", tr("Open a vault…"),
             tr("A .cmrdesk file you already have, from this or another computer."),
             self.open_requested),
            ("demo", "sparkles", tr("Explore the demo"),
             tr("A made-up household with ten years of history. Passphrase: demo."),
             self.demo_requested),
        ):
            button = ChoiceButton(icon_name, title, text, palette)
            button.clicked.connect(signal.emit)
            layout.addWidget(button)
            self.choices[key] = button
        self.recent_title = make_label(tr("Recent vaults"), "cardTitle")
        layout.addSpacing(6)
        layout.addWidget(self.recent_title)
        self.recent_box = QVBoxLayout()
        self.recent_box.setSpacing(0)
        layout.addLayout(self.recent_box)
        layout.addSpacing(4)
        layout.addWidget(make_label(
            tr("Nothing leaves this computer unless you export it. No account, no cloud, "
               "no tracking."), "muted", wrap=True))
        _centered(self, card, 560)
        self.recent_buttons: list[QPushButton] = []
        self.set_recent([])

    def set_recent(self, paths: list[Path]) -> None:
        """Show the recent vaults (paths only)."""
        for button in self.recent_buttons:
            button.setParent(None)
            button.deleteLater()
        self.recent_buttons = []
        for path in paths[:5]:
            button = link_button(f"{path.name}   —   {elided_path(path.parent, 48)}")
            button.setStyleSheet("text-align: left;")
            button.setToolTip(str(path))
            button.setAccessibleName(tr("Open recent vault {name}").format(name=path.name))
            button.clicked.connect(lambda _c=False, p=path: self.recent_chosen.emit(p))
            self.recent_box.addWidget(button)
            self.recent_buttons.append(button)
        self.recent_title.setVisible(bool(paths))


class UnlockScreen(QWidget):
    """Passphrase for one vault; busy while the key is derived; a clear message if wrong."""

    unlock_requested = Signal(object, str)  # path, passphrase
    other_requested = Signal()

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.path: Path | None = None
        card = QFrame()
        card.setObjectName("hero")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(36, 32, 36, 28)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.setSpacing(14)
        self.lock_icon = QLabel()
        self.lock_icon.setPixmap(pixmap("lock", 40, palette.accent))
        top.addWidget(self.lock_icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title = make_label(tr("Unlock your vault"), "screenTitle")
        self.file = make_label("", "", wrap=True)
        self.file.setStyleSheet("font-weight: 600;")
        self.folder = make_label("", "muted", wrap=True)
        titles.addWidget(self.title)
        titles.addWidget(self.file)
        titles.addWidget(self.folder)
        top.addLayout(titles, 1)
        layout.addLayout(top)
        self.message = make_label("", "muted", wrap=True)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addSpacing(6)
        layout.addWidget(make_label(tr("Passphrase"), "cardTitle"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("Passphrase"))
        self.passphrase.setPlaceholderText(tr("Enter the passphrase of this vault"))
        self.passphrase.returnPressed.connect(self._submit)
        self.reveal = QAction(icon("eye", palette.muted), tr("Show the passphrase"), self)
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(lambda on: self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.passphrase.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)
        layout.addWidget(self.passphrase)
        self.error = make_label("", "error", wrap=True)
        self.error.setAccessibleName(tr("Error"))
        self.error.hide()
        layout.addWidget(self.error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(tr("Working"))
        self.busy_text = make_label("", "muted")
        self.busy.hide()
        self.busy_text.hide()
        layout.addWidget(self.busy)
        layout.addWidget(self.busy_text)
        buttons = QHBoxLayout()
        self.other = link_button(tr("Choose another vault"))
        self.other.clicked.connect(self.other_requested.emit)
        self.unlock = primary_button(tr("Unlock"))
        self.unlock.setDefault(True)
        self.unlock.clicked.connect(self._submit)
        buttons.addWidget(self.other)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        _centered(self, card, 500)
        self.setFocusProxy(self.passphrase)

    def show_vault(self, path: Path, message: str = "") -> None:
        """Ask for ``path``'s passphrase (``message``: why we are here, e.g. auto-lock)."""
        self.path = Path(path)
        self.file.setText(self.path.name)
        self.folder.setText(elided_path(self.path.parent))
        self.folder.setToolTip(str(self.path))
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.passphrase.clear()
        self.error.hide()
        self.set_busy(False)

    def set_busy(self, on: bool, text: str = "") -> None:
        """Show that the key is being derived (or the vault opened) in the background."""
        self.busy.setVisible(on)
        self.busy_text.setVisible(on)
        self.busy_text.setText(text)
        self.passphrase.setEnabled(not on)
        self.unlock.setEnabled(not on)
        self.other.setEnabled(not on)
        if on:
            self.error.hide()

    def show_error(self, text: str) -> None:
        """Say what went wrong and let the person try again."""
        self.set_busy(False)
        self.error.setText(text)
        self.error.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _submit(self) -> None:
        if self.path is None or not self.unlock.isEnabled():
            return
        if not self.passphrase.text():
            self.show_error(tr("Enter the passphrase first."))
            return
        passphrase = self.passphrase.text()
        self.passphrase.clear()  # the field does not keep it while the key is derived
        self.set_busy(True, tr("Deriving the key from your passphrase…"))
        self.unlock_requested.emit(self.path, passphrase)


class NewVaultDialog(QDialog):
    """Where the new vault lives, its passphrase (twice, with a strength meter), its currency."""

    def __init__(self, suggested: Path, parent: QWidget | None = None,
                 choose_path: Callable[[QWidget, Path], Path | None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Create a new vault"))
        self.setMinimumWidth(520)
        self.choose_path = choose_path or _ask_save_path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(make_label(tr("Create a new vault"), "sectionTitle"))
        layout.addWidget(make_label(
            tr("Everything you add is stored in this one file, encrypted with a key made from "
               "your passphrase."), "muted", wrap=True))
        form = QFormLayout()
        form.setVerticalSpacing(8)
        where = QHBoxLayout()
        self.location = QLineEdit(str(suggested))
        self.location.setAccessibleName(tr("Where the vault file will live"))
        browse = QPushButton(tr("Choose…"))
        browse.setAccessibleName(tr("Choose where to save the vault"))
        browse.clicked.connect(self._browse)
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        form.addRow(tr("File"), where)
        self.fields = PassphraseFields(form, tr("Passphrase"), tr("Passphrase again"),
                                       self._check)
        self.passphrase, self.repeat = self.fields.passphrase, self.fields.repeat
        self.meter, self.meter_text = self.fields.meter, self.fields.meter_text
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setAccessibleName(tr("Currency for totals"))
        form.addRow(tr("Show totals in"), self.currency)
        layout.addLayout(form)
        self.problem = make_label("", "error", wrap=True)
        layout.addWidget(self.problem)
        layout.addWidget(make_label(
            tr("There is no way to recover a forgotten passphrase: write it down and keep it "
               "somewhere safe."), "muted", wrap=True))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.create = primary_button(tr("Create vault"))
        self.create.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(self.create)
        layout.addLayout(buttons)
        self._check()

    def _browse(self) -> None:
        chosen = self.choose_path(self, Path(self.location.text()))
        if chosen is not None:
            self.location.setText(str(chosen))

    def _check(self) -> None:
        problem = self.fields.check()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.create.setEnabled(self.fields.ready and bool(self.location.text().strip()))

    def values(self) -> tuple[Path, str, str]:
        """``(path, passphrase, base currency)`` as entered."""
        path = Path(self.location.text().strip()).expanduser()
        if path.suffix != ".cmrdesk":
            path = path.with_name(path.name + ".cmrdesk")
        return path, self.passphrase.text(), self.currency.currentText()


def _ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, tr("Where should the vault live?"),
                                          str(suggested), VAULT_FILTER)
    return Path(name) if name else None


def ask_open_path(parent: QWidget) -> Path | None:
    """Ask for an existing vault file (the window's seam for tests replaces this)."""
    name, _ = QFileDialog.getOpenFileName(parent, tr("Open a vault"), str(Path.home()),
                                          VAULT_FILTER)
    return Path(name) if name else None
