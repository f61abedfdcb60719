// What a lesson snippet sees beyond `Activations` and `Plot`: `display(_:)` for figures and tables,
// and the output protocol the lesson engine reads. See README.md in this folder.
import Plot
