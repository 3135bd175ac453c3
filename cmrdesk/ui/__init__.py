"""cmrdesk.ui."""
