"""The Calendar tab: the assessment calendar, the committee's meetings, the year at a glance."""
