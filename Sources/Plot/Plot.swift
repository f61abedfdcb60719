// SVG figures: axes, nice ticks, line and scatter series, legends, and function-and-derivative
// plots of the `Activations` library. See README.md in this folder.
