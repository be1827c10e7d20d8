"""The Committee tab: the orders that appoint the year's ITA committee."""
