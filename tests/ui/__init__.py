"""UI tests. A package, so that test modules here may share a name with one of another
layer (test_write_errors.py is also the store's)."""
