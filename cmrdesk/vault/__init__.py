"""cmrdesk.vault."""
