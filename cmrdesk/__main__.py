"""``python -m cmrdesk``."""

from cmrdesk.launcher import main

raise SystemExit(main())
