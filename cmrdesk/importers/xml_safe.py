"""XML for bank files, parsed by defusedxml with every entity trick refused.

Bank XML (CAMT, OFX 2) never needs a document type declaration, so any DTD is refused at
its first byte: a billion-laughs file fails in microseconds instead of expanding, and no
external entity is ever fetched. Element tags come back without namespaces, so every CAMT
version (``camt.053.001.02`` … ``.08``) reads the same.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from cmrdesk.domain import ImportFormatError

UNSAFE_XML = (
    "the XML declares a document type or entities, which bank files never need; "
    "refused as unsafe (entity expansion or external entities)"
)


class _Target:
    """Builds the tree with local names and remembers the line of selected elements."""

    def __init__(self, watch: frozenset[str]) -> None:
        self._builder = ET.TreeBuilder()
        self._watch = watch
        self.lines: dict[ET.Element, int] = {}
        self.namespace = ""
        self.parser: DefusedXMLParser | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        if tag[:1] == "{":
            namespace, _, tag = tag[1:].partition("}")
            if not self.namespace:
                self.namespace = namespace
        elem = self._builder.start(tag, attrs)
        if tag in self._watch and self.parser is not None:
            self.lines[elem] = self.parser.parser.CurrentLineNumber
        return elem

    def end(self, tag: str) -> ET.Element:
        if tag[:1] == "{":
            tag = tag.partition("}")[2]
        return self._builder.end(tag)

    def data(self, data: str) -> None:
        self._builder.data(data)

    def close(self) -> ET.Element:
        return self._builder.close()


class XmlDocument:
    """A parsed XML file: root element, first namespace seen, lines of watched elements."""

    def __init__(self, root: ET.Element, namespace: str, lines: dict[ET.Element, int]) -> None:
        self.root = root
        self.namespace = namespace
        self.lines = lines

    def line(self, elem: ET.Element) -> int | None:
        """Source line of a watched element."""
        return self.lines.get(elem)


def parse_xml(
    path: str | Path, data: bytes | str, watch: frozenset[str] = frozenset()
) -> XmlDocument:
    """Parse ``data`` safely; raise :class:`ImportFormatError` for unsafe or broken XML.

    ``watch`` names elements (local names) whose line numbers the caller wants for error
    messages and for the ``line`` column.
    """
    target = _Target(watch)
    parser = DefusedXMLParser(target=target, forbid_dtd=True)
    target.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException:
        raise ImportFormatError(path, UNSAFE_XML) from None
    except ET.ParseError as exc:
        line, _column = exc.position
        reason = str(exc).split(":", 1)[0]
        raise ImportFormatError(path, f"not well-formed XML ({reason})", line=line) from None
    except (ValueError, LookupError) as exc:  # unknown declared encoding, bad characters
        raise ImportFormatError(path, f"cannot read the XML ({exc})") from None
    return XmlDocument(root, target.namespace, target.lines)
