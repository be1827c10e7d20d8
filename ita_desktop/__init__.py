"""ITA Desktop: the yearly ITA paperwork of a Thai police station or immigration unit."""

__version__ = "0.1.0"
