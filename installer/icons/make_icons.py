"""Draw the app icon's PNG sizes and the Windows .ico from the same geometry as
station-desk.svg (Pillow; QtSvg is not in PySide6-Essentials' minimal set we bundle).

    .venv/bin/python installer/icons/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
RED, WHITE, GOLD = (200, 16, 46, 255), (255, 255, 255, 255), (245, 180, 0, 255)


def heart(t: float) -> list[tuple[float, float]]:
    """The heart of the SVG as a polygon (two cubic curves, sampled)."""
    def cubic(p0, p1, p2, p3, n=24):
        out = []
        for i in range(n + 1):
            u = i / n
            out.append(tuple((1 - u) ** 3 * a + 3 * (1 - u) ** 2 * u * b + 3 * (1 - u) * u ** 2 * c + u ** 3 * d
                             for a, b, c, d in zip(p0, p1, p2, p3, strict=True)))
        return out
    left = cubic((128, 196), (84, 164), (78, 146), (78, 130)) + cubic((78, 130), (78, 112), (92, 100), (106, 100)) \
        + cubic((106, 100), (116, 100), (124, 106), (128, 114))
    right = cubic((128, 114), (132, 106), (140, 100), (150, 100)) + cubic((150, 100), (164, 100), (178, 112), (178, 130)) \
        + cubic((178, 130), (178, 146), (172, 164), (128, 196))
    return [(x * t, y * t) for x, y in left + right]


def draw(size: int) -> Image.Image:
    scale = 4  # draw large, then shrink: smooth edges without an SVG renderer
    big = size * scale
    t = big / 256
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8 * t, 8 * t, 248 * t, 248 * t), radius=44 * t, fill=RED)
    house = [(128, 40), (216, 116), (192, 116), (192, 212), (64, 212), (64, 116), (40, 116)]
    pen.polygon([(x * t, y * t) for x, y in house], fill=WHITE)
    pen.polygon(heart(t), fill=GOLD)
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    images = {size: draw(size) for size in SIZES}
    for size, image in images.items():
        image.save(HERE / f"station-desk-{size}.png")
    images[256].save(HERE / "station-desk.ico", sizes=[(s, s) for s in SIZES])


if __name__ == "__main__":
    main()
