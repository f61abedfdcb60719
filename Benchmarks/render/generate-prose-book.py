#!/usr/bin/env python3
"""Writes a prose-only book of about MEGABYTES of Markdown for the render benchmarks: headings,
paragraphs with emphasis, inline code, inline and display math and links, lists, pipe tables,
callouts and plain (not run) code fences, in Russian and English, across LESSONS lessons.
Deterministic: the same arguments give the same bytes.

Usage: generate-prose-book.py OUT_DIR [MEGABYTES] [LESSONS]
"""
import os
import sys

out = sys.argv[1]
megabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 5
lessons = int(sys.argv[3]) if len(sys.argv) > 3 else 50
os.makedirs(os.path.join(out, "Lessons"), exist_ok=True)
per_lesson = int(megabytes * 1_000_000) // lessons


def section(lesson, number):
    previous = f"{max(1, lesson - 1):02d}-lesson.md"
    return (
        f"## Раздел {number} — ReLU и её производная\n\n"
        "Функция **ReLU** определяется как $\\max(0, x)$, а её производная равна $1$ при $x > 0$. "
        f"См. [предыдущий урок]({previous}) и `ReLU()(x)`. "
        "The *rectified linear unit* keeps positive inputs and zeroes the rest; it costs one comparison.\n\n"
        "$$\\sigma(x) = \\frac{1}{1 + e^{-x}}, \\qquad \\tanh(x) = 2\\sigma(2x) - 1$$\n\n"
        "- первый пункт со ссылкой на <https://pytorch.org>\n- второй пункт с `кодом`\n- третий пункт\n\n"
        "| x | ReLU(x) | ReLU'(x) |\n|--:|--:|--:|\n| -1 | 0 | 0 |\n| 0 | 0 | 0 |\n| 2 | 2 | 1 |\n\n"
        "> [!NOTE]\n> Производная в нуле — соглашение: библиотека берёт 0, как PyTorch.\n\n"
        "```swift\nlet x = Tensor([-2, -1, 0, 1, 2])\nprint(ReLU()(x)) // tensor([0, 0, 0, 1, 2])\n```\n\n"
        "```python\nimport torch\nprint(torch.relu(torch.tensor([-1.0, 2.0])))\n```\n\n"
    )


for lesson in range(1, lessons + 1):
    parts = [f"---\ntitle: Урок {lesson}\norder: {lesson}\n---\n\n# Урок {lesson}: функции активации\n\n"]
    size = len(parts[0].encode())
    number = 0
    while size < per_lesson:
        number += 1
        parts.append(section(lesson, number))
        size += len(parts[-1].encode())
    with open(os.path.join(out, "Lessons", f"{lesson:02d}-lesson.md"), "w", encoding="utf-8") as f:
        f.write("".join(parts))
