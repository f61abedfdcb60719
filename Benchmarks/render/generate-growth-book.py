#!/usr/bin/env python3
"""Writes a book of LESSONS lessons for the growth benchmark: each lesson a few kilobytes of prose
(headings, math, a table, a code fence that is highlighted but not run), a labelled figure-free
section and an equation, and references to the previous lesson's label, so that numbers and titles
cross lessons as in a real book. No snippet runs: a cold build of a thousand lesson programs would
take hours on a small machine, and rebuilds read run results from the cache, not the compiler.
Deterministic: the same arguments give the same bytes.

Usage: generate-growth-book.py OUT_DIR [LESSONS] [SECTIONS]
"""
import os
import sys

out = sys.argv[1]
lessons = int(sys.argv[2]) if len(sys.argv) > 2 else 100
sections = int(sys.argv[3]) if len(sys.argv) > 3 else 4
os.makedirs(os.path.join(out, "Lessons"), exist_ok=True)


def lesson_text(lesson):
    parts = [
        f"---\ntitle: Lesson {lesson}\norder: {lesson}\n---\n\n# Lesson {lesson}: activations {{#sec-lesson-{lesson}}}\n\n"
    ]
    if lesson > 1:
        parts.append(f"This lesson continues @sec-lesson-{lesson - 1} and uses @eq-sigmoid-{lesson - 1}.\n\n")
    parts.append(
        "$$\\sigma(x) = \\frac{1}{1 + e^{-x}}$$ {#eq-sigmoid-" + str(lesson) + "}\n\n"
    )
    for number in range(1, sections + 1):
        parts.append(
            f"## Part {number}\n\n"
            f"The **rectified linear unit** of lesson {lesson} is $\\max(0, x)$; its slope is $1$ for $x > 0$. "
            "It keeps positive inputs and zeroes the rest, so a layer of them is piecewise linear. "
            "See [the first lesson](0001-lesson.md) and `ReLU()(x)`.\n\n"
            "- one item with <https://example.org>\n- another with `code`\n- a third\n\n"
            "| x | ReLU(x) |\n|--:|--:|\n| -1 | 0 |\n| 2 | 2 |\n\n"
            "```swift\nlet x = Tensor([-2, -1, 0, 1, 2])\nprint(ReLU()(x))\n```\n\n"
        )
    return "".join(parts)


for lesson in range(1, lessons + 1):
    with open(os.path.join(out, "Lessons", f"{lesson:04d}-lesson.md"), "w", encoding="utf-8") as f:
        f.write(lesson_text(lesson))
