"""The quickscan: hold a plan against the toolkit's success factors and say what to do next."""
