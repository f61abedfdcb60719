#!/usr/bin/env python3
"""Writes a synthetic book for the engine benchmark: LESSONS lessons x SNIPPETS snippets each.

Also writes, for every lesson, the same snippet code as one plain Swift file (plain/NN.swift), so the
benchmark can compile and run exactly that code with swiftc alone and compare.

Usage: generate-book.py OUT_DIR [LESSONS] [SNIPPETS]
"""
import os
import sys

out = sys.argv[1]
lessons = int(sys.argv[2]) if len(sys.argv) > 2 else 20
snippets = int(sys.argv[3]) if len(sys.argv) > 3 else 10
os.makedirs(os.path.join(out, "Lessons"), exist_ok=True)
os.makedirs(os.path.join(out, "plain"), exist_ok=True)


def snippet(lesson, index):
    # Realistic work for a lesson cell: a function, a loop over the activation library, a print.
    return (
        f"func score{index}(_ slope: Double) -> Double {{\n"
        f"    var total = 0.0\n"
        f"    for x in stride(from: -5.0, through: 5.0, by: 0.01) {{ total += max(slope * x, x) + ReLU()(x) }}\n"
        f"    return total\n"
        f"}}\n"
        f"let values{index} = (0..<{10 + index}).map {{ Double($0) * 0.{lesson + 1} }}\n"
        f"print(\"lesson {lesson} snippet {index}:\", score{index}(0.01), values{index}.reduce(0, +))\n"
    )


for lesson in range(1, lessons + 1):
    name = f"{lesson:02d}-lesson"
    parts = [f"---\ntitle: Lesson {lesson}\norder: {lesson}\n---\n\n# Lesson {lesson}\n"]
    plain = ["import Activations\nimport Plot\nimport Notebook\n"]
    for index in range(snippets):
        code = snippet(lesson, index)
        parts.append(f"\nSome prose before snippet {index}.\n\n```swift run\n{code}```\n")
        plain.append(code)
    with open(os.path.join(out, "Lessons", name + ".md"), "w") as f:
        f.write("".join(parts))
    with open(os.path.join(out, "plain", f"{lesson:02d}.swift"), "w") as f:
        f.write("".join(plain))
