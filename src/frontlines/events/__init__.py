"""Event typing and assembly: from an annotated document to ACLED ``Event`` records."""
