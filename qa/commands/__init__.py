"""One module per ``python -m qa`` subcommand (see annotate/clikit.py for the convention)."""
