"""Use cases: one function per user action that spans repositories or holds a rule.

Plain data in and out, no Qt; the window and the command line call the same functions."""
