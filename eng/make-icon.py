#!/usr/bin/env python3
"""Draws the package icon (src/Crm.Domain/icon.png, 128 x 128): three rising bars and a dot on a rounded teal tile.

Pure standard library (zlib + struct), so it runs anywhere and gives the same bytes every time:
    python3 eng/make-icon.py
"""
import os
import struct
import zlib

SIZE = 128
TILE = (0x0E, 0x6E, 0x8C, 255)     # teal
MARK = (255, 255, 255, 255)        # white bars
ACCENT = (0xFF, 0xB3, 0x47, 255)   # amber dot: the customer
CLEAR = (0, 0, 0, 0)
RADIUS = 22


def inside_rounded_tile(x, y):
    cx = min(max(x, RADIUS), SIZE - 1 - RADIUS)
    cy = min(max(y, RADIUS), SIZE - 1 - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2


def pixel(x, y):
    if not inside_rounded_tile(x, y):
        return CLEAR
    # Three bars rising left to right (a KPI trend), bottom-aligned at y = 100.
    for left, top in ((26, 70), (52, 52), (78, 34)):
        if left <= x < left + 18 and top <= y < 100:
            return MARK
    if (x - 87) ** 2 + (y - 20) ** 2 <= 8 ** 2:
        return ACCENT
    return TILE


def png(width, height, rgba):
    rows = b"".join(b"\x00" + bytes(c for x in range(width) for c in rgba(x, y)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    target = os.path.join(root, "src", "Crm.Domain", "icon.png")
    with open(target, "wb") as f:
        f.write(png(SIZE, SIZE, pixel))
    print(target)
