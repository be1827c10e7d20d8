"""Files going in and out of the program that are not signed-off reports: rosters, frameworks."""
