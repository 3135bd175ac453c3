"""cmrdesk.services."""
