"""Resources of actgui (icons, desktop entry), installed as package data."""
