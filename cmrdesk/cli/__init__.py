"""cmrdesk.cli."""
