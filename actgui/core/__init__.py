"""actgui's core: the activation catalog, sampling and vector functions. NumPy only, no Qt."""

from .catalog import CATALOG
from .registry import ACTIVATIONS, UnknownActivationError, get, names
from .sampling import clip_to_band, sample, sample_band, sample_grid, simplify_polyline
from .spec import Activation, Breakpoint, Equivalent, Param, Properties
from .vector import log_softmax, softmax, softmax_jacobian, softmin

FAMILIES = tuple(dict.fromkeys(a.family for a in CATALOG))

__all__ = [
    "ACTIVATIONS", "FAMILIES", "Activation", "Breakpoint", "Equivalent", "Param", "Properties",
    "UnknownActivationError", "clip_to_band", "get", "log_softmax", "names", "sample", "sample_band",
    "sample_grid", "simplify_polyline", "softmax", "softmax_jacobian", "softmin",
]
