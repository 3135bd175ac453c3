"""The frozen app's entry point: exactly what the ``cmrdesk`` console script runs."""

from cmrdesk.launcher import main

raise SystemExit(main())
