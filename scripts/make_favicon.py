#!/usr/bin/env python3
"""Writes the default theme's icons, favicon.svg and favicon.ico in
Sources/DefaultTheme/templates/assets, from one drawing: a rounded square in the theme's accent
purple with a white road that zigzags through three yellow stops (the map's topic color).

The ICO holds 16 and 32 pixel images as uncompressed 32-bit BMPs (the classic ICO format every
browser reads), drawn here with 4x4 supersampling from the same shapes as the SVG. Nothing but
Python's own integer and float arithmetic is used, so the bytes are the same on every machine:
run it again after changing the drawing and commit both files.

    python3 scripts/make_favicon.py [Sources/DefaultTheme/templates/assets]
"""
import math
import struct
import sys

SIZE = 32  # the drawing's coordinate space
CORNER = 7
PURPLE = (0x7A, 0x3C, 0xC4)
WHITE = (0xFF, 0xFF, 0xFF)
YELLOW = (0xFF, 0xE7, 0x84)
STOPS = [(9.0, 25.5), (23.0, 20.5), (9.0, 11.5), (23.0, 6.5)]
ROAD = 3.0  # width of the road
STOP_RADIUS = 3.5


def svg():
    road = " ".join(f"{'M' if i == 0 else 'L'}{x:g} {y:g}" for i, (x, y) in enumerate(STOPS))
    hexa = lambda c: "#%02x%02x%02x" % c
    stops = "".join(
        f'<circle cx="{x:g}" cy="{y:g}" r="{STOP_RADIUS:g}" fill="{hexa(YELLOW)}"/>' for x, y in STOPS)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}">'
        f'<rect width="{SIZE}" height="{SIZE}" rx="{CORNER}" fill="{hexa(PURPLE)}"/>'
        f'<path d="{road}" fill="none" stroke="{hexa(WHITE)}" stroke-width="{ROAD:g}" stroke-linecap="round" stroke-linejoin="round"/>'
        f"{stops}</svg>\n")


def inside_square(x, y):
    # Rounded square: distance to the inner rectangle's edge.
    qx = max(abs(x - SIZE / 2) - (SIZE / 2 - CORNER), 0.0)
    qy = max(abs(y - SIZE / 2) - (SIZE / 2 - CORNER), 0.0)
    return qx * qx + qy * qy <= CORNER * CORNER


def near_road(x, y):
    for (ax, ay), (bx, by) in zip(STOPS, STOPS[1:]):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        px, py = ax + t * dx - x, ay + t * dy - y
        if px * px + py * py <= (ROAD / 2) ** 2:
            return True
    return False


def at_stop(x, y):
    return any((x - sx) ** 2 + (y - sy) ** 2 <= STOP_RADIUS**2 for sx, sy in STOPS)


def color(x, y):
    """The color at a point of the drawing, or None outside it (painted in SVG order)."""
    if not inside_square(x, y):
        return None
    if at_stop(x, y):
        return YELLOW
    if near_road(x, y):
        return WHITE
    return PURPLE


def raster(pixels, samples=4):
    """Rows of (r, g, b, a) from the top, each the average of samples x samples points."""
    scale = SIZE / pixels
    rows = []
    for row in range(pixels):
        line = []
        for column in range(pixels):
            total = [0, 0, 0]
            covered = 0
            for sy in range(samples):
                for sx in range(samples):
                    c = color((column + (sx + 0.5) / samples) * scale, (row + (sy + 0.5) / samples) * scale)
                    if c is not None:
                        covered += 1
                        for i in range(3):
                            total[i] += c[i]
            if covered == 0:
                line.append((0, 0, 0, 0))
            else:
                # Colors averaged over the covered samples (straight, not premultiplied, alpha).
                line.append(tuple((total[i] + covered // 2) // covered for i in range(3))
                            + ((covered * 255 + samples * samples // 2) // (samples * samples),))
        rows.append(line)
    return rows


def bmp(pixels):
    rows = raster(pixels)
    header = struct.pack("<IiiHHIIiiII", 40, pixels, pixels * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    color_data = b"".join(bytes((b, g, r, a)) for line in reversed(rows) for (r, g, b, a) in line)
    mask_row = ((pixels + 31) // 32) * 4
    mask = bytes(mask_row * pixels)  # all zero: the alpha channel decides
    return header + color_data + mask


def ico(sizes=(16, 32)):
    images = [bmp(size) for size in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, image in zip(sizes, images):
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return out + b"".join(images)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "Sources/DefaultTheme/templates/assets"
    with open(f"{folder}/favicon.svg", "w", encoding="utf-8", newline="\n") as file:
        file.write(svg())
    with open(f"{folder}/favicon.ico", "wb") as file:
        file.write(ico())


if __name__ == "__main__":
    main()
