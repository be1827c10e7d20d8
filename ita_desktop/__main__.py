import sys

from ita_desktop.cli import main

sys.exit(main())
