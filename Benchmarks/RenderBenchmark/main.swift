// Filled in by its issue; see Benchmarks/README.md.
