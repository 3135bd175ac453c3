"""cmrdesk.disclosure."""
