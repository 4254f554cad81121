"""actgui's Qt widgets: thin views bound to the session document's events."""
