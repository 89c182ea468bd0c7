"""`python -m policytrends`."""

from .cli import main

raise SystemExit(main())
