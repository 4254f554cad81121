"""actgui's Qt widgets: thin views bound to the session model."""

# The teaching tabs: object name and title. Their module loads when one is first shown.
TEACHING = {"softmaxLab": "Softmax lab", "depthView": "Gradients through depth",
            "signalView": "Signal statistics"}
