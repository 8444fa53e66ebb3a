import os


def load_sheet(path, tile_w, tile_h):
    import pygame

    sheet = pygame.image.load(path).convert_alpha()
    w, h = sheet.get_size()
    return [sheet.subsurface((x, y, tile_w, tile_h)) for y in range(0, h, tile_h) for x in range(0, w, tile_w)]
