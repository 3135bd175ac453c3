"""cmrdesk.importers."""
