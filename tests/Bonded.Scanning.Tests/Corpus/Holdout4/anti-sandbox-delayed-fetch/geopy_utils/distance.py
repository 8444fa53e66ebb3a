from geopy.distance import geodesic


def nearest(origin, points):
    return min(points, key=lambda p: geodesic(origin, p).km)
