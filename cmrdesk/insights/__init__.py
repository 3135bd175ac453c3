"""cmrdesk.insights."""
