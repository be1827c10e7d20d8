"""The OIT tab: the year's items with their people, workflow and files, the dashboard, and the
IIT and EIT surveys."""
