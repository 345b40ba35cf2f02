"""The cooperation report: one static HTML file of charts and the project table, readable offline."""
