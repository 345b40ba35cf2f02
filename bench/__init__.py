"""Benchmark harness: generated article pages, timed pipeline runs and the floors they are compared with."""
