#!/usr/bin/env python3
"""Writes the activation book of issue #16: LESSONS lessons (default 100), each with front matter, a
few paragraphs and 3 snippets, cycling through 8 activations.

Also writes each lesson's snippet code as one plain Swift program (plain/NNN.swift), so the benchmark
can compile and run exactly that code with bare swiftc and compare.

Usage: generate-activation-book.py OUT_DIR [LESSONS]
"""
import os
import sys

out = sys.argv[1]
lessons = int(sys.argv[2]) if len(sys.argv) > 2 else 100
activations = ["ReLU", "LeakyReLU", "ELU", "GELU", "SiLU", "Sigmoid", "Tanh", "Softplus"]
os.makedirs(os.path.join(out, "Lessons"), exist_ok=True)
os.makedirs(os.path.join(out, "plain"), exist_ok=True)


def snippets(name):
    return [
        f"let f = {name}(); let xs: [Double] = [-2, -1, 0, 1, 2]; print(xs.map {{ f($0) }})\n",
        f"print({name}()(Tensor([-1.5, 0.5, 1.0])))\n",
        f"display(plotActivation({name}()))\n",
    ]


for lesson in range(1, lessons + 1):
    name = activations[(lesson - 1) % len(activations)]
    parts = [
        f"---\ntitle: {name}, lesson {lesson}\norder: {lesson}\n---\n\n# {name}, lesson {lesson}\n\n"
        f"This lesson looks at {name} once more: its values on a few points, on a tensor, and its graph.\n\n"
        "An activation function is applied element by element; its shape decides how gradients flow.\n"
    ]
    for index, code in enumerate(snippets(name)):
        parts.append(f"\nStep {index + 1}.\n\n```swift run\n{code}```\n")
    with open(os.path.join(out, "Lessons", f"{lesson:03d}-{name.lower()}.md"), "w") as f:
        f.write("".join(parts))
    with open(os.path.join(out, "plain", f"{lesson:03d}.swift"), "w") as f:
        f.write("import Activations\nimport Tensors\nimport Plot\nimport Notebook\n" + "".join(snippets(name)))
