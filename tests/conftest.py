import os

# Tests never open a real window, whatever the machine has: Qt's offscreen platform, with one
# 1920x1080 screen (its default is 800x600, smaller than the window's first-start size; tests of
# smaller screens say so).
SCREEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "offscreen-screen.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
