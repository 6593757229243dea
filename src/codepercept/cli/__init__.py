"""Thin typer commands: parse arguments, call the library, print one clear line on error."""
