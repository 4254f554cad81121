import os

# Tests never open a real window, whatever the machine has.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
